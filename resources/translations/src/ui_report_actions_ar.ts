<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
<context>
    <name>ReportsController</name>
    <message>
        <source>Meeting follow-up report…</source>
        <translation>تقرير تتبع مقررات الاجتماع…</translation>
    </message>
    <message>
        <source>Report for one owner…</source>
        <translation>تقرير مسؤول واحد…</translation>
    </message>
    <message>
        <source>Reports for all owners…</source>
        <translation>تقارير جميع المسؤولين…</translation>
    </message>
    <message>
        <source>Overdue and upcoming items…</source>
        <translation>المهام المتأخرة والمقبلة…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>تصدير إلى CSV‏…</translation>
    </message>
    <message>
        <source>Export to Excel (xlsx)…</source>
        <translation>تصدير إلى Excel ‏(xlsx)‏…</translation>
    </message>
    <message>
        <source>Export to calendar (ics)…</source>
        <translation>تصدير إلى اليومية (ics)‏…</translation>
    </message>
    <message>
        <source>Import items…</source>
        <translation>استيراد مهام…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>A long report</source>
        <translation>تقرير طويل</translation>
    </message>
    <message numerus="yes">
        <source>This report lists %n item(s). Its print preview would keep the window busy for a while; as a PDF it is prepared in the background and opened in your PDF viewer, where it can be printed.</source>
        <translation>
            <numerusform>هذا التقرير لا يتضمن أي مهمة. ستُبقي معاينة الطباعة النافذة مشغولة بعض الوقت؛ أما ملف PDF فيُعدّ في الخلفية ويُفتح في قارئ PDF لديك، ومنه تمكن طباعته.</numerusform>
            <numerusform>يتضمن هذا التقرير مهمة واحدة. ستُبقي معاينة الطباعة النافذة مشغولة بعض الوقت؛ أما ملف PDF فيُعدّ في الخلفية ويُفتح في قارئ PDF لديك، ومنه تمكن طباعته.</numerusform>
            <numerusform>يتضمن هذا التقرير مهمتين. ستُبقي معاينة الطباعة النافذة مشغولة بعض الوقت؛ أما ملف PDF فيُعدّ في الخلفية ويُفتح في قارئ PDF لديك، ومنه تمكن طباعته.</numerusform>
            <numerusform>يتضمن هذا التقرير %n مهام. ستُبقي معاينة الطباعة النافذة مشغولة بعض الوقت؛ أما ملف PDF فيُعدّ في الخلفية ويُفتح في قارئ PDF لديك، ومنه تمكن طباعته.</numerusform>
            <numerusform>يتضمن هذا التقرير %n مهمة. ستُبقي معاينة الطباعة النافذة مشغولة بعض الوقت؛ أما ملف PDF فيُعدّ في الخلفية ويُفتح في قارئ PDF لديك، ومنه تمكن طباعته.</numerusform>
            <numerusform>يتضمن هذا التقرير %n مهمة. ستُبقي معاينة الطباعة النافذة مشغولة بعض الوقت؛ أما ملف PDF فيُعدّ في الخلفية ويُفتح في قارئ PDF لديك، ومنه تمكن طباعته.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open as PDF</source>
        <translation>فتحه كملف PDF</translation>
    </message>
    <message>
        <source>Preview anyway</source>
        <translation>المعاينة رغم ذلك</translation>
    </message>
    <message>
        <source>No program to open %1 was found.</source>
        <translation>لم يُعثر على برنامج لفتح %1.</translation>
    </message>
    <message>
        <source>Report for one owner</source>
        <translation>تقرير مسؤول واحد</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>المسؤول:</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>المرجو الانتظار</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>جارٍ إعداد التقرير…</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>حفظ التقرير بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF ‏(*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Report saved (%n page(s)): </source>
        <translation>
            <numerusform>حُفظ التقرير: </numerusform>
            <numerusform>حُفظ التقرير (صفحة واحدة): </numerusform>
            <numerusform>حُفظ التقرير (صفحتان): </numerusform>
            <numerusform>حُفظ التقرير (%n صفحات): </numerusform>
            <numerusform>حُفظ التقرير (%n صفحة): </numerusform>
            <numerusform>حُفظ التقرير (%n صفحة): </numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>جارٍ كتابة ملف PDF…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV ‏(*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel ‏(*.xlsx)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>ملفات اليومية (*.ics)</translation>
    </message>
    <message>
        <source>Export items</source>
        <translation>تصدير المهام</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) exported to </source>
        <translation>
            <numerusform>لم تُصدَّر أي مهمة إلى </numerusform>
            <numerusform>صُدّرت مهمة واحدة إلى </numerusform>
            <numerusform>صُدّرت مهمتان إلى </numerusform>
            <numerusform>صُدّرت %n مهام إلى </numerusform>
            <numerusform>صُدّرت %n مهمة إلى </numerusform>
            <numerusform>صُدّرت %n مهمة إلى </numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
</context>
</TS>
