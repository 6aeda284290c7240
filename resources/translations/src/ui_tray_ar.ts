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
            <numerusform>لا إجراء متأخر</numerusform>
            <numerusform>إجراء واحد متأخر</numerusform>
            <numerusform>إجراءان متأخران</numerusform>
            <numerusform>%n إجراءات متأخرة</numerusform>
            <numerusform>%n إجراءً متأخراً</numerusform>
            <numerusform>%n إجراء متأخر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due soon</source>
        <translation>
            <numerusform>لا إجراء يحلّ أجله قريباً</numerusform>
            <numerusform>إجراء واحد يحلّ أجله قريباً</numerusform>
            <numerusform>إجراءان يحلّ أجلهما قريباً</numerusform>
            <numerusform>%n إجراءات يحلّ أجلها قريباً</numerusform>
            <numerusform>%n إجراءً يحلّ أجلها قريباً</numerusform>
            <numerusform>%n إجراء يحلّ أجلها قريباً</numerusform>
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
            <numerusform>ولا إجراء آخر</numerusform>
            <numerusform>وإجراء آخر</numerusform>
            <numerusform>وإجراءان آخران</numerusform>
            <numerusform>و%n إجراءات أخرى</numerusform>
            <numerusform>و%n إجراءً آخر</numerusform>
            <numerusform>و%n إجراء آخر</numerusform>
        </translation>
    </message>
</context>
</TS>
