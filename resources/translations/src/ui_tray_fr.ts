<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ReminderTray</name>
    <message>
        <source>Show the window</source>
        <translation>Afficher la fenêtre</translation>
    </message>
    <message>
        <source>Reminders…</source>
        <translation>Rappels…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Resolution Tracker</source>
        <translation>Suivi des résolutions</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue item(s)</source>
        <translation>
            <numerusform>%n action en retard</numerusform>
            <numerusform>%n actions en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due soon</source>
        <translation>
            <numerusform>%n action à échéance proche</numerusform>
            <numerusform>%n actions à échéance proche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new reminder(s)</source>
        <translation>
            <numerusform>%n nouveau rappel</numerusform>
            <numerusform>%n nouveaux rappels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
</context>
</TS>
