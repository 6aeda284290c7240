<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA">
<context>
    <name>days</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before the due date</source>
        <translation>
            <numerusform>%n jour avant l&apos;échéance</numerusform>
            <numerusform>%n jours avant l&apos;échéance</numerusform>
        </translation>
    </message>
</context>
</TS>
