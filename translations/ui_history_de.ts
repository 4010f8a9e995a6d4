<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>ActionItemsWindow</name>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Made at</source>
            <translation>Entstanden in</translation>
        </message>
        <message>
            <source>{status} — OVERDUE</source>
            <translation>{status} — ÜBERFÄLLIG</translation>
        </message>
        <message>
            <source>Action items</source>
            <translation>Aufgaben</translation>
        </message>
        <message>
            <source>All owners</source>
            <translation>Alle Verantwortlichen</translation>
        </message>
        <message>
            <source>All teams</source>
            <translation>Alle Teams</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Alle Status</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Überfällig</translation>
        </message>
        <message>
            <source>Show only the items of this owner</source>
            <translation>Nur die Aufgaben dieser Person zeigen</translation>
        </message>
        <message>
            <source>Show only the items of owners in this team</source>
            <translation>Nur die Aufgaben von Verantwortlichen dieses Teams zeigen</translation>
        </message>
        <message>
            <source>Show only open, done, dropped or overdue items</source>
            <translation>Nur offene, erledigte, verworfene oder überfällige Aufgaben zeigen</translation>
        </message>
        <message>
            <source>&amp;Owner</source>
            <translation>&amp;Zuständig</translation>
        </message>
        <message>
            <source>&amp;Team</source>
            <translation>&amp;Team</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <source>Every action item recorded; select one to change it</source>
            <translation>Alle erfassten Aufgaben; wählen Sie eine aus, um sie zu ändern</translation>
        </message>
        <message>
            <source>Mark &amp;done</source>
            <translation>Als &amp;erledigt markieren</translation>
        </message>
        <message>
            <source>Close the selected item as done (Ctrl+Return)</source>
            <translation>Die gewählte Aufgabe als erledigt abschließen (Ctrl+Return)</translation>
        </message>
        <message>
            <source>D&amp;rop</source>
            <translation>Ver&amp;werfen</translation>
        </message>
        <message>
            <source>Close the selected item without doing it</source>
            <translation>Die gewählte Aufgabe abschließen, ohne sie zu erledigen</translation>
        </message>
        <message>
            <source>Re&amp;open</source>
            <translation>Wieder ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Make the selected done or dropped item open again</source>
            <translation>Die gewählte erledigte oder verworfene Aufgabe wieder öffnen</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>Ä&amp;ndern …</translation>
        </message>
        <message>
            <source>Change the selected item's text, owner or due date (F2)</source>
            <translation>Text, Verantwortliche oder Fälligkeit der gewählten Aufgabe ändern (F2)</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>Delete an item typed by mistake; one from an ended meeting is dropped (Del)</source>
            <translation>Eine versehentlich erfasste Aufgabe löschen; eine aus einer beendeten Besprechung wird verworfen (Del)</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Ändern</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Als erledigt markieren</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>1 action item, {overdue} overdue</source>
            <translation>1 Aufgabe, {overdue} überfällig</translation>
        </message>
        <message>
            <source>{count} action items, {overdue} overdue</source>
            <translation>{count} Aufgaben, {overdue} überfällig</translation>
        </message>
        <message>
            <source>Select an action item first.</source>
            <translation>Wählen Sie zuerst eine Aufgabe aus.</translation>
        </message>
        <message>
            <source>Mark action item done</source>
            <translation>Aufgabe als erledigt markieren</translation>
        </message>
        <message>
            <source>mark done</source>
            <translation>Als erledigt markieren</translation>
        </message>
        <message>
            <source>Marked done.</source>
            <translation>Als erledigt markiert.</translation>
        </message>
        <message>
            <source>Mark action item dropped</source>
            <translation>Aufgabe als verworfen markieren</translation>
        </message>
        <message>
            <source>mark dropped</source>
            <translation>Als verworfen markieren</translation>
        </message>
        <message>
            <source>Marked dropped.</source>
            <translation>Als verworfen markiert.</translation>
        </message>
        <message>
            <source>Mark action item open</source>
            <translation>Aufgabe als offen markieren</translation>
        </message>
        <message>
            <source>mark open</source>
            <translation>Als offen markieren</translation>
        </message>
        <message>
            <source>Marked open.</source>
            <translation>Als offen markiert.</translation>
        </message>
        <message>
            <source>{reason} Dropped it: Undo (Ctrl+Z) brings it back.</source>
            <translation>{reason} Sie wurde verworfen: Rückgängig (Ctrl+Z) holt sie zurück.</translation>
        </message>
        <message>
            <source>Deleted: Undo (Ctrl+Z) brings it back.</source>
            <translation>Gelöscht: Rückgängig (Ctrl+Z) holt sie zurück.</translation>
        </message>
    </context>
    <context>
        <name>DisputesWindow</name>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Raised by</source>
            <translation>Eingebracht von</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Termine</translation>
        </message>
        <message>
            <source>Last came up</source>
            <translation>Zuletzt am</translation>
        </message>
        <message>
            <source>raised</source>
            <translation>eingebracht</translation>
        </message>
        <message>
            <source>discussed</source>
            <translation>besprochen</translation>
        </message>
        <message>
            <source>settled</source>
            <translation>beigelegt</translation>
        </message>
        <message>
            <source>Show only the disputes with this status</source>
            <translation>Nur die Streitpunkte mit diesem Status zeigen</translation>
        </message>
        <message>
            <source>Show only the disputes of this category</source>
            <translation>Nur die Streitpunkte dieser Kategorie zeigen</translation>
        </message>
        <message>
            <source>Show only the disputes this team raised</source>
            <translation>Nur die Streitpunkte zeigen, die dieses Team eingebracht hat</translation>
        </message>
        <message>
            <source>What Sales says about the selected dispute</source>
            <translation>Was der Vertrieb zum gewählten Streitpunkt sagt</translation>
        </message>
        <message>
            <source>What Marketing says about the selected dispute</source>
            <translation>Was das Marketing zum gewählten Streitpunkt sagt</translation>
        </message>
        <message>
            <source>Where the dispute stands; a change is recorded at the meeting below</source>
            <translation>Wo der Streitpunkt steht; eine Änderung wird bei der Besprechung unten erfasst</translation>
        </message>
        <message>
            <source>How the dispute was resolved, or what was agreed so far</source>
            <translation>Wie der Streitpunkt gelöst wurde oder was bisher vereinbart ist</translation>
        </message>
        <message>
            <source>The meeting a change of status or resolution was made at</source>
            <translation>Die Besprechung, in der Status oder Lösung geändert wurden</translation>
        </message>
        <message>
            <source>Store the positions, and a change of status or resolution at that meeting (Ctrl+S)</source>
            <translation>Die Positionen speichern und eine Änderung von Status oder Lösung bei dieser Besprechung erfassen (Ctrl+S)</translation>
        </message>
        <message>
            <source>Change the selected dispute's title and category</source>
            <translation>Titel und Kategorie des gewählten Streitpunkts ändern</translation>
        </message>
        <message>
            <source>0 disputes</source>
            <translation>0 Streitpunkte</translation>
        </message>
        <message>
            <source>1 dispute, {open} open</source>
            <translation>1 Streitpunkt, {open} offen</translation>
        </message>
        <message>
            <source>{count} disputes, {open} open</source>
            <translation>{count} Streitpunkte, {open} offen</translation>
        </message>
        <message>
            <source>{day}  {meeting} — {role}, {status} after it</source>
            <translation>{day}  {meeting} — {role}, danach: {status}</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Nicht gespeicherte Änderungen</translation>
        </message>
        <message>
            <source>Save the changes to “{title}”?</source>
            <translation>Änderungen an „{title}“ speichern?</translation>
        </message>
        <message>
            <source>Disputes</source>
            <translation>Streitpunkte</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Alle Status</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Alle Kategorien</translation>
        </message>
        <message>
            <source>Raised by any team</source>
            <translation>Von jedem Team eingebracht</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <source>&amp;Category</source>
            <translation>&amp;Kategorie</translation>
        </message>
        <message>
            <source>&amp;Team</source>
            <translation>&amp;Team</translation>
        </message>
        <message>
            <source>Every dispute recorded; select one to see or edit it</source>
            <translation>Alle erfassten Streitpunkte; wählen Sie einen aus, um ihn anzusehen oder zu bearbeiten</translation>
        </message>
        <message>
            <source>Dispute history</source>
            <translation>Verlauf des Streitpunkts</translation>
        </message>
        <message>
            <source>What happened to the selected dispute, oldest first</source>
            <translation>Was mit dem gewählten Streitpunkt geschah, das Älteste zuerst</translation>
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation>Änderungen speic&amp;hern</translation>
        </message>
        <message>
            <source>&amp;Edit title and category…</source>
            <translation>Titel und Kategorie ä&amp;ndern …</translation>
        </message>
        <message>
            <source>Sales &amp;position</source>
            <translation>Position &amp;Vertrieb</translation>
        </message>
        <message>
            <source>&amp;Marketing position</source>
            <translation>Position &amp;Marketing</translation>
        </message>
        <message>
            <source>Stat&amp;us</source>
            <translation>Stat&amp;us</translation>
        </message>
        <message>
            <source>Sett&amp;led</source>
            <translation>Bei&amp;gelegt</translation>
        </message>
        <message>
            <source>&amp;Resolution</source>
            <translation>&amp;Lösung</translation>
        </message>
        <message>
            <source>Recorded &amp;at meeting</source>
            <translation>Erfasst in Bes&amp;prechung</translation>
        </message>
        <message>
            <source>History: the meetings where it came up</source>
            <translation>Verlauf: die Besprechungen, in denen er behandelt wurde</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Änderungen speichern</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message>
            <source>Choose the meeting the change was made at.</source>
            <translation>Wählen Sie die Besprechung, in der die Änderung beschlossen wurde.</translation>
        </message>
        <message>
            <source>Save “{title}”</source>
            <translation>„{title}“ speichern</translation>
        </message>
        <message>
            <source>dispute changes</source>
            <translation>Änderungen am Streitpunkt</translation>
        </message>
    </context>
    <context>
        <name>FilteredTableWindow</name>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>OverdueNotice</name>
        <message>
            <source>1 action item is overdue — show it</source>
            <translation>1 Aufgabe ist überfällig — anzeigen</translation>
        </message>
        <message>
            <source>{count} action items are overdue — show them</source>
            <translation>{count} Aufgaben sind überfällig — anzeigen</translation>
        </message>
        <message>
            <source>Open Meeting ‣ Action items on the overdue ones</source>
            <translation>Besprechung ‣ Aufgaben mit den überfälligen öffnen</translation>
        </message>
    </context>
    <context>
        <name>RecordCommands</name>
        <message>
            <source>Open dispute “{title}”</source>
            <translation>Streitpunkt „{title}“ eröffnen</translation>
        </message>
        <message>
            <source>new dispute</source>
            <translation>Neuer Streitpunkt</translation>
        </message>
        <message>
            <source>Add action item</source>
            <translation>Aufgabe hinzufügen</translation>
        </message>
        <message>
            <source>new action item</source>
            <translation>Neue Aufgabe</translation>
        </message>
        <message>
            <source>Delete action item</source>
            <translation>Aufgabe löschen</translation>
        </message>
        <message>
            <source>delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Drop action item</source>
            <translation>Aufgabe verwerfen</translation>
        </message>
        <message>
            <source>drop</source>
            <translation>Verwerfen</translation>
        </message>
    </context>
    <context>
        <name>SearchDock</name>
        <message>
            <source>Search</source>
            <translation>Suche</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Besprechung</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Fundstelle</translation>
        </message>
        <message>
            <source>Type a word to search notes, decisions, disputes and action items.</source>
            <translation>Geben Sie ein Wort ein, um Notizen, Entscheidungen, Streitpunkte und Aufgaben zu durchsuchen.</translation>
        </message>
        <message>
            <source>No meeting</source>
            <translation>Keine Besprechung</translation>
        </message>
        <message>
            <source>The first {count} results; add a word to narrow them down.</source>
            <translation>Die ersten {count} Treffer; fügen Sie ein Wort hinzu, um sie einzugrenzen.</translation>
        </message>
        <message>
            <source>1 result</source>
            <translation>1 Treffer</translation>
        </message>
        <message>
            <source>{count} results</source>
            <translation>{count} Treffer</translation>
        </message>
        <message>
            <source>Nothing found for “{query}”.</source>
            <translation>Nichts gefunden für „{query}“.</translation>
        </message>
        <message>
            <source>Search notes, decisions, disputes, action items</source>
            <translation>Notizen, Entscheidungen, Streitpunkte, Aufgaben durchsuchen</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Suche</translation>
        </message>
        <message>
            <source>Results follow as you type; Enter opens the first, Down steps into them</source>
            <translation>Die Treffer folgen beim Tippen; Enter öffnet den ersten, Pfeil nach unten wechselt in die Liste</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Suchergebnisse</translation>
        </message>
        <message>
            <source>What matched, bold where it matched; Enter opens its meeting at that item</source>
            <translation>Die Treffer, die passende Stelle fett; Enter öffnet die Besprechung bei diesem Punkt</translation>
        </message>
        <message>
            <source>That result belongs to no meeting, so there is none to open.</source>
            <translation>Dieser Treffer gehört zu keiner Besprechung, daher lässt sich keine öffnen.</translation>
        </message>
    </context>
</TS>
