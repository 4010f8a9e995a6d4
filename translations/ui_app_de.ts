<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>App</name>
        <message>
            <source>Load a demo history?</source>
            <translation>Demo-Historie laden?</translation>
        </message>
        <message>
            <source>Load a demo history to explore?

It fills this empty database with a few months of smarketing meetings, disputes and action items. You can start from scratch instead.</source>
            <translation>Eine Demo-Historie zum Ausprobieren laden?

Sie füllt diese leere Datenbank mit einigen Monaten an Smarketing-Besprechungen, Streitpunkten und Aufgaben. Sie können stattdessen auch ganz neu beginnen.</translation>
        </message>
        <message>
            <source>Demo not loaded</source>
            <translation>Demo nicht geladen</translation>
        </message>
        <message>
            <source>The demo could not be loaded: {error}</source>
            <translation>Die Demo konnte nicht geladen werden: {error}</translation>
        </message>
        <message>
            <source>The database was damaged</source>
            <translation>Die Datenbank war beschädigt</translation>
        </message>
        <message>
            <source>Database on a network filesystem</source>
            <translation>Datenbank auf einem Netzwerkdateisystem</translation>
        </message>
        <message>
            <source>The database is damaged</source>
            <translation>Die Datenbank ist beschädigt</translation>
        </message>
        <message>
            <source>Facilitator opens this laptop's database instead; File ▸ Open team database… tries the server again.</source>
            <translation>Facilitator öffnet stattdessen die Datenbank dieses Laptops; mit Datei ▸ Team-Datenbank öffnen… versuchen Sie es erneut beim Server.</translation>
        </message>
        <message>
            <source>The team database could not be opened</source>
            <translation>Die Team-Datenbank konnte nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Facilitator cannot open this database</source>
            <translation>Facilitator kann diese Datenbank nicht öffnen</translation>
        </message>
        <message>
            <source>Created a new database at {location}</source>
            <translation>Neue Datenbank angelegt unter {location}</translation>
        </message>
    </context>
    <context>
        <name>IdleBackupTimer</name>
        <message>
            <source>Backup failed: {error}</source>
            <translation>Sicherung fehlgeschlagen: {error}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Facilitator — {database}[*]</source>
            <translation>Facilitator – {database}[*]</translation>
        </message>
        <message>
            <source>Opening {database}…</source>
            <translation>{database} wird geöffnet…</translation>
        </message>
        <message>
            <source>Database: {location}</source>
            <translation>Datenbank: {location}</translation>
        </message>
        <message>
            <source>Resume meeting</source>
            <translation>Besprechung fortsetzen</translation>
        </message>
        <message>
            <source>“{title}” is still running. Open its console to carry on?</source>
            <translation>„{title}“ läuft noch. Die Konsole öffnen, um weiterzumachen?</translation>
        </message>
        <message>
            <source>Select a meeting to run.</source>
            <translation>Wählen Sie eine Besprechung zum Durchführen aus.</translation>
        </message>
        <message>
            <source>Created “{title}”.</source>
            <translation>„{title}“ angelegt.</translation>
        </message>
    </context>
</TS>
