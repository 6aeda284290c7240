<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ReviewController</name>
    <message>
        <source>Follow-up agenda…</source>
        <translation>Ordre du jour du suivi…</translation>
    </message>
    <message>
        <source>What changed since a meeting…</source>
        <translation>Ce qui a changé depuis une réunion…</translation>
    </message>
    <message>
        <source>Follow-up minutes of a meeting…</source>
        <translation>Procès-verbal de suivi d&apos;une réunion…</translation>
    </message>
    <message>
        <source>Review the open items…</source>
        <translation>Passer en revue les actions ouvertes…</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Réunion :</translation>
    </message>
    <message>
        <source>What changed since a meeting</source>
        <translation>Ce qui a changé depuis une réunion</translation>
    </message>
    <message>
        <source>Follow-up minutes</source>
        <translation>Procès-verbal de suivi</translation>
    </message>
    <message>
        <source>Review the open items</source>
        <translation>Passer en revue les actions ouvertes</translation>
    </message>
</context>
</TS>
