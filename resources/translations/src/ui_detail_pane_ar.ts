<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
<context>
    <name>DetailPane</name>
    <message>
        <source>Select an action item to see its follow-up.</source>
        <translation>اختر مهمة من الجدول لعرض تتبعها.</translation>
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
        <source>Due date</source>
        <translation>أجل الإنجاز</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
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
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Restore from the trash</source>
        <translation>استرجاع من سلة المحذوفات</translation>
    </message>
    <message>
        <source>This item is in the trash.</source>
        <translation>هذه المهمة في سلة المحذوفات.</translation>
    </message>
    <message>
        <source>Its status and progress come from the items of its communes.</source>
        <translation>حالتها ونسبة إنجازها مستمدتان من مهام جماعاتها.</translation>
    </message>
    <message>
        <source>What was done, what blocks</source>
        <translation>ما الذي أنجز، وما الذي يعيق</translation>
    </message>
    <message>
        <source>Who reported this progress (name or body)</source>
        <translation>من أبلغ عن هذا التقدم (اسم أو هيئة)</translation>
    </message>
    <message>
        <source>Record progress</source>
        <translation>تسجيل التقدم</translation>
    </message>
    <message>
        <source>New progress update</source>
        <translation>تحيين جديد لنسبة الإنجاز</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>المبلّغ</translation>
    </message>
    <message>
        <source>Progress history</source>
        <translation>سجل التتبع</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>بدون أجل</translation>
    </message>
    <message>
        <source>%1 of %2 communes done</source>
        <translation>الجماعات المنجزة: %1 من %2</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا يتكرر</translation>
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
        <source>Reported by: %1</source>
        <translation>المبلّغ: %1</translation>
    </message>
    <message>
        <source>Reviewed at the meeting of %1</source>
        <translation>رُوجع في اجتماع %1</translation>
    </message>
    <message>
        <source>No progress recorded yet.</source>
        <translation>لم يسجل أي تقدم بعد.</translation>
    </message>
</context>
</TS>
