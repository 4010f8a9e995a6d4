<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Rename item {number}</source>
        <translation>Renombrar el punto {number}</translation>
    </message>
    <message>
        <source>Change kind of item {number}</source>
        <translation>Cambiar el tipo del punto {number}</translation>
    </message>
    <message>
        <source>Change duration of item {number}</source>
        <translation>Cambiar la duración del punto {number}</translation>
    </message>
    <message>
        <source>Change presenter team of item {number}</source>
        <translation>Cambiar el equipo presentador del punto {number}</translation>
    </message>
    <message>
        <source>Change presenter of item {number}</source>
        <translation>Cambiar el presentador del punto {number}</translation>
    </message>
    <message>
        <source>Change description of item {number}</source>
        <translation>Cambiar la descripción del punto {number}</translation>
    </message>
    <message>
        <source>Edit item {number}</source>
        <translation>Editar el punto {number}</translation>
    </message>
    <message>
        <source>Add item {number}</source>
        <translation>Añadir el punto {number}</translation>
    </message>
    <message>
        <source>Remove {item}</source>
        <translation>Quitar {item}</translation>
    </message>
    <message>
        <source>Move {item} up</source>
        <translation>Subir {item}</translation>
    </message>
    <message>
        <source>Move {item} down</source>
        <translation>Bajar {item}</translation>
    </message>
    <message>
        <source>Move {item} to position {number}</source>
        <translation>Mover {item} a la posición {number}</translation>
    </message>
    <message>
        <source>Set cap to {minutes} min</source>
        <translation>Fijar el límite en {minutes} min</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Añadir punto</translation>
    </message>
    <message>
        <source>Add an item below the selected one (Ctrl+Shift+N or Insert)</source>
        <translation>Añadir un punto debajo del seleccionado (Ctrl+Shift+N o Insert)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected item (Delete)</source>
        <translation>Quitar el punto seleccionado (Supr)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move the selected item up (Ctrl+Up)</source>
        <translation>Subir el punto seleccionado (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Move the selected item down (Ctrl+Down)</source>
        <translation>Bajar el punto seleccionado (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Puntos del orden del día</translation>
    </message>
    <message>
        <source>F2 or typing edits a cell, Enter keeps it; Insert adds an item, Delete removes it; Ctrl+Up and Ctrl+Down move it; Tab goes on to the cap.</source>
        <translation>F2 o escribir edita una celda, Intro la confirma; Insert añade un punto, Supr lo quita; Ctrl+Up y Ctrl+Down lo mueven; Tab pasa al límite de tiempo.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Cap in minutes</source>
        <translation>Límite de tiempo en minutos</translation>
    </message>
    <message>
        <source>The most minutes the meeting may take; the items&apos; times are held against it</source>
        <translation>El máximo de minutos que puede durar la reunión; los tiempos de los puntos se comparan con él</translation>
    </message>
    <message>
        <source>&amp;Cap:</source>
        <translation>Lími&amp;te:</translation>
    </message>
    <message>
        <source>Planned time against the cap</source>
        <translation>Tiempo previsto frente al límite</translation>
    </message>
    <message>
        <source>Why the plan cannot be saved</source>
        <translation>Por qué no se puede guardar el plan</translation>
    </message>
    <message>
        <source>{duration} over</source>
        <translation>{duration} de más</translation>
    </message>
    <message>
        <source>exactly the cap</source>
        <translation>justo el límite</translation>
    </message>
    <message>
        <source>{duration} to spare</source>
        <translation>{duration} de margen</translation>
    </message>
    <message>
        <source>{total} of {cap} — {verdict}</source>
        <translation>{total} de {cap} — {verdict}</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>New item</source>
        <translation>Nuevo punto</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Presenter team</source>
        <translation>Equipo presentador</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Presentador</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderador</translation>
    </message>
    <message>
        <source>Person #{number}</source>
        <translation>Persona n.º {number}</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(sin elegir)</translation>
    </message>
    <message>
        <source>Minutes, or minutes:seconds (12, 12:30, 0:45)</source>
        <translation>Minutos, o minutos:segundos (12, 12:30, 0:45)</translation>
    </message>
    <message>
        <source>The moderator leads this item; choose a team to name a presenter.</source>
        <translation>El moderador dirige este punto; elija un equipo para nombrar a un presentador.</translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderador</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Presentador</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>{duration} so far</source>
        <translation>{duration} hasta ahora</translation>
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
        <translation>Orden del día previsto y real</translation>
    </message>
    <message>
        <source>Each item&apos;s planned and actual time; an overrun adds how much it ran long</source>
        <translation>Tiempo previsto y real de cada punto; si se pasó, se indica en cuánto</translation>
    </message>
    <message>
        <source>Planned {planned} of {cap}</source>
        <translation>Previsto {planned} de {cap}</translation>
    </message>
    <message>
        <source>{planned} — not run yet</source>
        <translation>{planned} — aún sin celebrar</translation>
    </message>
    <message>
        <source>over the cap by {duration}</source>
        <translation>{duration} por encima del límite</translation>
    </message>
    <message>
        <source>within the cap</source>
        <translation>dentro del límite</translation>
    </message>
    <message>
        <source>{planned} — ran {duration} so far, {verdict}</source>
        <translation>{planned} — {duration} transcurridos hasta ahora, {verdict}</translation>
    </message>
    <message>
        <source>{planned} — ran {duration}, {verdict}</source>
        <translation>{planned} — duró {duration}, {verdict}</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Alt+P present · Alt+L late · Alt+A absent: each mark moves on to the next person.</source>
        <translation>Alt+P presente · Alt+L tarde · Alt+A ausente: cada marca pasa a la persona siguiente.</translation>
    </message>
    <message>
        <source>No one invited yet.</source>
        <translation>Aún no se ha convocado a nadie.</translation>
    </message>
    <message>
        <source>{count} invited</source>
        <translation>convocados: {count}</translation>
    </message>
    <message>
        <source>{count} present</source>
        <translation>presentes: {count}</translation>
    </message>
    <message>
        <source>{count} late</source>
        <translation>con retraso: {count}</translation>
    </message>
    <message>
        <source>{count} absent</source>
        <translation>ausentes: {count}</translation>
    </message>
    <message>
        <source>{count} not marked yet</source>
        <translation>sin marcar aún: {count}</translation>
    </message>
    <message>
        <source>Mark present</source>
        <translation>Marcar como presente</translation>
    </message>
    <message>
        <source>mark present</source>
        <translation>marcar como presente</translation>
    </message>
    <message>
        <source>Mark late</source>
        <translation>Marcar con retraso</translation>
    </message>
    <message>
        <source>mark late</source>
        <translation>marcar con retraso</translation>
    </message>
    <message>
        <source>Mark absent</source>
        <translation>Marcar como ausente</translation>
    </message>
    <message>
        <source>mark absent</source>
        <translation>marcar como ausente</translation>
    </message>
    <message>
        <source>No meeting chosen.</source>
        <translation>No se ha elegido ninguna reunión.</translation>
    </message>
    <message>
        <source>Uninvite</source>
        <translation>Desconvocar</translation>
    </message>
    <message>
        <source>uninvite</source>
        <translation>desconvocar</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Convocar</translation>
    </message>
    <message>
        <source>invite</source>
        <translation>convocar</translation>
    </message>
    <message>
        <source>Mark present ({key})</source>
        <translation>Marcar como presente ({key})</translation>
    </message>
    <message>
        <source>Mark late ({key})</source>
        <translation>Marcar con retraso ({key})</translation>
    </message>
    <message>
        <source>Mark absent ({key})</source>
        <translation>Marcar como ausente ({key})</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>Convocar…</translation>
    </message>
    <message>
        <source>Invite people from the roster ({key})</source>
        <translation>Convocar a personas de la lista ({key})</translation>
    </message>
    <message>
        <source>Take the selected people off the list (only while not marked) ({key})</source>
        <translation>Quitar de la lista a las personas seleccionadas (solo mientras no estén marcadas) ({key})</translation>
    </message>
    <message>
        <source>Add guest…</source>
        <translation>Añadir invitado…</translation>
    </message>
    <message>
        <source>Add someone who came unannounced, marked present ({key})</source>
        <translation>Añadir a alguien que vino sin avisar, marcado como presente ({key})</translation>
    </message>
    <message>
        <source>Attendance summary</source>
        <translation>Resumen de asistencia</translation>
    </message>
    <message>
        <source>Mark:</source>
        <translation>Marcar:</translation>
    </message>
</context>
<context>
    <name>AttendanceTable</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>{name} (guest)</source>
        <translation>{name} (invitado)</translation>
    </message>
    <message>
        <source>Invited, not marked</source>
        <translation>Convocado, sin marcar</translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <source>Carried over from the last meeting</source>
        <translation>Traído de la última reunión</translation>
    </message>
    <message>
        <source>Not reached or parked last time, or decisions due for review — tick the ones to put on this agenda (Space):</source>
        <translation>No se llegó a ello o se aparcó la última vez, o decisiones pendientes de revisión: marque lo que quiera poner en este orden del día (barra espaciadora):</translation>
    </message>
    <message>
        <source>Items to carry over</source>
        <translation>Puntos para traer</translation>
    </message>
    <message>
        <source>Tick what the new meeting takes over from the last one</source>
        <translation>Marque lo que la nueva reunión toma de la anterior</translation>
    </message>
    <message>
        <source>Add ticked to agenda</source>
        <translation>Añadir lo marcado</translation>
    </message>
    <message>
        <source>Add the ticked items to the new meeting&apos;s agenda</source>
        <translation>Añadir los puntos marcados al orden del día de la nueva reunión</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Close without adding anything; the agenda stays as it is</source>
        <translation>Cerrar sin añadir nada; el orden del día queda como está</translation>
    </message>
</context>
<context>
    <name>DurationDelegate</name>
    <message>
        <source>Minutes, or minutes:seconds</source>
        <translation>Minutos, o minutos:segundos</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <source>Add a guest</source>
        <translation>Añadir un invitado</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Nombre y apellidos</translation>
    </message>
    <message>
        <source>The team the guest works in</source>
        <translation>El equipo en el que trabaja el invitado</translation>
    </message>
    <message>
        <source>optional, for the minutes</source>
        <translation>opcional, para el acta</translation>
    </message>
    <message>
        <source>Add as present</source>
        <translation>Añadir como presente</translation>
    </message>
    <message>
        <source>Put the guest on the list, marked present</source>
        <translation>Poner al invitado en la lista, marcado como presente</translation>
    </message>
    <message>
        <source>Close without adding a guest</source>
        <translation>Cerrar sin añadir ningún invitado</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>E&amp;quipo</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>Correo &amp;electrónico</translation>
    </message>
</context>
<context>
    <name>InvitePicker</name>
    <message>
        <source>Invite people</source>
        <translation>Convocar a personas</translation>
    </message>
    <message>
        <source>Search name or email</source>
        <translation>Buscar nombre o correo</translation>
    </message>
    <message>
        <source>Search people to invite</source>
        <translation>Buscar personas para convocar</translation>
    </message>
    <message>
        <source>People not yet invited; Space ticks one</source>
        <translation>Personas aún no convocadas; la barra espaciadora marca una</translation>
    </message>
    <message>
        <source>{name} (guest) — {team}</source>
        <translation>{name} (invitado) — {team}</translation>
    </message>
    <message>
        <source>{name} — {team}</source>
        <translation>{name} — {team}</translation>
    </message>
    <message>
        <source>Whole {team} team</source>
        <translation>Todo el equipo de {team}</translation>
    </message>
    <message>
        <source>Tick everyone in {team} (click again to untick them)</source>
        <translation>Marcar a todos los de {team} (otro clic los desmarca)</translation>
    </message>
    <message>
        <source>Everyone active on the roster is invited already.</source>
        <translation>Todas las personas activas de la lista ya están convocadas.</translation>
    </message>
    <message>
        <source>Invite the ticked people to the meeting</source>
        <translation>Convocar a la reunión a las personas marcadas</translation>
    </message>
    <message>
        <source>Close without inviting anyone</source>
        <translation>Cerrar sin convocar a nadie</translation>
    </message>
    <message>
        <source>Lists only people whose name or email holds this</source>
        <translation>Muestra solo a las personas cuyo nombre o correo contiene esto</translation>
    </message>
    <message>
        <source>Ticked people are invited when you press the Invite button</source>
        <translation>Las personas marcadas se convocan al pulsar el botón Convocar</translation>
    </message>
    <message numerus="yes">
        <source>Invite %n</source>
        <translation>
            <numerusform>Convocar a %n</numerusform>
            <numerusform>Convocar a %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Convocar</translation>
    </message>
</context>
<context>
    <name>MeetingCountLabel</name>
    <message>
        <source>{shown} of {total} meeting</source>
        <translation>{shown} de {total} reunión</translation>
    </message>
    <message>
        <source>{shown} of {total} meetings</source>
        <translation>{shown} de {total} reuniones</translation>
    </message>
    <message>
        <source>{total} meeting</source>
        <translation>{total} reunión</translation>
    </message>
    <message>
        <source>{total} meetings</source>
        <translation>{total} reuniones</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Not saved: see the agenda&apos;s problems.</source>
        <translation>No guardado: vea los problemas del orden del día.</translation>
    </message>
    <message>
        <source>{name} stays the moderator; nothing saved.</source>
        <translation>{name} sigue como moderador; no se ha guardado nada.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No guardado: {reason}</translation>
    </message>
    <message>
        <source>Saved the agenda as the template “{name}”.</source>
        <translation>Orden del día guardado como la plantilla «{name}».</translation>
    </message>
    <message>
        <source>Wrote {file}: open it to add the meeting to a calendar.</source>
        <translation>Se ha escrito {file}: ábralo para añadir la reunión a un calendario.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the meeting&apos;s details and agenda (Ctrl+S)</source>
        <translation>Guardar los datos y el orden del día de la reunión (Ctrl+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Descar&amp;tar</translation>
    </message>
    <message>
        <source>Drop every change since the last save</source>
        <translation>Descartar todos los cambios desde la última vez que se guardó</translation>
    </message>
    <message>
        <source>Save agenda as &amp;template…</source>
        <translation>Guardar como &amp;plantilla…</translation>
    </message>
    <message>
        <source>Keep this agenda as a template for later meetings (Ctrl+Shift+S)</source>
        <translation>Guardar este orden del día como plantilla para próximas reuniones (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Add to &amp;calendar…</source>
        <translation>Añadir al ca&amp;lendario…</translation>
    </message>
    <message>
        <source>Write the next meeting as an .ics file for a calendar</source>
        <translation>Escribir la próxima reunión como archivo .ics para un calendario</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Unsaved changes: fix what is shown to save them</source>
        <translation>Cambios sin guardar: corrija lo indicado para guardarlos</translation>
    </message>
    <message>
        <source>Save agenda as template</source>
        <translation>Guardar el orden del día como plantilla</translation>
    </message>
    <message>
        <source>Name of the new template (presenters&apos; names are left out, their teams kept):</source>
        <translation>Nombre de la nueva plantilla (se omiten los nombres de los presentadores y se conservan sus equipos):</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Plantilla no guardada</translation>
    </message>
    <message>
        <source>Save the changes first?</source>
        <translation>¿Guardar primero los cambios?</translation>
    </message>
    <message>
        <source>The calendar file is made from the saved meeting. Save your changes first?</source>
        <translation>El archivo de calendario se crea a partir de la reunión guardada. ¿Guardar primero sus cambios?</translation>
    </message>
    <message>
        <source>No next meeting</source>
        <translation>No hay próxima reunión</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>Añadir al calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>Calendar file not written</source>
        <translation>Archivo de calendario no escrito</translation>
    </message>
    <message>
        <source>The calendar file could not be written, so nothing was saved.

{error}</source>
        <translation>No se pudo escribir el archivo de calendario, así que no se guardó nada.

{error}</translation>
    </message>
</context>
<context>
    <name>MeetingFilterBar</name>
    <message>
        <source>Any date</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próximas</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>From… to…</source>
        <translation>Desde… hasta…</translation>
    </message>
    <message>
        <source>Meeting kind</source>
        <translation>Tipo de reunión</translation>
    </message>
    <message>
        <source>Show only meetings of this kind</source>
        <translation>Mostrar solo reuniones de este tipo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Meeting status</source>
        <translation>Estado de la reunión</translation>
    </message>
    <message>
        <source>Show only planned, running or ended meetings</source>
        <translation>Mostrar solo reuniones previstas, en curso o terminadas</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Fecha de la reunión</translation>
    </message>
    <message>
        <source>Show only meetings in this span of dates</source>
        <translation>Mostrar solo reuniones de este periodo</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>Show every meeting again</source>
        <translation>Volver a mostrar todas las reuniones</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>The earliest day of the meetings shown</source>
        <translation>El día más temprano de las reuniones mostradas</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>The latest day of the meetings shown</source>
        <translation>El día más tardío de las reuniones mostradas</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>The first day is after the last day; the dates are left out until they are in order.</source>
        <translation>El primer día es posterior al último; las fechas no se tienen en cuenta hasta que estén en orden.</translation>
    </message>
</context>
<context>
    <name>MeetingHeader</name>
    <message>
        <source>This meeting has ended: its plan is history and can&apos;t be changed.</source>
        <translation>Esta reunión ha terminado: su plan ya es historia y no se puede cambiar.</translation>
    </message>
    <message>
        <source>This meeting was cancelled: its plan stays as it was.</source>
        <translation>Esta reunión se canceló: su plan queda como estaba.</translation>
    </message>
    <message>
        <source>This meeting is running: its plan is no longer edited here.</source>
        <translation>Esta reunión está en curso: su plan ya no se edita aquí.</translation>
    </message>
    <message>
        <source>A meeting needs a title.</source>
        <translation>Una reunión necesita un título.</translation>
    </message>
    <message>
        <source>The title is {length} characters long; keep it to {limit} or fewer.</source>
        <translation>El título tiene {length} caracteres; no debe pasar de {limit}.</translation>
    </message>
    <message>
        <source>A moderator with a stake</source>
        <translation>Un moderador con intereses</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Not part of a series</source>
        <translation>No forma parte de una serie</translation>
    </message>
    <message>
        <source>{name} ({frequency}, {count} meeting)</source>
        <translation>{name} ({frequency}, {count} reunión)</translation>
    </message>
    <message>
        <source>{name} ({frequency}, {count} meetings)</source>
        <translation>{name} ({frequency}, {count} reuniones)</translation>
    </message>
    <message>
        <source> · next date to plan: {date}</source>
        <translation> · próxima fecha por planificar: {date}</translation>
    </message>
    <message>
        <source>Meeting title</source>
        <translation>Título de la reunión</translation>
    </message>
    <message>
        <source>The meeting&apos;s name, as lists and minutes show it</source>
        <translation>El nombre de la reunión, tal como lo muestran las listas y el acta</translation>
    </message>
    <message>
        <source>When the meeting starts</source>
        <translation>Cuándo empieza la reunión</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderador</translation>
    </message>
    <message>
        <source>Who leads the meeting; best someone of neither Sales nor Marketing</source>
        <translation>Quién dirige la reunión; mejor alguien que no sea ni de Ventas ni de Marketing</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <source>Mode&amp;rator</source>
        <translation>Mode&amp;rador</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>(no moderator yet)</source>
        <translation>(aún sin moderador)</translation>
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
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>MeetingTabs</name>
    <message>
        <source>Agen&amp;da</source>
        <translation>Orden del &amp;día</translation>
    </message>
    <message>
        <source>Atte&amp;ndance</source>
        <translation>Asiste&amp;ncia</translation>
    </message>
    <message>
        <source>A&amp;s run</source>
        <translation>Desarr&amp;ollo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>{name} ({frequency}, {count} meeting)</source>
        <translation>{name} ({frequency}, {count} reunión)</translation>
    </message>
    <message>
        <source>{name} ({frequency}, {count} meetings)</source>
        <translation>{name} ({frequency}, {count} reuniones)</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <source>Not created yet: the moderator is back to {name}.</source>
        <translation>Aún no creada: el moderador vuelve a ser {name}.</translation>
    </message>
    <message>
        <source>The agenda and cap the new meeting starts from</source>
        <translation>El orden del día y el límite con que empieza la nueva reunión</translation>
    </message>
    <message>
        <source>The meeting&apos;s name; it follows the template and date until you type one</source>
        <translation>El nombre de la reunión; sigue a la plantilla y la fecha hasta que escriba uno</translation>
    </message>
    <message>
        <source>A series carries unfinished items over and knows the next date</source>
        <translation>Una serie traslada los puntos pendientes y conoce la próxima fecha</translation>
    </message>
    <message>
        <source>When the meeting starts</source>
        <translation>Cuándo empieza la reunión</translation>
    </message>
    <message>
        <source>Who leads the meeting; best someone of neither Sales nor Marketing</source>
        <translation>Quién dirige la reunión; mejor alguien que no sea ni de Ventas ni de Marketing</translation>
    </message>
    <message>
        <source>Agenda preview</source>
        <translation>Vista previa del orden del día</translation>
    </message>
    <message>
        <source>The items the chosen template gives the new meeting</source>
        <translation>Los puntos que la plantilla elegida da a la nueva reunión</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Presentador</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Plantilla</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Series</source>
        <translation>&amp;Serie</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <source>&amp;Moderator</source>
        <translation>&amp;Moderador</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Create meeting</source>
        <translation>Crear reunión</translation>
    </message>
    <message>
        <source>Create the meeting and open it</source>
        <translation>Crear la reunión y abrirla</translation>
    </message>
    <message>
        <source>Close without creating a meeting</source>
        <translation>Cerrar sin crear ninguna reunión</translation>
    </message>
    <message>
        <source>(no moderator yet)</source>
        <translation>(aún sin moderador)</translation>
    </message>
    <message>
        <source>{name} ({team})</source>
        <translation>{name} ({team})</translation>
    </message>
    <message>
        <source>New {frequency} series</source>
        <translation>Nueva serie ({frequency})</translation>
    </message>
    <message>
        <source>No series</source>
        <translation>Sin serie</translation>
    </message>
    <message>
        <source>{minutes} minutes (agenda {agenda})</source>
        <translation>{minutes} minutos (orden del día {agenda})</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderador</translation>
    </message>
</context>
<context>
    <name>PacingView</name>
    <message>
        <source>not reached</source>
        <translation>no alcanzado</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Over / under</source>
        <translation>Exceso / ahorro</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Recortado</translation>
    </message>
    <message>
        <source>{duration} late</source>
        <translation>{duration} tarde</translation>
    </message>
    <message>
        <source>{duration} early</source>
        <translation>{duration} antes</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>a tiempo</translation>
    </message>
    <message>
        <source>{duration} so far</source>
        <translation>{duration} hasta ahora</translation>
    </message>
    <message>
        <source>cut by {duration}</source>
        <translation>recortado {duration}</translation>
    </message>
    <message>
        <source>Pacing: planned against actual and lateness per item</source>
        <translation>Ritmo: previsto frente a real y retraso por punto</translation>
    </message>
    <message>
        <source>Per item: how long it ran against its plan, how late it started, what was cut</source>
        <translation>Por punto: cuánto duró frente a lo previsto, con cuánto retraso empezó y qué se recortó</translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation>Ritmo</translation>
    </message>
</context>
<context>
    <name>PeopleCommands</name>
    <message>
        <source>Add {name}</source>
        <translation>Añadir a {name}</translation>
    </message>
    <message>
        <source>add person</source>
        <translation>añadir persona</translation>
    </message>
    <message>
        <source>Added {name} to the roster.</source>
        <translation>Se ha añadido a {name} a la lista.</translation>
    </message>
    <message>
        <source>Took {name} off the roster again.</source>
        <translation>Se ha vuelto a quitar a {name} de la lista.</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Editar a {name}</translation>
    </message>
    <message>
        <source>edit person</source>
        <translation>editar persona</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Se han guardado los datos de {name}.</translation>
    </message>
    <message>
        <source>{name} is as before.</source>
        <translation>{name} está como antes.</translation>
    </message>
    <message>
        <source>Deactivate {name}</source>
        <translation>Desactivar a {name}</translation>
    </message>
    <message>
        <source>deactivate</source>
        <translation>desactivar</translation>
    </message>
    <message>
        <source>Reactivate {name}</source>
        <translation>Reactivar a {name}</translation>
    </message>
    <message>
        <source>reactivate</source>
        <translation>reactivar</translation>
    </message>
    <message>
        <source>Reactivated {name}.</source>
        <translation>Se ha reactivado a {name}.</translation>
    </message>
    <message>
        <source>Deactivated {name}: not offered for new meetings.</source>
        <translation>Se ha desactivado a {name}: ya no se ofrece para nuevas reuniones.</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Eliminar a {name}</translation>
    </message>
    <message>
        <source>delete person</source>
        <translation>eliminar persona</translation>
    </message>
    <message>
        <source>Deleted {name}.</source>
        <translation>Se ha eliminado a {name}.</translation>
    </message>
    <message>
        <source>{name} is back on the roster.</source>
        <translation>{name} vuelve a estar en la lista.</translation>
    </message>
    <message>
        <source>Add guest {name}</source>
        <translation>Añadir al invitado {name}</translation>
    </message>
    <message>
        <source>add guest</source>
        <translation>añadir invitado</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source> Tick “Show inactive” to see them.</source>
        <translation> Marque «Mostrar inactivos» para verlos.</translation>
    </message>
    <message>
        <source>The form has unsaved changes. Save them (Ctrl+S), or close again to throw them away.</source>
        <translation>El formulario tiene cambios sin guardar. Guárdelos (Ctrl+S) o vuelva a cerrar para descartarlos.</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Save (Ctrl+S) or revert the new person first.</source>
        <translation>Guarde (Ctrl+S) o descarte primero la nueva persona.</translation>
    </message>
    <message>
        <source>Save (Ctrl+S) or revert your changes to {name} first.</source>
        <translation>Guarde (Ctrl+S) o descarte primero sus cambios en {name}.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>First and last name</source>
        <translation>Nombre y apellidos</translation>
    </message>
    <message>
        <source>The name minutes and lists show</source>
        <translation>El nombre que muestran el acta y las listas</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nombre@empresa.com</translation>
    </message>
    <message>
        <source>Where the minutes are sent; may stay empty</source>
        <translation>Adonde se envía el acta; puede quedar vacío</translation>
    </message>
    <message>
        <source>The team the person works in</source>
        <translation>El equipo en el que trabaja la persona</translation>
    </message>
    <message>
        <source>e.g. Account executive (optional)</source>
        <translation>p. ej. Ejecutivo de cuentas (opcional)</translation>
    </message>
    <message>
        <source>The person&apos;s job, shown beside the name</source>
        <translation>El cargo de la persona, que se muestra junto al nombre</translation>
    </message>
    <message>
        <source>Why the entry was not saved</source>
        <translation>Por qué no se guardó la entrada</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>Empty the form for someone new (Ctrl+N)</source>
        <translation>Vaciar el formulario para alguien nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the form (Ctrl+S or Enter)</source>
        <translation>Guardar el formulario (Ctrl+S o Intro)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Descar&amp;tar</translation>
    </message>
    <message>
        <source>Throw away the changes in the form</source>
        <translation>Descartar los cambios del formulario</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Only for an entry made by mistake (Delete): anyone a meeting&apos;s record names can only be deactivated</source>
        <translation>Solo para una entrada hecha por error (Supr): quien figure en el registro de una reunión solo puede desactivarse</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the People window (Esc)</source>
        <translation>Cerrar la ventana Personas (Esc)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>Correo &amp;electrónico</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>E&amp;quipo</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Cargo</translation>
    </message>
    <message>
        <source>&amp;Add to roster</source>
        <translation>&amp;Añadir a la lista</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>&amp;Reactivar</translation>
    </message>
    <message>
        <source>Bring them back to the lists for new meetings</source>
        <translation>Volver a incluir a la persona en las listas de nuevas reuniones</translation>
    </message>
    <message>
        <source>Take them off the lists for new meetings; past minutes keep their name</source>
        <translation>Quitar a la persona de las listas de nuevas reuniones; las actas anteriores conservan su nombre</translation>
    </message>
    <message>
        <source>Edit guest: {name}</source>
        <translation>Editar invitado: {name}</translation>
    </message>
    <message>
        <source>Edit guest: {name} (inactive)</source>
        <translation>Editar invitado: {name} (inactivo)</translation>
    </message>
    <message>
        <source>Edit person: {name}</source>
        <translation>Editar persona: {name}</translation>
    </message>
    <message>
        <source>Edit person: {name} (inactive)</source>
        <translation>Editar persona: {name} (inactiva)</translation>
    </message>
</context>
<context>
    <name>PresenterDelegate</name>
    <message>
        <source>(not chosen)</source>
        <translation>(sin elegir)</translation>
    </message>
</context>
<context>
    <name>RosterTable</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Guest, inactive</source>
        <translation>Invitado, inactivo</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Search name or email (Ctrl+F)</source>
        <translation>Buscar nombre o correo (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the roster by name or email</source>
        <translation>Buscar en la lista por nombre o correo</translation>
    </message>
    <message>
        <source>Lists only people whose name or email holds this</source>
        <translation>Muestra solo a las personas cuyo nombre o correo contiene esto</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <source>Show one team</source>
        <translation>Mostrar un equipo</translation>
    </message>
    <message>
        <source>Lists only the people of this team</source>
        <translation>Muestra solo a las personas de este equipo</translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation>Mostrar &amp;inactivos</translation>
    </message>
    <message>
        <source>Also list people who were deactivated</source>
        <translation>Mostrar también a las personas desactivadas</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Lista de personas</translation>
    </message>
    <message>
        <source>Choosing a person shows them in the form to edit; Delete deletes them</source>
        <translation>Al elegir una persona, aparece en el formulario para editarla; Supr la elimina</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>{shown} de {total} mostradas</translation>
    </message>
    <message>
        <source>{total} person, {inactive} inactive</source>
        <translation>{total} persona (inactivas: {inactive})</translation>
    </message>
    <message>
        <source>{total} people, {inactive} inactive</source>
        <translation>{total} personas (inactivas: {inactive})</translation>
    </message>
    <message>
        <source>{total} person</source>
        <translation>{total} persona</translation>
    </message>
    <message>
        <source>{total} people</source>
        <translation>{total} personas</translation>
    </message>
</context>
<context>
    <name>TeamDelegate</name>
    <message>
        <source>Moderator</source>
        <translation>Moderador</translation>
    </message>
</context>
<context>
    <name>TemplateForm</name>
    <message>
        <source>Template name</source>
        <translation>Nombre de la plantilla</translation>
    </message>
    <message>
        <source>The name the New meeting dialog offers it under</source>
        <translation>El nombre con el que la ofrece el diálogo «Nueva reunión»</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Built-in templates can&apos;t be changed; duplicate one to make your own.</source>
        <translation>Las plantillas incluidas no se pueden cambiar; duplique una para crear la suya.</translation>
    </message>
    <message>
        <source>{name} (built-in)</source>
        <translation>{name} (incluida)</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copia)</translation>
    </message>
    <message>
        <source>{name} (copy {number})</source>
        <translation>{name} (copia {number})</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>«{name}» guardada.</translation>
    </message>
    <message>
        <source>Duplicate template</source>
        <translation>Duplicar plantilla</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Nombre de la copia:</translation>
    </message>
    <message>
        <source>Template not copied</source>
        <translation>Plantilla no copiada</translation>
    </message>
    <message>
        <source>Copied to “{name}”: change it and save.</source>
        <translation>Copiada a «{name}»: modifíquela y guárdela.</translation>
    </message>
    <message>
        <source>Delete template?</source>
        <translation>¿Eliminar la plantilla?</translation>
    </message>
    <message>
        <source>Delete the template “{name}”? Meetings made from it keep their agenda.</source>
        <translation>¿Eliminar la plantilla «{name}»? Las reuniones creadas a partir de ella conservan su orden del día.</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>«{name}» eliminada.</translation>
    </message>
    <message>
        <source>Choosing a template shows its name and agenda beside the list</source>
        <translation>Al elegir una plantilla se muestran su nombre y su orden del día junto a la lista</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>Du&amp;plicar…</translation>
    </message>
    <message>
        <source>Copy this template, agenda as shown, under a new name</source>
        <translation>Copiar esta plantilla, con el orden del día mostrado, con otro nombre</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete this template of your own; meetings made from it keep their agenda</source>
        <translation>Eliminar esta plantilla propia; las reuniones creadas con ella conservan su orden del día</translation>
    </message>
    <message>
        <source>Save the template (Ctrl+S)</source>
        <translation>Guardar la plantilla (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close the Templates window; unsaved changes are asked about</source>
        <translation>Cerrar la ventana Plantillas; si hay cambios sin guardar, se pregunta</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Save your changes to the template “{name}”?</source>
        <translation>¿Guardar sus cambios en la plantilla «{name}»?</translation>
    </message>
    <message>
        <source>Save your changes to this template?</source>
        <translation>¿Guardar sus cambios en esta plantilla?</translation>
    </message>
</context>
</TS>
