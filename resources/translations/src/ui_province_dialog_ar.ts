<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
<context>
    <name>ProvinceDialog</name>
    <message>
        <source>Province of this file</source>
        <translation>إقليم هذا الملف</translation>
    </message>
    <message>
        <source>Choose the province or prefecture this file follows: its cercles and communes are loaded, for fanning directives out to the communes.</source>
        <translation>اختر الإقليم أو العمالة التي يتابعها هذا الملف: تُحمَّل دوائرها وجماعاتها لتعميم التوجيهات على الجماعات.</translation>
    </message>
    <message>
        <source>Search in Arabic or French, or the HCP code</source>
        <translation>ابحث بالعربية أو بالفرنسية، أو برمز المندوبية السامية للتخطيط</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>اختيار</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>لاحقاً</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
</TS>
