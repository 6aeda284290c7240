<?xml version='1.0' encoding='utf-8'?>
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
        <source>Edit item…</source>
        <translation>Modifier l'action…</translation>
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
        <source>Record the meeting first, then its action items.</source>
        <translation>Enregistrez d'abord la réunion, puis ses actions.</translation>
    </message>
    <message>
        <source>Saved. The item is not in the current view.</source>
        <translation>Enregistré. L'action n'apparaît pas dans la vue actuelle.</translation>
    </message>
    <message>
        <source>Choose a meeting in the list first.</source>
        <translation>Choisissez d'abord une réunion dans la liste.</translation>
    </message>
    <message>
        <source>Moved to the trash: %1</source>
        <translation>Mis à la corbeille : %1</translation>
    </message>
    <message>
        <source>delete «%1»</source>
        <translation>la suppression de « %1 »</translation>
    </message>
    <message>
        <source>Restored: %1</source>
        <translation>Restauré : %1</translation>
    </message>
    <message>
        <source>Move the meeting «%1» and all its action items to the trash?</source>
        <translation>Mettre la réunion « %1 » et toutes ses actions à la corbeille ?</translation>
    </message>
    <message>
        <source>The new language applies when the program is started again.</source>
        <translation>La nouvelle langue s'appliquera au prochain démarrage.</translation>
    </message>
    <message>
        <source>Resolution Tracker %1
Follow-up of the resolutions of the secretariat's meetings.</source>
        <translation>Suivi des résolutions %1
Suivi des résolutions des réunions du secrétariat.</translation>
    </message>
    <message>
        <source>Move meeting to the trash</source>
        <translation>Mettre la réunion à la corbeille</translation>
    </message>
</context>
</TS>