<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
<context>
    <name>MainWindow</name>
    <message>
        <source>Resolution Tracker</source>
        <translation>متابعة المقررات</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>أدوات</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>New action item…</source>
        <translation>مهمة جديدة…</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>اجتماع جديد…</translation>
    </message>
    <message>
        <source>New meeting from a communiqué…</source>
        <translation>اجتماع جديد من بلاغ…</translation>
    </message>
    <message>
        <source>Edit item…</source>
        <translation>تعديل المهمة…</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>نقل إلى سلة المحذوفات</translation>
    </message>
    <message>
        <source>Restore from the trash</source>
        <translation>استرجاع من سلة المحذوفات</translation>
    </message>
    <message>
        <source>Edit meeting…</source>
        <translation>تعديل الاجتماع…</translation>
    </message>
    <message>
        <source>Owners…</source>
        <translation>المسؤولون…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <source>Load the demo meeting</source>
        <translation>تحميل الاجتماع التجريبي</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث العرض</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>About</source>
        <translation>حول البرنامج</translation>
    </message>
    <message>
        <source>Items shown: %1</source>
        <translation>عدد المهام المعروضة: %1</translation>
    </message>
    <message>
        <source>Move meeting to the trash</source>
        <translation>نقل الاجتماع إلى سلة المحذوفات</translation>
    </message>
</context>
</TS>
