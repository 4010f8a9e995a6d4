<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>ActionItemDialog</name>
        <message>
            <source>Edit action item</source>
            <translation>Editar tarea</translation>
        </message>
        <message>
            <source>New action item</source>
            <translation>Nueva tarea</translation>
        </message>
        <message>
            <source>What is to be done</source>
            <translation>Qué hay que hacer</translation>
        </message>
        <message>
            <source>Who will do it: the meeting's attendees first, then everyone else</source>
            <translation>Quién la hará: primero los asistentes a la reunión, luego todos los demás</translation>
        </message>
        <message>
            <source>The day it is due; the calendar opens from the arrow</source>
            <translation>El día de vencimiento; el calendario se abre con la flecha</translation>
        </message>
        <message>
            <source>&amp;What</source>
            <translation>&amp;Qué</translation>
        </message>
        <message>
            <source>&amp;Owner</source>
            <translation>&amp;Responsable</translation>
        </message>
        <message>
            <source>&amp;Due</source>
            <translation>&amp;Vence</translation>
        </message>
        <message>
            <source>Save action item</source>
            <translation>Guardar tarea</translation>
        </message>
        <message>
            <source>(no owner)</source>
            <translation>(sin responsable)</translation>
        </message>
        <message>
            <source>{name} ({team}, inactive)</source>
            <translation>{name} ({team}, inactivo)</translation>
        </message>
        <message>
            <source>action item edit</source>
            <translation>edición de tarea</translation>
        </message>
    </context>
    <context>
        <name>AgendaList</name>
        <message>
            <source>Agenda</source>
            <translation>Orden del día</translation>
        </message>
        <message>
            <source>The meeting's items; the running one is marked</source>
            <translation>Los puntos de la reunión; el que está en curso aparece marcado</translation>
        </message>
        <message>
            <source>▶ NOW</source>
            <translation>▶ AHORA</translation>
        </message>
    </context>
    <context>
        <name>ClockView</name>
        <message>
            <source>No presenter</source>
            <translation>sin asignar</translation>
        </message>
        <message>
            <source>ENDED</source>
            <translation>TERMINADA</translation>
        </message>
        <message>
            <source>NOT STARTED</source>
            <translation>SIN EMPEZAR</translation>
        </message>
        <message>
            <source>PAUSED {time}</source>
            <translation>EN PAUSA {time}</translation>
        </message>
        <message>
            <source>ON TIME</source>
            <translation>A TIEMPO</translation>
        </message>
        <message>
            <source>1 minute left</source>
            <translation>Queda 1 minuto</translation>
        </message>
        <message>
            <source>{time} left</source>
            <translation>Quedan {time}</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tiempo</translation>
        </message>
        <message>
            <source>Over</source>
            <translation>Excedido</translation>
        </message>
        <message>
            <source>Presenter: {name}</source>
            <translation>Ponente: {name}</translation>
        </message>
        <message>
            <source>{percent} % of the item</source>
            <translation>{percent} % del punto</translation>
        </message>
        <message>
            <source>Next: nothing — this is the last item</source>
            <translation>Siguiente: nada — este es el último punto</translation>
        </message>
        <message>
            <source>Next: {title} — {presenter} ({planned})</source>
            <translation>Siguiente: {title} — {presenter} ({planned})</translation>
        </message>
        <message>
            <source>Meeting {elapsed} of {cap} — {left} left</source>
            <translation>Reunión {elapsed} de {cap} — quedan {left}</translation>
        </message>
        <message>
            <source>Projected end {projected} against a cap of {cap}: {over} over</source>
            <translation>Final previsto {projected} frente a un límite de {cap}: {over} de más</translation>
        </message>
        <message>
            <source>Projected end {projected} within the cap of {cap}</source>
            <translation>Final previsto {projected}, dentro del límite de {cap}</translation>
        </message>
        <message>
            <source>Starts in {time}</source>
            <translation>Empieza en {time}</translation>
        </message>
        <message>
            <source>Scheduled {at} — {ago}. Press Ctrl+Space to start.</source>
            <translation>Programada {at} — {ago}. Pulse Ctrl+Space para empezar.</translation>
        </message>
    </context>
    <context>
        <name>ConsoleShortcuts</name>
        <message>
            <source>Ctrl+Space start / pause / resume  ·  Alt+→ / Page Down next  ·  Alt+← / Page Up previous  ·  Ctrl+G go to item  ·  Ctrl+Shift+S correct start  ·  Ctrl+= +1 min  ·  Ctrl+E end  ·  Ctrl+R roll call (Alt+P / Alt+L / Alt+A mark)  ·  Ctrl+D dispute  ·  Ctrl+T action item  ·  Ctrl+Shift+T / Ctrl+Shift+D action item / dispute from the note  ·  Ctrl+Shift+O decision's owner, goal, review date  ·  Ctrl+M metrics  ·  Ctrl+W close  ·  This meeting list: Enter edits  ·  Notes list: F2 edit, Del delete, Ctrl+P park  ·  Review lists: Ctrl+Enter ticks / resolves  ·  Ctrl+Z / Ctrl+Shift+Z undo / redo the last note or review change  ·  Typing in a list goes to the note field</source>
            <translation>Ctrl+Space empezar / pausar / reanudar  ·  Alt+→ / Page Down siguiente  ·  Alt+← / Page Up anterior  ·  Ctrl+G ir al punto  ·  Ctrl+Shift+S corregir inicio  ·  Ctrl+= +1 min  ·  Ctrl+E terminar  ·  Ctrl+R pase de lista (Alt+P / Alt+L / Alt+A marcar)  ·  Ctrl+D disputa  ·  Ctrl+T tarea  ·  Ctrl+Shift+T / Ctrl+Shift+D tarea / disputa a partir de la nota  ·  Ctrl+Shift+O responsable, objetivo y fecha de revisión de la decisión  ·  Ctrl+M métricas  ·  Ctrl+W cerrar  ·  Lista Esta reunión: Enter edita  ·  Lista de notas: F2 editar, Del eliminar, Ctrl+P aparcar  ·  Listas de revisión: Ctrl+Enter marca / resuelve  ·  Ctrl+Z / Ctrl+Shift+Z deshacer / rehacer el último cambio de nota o revisión  ·  Lo que se escribe en una lista va al campo de nota</translation>
        </message>
        <message>
            <source>Start / pause / resume the clock</source>
            <translation>Empezar / pausar / reanudar el reloj</translation>
        </message>
        <message>
            <source>Next item</source>
            <translation>Punto siguiente</translation>
        </message>
        <message>
            <source>Previous item</source>
            <translation>Punto anterior</translation>
        </message>
        <message>
            <source>Go to item: type its number, Enter (or double-click it in the agenda)</source>
            <translation>Ir al punto: escriba su número y pulse Enter (o haga doble clic en el orden del día)</translation>
        </message>
        <message>
            <source>Correct start time: when the meeting really started</source>
            <translation>Corregir la hora de inicio: cuándo empezó realmente la reunión</translation>
        </message>
        <message>
            <source>Extend the item by 1 min</source>
            <translation>Alargar el punto 1 min</translation>
        </message>
        <message>
            <source>End the meeting</source>
            <translation>Terminar la reunión</translation>
        </message>
        <message>
            <source>Roll call: type part of an invitee's name to find them</source>
            <translation>Pase de lista: escriba parte del nombre de un invitado para encontrarlo</translation>
        </message>
        <message>
            <source>Mark the invitee found present / late / absent (in the roll call; Ctrl+Z undoes)</source>
            <translation>Marcar al invitado encontrado como presente / con retraso / ausente (en el pase de lista; Ctrl+Z deshace)</translation>
        </message>
        <message>
            <source>Next / previous item (presentation clicker)</source>
            <translation>Punto siguiente / anterior (mando de presentación)</translation>
        </message>
        <message>
            <source>Close the console</source>
            <translation>Cerrar la consola</translation>
        </message>
        <message>
            <source>Edit / delete the selected note (in the notes list)</source>
            <translation>Editar / eliminar la nota seleccionada (en la lista de notas)</translation>
        </message>
        <message>
            <source>Park or unpark the selected note (in the notes list)</source>
            <translation>Aparcar o recuperar la nota seleccionada (en la lista de notas)</translation>
        </message>
        <message>
            <source>File the note being typed (in the note input)</source>
            <translation>Guardar la nota que se está escribiendo (en el campo de nota)</translation>
        </message>
        <message>
            <source>Tick the selected carried action item done / resolve the selected dispute, or open it again (in the review lists; typing there goes to the note field)</source>
            <translation>Marcar como hecha la tarea arrastrada seleccionada / resolver la disputa seleccionada, o volver a abrirla (en las listas de revisión; lo que se escribe ahí va al campo de nota)</translation>
        </message>
        <message>
            <source>Edit ▸ Undo / Redo the last note or review change (in a text field holding typing: that typing)</source>
            <translation>Editar ▸ Deshacer / Rehacer el último cambio de nota o revisión (en un campo de texto con algo escrito: lo escrito)</translation>
        </message>
        <message>
            <source>New dispute raised in this meeting</source>
            <translation>Nueva disputa planteada en esta reunión</translation>
        </message>
        <message>
            <source>New action item made in this meeting</source>
            <translation>Nueva tarea acordada en esta reunión</translation>
        </message>
        <message>
            <source>Action item / dispute from the selected note, else the last one filed: its text prefilled, the note kept and linked</source>
            <translation>Tarea / disputa a partir de la nota seleccionada o, si no, de la última guardada: con su texto ya escrito; la nota se conserva y queda vinculada</translation>
        </message>
        <message>
            <source>Decision details: the owner, the goal that will show whether it worked and the review date of the selected decision note, else the last one filed</source>
            <translation>Detalles de la decisión: el responsable, el objetivo que mostrará si funcionó y la fecha de revisión de la nota de decisión seleccionada o, si no, de la última guardada</translation>
        </message>
        <message>
            <source>Open the selected dispute or action item for editing (in the This meeting list; double-click does it too)</source>
            <translation>Abrir para editar la disputa o tarea seleccionada (en la lista Esta reunión; también con doble clic)</translation>
        </message>
        <message>
            <source>Metrics: enter this meeting's numbers against the goals</source>
            <translation>Métricas: introducir las cifras de esta reunión frente a los objetivos</translation>
        </message>
    </context>
    <context>
        <name>ConsoleWindow</name>
        <message>
            <source>Note — ! decision, * highlight, ? question — Enter files it</source>
            <translation>Nota — ! decisión, * destacado, ? pregunta — Enter la guarda</translation>
        </message>
        <message>
            <source>A note under the current item, at the time into the meeting. Start it with ! for a decision, * for a highlight, ? for a question or # for a metric; Enter files it.</source>
            <translation>Una nota en el punto actual, con el tiempo transcurrido de la reunión. Empiece con ! para una decisión, * para algo destacado, ? para una pregunta o # para una métrica; Enter la guarda.</translation>
        </message>
        <message>
            <source>Warning at {time} or {percent} % left.</source>
            <translation>Aviso cuando queden {time} o el {percent} %.</translation>
        </message>
        <message>
            <source>Run — {title}</source>
            <translation>En curso — {title}</translation>
        </message>
        <message>
            <source>Minutes saved to {path}</source>
            <translation>Acta guardada en {path}</translation>
        </message>
        <message>
            <source>Dispute logged.</source>
            <translation>Disputa registrada.</translation>
        </message>
        <message>
            <source>Dispute</source>
            <translation>Disputa</translation>
        </message>
        <message>
            <source>Action item recorded.</source>
            <translation>Tarea registrada.</translation>
        </message>
        <message>
            <source>Action item</source>
            <translation>Tarea</translation>
        </message>
        <message>
            <source>Close console</source>
            <translation>Cerrar consola</translation>
        </message>
        <message>
            <source>Warning thresholds…</source>
            <translation>Umbrales de aviso…</translation>
        </message>
        <message>
            <source>New &amp;dispute…</source>
            <translation>Nueva &amp;disputa…</translation>
        </message>
        <message>
            <source>New &amp;action item…</source>
            <translation>Nueva &amp;tarea…</translation>
        </message>
        <message>
            <source>&amp;Metrics…</source>
            <translation>&amp;Métricas…</translation>
        </message>
        <message>
            <source>&amp;Run</source>
            <translation>&amp;Reunión</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;Capture</source>
            <translation>Re&amp;gistrar</translation>
        </message>
        <message>
            <source>&amp;Presenter screen</source>
            <translation>&amp;Pantalla del ponente</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Orden del día</translation>
        </message>
        <message>
            <source>Review: carried over from earlier meetings</source>
            <translation>Revisión: arrastrado de reuniones anteriores</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
    </context>
    <context>
        <name>CorrectStartDialog</name>
        <message>
            <source>Correct start time</source>
            <translation>Corregir hora de inicio</translation>
        </message>
        <message>
            <source>The wall-clock time the meeting really started</source>
            <translation>La hora a la que empezó realmente la reunión</translation>
        </message>
        <message>
            <source>When did the meeting really start?</source>
            <translation>¿Cuándo empezó realmente la reunión?</translation>
        </message>
        <message>
            <source>Recorded start {recorded}. The start can be any time up to {latest}; the first item and the meeting's time count from it.</source>
            <translation>Inicio registrado {recorded}. El inicio puede ser cualquier hora hasta las {latest}; el primer punto y el tiempo de la reunión cuentan desde entonces.</translation>
        </message>
        <message>
            <source>Correct start</source>
            <translation>Corregir inicio</translation>
        </message>
        <message>
            <source>Count the meeting's time from the start given here</source>
            <translation>Contar el tiempo de la reunión desde el inicio indicado aquí</translation>
        </message>
    </context>
    <context>
        <name>DisputeDialog</name>
        <message>
            <source>Edit dispute</source>
            <translation>Editar disputa</translation>
        </message>
        <message>
            <source>New dispute</source>
            <translation>Nueva disputa</translation>
        </message>
        <message>
            <source>What Sales and Marketing disagree on</source>
            <translation>En qué no están de acuerdo Ventas y Marketing</translation>
        </message>
        <message>
            <source>What kind of disagreement it is</source>
            <translation>Qué tipo de desacuerdo es</translation>
        </message>
        <message>
            <source>The team that raised the dispute</source>
            <translation>El equipo que planteó la disputa</translation>
        </message>
        <message>
            <source>Who raised it: the chosen team's people, those at this meeting first</source>
            <translation>Quién la planteó: las personas del equipo elegido, primero las presentes en esta reunión</translation>
        </message>
        <message>
            <source>What Sales says</source>
            <translation>Lo que dice Ventas</translation>
        </message>
        <message>
            <source>Sales' side of the dispute, in its own words</source>
            <translation>La postura de Ventas, con sus propias palabras</translation>
        </message>
        <message>
            <source>What Marketing says</source>
            <translation>Lo que dice Marketing</translation>
        </message>
        <message>
            <source>Marketing's side of the dispute, in its own words</source>
            <translation>La postura de Marketing, con sus propias palabras</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <source>&amp;Category</source>
            <translation>&amp;Categoría</translation>
        </message>
        <message>
            <source>Raised by t&amp;eam</source>
            <translation>Planteada por el &amp;equipo</translation>
        </message>
        <message>
            <source>Raised by &amp;person</source>
            <translation>Planteada por la &amp;persona</translation>
        </message>
        <message>
            <source>&amp;Sales position</source>
            <translation>Postura de &amp;Ventas</translation>
        </message>
        <message>
            <source>&amp;Marketing position</source>
            <translation>Postura de &amp;Marketing</translation>
        </message>
        <message>
            <source>Save dispute</source>
            <translation>Guardar disputa</translation>
        </message>
        <message>
            <source>(not named)</source>
            <translation>(sin nombre)</translation>
        </message>
        <message>
            <source>Edit dispute “{title}”</source>
            <translation>Editar disputa «{title}»</translation>
        </message>
        <message>
            <source>dispute edit</source>
            <translation>edición de disputa</translation>
        </message>
    </context>
    <context>
        <name>FindField</name>
        <message>
            <source>Type part of a name</source>
            <translation>Escriba parte de un nombre</translation>
        </message>
        <message>
            <source>Find an invitee</source>
            <translation>Buscar un invitado</translation>
        </message>
        <message>
            <source>Typing narrows the list to the matching names; Alt+P, Alt+L, Alt+A mark</source>
            <translation>Al escribir, la lista se reduce a los nombres que coinciden; Alt+P, Alt+L, Alt+A marcan</translation>
        </message>
    </context>
    <context>
        <name>GoToDialog</name>
        <message>
            <source>Go to item</source>
            <translation>Ir al punto</translation>
        </message>
        <message>
            <source>Go to item (1–{count})</source>
            <translation>Ir al punto (1–{count})</translation>
        </message>
        <message>
            <source>The item's number on the agenda; Enter goes there</source>
            <translation>El número del punto en el orden del día; Enter salta a él</translation>
        </message>
        <message>
            <source>Go</source>
            <translation>Ir</translation>
        </message>
        <message>
            <source>Make the item with this number the running one</source>
            <translation>Poner en curso el punto con este número</translation>
        </message>
        <message>
            <source>Type the number of an item, 1–{count}.</source>
            <translation>Escriba el número de un punto, 1–{count}.</translation>
        </message>
    </context>
    <context>
        <name>JumpAndCorrect</name>
        <message>
            <source>Go to item…</source>
            <translation>Ir al punto…</translation>
        </message>
        <message>
            <source>Correct start time…</source>
            <translation>Corregir hora de inicio…</translation>
        </message>
        <message>
            <source>Jumped to item {number}: {title}</source>
            <translation>Ahora en el punto {number}: {title}</translation>
        </message>
        <message>
            <source>The start stays at {time}.</source>
            <translation>El inicio se mantiene a las {time}.</translation>
        </message>
        <message>
            <source>Start corrected to {time}: the meeting's time counts from then.</source>
            <translation>Inicio corregido a las {time}: el tiempo de la reunión cuenta desde entonces.</translation>
        </message>
    </context>
    <context>
        <name>NoteToRecord</name>
        <message>
            <source>Action item from note…</source>
            <translation>Tarea a partir de nota…</translation>
        </message>
        <message>
            <source>Dispute from note…</source>
            <translation>Disputa a partir de nota…</translation>
        </message>
    </context>
    <context>
        <name>ResolutionDialog</name>
        <message>
            <source>Resolve dispute</source>
            <translation>Resolver disputa</translation>
        </message>
        <message>
            <source>How was “{title}” settled?</source>
            <translation>¿Cómo se resolvió «{title}»?</translation>
        </message>
        <message>
            <source>How the dispute was settled, in a sentence</source>
            <translation>Cómo se resolvió la disputa, en una frase</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>Resolver</translation>
        </message>
        <message>
            <source>Mark the dispute resolved with this resolution</source>
            <translation>Marcar la disputa como resuelta con esta resolución</translation>
        </message>
        <message>
            <source>Close and leave the dispute open</source>
            <translation>Cerrar y dejar la disputa abierta</translation>
        </message>
        <message>
            <source>Write down the resolution before marking it resolved.</source>
            <translation>Escriba la resolución antes de marcarla como resuelta.</translation>
        </message>
    </context>
    <context>
        <name>ReviewPanel</name>
        <message>
            <source>no owner</source>
            <translation>sin responsable</translation>
        </message>
        <message>
            <source>due {date}</source>
            <translation>vence {date}</translation>
        </message>
        <message>
            <source>no due date</source>
            <translation>sin fecha de vencimiento</translation>
        </message>
        <message>
            <source>OVERDUE</source>
            <translation>VENCIDA</translation>
        </message>
        <message>
            <source>{title} — {category} — raised by {who} · {state}</source>
            <translation>{title} — {category} — planteada por {who} · {state}</translation>
        </message>
        <message>
            <source>Undone: {change} — Ctrl+Shift+Z redoes</source>
            <translation>Deshecho: {change} — Ctrl+Shift+Z lo rehace</translation>
        </message>
        <message>
            <source>{change} — Ctrl+Z undoes</source>
            <translation>{change} — Ctrl+Z lo deshace</translation>
        </message>
        <message>
            <source>Carried action items</source>
            <translation>Tareas arrastradas</translation>
        </message>
        <message>
            <source>Tick an action item from earlier meetings to review it</source>
            <translation>Marque una tarea de reuniones anteriores para revisarla</translation>
        </message>
        <message>
            <source>Carried disputes</source>
            <translation>Disputas arrastradas</translation>
        </message>
        <message>
            <source>Tick a dispute from earlier meetings to review it</source>
            <translation>Marque una disputa de reuniones anteriores para revisarla</translation>
        </message>
        <message>
            <source>&amp;Drop item</source>
            <translation>&amp;Descartar</translation>
        </message>
        <message>
            <source>Close the selected action item without doing it</source>
            <translation>Cerrar la tarea seleccionada sin hacerla</translation>
        </message>
        <message>
            <source>Disc&amp;ussed</source>
            <translation>&amp;Tratada</translation>
        </message>
        <message>
            <source>The selected dispute came up here and stays as it is</source>
            <translation>La disputa seleccionada se trató aquí y sigue como está</translation>
        </message>
        <message>
            <source>Tick d&amp;one</source>
            <translation>&amp;Hecha</translation>
        </message>
        <message>
            <source>Tick the selected action item done, or open again (Ctrl+Enter in the list)</source>
            <translation>Marcar como hecha la tarea seleccionada o volver a abrirla (Ctrl+Enter en la lista)</translation>
        </message>
        <message>
            <source>Re&amp;solve…</source>
            <translation>Re&amp;solver…</translation>
        </message>
        <message>
            <source>Resolve the selected dispute, or reopen it (Ctrl+Enter in the list)</source>
            <translation>Resolver la disputa seleccionada o volver a abrirla (Ctrl+Enter en la lista)</translation>
        </message>
        <message>
            <source>Carried action items — Ctrl+Enter ticks one done</source>
            <translation>Tareas arrastradas — Ctrl+Enter marca una como hecha</translation>
        </message>
        <message>
            <source>Carried disputes — Ctrl+Enter resolves one</source>
            <translation>Disputas arrastradas — Ctrl+Enter resuelve una</translation>
        </message>
        <message>
            <source>Tick done</source>
            <translation>Marcar como hecha</translation>
        </message>
        <message>
            <source>Resolve…</source>
            <translation>Resolver…</translation>
        </message>
        <message>
            <source>Nothing was carried over to this meeting.</source>
            <translation>No se arrastró nada a esta reunión.</translation>
        </message>
        <message>
            <source>drop</source>
            <translation>descarte</translation>
        </message>
        <message>
            <source>tick</source>
            <translation>marca</translation>
        </message>
        <message>
            <source>Select an action item to tick.</source>
            <translation>Seleccione una tarea para marcarla.</translation>
        </message>
        <message>
            <source>Select an action item to drop.</source>
            <translation>Seleccione una tarea para descartarla.</translation>
        </message>
        <message>
            <source>Select a dispute to resolve.</source>
            <translation>Seleccione una disputa para resolverla.</translation>
        </message>
        <message>
            <source>Select a dispute that came up.</source>
            <translation>Seleccione una disputa que se haya tratado.</translation>
        </message>
        <message>
            <source>Recorded as discussed at this meeting.</source>
            <translation>Registrada como tratada en esta reunión.</translation>
        </message>
    </context>
    <context>
        <name>RollCall</name>
        <message>
            <source>{names} and {count} more</source>
            <translation>{names} y {count} más</translation>
        </message>
        <message>
            <source>1 invitee has no attendance mark: {names}.</source>
            <translation>1 invitado no tiene marca de asistencia: {names}.</translation>
        </message>
        <message>
            <source>{count} invitees have no attendance mark: {names}.</source>
            <translation>{count} invitados no tienen marca de asistencia: {names}.</translation>
        </message>
        <message>
            <source>End the meeting anyway? The clock stops and cannot be restarted.</source>
            <translation>¿Terminar la reunión de todos modos? El reloj se detiene y no se puede volver a poner en marcha.</translation>
        </message>
        <message>
            <source>Mark {name} {status}</source>
            <translation>Marcar a {name}: {status}</translation>
        </message>
        <message>
            <source>mark {status}</source>
            <translation>marca {status}</translation>
        </message>
        <message>
            <source>not marked</source>
            <translation>sin marcar</translation>
        </message>
        <message>
            <source>Marked {name} {status}.</source>
            <translation>{name} marcado: {status}.</translation>
        </message>
        <message>
            <source>Took back the mark of {name}: {status} again.</source>
            <translation>Se retiró la marca de {name}: de nuevo {status}.</translation>
        </message>
        <message>
            <source>Roll call…</source>
            <translation>Pase de lista…</translation>
        </message>
        <message>
            <source>Mark each invitee present, late or absent</source>
            <translation>Marcar a cada invitado como presente, con retraso o ausente</translation>
        </message>
        <message>
            <source>End meeting</source>
            <translation>Terminar reunión</translation>
        </message>
        <message>
            <source>End anyway</source>
            <translation>Terminar de todos modos</translation>
        </message>
        <message>
            <source>Keep running</source>
            <translation>Seguir</translation>
        </message>
        <message>
            <source>Not ended: the meeting runs on.</source>
            <translation>No terminada: la reunión continúa.</translation>
        </message>
    </context>
    <context>
        <name>RollCallDialog</name>
        <message>
            <source>Type part of a name to find it (↑ ↓ move) · Alt+P present · Alt+L late · Alt+A absent · Ctrl+Z undo a mark · Esc back to the notes</source>
            <translation>Escriba parte de un nombre para encontrarlo (↑ ↓ mover) · Alt+P presente · Alt+L con retraso · Alt+A ausente · Ctrl+Z deshacer una marca · Esc volver a las notas</translation>
        </message>
        <message>
            <source>No one is invited to this meeting: invite people on its Attendance tab.</source>
            <translation>No hay nadie invitado a esta reunión: invite a personas en su pestaña Asistencia.</translation>
        </message>
        <message>
            <source>Roll call</source>
            <translation>Pase de lista</translation>
        </message>
        <message>
            <source>Mark:</source>
            <translation>Marcar:</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Cerrar (Esc)</translation>
        </message>
        <message>
            <source>Close the roll call; the keys go back to the notes</source>
            <translation>Cerrar el pase de lista; el teclado vuelve a las notas</translation>
        </message>
        <message>
            <source>Mark the selected invitee present</source>
            <translation>Marcar al invitado seleccionado como presente</translation>
        </message>
        <message>
            <source>Mark the selected invitee late</source>
            <translation>Marcar al invitado seleccionado como llegado con retraso</translation>
        </message>
        <message>
            <source>Mark the selected invitee absent</source>
            <translation>Marcar al invitado seleccionado como ausente</translation>
        </message>
        <message>
            <source>No one is selected: type part of a name first.</source>
            <translation>No hay nadie seleccionado: escriba primero parte de un nombre.</translation>
        </message>
        <message>
            <source>No one on the list matches “{text}”.</source>
            <translation>Nadie de la lista coincide con «{text}».</translation>
        </message>
    </context>
    <context>
        <name>RunControls</name>
        <message>
            <source>Start</source>
            <translation>Empezar</translation>
        </message>
        <message>
            <source>Next item</source>
            <translation>Punto siguiente</translation>
        </message>
        <message>
            <source>Previous item</source>
            <translation>Punto anterior</translation>
        </message>
        <message>
            <source>Extend +1 min</source>
            <translation>Alargar +1 min</translation>
        </message>
        <message>
            <source>End meeting…</source>
            <translation>Terminar reunión…</translation>
        </message>
        <message>
            <source>Rebalance…</source>
            <translation>Reequilibrar…</translation>
        </message>
        <message>
            <source>Shorten the items ahead so the meeting ends within its cap</source>
            <translation>Acortar los puntos siguientes para que la reunión termine dentro de su límite</translation>
        </message>
        <message>
            <source>Start, pause or resume the meeting's clock</source>
            <translation>Empezar, pausar o reanudar el reloj de la reunión</translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Anterior</translation>
        </message>
        <message>
            <source>Go back to the item before this one</source>
            <translation>Volver al punto anterior a este</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Siguiente ▶</translation>
        </message>
        <message>
            <source>End this item and start the next one</source>
            <translation>Terminar este punto y empezar el siguiente</translation>
        </message>
        <message>
            <source>+{minutes} min</source>
            <translation>+{minutes} min</translation>
        </message>
        <message>
            <source>Stop the clock for good and close the meeting's record</source>
            <translation>Detener el reloj definitivamente y cerrar el registro de la reunión</translation>
        </message>
        <message>
            <source>Export minutes…</source>
            <translation>Exportar acta…</translation>
        </message>
        <message>
            <source>Save this meeting's minutes as a PDF</source>
            <translation>Guardar el acta de esta reunión como PDF</translation>
        </message>
        <message>
            <source>Send minutes…</source>
            <translation>Enviar acta…</translation>
        </message>
        <message>
            <source>Email this meeting's minutes to its attendees</source>
            <translation>Enviar por correo el acta de esta reunión a los asistentes</translation>
        </message>
        <message>
            <source>Give the running item 1 more minute</source>
            <translation>Dar 1 minuto más al punto en curso</translation>
        </message>
        <message>
            <source>Give the running item {minutes} more minutes</source>
            <translation>Dar {minutes} minutos más al punto en curso</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausar</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reanudar</translation>
        </message>
        <message>
            <source>{action} (Ctrl+Space)</source>
            <translation>{action} (Ctrl+Space)</translation>
        </message>
        <message>
            <source>Start on another day</source>
            <translation>Empezar otro día</translation>
        </message>
        <message>
            <source>Not started: the meeting stays as planned.</source>
            <translation>No se ha empezado: la reunión sigue como estaba prevista.</translation>
        </message>
        <message>
            <source>Started and moved to today.</source>
            <translation>Empezada y trasladada a hoy.</translation>
        </message>
        <message>
            <source>Item extended by {minutes} min.</source>
            <translation>Punto alargado {minutes} min.</translation>
        </message>
        <message>
            <source>End meeting</source>
            <translation>Terminar reunión</translation>
        </message>
        <message>
            <source>End “{title}” now? The clock stops and cannot be restarted.</source>
            <translation>¿Terminar «{title}» ahora? El reloj se detiene y no se puede volver a poner en marcha.</translation>
        </message>
        <message>
            <source>The meeting has ended.</source>
            <translation>La reunión ha terminado.</translation>
        </message>
        <message>
            <source>Rebalance</source>
            <translation>Reequilibrar</translation>
        </message>
        <message>
            <source>{change}

Shorten the items ahead?</source>
            <translation>{change}

¿Acortar los puntos siguientes?</translation>
        </message>
    </context>
    <context>
        <name>StatusLine</name>
        <message>
            <source>Refused: </source>
            <translation>Rechazado: </translation>
        </message>
        <message>
            <source>Refusal: the last action was not done.</source>
            <translation>Rechazo: la última acción no se realizó.</translation>
        </message>
    </context>
    <context>
        <name>ThisMeetingPanel</name>
        <message>
            <source>This meeting: disputes and action items (Enter edits)</source>
            <translation>Esta reunión: disputas y tareas (Enter edita)</translation>
        </message>
        <message>
            <source>Nothing logged yet: Ctrl+D logs a dispute, Ctrl+T an action item.</source>
            <translation>Aún no hay nada registrado: Ctrl+D registra una disputa, Ctrl+T una tarea.</translation>
        </message>
        <message>
            <source>There is no note yet to make it from: type one and press Enter first.</source>
            <translation>Aún no hay ninguna nota de la que partir: escriba una y pulse Enter primero.</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Tarea</translation>
        </message>
        <message>
            <source>no owner</source>
            <translation>sin responsable</translation>
        </message>
        <message>
            <source>due {day}</source>
            <translation>vence {day}</translation>
        </message>
        <message>
            <source>no due date</source>
            <translation>sin fecha de vencimiento</translation>
        </message>
        <message>
            <source>Dispute · {status} · {title}</source>
            <translation>Disputa · {status} · {title}</translation>
        </message>
        <message>
            <source>Disputes and action items of this meeting</source>
            <translation>Disputas y tareas de esta reunión</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
    </context>
    <context>
        <name>ThresholdsDialog</name>
        <message>
            <source>Warning thresholds</source>
            <translation>Umbrales de aviso</translation>
        </message>
        <message>
            <source>Warn when this many seconds of the item are left</source>
            <translation>Avisar cuando queden estos segundos del punto</translation>
        </message>
        <message>
            <source>Warn when this share of the item's time is left</source>
            <translation>Avisar cuando quede esta parte del tiempo del punto</translation>
        </message>
        <message>
            <source>An item turns amber when this much time is left, or this share of the item, whichever comes first.</source>
            <translation>Un punto se pone ámbar cuando queda este tiempo o esta parte del punto, lo que ocurra primero.</translation>
        </message>
        <message>
            <source>Seconds &amp;left:</source>
            <translation>&amp;Segundos restantes:</translation>
        </message>
        <message>
            <source>&amp;Share of the item:</source>
            <translation>&amp;Parte del punto:</translation>
        </message>
        <message>
            <source>Save the thresholds and colour the clock by them at once</source>
            <translation>Guardar los umbrales y colorear el reloj según ellos al instante</translation>
        </message>
        <message>
            <source>Close without changing the thresholds</source>
            <translation>Cerrar sin cambiar los umbrales</translation>
        </message>
    </context>
    <context>
        <name>_AskDialog</name>
        <message>
            <source>Close without changing the clock (Esc)</source>
            <translation>Cerrar sin cambiar el reloj (Esc)</translation>
        </message>
    </context>
    <context>
        <name>_CaptureDialog</name>
        <message>
            <source>Save and close (Enter, or Ctrl+Enter in any field)</source>
            <translation>Guardar y cerrar (Enter, o Ctrl+Enter en cualquier campo)</translation>
        </message>
        <message>
            <source>Close without saving (Esc)</source>
            <translation>Cerrar sin guardar (Esc)</translation>
        </message>
    </context>
</TS>
