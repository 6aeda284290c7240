<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>استرجاع من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Choose the copy to bring back. The current file is kept as a backup first, so nothing is lost.</source>
        <translation>اختر النسخة المراد استرجاعها. يُحفظ الملف الحالي أولاً في نسخة احتياطية، فلا يضيع شيء.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>غير مقروءة</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استرجاع</translation>
    </message>
    <message>
        <source>There is no backup of this file yet.</source>
        <translation>لا توجد بعدُ أي نسخة احتياطية لهذا الملف.</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>قبل التحديث</translation>
    </message>
    <message>
        <source>At start</source>
        <translation>عند التشغيل</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>تلقائية</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>يدوية</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>قبل الاسترجاع</translation>
    </message>
</context>
</TS>
