<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>ActionItemDialog</name>
        <message>
            <source>Edit action item</source>
            <translation>Aufgabe bearbeiten</translation>
        </message>
        <message>
            <source>New action item</source>
            <translation>Neue Aufgabe</translation>
        </message>
        <message>
            <source>What is to be done</source>
            <translation>Was zu tun ist</translation>
        </message>
        <message>
            <source>Who will do it: the meeting's attendees first, then everyone else</source>
            <translation>Wer sie übernimmt: zuerst die Teilnehmenden der Besprechung, dann alle anderen</translation>
        </message>
        <message>
            <source>The day it is due; the calendar opens from the arrow</source>
            <translation>Der Fälligkeitstag; der Kalender öffnet sich über den Pfeil</translation>
        </message>
        <message>
            <source>&amp;What</source>
            <translation>&amp;Was</translation>
        </message>
        <message>
            <source>&amp;Owner</source>
            <translation>&amp;Verantwortlich</translation>
        </message>
        <message>
            <source>&amp;Due</source>
            <translation>&amp;Fällig</translation>
        </message>
        <message>
            <source>Save action item</source>
            <translation>Aufgabe speichern</translation>
        </message>
        <message>
            <source>(no owner)</source>
            <translation>(niemand verantwortlich)</translation>
        </message>
        <message>
            <source>{name} ({team}, inactive)</source>
            <translation>{name} ({team}, inaktiv)</translation>
        </message>
        <message>
            <source>action item edit</source>
            <translation>Aufgabenänderung</translation>
        </message>
    </context>
    <context>
        <name>AgendaList</name>
        <message>
            <source>Agenda</source>
            <translation>Tagesordnung</translation>
        </message>
        <message>
            <source>The meeting's items; the running one is marked</source>
            <translation>Die Punkte der Besprechung; der laufende ist markiert</translation>
        </message>
        <message>
            <source>▶ NOW</source>
            <translation>▶ JETZT</translation>
        </message>
    </context>
    <context>
        <name>ClockView</name>
        <message>
            <source>No presenter</source>
            <translation>nicht festgelegt</translation>
        </message>
        <message>
            <source>ENDED</source>
            <translation>BEENDET</translation>
        </message>
        <message>
            <source>NOT STARTED</source>
            <translation>NICHT GESTARTET</translation>
        </message>
        <message>
            <source>PAUSED {time}</source>
            <translation>PAUSIERT {time}</translation>
        </message>
        <message>
            <source>ON TIME</source>
            <translation>IM PLAN</translation>
        </message>
        <message>
            <source>1 minute left</source>
            <translation>Noch 1 Minute</translation>
        </message>
        <message>
            <source>{time} left</source>
            <translation>Noch {time}</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit um</translation>
        </message>
        <message>
            <source>Over</source>
            <translation>Überzogen</translation>
        </message>
        <message>
            <source>Presenter: {name}</source>
            <translation>Präsentation: {name}</translation>
        </message>
        <message>
            <source>{percent} % of the item</source>
            <translation>{percent} % des Punkts</translation>
        </message>
        <message>
            <source>Next: nothing — this is the last item</source>
            <translation>Als Nächstes: nichts — dies ist der letzte Punkt</translation>
        </message>
        <message>
            <source>Next: {title} — {presenter} ({planned})</source>
            <translation>Als Nächstes: {title} — {presenter} ({planned})</translation>
        </message>
        <message>
            <source>Meeting {elapsed} of {cap} — {left} left</source>
            <translation>Besprechung {elapsed} von {cap} — noch {left}</translation>
        </message>
        <message>
            <source>Projected end {projected} against a cap of {cap}: {over} over</source>
            <translation>Voraussichtliches Ende {projected} bei höchstens {cap}: {over} zu lang</translation>
        </message>
        <message>
            <source>Projected end {projected} within the cap of {cap}</source>
            <translation>Voraussichtliches Ende {projected}, innerhalb der Obergrenze von {cap}</translation>
        </message>
        <message>
            <source>Starts in {time}</source>
            <translation>Beginnt in {time}</translation>
        </message>
        <message>
            <source>Scheduled {at} — {ago}. Press Ctrl+Space to start.</source>
            <translation>Geplant {at} — {ago}. Mit Ctrl+Space starten.</translation>
        </message>
    </context>
    <context>
        <name>ConsoleShortcuts</name>
        <message>
            <source>Ctrl+Space start / pause / resume  ·  Alt+→ / Page Down next  ·  Alt+← / Page Up previous  ·  Ctrl+G go to item  ·  Ctrl+Shift+S correct start  ·  Ctrl+= +1 min  ·  Ctrl+E end  ·  Ctrl+R roll call (Alt+P / Alt+L / Alt+A mark)  ·  Ctrl+D dispute  ·  Ctrl+T action item  ·  Ctrl+Shift+T / Ctrl+Shift+D action item / dispute from the note  ·  Ctrl+Shift+O decision's owner, goal, review date  ·  Ctrl+M metrics  ·  Ctrl+W close  ·  This meeting list: Enter edits  ·  Notes list: F2 edit, Del delete, Ctrl+P park  ·  Review lists: Ctrl+Enter ticks / resolves  ·  Ctrl+Z / Ctrl+Shift+Z undo / redo the last note or review change  ·  Typing in a list goes to the note field</source>
            <translation>Ctrl+Space Start / Pause / Weiter  ·  Alt+→ / Page Down nächster Punkt  ·  Alt+← / Page Up voriger Punkt  ·  Ctrl+G zu Punkt springen  ·  Ctrl+Shift+S Beginn korrigieren  ·  Ctrl+= +1 Min.  ·  Ctrl+E beenden  ·  Ctrl+R Anwesenheit (Alt+P / Alt+L / Alt+A markieren)  ·  Ctrl+D Streitpunkt  ·  Ctrl+T Aufgabe  ·  Ctrl+Shift+T / Ctrl+Shift+D Aufgabe / Streitpunkt aus der Notiz  ·  Ctrl+Shift+O Verantwortung, Ziel, Prüftermin der Entscheidung  ·  Ctrl+M Kennzahlen  ·  Ctrl+W schließen  ·  Liste „Diese Besprechung“: Enter bearbeitet  ·  Notizliste: F2 bearbeiten, Del löschen, Ctrl+P zurückstellen  ·  Rückblicklisten: Ctrl+Enter hakt ab / legt bei  ·  Ctrl+Z / Ctrl+Shift+Z letzte Notiz- oder Rückblickänderung rückgängig / wiederholen  ·  Tippen in einer Liste geht ins Notizfeld</translation>
        </message>
        <message>
            <source>Start / pause / resume the clock</source>
            <translation>Uhr starten / anhalten / fortsetzen</translation>
        </message>
        <message>
            <source>Next item</source>
            <translation>Nächster Punkt</translation>
        </message>
        <message>
            <source>Previous item</source>
            <translation>Voriger Punkt</translation>
        </message>
        <message>
            <source>Go to item: type its number, Enter (or double-click it in the agenda)</source>
            <translation>Zu Punkt springen: Nummer eingeben, Enter (oder Doppelklick in der Tagesordnung)</translation>
        </message>
        <message>
            <source>Correct start time: when the meeting really started</source>
            <translation>Beginn korrigieren: wann die Besprechung wirklich begann</translation>
        </message>
        <message>
            <source>Extend the item by 1 min</source>
            <translation>Punkt um 1 Min. verlängern</translation>
        </message>
        <message>
            <source>End the meeting</source>
            <translation>Besprechung beenden</translation>
        </message>
        <message>
            <source>Roll call: type part of an invitee's name to find them</source>
            <translation>Anwesenheit: Teil eines Namens eingeben, um die eingeladene Person zu finden</translation>
        </message>
        <message>
            <source>Mark the invitee found present / late / absent (in the roll call; Ctrl+Z undoes)</source>
            <translation>Gefundene Person als anwesend / verspätet / abwesend markieren (in der Anwesenheit; Ctrl+Z macht rückgängig)</translation>
        </message>
        <message>
            <source>Next / previous item (presentation clicker)</source>
            <translation>Nächster / voriger Punkt (Präsentations-Presenter)</translation>
        </message>
        <message>
            <source>Close the console</source>
            <translation>Konsole schließen</translation>
        </message>
        <message>
            <source>Edit / delete the selected note (in the notes list)</source>
            <translation>Ausgewählte Notiz bearbeiten / löschen (in der Notizliste)</translation>
        </message>
        <message>
            <source>Park or unpark the selected note (in the notes list)</source>
            <translation>Ausgewählte Notiz zurückstellen oder wieder aufnehmen (in der Notizliste)</translation>
        </message>
        <message>
            <source>File the note being typed (in the note input)</source>
            <translation>Getippte Notiz ablegen (im Notizfeld)</translation>
        </message>
        <message>
            <source>Tick the selected carried action item done / resolve the selected dispute, or open it again (in the review lists; typing there goes to the note field)</source>
            <translation>Ausgewählte übernommene Aufgabe als erledigt abhaken / ausgewählten Streitpunkt beilegen, oder wieder öffnen (in den Rückblicklisten; Tippen dort geht ins Notizfeld)</translation>
        </message>
        <message>
            <source>Edit ▸ Undo / Redo the last note or review change (in a text field holding typing: that typing)</source>
            <translation>Bearbeiten ▸ Rückgängig / Wiederholen der letzten Notiz- oder Rückblickänderung (in einem Textfeld mit Eingabe: diese Eingabe)</translation>
        </message>
        <message>
            <source>New dispute raised in this meeting</source>
            <translation>Neuer Streitpunkt aus dieser Besprechung</translation>
        </message>
        <message>
            <source>New action item made in this meeting</source>
            <translation>Neue Aufgabe aus dieser Besprechung</translation>
        </message>
        <message>
            <source>Action item / dispute from the selected note, else the last one filed: its text prefilled, the note kept and linked</source>
            <translation>Aufgabe / Streitpunkt aus der ausgewählten Notiz, sonst aus der zuletzt abgelegten: Text vorausgefüllt, Notiz bleibt erhalten und wird verknüpft</translation>
        </message>
        <message>
            <source>Decision details: the owner, the goal that will show whether it worked and the review date of the selected decision note, else the last one filed</source>
            <translation>Details der Entscheidung: Verantwortung, das Ziel, an dem sich zeigt, ob sie gewirkt hat, und der Prüftermin der ausgewählten Entscheidungsnotiz, sonst der zuletzt abgelegten</translation>
        </message>
        <message>
            <source>Open the selected dispute or action item for editing (in the This meeting list; double-click does it too)</source>
            <translation>Ausgewählten Streitpunkt oder ausgewählte Aufgabe zum Bearbeiten öffnen (in der Liste „Diese Besprechung“; ein Doppelklick geht auch)</translation>
        </message>
        <message>
            <source>Metrics: enter this meeting's numbers against the goals</source>
            <translation>Kennzahlen: die Werte dieser Besprechung zu den Zielen eintragen</translation>
        </message>
    </context>
    <context>
        <name>ConsoleWindow</name>
        <message>
            <source>Note — ! decision, * highlight, ? question — Enter files it</source>
            <translation>Notiz — ! Entscheidung, * Highlight, ? Frage — Enter legt sie ab</translation>
        </message>
        <message>
            <source>A note under the current item, at the time into the meeting. Start it with ! for a decision, * for a highlight, ? for a question or # for a metric; Enter files it.</source>
            <translation>Eine Notiz zum aktuellen Punkt, mit der Zeit seit Beginn der Besprechung. Beginnen Sie mit ! für eine Entscheidung, * für ein Highlight, ? für eine Frage oder # für eine Kennzahl; Enter legt sie ab.</translation>
        </message>
        <message>
            <source>Warning at {time} or {percent} % left.</source>
            <translation>Warnung bei noch {time} oder {percent} % Restzeit.</translation>
        </message>
        <message>
            <source>Run — {title}</source>
            <translation>Ablauf — {title}</translation>
        </message>
        <message>
            <source>Minutes saved to {path}</source>
            <translation>Protokoll gespeichert unter {path}</translation>
        </message>
        <message>
            <source>Dispute logged.</source>
            <translation>Streitpunkt erfasst.</translation>
        </message>
        <message>
            <source>Dispute</source>
            <translation>Streitpunkt</translation>
        </message>
        <message>
            <source>Action item recorded.</source>
            <translation>Aufgabe erfasst.</translation>
        </message>
        <message>
            <source>Action item</source>
            <translation>Aufgabe</translation>
        </message>
        <message>
            <source>Close console</source>
            <translation>Konsole schließen</translation>
        </message>
        <message>
            <source>Warning thresholds…</source>
            <translation>Warnschwellen…</translation>
        </message>
        <message>
            <source>New &amp;dispute…</source>
            <translation>Neuer &amp;Streitpunkt…</translation>
        </message>
        <message>
            <source>New &amp;action item…</source>
            <translation>Neue &amp;Aufgabe…</translation>
        </message>
        <message>
            <source>&amp;Metrics…</source>
            <translation>&amp;Kennzahlen…</translation>
        </message>
        <message>
            <source>&amp;Run</source>
            <translation>&amp;Ablauf</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Capture</source>
            <translation>&amp;Erfassen</translation>
        </message>
        <message>
            <source>&amp;Presenter screen</source>
            <translation>&amp;Präsentationsbildschirm</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Tagesordnung</translation>
        </message>
        <message>
            <source>Review: carried over from earlier meetings</source>
            <translation>Rückblick: aus früheren Besprechungen übernommen</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
    </context>
    <context>
        <name>CorrectStartDialog</name>
        <message>
            <source>Correct start time</source>
            <translation>Beginn korrigieren</translation>
        </message>
        <message>
            <source>The wall-clock time the meeting really started</source>
            <translation>Die Uhrzeit, zu der die Besprechung wirklich begann</translation>
        </message>
        <message>
            <source>When did the meeting really start?</source>
            <translation>Wann hat die Besprechung wirklich begonnen?</translation>
        </message>
        <message>
            <source>Recorded start {recorded}. The start can be any time up to {latest}; the first item and the meeting's time count from it.</source>
            <translation>Erfasster Beginn {recorded}. Der Beginn kann jede Uhrzeit bis {latest} sein; der erste Punkt und die Zeit der Besprechung zählen ab dann.</translation>
        </message>
        <message>
            <source>Correct start</source>
            <translation>Beginn korrigieren</translation>
        </message>
        <message>
            <source>Count the meeting's time from the start given here</source>
            <translation>Die Zeit der Besprechung ab dem hier angegebenen Beginn zählen</translation>
        </message>
    </context>
    <context>
        <name>DisputeDialog</name>
        <message>
            <source>Edit dispute</source>
            <translation>Streitpunkt bearbeiten</translation>
        </message>
        <message>
            <source>New dispute</source>
            <translation>Neuer Streitpunkt</translation>
        </message>
        <message>
            <source>What Sales and Marketing disagree on</source>
            <translation>Worin Vertrieb und Marketing uneins sind</translation>
        </message>
        <message>
            <source>What kind of disagreement it is</source>
            <translation>Welche Art von Meinungsverschiedenheit es ist</translation>
        </message>
        <message>
            <source>The team that raised the dispute</source>
            <translation>Das Team, das den Streitpunkt eingebracht hat</translation>
        </message>
        <message>
            <source>Who raised it: the chosen team's people, those at this meeting first</source>
            <translation>Wer ihn eingebracht hat: die Personen des gewählten Teams, die Anwesenden zuerst</translation>
        </message>
        <message>
            <source>What Sales says</source>
            <translation>Was der Vertrieb sagt</translation>
        </message>
        <message>
            <source>Sales' side of the dispute, in its own words</source>
            <translation>Die Sicht des Vertriebs, in seinen eigenen Worten</translation>
        </message>
        <message>
            <source>What Marketing says</source>
            <translation>Was das Marketing sagt</translation>
        </message>
        <message>
            <source>Marketing's side of the dispute, in its own words</source>
            <translation>Die Sicht des Marketings, in seinen eigenen Worten</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Titel</translation>
        </message>
        <message>
            <source>&amp;Category</source>
            <translation>&amp;Kategorie</translation>
        </message>
        <message>
            <source>Raised by t&amp;eam</source>
            <translation>Eingebracht von T&amp;eam</translation>
        </message>
        <message>
            <source>Raised by &amp;person</source>
            <translation>Eingebracht von &amp;Person</translation>
        </message>
        <message>
            <source>&amp;Sales position</source>
            <translation>Position &amp;Vertrieb</translation>
        </message>
        <message>
            <source>&amp;Marketing position</source>
            <translation>Position &amp;Marketing</translation>
        </message>
        <message>
            <source>Save dispute</source>
            <translation>Streitpunkt speichern</translation>
        </message>
        <message>
            <source>(not named)</source>
            <translation>(nicht genannt)</translation>
        </message>
        <message>
            <source>Edit dispute “{title}”</source>
            <translation>Streitpunkt „{title}“ bearbeiten</translation>
        </message>
        <message>
            <source>dispute edit</source>
            <translation>Streitpunktänderung</translation>
        </message>
    </context>
    <context>
        <name>FindField</name>
        <message>
            <source>Type part of a name</source>
            <translation>Teil eines Namens eingeben</translation>
        </message>
        <message>
            <source>Find an invitee</source>
            <translation>Eingeladene Person suchen</translation>
        </message>
        <message>
            <source>Typing narrows the list to the matching names; Alt+P, Alt+L, Alt+A mark</source>
            <translation>Die Eingabe beschränkt die Liste auf passende Namen; Alt+P, Alt+L, Alt+A markieren</translation>
        </message>
    </context>
    <context>
        <name>GoToDialog</name>
        <message>
            <source>Go to item</source>
            <translation>Zu Punkt springen</translation>
        </message>
        <message>
            <source>Go to item (1–{count})</source>
            <translation>Zu Punkt springen (1–{count})</translation>
        </message>
        <message>
            <source>The item's number on the agenda; Enter goes there</source>
            <translation>Die Nummer des Punkts auf der Tagesordnung; Enter springt dorthin</translation>
        </message>
        <message>
            <source>Go</source>
            <translation>Springen</translation>
        </message>
        <message>
            <source>Make the item with this number the running one</source>
            <translation>Den Punkt mit dieser Nummer zum laufenden machen</translation>
        </message>
        <message>
            <source>Type the number of an item, 1–{count}.</source>
            <translation>Geben Sie die Nummer eines Punkts ein, 1–{count}.</translation>
        </message>
    </context>
    <context>
        <name>JumpAndCorrect</name>
        <message>
            <source>Go to item…</source>
            <translation>Zu Punkt springen…</translation>
        </message>
        <message>
            <source>Correct start time…</source>
            <translation>Beginn korrigieren…</translation>
        </message>
        <message>
            <source>Jumped to item {number}: {title}</source>
            <translation>Zu Punkt {number} gesprungen: {title}</translation>
        </message>
        <message>
            <source>The start stays at {time}.</source>
            <translation>Der Beginn bleibt bei {time}.</translation>
        </message>
        <message>
            <source>Start corrected to {time}: the meeting's time counts from then.</source>
            <translation>Beginn auf {time} korrigiert: die Zeit der Besprechung zählt ab dann.</translation>
        </message>
    </context>
    <context>
        <name>NoteToRecord</name>
        <message>
            <source>Action item from note…</source>
            <translation>Aufgabe aus Notiz…</translation>
        </message>
        <message>
            <source>Dispute from note…</source>
            <translation>Streitpunkt aus Notiz…</translation>
        </message>
    </context>
    <context>
        <name>ResolutionDialog</name>
        <message>
            <source>Resolve dispute</source>
            <translation>Streitpunkt beilegen</translation>
        </message>
        <message>
            <source>How was “{title}” settled?</source>
            <translation>Wie wurde „{title}“ beigelegt?</translation>
        </message>
        <message>
            <source>How the dispute was settled, in a sentence</source>
            <translation>Wie der Streitpunkt beigelegt wurde, in einem Satz</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>Beilegen</translation>
        </message>
        <message>
            <source>Mark the dispute resolved with this resolution</source>
            <translation>Den Streitpunkt mit dieser Lösung als beigelegt markieren</translation>
        </message>
        <message>
            <source>Close and leave the dispute open</source>
            <translation>Schließen und den Streitpunkt offen lassen</translation>
        </message>
        <message>
            <source>Write down the resolution before marking it resolved.</source>
            <translation>Halten Sie die Lösung fest, bevor Sie ihn als beigelegt markieren.</translation>
        </message>
    </context>
    <context>
        <name>ReviewPanel</name>
        <message>
            <source>no owner</source>
            <translation>niemand verantwortlich</translation>
        </message>
        <message>
            <source>due {date}</source>
            <translation>fällig {date}</translation>
        </message>
        <message>
            <source>no due date</source>
            <translation>kein Fälligkeitsdatum</translation>
        </message>
        <message>
            <source>OVERDUE</source>
            <translation>ÜBERFÄLLIG</translation>
        </message>
        <message>
            <source>{title} — {category} — raised by {who} · {state}</source>
            <translation>{title} — {category} — eingebracht von {who} · {state}</translation>
        </message>
        <message>
            <source>Undone: {change} — Ctrl+Shift+Z redoes</source>
            <translation>Rückgängig gemacht: {change} — Ctrl+Shift+Z wiederholt</translation>
        </message>
        <message>
            <source>{change} — Ctrl+Z undoes</source>
            <translation>{change} — Ctrl+Z macht rückgängig</translation>
        </message>
        <message>
            <source>Carried action items</source>
            <translation>Übernommene Aufgaben</translation>
        </message>
        <message>
            <source>Tick an action item from earlier meetings to review it</source>
            <translation>Haken Sie eine Aufgabe aus früheren Besprechungen ab, um sie zu prüfen</translation>
        </message>
        <message>
            <source>Carried disputes</source>
            <translation>Übernommene Streitpunkte</translation>
        </message>
        <message>
            <source>Tick a dispute from earlier meetings to review it</source>
            <translation>Haken Sie einen Streitpunkt aus früheren Besprechungen ab, um ihn zu prüfen</translation>
        </message>
        <message>
            <source>&amp;Drop item</source>
            <translation>&amp;Verwerfen</translation>
        </message>
        <message>
            <source>Close the selected action item without doing it</source>
            <translation>Ausgewählte Aufgabe schließen, ohne sie zu erledigen</translation>
        </message>
        <message>
            <source>Disc&amp;ussed</source>
            <translation>Bespr&amp;ochen</translation>
        </message>
        <message>
            <source>The selected dispute came up here and stays as it is</source>
            <translation>Der ausgewählte Streitpunkt kam hier zur Sprache und bleibt, wie er ist</translation>
        </message>
        <message>
            <source>Tick d&amp;one</source>
            <translation>Erle&amp;digt</translation>
        </message>
        <message>
            <source>Tick the selected action item done, or open again (Ctrl+Enter in the list)</source>
            <translation>Ausgewählte Aufgabe als erledigt abhaken oder wieder öffnen (Ctrl+Enter in der Liste)</translation>
        </message>
        <message>
            <source>Re&amp;solve…</source>
            <translation>Beile&amp;gen…</translation>
        </message>
        <message>
            <source>Resolve the selected dispute, or reopen it (Ctrl+Enter in the list)</source>
            <translation>Ausgewählten Streitpunkt beilegen oder wieder öffnen (Ctrl+Enter in der Liste)</translation>
        </message>
        <message>
            <source>Carried action items — Ctrl+Enter ticks one done</source>
            <translation>Übernommene Aufgaben — Ctrl+Enter hakt eine als erledigt ab</translation>
        </message>
        <message>
            <source>Carried disputes — Ctrl+Enter resolves one</source>
            <translation>Übernommene Streitpunkte — Ctrl+Enter legt einen bei</translation>
        </message>
        <message>
            <source>Tick done</source>
            <translation>Als erledigt abhaken</translation>
        </message>
        <message>
            <source>Resolve…</source>
            <translation>Beilegen…</translation>
        </message>
        <message>
            <source>Nothing was carried over to this meeting.</source>
            <translation>In diese Besprechung wurde nichts übernommen.</translation>
        </message>
        <message>
            <source>drop</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <source>tick</source>
            <translation>Abhaken</translation>
        </message>
        <message>
            <source>Select an action item to tick.</source>
            <translation>Wählen Sie eine Aufgabe zum Abhaken aus.</translation>
        </message>
        <message>
            <source>Select an action item to drop.</source>
            <translation>Wählen Sie eine Aufgabe zum Verwerfen aus.</translation>
        </message>
        <message>
            <source>Select a dispute to resolve.</source>
            <translation>Wählen Sie einen Streitpunkt zum Beilegen aus.</translation>
        </message>
        <message>
            <source>Select a dispute that came up.</source>
            <translation>Wählen Sie einen Streitpunkt aus, der zur Sprache kam.</translation>
        </message>
        <message>
            <source>Recorded as discussed at this meeting.</source>
            <translation>Als in dieser Besprechung besprochen erfasst.</translation>
        </message>
    </context>
    <context>
        <name>RollCall</name>
        <message>
            <source>{names} and {count} more</source>
            <translation>{names} und {count} weitere</translation>
        </message>
        <message>
            <source>1 invitee has no attendance mark: {names}.</source>
            <translation>1 eingeladene Person hat keinen Anwesenheitsvermerk: {names}.</translation>
        </message>
        <message>
            <source>{count} invitees have no attendance mark: {names}.</source>
            <translation>{count} eingeladene Personen haben keinen Anwesenheitsvermerk: {names}.</translation>
        </message>
        <message>
            <source>End the meeting anyway? The clock stops and cannot be restarted.</source>
            <translation>Besprechung trotzdem beenden? Die Uhr hält an und kann nicht neu gestartet werden.</translation>
        </message>
        <message>
            <source>Mark {name} {status}</source>
            <translation>{name} als {status} markieren</translation>
        </message>
        <message>
            <source>mark {status}</source>
            <translation>Markierung {status}</translation>
        </message>
        <message>
            <source>not marked</source>
            <translation>nicht markiert</translation>
        </message>
        <message>
            <source>Marked {name} {status}.</source>
            <translation>{name} als {status} markiert.</translation>
        </message>
        <message>
            <source>Took back the mark of {name}: {status} again.</source>
            <translation>Markierung von {name} zurückgenommen: wieder {status}.</translation>
        </message>
        <message>
            <source>Roll call…</source>
            <translation>Anwesenheit…</translation>
        </message>
        <message>
            <source>Mark each invitee present, late or absent</source>
            <translation>Jede eingeladene Person als anwesend, verspätet oder abwesend markieren</translation>
        </message>
        <message>
            <source>End meeting</source>
            <translation>Besprechung beenden</translation>
        </message>
        <message>
            <source>End anyway</source>
            <translation>Trotzdem beenden</translation>
        </message>
        <message>
            <source>Keep running</source>
            <translation>Weiterlaufen lassen</translation>
        </message>
        <message>
            <source>Not ended: the meeting runs on.</source>
            <translation>Nicht beendet: die Besprechung läuft weiter.</translation>
        </message>
    </context>
    <context>
        <name>RollCallDialog</name>
        <message>
            <source>Type part of a name to find it (↑ ↓ move) · Alt+P present · Alt+L late · Alt+A absent · Ctrl+Z undo a mark · Esc back to the notes</source>
            <translation>Teil eines Namens eingeben, um ihn zu finden (↑ ↓ bewegen) · Alt+P anwesend · Alt+L verspätet · Alt+A abwesend · Ctrl+Z Markierung zurücknehmen · Esc zurück zu den Notizen</translation>
        </message>
        <message>
            <source>No one is invited to this meeting: invite people on its Attendance tab.</source>
            <translation>Zu dieser Besprechung ist niemand eingeladen: laden Sie Personen auf dem Reiter Anwesenheit ein.</translation>
        </message>
        <message>
            <source>Roll call</source>
            <translation>Anwesenheit</translation>
        </message>
        <message>
            <source>Mark:</source>
            <translation>Markieren:</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Schließen (Esc)</translation>
        </message>
        <message>
            <source>Close the roll call; the keys go back to the notes</source>
            <translation>Anwesenheit schließen; die Tastatur geht zurück zu den Notizen</translation>
        </message>
        <message>
            <source>Mark the selected invitee present</source>
            <translation>Ausgewählte Person als anwesend markieren</translation>
        </message>
        <message>
            <source>Mark the selected invitee late</source>
            <translation>Ausgewählte Person als verspätet markieren</translation>
        </message>
        <message>
            <source>Mark the selected invitee absent</source>
            <translation>Ausgewählte Person als abwesend markieren</translation>
        </message>
        <message>
            <source>No one is selected: type part of a name first.</source>
            <translation>Niemand ausgewählt: geben Sie zuerst einen Teil eines Namens ein.</translation>
        </message>
        <message>
            <source>No one on the list matches “{text}”.</source>
            <translation>Niemand auf der Liste passt zu „{text}“.</translation>
        </message>
    </context>
    <context>
        <name>RunControls</name>
        <message>
            <source>Start</source>
            <translation>Starten</translation>
        </message>
        <message>
            <source>Next item</source>
            <translation>Nächster Punkt</translation>
        </message>
        <message>
            <source>Previous item</source>
            <translation>Voriger Punkt</translation>
        </message>
        <message>
            <source>Extend +1 min</source>
            <translation>Verlängern +1 Min.</translation>
        </message>
        <message>
            <source>End meeting…</source>
            <translation>Besprechung beenden…</translation>
        </message>
        <message>
            <source>Rebalance…</source>
            <translation>Neu verteilen…</translation>
        </message>
        <message>
            <source>Shorten the items ahead so the meeting ends within its cap</source>
            <translation>Die kommenden Punkte kürzen, damit die Besprechung innerhalb ihrer Obergrenze endet</translation>
        </message>
        <message>
            <source>Start, pause or resume the meeting's clock</source>
            <translation>Uhr der Besprechung starten, anhalten oder fortsetzen</translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Zurück</translation>
        </message>
        <message>
            <source>Go back to the item before this one</source>
            <translation>Zum Punkt vor diesem zurückgehen</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Weiter ▶</translation>
        </message>
        <message>
            <source>End this item and start the next one</source>
            <translation>Diesen Punkt beenden und den nächsten beginnen</translation>
        </message>
        <message>
            <source>+{minutes} min</source>
            <translation>+{minutes} Min.</translation>
        </message>
        <message>
            <source>Stop the clock for good and close the meeting's record</source>
            <translation>Die Uhr endgültig anhalten und die Aufzeichnung der Besprechung abschließen</translation>
        </message>
        <message>
            <source>Export minutes…</source>
            <translation>Protokoll exportieren…</translation>
        </message>
        <message>
            <source>Save this meeting's minutes as a PDF</source>
            <translation>Protokoll dieser Besprechung als PDF speichern</translation>
        </message>
        <message>
            <source>Send minutes…</source>
            <translation>Protokoll senden…</translation>
        </message>
        <message>
            <source>Email this meeting's minutes to its attendees</source>
            <translation>Protokoll dieser Besprechung per E-Mail an die Teilnehmenden senden</translation>
        </message>
        <message>
            <source>Give the running item 1 more minute</source>
            <translation>Dem laufenden Punkt 1 Minute mehr geben</translation>
        </message>
        <message>
            <source>Give the running item {minutes} more minutes</source>
            <translation>Dem laufenden Punkt {minutes} Minuten mehr geben</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <source>{action} (Ctrl+Space)</source>
            <translation>{action} (Ctrl+Space)</translation>
        </message>
        <message>
            <source>Start on another day</source>
            <translation>An einem anderen Tag starten</translation>
        </message>
        <message>
            <source>Not started: the meeting stays as planned.</source>
            <translation>Nicht gestartet: die Besprechung bleibt wie geplant.</translation>
        </message>
        <message>
            <source>Started and moved to today.</source>
            <translation>Gestartet und auf heute verschoben.</translation>
        </message>
        <message>
            <source>Item extended by {minutes} min.</source>
            <translation>Punkt um {minutes} Min. verlängert.</translation>
        </message>
        <message>
            <source>End meeting</source>
            <translation>Besprechung beenden</translation>
        </message>
        <message>
            <source>End “{title}” now? The clock stops and cannot be restarted.</source>
            <translation>„{title}“ jetzt beenden? Die Uhr hält an und kann nicht neu gestartet werden.</translation>
        </message>
        <message>
            <source>The meeting has ended.</source>
            <translation>Die Besprechung ist beendet.</translation>
        </message>
        <message>
            <source>Rebalance</source>
            <translation>Neu verteilen</translation>
        </message>
        <message>
            <source>{change}

Shorten the items ahead?</source>
            <translation>{change}

Die kommenden Punkte kürzen?</translation>
        </message>
    </context>
    <context>
        <name>StatusLine</name>
        <message>
            <source>Refused: </source>
            <translation>Abgelehnt: </translation>
        </message>
        <message>
            <source>Refusal: the last action was not done.</source>
            <translation>Abgelehnt: die letzte Aktion wurde nicht ausgeführt.</translation>
        </message>
    </context>
    <context>
        <name>ThisMeetingPanel</name>
        <message>
            <source>This meeting: disputes and action items (Enter edits)</source>
            <translation>Diese Besprechung: Streitpunkte und Aufgaben (Enter bearbeitet)</translation>
        </message>
        <message>
            <source>Nothing logged yet: Ctrl+D logs a dispute, Ctrl+T an action item.</source>
            <translation>Noch nichts erfasst: Ctrl+D erfasst einen Streitpunkt, Ctrl+T eine Aufgabe.</translation>
        </message>
        <message>
            <source>There is no note yet to make it from: type one and press Enter first.</source>
            <translation>Es gibt noch keine Notiz als Vorlage: tippen Sie zuerst eine und drücken Sie Enter.</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aufgabe</translation>
        </message>
        <message>
            <source>no owner</source>
            <translation>niemand verantwortlich</translation>
        </message>
        <message>
            <source>due {day}</source>
            <translation>fällig {day}</translation>
        </message>
        <message>
            <source>no due date</source>
            <translation>kein Fälligkeitsdatum</translation>
        </message>
        <message>
            <source>Dispute · {status} · {title}</source>
            <translation>Streitpunkt · {status} · {title}</translation>
        </message>
        <message>
            <source>Disputes and action items of this meeting</source>
            <translation>Streitpunkte und Aufgaben dieser Besprechung</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten…</translation>
        </message>
    </context>
    <context>
        <name>ThresholdsDialog</name>
        <message>
            <source>Warning thresholds</source>
            <translation>Warnschwellen</translation>
        </message>
        <message>
            <source>Warn when this many seconds of the item are left</source>
            <translation>Warnen, wenn vom Punkt noch so viele Sekunden übrig sind</translation>
        </message>
        <message>
            <source>Warn when this share of the item's time is left</source>
            <translation>Warnen, wenn von der Zeit des Punkts noch dieser Anteil übrig ist</translation>
        </message>
        <message>
            <source>An item turns amber when this much time is left, or this share of the item, whichever comes first.</source>
            <translation>Ein Punkt wird gelb, wenn noch so viel Zeit oder dieser Anteil des Punkts übrig ist, je nachdem, was zuerst eintritt.</translation>
        </message>
        <message>
            <source>Seconds &amp;left:</source>
            <translation>Verbleibende &amp;Sekunden:</translation>
        </message>
        <message>
            <source>&amp;Share of the item:</source>
            <translation>&amp;Anteil am Punkt:</translation>
        </message>
        <message>
            <source>Save the thresholds and colour the clock by them at once</source>
            <translation>Schwellen speichern und die Uhr sofort danach einfärben</translation>
        </message>
        <message>
            <source>Close without changing the thresholds</source>
            <translation>Schließen, ohne die Schwellen zu ändern</translation>
        </message>
    </context>
    <context>
        <name>_AskDialog</name>
        <message>
            <source>Close without changing the clock (Esc)</source>
            <translation>Schließen, ohne die Uhr zu ändern (Esc)</translation>
        </message>
    </context>
    <context>
        <name>_CaptureDialog</name>
        <message>
            <source>Save and close (Enter, or Ctrl+Enter in any field)</source>
            <translation>Speichern und schließen (Enter oder Ctrl+Enter in jedem Feld)</translation>
        </message>
        <message>
            <source>Close without saving (Esc)</source>
            <translation>Schließen ohne zu speichern (Esc)</translation>
        </message>
    </context>
</TS>
