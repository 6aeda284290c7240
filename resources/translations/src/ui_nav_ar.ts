<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
<context>
    <name>NavigationPane</name>
    <message>
        <source>Open items</source>
        <translation>المهام المفتوحة</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>view</comment>
        <translation>المفتوحة</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>المتأخرة</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>تستحق هذا الأسبوع</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <source>Due this month</source>
        <translation>تستحق هذا الشهر</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>المنجزة</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>سلة المحذوفات</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>كل المهام</translation>
    </message>
    <message>
        <source>All</source>
        <comment>view</comment>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>المسؤولون</translation>
    </message>
</context>
</TS>
