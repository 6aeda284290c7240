<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA">
<context>
    <name>DraftDialog</name>
    <message>
        <source>New meeting from a communiqué</source>
        <translation>Nouvelle réunion à partir d&apos;un communiqué</translation>
    </message>
    <message>
        <source>Another text</source>
        <translation>Autre texte</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Paste the meeting&apos;s communiqué below, or open its file (.txt or .docx). Nothing is saved before you review the draft.</source>
        <translation>Collez ci-dessous le communiqué de la réunion, ou ouvrez son fichier (.txt ou .docx). Rien n&apos;est enregistré avant que vous ayez revu le brouillon.</translation>
    </message>
    <message>
        <source>Paste the communiqué here</source>
        <translation>Collez le communiqué ici</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Read the communiqué</source>
        <translation>Lire le communiqué</translation>
    </message>
    <message>
        <source>Open a communiqué</source>
        <translation>Ouvrir un communiqué</translation>
    </message>
    <message>
        <source>Communiqués (*.txt *.docx)</source>
        <translation>Communiqués (*.txt *.docx)</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>présidence</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>délai</translation>
    </message>
    <message>
        <source>The communiqué</source>
        <translation>Le communiqué</translation>
    </message>
    <message>
        <source>— give the date —</source>
        <translation>— indiquez la date —</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Chaired by</source>
        <translation>Présidée par</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Decisions (untick what is not to be followed up)</source>
        <translation>Décisions (décochez ce qui n&apos;est pas à suivre)</translation>
    </message>
    <message>
        <source>No decision was found in the text.</source>
        <translation>Aucune décision n&apos;a été trouvée dans le texte.</translation>
    </message>
    <message>
        <source>The meeting&apos;s date was not found: give it before saving.</source>
        <translation>La date de la réunion n&apos;a pas été trouvée : indiquez-la avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Deadline of decision %1:</source>
        <translation>Échéance de la décision %1 :</translation>
    </message>
    <message>
        <source>Saving creates these new owners: %1. Save?</source>
        <translation>L&apos;enregistrement crée ces nouveaux responsables : %1. Enregistrer ?</translation>
    </message>
</context>
</TS>
