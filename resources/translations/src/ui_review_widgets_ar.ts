<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
<context>
    <name>DatePrompt</name>
    <message>
        <source>Postpone to</source>
        <translation>تأجيل إلى</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>تأجيل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>New due date:</source>
        <translation>الأجل الجديد:</translation>
    </message>
</context>
</TS>
