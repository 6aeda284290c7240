<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import items from CSV or Excel</source>
        <translation>استيراد مهام من CSV أو Excel</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>اختيار ملف…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>Create owners that do not exist yet</source>
        <translation>إنشاء المسؤولين غير الموجودين بعد</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Import items</source>
        <translation>استيراد المهام</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>جداول (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Reading and checking the file…</source>
        <translation>جارٍ قراءة الملف والتحقق منه…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: nothing will be imported until they are fixed in the file.</source>
        <translation>
            <numerusform>لا توجد أخطاء.</numerusform>
            <numerusform>وُجد خطأ واحد: لن يُستورد أي شيء قبل تصحيحه في الملف.</numerusform>
            <numerusform>وُجد خطآن: لن يُستورد أي شيء قبل تصحيحهما في الملف.</numerusform>
            <numerusform>وُجدت %n أخطاء: لن يُستورد أي شيء قبل تصحيحها في الملف.</numerusform>
            <numerusform>وُجد %n خطأً: لن يُستورد أي شيء قبل تصحيحها في الملف.</numerusform>
            <numerusform>وُجد %n خطأ: لن يُستورد أي شيء قبل تصحيحها في الملف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready: %1 new item(s), %2 to update, %3 new owner(s), %4 new meeting(s).</source>
        <translation>جاهز للاستيراد: مهام جديدة %1، مهام ستُحدَّث %2، مسؤولون جدد %3، اجتماعات جديدة %4.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
</context>
</TS>
