<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>RemindersPanel</name>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Action</translation>
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
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Open the item</source>
        <translation>Ouvrir l&apos;action</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marquer comme réalisée</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Rappeler plus tard</translation>
    </message>
    <message>
        <source>For 1 day</source>
        <translation>Dans 1 jour</translation>
    </message>
    <message>
        <source>For 3 days</source>
        <translation>Dans 3 jours</translation>
    </message>
    <message>
        <source>For 1 week</source>
        <translation>Dans 1 semaine</translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation>À une date…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>showing the first %1 of %2 reminders</source>
        <translation>affichage des %1 premiers rappels sur %2</translation>
    </message>
    <message>
        <source>No reminders: nothing is due or overdue.</source>
        <translation>Aucun rappel : rien n&apos;arrive à échéance ni n&apos;est en retard.</translation>
    </message>
    <message>
        <source>Counts the reminders: postponed items are not reminded (the secretariat chose to wait), so the Overdue view, which counts them, may show more.</source>
        <translation>Compte les rappels : les actions reportées ne sont pas rappelées (le secrétariat a choisi d’attendre) ; la vue « En retard », qui les compte, peut donc en montrer davantage.</translation>
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
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>En retard de %n jour</numerusform>
            <numerusform>En retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Échéance aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Échéance demain</numerusform>
            <numerusform>Échéance dans %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnoozeDateDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>Rappeler plus tard</translation>
    </message>
    <message>
        <source>Remind me again on:</source>
        <translation>Me le rappeler le :</translation>
    </message>
</context>
</TS>
