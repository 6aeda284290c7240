<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA">
<context>
    <name>MainWindow</name>
    <message>
        <source>Resolution Tracker</source>
        <translation>Suivi des résolutions</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>New action item…</source>
        <translation>Nouvelle action…</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>Nouvelle réunion…</translation>
    </message>
    <message>
        <source>New meeting from a communiqué…</source>
        <translation>Nouvelle réunion à partir d&apos;un communiqué…</translation>
    </message>
    <message>
        <source>Edit item…</source>
        <translation>Modifier l&apos;action…</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>Restore from the trash</source>
        <translation>Restaurer depuis la corbeille</translation>
    </message>
    <message>
        <source>Edit meeting…</source>
        <translation>Modifier la réunion…</translation>
    </message>
    <message>
        <source>Owners…</source>
        <translation>Responsables…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Load the demo meeting</source>
        <translation>Charger la réunion de démonstration</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Items shown: %1</source>
        <translation>Actions affichées : %1</translation>
    </message>
    <message>
        <source>Move meeting to the trash</source>
        <translation>Mettre la réunion à la corbeille</translation>
    </message>
</context>
</TS>
