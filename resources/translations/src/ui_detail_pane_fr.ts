<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA">
<context>
    <name>DetailPane</name>
    <message>
        <source>Select an action item to see its follow-up.</source>
        <translation>Sélectionnez une action pour voir son suivi.</translation>
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
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
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
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Restore from the trash</source>
        <translation>Restaurer depuis la corbeille</translation>
    </message>
    <message>
        <source>This item is in the trash.</source>
        <translation>Cette action est dans la corbeille.</translation>
    </message>
    <message>
        <source>Its status and progress come from the items of its communes.</source>
        <translation>Son état et son avancement viennent des tâches de ses communes.</translation>
    </message>
    <message>
        <source>What was done, what blocks</source>
        <translation>Ce qui a été fait, ce qui bloque</translation>
    </message>
    <message>
        <source>Who reported this progress (name or body)</source>
        <translation>Qui a rapporté cet avancement (nom ou instance)</translation>
    </message>
    <message>
        <source>Record progress</source>
        <translation>Enregistrer l&apos;avancement</translation>
    </message>
    <message>
        <source>New progress update</source>
        <translation>Nouveau point d&apos;avancement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Rapporté par</translation>
    </message>
    <message>
        <source>Progress history</source>
        <translation>Historique du suivi</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sans échéance</translation>
    </message>
    <message>
        <source>%1 of %2 communes done</source>
        <translation>communes terminées : %1 sur %2</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
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
        <source>Reported by: %1</source>
        <translation>Rapporté par : %1</translation>
    </message>
    <message>
        <source>Reviewed at the meeting of %1</source>
        <translation>Examiné à la réunion du %1</translation>
    </message>
    <message>
        <source>No progress recorded yet.</source>
        <translation>Aucun avancement enregistré.</translation>
    </message>
</context>
</TS>
