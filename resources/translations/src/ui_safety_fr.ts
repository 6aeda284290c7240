<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>safety</name>
    <message>
        <source>The database file %1 is damaged; nothing was changed in it.</source>
        <translation>Le fichier de base de données « %1 » est endommagé ; rien n&apos;y a été modifié.</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Ouverture impossible</translation>
    </message>
    <message>
        <source>Its window has been brought to the front.</source>
        <translation>Sa fenêtre a été ramenée au premier plan.</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>Déjà ouverte</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Base de données endommagée</translation>
    </message>
    <message>
        <source>No usable backup was found.</source>
        <translation>Aucune sauvegarde utilisable n&apos;a été trouvée.</translation>
    </message>
    <message>
        <source>The newest good backup is from %1 at %2, with %3 action items.</source>
        <translation>La sauvegarde saine la plus récente date du %1 à %2, avec %3 actions.</translation>
    </message>
    <message>
        <source>Restore it? The damaged file is kept, unchanged, in the backups folder.</source>
        <translation>La restaurer ? Le fichier endommagé est conservé, intact, dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Automatic backups are paused so that the good copies are kept.</source>
        <translation>Les sauvegardes automatiques sont suspendues pour conserver les copies saines.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Sauvegarde enregistrée : %1</translation>
    </message>
    <message>
        <source>A backup is being written; try again in a moment.</source>
        <translation>Une sauvegarde est en cours d’écriture ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>The backup has been restored. The file as it was is kept as %1.</source>
        <translation>La sauvegarde a été restaurée. Le fichier tel qu&apos;il était est conservé sous %1.</translation>
    </message>
</context>
</TS>
