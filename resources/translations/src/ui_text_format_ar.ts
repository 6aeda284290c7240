<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
<context>
    <name>format</name>
    <message>
        <source>Resolution %1</source>
        <translation>المقرر %1</translation>
    </message>
    <message>
        <source>: </source>
        <comment>between a resolution&apos;s number and text</comment>
        <translation>: </translation>
    </message>
</context>
</TS>
