<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>safety</name>
    <message>
        <source>The database file %1 is damaged; nothing was changed in it.</source>
        <translation>ملف قاعدة البيانات «%1» تالف، ولم يُغيَّر فيه شيء.</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>تعذر الفتح</translation>
    </message>
    <message>
        <source>Its window has been brought to the front.</source>
        <translation>تم إظهار نافذتها في المقدمة.</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>مفتوحة من قبل</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>قاعدة بيانات تالفة</translation>
    </message>
    <message>
        <source>No usable backup was found.</source>
        <translation>لم يُعثر على أي نسخة احتياطية صالحة.</translation>
    </message>
    <message>
        <source>The newest good backup is from %1 at %2, with %3 action items.</source>
        <translation>أحدث نسخة احتياطية سليمة بتاريخ %1 على الساعة %2، وفيها %3 من المهام.</translation>
    </message>
    <message>
        <source>Restore it? The damaged file is kept, unchanged, in the backups folder.</source>
        <translation>هل تريد استرجاعها؟ سيُحتفظ بالملف التالف كما هو في مجلد النسخ الاحتياطية.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>نسخة احتياطية الآن</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>استرجاع من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Automatic backups are paused so that the good copies are kept.</source>
        <translation>توقفت النسخ الاحتياطية التلقائية حفاظاً على النسخ السليمة.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>تم حفظ النسخة الاحتياطية: %1</translation>
    </message>
    <message>
        <source>A backup is being written; try again in a moment.</source>
        <translation>نسخة احتياطية قيد الكتابة؛ أعد المحاولة بعد لحظة.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>استرجاع من نسخة احتياطية</translation>
    </message>
    <message>
        <source>The backup has been restored. The file as it was is kept as %1.</source>
        <translation>تم استرجاع النسخة الاحتياطية. وحُفظ الملف كما كان باسم %1.</translation>
    </message>
</context>
</TS>
