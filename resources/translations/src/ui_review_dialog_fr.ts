<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review the open items — %1</source>
        <translation>Revue des actions ouvertes — %1</translation>
    </message>
    <message>
        <source>For discussion</source>
        <translation>À discuter</translation>
    </message>
    <message>
        <source>The decision, what was said</source>
        <translation>La décision, ce qui a été dit</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Record and go on  (Enter)</source>
        <translation>Enregistrer et continuer  (Entrée)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>Postpone…</source>
        <translation>Reporter…</translation>
    </message>
    <message>
        <source>Large print  (F11)</source>
        <translation>Grands caractères  (F11)</translation>
    </message>
    <message>
        <source>Pause  (Esc)</source>
        <translation>Pause  (Échap)</translation>
    </message>
    <message>
        <source>Item %1 of %2</source>
        <translation>Action %1 sur %2</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sans échéance</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsable :</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Latest note:</source>
        <translation>Dernière note :</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 sur %2 réalisées</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>En retard de %n jour</numerusform>
            <numerusform>En retard de %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every item of the agenda has been reviewed (%n item(s)).</source>
        <translation>
            <numerusform>Tout l&apos;ordre du jour a été examiné (%n action).</numerusform>
            <numerusform>Tout l&apos;ordre du jour a été examiné (%n actions).</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no open item of an earlier meeting to review.</source>
        <translation>Aucune action ouverte d&apos;une réunion précédente à examiner.</translation>
    </message>
    <message>
        <source>Close  (Esc)</source>
        <translation>Fermer  (Échap)</translation>
    </message>
</context>
</TS>
