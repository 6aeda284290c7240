<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ItemTableModel</name>
    <message>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution / meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
