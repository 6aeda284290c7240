<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
<context>
    <name>ReminderTray</name>
    <message>
        <source>Show the window</source>
        <translation>إظهار النافذة</translation>
    </message>
    <message>
        <source>Reminders…</source>
        <translation>التذكيرات…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء البرنامج</translation>
    </message>
    <message>
        <source>Resolution Tracker</source>
        <translation>متابعة المقررات</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue item(s)</source>
        <translation>
            <numerusform>لا مهمة متأخرة</numerusform>
            <numerusform>مهمة واحدة متأخرة</numerusform>
            <numerusform>مهمتان متأخرتان</numerusform>
            <numerusform>%n مهام متأخرة</numerusform>
            <numerusform>%n مهمة متأخرة</numerusform>
            <numerusform>%n مهمة متأخرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due soon</source>
        <translation>
            <numerusform>لا مهمة يحلّ أجلها قريباً</numerusform>
            <numerusform>مهمة واحدة يحلّ أجلها قريباً</numerusform>
            <numerusform>مهمتان يحلّ أجلهما قريباً</numerusform>
            <numerusform>%n مهام يحلّ أجلها قريباً</numerusform>
            <numerusform>%n مهمة يحلّ أجلها قريباً</numerusform>
            <numerusform>%n مهمة يحلّ أجلها قريباً</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new reminder(s)</source>
        <translation>
            <numerusform>لا تذكير جديد</numerusform>
            <numerusform>تذكير جديد</numerusform>
            <numerusform>تذكيران جديدان</numerusform>
            <numerusform>%n تذكيرات جديدة</numerusform>
            <numerusform>%n تذكيراً جديداً</numerusform>
            <numerusform>%n تذكير جديد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ولا مهمة أخرى</numerusform>
            <numerusform>ومهمة أخرى</numerusform>
            <numerusform>ومهمتان أخريان</numerusform>
            <numerusform>و%n مهام أخرى</numerusform>
            <numerusform>و%n مهمة أخرى</numerusform>
            <numerusform>و%n مهمة أخرى</numerusform>
        </translation>
    </message>
</context>
</TS>
