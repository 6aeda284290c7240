<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
<context>
    <name>FanoutDialog</name>
    <message>
        <source>Fan out to communes</source>
        <translation>التعميم على الجماعات</translation>
    </message>
    <message>
        <source>Each chosen commune gets its own item, owned by its local secretariat; an unchecked commune&apos;s item goes to the trash.</source>
        <translation>تُنشأ لكل جماعة مختارة مهمة خاصة بها تسند إلى أمانتها المحلية؛ وتنقل مهمة الجماعة المُلغى اختيارها إلى سلة المحذوفات.</translation>
    </message>
    <message>
        <source>Search a commune</source>
        <translation>ابحث عن جماعة</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>الجماعات الحضرية</translation>
    </message>
    <message>
        <source>Cercle of %1</source>
        <translation>دائرة %1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Urban</source>
        <translation>الحضرية</translation>
    </message>
    <message>
        <source>Rural</source>
        <translation>القروية</translation>
    </message>
    <message numerus="yes">
        <source>%n communes chosen</source>
        <translation>
            <numerusform>لم تُختر أي جماعة</numerusform>
            <numerusform>جماعة واحدة مختارة</numerusform>
            <numerusform>جماعتان مختارتان</numerusform>
            <numerusform>%n جماعات مختارة</numerusform>
            <numerusform>%n جماعة مختارة</numerusform>
            <numerusform>%n جماعة مختارة</numerusform>
        </translation>
    </message>
</context>
</TS>
