<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA">
<context>
    <name>FanoutDialog</name>
    <message>
        <source>Fan out to communes</source>
        <translation>Répartir sur les communes</translation>
    </message>
    <message>
        <source>Each chosen commune gets its own item, owned by its local secretariat; an unchecked commune&apos;s item goes to the trash.</source>
        <translation>Chaque commune choisie reçoit sa propre tâche, confiée à son secrétariat local ; la tâche d&apos;une commune décochée va à la corbeille.</translation>
    </message>
    <message>
        <source>Search a commune</source>
        <translation>Chercher une commune</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Municipalités</translation>
    </message>
    <message>
        <source>Cercle of %1</source>
        <translation>Cercle de %1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Urban</source>
        <translation>Urbaines</translation>
    </message>
    <message>
        <source>Rural</source>
        <translation>Rurales</translation>
    </message>
    <message numerus="yes">
        <source>%n communes chosen</source>
        <translation>
            <numerusform>%n commune choisie</numerusform>
            <numerusform>%n communes choisies</numerusform>
        </translation>
    </message>
</context>
</TS>
