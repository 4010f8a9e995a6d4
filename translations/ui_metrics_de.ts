<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>BaselineDialog</name>
        <message>
            <source>Alignment baseline</source>
            <translation>Alignment-Baseline</translation>
        </message>
        <message>
            <source> of {top}</source>
            <translation> von {top}</translation>
        </message>
        <message>
            <source>The first run: later runs are read against it.</source>
            <translation>Die erste Erhebung: Spätere Erhebungen werden an ihr gemessen.</translation>
        </message>
        <message>
            <source>Previous run: {when}. Its answers are filled in to start from.</source>
            <translation>Letzte Erhebung: {when}. Ihre Antworten sind als Ausgangspunkt eingetragen.</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Jetzt</translation>
        </message>
        <message>
            <source>Previous run</source>
            <translation>Letzte Erhebung</translation>
        </message>
        <message>
            <source>Your answer now; the previous run answered {answer}</source>
            <translation>Ihre Antwort jetzt; die letzte Erhebung ergab {answer}</translation>
        </message>
        <message>
            <source>Your answer now; this first run is what later runs are read against</source>
            <translation>Ihre Antwort jetzt; an dieser ersten Erhebung werden spätere gemessen</translation>
        </message>
        <message>
            <source>Store these answers as a run of today, with the selected meeting</source>
            <translation>Diese Antworten als heutige Erhebung mit der ausgewählten Besprechung speichern</translation>
        </message>
        <message>
            <source>Close the baseline; answers not saved are dropped</source>
            <translation>Die Baseline schließen; nicht gespeicherte Antworten gehen verloren</translation>
        </message>
        <message>
            <source>{day} at “{meeting}”</source>
            <translation>{day} in „{meeting}“</translation>
        </message>
        <message>
            <source>Not saved — {reason}</source>
            <translation>Nicht gespeichert – {reason}</translation>
        </message>
        <message>
            <source>Saved the run of {when}.</source>
            <translation>Erhebung vom {when} gespeichert.</translation>
        </message>
        <message>
            <source>This is the first run; the next one will be compared with it.</source>
            <translation>Dies ist die erste Erhebung; die nächste wird mit ihr verglichen.</translation>
        </message>
        <message>
            <source>Since the first run ({when}):</source>
            <translation>Seit der ersten Erhebung ({when}):</translation>
        </message>
        <message>
            <source>better</source>
            <translation>besser</translation>
        </message>
        <message>
            <source>worse</source>
            <translation>schlechter</translation>
        </message>
        <message>
            <source>no answer has changed.</source>
            <translation>keine Antwort hat sich geändert.</translation>
        </message>
    </context>
    <context>
        <name>CreateGoal</name>
        <message>
            <source>Add goal {goal}</source>
            <translation>Ziel {goal} hinzufügen</translation>
        </message>
        <message>
            <source>new goal</source>
            <translation>neues Ziel</translation>
        </message>
    </context>
    <context>
        <name>GoalsDialog</name>
        <message>
            <source>The goal's name, as the grid and the minutes show it</source>
            <translation>Der Name des Ziels, wie ihn die Tabelle und das Protokoll zeigen</translation>
        </message>
        <message>
            <source>The team the goal is set for</source>
            <translation>Das Team, für das das Ziel gilt</translation>
        </message>
        <message>
            <source>Whether a value meets the target by being above it or below it</source>
            <translation>Ob ein Wert den Zielwert erreicht, indem er darüber oder darunter liegt</translation>
        </message>
        <message>
            <source>The span of time each value covers</source>
            <translation>Der Zeitraum, den jeder Wert abdeckt</translation>
        </message>
        <message>
            <source>The value the goal aims for, in its unit</source>
            <translation>Der angestrebte Wert, in der Einheit des Ziels</translation>
        </message>
        <message>
            <source>The day a new target takes effect; earlier meetings keep the old one</source>
            <translation>Der Tag, ab dem ein neuer Zielwert gilt; frühere Besprechungen behalten den alten</translation>
        </message>
        <message>
            <source>Whether the goal is to be reached by a date</source>
            <translation>Ob das Ziel bis zu einem Datum erreicht werden soll</translation>
        </message>
        <message>
            <source>The day the goal is to be reached by</source>
            <translation>Der Tag, bis zu dem das Ziel erreicht werden soll</translation>
        </message>
        <message>
            <source>The objective the goal serves</source>
            <translation>Der Zweck, dem das Ziel dient</translation>
        </message>
        <message>
            <source>Clear the form to add a goal</source>
            <translation>Das Formular leeren, um ein Ziel hinzuzufügen</translation>
        </message>
        <message>
            <source>Store the goal; a changed target takes effect from the In force date</source>
            <translation>Das Ziel speichern; ein geänderter Zielwert gilt ab dem Datum unter „Gültig ab“</translation>
        </message>
        <message>
            <source>An inactive goal is no longer tracked; its recorded values stay</source>
            <translation>Ein inaktives Ziel wird nicht mehr verfolgt; seine erfassten Werte bleiben erhalten</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Ziele</translation>
        </message>
        <message>
            <source>The goals set; select one to edit it</source>
            <translation>Die festgelegten Ziele; wählen Sie eines aus, um es zu bearbeiten</translation>
        </message>
        <message>
            <source>&amp;New goal</source>
            <translation>&amp;Neues Ziel</translation>
        </message>
        <message>
            <source>The goal's targets, newest first, each from the day it took effect</source>
            <translation>Die Zielwerte des Ziels, neueste zuerst, jeweils ab dem Tag ihrer Gültigkeit</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>Na&amp;me:</translation>
        </message>
        <message>
            <source>&amp;Team:</source>
            <translation>&amp;Team:</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>&amp;Einheit:</translation>
        </message>
        <message>
            <source>&amp;Direction:</source>
            <translation>&amp;Richtung:</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Zeitraum:</translation>
        </message>
        <message>
            <source>Tar&amp;get:</source>
            <translation>Ziel&amp;wert:</translation>
        </message>
        <message>
            <source>In force &amp;from:</source>
            <translation>&amp;Gültig ab:</translation>
        </message>
        <message>
            <source>O&amp;bjective:</source>
            <translation>Zwec&amp;k:</translation>
        </message>
        <message>
            <source>Target history</source>
            <translation>Verlauf der Zielwerte</translation>
        </message>
        <message>
            <source>Close the goals; a form not saved is dropped</source>
            <translation>Die Ziele schließen; nicht gespeicherte Eingaben gehen verloren</translation>
        </message>
        <message>
            <source>Both teams</source>
            <translation>Beide Teams</translation>
        </message>
        <message>
            <source>Dead&amp;line:</source>
            <translation>&amp;Frist:</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Frist</translation>
        </message>
        <message>
            <source>What the goal serves, e.g. fewer leads wasted</source>
            <translation>Wozu das Ziel dient, z. B. weniger verschwendete Leads</translation>
        </message>
        <message>
            <source>{goal} (inactive)</source>
            <translation>{goal} (inaktiv)</translation>
        </message>
        <message>
            <source>A goal's unit stays: its recorded values are in it</source>
            <translation>Die Einheit eines Ziels bleibt: Seine erfassten Werte sind in ihr angegeben</translation>
        </message>
        <message>
            <source>from {day}: {target}</source>
            <translation>ab {day}: {target}</translation>
        </message>
        <message>
            <source>&amp;Deactivate</source>
            <translation>&amp;Deaktivieren</translation>
        </message>
        <message>
            <source>Re&amp;activate</source>
            <translation>Re&amp;aktivieren</translation>
        </message>
        <message>
            <source>The unit the goal's values are in; it stays once saved</source>
            <translation>Die Einheit der Werte des Ziels; sie bleibt nach dem Speichern fest</translation>
        </message>
        <message>
            <source>Goal added.</source>
            <translation>Ziel hinzugefügt.</translation>
        </message>
        <message>
            <source>Save goal {goal}</source>
            <translation>Ziel {goal} speichern</translation>
        </message>
        <message>
            <source>goal changes</source>
            <translation>Zieländerungen</translation>
        </message>
        <message>
            <source>Goal saved.</source>
            <translation>Ziel gespeichert.</translation>
        </message>
        <message>
            <source>Goal saved; target {target} from {day}.</source>
            <translation>Ziel gespeichert; Zielwert {target} ab {day}.</translation>
        </message>
        <message>
            <source>Deactivate goal {goal}</source>
            <translation>Ziel {goal} deaktivieren</translation>
        </message>
        <message>
            <source>deactivate</source>
            <translation>Deaktivieren</translation>
        </message>
        <message>
            <source>Reactivate goal {goal}</source>
            <translation>Ziel {goal} reaktivieren</translation>
        </message>
        <message>
            <source>reactivate</source>
            <translation>Reaktivieren</translation>
        </message>
        <message>
            <source>Goal deactivated; its recorded values stay.</source>
            <translation>Ziel deaktiviert; seine erfassten Werte bleiben erhalten.</translation>
        </message>
        <message>
            <source>Goal active again.</source>
            <translation>Ziel wieder aktiv.</translation>
        </message>
        <message>
            <source>Not saved — {reason}</source>
            <translation>Nicht gespeichert – {reason}</translation>
        </message>
    </context>
    <context>
        <name>ImportCommand</name>
        <message>
            <source>Import {file}</source>
            <translation>{file} importieren</translation>
        </message>
        <message>
            <source>import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>… and 1 more</source>
            <translation>… und 1 weiterer</translation>
        </message>
        <message>
            <source>… and {count} more</source>
            <translation>… und {count} weitere</translation>
        </message>
        <message>
            <source>nothing from {file} was imported:
{problems}</source>
            <translation>aus {file} wurde nichts importiert:
{problems}</translation>
        </message>
        <message>
            <source>nothing from {file} was imported: {reason}</source>
            <translation>aus {file} wurde nichts importiert: {reason}</translation>
        </message>
    </context>
    <context>
        <name>MetricsDialog</name>
        <message>
            <source>Metrics</source>
            <translation>Kennzahlen</translation>
        </message>
        <message>
            <source>Close the metrics; every value typed is already stored</source>
            <translation>Die Kennzahlen schließen; jeder eingegebene Wert ist bereits gespeichert</translation>
        </message>
    </context>
    <context>
        <name>MetricsGrid</name>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>CSV &amp;importieren…</translation>
        </message>
        <message>
            <source>Fill the grid from a CRM export: goal, period, value</source>
            <translation>Die Tabelle aus einem CRM-Export füllen: Ziel, Zeitraum, Wert</translation>
        </message>
        <message>
            <source>Type a number, Enter or Tab for the next goal, Delete to clear, Ctrl+Z to undo.</source>
            <translation>Zahl eingeben, Enter oder Tab für das nächste Ziel, Entf zum Löschen, Ctrl+Z zum Rückgängigmachen.</translation>
        </message>
        <message>
            <source>Not stored — {reason}</source>
            <translation>Nicht gespeichert – {reason}</translation>
        </message>
        <message>
            <source>Import metrics</source>
            <translation>Kennzahlen importieren</translation>
        </message>
        <message>
            <source>Imported 1 value from {file}.</source>
            <translation>1 Wert aus {file} importiert.</translation>
        </message>
        <message>
            <source>Imported {count} values from {file}.</source>
            <translation>{count} Werte aus {file} importiert.</translation>
        </message>
    </context>
    <context>
        <name>MetricsMenu</name>
        <message>
            <source>&amp;Goals…</source>
            <translation>&amp;Ziele…</translation>
        </message>
        <message>
            <source>SLA goals, their teams and target history</source>
            <translation>SLA-Ziele, ihre Teams und der Verlauf ihrer Zielwerte</translation>
        </message>
        <message>
            <source>&amp;Trends…</source>
            <translation>&amp;Trends…</translation>
        </message>
        <message>
            <source>Each goal over the last meetings against its target</source>
            <translation>Jedes Ziel über die letzten Besprechungen im Vergleich zu seinem Zielwert</translation>
        </message>
        <message>
            <source>&amp;Alignment baseline…</source>
            <translation>Alignment-&amp;Baseline…</translation>
        </message>
        <message>
            <source>Assess how aligned Sales and Marketing are; taken at the selected meeting</source>
            <translation>Einschätzen, wie gut Vertrieb und Marketing aufeinander abgestimmt sind; erhoben in der ausgewählten Besprechung</translation>
        </message>
        <message>
            <source>&amp;Funnel…</source>
            <translation>&amp;Funnel…</translation>
        </message>
        <message>
            <source>The CRM's funnel per lead source: conversion rates, goals, good and poor sources</source>
            <translation>Der Funnel des CRM je Lead-Quelle: Konversionsraten, Ziele, gute und schwache Quellen</translation>
        </message>
        <message>
            <source>&amp;Win/loss…</source>
            <translation>&amp;Gewonnen/verloren…</translation>
        </message>
        <message>
            <source>A quarter's won and lost deals: main reasons, campaigns, ideas from lost deals</source>
            <translation>Die gewonnenen und verlorenen Deals eines Quartals: Hauptgründe, Kampagnen, Ideen aus verlorenen Deals</translation>
        </message>
        <message>
            <source>&amp;Decision log…</source>
            <translation>&amp;Entscheidungsprotokoll…</translation>
        </message>
        <message>
            <source>Decisions with their owner, goal and review date; those due for review</source>
            <translation>Entscheidungen mit Verantwortlichen, Ziel und Überprüfungsdatum; die zur Überprüfung fälligen</translation>
        </message>
        <message>
            <source>&amp;Neutrality…</source>
            <translation>&amp;Neutralität…</translation>
        </message>
        <message>
            <source>Floor time, disputes raised and settlements per team: are the meetings balanced?</source>
            <translation>Redezeit, eingebrachte Streitpunkte und Einigungen je Team: Sind die Besprechungen ausgewogen?</translation>
        </message>
        <message>
            <source>Agree&amp;ments…</source>
            <translation>&amp;Vereinbarungen…</translation>
        </message>
        <message>
            <source>The agreements between the teams: MQL definition, SLA terms, their versions</source>
            <translation>Die Vereinbarungen zwischen den Teams: MQL-Definition, SLA-Bedingungen, ihre Versionen</translation>
        </message>
        <message>
            <source>Metrics</source>
            <translation>Kennzahlen</translation>
        </message>
    </context>
    <context>
        <name>MetricsModel</name>
        <message>
            <source>Goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Zielwert</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Bewertung</translation>
        </message>
        <message>
            <source>Both teams</source>
            <translation>Beide Teams</translation>
        </message>
    </context>
    <context>
        <name>MetricsTable</name>
        <message>
            <source>Metrics</source>
            <translation>Kennzahlen</translation>
        </message>
        <message>
            <source>Each goal's target, value and verdict; type a value on its row</source>
            <translation>Zielwert, Wert und Bewertung jedes Ziels; geben Sie einen Wert in seiner Zeile ein</translation>
        </message>
    </context>
    <context>
        <name>SetValueCommand</name>
        <message>
            <source>Clear {goal}</source>
            <translation>{goal} leeren</translation>
        </message>
        <message>
            <source>Set {goal}</source>
            <translation>{goal} setzen</translation>
        </message>
        <message>
            <source>value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>{goal}: {reason} (you typed {typed})</source>
            <translation>{goal}: {reason} (Ihre Eingabe: {typed})</translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <source>{day}: {value} (missed)</source>
            <translation>{day}: {value} (verfehlt)</translation>
        </message>
        <message>
            <source>{day}: {value}</source>
            <translation>{day}: {value}</translation>
        </message>
        <message>
            <source>{goal} trend</source>
            <translation>Trend von {goal}</translation>
        </message>
        <message>
            <source>no values yet</source>
            <translation>noch keine Werte</translation>
        </message>
        <message>
            <source>No values yet</source>
            <translation>Noch keine Werte</translation>
        </message>
    </context>
    <context>
        <name>TrendsDialog</name>
        <message>
            <source>Trends</source>
            <translation>Trends</translation>
        </message>
        <message>
            <source>Close the trends</source>
            <translation>Die Trends schließen</translation>
        </message>
    </context>
    <context>
        <name>TrendsView</name>
        <message>
            <source>How many recent meetings the trends cover</source>
            <translation>Wie viele der letzten Besprechungen die Trends umfassen</translation>
        </message>
        <message>
            <source> meetings</source>
            <translation> Besprechungen</translation>
        </message>
        <message>
            <source>&amp;Show the last:</source>
            <translation>&amp;Die letzten:</translation>
        </message>
        <message>
            <source>No goals yet: add them under Metrics › Goals…</source>
            <translation>Noch keine Ziele: Fügen Sie sie unter Kennzahlen › Ziele… hinzu</translation>
        </message>
        <message>
            <source>No value yet.</source>
            <translation>Noch kein Wert.</translation>
        </message>
        <message numerus="yes">
            <source>{misses} of the last %n missed</source>
            <translation>
                <numerusform>verfehlt: {misses} von %n</numerusform>
                <numerusform>verfehlt: {misses} der letzten %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>none of the last %n missed</source>
            <translation>
                <numerusform>verfehlt: keine von %n</numerusform>
                <numerusform>verfehlt: keine der letzten %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Latest: {verdict} · {tally}.</source>
            <translation>Zuletzt: {verdict} · {tally}.</translation>
        </message>
    </context>
</TS>
