<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>NoteCommand</name>
        <message>
            <source>note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>File note</source>
            <translation>Notiz ablegen</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>Notiz löschen</translation>
        </message>
        <message>
            <source>Edit note</source>
            <translation>Notiz bearbeiten</translation>
        </message>
        <message>
            <source>Change note kind</source>
            <translation>Art der Notiz ändern</translation>
        </message>
        <message>
            <source>Move note</source>
            <translation>Notiz verschieben</translation>
        </message>
        <message>
            <source>Park note</source>
            <translation>Notiz zurückstellen</translation>
        </message>
        <message>
            <source>Unpark note</source>
            <translation>Notiz zurückholen</translation>
        </message>
    </context>
    <context>
        <name>NoteDetail</name>
        <message>
            <source>Select a note to read it here in full.</source>
            <translation>Wählen Sie eine Notiz aus, um sie hier vollständig zu lesen.</translation>
        </message>
        <message>
            <source>Selected note</source>
            <translation>Ausgewählte Notiz</translation>
        </message>
    </context>
    <context>
        <name>NoteEntry</name>
        <message>
            <source>Type a note first; an empty note is not filed.</source>
            <translation>Geben Sie zuerst eine Notiz ein; eine leere Notiz wird nicht abgelegt.</translation>
        </message>
        <message>
            <source>The kind of the note being typed; a leading ! * ? # sets it too</source>
            <translation>Die Art der eingegebenen Notiz; ein vorangestelltes ! * ? # legt sie ebenfalls fest</translation>
        </message>
        <message>
            <source>The agenda item a new note is filed under</source>
            <translation>Der Tagesordnungspunkt, unter dem eine neue Notiz abgelegt wird</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>New note under the chosen item — ! decision, * highlight, ? question, # metric</source>
            <translation>Neue Notiz zum gewählten Punkt – ! Entscheidung, * Highlight, ? Frage, # Kennzahl</translation>
        </message>
        <message>
            <source>Note under the current item — start with ! for a decision — Enter files it</source>
            <translation>Notiz zum aktuellen Punkt – mit ! beginnen für eine Entscheidung – Enter legt sie ab</translation>
        </message>
        <message>
            <source>A note under the chosen item. Start it with ! for a decision, * for a highlight, ? for a question or # for a metric; Enter files it.</source>
            <translation>Eine Notiz zum gewählten Punkt. Beginnen Sie sie mit ! für eine Entscheidung, * für ein Highlight, ? für eine Frage oder # für eine Kennzahl; Enter legt sie ab.</translation>
        </message>
        <message>
            <source>A note under the current item, at the time into the meeting. Start it with ! for a decision, * for a highlight, ? for a question or # for a metric; Enter files it.</source>
            <translation>Eine Notiz zum aktuellen Punkt, mit der bisherigen Besprechungsdauer. Beginnen Sie sie mit ! für eine Entscheidung, * für ein Highlight, ? für eine Frage oder # für eine Kennzahl; Enter legt sie ab.</translation>
        </message>
        <message>
            <source>Meeting as a whole</source>
            <translation>Besprechung insgesamt</translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <source>&amp;Edit text</source>
            <translation>Text &amp;bearbeiten</translation>
        </message>
        <message>
            <source>Edit the selected note's text (F2)</source>
            <translation>Den Text der ausgewählten Notiz bearbeiten (F2)</translation>
        </message>
        <message>
            <source>&amp;Park / unpark</source>
            <translation>&amp;Zurückstellen / zurückholen</translation>
        </message>
        <message>
            <source>Park the selected note for a later meeting, or take it back (Ctrl+P)</source>
            <translation>Die ausgewählte Notiz für eine spätere Besprechung zurückstellen oder zurückholen (Ctrl+P)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>Delete the selected note; Ctrl+Z brings it back (Del)</source>
            <translation>Die ausgewählte Notiz löschen; Ctrl+Z holt sie zurück (Entf)</translation>
        </message>
        <message>
            <source>&amp;Move to item</source>
            <translation>Zu Punkt &amp;verschieben</translation>
        </message>
        <message>
            <source>File the selected note under another agenda item</source>
            <translation>Die ausgewählte Notiz unter einem anderen Tagesordnungspunkt ablegen</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Art</translation>
        </message>
        <message>
            <source>Meeting as a whole</source>
            <translation>Besprechung insgesamt</translation>
        </message>
        <message>
            <source>Un&amp;park</source>
            <translation>Zu&amp;rückholen</translation>
        </message>
        <message>
            <source>&amp;Park</source>
            <translation>&amp;Zurückstellen</translation>
        </message>
    </context>
    <context>
        <name>NotesTable</name>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>The meeting's notes in the order typed; F2 edits the selected one</source>
            <translation>Die Notizen der Besprechung in der Reihenfolge der Eingabe; F2 bearbeitet die ausgewählte</translation>
        </message>
    </context>
    <context>
        <name>NotesTableModel</name>
        <message>
            <source>Meeting</source>
            <translation>Besprechung</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Punkt</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>{kind} (not sent)</source>
            <translation>{kind} (nicht gesendet)</translation>
        </message>
        <message>
            <source>{kind} (parked)</source>
            <translation>{kind} (zurückgestellt)</translation>
        </message>
        <message>
            <source>(F2 shows the whole note)</source>
            <translation>(F2 zeigt die ganze Notiz)</translation>
        </message>
    </context>
</TS>
