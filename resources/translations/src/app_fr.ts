<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA">
<context>
    <name>app</name>
    <message>
        <source>An unexpected error occurred; what was saved before is kept. Details: %1</source>
        <translation>Une erreur inattendue s&apos;est produite ; ce qui a été enregistré avant est conservé. Détails : %1</translation>
    </message>
    <message>
        <source>Resolution Tracker</source>
        <translation>Suivi des résolutions</translation>
    </message>
</context>
</TS>
