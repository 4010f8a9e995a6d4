<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>ActionItemsWindow</name>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Equipo</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vence</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Made at</source>
            <translation>Creada en</translation>
        </message>
        <message>
            <source>{status} — OVERDUE</source>
            <translation>{status} — VENCIDA</translation>
        </message>
        <message>
            <source>Action items</source>
            <translation>Tareas</translation>
        </message>
        <message>
            <source>All owners</source>
            <translation>Todos los responsables</translation>
        </message>
        <message>
            <source>All teams</source>
            <translation>Todos los equipos</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Todos los estados</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Vencidas</translation>
        </message>
        <message>
            <source>Show only the items of this owner</source>
            <translation>Mostrar solo las tareas de este responsable</translation>
        </message>
        <message>
            <source>Show only the items of owners in this team</source>
            <translation>Mostrar solo las tareas de responsables de este equipo</translation>
        </message>
        <message>
            <source>Show only open, done, dropped or overdue items</source>
            <translation>Mostrar solo las tareas abiertas, hechas, descartadas o vencidas</translation>
        </message>
        <message>
            <source>&amp;Owner</source>
            <translation>&amp;Responsable</translation>
        </message>
        <message>
            <source>&amp;Team</source>
            <translation>E&amp;quipo</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>E&amp;stado</translation>
        </message>
        <message>
            <source>Every action item recorded; select one to change it</source>
            <translation>Todas las tareas registradas; seleccione una para modificarla</translation>
        </message>
        <message>
            <source>Mark &amp;done</source>
            <translation>Marcar como &amp;hecha</translation>
        </message>
        <message>
            <source>Close the selected item as done (Ctrl+Return)</source>
            <translation>Cerrar la tarea seleccionada como hecha (Ctrl+Return)</translation>
        </message>
        <message>
            <source>D&amp;rop</source>
            <translation>&amp;Descartar</translation>
        </message>
        <message>
            <source>Close the selected item without doing it</source>
            <translation>Cerrar la tarea seleccionada sin hacerla</translation>
        </message>
        <message>
            <source>Re&amp;open</source>
            <translation>Re&amp;abrir</translation>
        </message>
        <message>
            <source>Make the selected done or dropped item open again</source>
            <translation>Volver a abrir la tarea seleccionada, hecha o descartada</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Modificar…</translation>
        </message>
        <message>
            <source>Change the selected item's text, owner or due date (F2)</source>
            <translation>Cambiar el texto, el responsable o la fecha de vencimiento de la tarea seleccionada (F2)</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>E&amp;liminar</translation>
        </message>
        <message>
            <source>Delete an item typed by mistake; one from an ended meeting is dropped (Del)</source>
            <translation>Eliminar una tarea creada por error; la de una reunión terminada se descarta (Del)</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Modificar</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Marcar como hecha</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>1 action item, {overdue} overdue</source>
            <translation>1 tarea; vencidas: {overdue}</translation>
        </message>
        <message>
            <source>{count} action items, {overdue} overdue</source>
            <translation>{count} tareas; vencidas: {overdue}</translation>
        </message>
        <message>
            <source>Select an action item first.</source>
            <translation>Seleccione primero una tarea.</translation>
        </message>
        <message>
            <source>Mark action item done</source>
            <translation>Marcar la tarea como hecha</translation>
        </message>
        <message>
            <source>mark done</source>
            <translation>marcar como hecha</translation>
        </message>
        <message>
            <source>Marked done.</source>
            <translation>Marcada como hecha.</translation>
        </message>
        <message>
            <source>Mark action item dropped</source>
            <translation>Marcar la tarea como descartada</translation>
        </message>
        <message>
            <source>mark dropped</source>
            <translation>marcar como descartada</translation>
        </message>
        <message>
            <source>Marked dropped.</source>
            <translation>Marcada como descartada.</translation>
        </message>
        <message>
            <source>Mark action item open</source>
            <translation>Marcar la tarea como abierta</translation>
        </message>
        <message>
            <source>mark open</source>
            <translation>marcar como abierta</translation>
        </message>
        <message>
            <source>Marked open.</source>
            <translation>Marcada como abierta.</translation>
        </message>
        <message>
            <source>{reason} Dropped it: Undo (Ctrl+Z) brings it back.</source>
            <translation>{reason} Se ha descartado: Deshacer (Ctrl+Z) la recupera.</translation>
        </message>
        <message>
            <source>Deleted: Undo (Ctrl+Z) brings it back.</source>
            <translation>Eliminada: Deshacer (Ctrl+Z) la recupera.</translation>
        </message>
    </context>
    <context>
        <name>DisputesWindow</name>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Raised by</source>
            <translation>Planteada por</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Reuniones</translation>
        </message>
        <message>
            <source>Last came up</source>
            <translation>Última vez</translation>
        </message>
        <message>
            <source>raised</source>
            <translation>planteada</translation>
        </message>
        <message>
            <source>discussed</source>
            <translation>tratada</translation>
        </message>
        <message>
            <source>settled</source>
            <translation>resuelta</translation>
        </message>
        <message>
            <source>Show only the disputes with this status</source>
            <translation>Mostrar solo las disputas con este estado</translation>
        </message>
        <message>
            <source>Show only the disputes of this category</source>
            <translation>Mostrar solo las disputas de esta categoría</translation>
        </message>
        <message>
            <source>Show only the disputes this team raised</source>
            <translation>Mostrar solo las disputas que planteó este equipo</translation>
        </message>
        <message>
            <source>What Sales says about the selected dispute</source>
            <translation>Lo que dice Ventas sobre la disputa seleccionada</translation>
        </message>
        <message>
            <source>What Marketing says about the selected dispute</source>
            <translation>Lo que dice Marketing sobre la disputa seleccionada</translation>
        </message>
        <message>
            <source>Where the dispute stands; a change is recorded at the meeting below</source>
            <translation>En qué estado está la disputa; un cambio se registra en la reunión de abajo</translation>
        </message>
        <message>
            <source>How the dispute was resolved, or what was agreed so far</source>
            <translation>Cómo se resolvió la disputa, o lo acordado hasta ahora</translation>
        </message>
        <message>
            <source>The meeting a change of status or resolution was made at</source>
            <translation>La reunión en la que se cambió el estado o la resolución</translation>
        </message>
        <message>
            <source>Store the positions, and a change of status or resolution at that meeting (Ctrl+S)</source>
            <translation>Guardar las posturas y registrar un cambio de estado o de resolución en esa reunión (Ctrl+S)</translation>
        </message>
        <message>
            <source>Change the selected dispute's title and category</source>
            <translation>Cambiar el título y la categoría de la disputa seleccionada</translation>
        </message>
        <message>
            <source>0 disputes</source>
            <translation>0 disputas</translation>
        </message>
        <message>
            <source>1 dispute, {open} open</source>
            <translation>1 disputa; abiertas: {open}</translation>
        </message>
        <message>
            <source>{count} disputes, {open} open</source>
            <translation>{count} disputas; abiertas: {open}</translation>
        </message>
        <message>
            <source>{day}  {meeting} — {role}, {status} after it</source>
            <translation>{day}  {meeting} — {role}; después: {status}</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <source>Save the changes to “{title}”?</source>
            <translation>¿Desea guardar los cambios en «{title}»?</translation>
        </message>
        <message>
            <source>Disputes</source>
            <translation>Disputas</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Todos los estados</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Todas las categorías</translation>
        </message>
        <message>
            <source>Raised by any team</source>
            <translation>Planteadas por cualquier equipo</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>E&amp;stado</translation>
        </message>
        <message>
            <source>&amp;Category</source>
            <translation>&amp;Categoría</translation>
        </message>
        <message>
            <source>&amp;Team</source>
            <translation>E&amp;quipo</translation>
        </message>
        <message>
            <source>Every dispute recorded; select one to see or edit it</source>
            <translation>Todas las disputas registradas; seleccione una para verla o editarla</translation>
        </message>
        <message>
            <source>Dispute history</source>
            <translation>Historial de la disputa</translation>
        </message>
        <message>
            <source>What happened to the selected dispute, oldest first</source>
            <translation>Lo que ocurrió con la disputa seleccionada, lo más antiguo primero</translation>
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation>&amp;Guardar cambios</translation>
        </message>
        <message>
            <source>&amp;Edit title and category…</source>
            <translation>Cam&amp;biar título y categoría…</translation>
        </message>
        <message>
            <source>Sales &amp;position</source>
            <translation>Postura de &amp;ventas</translation>
        </message>
        <message>
            <source>&amp;Marketing position</source>
            <translation>Postura de &amp;marketing</translation>
        </message>
        <message>
            <source>Stat&amp;us</source>
            <translation>Es&amp;tado</translation>
        </message>
        <message>
            <source>Sett&amp;led</source>
            <translation>Forma de acuer&amp;do</translation>
        </message>
        <message>
            <source>&amp;Resolution</source>
            <translation>&amp;Resolución</translation>
        </message>
        <message>
            <source>Recorded &amp;at meeting</source>
            <translation>Registrado en la re&amp;unión</translation>
        </message>
        <message>
            <source>History: the meetings where it came up</source>
            <translation>Historial: las reuniones en las que se trató</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Guardar cambios</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <source>Choose the meeting the change was made at.</source>
            <translation>Elija la reunión en la que se hizo el cambio.</translation>
        </message>
        <message>
            <source>Save “{title}”</source>
            <translation>Guardar «{title}»</translation>
        </message>
        <message>
            <source>dispute changes</source>
            <translation>cambios en la disputa</translation>
        </message>
    </context>
    <context>
        <name>FilteredTableWindow</name>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
    </context>
    <context>
        <name>OverdueNotice</name>
        <message>
            <source>1 action item is overdue — show it</source>
            <translation>1 tarea está vencida — mostrarla</translation>
        </message>
        <message>
            <source>{count} action items are overdue — show them</source>
            <translation>{count} tareas están vencidas — mostrarlas</translation>
        </message>
        <message>
            <source>Open Meeting ‣ Action items on the overdue ones</source>
            <translation>Abrir Reunión ‣ Tareas con las vencidas</translation>
        </message>
    </context>
    <context>
        <name>RecordCommands</name>
        <message>
            <source>Open dispute “{title}”</source>
            <translation>Abrir la disputa «{title}»</translation>
        </message>
        <message>
            <source>new dispute</source>
            <translation>nueva disputa</translation>
        </message>
        <message>
            <source>Add action item</source>
            <translation>Añadir tarea</translation>
        </message>
        <message>
            <source>new action item</source>
            <translation>nueva tarea</translation>
        </message>
        <message>
            <source>Delete action item</source>
            <translation>Eliminar tarea</translation>
        </message>
        <message>
            <source>delete</source>
            <translation>eliminar</translation>
        </message>
        <message>
            <source>Drop action item</source>
            <translation>Descartar tarea</translation>
        </message>
        <message>
            <source>drop</source>
            <translation>descartar</translation>
        </message>
    </context>
    <context>
        <name>SearchDock</name>
        <message>
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Reunión</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Encontrado</translation>
        </message>
        <message>
            <source>Type a word to search notes, decisions, disputes and action items.</source>
            <translation>Escriba una palabra para buscar en notas, decisiones, disputas y tareas.</translation>
        </message>
        <message>
            <source>No meeting</source>
            <translation>Sin reunión</translation>
        </message>
        <message>
            <source>The first {count} results; add a word to narrow them down.</source>
            <translation>Los primeros {count} resultados; añada una palabra para acotarlos.</translation>
        </message>
        <message>
            <source>1 result</source>
            <translation>1 resultado</translation>
        </message>
        <message>
            <source>{count} results</source>
            <translation>{count} resultados</translation>
        </message>
        <message>
            <source>Nothing found for “{query}”.</source>
            <translation>No se encontró nada para «{query}».</translation>
        </message>
        <message>
            <source>Search notes, decisions, disputes, action items</source>
            <translation>Buscar en notas, decisiones, disputas y tareas</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>Results follow as you type; Enter opens the first, Down steps into them</source>
            <translation>Los resultados aparecen mientras escribe; Intro abre el primero y Flecha abajo pasa a la lista</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Resultados de la búsqueda</translation>
        </message>
        <message>
            <source>What matched, bold where it matched; Enter opens its meeting at that item</source>
            <translation>Lo que coincide, en negrita donde coincide; Intro abre su reunión en ese punto</translation>
        </message>
        <message>
            <source>That result belongs to no meeting, so there is none to open.</source>
            <translation>Ese resultado no pertenece a ninguna reunión, así que no hay ninguna que abrir.</translation>
        </message>
    </context>
</TS>
