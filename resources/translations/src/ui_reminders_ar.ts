<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
<context>
    <name>RemindersController</name>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;التذكيرات</translation>
    </message>
    <message>
        <source>Keep running in the tray when closed</source>
        <translation>مواصلة العمل في منطقة الإشعارات عند إغلاق النافذة</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>لا توجد منطقة إشعارات في سطح المكتب هذا.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>التذكيرات</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>البرنامج ما زال يعمل</translation>
    </message>
    <message>
        <source>Reminders will keep coming. Use Quit in the tray menu to stop.</source>
        <translation>ستواصل التذكيرات الوصول. لإيقاف البرنامج اختر «إنهاء البرنامج» من قائمة أيقونته.</translation>
    </message>
</context>
</TS>
