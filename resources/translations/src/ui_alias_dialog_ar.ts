<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
<context>
    <name>AliasDialog</name>
    <message>
        <source>Other names of the communes</source>
        <translation>أسماء أخرى للجماعات</translation>
    </message>
    <message>
        <source>Add the spelling you use for a commune: search and matching find it, the register&apos;s names stay as published.</source>
        <translation>أضف الاسم الذي تكتب به جماعة ما: يجدها به البحث والمطابقة، وتبقى أسماء السجل كما نُشرت.</translation>
    </message>
    <message>
        <source>Search a commune</source>
        <translation>ابحث عن جماعة</translation>
    </message>
    <message>
        <source>Another name, e.g. Ghafsai</source>
        <translation>اسم آخر، مثلاً Ghafsai</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Choose a commune first.</source>
        <translation>اختر جماعة أولاً.</translation>
    </message>
</context>
</TS>
