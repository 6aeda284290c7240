<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA">
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import items from CSV or Excel</source>
        <translation>Importer des actions depuis CSV ou Excel</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Create owners that do not exist yet</source>
        <translation>Créer les responsables qui n&apos;existent pas encore</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import items</source>
        <translation>Importer des actions</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Tableurs (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Reading and checking the file…</source>
        <translation>Lecture et vérification du fichier…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: nothing will be imported until they are fixed in the file.</source>
        <translation>
            <numerusform>%n problème trouvé : rien ne sera importé tant qu&apos;il n&apos;est pas corrigé dans le fichier.</numerusform>
            <numerusform>%n problèmes trouvés : rien ne sera importé tant qu&apos;ils ne sont pas corrigés dans le fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready: %1 new item(s), %2 to update, %3 new owner(s), %4 new meeting(s).</source>
        <translation>Prêt : %1 nouvelle(s) action(s), %2 à mettre à jour, %3 nouveau(x) responsable(s), %4 nouvelle(s) réunion(s).</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
</context>
</TS>
