<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
<context>
    <name>CoverageDialog</name>
    <message>
        <source>Coverage of the communes — %1</source>
        <translation>تغطية الجماعات — %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>Save as Excel…</source>
        <translation>حفظ بصيغة Excel…</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <source>Municipalities</source>
        <translation>الجماعات الحضرية</translation>
    </message>
    <message>
        <source>Cercle of %1</source>
        <translation>دائرة %1</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>الجماعة</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
</context>
</TS>
