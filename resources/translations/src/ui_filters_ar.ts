<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
<context>
    <name>FilterBar</name>
    <message>
        <source>Search items, owners and resolutions… (Ctrl+F)</source>
        <translation>ابحث في المهام والمسؤولين والمقررات… (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>أي تاريخ</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>Due from</source>
        <translation>الأجل من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>كل المسؤولين</translation>
    </message>
</context>
</TS>
