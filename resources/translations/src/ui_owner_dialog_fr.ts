<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA">
<context>
    <name>OwnerEditDialog</name>
    <message>
        <source>Edit owner</source>
        <translation>Modifier le responsable</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Nouveau responsable</translation>
    </message>
</context>
<context>
    <name>OwnerForm</name>
    <message>
        <source>Active (offered for new items)</source>
        <translation>Actif (proposé pour les nouvelles actions)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>OwnersDialog</name>
    <message>
        <source>Owners</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Nouveau responsable</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>(inactif)</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activer</translation>
    </message>
</context>
</TS>
