<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
<context>
    <name>ItemDialog</name>
    <message>
        <source>Edit action item</source>
        <translation>تعديل مهمة</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>مهمة جديدة</translation>
    </message>
    <message>
        <source>New owner…</source>
        <translation>مسؤول جديد…</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>بدون أجل</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>بعد أسبوع</translation>
    </message>
    <message>
        <source>In a month</source>
        <translation>بعد شهر</translation>
    </message>
    <message>
        <source>In three months</source>
        <translation>بعد ثلاثة أشهر</translation>
    </message>
    <message>
        <source>None</source>
        <translation>بدون تكرار</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>أسبوعياً</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>شهرياً</translation>
    </message>
    <message>
        <source>Default (from the settings)</source>
        <translation>الافتراضي (من الإعدادات)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Due date counted from today</source>
        <translation>أجل يُحسب ابتداءً من اليوم</translation>
    </message>
    <message>
        <source>Its status and progress come from the items of its communes.</source>
        <translation>حالتها ونسبة إنجازها مستمدتان من مهام جماعاتها.</translation>
    </message>
    <message>
        <source>The due date (%1) is already past: the item will be overdue as soon as it is saved. Save anyway?</source>
        <translation>أجل الإنجاز (%1) قد مضى: ستكون المهمة متأخرة بمجرد حفظها. هل تريد الحفظ مع ذلك؟</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>أجل الإنجاز</translation>
    </message>
    <message>
        <source>Status and progress</source>
        <translation>الحالة ونسبة الإنجاز</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>التذكير</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>— choose the owner —</source>
        <translation>— اختر المسؤول —</translation>
    </message>
    <message>
        <source>(the meeting as a whole)</source>
        <translation>(الاجتماع ككل)</translation>
    </message>
    <message>
        <source>The due date (%1) is before the meeting date (%2). Save anyway?</source>
        <translation>أجل الإنجاز (%1) سابق لتاريخ الاجتماع (%2). هل تريد الحفظ رغم ذلك؟</translation>
    </message>
</context>
</TS>
