<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>EditCommand</name>
    <message>
        <source>This change was not saved.</source>
        <translation>Diese Änderung wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>RangeExplainingSpinBox</name>
    <message>
        <source>Between {minimum} and {maximum}{unit}.</source>
        <translation>Zwischen {minimum} und {maximum}{unit}.</translation>
    </message>
</context>
<context>
    <name>choose_csv</name>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>undo_keys</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
</context>
</TS>
