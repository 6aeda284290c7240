<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA">
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to Resolution Tracker</source>
        <translation>Bienvenue dans le Suivi des résolutions</translation>
    </message>
    <message>
        <source>Record each meeting of the secretariat with its resolutions, turn them into action items with an owner and a due date, and follow them up until they are done.</source>
        <translation>Enregistrez chaque réunion du secrétariat avec ses résolutions, transformez-les en actions avec un responsable et une échéance, et suivez-les jusqu&apos;à leur réalisation.</translation>
    </message>
    <message>
        <source>Create the first meeting</source>
        <translation>Créer la première réunion</translation>
    </message>
    <message>
        <source>Create it from its communiqué…</source>
        <translation>La créer à partir de son communiqué…</translation>
    </message>
    <message>
        <source>Or paste the communiqué&apos;s text here with Ctrl+V.</source>
        <translation>Ou collez ici le texte du communiqué avec Ctrl+V.</translation>
    </message>
    <message>
        <source>Load the demo meeting (Taounate, 17 January 2026)</source>
        <translation>Charger la réunion de démonstration (Taounate, 17 janvier 2026)</translation>
    </message>
</context>
</TS>
