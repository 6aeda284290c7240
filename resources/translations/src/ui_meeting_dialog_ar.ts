<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Edit meeting</source>
        <translation>تعديل الاجتماع</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>اجتماع جديد</translation>
    </message>
    <message>
        <source>e.g. ordinary meeting of the secretariat</source>
        <translation>مثال: اجتماع عادي للأمانة الإقليمية</translation>
    </message>
    <message>
        <source>Paste the meeting&apos;s communiqué here</source>
        <translation>الصق هنا نص البلاغ الصادر عن الاجتماع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Chaired by</source>
        <translation>ترأسه</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>الحاضرون</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>المحور</translation>
    </message>
    <message>
        <source>Add resolution</source>
        <translation>إضافة مقرر</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>تقديم</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>تأخير</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it. The order gives the numbers.</source>
        <translation>انقر مرتين على خانة لتعديلها. الترتيب يحدد أرقام المقررات.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>المقررات</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Communiqué</source>
        <translation>البلاغ</translation>
    </message>
</context>
</TS>
