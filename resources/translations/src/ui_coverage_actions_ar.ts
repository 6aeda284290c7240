<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
<context>
    <name>coverage_actions</name>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the coverage grid</source>
        <translation>حفظ شبكة التغطية</translation>
    </message>
    <message>
        <source>Coverage grid saved: </source>
        <translation>حُفظت شبكة التغطية: </translation>
    </message>
</context>
</TS>
