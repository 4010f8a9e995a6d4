<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>MainMenus</name>
        <message>
            <source>&amp;New meeting…</source>
            <translation>&amp;Nueva reunión…</translation>
        </message>
        <message>
            <source>Plan a meeting from a template</source>
            <translation>Planificar una reunión a partir de una plantilla</translation>
        </message>
        <message>
            <source>&amp;Roster…</source>
            <translation>&amp;Participantes…</translation>
        </message>
        <message>
            <source>Add, edit or deactivate the people who attend</source>
            <translation>Añadir, editar o desactivar a las personas que asisten</translation>
        </message>
        <message>
            <source>&amp;Manage templates…</source>
            <translation>&amp;Gestionar plantillas…</translation>
        </message>
        <message>
            <source>Duplicate, edit or delete agenda templates</source>
            <translation>Duplicar, editar o eliminar plantillas de orden del día</translation>
        </message>
        <message>
            <source>&amp;Run meeting…</source>
            <translation>&amp;Dirigir reunión…</translation>
        </message>
        <message>
            <source>Open the moderator's console for this meeting</source>
            <translation>Abrir la consola del moderador para esta reunión</translation>
        </message>
        <message>
            <source>&amp;Disputes…</source>
            <translation>Dis&amp;putas…</translation>
        </message>
        <message>
            <source>Disputes across all meetings, with their history</source>
            <translation>Disputas de todas las reuniones, con su historial</translation>
        </message>
        <message>
            <source>&amp;Action items…</source>
            <translation>&amp;Tareas…</translation>
        </message>
        <message>
            <source>Action items across all meetings; overdue ones</source>
            <translation>Tareas de todas las reuniones, incluidas las vencidas</translation>
        </message>
        <message>
            <source>&amp;Export minutes…</source>
            <translation>E&amp;xportar acta…</translation>
        </message>
        <message>
            <source>Save the selected meeting's minutes as a PDF</source>
            <translation>Guardar el acta de la reunión seleccionada como PDF</translation>
        </message>
        <message>
            <source>Se&amp;nd minutes…</source>
            <translation>En&amp;viar acta…</translation>
        </message>
        <message>
            <source>Email the ended meeting's minutes to its attendees</source>
            <translation>Enviar por correo el acta de la reunión finalizada a sus asistentes</translation>
        </message>
        <message>
            <source>Sent &amp;mail…</source>
            <translation>Correo &amp;enviado…</translation>
        </message>
        <message>
            <source>Every mail sent about the selected meeting, by recipient</source>
            <translation>Todos los correos enviados sobre la reunión seleccionada, por destinatario</translation>
        </message>
        <message>
            <source>Send a&amp;genda…</source>
            <translation>Enviar &amp;orden del día…</translation>
        </message>
        <message>
            <source>Email the planned meeting's agenda, pre-read and calendar invitation to its invitees</source>
            <translation>Enviar por correo a los invitados el orden del día, la lectura previa y la invitación de calendario de la reunión planificada</translation>
        </message>
        <message>
            <source>&amp;Mail settings…</source>
            <translation>Configuración de &amp;correo…</translation>
        </message>
        <message>
            <source>The SMTP server the minutes are sent through</source>
            <translation>El servidor SMTP por el que se envían las actas</translation>
        </message>
        <message>
            <source>Open &amp;team database…</source>
            <translation>Abrir base de datos del &amp;equipo…</translation>
        </message>
        <message>
            <source>Open the team's shared database on a PostgreSQL server</source>
            <translation>Abrir la base de datos compartida del equipo en un servidor PostgreSQL</translation>
        </message>
        <message>
            <source>Open this &amp;laptop's database</source>
            <translation>Abrir la base de datos de este &amp;portátil</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;About Facilitator</source>
            <translation>&amp;Acerca de Facilitator</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>Atajos de &amp;teclado</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>Con&amp;figuración…</translation>
        </message>
        <message>
            <source>The language Facilitator speaks, and other app-wide choices</source>
            <translation>El idioma de Facilitator y otras opciones de toda la aplicación</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Buscar…</translation>
        </message>
        <message>
            <source>Search notes, decisions, disputes and action items</source>
            <translation>Buscar en notas, decisiones, disputas y tareas</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edición</translation>
        </message>
        <message>
            <source>&amp;Meeting</source>
            <translation>&amp;Reunión</translation>
        </message>
        <message>
            <source>Pe&amp;ople</source>
            <translation>&amp;Personas</translation>
        </message>
        <message>
            <source>&amp;Templates</source>
            <translation>Pla&amp;ntillas</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>Runs smarketing meetings on time: a timed agenda, the presenters' clock, notes, disputes, action items and minutes.</source>
            <translation>Dirige reuniones de smarketing a tiempo: un orden del día cronometrado, el reloj de los ponentes, notas, disputas, tareas y actas.</translation>
        </message>
        <message>
            <source>About Facilitator</source>
            <translation>Acerca de Facilitator</translation>
        </message>
        <message>
            <source>While running a meeting (console)</source>
            <translation>Durante una reunión (consola)</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
    </context>
    <context>
        <name>MeetingBrowser</name>
        <message>
            <source>That meeting is no longer in this database.</source>
            <translation>Esa reunión ya no está en esta base de datos.</translation>
        </message>
        <message>
            <source>Filters cleared to show the meeting found.</source>
            <translation>Se han quitado los filtros para mostrar la reunión encontrada.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
    </context>
    <context>
        <name>MeetingListPane</name>
        <message>
            <source>Meetings</source>
            <translation>Reuniones</translation>
        </message>
        <message>
            <source>Every meeting, planned and held; open one to plan or run it</source>
            <translation>Todas las reuniones, planificadas y celebradas; abra una para planificarla o dirigirla</translation>
        </message>
    </context>
    <context>
        <name>MeetingPane</name>
        <message>
            <source>Save your changes to “{title}”?</source>
            <translation>¿Desea guardar los cambios en «{title}»?</translation>
        </message>
        <message>
            <source>Save your changes to this meeting?</source>
            <translation>¿Desea guardar los cambios en esta reunión?</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
    </context>
    <context>
        <name>NoMeetingsPane</name>
        <message>
            <source>No meetings yet</source>
            <translation>Todavía no hay reuniones</translation>
        </message>
        <message>
            <source>Plan your first smarketing meeting from a template. The weekly meeting comes with its agenda and a 40-minute cap.</source>
            <translation>Planifique su primera reunión de smarketing a partir de una plantilla. La reunión semanal incluye su orden del día y un límite de 40 minutos.</translation>
        </message>
        <message>
            <source>New meeting…</source>
            <translation>Nueva reunión…</translation>
        </message>
        <message>
            <source>Plan a meeting from a template</source>
            <translation>Planificar una reunión a partir de una plantilla</translation>
        </message>
    </context>
    <context>
        <name>SecondaryWindows</name>
        <message>
            <source>Select a meeting to export its minutes.</source>
            <translation>Seleccione una reunión para exportar su acta.</translation>
        </message>
        <message>
            <source>Minutes saved to {path}</source>
            <translation>Acta guardada en {path}</translation>
        </message>
        <message>
            <source>Select a meeting to send its minutes.</source>
            <translation>Seleccione una reunión para enviar su acta.</translation>
        </message>
        <message>
            <source>That meeting is no longer in this database.</source>
            <translation>Esa reunión ya no está en esta base de datos.</translation>
        </message>
        <message>
            <source>Minutes can be sent once the meeting has ended; this one is {state}.</source>
            <translation>El acta se puede enviar cuando la reunión haya finalizado; el estado de esta es «{state}».</translation>
        </message>
        <message>
            <source>The agenda is sent before a meeting: select a planned one.</source>
            <translation>El orden del día se envía antes de una reunión: seleccione una planificada.</translation>
        </message>
        <message>
            <source>Select a meeting to see the mail sent about it.</source>
            <translation>Seleccione una reunión para ver los correos enviados sobre ella.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>The language of Facilitator's windows and minutes, from its next start</source>
            <translation>El idioma de las ventanas y las actas de Facilitator, a partir del próximo inicio</translation>
        </message>
        <message>
            <source>System language ({name})</source>
            <translation>Idioma del sistema ({name})</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>A new language takes effect when Facilitator next starts.</source>
            <translation>Un idioma nuevo se aplica la próxima vez que se inicie Facilitator.</translation>
        </message>
        <message>
            <source>Keep these settings and close</source>
            <translation>Conservar esta configuración y cerrar</translation>
        </message>
        <message>
            <source>Close without changing the settings</source>
            <translation>Cerrar sin cambiar la configuración</translation>
        </message>
        <message>
            <source>Facilitator will speak {language} once the environment variable FACILITATOR_LANGUAGE no longer chooses its language.</source>
            <translation>Facilitator hablará {language} cuando la variable de entorno FACILITATOR_LANGUAGE deje de fijar su idioma.</translation>
        </message>
        <message>
            <source>Facilitator will speak {language} from its next start.</source>
            <translation>Facilitator hablará {language} a partir del próximo inicio.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
    </context>
</TS>
