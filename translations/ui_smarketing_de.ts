<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>AddAgreement</name>
        <message>
            <source>New agreement “{name}”</source>
            <translation>Neue Vereinbarung „{name}“</translation>
        </message>
        <message>
            <source>new agreement</source>
            <translation>neue Vereinbarung</translation>
        </message>
    </context>
    <context>
        <name>AddDeal</name>
        <message>
            <source>Add deal {name}</source>
            <translation>Deal {name} hinzufügen</translation>
        </message>
        <message>
            <source>new deal</source>
            <translation>neuer Deal</translation>
        </message>
    </context>
    <context>
        <name>AddReason</name>
        <message>
            <source>Add reason {name}</source>
            <translation>Grund {name} hinzufügen</translation>
        </message>
        <message>
            <source>new reason</source>
            <translation>neuer Grund</translation>
        </message>
    </context>
    <context>
        <name>AgreementsDialog</name>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>In force from</source>
            <translation>Gültig ab</translation>
        </message>
        <message>
            <source>Agreed at</source>
            <translation>Beschlossen in</translation>
        </message>
        <message>
            <source>What led to it</source>
            <translation>Anlass</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Vereinbarungen</translation>
        </message>
        <message>
            <source>New a&amp;greement…</source>
            <translation>&amp;Neue Vereinbarung…</translation>
        </message>
        <message>
            <source>Start a new agreement, with its first version</source>
            <translation>Eine neue Vereinbarung mit ihrer ersten Version anlegen</translation>
        </message>
        <message>
            <source>− removed (red)    + added (green)</source>
            <translation>− entfernt (rot)    + hinzugefügt (grün)</translation>
        </message>
        <message>
            <source>New &amp;version…</source>
            <translation>Neue &amp;Version…</translation>
        </message>
        <message>
            <source>Record a new version of the chosen agreement</source>
            <translation>Eine neue Version der gewählten Vereinbarung erfassen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Close the agreements register</source>
            <translation>Das Vereinbarungsregister schließen</translation>
        </message>
        <message>
            <source>Compare version</source>
            <translation>Vergleichen: Version</translation>
        </message>
        <message>
            <source>with version</source>
            <translation>mit Version</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>The agreements; choose one to see its text</source>
            <translation>Die Vereinbarungen; wählen Sie eine aus, um ihren Text zu sehen</translation>
        </message>
        <message>
            <source>The chosen agreement's text as it is in force now</source>
            <translation>Der derzeit gültige Text der gewählten Vereinbarung</translation>
        </message>
        <message>
            <source>Every version of the agreement, newest first</source>
            <translation>Alle Versionen der Vereinbarung, die neueste zuerst</translation>
        </message>
        <message>
            <source>The older version to compare</source>
            <translation>Die ältere der zu vergleichenden Versionen</translation>
        </message>
        <message>
            <source>The newer version to compare</source>
            <translation>Die neuere der zu vergleichenden Versionen</translation>
        </message>
        <message>
            <source>Lines removed (−) and added (+) between the versions</source>
            <translation>Zwischen den Versionen entfernte (−) und hinzugefügte (+) Zeilen</translation>
        </message>
        <message>
            <source>{name}  (v{number})</source>
            <translation>{name}  (V{number})</translation>
        </message>
        <message>
            <source> · disputes on {category}</source>
            <translation> · Streitpunkte zu {category}</translation>
        </message>
        <message>
            <source>Version {number}, in force from {day}{category}</source>
            <translation>Version {number}, gültig ab {day}{category}</translation>
        </message>
    </context>
    <context>
        <name>ChangeDeal</name>
        <message>
            <source>Change deal {name}</source>
            <translation>Deal {name} ändern</translation>
        </message>
        <message>
            <source>deal change</source>
            <translation>Dealänderung</translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <source>Decision details</source>
            <translation>Details der Entscheidung</translation>
        </message>
        <message>
            <source>Who sees that the decision is carried out</source>
            <translation>Wer dafür sorgt, dass die Entscheidung umgesetzt wird</translation>
        </message>
        <message>
            <source>No owner</source>
            <translation>Keine verantwortliche Person</translation>
        </message>
        <message>
            <source>The goal that will show whether it worked</source>
            <translation>Das Ziel, an dem sich zeigt, ob sie gewirkt hat</translation>
        </message>
        <message>
            <source>No goal</source>
            <translation>Kein Ziel</translation>
        </message>
        <message>
            <source>&amp;Review on:</source>
            <translation>&amp;Überprüfen am:</translation>
        </message>
        <message>
            <source>Bring the decision back on the agenda of the first meeting after</source>
            <translation>Die Entscheidung auf die Tagesordnung der ersten Besprechung nach diesem Tag setzen</translation>
        </message>
        <message>
            <source>The day to look at the decision again</source>
            <translation>Der Tag, an dem die Entscheidung erneut betrachtet wird</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>&amp;Verantwortlich:</translation>
        </message>
        <message>
            <source>&amp;Goal:</source>
            <translation>&amp;Ziel:</translation>
        </message>
        <message>
            <source>Save the owner, goal and review date (Undo takes them back)</source>
            <translation>Verantwortliche Person, Ziel und Überprüfungsdatum speichern (Rückgängig nimmt sie zurück)</translation>
        </message>
        <message>
            <source>Close without changing the decision</source>
            <translation>Schließen, ohne die Entscheidung zu ändern</translation>
        </message>
    </context>
    <context>
        <name>DecisionFromNote</name>
        <message>
            <source>There is no decision note yet: type one starting with ! and press Enter first.</source>
            <translation>Es gibt noch keine Entscheidungsnotiz: Geben Sie zuerst eine ein, die mit ! beginnt, und drücken Sie die Eingabetaste.</translation>
        </message>
        <message>
            <source>Decision details…</source>
            <translation>Details der Entscheidung…</translation>
        </message>
        <message>
            <source>Decision details saved.</source>
            <translation>Details der Entscheidung gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>DecisionLogDialog</name>
        <message>
            <source>Decided</source>
            <translation>Entschieden</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Verantwortlich</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Review on</source>
            <translation>Überprüfen am</translation>
        </message>
        <message>
            <source>Reviewed at</source>
            <translation>Überprüft in</translation>
        </message>
        <message>
            <source>No meeting is planned on or after its review date yet: plan one, and the decision is offered for its agenda.</source>
            <translation>Am oder nach dem Überprüfungsdatum ist noch keine Besprechung geplant: Planen Sie eine, dann wird die Entscheidung für ihre Tagesordnung vorgeschlagen.</translation>
        </message>
        <message>
            <source>Decision log</source>
            <translation>Entscheidungsprotokoll</translation>
        </message>
        <message>
            <source>D&amp;ue for review only</source>
            <translation>Nur &amp;fällige Überprüfungen</translation>
        </message>
        <message>
            <source>Show only decisions whose review date has come and not been met</source>
            <translation>Nur Entscheidungen zeigen, deren Überprüfungsdatum erreicht ist und die noch nicht überprüft wurden</translation>
        </message>
        <message>
            <source>Every decision note; Enter or a double-click edits the chosen one's details</source>
            <translation>Alle Entscheidungsnotizen; die Eingabetaste oder ein Doppelklick bearbeitet die Details der gewählten</translation>
        </message>
        <message>
            <source>&amp;Details…</source>
            <translation>&amp;Details…</translation>
        </message>
        <message>
            <source>Edit the chosen decision's owner, goal and review date (Enter)</source>
            <translation>Verantwortliche Person, Ziel und Überprüfungsdatum der gewählten Entscheidung bearbeiten (Eingabetaste)</translation>
        </message>
        <message>
            <source>Put on &amp;agenda</source>
            <translation>Auf die &amp;Tagesordnung</translation>
        </message>
        <message>
            <source>Add the due decision to the first meeting planned after its review date</source>
            <translation>Die fällige Entscheidung in die erste Besprechung aufnehmen, die nach ihrem Überprüfungsdatum geplant ist</translation>
        </message>
        <message>
            <source>Close the decision log</source>
            <translation>Das Entscheidungsprotokoll schließen</translation>
        </message>
        <message>
            <source>due</source>
            <translation>fällig</translation>
        </message>
        <message numerus="yes">
            <source>%n due for review; {due} due now.</source>
            <translation>
                <numerusform>%n zur Überprüfung fällig; {due} jetzt fällig.</numerusform>
                <numerusform>%n zur Überprüfung fällig; {due} jetzt fällig.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n in the log; {due} due now.</source>
            <translation>
                <numerusform>%n Entscheidung im Protokoll; {due} jetzt fällig.</numerusform>
                <numerusform>%n Entscheidungen im Protokoll; {due} jetzt fällig.</numerusform>
            </translation>
        </message>
        <message>
            <source>On the agenda of {meeting}; marked reviewed there.</source>
            <translation>Auf der Tagesordnung von {meeting}; dort als überprüft markiert.</translation>
        </message>
        <message>
            <source>Not added — {reason}</source>
            <translation>Nicht hinzugefügt – {reason}</translation>
        </message>
    </context>
    <context>
        <name>DeleteDeal</name>
        <message>
            <source>Delete deal {name}</source>
            <translation>Deal {name} löschen</translation>
        </message>
        <message>
            <source>delete deal</source>
            <translation>Deal löschen</translation>
        </message>
    </context>
    <context>
        <name>FloorBar</name>
        <message>
            <source>No team's floor time recorded</source>
            <translation>Für kein Team ist Redezeit erfasst</translation>
        </message>
    </context>
    <context>
        <name>FunnelDialog</name>
        <message>
            <source>Facilitator CSV (a row per period and source)</source>
            <translation>Facilitator-CSV (eine Zeile pro Zeitraum und Quelle)</translation>
        </message>
        <message>
            <source>HubSpot contacts export</source>
            <translation>HubSpot-Kontaktexport</translation>
        </message>
        <message>
            <source>Salesforce leads report</source>
            <translation>Salesforce-Lead-Bericht</translation>
        </message>
        <message>
            <source>Good leads</source>
            <translation>Gute Leads</translation>
        </message>
        <message>
            <source>Poor leads</source>
            <translation>Schwache Leads</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>Durchschnitt</translation>
        </message>
        <message>
            <source>Too few to judge</source>
            <translation>Zu wenige für ein Urteil</translation>
        </message>
        <message>
            <source>Funnel</source>
            <translation>Funnel</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>The month or quarter whose funnel is shown</source>
            <translation>Der Monat oder das Quartal, dessen Funnel gezeigt wird</translation>
        </message>
        <message>
            <source>CSV format</source>
            <translation>CSV-Format</translation>
        </message>
        <message>
            <source>The kind of file Import CSV… reads</source>
            <translation>Die Art von Datei, die „CSV importieren…“ liest</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>CSV &amp;importieren…</translation>
        </message>
        <message>
            <source>Read a funnel export in the chosen format (Undo takes it back)</source>
            <translation>Einen Funnel-Export im gewählten Format einlesen (Rückgängig nimmt ihn zurück)</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Zeitraum:</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Umsatz</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Bewertung</translation>
        </message>
        <message>
            <source>Stage counts per source</source>
            <translation>Anzahl pro Stufe und Quelle</translation>
        </message>
        <message>
            <source>Leads at each stage, revenue and verdict per lead source, with the total</source>
            <translation>Leads in jeder Stufe, Umsatz und Bewertung pro Lead-Quelle, mit der Summe</translation>
        </message>
        <message>
            <source>Conversion</source>
            <translation>Konversion</translation>
        </message>
        <message>
            <source>This period</source>
            <translation>Dieser Zeitraum</translation>
        </message>
        <message>
            <source>Period before</source>
            <translation>Vorheriger Zeitraum</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Veränderung</translation>
        </message>
        <message>
            <source>Conversion rates</source>
            <translation>Konversionsraten</translation>
        </message>
        <message>
            <source>Each step's conversion rate against the period before</source>
            <translation>Die Konversionsrate jeder Stufe im Vergleich zum vorherigen Zeitraum</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Zielwert</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Goals the funnel measures</source>
            <translation>Ziele, die der Funnel misst</translation>
        </message>
        <message>
            <source>The funnel's value for each goal, its target and whether it was met</source>
            <translation>Der Wert des Funnels für jedes Ziel, sein Zielwert und ob er erreicht wurde</translation>
        </message>
        <message>
            <source>No funnel yet: import a CSV from your CRM (Import CSV…).</source>
            <translation>Noch kein Funnel: Importieren Sie eine CSV-Datei aus Ihrem CRM (CSV importieren…).</translation>
        </message>
        <message>
            <source>Close the funnel</source>
            <translation>Den Funnel schließen</translation>
        </message>
        <message>
            <source>Lead sources</source>
            <translation>Lead-Quellen</translation>
        </message>
        <message>
            <source>About average: {sources}.</source>
            <translation>Etwa durchschnittlich: {sources}.</translation>
        </message>
        <message>
            <source>Too few leads to judge: {sources}.</source>
            <translation>Zu wenige Leads für ein Urteil: {sources}.</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Erreicht</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Verfehlt</translation>
        </message>
        <message>
            <source>Import funnel</source>
            <translation>Funnel importieren</translation>
        </message>
        <message numerus="yes">
            <source>%n period</source>
            <translation>
                <numerusform>%n Zeitraum</numerusform>
                <numerusform>%n Zeiträume</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n periods</source>
            <translation>
                <numerusform>%n Zeitraum</numerusform>
                <numerusform>%n Zeiträume</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n row for {periods} from {file}.</source>
            <translation>
                <numerusform>%n Zeile für {periods} aus {file} importiert.</numerusform>
                <numerusform>%n Zeilen für {periods} aus {file} importiert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n rows for {periods} from {file}.</source>
            <translation>
                <numerusform>%n Zeile für {periods} aus {file} importiert.</numerusform>
                <numerusform>%n Zeilen für {periods} aus {file} importiert.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportFunnelCommand</name>
        <message>
            <source>Import {file}</source>
            <translation>{file} importieren</translation>
        </message>
        <message>
            <source>import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>… and {count} more</source>
            <translation>… und {count} weitere</translation>
        </message>
        <message>
            <source>Nothing from {file} was imported:</source>
            <translation>Aus {file} wurde nichts importiert:</translation>
        </message>
    </context>
    <context>
        <name>NeutralityDialog</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Besprechung</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Vertrieb</translation>
        </message>
        <message>
            <source>Marketing</source>
            <translation>Marketing</translation>
        </message>
        <message>
            <source>Shared</source>
            <translation>Gemeinsam</translation>
        </message>
        <message>
            <source>Sales share</source>
            <translation>Anteil Vertrieb</translation>
        </message>
        <message>
            <source>Raised S / M</source>
            <translation>Eingebracht V / M</translation>
        </message>
        <message>
            <source>Settled →S / →M / comp. / esc.</source>
            <translation>Beigelegt →V / →M / Kompr. / eskal.</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Bewertung</translation>
        </message>
        <message>
            <source> (+{count} not recorded)</source>
            <translation> (+{count} nicht erfasst)</translation>
        </message>
        <message>
            <source>Balanced</source>
            <translation>Ausgewogen</translation>
        </message>
        <message>
            <source>Neutrality report</source>
            <translation>Neutralitätsbericht</translation>
        </message>
        <message>
            <source>The quarter whose meetings are weighed</source>
            <translation>Das Quartal, dessen Besprechungen betrachtet werden</translation>
        </message>
        <message>
            <source>&amp;Quarter</source>
            <translation>&amp;Quartal</translation>
        </message>
        <message>
            <source>Each meeting's floor time per team, disputes raised and how they were settled</source>
            <translation>Redezeit pro Team in jeder Besprechung, eingebrachte Streitpunkte und wie sie beigelegt wurden</translation>
        </message>
        <message>
            <source>Close the neutrality report</source>
            <translation>Den Neutralitätsbericht schließen</translation>
        </message>
        <message>
            <source>Each meeting of the quarter:</source>
            <translation>Jede Besprechung des Quartals:</translation>
        </message>
        <message>
            <source>No meeting has been held yet: the report fills as they are.</source>
            <translation>Es hat noch keine Besprechung stattgefunden: Der Bericht füllt sich, sobald sie stattfinden.</translation>
        </message>
        <message numerus="yes">
            <source>{quarter}, %n meeting held: {summary}</source>
            <translation>
                <numerusform>{quarter}, %n Besprechung abgehalten: {summary}</numerusform>
                <numerusform>{quarter}, %n Besprechungen abgehalten: {summary}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{quarter}, %n meetings held: {summary}</source>
            <translation>
                <numerusform>{quarter}, %n Besprechung abgehalten: {summary}</numerusform>
                <numerusform>{quarter}, %n Besprechungen abgehalten: {summary}</numerusform>
            </translation>
        </message>
        <message>
            <source>Balanced: neither team held over {percent} % of the floor, and neither raised nor won most disputes.</source>
            <translation>Ausgewogen: Kein Team hatte mehr als {percent} % der Redezeit, und keines hat die meisten Streitpunkte eingebracht oder gewonnen.</translation>
        </message>
    </context>
    <context>
        <name>PutOnAgenda</name>
        <message>
            <source>Put on the agenda of {meeting}</source>
            <translation>Auf die Tagesordnung von {meeting} setzen</translation>
        </message>
        <message>
            <source>review</source>
            <translation>Überprüfung</translation>
        </message>
    </context>
    <context>
        <name>RecordVersion</name>
        <message>
            <source>New version of “{name}”</source>
            <translation>Neue Version von „{name}“</translation>
        </message>
        <message>
            <source>agreement version</source>
            <translation>Vereinbarungsversion</translation>
        </message>
    </context>
    <context>
        <name>SetDecision</name>
        <message>
            <source>Set decision details</source>
            <translation>Details der Entscheidung festlegen</translation>
        </message>
        <message>
            <source>decision details</source>
            <translation>Details der Entscheidung</translation>
        </message>
    </context>
    <context>
        <name>SettlementBox</name>
        <message>
            <source>Which way the resolved dispute was settled</source>
            <translation>In welche Richtung der gelöste Streitpunkt beigelegt wurde</translation>
        </message>
    </context>
    <context>
        <name>SettlementButtons</name>
        <message>
            <source>Say which way it was settled.</source>
            <translation>Geben Sie an, in welche Richtung er beigelegt wurde.</translation>
        </message>
        <message>
            <source>Towards &amp;Sales</source>
            <translation>Zugunsten &amp;Vertrieb</translation>
        </message>
        <message>
            <source>Towards &amp;Marketing</source>
            <translation>Zugunsten &amp;Marketing</translation>
        </message>
        <message>
            <source>&amp;Compromise</source>
            <translation>&amp;Kompromiss</translation>
        </message>
        <message>
            <source>The dispute was settled the way Sales asked</source>
            <translation>Der Streitpunkt wurde so beigelegt, wie der Vertrieb es wollte</translation>
        </message>
        <message>
            <source>The dispute was settled the way Marketing asked</source>
            <translation>Der Streitpunkt wurde so beigelegt, wie das Marketing es wollte</translation>
        </message>
        <message>
            <source>Both teams gave ground: neither side's way was taken whole</source>
            <translation>Beide Teams sind einander entgegengekommen: Keine Seite hat sich ganz durchgesetzt</translation>
        </message>
    </context>
    <context>
        <name>VersionDialog</name>
        <message>
            <source>New agreement</source>
            <translation>Neue Vereinbarung</translation>
        </message>
        <message>
            <source>New version of an agreement</source>
            <translation>Neue Version einer Vereinbarung</translation>
        </message>
        <message>
            <source>No dispute category</source>
            <translation>Keine Streitpunkt-Kategorie</translation>
        </message>
        <message>
            <source>Record it; Undo in the window that opened this takes it back</source>
            <translation>Erfassen; Rückgängig im Fenster, das diesen Dialog geöffnet hat, nimmt es zurück</translation>
        </message>
        <message>
            <source>Close without recording anything</source>
            <translation>Schließen, ohne etwas zu erfassen</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Dispute &amp;category:</source>
            <translation>Streitpunkt-&amp;Kategorie:</translation>
        </message>
        <message>
            <source>&amp;Agreement:</source>
            <translation>&amp;Vereinbarung:</translation>
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation>&amp;Text:</translation>
        </message>
        <message>
            <source>In force &amp;from:</source>
            <translation>&amp;Gültig ab:</translation>
        </message>
        <message>
            <source>Agreed at &amp;meeting:</source>
            <translation>Beschlossen in &amp;Besprechung:</translation>
        </message>
        <message>
            <source>&amp;Decision:</source>
            <translation>&amp;Entscheidung:</translation>
        </message>
        <message>
            <source>Led to by:</source>
            <translation>Anlass:</translation>
        </message>
        <message>
            <source>A short name for the agreement</source>
            <translation>Ein kurzer Name für die Vereinbarung</translation>
        </message>
        <message>
            <source>The kind of dispute this agreement settles, if any</source>
            <translation>Die Art von Streitpunkt, die diese Vereinbarung regelt, falls vorhanden</translation>
        </message>
        <message>
            <source>The agreement that gets a new version</source>
            <translation>Die Vereinbarung, die eine neue Version erhält</translation>
        </message>
        <message>
            <source>The whole text of the agreement as it will read</source>
            <translation>Der vollständige Text der Vereinbarung, wie er künftig lautet</translation>
        </message>
        <message>
            <source>The day this version takes effect</source>
            <translation>Der Tag, an dem diese Version in Kraft tritt</translation>
        </message>
        <message>
            <source>The meeting at which it was agreed</source>
            <translation>Die Besprechung, in der sie beschlossen wurde</translation>
        </message>
        <message>
            <source>The decision note of that meeting that led to it</source>
            <translation>Die Entscheidungsnotiz dieser Besprechung, die dazu geführt hat</translation>
        </message>
        <message>
            <source>No meeting</source>
            <translation>Keine Besprechung</translation>
        </message>
        <message>
            <source>No decision note</source>
            <translation>Keine Entscheidungsnotiz</translation>
        </message>
        <message>
            <source>Record a new version of the {agreement}?</source>
            <translation>Eine neue Version von „{name}“ erfassen?</translation>
        </message>
        <message>
            <source>Record a new version of an agreement on {category}?</source>
            <translation>Eine neue Version einer Vereinbarung zu {category} erfassen?</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Vereinbarungen</translation>
        </message>
        <message>
            <source>Dispute resolved: {title}</source>
            <translation>Streitpunkt gelöst: {title}</translation>
        </message>
    </context>
    <context>
        <name>WinLossDialog</name>
        <message>
            <source>Closed</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Deal</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Kampagne</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <source>Rundown</source>
            <translation>Rundown</translation>
        </message>
        <message>
            <source>Campaign idea</source>
            <translation>Kampagnenidee</translation>
        </message>
        <message>
            <source>No deals closed in this quarter yet.</source>
            <translation>In diesem Quartal wurden noch keine Deals abgeschlossen.</translation>
        </message>
        <message>
            <source>By campaign (won–lost): {campaigns}.</source>
            <translation>Nach Kampagne (gewonnen–verloren): {campaigns}.</translation>
        </message>
        <message>
            <source>Campaign ideas from lost deals: {count}.</source>
            <translation>Kampagnenideen aus verlorenen Deals: {count}.</translation>
        </message>
        <message>
            <source>Campaign ideas from lost deals: none.</source>
            <translation>Kampagnenideen aus verlorenen Deals: keine.</translation>
        </message>
        <message>
            <source>The deal's name, as the CRM knows it</source>
            <translation>Der Name des Deals, wie er im CRM steht</translation>
        </message>
        <message>
            <source>Whether the deal was won or lost</source>
            <translation>Ob der Deal gewonnen oder verloren wurde</translation>
        </message>
        <message>
            <source>The main reason it was won or lost</source>
            <translation>Der Hauptgrund, warum er gewonnen oder verloren wurde</translation>
        </message>
        <message>
            <source>A new reason; Add reason puts it on the list</source>
            <translation>Ein neuer Grund; „Grund hinzufügen“ nimmt ihn in die Liste auf</translation>
        </message>
        <message>
            <source>Add the typed reason to the list for this outcome</source>
            <translation>Den eingegebenen Grund in die Liste für dieses Ergebnis aufnehmen</translation>
        </message>
        <message>
            <source>The campaign the deal came from</source>
            <translation>Die Kampagne, aus der der Deal stammt</translation>
        </message>
        <message>
            <source>The deal's amount, in euros</source>
            <translation>Der Betrag des Deals in Euro</translation>
        </message>
        <message>
            <source>The day the deal closed; it decides the quarter</source>
            <translation>Der Tag des Abschlusses; er bestimmt das Quartal</translation>
        </message>
        <message>
            <source>The meeting whose rundown took the deal up</source>
            <translation>Die Besprechung, in deren Rundown der Deal behandelt wurde</translation>
        </message>
        <message>
            <source>For a lost deal: a campaign idea it suggests</source>
            <translation>Bei einem verlorenen Deal: eine Kampagnenidee, die er nahelegt</translation>
        </message>
        <message>
            <source>Clear the form for a deal not yet in the list</source>
            <translation>Das Formular für einen Deal leeren, der noch nicht in der Liste steht</translation>
        </message>
        <message>
            <source>Delete the chosen deal (Undo brings it back)</source>
            <translation>Den gewählten Deal löschen (Rückgängig holt ihn zurück)</translation>
        </message>
        <message>
            <source>Store the deal as the form shows it</source>
            <translation>Den Deal so speichern, wie das Formular ihn zeigt</translation>
        </message>
        <message>
            <source>Close the win/loss window</source>
            <translation>Das Fenster Gewonnen/Verloren schließen</translation>
        </message>
        <message>
            <source>Win/loss</source>
            <translation>Gewonnen/Verloren</translation>
        </message>
        <message>
            <source>The quarter before (Alt+Left)</source>
            <translation>Das vorige Quartal (Alt+Left)</translation>
        </message>
        <message>
            <source>The quarter after (Alt+Right)</source>
            <translation>Das nächste Quartal (Alt+Right)</translation>
        </message>
        <message>
            <source>The quarter's closed deals; choose one to edit it in the form below</source>
            <translation>Die abgeschlossenen Deals des Quartals; wählen Sie einen aus, um ihn im Formular darunter zu bearbeiten</translation>
        </message>
        <message>
            <source>A reason not on the list</source>
            <translation>Ein Grund, der nicht in der Liste steht</translation>
        </message>
        <message>
            <source>&amp;Add reason</source>
            <translation>Grund &amp;hinzufügen</translation>
        </message>
        <message>
            <source>What marketing could try to win the next one</source>
            <translation>Was das Marketing versuchen könnte, um den nächsten zu gewinnen</translation>
        </message>
        <message>
            <source>Dea&amp;l:</source>
            <translation>&amp;Deal:</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Ergebnis:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Grund:</translation>
        </message>
        <message>
            <source>Campai&amp;gn:</source>
            <translation>&amp;Kampagne:</translation>
        </message>
        <message>
            <source>A&amp;mount:</source>
            <translation>&amp;Betrag:</translation>
        </message>
        <message>
            <source>&amp;Closed on:</source>
            <translation>Abgeschlossen &amp;am:</translation>
        </message>
        <message>
            <source>R&amp;undown:</source>
            <translation>Rundown-Bes&amp;prechung:</translation>
        </message>
        <message>
            <source>Campaign &amp;idea:</source>
            <translation>Kampagnen&amp;idee:</translation>
        </message>
        <message>
            <source>&amp;New deal</source>
            <translation>&amp;Neuer Deal</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Not brought to a rundown</source>
            <translation>In keinem Rundown behandelt</translation>
        </message>
        <message>
            <source>No reason given</source>
            <translation>Kein Grund angegeben</translation>
        </message>
        <message>
            <source>the amount: {problem}</source>
            <translation>der Betrag: {problem}</translation>
        </message>
        <message>
            <source>Deal added.</source>
            <translation>Deal hinzugefügt.</translation>
        </message>
        <message>
            <source>Deal saved.</source>
            <translation>Deal gespeichert.</translation>
        </message>
        <message>
            <source>Deleted {name}; Undo brings it back.</source>
            <translation>{name} gelöscht; Rückgängig holt ihn zurück.</translation>
        </message>
        <message>
            <source>Reason added to the {outcome} list.</source>
            <translation>Grund zur Liste „{outcome}“ hinzugefügt.</translation>
        </message>
        <message>
            <source>Not saved — {reason}</source>
            <translation>Nicht gespeichert – {reason}</translation>
        </message>
    </context>
</TS>
