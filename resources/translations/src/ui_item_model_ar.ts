<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
<context>
    <name>ItemTableModel</name>
    <message>
        <source>Action item</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>Resolution / meeting</source>
        <translation>المقرر / الاجتماع</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>أجل الإنجاز</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>نسبة الإنجاز</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>آخر تحيين</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Fanned out to communes: %1 of %2 done</source>
        <translation>معمّمة على الجماعات؛ المنجزة منها: %1 من %2</translation>
    </message>
</context>
</TS>
