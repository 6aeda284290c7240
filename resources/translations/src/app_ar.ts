<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
<context>
    <name>app</name>
    <message>
        <source>An unexpected error occurred; what was saved before is kept. Details: %1</source>
        <translation>حدث خطأ غير متوقع؛ ما حُفظ من قبل باقٍ كما هو. التفاصيل: %1</translation>
    </message>
    <message>
        <source>Resolution Tracker</source>
        <translation>متابعة المقررات</translation>
    </message>
</context>
</TS>
