<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review the open items — %1</source>
        <translation>مراجعة المهام المفتوحة — %1</translation>
    </message>
    <message>
        <source>For discussion</source>
        <translation>للمناقشة</translation>
    </message>
    <message>
        <source>The decision, what was said</source>
        <translation>القرار، وما قيل</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>نسبة الإنجاز</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Record and go on  (Enter)</source>
        <translation>تسجيل والانتقال  (Enter)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>تخطٍّ</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابقة</translation>
    </message>
    <message>
        <source>Postpone…</source>
        <translation>تأجيل…</translation>
    </message>
    <message>
        <source>Large print  (F11)</source>
        <translation>خط كبير  (F11)</translation>
    </message>
    <message>
        <source>Pause  (Esc)</source>
        <translation>إيقاف مؤقت  (Esc)</translation>
    </message>
    <message>
        <source>Item %1 of %2</source>
        <translation>المهمة %1 من %2</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>دون أجل</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>المسؤول:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>الأجل:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Latest note:</source>
        <translation>آخر ملاحظة:</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 من %2 منجزة</translation>
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
    <message numerus="yes">
        <source>Every item of the agenda has been reviewed (%n item(s)).</source>
        <translation>
            <numerusform>تمت مراجعة جدول الأعمال كله (لا مهمة).</numerusform>
            <numerusform>تمت مراجعة جدول الأعمال كله (مهمة واحدة).</numerusform>
            <numerusform>تمت مراجعة جدول الأعمال كله (مهمتان).</numerusform>
            <numerusform>تمت مراجعة جدول الأعمال كله (%n مهام).</numerusform>
            <numerusform>تمت مراجعة جدول الأعمال كله (%n مهمة).</numerusform>
            <numerusform>تمت مراجعة جدول الأعمال كله (%n مهمة).</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no open item of an earlier meeting to review.</source>
        <translation>لا توجد مهام مفتوحة من اجتماع سابق لمراجعتها.</translation>
    </message>
    <message>
        <source>Close  (Esc)</source>
        <translation>إغلاق  (Esc)</translation>
    </message>
</context>
</TS>
