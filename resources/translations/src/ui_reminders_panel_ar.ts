<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
<context>
    <name>RemindersPanel</name>
    <message>
        <source>Reminders</source>
        <translation>التذكيرات</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>التذكير</translation>
    </message>
    <message>
        <source>Open the item</source>
        <translation>فتح المهمة</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>تحديد كمنجز</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>تأجيل التذكير</translation>
    </message>
    <message>
        <source>For 1 day</source>
        <translation>ليوم واحد</translation>
    </message>
    <message>
        <source>For 3 days</source>
        <translation>لثلاثة أيام</translation>
    </message>
    <message>
        <source>For 1 week</source>
        <translation>لأسبوع</translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation>إلى تاريخ…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>showing the first %1 of %2 reminders</source>
        <translation>تُعرض أول %1 تذكير من أصل %2</translation>
    </message>
    <message>
        <source>No reminders: nothing is due or overdue.</source>
        <translation>لا تذكيرات: لا مهمة حلّ أجلها أو تأخرت.</translation>
    </message>
    <message>
        <source>Counts the reminders: postponed items are not reminded (the secretariat chose to wait), so the Overdue view, which counts them, may show more.</source>
        <translation>يُحصي التذكيرات: المهام المؤجلة لا يُذكَّر بها (اختارت الأمانة الانتظار)، لذا قد يعرض عرض «المتأخرة»، الذي يحصيها، عدداً أكبر.</translation>
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
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>متأخر</numerusform>
            <numerusform>متأخر بيوم واحد</numerusform>
            <numerusform>متأخر بيومين</numerusform>
            <numerusform>متأخر بـ%n أيام</numerusform>
            <numerusform>متأخر بـ%n يوماً</numerusform>
            <numerusform>متأخر بـ%n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>يحلّ أجله اليوم</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>يحلّ أجله اليوم</numerusform>
            <numerusform>يحلّ أجله غداً</numerusform>
            <numerusform>يحلّ أجله بعد يومين</numerusform>
            <numerusform>يحلّ أجله بعد %n أيام</numerusform>
            <numerusform>يحلّ أجله بعد %n يوماً</numerusform>
            <numerusform>يحلّ أجله بعد %n يوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnoozeDateDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>تأجيل التذكير</translation>
    </message>
    <message>
        <source>Remind me again on:</source>
        <translation>ذكّرني من جديد يوم:</translation>
    </message>
</context>
</TS>
