<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to Resolution Tracker</source>
        <translation>مرحباً بك في برنامج متابعة المقررات</translation>
    </message>
    <message>
        <source>Record each meeting of the secretariat with its resolutions, turn them into action items with an owner and a due date, and follow them up until they are done.</source>
        <translation>سجّل كل اجتماع للأمانة مع مقرراته، وحوّلها إلى مهام لكل منها مسؤول وأجل، وتابع تنفيذها حتى إنجازها.</translation>
    </message>
    <message>
        <source>Create the first meeting</source>
        <translation>إنشاء أول اجتماع</translation>
    </message>
    <message>
        <source>Create it from its communiqué…</source>
        <translation>إنشاؤه من بلاغ الاجتماع…</translation>
    </message>
    <message>
        <source>Or paste the communiqué&apos;s text here with Ctrl+V.</source>
        <translation>أو الصق نص البلاغ هنا بـ Ctrl+V.</translation>
    </message>
    <message>
        <source>Load the demo meeting (Taounate, 17 January 2026)</source>
        <translation>تحميل الاجتماع التجريبي (تاونات، 17 يناير 2026)</translation>
    </message>
</context>
</TS>
