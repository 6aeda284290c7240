<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar_MA">
<context>
    <name>app</name>
    <message>
        <source>Cannot open</source>
        <translation>تعذر فتح الملف</translation>
    </message>
</context>
</TS>