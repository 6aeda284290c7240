<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>RemindersController</name>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;Rappels</translation>
    </message>
    <message>
        <source>Keep running in the tray when closed</source>
        <translation>Rester dans la zone de notification après fermeture</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Toujours en marche</translation>
    </message>
    <message>
        <source>Reminders will keep coming. Use Quit in the tray menu to stop.</source>
        <translation>Les rappels continueront d&apos;arriver. Pour arrêter, choisissez « Quitter » dans le menu de l&apos;icône.</translation>
    </message>
</context>
</TS>
