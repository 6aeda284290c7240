<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA">
<context>
    <name>ProvinceDialog</name>
    <message>
        <source>Province of this file</source>
        <translation>Province de ce fichier</translation>
    </message>
    <message>
        <source>Choose the province or prefecture this file follows: its cercles and communes are loaded, for fanning directives out to the communes.</source>
        <translation>Choisissez la province ou la préfecture que suit ce fichier : ses cercles et communes sont chargés pour répartir les directives sur les communes.</translation>
    </message>
    <message>
        <source>Search in Arabic or French, or the HCP code</source>
        <translation>Chercher en arabe ou en français, ou par code HCP</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choisir</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
</TS>
