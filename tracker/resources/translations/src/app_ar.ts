<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>app</name>
    <message>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
