<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>A new language applies the next time the program starts.</source>
        <translation>تطبق اللغة الجديدة عند التشغيل القادم للبرنامج.</translation>
    </message>
    <message>
        <source>Printed at the top of every report.</source>
        <translation>يطبع في رأس كل تقرير.</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>الحزب</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>الإقليم</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>الأمانة</translation>
    </message>
    <message>
        <source>Remind before the due date</source>
        <translation>مدة التذكير قبل الأجل</translation>
    </message>
    <message>
        <source>While overdue, remind every</source>
        <translation>عند التأخر، المدة بين تذكيرين</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>الواجهة</translation>
    </message>
    <message>
        <source>Report header</source>
        <translation>رأس التقارير</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>التذكيرات</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>تغيير…</translation>
    </message>
    <message>
        <source>Province of this file</source>
        <translation>إقليم هذا الملف</translation>
    </message>
    <message>
        <source>Its cercles and communes are loaded for fanning directives out to them.</source>
        <translation>تُحمَّل دوائره وجماعاته لتعميم التوجيهات عليها.</translation>
    </message>
    <message>
        <source>None chosen yet</source>
        <translation>لم يُختر بعد</translation>
    </message>
</context>
</TS>
