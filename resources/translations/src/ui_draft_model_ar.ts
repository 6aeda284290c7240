<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
<context>
    <name>DecisionModel</name>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (جديد)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>إدراج</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>الأجل</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Communes named: %1</source>
        <translation>الجماعات المذكورة: %1</translation>
    </message>
    <message>
        <source>A position, not an action: unticked.</source>
        <translation>موقف وليس إجراءً: لذا لم يُؤشَّر عليه.</translation>
    </message>
</context>
<context>
    <name>DecisionTable</name>
    <message>
        <source>no deadline</source>
        <translation>بلا أجل</translation>
    </message>
    <message>
        <source>no start</source>
        <translation>بلا بداية</translation>
    </message>
</context>
</TS>
