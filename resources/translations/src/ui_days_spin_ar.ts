<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
<context>
    <name>days</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يوماً</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before the due date</source>
        <translation>
            <numerusform>في يوم الأجل</numerusform>
            <numerusform>قبل الأجل بيوم واحد</numerusform>
            <numerusform>قبل الأجل بيومين</numerusform>
            <numerusform>قبل الأجل بـ%n أيام</numerusform>
            <numerusform>قبل الأجل بـ%n يوماً</numerusform>
            <numerusform>قبل الأجل بـ%n يوم</numerusform>
        </translation>
    </message>
</context>
</TS>
