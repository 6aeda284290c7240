<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA">
<context>
    <name>TerritoryController</name>
    <message>
        <source>Fan out to communes…</source>
        <translation>Répartir sur les communes…</translation>
    </message>
    <message>
        <source>Province…</source>
        <translation>Province…</translation>
    </message>
    <message>
        <source>Create the local secretariats of all communes</source>
        <translation>Créer les secrétariats locaux de toutes les communes</translation>
    </message>
    <message>
        <source>Other names of the communes…</source>
        <translation>Autres noms des communes…</translation>
    </message>
    <message>
        <source>Coverage of the communes…</source>
        <translation>Couverture des communes…</translation>
    </message>
    <message>
        <source>Coverage of this item…</source>
        <translation>Couverture de cette tâche…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>These owners&apos; commune matches no commune of the province; it was kept as text:
%1</source>
        <translation>La commune de ces responsables ne correspond à aucune commune de la province ; elle est gardée en texte :
%1</translation>
    </message>
    <message>
        <source>Local secretariats: %1 created, %2 already there (communes: %3).</source>
        <translation>Secrétariats locaux : créés : %1 ; déjà là : %2 (communes : %3).</translation>
    </message>
    <message numerus="yes">
        <source>%n commune(s) unchecked: their items go to the trash (they can be restored).</source>
        <translation>
            <numerusform>%n commune décochée : sa tâche va à la corbeille (elle peut être restaurée).</numerusform>
            <numerusform>%n communes décochées : leurs tâches vont à la corbeille (elles peuvent être restaurées).</numerusform>
        </translation>
    </message>
    <message>
        <source>Fanned out to the communes (%1): %2 created, %3 adopted, %4 to the trash.</source>
        <translation>Répartie sur les communes (%1) : créées : %2 ; reprises : %3 ; à la corbeille : %4.</translation>
    </message>
</context>
</TS>
