<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
<context>
    <name>ReviewController</name>
    <message>
        <source>Follow-up agenda…</source>
        <translation>جدول أعمال التتبع…</translation>
    </message>
    <message>
        <source>What changed since a meeting…</source>
        <translation>ما تغير منذ اجتماع…</translation>
    </message>
    <message>
        <source>Follow-up minutes of a meeting…</source>
        <translation>محضر تتبع اجتماع…</translation>
    </message>
    <message>
        <source>Review the open items…</source>
        <translation>مراجعة المهام المفتوحة…</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>الاجتماع:</translation>
    </message>
    <message>
        <source>What changed since a meeting</source>
        <translation>ما تغير منذ اجتماع</translation>
    </message>
    <message>
        <source>Follow-up minutes</source>
        <translation>محضر التتبع</translation>
    </message>
    <message>
        <source>Review the open items</source>
        <translation>مراجعة المهام المفتوحة</translation>
    </message>
</context>
</TS>
