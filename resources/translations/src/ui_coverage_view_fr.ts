<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA">
<context>
    <name>CoverageDialog</name>
    <message>
        <source>Coverage of the communes — %1</source>
        <translation>Couverture des communes — %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save as Excel…</source>
        <translation>Enregistrer en Excel…</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <source>Municipalities</source>
        <translation>Municipalités</translation>
    </message>
    <message>
        <source>Cercle of %1</source>
        <translation>Cercle de %1</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
</TS>
