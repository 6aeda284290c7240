<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA">
<context>
    <name>AliasDialog</name>
    <message>
        <source>Other names of the communes</source>
        <translation>Autres noms des communes</translation>
    </message>
    <message>
        <source>Add the spelling you use for a commune: search and matching find it, the register&apos;s names stay as published.</source>
        <translation>Ajoutez l&apos;orthographe que vous utilisez pour une commune : la recherche et le rapprochement la trouvent, les noms du référentiel restent tels que publiés.</translation>
    </message>
    <message>
        <source>Search a commune</source>
        <translation>Chercher une commune</translation>
    </message>
    <message>
        <source>Another name, e.g. Ghafsai</source>
        <translation>Autre nom, par ex. Ghafsai</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Choose a commune first.</source>
        <translation>Choisissez d&apos;abord une commune.</translation>
    </message>
</context>
</TS>
