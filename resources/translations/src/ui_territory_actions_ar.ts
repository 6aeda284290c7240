<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
<context>
    <name>TerritoryController</name>
    <message>
        <source>Fan out to communes…</source>
        <translation>التعميم على الجماعات…</translation>
    </message>
    <message>
        <source>Province…</source>
        <translation>الإقليم…</translation>
    </message>
    <message>
        <source>Create the local secretariats of all communes</source>
        <translation>إنشاء الأمانات المحلية لجميع الجماعات</translation>
    </message>
    <message>
        <source>Other names of the communes…</source>
        <translation>أسماء أخرى للجماعات…</translation>
    </message>
    <message>
        <source>Coverage of the communes…</source>
        <translation>تغطية الجماعات…</translation>
    </message>
    <message>
        <source>Coverage of this item…</source>
        <translation>تغطية هذه المهمة للجماعات…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>These owners&apos; commune matches no commune of the province; it was kept as text:
%1</source>
        <translation>جماعة هؤلاء المسؤولين لا تطابق أي جماعة من الإقليم؛ بقيت نصاً كما كُتبت:
%1</translation>
    </message>
    <message>
        <source>Local secretariats: %1 created, %2 already there (communes: %3).</source>
        <translation>الأمانات المحلية: أنشئت %1، وكانت موجودة %2 (عدد الجماعات: %3).</translation>
    </message>
    <message numerus="yes">
        <source>%n commune(s) unchecked: their items go to the trash (they can be restored).</source>
        <translation>
            <numerusform>لم تُلغَ أي جماعة</numerusform>
            <numerusform>أُلغي اختيار جماعة واحدة: تنقل مهمتها إلى سلة المحذوفات (ويمكن استرجاعها).</numerusform>
            <numerusform>أُلغي اختيار جماعتين: تنقل مهمتاهما إلى سلة المحذوفات (ويمكن استرجاعهما).</numerusform>
            <numerusform>أُلغي اختيار %n جماعات: تنقل مهامها إلى سلة المحذوفات (ويمكن استرجاعها).</numerusform>
            <numerusform>أُلغي اختيار %n جماعة: تنقل مهامها إلى سلة المحذوفات (ويمكن استرجاعها).</numerusform>
            <numerusform>أُلغي اختيار %n جماعة: تنقل مهامها إلى سلة المحذوفات (ويمكن استرجاعها).</numerusform>
        </translation>
    </message>
    <message>
        <source>Fanned out to the communes (%1): %2 created, %3 adopted, %4 to the trash.</source>
        <translation>عُمّمت على الجماعات (%1): أنشئت %2، وضُمّت %3، ونُقلت %4 إلى سلة المحذوفات.</translation>
    </message>
</context>
</TS>
