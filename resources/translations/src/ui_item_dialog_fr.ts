<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA">
<context>
    <name>ItemDialog</name>
    <message>
        <source>Edit action item</source>
        <translation>Modifier l&apos;action</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>New owner…</source>
        <translation>Nouveau responsable…</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sans échéance</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>+1 semaine</translation>
    </message>
    <message>
        <source>In a month</source>
        <translation>+1 mois</translation>
    </message>
    <message>
        <source>In three months</source>
        <translation>+3 mois</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Chaque mois</translation>
    </message>
    <message>
        <source>Default (from the settings)</source>
        <translation>Par défaut (paramètres)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due date counted from today</source>
        <translation>Échéance comptée à partir d&apos;aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Its status and progress come from the items of its communes.</source>
        <translation>Son état et son avancement viennent des tâches de ses communes.</translation>
    </message>
    <message>
        <source>The due date (%1) is already past: the item will be overdue as soon as it is saved. Save anyway?</source>
        <translation>L&apos;échéance (%1) est déjà passée : l&apos;action sera en retard dès son enregistrement. Enregistrer quand même ?</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status and progress</source>
        <translation>Statut et avancement</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Récurrence</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>— choose the owner —</source>
        <translation>— choisir le responsable —</translation>
    </message>
    <message>
        <source>(the meeting as a whole)</source>
        <translation>(la réunion dans son ensemble)</translation>
    </message>
    <message>
        <source>The due date (%1) is before the meeting date (%2). Save anyway?</source>
        <translation>L&apos;échéance (%1) précède la date de la réunion (%2). Enregistrer quand même ?</translation>
    </message>
</context>
</TS>
