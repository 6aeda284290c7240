<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DatePrompt</name>
    <message>
        <source>Postpone to</source>
        <translation>Reporter au</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>New due date:</source>
        <translation>Nouvelle échéance :</translation>
    </message>
</context>
</TS>
