<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA">
<context>
    <name>ReportsController</name>
    <message>
        <source>Meeting follow-up report…</source>
        <translation>Rapport de suivi de la réunion…</translation>
    </message>
    <message>
        <source>Report for one owner…</source>
        <translation>Rapport d&apos;un responsable…</translation>
    </message>
    <message>
        <source>Reports for all owners…</source>
        <translation>Rapports de tous les responsables…</translation>
    </message>
    <message>
        <source>Overdue and upcoming items…</source>
        <translation>Actions en retard et à venir…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export to Excel (xlsx)…</source>
        <translation>Exporter vers Excel (xlsx)…</translation>
    </message>
    <message>
        <source>Export to calendar (ics)…</source>
        <translation>Exporter vers l&apos;agenda (ics)…</translation>
    </message>
    <message>
        <source>Import items…</source>
        <translation>Importer des actions…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>A long report</source>
        <translation>Un rapport long</translation>
    </message>
    <message numerus="yes">
        <source>This report lists %n item(s). Its print preview would keep the window busy for a while; as a PDF it is prepared in the background and opened in your PDF viewer, where it can be printed.</source>
        <translation>
            <numerusform>Ce rapport compte %n action. L&apos;aperçu avant impression occuperait la fenêtre un moment ; en PDF, il est préparé en arrière-plan puis ouvert dans votre lecteur PDF, d&apos;où vous pouvez l&apos;imprimer.</numerusform>
            <numerusform>Ce rapport compte %n actions. L&apos;aperçu avant impression occuperait la fenêtre un moment ; en PDF, il est préparé en arrière-plan puis ouvert dans votre lecteur PDF, d&apos;où vous pouvez l&apos;imprimer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open as PDF</source>
        <translation>Ouvrir en PDF</translation>
    </message>
    <message>
        <source>Preview anyway</source>
        <translation>Aperçu quand même</translation>
    </message>
    <message>
        <source>No program to open %1 was found.</source>
        <translation>Aucun programme pour ouvrir %1 n&apos;a été trouvé.</translation>
    </message>
    <message>
        <source>Report for one owner</source>
        <translation>Rapport d&apos;un responsable</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsable :</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Veuillez patienter</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Préparation du rapport…</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Report saved (%n page(s)): </source>
        <translation>
            <numerusform>Rapport enregistré (%n page) : </numerusform>
            <numerusform>Rapport enregistré (%n pages) : </numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Écriture du PDF…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d&apos;agenda (*.ics)</translation>
    </message>
    <message>
        <source>Export items</source>
        <translation>Exporter les actions</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) exported to </source>
        <translation>
            <numerusform>%n action exportée vers </numerusform>
            <numerusform>%n actions exportées vers </numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
</context>
</TS>
