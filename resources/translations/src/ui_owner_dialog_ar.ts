<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
<context>
    <name>OwnerEditDialog</name>
    <message>
        <source>Edit owner</source>
        <translation>تعديل المسؤول</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>مسؤول جديد</translation>
    </message>
</context>
<context>
    <name>OwnerForm</name>
    <message>
        <source>Active (offered for new items)</source>
        <translation>نشط (يقترح عند إنشاء المهام)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>الجماعة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
</context>
<context>
    <name>OwnersDialog</name>
    <message>
        <source>Owners</source>
        <translation>المسؤولون</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>مسؤول جديد</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>تعطيل</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>(غير نشط)</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>تفعيل</translation>
    </message>
</context>
</TS>
