<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA">
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>A new language applies the next time the program starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>Printed at the top of every report.</source>
        <translation>Imprimé en tête de chaque rapport.</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Parti</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <source>Remind before the due date</source>
        <translation>Rappeler avant l&apos;échéance</translation>
    </message>
    <message>
        <source>While overdue, remind every</source>
        <translation>En retard, rappeler tous les</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Report header</source>
        <translation>En-tête des rapports</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Changer…</translation>
    </message>
    <message>
        <source>Province of this file</source>
        <translation>Province de ce fichier</translation>
    </message>
    <message>
        <source>Its cercles and communes are loaded for fanning directives out to them.</source>
        <translation>Ses cercles et communes sont chargés pour y répartir les directives.</translation>
    </message>
    <message>
        <source>None chosen yet</source>
        <translation>Pas encore choisie</translation>
    </message>
</context>
</TS>
