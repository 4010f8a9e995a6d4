<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>MainMenus</name>
        <message>
            <source>&amp;New meeting…</source>
            <translation>&amp;Neue Besprechung…</translation>
        </message>
        <message>
            <source>Plan a meeting from a template</source>
            <translation>Eine Besprechung aus einer Vorlage planen</translation>
        </message>
        <message>
            <source>&amp;Roster…</source>
            <translation>&amp;Teilnehmerliste…</translation>
        </message>
        <message>
            <source>Add, edit or deactivate the people who attend</source>
            <translation>Teilnehmende hinzufügen, bearbeiten oder deaktivieren</translation>
        </message>
        <message>
            <source>&amp;Manage templates…</source>
            <translation>Vorlagen &amp;verwalten…</translation>
        </message>
        <message>
            <source>Duplicate, edit or delete agenda templates</source>
            <translation>Tagesordnungsvorlagen duplizieren, bearbeiten oder löschen</translation>
        </message>
        <message>
            <source>&amp;Run meeting…</source>
            <translation>Besprechung &amp;leiten…</translation>
        </message>
        <message>
            <source>Open the moderator's console for this meeting</source>
            <translation>Die Moderationskonsole für diese Besprechung öffnen</translation>
        </message>
        <message>
            <source>&amp;Disputes…</source>
            <translation>&amp;Streitpunkte…</translation>
        </message>
        <message>
            <source>Disputes across all meetings, with their history</source>
            <translation>Streitpunkte aller Besprechungen mit ihrem Verlauf</translation>
        </message>
        <message>
            <source>&amp;Action items…</source>
            <translation>&amp;Aufgaben…</translation>
        </message>
        <message>
            <source>Action items across all meetings; overdue ones</source>
            <translation>Aufgaben aller Besprechungen, auch die überfälligen</translation>
        </message>
        <message>
            <source>&amp;Export minutes…</source>
            <translation>Protokoll als &amp;PDF exportieren…</translation>
        </message>
        <message>
            <source>Save the selected meeting's minutes as a PDF</source>
            <translation>Das Protokoll der ausgewählten Besprechung als PDF speichern</translation>
        </message>
        <message>
            <source>Se&amp;nd minutes…</source>
            <translation>Protokoll &amp;versenden…</translation>
        </message>
        <message>
            <source>Email the ended meeting's minutes to its attendees</source>
            <translation>Das Protokoll der beendeten Besprechung per E-Mail an die Teilnehmenden senden</translation>
        </message>
        <message>
            <source>Sent &amp;mail…</source>
            <translation>&amp;Gesendete E-Mails…</translation>
        </message>
        <message>
            <source>Every mail sent about the selected meeting, by recipient</source>
            <translation>Alle E-Mails zur ausgewählten Besprechung, nach Empfänger</translation>
        </message>
        <message>
            <source>Send a&amp;genda…</source>
            <translation>&amp;Tagesordnung senden…</translation>
        </message>
        <message>
            <source>Email the planned meeting's agenda, pre-read and calendar invitation to its invitees</source>
            <translation>Tagesordnung, Vorablektüre und Kalendereinladung der geplanten Besprechung per E-Mail an die Eingeladenen senden</translation>
        </message>
        <message>
            <source>&amp;Mail settings…</source>
            <translation>&amp;Mail-Einstellungen…</translation>
        </message>
        <message>
            <source>The SMTP server the minutes are sent through</source>
            <translation>Der SMTP-Server, über den das Protokoll versendet wird</translation>
        </message>
        <message>
            <source>Open &amp;team database…</source>
            <translation>&amp;Team-Datenbank öffnen…</translation>
        </message>
        <message>
            <source>Open the team's shared database on a PostgreSQL server</source>
            <translation>Die gemeinsame Datenbank des Teams auf einem PostgreSQL-Server öffnen</translation>
        </message>
        <message>
            <source>Open this &amp;laptop's database</source>
            <translation>&amp;Lokale Datenbank dieses Laptops öffnen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;About Facilitator</source>
            <translation>&amp;Über Facilitator</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>The language Facilitator speaks, and other app-wide choices</source>
            <translation>Die Sprache von Facilitator und weitere Einstellungen für die ganze App</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Suchen…</translation>
        </message>
        <message>
            <source>Search notes, decisions, disputes and action items</source>
            <translation>Notizen, Entscheidungen, Streitpunkte und Aufgaben durchsuchen</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Meeting</source>
            <translation>Be&amp;sprechung</translation>
        </message>
        <message>
            <source>Pe&amp;ople</source>
            <translation>&amp;Personen</translation>
        </message>
        <message>
            <source>&amp;Templates</source>
            <translation>&amp;Vorlagen</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>Runs smarketing meetings on time: a timed agenda, the presenters' clock, notes, disputes, action items and minutes.</source>
            <translation>Führt Smarketing-Besprechungen pünktlich durch: eine Tagesordnung mit Zeitplan, die Uhr für die Vortragenden, Notizen, Streitpunkte, Aufgaben und Protokoll.</translation>
        </message>
        <message>
            <source>About Facilitator</source>
            <translation>Über Facilitator</translation>
        </message>
        <message>
            <source>While running a meeting (console)</source>
            <translation>Während einer Besprechung (Konsole)</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
    </context>
    <context>
        <name>MeetingBrowser</name>
        <message>
            <source>That meeting is no longer in this database.</source>
            <translation>Diese Besprechung ist nicht mehr in dieser Datenbank.</translation>
        </message>
        <message>
            <source>Filters cleared to show the meeting found.</source>
            <translation>Filter zurückgesetzt, um die gefundene Besprechung zu zeigen.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>MeetingListPane</name>
        <message>
            <source>Meetings</source>
            <translation>Besprechungen</translation>
        </message>
        <message>
            <source>Every meeting, planned and held; open one to plan or run it</source>
            <translation>Alle geplanten und abgehaltenen Besprechungen; öffnen Sie eine, um sie zu planen oder zu leiten</translation>
        </message>
    </context>
    <context>
        <name>MeetingPane</name>
        <message>
            <source>Save your changes to “{title}”?</source>
            <translation>Änderungen an „{title}“ speichern?</translation>
        </message>
        <message>
            <source>Save your changes to this meeting?</source>
            <translation>Änderungen an dieser Besprechung speichern?</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Nicht gespeicherte Änderungen</translation>
        </message>
    </context>
    <context>
        <name>NoMeetingsPane</name>
        <message>
            <source>No meetings yet</source>
            <translation>Noch keine Besprechungen</translation>
        </message>
        <message>
            <source>Plan your first smarketing meeting from a template. The weekly meeting comes with its agenda and a 40-minute cap.</source>
            <translation>Planen Sie Ihre erste Smarketing-Besprechung aus einer Vorlage. Die wöchentliche Besprechung bringt ihre Tagesordnung und eine Obergrenze von 40 Minuten mit.</translation>
        </message>
        <message>
            <source>New meeting…</source>
            <translation>Neue Besprechung…</translation>
        </message>
        <message>
            <source>Plan a meeting from a template</source>
            <translation>Eine Besprechung aus einer Vorlage planen</translation>
        </message>
    </context>
    <context>
        <name>SecondaryWindows</name>
        <message>
            <source>Select a meeting to export its minutes.</source>
            <translation>Wählen Sie eine Besprechung aus, um ihr Protokoll zu exportieren.</translation>
        </message>
        <message>
            <source>Minutes saved to {path}</source>
            <translation>Protokoll gespeichert unter {path}</translation>
        </message>
        <message>
            <source>Select a meeting to send its minutes.</source>
            <translation>Wählen Sie eine Besprechung aus, um ihr Protokoll zu versenden.</translation>
        </message>
        <message>
            <source>That meeting is no longer in this database.</source>
            <translation>Diese Besprechung ist nicht mehr in dieser Datenbank.</translation>
        </message>
        <message>
            <source>Minutes can be sent once the meeting has ended; this one is {state}.</source>
            <translation>Das Protokoll kann versendet werden, sobald die Besprechung beendet ist; diese hat den Status „{state}“.</translation>
        </message>
        <message>
            <source>The agenda is sent before a meeting: select a planned one.</source>
            <translation>Die Tagesordnung wird vor einer Besprechung versendet: Wählen Sie eine geplante aus.</translation>
        </message>
        <message>
            <source>Select a meeting to see the mail sent about it.</source>
            <translation>Wählen Sie eine Besprechung aus, um die dazu gesendeten E-Mails zu sehen.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>The language of Facilitator's windows and minutes, from its next start</source>
            <translation>Die Sprache der Fenster und Protokolle von Facilitator, ab dem nächsten Start</translation>
        </message>
        <message>
            <source>System language ({name})</source>
            <translation>Systemsprache ({name})</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <source>A new language takes effect when Facilitator next starts.</source>
            <translation>Eine neue Sprache gilt ab dem nächsten Start von Facilitator.</translation>
        </message>
        <message>
            <source>Keep these settings and close</source>
            <translation>Diese Einstellungen übernehmen und schließen</translation>
        </message>
        <message>
            <source>Close without changing the settings</source>
            <translation>Schließen, ohne die Einstellungen zu ändern</translation>
        </message>
        <message>
            <source>Facilitator will speak {language} once the environment variable FACILITATOR_LANGUAGE no longer chooses its language.</source>
            <translation>Facilitator spricht {language}, sobald die Umgebungsvariable FACILITATOR_LANGUAGE nicht mehr die Sprache festlegt.</translation>
        </message>
        <message>
            <source>Facilitator will speak {language} from its next start.</source>
            <translation>Facilitator spricht ab dem nächsten Start {language}.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
    </context>
</TS>
