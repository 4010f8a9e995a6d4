<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Rename item {number}</source>
        <translation>Punkt {number} umbenennen</translation>
    </message>
    <message>
        <source>Change kind of item {number}</source>
        <translation>Art von Punkt {number} ändern</translation>
    </message>
    <message>
        <source>Change duration of item {number}</source>
        <translation>Dauer von Punkt {number} ändern</translation>
    </message>
    <message>
        <source>Change presenter team of item {number}</source>
        <translation>Team der Vortragenden von Punkt {number} ändern</translation>
    </message>
    <message>
        <source>Change presenter of item {number}</source>
        <translation>Vortragende von Punkt {number} ändern</translation>
    </message>
    <message>
        <source>Change description of item {number}</source>
        <translation>Beschreibung von Punkt {number} ändern</translation>
    </message>
    <message>
        <source>Edit item {number}</source>
        <translation>Punkt {number} bearbeiten</translation>
    </message>
    <message>
        <source>Add item {number}</source>
        <translation>Punkt {number} hinzufügen</translation>
    </message>
    <message>
        <source>Remove {item}</source>
        <translation>{item} entfernen</translation>
    </message>
    <message>
        <source>Move {item} up</source>
        <translation>{item} nach oben verschieben</translation>
    </message>
    <message>
        <source>Move {item} down</source>
        <translation>{item} nach unten verschieben</translation>
    </message>
    <message>
        <source>Move {item} to position {number}</source>
        <translation>{item} an Position {number} verschieben</translation>
    </message>
    <message>
        <source>Set cap to {minutes} min</source>
        <translation>Zeitlimit auf {minutes} min setzen</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>Punkt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add an item below the selected one (Ctrl+Shift+N or Insert)</source>
        <translation>Einen Punkt unter dem ausgewählten hinzufügen (Ctrl+Shift+N oder Einfg)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected item (Delete)</source>
        <translation>Den ausgewählten Punkt entfernen (Entf)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move the selected item up (Ctrl+Up)</source>
        <translation>Den ausgewählten Punkt nach oben verschieben (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move the selected item down (Ctrl+Down)</source>
        <translation>Den ausgewählten Punkt nach unten verschieben (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Tagesordnungspunkte</translation>
    </message>
    <message>
        <source>F2 or typing edits a cell, Enter keeps it; Insert adds an item, Delete removes it; Ctrl+Up and Ctrl+Down move it; Tab goes on to the cap.</source>
        <translation>F2 oder Tippen bearbeitet eine Zelle, Eingabe übernimmt; Einfg fügt einen Punkt hinzu, Entf entfernt ihn; Ctrl+Up und Ctrl+Down verschieben ihn; Tab geht weiter zum Zeitlimit.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Cap in minutes</source>
        <translation>Zeitlimit in Minuten</translation>
    </message>
    <message>
        <source>The most minutes the meeting may take; the items&apos; times are held against it</source>
        <translation>Wie viele Minuten die Besprechung höchstens dauern darf; die Zeiten der Punkte werden daran gemessen</translation>
    </message>
    <message>
        <source>&amp;Cap:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Planned time against the cap</source>
        <translation>Geplante Zeit im Vergleich zum Zeitlimit</translation>
    </message>
    <message>
        <source>Why the plan cannot be saved</source>
        <translation>Warum der Plan nicht gespeichert werden kann</translation>
    </message>
    <message>
        <source>{duration} over</source>
        <translation>{duration} zu viel</translation>
    </message>
    <message>
        <source>exactly the cap</source>
        <translation>genau das Zeitlimit</translation>
    </message>
    <message>
        <source>{duration} to spare</source>
        <translation>{duration} Reserve</translation>
    </message>
    <message>
        <source>{total} of {cap} — {verdict}</source>
        <translation>{total} von {cap} — {verdict}</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>New item</source>
        <translation>Neuer Punkt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Presenter team</source>
        <translation>Team der Vortragenden</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Vortragende</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Person #{number}</source>
        <translation>Person Nr. {number}</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(nicht gewählt)</translation>
    </message>
    <message>
        <source>Minutes, or minutes:seconds (12, 12:30, 0:45)</source>
        <translation>Minuten oder Minuten:Sekunden (12, 12:30, 0:45)</translation>
    </message>
    <message>
        <source>The moderator leads this item; choose a team to name a presenter.</source>
        <translation>Die Moderation leitet diesen Punkt; wählen Sie ein Team, um eine vortragende Person zu nennen.</translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Vortragende</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>{duration} so far</source>
        <translation>bisher {duration}</translation>
    </message>
    <message>
        <source>{duration} (+{over})</source>
        <translation>{duration} (+{over})</translation>
    </message>
</context>
<context>
    <name>AsRunView</name>
    <message>
        <source>Agenda as planned and as run</source>
        <translation>Tagesordnung wie geplant und wie gelaufen</translation>
    </message>
    <message>
        <source>Each item&apos;s planned and actual time; an overrun adds how much it ran long</source>
        <translation>Geplante und tatsächliche Zeit jedes Punkts; bei Überziehung steht dabei, um wie viel</translation>
    </message>
    <message>
        <source>Planned {planned} of {cap}</source>
        <translation>Geplant {planned} von {cap}</translation>
    </message>
    <message>
        <source>{planned} — not run yet</source>
        <translation>{planned} — noch nicht gelaufen</translation>
    </message>
    <message>
        <source>over the cap by {duration}</source>
        <translation>{duration} über dem Zeitlimit</translation>
    </message>
    <message>
        <source>within the cap</source>
        <translation>innerhalb des Zeitlimits</translation>
    </message>
    <message>
        <source>{planned} — ran {duration} so far, {verdict}</source>
        <translation>{planned} — bisher {duration} gelaufen, {verdict}</translation>
    </message>
    <message>
        <source>{planned} — ran {duration}, {verdict}</source>
        <translation>{planned} — {duration} gelaufen, {verdict}</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Alt+P present · Alt+L late · Alt+A absent: each mark moves on to the next person.</source>
        <translation>Alt+P anwesend · Alt+L verspätet · Alt+A abwesend: Jede Markierung springt zur nächsten Person.</translation>
    </message>
    <message>
        <source>No one invited yet.</source>
        <translation>Noch niemand eingeladen.</translation>
    </message>
    <message>
        <source>{count} invited</source>
        <translation>{count} eingeladen</translation>
    </message>
    <message>
        <source>{count} present</source>
        <translation>{count} anwesend</translation>
    </message>
    <message>
        <source>{count} late</source>
        <translation>{count} verspätet</translation>
    </message>
    <message>
        <source>{count} absent</source>
        <translation>{count} abwesend</translation>
    </message>
    <message>
        <source>{count} not marked yet</source>
        <translation>{count} noch nicht markiert</translation>
    </message>
    <message>
        <source>Mark present</source>
        <translation>Als anwesend markieren</translation>
    </message>
    <message>
        <source>mark present</source>
        <translation>Markierung „anwesend“</translation>
    </message>
    <message>
        <source>Mark late</source>
        <translation>Als verspätet markieren</translation>
    </message>
    <message>
        <source>mark late</source>
        <translation>Markierung „verspätet“</translation>
    </message>
    <message>
        <source>Mark absent</source>
        <translation>Als abwesend markieren</translation>
    </message>
    <message>
        <source>mark absent</source>
        <translation>Markierung „abwesend“</translation>
    </message>
    <message>
        <source>No meeting chosen.</source>
        <translation>Keine Besprechung gewählt.</translation>
    </message>
    <message>
        <source>Uninvite</source>
        <translation>Ausladen</translation>
    </message>
    <message>
        <source>uninvite</source>
        <translation>Ausladen</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Einladen</translation>
    </message>
    <message>
        <source>invite</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <source>Mark present ({key})</source>
        <translation>Als anwesend markieren ({key})</translation>
    </message>
    <message>
        <source>Mark late ({key})</source>
        <translation>Als verspätet markieren ({key})</translation>
    </message>
    <message>
        <source>Mark absent ({key})</source>
        <translation>Als abwesend markieren ({key})</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>Einladen…</translation>
    </message>
    <message>
        <source>Invite people from the roster ({key})</source>
        <translation>Personen aus der Personenliste einladen ({key})</translation>
    </message>
    <message>
        <source>Take the selected people off the list (only while not marked) ({key})</source>
        <translation>Die ausgewählten Personen von der Liste nehmen (nur solange nicht markiert) ({key})</translation>
    </message>
    <message>
        <source>Add guest…</source>
        <translation>Gast hinzufügen…</translation>
    </message>
    <message>
        <source>Add someone who came unannounced, marked present ({key})</source>
        <translation>Jemanden hinzufügen, der unangemeldet kam, als anwesend markiert ({key})</translation>
    </message>
    <message>
        <source>Attendance summary</source>
        <translation>Anwesenheit in Zahlen</translation>
    </message>
    <message>
        <source>Mark:</source>
        <translation>Markieren:</translation>
    </message>
</context>
<context>
    <name>AttendanceTable</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <source>{name} (guest)</source>
        <translation>{name} (Gast)</translation>
    </message>
    <message>
        <source>Invited, not marked</source>
        <translation>Eingeladen, nicht markiert</translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <source>Carried over from the last meeting</source>
        <translation>Aus der letzten Besprechung übernommen</translation>
    </message>
    <message>
        <source>Not reached or parked last time, or decisions due for review — tick the ones to put on this agenda (Space):</source>
        <translation>Beim letzten Mal nicht erreicht oder zurückgestellt, oder Entscheidungen, die zur Überprüfung anstehen — haken Sie an, was auf diese Tagesordnung soll (Leertaste):</translation>
    </message>
    <message>
        <source>Items to carry over</source>
        <translation>Zu übernehmende Punkte</translation>
    </message>
    <message>
        <source>Tick what the new meeting takes over from the last one</source>
        <translation>Haken Sie an, was die neue Besprechung aus der letzten übernimmt</translation>
    </message>
    <message>
        <source>Add ticked to agenda</source>
        <translation>Angehakte hinzufügen</translation>
    </message>
    <message>
        <source>Add the ticked items to the new meeting&apos;s agenda</source>
        <translation>Die angehakten Punkte zur Tagesordnung der neuen Besprechung hinzufügen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Close without adding anything; the agenda stays as it is</source>
        <translation>Schließen, ohne etwas hinzuzufügen; die Tagesordnung bleibt, wie sie ist</translation>
    </message>
</context>
<context>
    <name>DurationDelegate</name>
    <message>
        <source>Minutes, or minutes:seconds</source>
        <translation>Minuten oder Minuten:Sekunden</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <source>Add a guest</source>
        <translation>Gast hinzufügen</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <source>The team the guest works in</source>
        <translation>Das Team, in dem der Gast arbeitet</translation>
    </message>
    <message>
        <source>optional, for the minutes</source>
        <translation>optional, für das Protokoll</translation>
    </message>
    <message>
        <source>Add as present</source>
        <translation>Als anwesend hinzufügen</translation>
    </message>
    <message>
        <source>Put the guest on the list, marked present</source>
        <translation>Den Gast auf die Liste setzen, als anwesend markiert</translation>
    </message>
    <message>
        <source>Close without adding a guest</source>
        <translation>Schließen, ohne einen Gast hinzuzufügen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
</context>
<context>
    <name>InvitePicker</name>
    <message>
        <source>Invite people</source>
        <translation>Personen einladen</translation>
    </message>
    <message>
        <source>Search name or email</source>
        <translation>Name oder E-Mail suchen</translation>
    </message>
    <message>
        <source>Search people to invite</source>
        <translation>Einzuladende Personen suchen</translation>
    </message>
    <message>
        <source>People not yet invited; Space ticks one</source>
        <translation>Noch nicht eingeladene Personen; die Leertaste hakt eine an</translation>
    </message>
    <message>
        <source>{name} (guest) — {team}</source>
        <translation>{name} (Gast) — {team}</translation>
    </message>
    <message>
        <source>{name} — {team}</source>
        <translation>{name} — {team}</translation>
    </message>
    <message>
        <source>Whole {team} team</source>
        <translation>Ganzes Team {team}</translation>
    </message>
    <message>
        <source>Tick everyone in {team} (click again to untick them)</source>
        <translation>Alle aus {team} anhaken (erneut klicken entfernt die Haken)</translation>
    </message>
    <message>
        <source>Everyone active on the roster is invited already.</source>
        <translation>Alle aktiven Personen der Personenliste sind schon eingeladen.</translation>
    </message>
    <message>
        <source>Invite the ticked people to the meeting</source>
        <translation>Die angehakten Personen zur Besprechung einladen</translation>
    </message>
    <message>
        <source>Close without inviting anyone</source>
        <translation>Schließen, ohne jemanden einzuladen</translation>
    </message>
    <message>
        <source>Lists only people whose name or email holds this</source>
        <translation>Zeigt nur Personen, deren Name oder E-Mail dies enthält</translation>
    </message>
    <message>
        <source>Ticked people are invited when you press the Invite button</source>
        <translation>Angehakte Personen werden eingeladen, wenn Sie auf „Einladen“ klicken</translation>
    </message>
    <message numerus="yes">
        <source>Invite %n</source>
        <translation>
            <numerusform>%n einladen</numerusform>
            <numerusform>%n einladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Einladen</translation>
    </message>
</context>
<context>
    <name>MeetingCountLabel</name>
    <message>
        <source>{shown} of {total} meeting</source>
        <translation>{shown} von {total} Besprechung</translation>
    </message>
    <message>
        <source>{shown} of {total} meetings</source>
        <translation>{shown} von {total} Besprechungen</translation>
    </message>
    <message>
        <source>{total} meeting</source>
        <translation>{total} Besprechung</translation>
    </message>
    <message>
        <source>{total} meetings</source>
        <translation>{total} Besprechungen</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Not saved: see the agenda&apos;s problems.</source>
        <translation>Nicht gespeichert: siehe die Probleme der Tagesordnung.</translation>
    </message>
    <message>
        <source>{name} stays the moderator; nothing saved.</source>
        <translation>{name} bleibt Moderation; nichts gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Saved the agenda as the template “{name}”.</source>
        <translation>Tagesordnung als Vorlage „{name}“ gespeichert.</translation>
    </message>
    <message>
        <source>Wrote {file}: open it to add the meeting to a calendar.</source>
        <translation>{file} geschrieben: Öffnen Sie die Datei, um die Besprechung in einen Kalender zu übernehmen.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the meeting&apos;s details and agenda (Ctrl+S)</source>
        <translation>Angaben und Tagesordnung der Besprechung speichern (Ctrl+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Drop every change since the last save</source>
        <translation>Alle Änderungen seit dem letzten Speichern verwerfen</translation>
    </message>
    <message>
        <source>Save agenda as &amp;template…</source>
        <translation>Als Vorlage spei&amp;chern…</translation>
    </message>
    <message>
        <source>Keep this agenda as a template for later meetings (Ctrl+Shift+S)</source>
        <translation>Diese Tagesordnung als Vorlage für spätere Besprechungen behalten (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Add to &amp;calendar…</source>
        <translation>Zum &amp;Kalender hinzufügen…</translation>
    </message>
    <message>
        <source>Write the next meeting as an .ics file for a calendar</source>
        <translation>Die nächste Besprechung als .ics-Datei für einen Kalender schreiben</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Unsaved changes: fix what is shown to save them</source>
        <translation>Ungespeicherte Änderungen: Beheben Sie das Angezeigte, um sie zu speichern</translation>
    </message>
    <message>
        <source>Save agenda as template</source>
        <translation>Tagesordnung als Vorlage speichern</translation>
    </message>
    <message>
        <source>Name of the new template (presenters&apos; names are left out, their teams kept):</source>
        <translation>Name der neuen Vorlage (die Namen der Vortragenden entfallen, ihre Teams bleiben):</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Vorlage nicht gespeichert</translation>
    </message>
    <message>
        <source>Save the changes first?</source>
        <translation>Änderungen zuerst speichern?</translation>
    </message>
    <message>
        <source>The calendar file is made from the saved meeting. Save your changes first?</source>
        <translation>Die Kalenderdatei wird aus der gespeicherten Besprechung erstellt. Ihre Änderungen zuerst speichern?</translation>
    </message>
    <message>
        <source>No next meeting</source>
        <translation>Keine nächste Besprechung</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>Zum Kalender hinzufügen</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>Calendar file not written</source>
        <translation>Kalenderdatei nicht geschrieben</translation>
    </message>
    <message>
        <source>The calendar file could not be written, so nothing was saved.

{error}</source>
        <translation>Die Kalenderdatei konnte nicht geschrieben werden, daher wurde nichts gespeichert.

{error}</translation>
    </message>
</context>
<context>
    <name>MeetingFilterBar</name>
    <message>
        <source>Any date</source>
        <translation>Beliebiges Datum</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Anstehend</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>From… to…</source>
        <translation>Von… bis…</translation>
    </message>
    <message>
        <source>Meeting kind</source>
        <translation>Art der Besprechung</translation>
    </message>
    <message>
        <source>Show only meetings of this kind</source>
        <translation>Nur Besprechungen dieser Art zeigen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Meeting status</source>
        <translation>Status der Besprechung</translation>
    </message>
    <message>
        <source>Show only planned, running or ended meetings</source>
        <translation>Nur geplante, laufende oder beendete Besprechungen zeigen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Datum der Besprechung</translation>
    </message>
    <message>
        <source>Show only meetings in this span of dates</source>
        <translation>Nur Besprechungen in diesem Zeitraum zeigen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show every meeting again</source>
        <translation>Wieder alle Besprechungen zeigen</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>The earliest day of the meetings shown</source>
        <translation>Der früheste Tag der gezeigten Besprechungen</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>The latest day of the meetings shown</source>
        <translation>Der späteste Tag der gezeigten Besprechungen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>The first day is after the last day; the dates are left out until they are in order.</source>
        <translation>Der erste Tag liegt nach dem letzten; die Daten bleiben unberücksichtigt, bis sie in der richtigen Reihenfolge sind.</translation>
    </message>
</context>
<context>
    <name>MeetingHeader</name>
    <message>
        <source>This meeting has ended: its plan is history and can&apos;t be changed.</source>
        <translation>Diese Besprechung ist beendet: Ihr Plan ist Geschichte und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>This meeting was cancelled: its plan stays as it was.</source>
        <translation>Diese Besprechung wurde abgesagt: Ihr Plan bleibt, wie er war.</translation>
    </message>
    <message>
        <source>This meeting is running: its plan is no longer edited here.</source>
        <translation>Diese Besprechung läuft: Ihr Plan wird hier nicht mehr bearbeitet.</translation>
    </message>
    <message>
        <source>A meeting needs a title.</source>
        <translation>Eine Besprechung braucht einen Titel.</translation>
    </message>
    <message>
        <source>The title is {length} characters long; keep it to {limit} or fewer.</source>
        <translation>Der Titel ist {length} Zeichen lang; höchstens {limit} sind erlaubt.</translation>
    </message>
    <message>
        <source>A moderator with a stake</source>
        <translation>Moderation mit eigenem Interesse</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>Not part of a series</source>
        <translation>Gehört zu keiner Serie</translation>
    </message>
    <message>
        <source>{name} ({frequency}, {count} meeting)</source>
        <translation>{name} ({frequency}, {count} Besprechung)</translation>
    </message>
    <message>
        <source>{name} ({frequency}, {count} meetings)</source>
        <translation>{name} ({frequency}, {count} Besprechungen)</translation>
    </message>
    <message>
        <source> · next date to plan: {date}</source>
        <translation> · nächster zu planender Termin: {date}</translation>
    </message>
    <message>
        <source>Meeting title</source>
        <translation>Titel der Besprechung</translation>
    </message>
    <message>
        <source>The meeting&apos;s name, as lists and minutes show it</source>
        <translation>Der Name der Besprechung, wie Listen und Protokoll ihn zeigen</translation>
    </message>
    <message>
        <source>When the meeting starts</source>
        <translation>Wann die Besprechung beginnt</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Who leads the meeting; best someone of neither Sales nor Marketing</source>
        <translation>Wer die Besprechung leitet; am besten jemand, der weder zu Vertrieb noch zu Marketing gehört</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>Mode&amp;rator</source>
        <translation>Mode&amp;ration</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>(no moderator yet)</source>
        <translation>(noch keine Moderation)</translation>
    </message>
    <message>
        <source>{name} ({team})</source>
        <translation>{name} ({team})</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>MeetingTabs</name>
    <message>
        <source>Agen&amp;da</source>
        <translation>Tagesor&amp;dnung</translation>
    </message>
    <message>
        <source>Atte&amp;ndance</source>
        <translation>A&amp;nwesenheit</translation>
    </message>
    <message>
        <source>A&amp;s run</source>
        <translation>Ablau&amp;f</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>{name} ({frequency}, {count} meeting)</source>
        <translation>{name} ({frequency}, {count} Besprechung)</translation>
    </message>
    <message>
        <source>{name} ({frequency}, {count} meetings)</source>
        <translation>{name} ({frequency}, {count} Besprechungen)</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Neue Besprechung</translation>
    </message>
    <message>
        <source>Not created yet: the moderator is back to {name}.</source>
        <translation>Noch nicht angelegt: Die Moderation ist wieder {name}.</translation>
    </message>
    <message>
        <source>The agenda and cap the new meeting starts from</source>
        <translation>Tagesordnung und Zeitlimit, mit denen die neue Besprechung beginnt</translation>
    </message>
    <message>
        <source>The meeting&apos;s name; it follows the template and date until you type one</source>
        <translation>Der Name der Besprechung; er folgt Vorlage und Datum, bis Sie einen eigenen eingeben</translation>
    </message>
    <message>
        <source>A series carries unfinished items over and knows the next date</source>
        <translation>Eine Serie übernimmt Unerledigtes und kennt den nächsten Termin</translation>
    </message>
    <message>
        <source>When the meeting starts</source>
        <translation>Wann die Besprechung beginnt</translation>
    </message>
    <message>
        <source>Who leads the meeting; best someone of neither Sales nor Marketing</source>
        <translation>Wer die Besprechung leitet; am besten jemand, der weder zu Vertrieb noch zu Marketing gehört</translation>
    </message>
    <message>
        <source>Agenda preview</source>
        <translation>Vorschau der Tagesordnung</translation>
    </message>
    <message>
        <source>The items the chosen template gives the new meeting</source>
        <translation>Die Punkte, die die gewählte Vorlage der neuen Besprechung gibt</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Vortragende</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Vorlage</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>T&amp;itel</translation>
    </message>
    <message>
        <source>&amp;Series</source>
        <translation>&amp;Serie</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>&amp;Moderator</source>
        <translation>&amp;Moderation</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <source>Create meeting</source>
        <translation>Besprechung anlegen</translation>
    </message>
    <message>
        <source>Create the meeting and open it</source>
        <translation>Die Besprechung anlegen und öffnen</translation>
    </message>
    <message>
        <source>Close without creating a meeting</source>
        <translation>Schließen, ohne eine Besprechung anzulegen</translation>
    </message>
    <message>
        <source>(no moderator yet)</source>
        <translation>(noch keine Moderation)</translation>
    </message>
    <message>
        <source>{name} ({team})</source>
        <translation>{name} ({team})</translation>
    </message>
    <message>
        <source>New {frequency} series</source>
        <translation>Neue Serie ({frequency})</translation>
    </message>
    <message>
        <source>No series</source>
        <translation>Keine Serie</translation>
    </message>
    <message>
        <source>{minutes} minutes (agenda {agenda})</source>
        <translation>{minutes} Minuten (Tagesordnung {agenda})</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderation</translation>
    </message>
</context>
<context>
    <name>PacingView</name>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Over / under</source>
        <translation>Über / unter</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Gekürzt</translation>
    </message>
    <message>
        <source>{duration} late</source>
        <translation>{duration} zu spät</translation>
    </message>
    <message>
        <source>{duration} early</source>
        <translation>{duration} zu früh</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>pünktlich</translation>
    </message>
    <message>
        <source>{duration} so far</source>
        <translation>bisher {duration}</translation>
    </message>
    <message>
        <source>cut by {duration}</source>
        <translation>um {duration} gekürzt</translation>
    </message>
    <message>
        <source>Pacing: planned against actual and lateness per item</source>
        <translation>Zeitverlauf: geplant gegen tatsächlich und Verspätung je Punkt</translation>
    </message>
    <message>
        <source>Per item: how long it ran against its plan, how late it started, what was cut</source>
        <translation>Je Punkt: Dauer im Vergleich zum Plan, wie spät er begann, was gekürzt wurde</translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation>Zeitverlauf</translation>
    </message>
</context>
<context>
    <name>PeopleCommands</name>
    <message>
        <source>Add {name}</source>
        <translation>{name} hinzufügen</translation>
    </message>
    <message>
        <source>add person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Added {name} to the roster.</source>
        <translation>{name} zur Personenliste hinzugefügt.</translation>
    </message>
    <message>
        <source>Took {name} off the roster again.</source>
        <translation>{name} wieder von der Personenliste genommen.</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <source>edit person</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} gespeichert.</translation>
    </message>
    <message>
        <source>{name} is as before.</source>
        <translation>{name} ist wie vorher.</translation>
    </message>
    <message>
        <source>Deactivate {name}</source>
        <translation>{name} deaktivieren</translation>
    </message>
    <message>
        <source>deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Reactivate {name}</source>
        <translation>{name} reaktivieren</translation>
    </message>
    <message>
        <source>reactivate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <source>Reactivated {name}.</source>
        <translation>{name} reaktiviert.</translation>
    </message>
    <message>
        <source>Deactivated {name}: not offered for new meetings.</source>
        <translation>{name} deaktiviert: wird für neue Besprechungen nicht mehr angeboten.</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>{name} löschen</translation>
    </message>
    <message>
        <source>delete person</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <source>Deleted {name}.</source>
        <translation>{name} gelöscht.</translation>
    </message>
    <message>
        <source>{name} is back on the roster.</source>
        <translation>{name} ist wieder auf der Personenliste.</translation>
    </message>
    <message>
        <source>Add guest {name}</source>
        <translation>Gast {name} hinzufügen</translation>
    </message>
    <message>
        <source>add guest</source>
        <translation>Gast hinzufügen</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source> Tick “Show inactive” to see them.</source>
        <translation> Haken Sie „Inaktive anzeigen“ an, um sie zu sehen.</translation>
    </message>
    <message>
        <source>The form has unsaved changes. Save them (Ctrl+S), or close again to throw them away.</source>
        <translation>Das Formular enthält ungespeicherte Änderungen. Speichern Sie sie (Ctrl+S) oder schließen Sie erneut, um sie zu verwerfen.</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Save (Ctrl+S) or revert the new person first.</source>
        <translation>Speichern (Ctrl+S) oder verwerfen Sie zuerst die neue Person.</translation>
    </message>
    <message>
        <source>Save (Ctrl+S) or revert your changes to {name} first.</source>
        <translation>Speichern (Ctrl+S) oder verwerfen Sie zuerst Ihre Änderungen an {name}.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>First and last name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <source>The name minutes and lists show</source>
        <translation>Der Name, den Protokoll und Listen zeigen</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>name@firma.de</translation>
    </message>
    <message>
        <source>Where the minutes are sent; may stay empty</source>
        <translation>Wohin das Protokoll geschickt wird; darf leer bleiben</translation>
    </message>
    <message>
        <source>The team the person works in</source>
        <translation>Das Team, in dem die Person arbeitet</translation>
    </message>
    <message>
        <source>e.g. Account executive (optional)</source>
        <translation>z. B. Key-Account-Manager (optional)</translation>
    </message>
    <message>
        <source>The person&apos;s job, shown beside the name</source>
        <translation>Die Funktion der Person, neben dem Namen gezeigt</translation>
    </message>
    <message>
        <source>Why the entry was not saved</source>
        <translation>Warum der Eintrag nicht gespeichert wurde</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>Empty the form for someone new (Ctrl+N)</source>
        <translation>Das Formular für eine neue Person leeren (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the form (Ctrl+S or Enter)</source>
        <translation>Das Formular speichern (Ctrl+S oder Eingabe)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Throw away the changes in the form</source>
        <translation>Die Änderungen im Formular verwerfen</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Only for an entry made by mistake (Delete): anyone a meeting&apos;s record names can only be deactivated</source>
        <translation>Nur für einen versehentlichen Eintrag (Entf): Wer in den Unterlagen einer Besprechung steht, kann nur deaktiviert werden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the People window (Esc)</source>
        <translation>Das Fenster Personen schließen (Esc)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Funktion</translation>
    </message>
    <message>
        <source>&amp;Add to roster</source>
        <translation>Zur Personenliste &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Re&amp;aktivieren</translation>
    </message>
    <message>
        <source>Bring them back to the lists for new meetings</source>
        <translation>Die Person wieder in die Listen für neue Besprechungen aufnehmen</translation>
    </message>
    <message>
        <source>Take them off the lists for new meetings; past minutes keep their name</source>
        <translation>Die Person aus den Listen für neue Besprechungen nehmen; frühere Protokolle behalten ihren Namen</translation>
    </message>
    <message>
        <source>Edit guest: {name}</source>
        <translation>Gast bearbeiten: {name}</translation>
    </message>
    <message>
        <source>Edit guest: {name} (inactive)</source>
        <translation>Gast bearbeiten: {name} (inaktiv)</translation>
    </message>
    <message>
        <source>Edit person: {name}</source>
        <translation>Person bearbeiten: {name}</translation>
    </message>
    <message>
        <source>Edit person: {name} (inactive)</source>
        <translation>Person bearbeiten: {name} (inaktiv)</translation>
    </message>
</context>
<context>
    <name>PresenterDelegate</name>
    <message>
        <source>(not chosen)</source>
        <translation>(nicht gewählt)</translation>
    </message>
</context>
<context>
    <name>RosterTable</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Guest, inactive</source>
        <translation>Gast, inaktiv</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Search name or email (Ctrl+F)</source>
        <translation>Name oder E-Mail suchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the roster by name or email</source>
        <translation>Personenliste nach Name oder E-Mail durchsuchen</translation>
    </message>
    <message>
        <source>Lists only people whose name or email holds this</source>
        <translation>Zeigt nur Personen, deren Name oder E-Mail dies enthält</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>Show one team</source>
        <translation>Ein Team zeigen</translation>
    </message>
    <message>
        <source>Lists only the people of this team</source>
        <translation>Zeigt nur die Personen dieses Teams</translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation>&amp;Inaktive anzeigen</translation>
    </message>
    <message>
        <source>Also list people who were deactivated</source>
        <translation>Auch deaktivierte Personen zeigen</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Personenliste</translation>
    </message>
    <message>
        <source>Choosing a person shows them in the form to edit; Delete deletes them</source>
        <translation>Eine gewählte Person erscheint zum Bearbeiten im Formular; Entf löscht sie</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>{shown} von {total} angezeigt</translation>
    </message>
    <message>
        <source>{total} person, {inactive} inactive</source>
        <translation>{total} Person, davon {inactive} inaktiv</translation>
    </message>
    <message>
        <source>{total} people, {inactive} inactive</source>
        <translation>{total} Personen, davon {inactive} inaktiv</translation>
    </message>
    <message>
        <source>{total} person</source>
        <translation>{total} Person</translation>
    </message>
    <message>
        <source>{total} people</source>
        <translation>{total} Personen</translation>
    </message>
</context>
<context>
    <name>TeamDelegate</name>
    <message>
        <source>Moderator</source>
        <translation>Moderation</translation>
    </message>
</context>
<context>
    <name>TemplateForm</name>
    <message>
        <source>Template name</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <source>The name the New meeting dialog offers it under</source>
        <translation>Der Name, unter dem der Dialog „Neue Besprechung“ sie anbietet</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Built-in templates can&apos;t be changed; duplicate one to make your own.</source>
        <translation>Standardvorlagen können nicht geändert werden; duplizieren Sie eine, um eine eigene zu erstellen.</translation>
    </message>
    <message>
        <source>{name} (built-in)</source>
        <translation>{name} (Standard)</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (Kopie)</translation>
    </message>
    <message>
        <source>{name} (copy {number})</source>
        <translation>{name} (Kopie {number})</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>„{name}“ gespeichert.</translation>
    </message>
    <message>
        <source>Duplicate template</source>
        <translation>Vorlage duplizieren</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Name der Kopie:</translation>
    </message>
    <message>
        <source>Template not copied</source>
        <translation>Vorlage nicht kopiert</translation>
    </message>
    <message>
        <source>Copied to “{name}”: change it and save.</source>
        <translation>Nach „{name}“ kopiert: ändern Sie sie und speichern Sie.</translation>
    </message>
    <message>
        <source>Delete template?</source>
        <translation>Vorlage löschen?</translation>
    </message>
    <message>
        <source>Delete the template “{name}”? Meetings made from it keep their agenda.</source>
        <translation>Die Vorlage „{name}“ löschen? Besprechungen, die daraus entstanden sind, behalten ihre Tagesordnung.</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>„{name}“ gelöscht.</translation>
    </message>
    <message>
        <source>Choosing a template shows its name and agenda beside the list</source>
        <translation>Eine gewählte Vorlage zeigt Name und Tagesordnung neben der Liste</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Duplizieren…</translation>
    </message>
    <message>
        <source>Copy this template, agenda as shown, under a new name</source>
        <translation>Diese Vorlage mit der gezeigten Tagesordnung unter neuem Namen kopieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete this template of your own; meetings made from it keep their agenda</source>
        <translation>Diese eigene Vorlage löschen; Besprechungen, die daraus entstanden sind, behalten ihre Tagesordnung</translation>
    </message>
    <message>
        <source>Save the template (Ctrl+S)</source>
        <translation>Die Vorlage speichern (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close the Templates window; unsaved changes are asked about</source>
        <translation>Das Fenster Vorlagen schließen; bei ungespeicherten Änderungen wird nachgefragt</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Save your changes to the template “{name}”?</source>
        <translation>Ihre Änderungen an der Vorlage „{name}“ speichern?</translation>
    </message>
    <message>
        <source>Save your changes to this template?</source>
        <translation>Ihre Änderungen an dieser Vorlage speichern?</translation>
    </message>
</context>
</TS>
