<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_MA">
<context>
    <name>app</name>
    <message>
        <source>Cannot open</source>
        <translation>Ouverture impossible</translation>
    </message>
</context>
</TS>