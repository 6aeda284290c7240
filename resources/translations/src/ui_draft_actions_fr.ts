<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA">
<context>
    <name>draft_actions</name>
    <message>
        <source>import «%1»</source>
        <translation>importation de « %1 »</translation>
    </message>
</context>
</TS>
