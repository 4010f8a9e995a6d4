<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>EditCommand</name>
    <message>
        <source>This change was not saved.</source>
        <translation>Este cambio no se ha guardado.</translation>
    </message>
</context>
<context>
    <name>RangeExplainingSpinBox</name>
    <message>
        <source>Between {minimum} and {maximum}{unit}.</source>
        <translation>Entre {minimum} y {maximum}{unit}.</translation>
    </message>
</context>
<context>
    <name>choose_csv</name>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>undo_keys</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
</context>
</TS>
