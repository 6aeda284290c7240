<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
<context>
    <name>draft_actions</name>
    <message>
        <source>import «%1»</source>
        <translation>استيراد «%1»</translation>
    </message>
</context>
</TS>
