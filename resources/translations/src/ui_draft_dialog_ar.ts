<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
<context>
    <name>DraftDialog</name>
    <message>
        <source>New meeting from a communiqué</source>
        <translation>اجتماع جديد من بلاغ</translation>
    </message>
    <message>
        <source>Another text</source>
        <translation>نص آخر</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Paste the meeting&apos;s communiqué below, or open its file (.txt or .docx). Nothing is saved before you review the draft.</source>
        <translation>الصق بلاغ الاجتماع أسفله، أو افتح ملفه (.txt أو .docx). لن يُحفظ شيء قبل أن تراجع المسودة.</translation>
    </message>
    <message>
        <source>Paste the communiqué here</source>
        <translation>الصق نص البلاغ هنا</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>فتح ملف…</translation>
    </message>
    <message>
        <source>Read the communiqué</source>
        <translation>قراءة البلاغ</translation>
    </message>
    <message>
        <source>Open a communiqué</source>
        <translation>فتح بلاغ</translation>
    </message>
    <message>
        <source>Communiqués (*.txt *.docx)</source>
        <translation>البلاغات (*.txt *.docx)</translation>
    </message>
    <message>
        <source>date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>الرئاسة</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>مقرر</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>أجل</translation>
    </message>
    <message>
        <source>The communiqué</source>
        <translation>البلاغ</translation>
    </message>
    <message>
        <source>— give the date —</source>
        <translation>— حدد التاريخ —</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Chaired by</source>
        <translation>ترأسه</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>الحاضرون</translation>
    </message>
    <message>
        <source>Decisions (untick what is not to be followed up)</source>
        <translation>المقررات (أزل العلامة عما لا يحتاج إلى تتبع)</translation>
    </message>
    <message>
        <source>No decision was found in the text.</source>
        <translation>لم يُعثر على أي مقرر في النص.</translation>
    </message>
    <message>
        <source>The meeting&apos;s date was not found: give it before saving.</source>
        <translation>لم يُعثر على تاريخ الاجتماع: حدده قبل الحفظ.</translation>
    </message>
    <message>
        <source>Deadline of decision %1:</source>
        <translation>أجل المقرر %1:</translation>
    </message>
    <message>
        <source>Saving creates these new owners: %1. Save?</source>
        <translation>سيُنشئ الحفظ هؤلاء المسؤولين الجدد: %1. هل تريد الحفظ؟</translation>
    </message>
</context>
</TS>
