<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA">
<context>
    <name>DecisionModel</name>
    <message numerus="yes">
        <source>All communes (%n)</source>
        <translation>
            <numerusform>Toutes les communes (%n)</numerusform>
            <numerusform>Toutes les communes (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>All communes</source>
        <translation>Toutes les communes</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (nouveau)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <source>Tick to give each of these communes its own item, owned by its local secretariat (created if missing); this item becomes their roll-up.</source>
        <translation>Cochez pour donner à chacune de ces communes sa propre action, confiée à son secrétariat local (créé s’il manque) ; cette action devient leur synthèse.</translation>
    </message>
    <message>
        <source>Choose the file&apos;s province (Settings) to fan out to communes.</source>
        <translation>Choisissez la province du fichier (Paramètres) pour répartir entre les communes.</translation>
    </message>
    <message>
        <source>Communes named: %1</source>
        <translation>Communes nommées : %1</translation>
    </message>
    <message>
        <source>A position, not an action: unticked.</source>
        <translation>Une prise de position, pas une action : décochée.</translation>
    </message>
</context>
<context>
    <name>DecisionTable</name>
    <message>
        <source>no deadline</source>
        <translation>sans échéance</translation>
    </message>
    <message>
        <source>no start</source>
        <translation>sans début</translation>
    </message>
</context>
</TS>
