<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
<context>
    <name>DecisionModel</name>
    <message numerus="yes">
        <source>All communes (%n)</source>
        <translation>
            <numerusform>كل الجماعات (لا جماعة)</numerusform>
            <numerusform>كل الجماعات (جماعة واحدة)</numerusform>
            <numerusform>كل الجماعات (جماعتان)</numerusform>
            <numerusform>كل الجماعات (%n جماعات)</numerusform>
            <numerusform>كل الجماعات (%n جماعة)</numerusform>
            <numerusform>كل الجماعات (%n جماعة)</numerusform>
        </translation>
    </message>
    <message>
        <source>All communes</source>
        <translation>كل الجماعات</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (جديد)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>إدراج</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>الأجل</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>الجماعات</translation>
    </message>
    <message>
        <source>Tick to give each of these communes its own item, owned by its local secretariat (created if missing); this item becomes their roll-up.</source>
        <translation>ضع علامة لإنشاء مهمة لكل جماعة من هذه الجماعات، تتولاها أمانتها المحلية (تُنشأ إن لم تكن موجودة)، وتصبح هذه المهمة حصيلتها.</translation>
    </message>
    <message>
        <source>Choose the file&apos;s province (Settings) to fan out to communes.</source>
        <translation>اختر إقليم الملف (الإعدادات) لتوزيع المهمة على الجماعات.</translation>
    </message>
    <message>
        <source>Communes named: %1</source>
        <translation>الجماعات المذكورة: %1</translation>
    </message>
    <message>
        <source>A position, not an action: unticked.</source>
        <translation>موقف وليس إجراءً: لذا لم يُؤشَّر عليه.</translation>
    </message>
</context>
<context>
    <name>DecisionTable</name>
    <message>
        <source>no deadline</source>
        <translation>بلا أجل</translation>
    </message>
    <message>
        <source>no start</source>
        <translation>بلا بداية</translation>
    </message>
</context>
</TS>
