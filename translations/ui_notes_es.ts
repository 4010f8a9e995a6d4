<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>NoteCommand</name>
        <message>
            <source>note</source>
            <translation>nota</translation>
        </message>
        <message>
            <source>File note</source>
            <translation>Archivar nota</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>Eliminar nota</translation>
        </message>
        <message>
            <source>Edit note</source>
            <translation>Editar nota</translation>
        </message>
        <message>
            <source>Change note kind</source>
            <translation>Cambiar tipo de nota</translation>
        </message>
        <message>
            <source>Move note</source>
            <translation>Mover nota</translation>
        </message>
        <message>
            <source>Park note</source>
            <translation>Aparcar nota</translation>
        </message>
        <message>
            <source>Unpark note</source>
            <translation>Recuperar nota</translation>
        </message>
    </context>
    <context>
        <name>NoteDetail</name>
        <message>
            <source>Select a note to read it here in full.</source>
            <translation>Seleccione una nota para leerla aquí completa.</translation>
        </message>
        <message>
            <source>Selected note</source>
            <translation>Nota seleccionada</translation>
        </message>
    </context>
    <context>
        <name>NoteEntry</name>
        <message>
            <source>Type a note first; an empty note is not filed.</source>
            <translation>Escriba primero una nota; una nota vacía no se archiva.</translation>
        </message>
        <message>
            <source>The kind of the note being typed; a leading ! * ? # sets it too</source>
            <translation>El tipo de la nota que se escribe; un ! * ? # inicial también lo fija</translation>
        </message>
        <message>
            <source>The agenda item a new note is filed under</source>
            <translation>El punto del orden del día en el que se archiva una nota nueva</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>New note under the chosen item — ! decision, * highlight, ? question, # metric</source>
            <translation>Nota nueva en el punto elegido: ! decisión, * destacado, ? pregunta, # métrica</translation>
        </message>
        <message>
            <source>Note under the current item — start with ! for a decision — Enter files it</source>
            <translation>Nota en el punto actual: empiece con ! para una decisión; Intro la archiva</translation>
        </message>
        <message>
            <source>A note under the chosen item. Start it with ! for a decision, * for a highlight, ? for a question or # for a metric; Enter files it.</source>
            <translation>Una nota en el punto elegido. Empiécela con ! para una decisión, * para un destacado, ? para una pregunta o # para una métrica; Intro la archiva.</translation>
        </message>
        <message>
            <source>A note under the current item, at the time into the meeting. Start it with ! for a decision, * for a highlight, ? for a question or # for a metric; Enter files it.</source>
            <translation>Una nota en el punto actual, con el tiempo transcurrido de la reunión. Empiécela con ! para una decisión, * para un destacado, ? para una pregunta o # para una métrica; Intro la archiva.</translation>
        </message>
        <message>
            <source>Meeting as a whole</source>
            <translation>Reunión en general</translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <source>&amp;Edit text</source>
            <translation>&amp;Editar texto</translation>
        </message>
        <message>
            <source>Edit the selected note's text (F2)</source>
            <translation>Editar el texto de la nota seleccionada (F2)</translation>
        </message>
        <message>
            <source>&amp;Park / unpark</source>
            <translation>&amp;Aparcar / recuperar</translation>
        </message>
        <message>
            <source>Park the selected note for a later meeting, or take it back (Ctrl+P)</source>
            <translation>Aparcar la nota seleccionada para una reunión posterior, o recuperarla (Ctrl+P)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>E&amp;liminar</translation>
        </message>
        <message>
            <source>Delete the selected note; Ctrl+Z brings it back (Del)</source>
            <translation>Eliminar la nota seleccionada; Ctrl+Z la recupera (Supr)</translation>
        </message>
        <message>
            <source>&amp;Move to item</source>
            <translation>&amp;Mover a punto</translation>
        </message>
        <message>
            <source>File the selected note under another agenda item</source>
            <translation>Archivar la nota seleccionada en otro punto del orden del día</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <source>Meeting as a whole</source>
            <translation>Reunión en general</translation>
        </message>
        <message>
            <source>Un&amp;park</source>
            <translation>&amp;Recuperar</translation>
        </message>
        <message>
            <source>&amp;Park</source>
            <translation>&amp;Aparcar</translation>
        </message>
    </context>
    <context>
        <name>NotesTable</name>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>The meeting's notes in the order typed; F2 edits the selected one</source>
            <translation>Las notas de la reunión en el orden en que se escribieron; F2 edita la seleccionada</translation>
        </message>
    </context>
    <context>
        <name>NotesTableModel</name>
        <message>
            <source>Meeting</source>
            <translation>Reunión</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tiempo</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Punto</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <source>{kind} (not sent)</source>
            <translation>{kind} (no enviada)</translation>
        </message>
        <message>
            <source>{kind} (parked)</source>
            <translation>{kind} (aparcada)</translation>
        </message>
        <message>
            <source>(F2 shows the whole note)</source>
            <translation>(F2 muestra la nota completa)</translation>
        </message>
    </context>
</TS>
