<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>FollowUpLine</name>
        <message>
            <source>{name} &lt;{address}&gt;: {reason}</source>
            <translation>{name} &lt;{address}&gt;: {reason}</translation>
        </message>
        <message>
            <source>Mailing each owner their action items…</source>
            <translation>Enviando a cada responsable sus tareas…</translation>
        </message>
        <message>
            <source>No follow-ups were sent: {reason}</source>
            <translation>No se envió ningún seguimiento: {reason}</translation>
        </message>
    </context>
    <context>
        <name>FollowUpOption</name>
        <message>
            <source>Turn on the owners' follow-up</source>
            <translation>Activar el seguimiento a los responsables</translation>
        </message>
        <message>
            <source>Turn off the owners' follow-up</source>
            <translation>Desactivar el seguimiento a los responsables</translation>
        </message>
        <message>
            <source>follow-up option</source>
            <translation>opción de seguimiento</translation>
        </message>
        <message>
            <source>Mail each owner their action items with the minutes (every meeting of this series)</source>
            <translation>Enviar a cada responsable sus tareas junto con el acta (cada reunión de esta serie)</translation>
        </message>
        <message>
            <source>When the minutes are sent, each owner of an open action item also gets one short mail with only their items, the minutes attached</source>
            <translation>Al enviar el acta, cada responsable de una tarea abierta recibe además un breve correo solo con sus tareas, con el acta adjunta</translation>
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
        <name>InformedPanel</name>
        <message>
            <source>Informed (receive the minutes)</source>
            <translation>Informados (reciben el acta)</translation>
        </message>
        <message>
            <source>{name} · no email address: receives nothing</source>
            <translation>{name} · sin dirección de correo: no recibe nada</translation>
        </message>
        <message>
            <source>{who} — every meeting of the series</source>
            <translation>{who} — todas las reuniones de la serie</translation>
        </message>
        <message>
            <source>Inform</source>
            <translation>Informar</translation>
        </message>
        <message>
            <source>inform</source>
            <translation>informar</translation>
        </message>
        <message>
            <source>Inform {name}</source>
            <translation>Informar a {name}</translation>
        </message>
        <message>
            <source>Stop informing {name}</source>
            <translation>Dejar de informar a {name}</translation>
        </message>
        <message>
            <source>remove informed</source>
            <translation>quitar informado</translation>
        </message>
        <message>
            <source>For every meeting of the series</source>
            <translation>Para todas las reuniones de la serie</translation>
        </message>
        <message>
            <source>Series: {name}</source>
            <translation>Serie: {name}</translation>
        </message>
        <message>
            <source>Choose a person from the roster to inform.</source>
            <translation>Elija de la lista del equipo a la persona que desea informar.</translation>
        </message>
        <message>
            <source>Choose a person…</source>
            <translation>Elija una persona…</translation>
        </message>
        <message>
            <source>Who else receives the minutes; select entries to remove them</source>
            <translation>Quién más recibe el acta; seleccione entradas para quitarlas</translation>
        </message>
        <message>
            <source>No one is informed: the minutes go to the list and the moderator.</source>
            <translation>No hay nadie más informado: el acta va a la lista de la reunión y al moderador.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Stop sending them the minutes (Delete)</source>
            <translation>Dejar de enviarles el acta (Supr)</translation>
        </message>
        <message>
            <source>Person to inform</source>
            <translation>Persona a informar</translation>
        </message>
        <message>
            <source>Someone from the roster who gets the minutes</source>
            <translation>Una persona de la lista del equipo que recibe el acta</translation>
        </message>
        <message>
            <source>Inform person</source>
            <translation>Informar a la persona</translation>
        </message>
        <message>
            <source>Send the minutes to the person chosen</source>
            <translation>Enviar el acta a la persona elegida</translation>
        </message>
        <message>
            <source>or an address, e.g. smarketing@example.com</source>
            <translation>o una dirección, p. ej. smarketing@example.com</translation>
        </message>
        <message>
            <source>Address to inform</source>
            <translation>Dirección a informar</translation>
        </message>
        <message>
            <source>An address outside the roster, such as a team list</source>
            <translation>Una dirección fuera de la lista del equipo, como una lista de distribución</translation>
        </message>
        <message>
            <source>Name (optional)</source>
            <translation>Nombre (opcional)</translation>
        </message>
        <message>
            <source>Name of the address</source>
            <translation>Nombre de la dirección</translation>
        </message>
        <message>
            <source>How the minutes' distribution line names the address</source>
            <translation>Cómo nombra el acta a esta dirección en su lista de distribución</translation>
        </message>
        <message>
            <source>Inform address</source>
            <translation>Informar a la dirección</translation>
        </message>
        <message>
            <source>Send the minutes to the address typed</source>
            <translation>Enviar el acta a la dirección escrita</translation>
        </message>
        <message>
            <source>For every meeting of this series</source>
            <translation>Para todas las reuniones de esta serie</translation>
        </message>
    </context>
    <context>
        <name>MailSettingsDialog</name>
        <message>
            <source>None (unencrypted)</source>
            <translation>Ninguna (sin cifrar)</translation>
        </message>
        <message>
            <source>Give the SMTP server's host name, such as smtp.example.com.</source>
            <translation>Indique el nombre del servidor SMTP, por ejemplo smtp.example.com.</translation>
        </message>
        <message>
            <source>The host name can't contain spaces.</source>
            <translation>El nombre del servidor no puede contener espacios.</translation>
        </message>
        <message>
            <source>The sender address should look like name@example.com.</source>
            <translation>La dirección del remitente debe tener la forma nombre@example.com.</translation>
        </message>
        <message>
            <source>Give a sender address (the From of the minutes).</source>
            <translation>Indique una dirección de remitente (el «De» del acta).</translation>
        </message>
        <message>
            <source>A password needs a user name to be stored under.</source>
            <translation>Para guardar una contraseña hace falta un nombre de usuario.</translation>
        </message>
        <message>
            <source>Mail settings</source>
            <translation>Ajustes de correo</translation>
        </message>
        <message>
            <source>The name of the mail (SMTP) server the minutes go out through</source>
            <translation>El nombre del servidor de correo (SMTP) por el que se envía el acta</translation>
        </message>
        <message>
            <source>How the connection to the mail server is encrypted</source>
            <translation>Cómo se cifra la conexión con el servidor de correo</translation>
        </message>
        <message>
            <source>The port the mail server listens on</source>
            <translation>El puerto en el que escucha el servidor de correo</translation>
        </message>
        <message>
            <source>The login the mail server knows you by</source>
            <translation>El usuario con el que le conoce el servidor de correo</translation>
        </message>
        <message>
            <source>The address the mails come from, as their readers see it</source>
            <translation>La dirección desde la que llegan los correos, tal como la ven los destinatarios</translation>
        </message>
        <message>
            <source>moderator@example.com (the user when empty)</source>
            <translation>moderador@example.com (vacío: el usuario)</translation>
        </message>
        <message>
            <source>The password for this user, kept in the system keyring, not in a file</source>
            <translation>La contraseña de este usuario, guardada en el llavero del sistema, no en un archivo</translation>
        </message>
        <message>
            <source>&amp;Forget password</source>
            <translation>&amp;Olvidar contraseña</translation>
        </message>
        <message>
            <source>Remove this user's SMTP password from the system keyring</source>
            <translation>Quitar la contraseña SMTP de este usuario del llavero del sistema</translation>
        </message>
        <message>
            <source>items due within </source>
            <translation>tareas que vencen en </translation>
        </message>
        <message>
            <source> days</source>
            <translation> días</translation>
        </message>
        <message>
            <source>facilitator remind mails each owner their overdue action items and those due within this many days (0: overdue only)</source>
            <translation>«facilitator remind» envía a cada responsable sus tareas vencidas y las que vencen en este número de días (0: solo las vencidas)</translation>
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation>&amp;Host:</translation>
        </message>
        <message>
            <source>&amp;Security:</source>
            <translation>&amp;Seguridad:</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>Pue&amp;rto:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Usuario:</translation>
        </message>
        <message>
            <source>S&amp;ender:</source>
            <translation>R&amp;emitente:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Contraseña:</translation>
        </message>
        <message>
            <source>Sent reminders…</source>
            <translation>Recordatorios enviados…</translation>
        </message>
        <message>
            <source>Which reminders went out to which owners, and which were refused</source>
            <translation>Qué recordatorios salieron hacia qué responsables y cuáles fueron rechazados</translation>
        </message>
        <message>
            <source>&amp;Reminders:</source>
            <translation>Recor&amp;datorios:</translation>
        </message>
        <message>
            <source>&amp;Check connection</source>
            <translation>Com&amp;probar conexión</translation>
        </message>
        <message>
            <source>Connect, secure and log in with these settings, without sending anything (Ctrl+T)</source>
            <translation>Conectar, cifrar e iniciar sesión con estos ajustes, sin enviar nada (Ctrl+T)</translation>
        </message>
        <message>
            <source>Save these settings, and a newly typed password in the keyring</source>
            <translation>Guardar estos ajustes y, en el llavero, una contraseña recién escrita</translation>
        </message>
        <message>
            <source>Close without saving anything</source>
            <translation>Cerrar sin guardar nada</translation>
        </message>
        <message>
            <source>The saved settings could not be read: {error}</source>
            <translation>No se pudieron leer los ajustes guardados: {error}</translation>
        </message>
        <message>
            <source>A password is stored in the system keyring.</source>
            <translation>Hay una contraseña guardada en el llavero del sistema.</translation>
        </message>
        <message>
            <source>unchanged; type to replace it</source>
            <translation>sin cambios; escriba para sustituirla</translation>
        </message>
        <message>
            <source>No password is stored for this user.</source>
            <translation>No hay ninguna contraseña guardada para este usuario.</translation>
        </message>
        <message>
            <source>stored in the system keyring on OK</source>
            <translation>se guarda en el llavero del sistema al pulsar Aceptar</translation>
        </message>
        <message>
            <source>Type the password for this user to check the login.</source>
            <translation>Escriba la contraseña de este usuario para comprobar el inicio de sesión.</translation>
        </message>
        <message>
            <source>Connecting to {host}:{port}…</source>
            <translation>Conectando con {host}:{port}…</translation>
        </message>
        <message>
            <source>The check failed: {reason}</source>
            <translation>La comprobación falló: {reason}</translation>
        </message>
        <message>
            <source>The settings were not saved: {error}</source>
            <translation>No se guardaron los ajustes: {error}</translation>
        </message>
    </context>
    <context>
        <name>MinutesExport</name>
        <message>
            <source>Minutes not written</source>
            <translation>Acta no guardada</translation>
        </message>
        <message>
            <source>That meeting no longer exists.</source>
            <translation>Esa reunión ya no existe.</translation>
        </message>
        <message>
            <source>Export minutes</source>
            <translation>Exportar acta</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The minutes could not be written, so nothing was saved.</source>
            <translation>No se pudo escribir el acta, así que no se guardó nada.</translation>
        </message>
    </context>
    <context>
        <name>MinutesVersionsDialog</name>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>Sent on</source>
            <translation>Enviada el</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>Alcanzó a</translation>
        </message>
        <message>
            <source>Minutes versions: {title}</source>
            <translation>Versiones del acta: {title}</translation>
        </message>
        <message>
            <source>Minutes versions</source>
            <translation>Versiones del acta</translation>
        </message>
        <message>
            <source>Each version of the minutes sent or exported, newest first</source>
            <translation>Cada versión del acta enviada o exportada, la más reciente primero</translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>&amp;Guardar PDF…</translation>
        </message>
        <message>
            <source>Write the selected version's PDF exactly as it was sent</source>
            <translation>Guardar el PDF de la versión seleccionada tal como se envió</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close this list of versions</source>
            <translation>Cerrar esta lista de versiones</translation>
        </message>
        <message>
            <source>Each version of these minutes that reached someone, as it was sent:</source>
            <translation>Cada versión de esta acta que llegó a alguien, tal como se envió:</translation>
        </message>
        <message>
            <source>{number} (amended)</source>
            <translation>{number} (modificada)</translation>
        </message>
        <message>
            <source>1 recipient</source>
            <translation>1 destinatario</translation>
        </message>
        <message>
            <source>{count} recipients</source>
            <translation>{count} destinatarios</translation>
        </message>
        <message>
            <source>These minutes have not been sent yet.</source>
            <translation>Esta acta aún no se ha enviado.</translation>
        </message>
        <message>
            <source>Save minutes version {number}</source>
            <translation>Guardar la versión {number} del acta</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Minutes not written</source>
            <translation>Acta no guardada</translation>
        </message>
        <message>
            <source>Nothing was saved.</source>
            <translation>No se guardó nada.</translation>
        </message>
        <message>
            <source>Version {number} saved to {path}</source>
            <translation>Versión {number} guardada en {path}</translation>
        </message>
        <message>
            <source>{number}, sent before; nothing in the minutes changed since</source>
            <translation>{number}, ya enviada; el acta no ha cambiado desde entonces</translation>
        </message>
        <message>
            <source>{number} (amended: 1 change)</source>
            <translation>{number} (modificada: 1 cambio)</translation>
        </message>
        <message>
            <source>{number} (amended: {count} changes)</source>
            <translation>{number} (modificada: {count} cambios)</translation>
        </message>
        <message>
            <source>1 (the first sending)</source>
            <translation>1 (el primer envío)</translation>
        </message>
        <message>
            <source>The minutes were sent on {when} to 1 person, and nothing in them changed since. Send them again?</source>
            <translation>El acta se envió el {when} a 1 persona y no ha cambiado desde entonces. ¿Desea enviarla de nuevo?</translation>
        </message>
        <message>
            <source>The minutes were sent on {when} to {count} people, and nothing in them changed since. Send them again?</source>
            <translation>El acta se envió el {when} a {count} personas y no ha cambiado desde entonces. ¿Desea enviarla de nuevo?</translation>
        </message>
        <message>
            <source>Send the minutes again</source>
            <translation>Enviar el acta de nuevo</translation>
        </message>
    </context>
    <context>
        <name>PreReadDialog</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Send agenda: {title}</source>
            <translation>Enviar orden del día: {title}</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>Destinatarios</translation>
        </message>
        <message>
            <source>Who receives the mail; untick to leave someone out</source>
            <translation>Quién recibe el correo; desmarque a alguien para excluirlo</translation>
        </message>
        <message>
            <source>The subject the mail is sent with</source>
            <translation>El asunto con el que se envía el correo</translation>
        </message>
        <message>
            <source>{file} (one page) and invite.ics (calendar invitation)</source>
            <translation>{file} (una página) e invite.ics (invitación de calendario)</translation>
        </message>
        <message>
            <source>Subject:</source>
            <translation>Asunto:</translation>
        </message>
        <message>
            <source>Attached:</source>
            <translation>Adjuntos:</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>The mail as it will be sent</source>
            <translation>El correo tal como se enviará</translation>
        </message>
        <message>
            <source>&amp;Mail settings…</source>
            <translation>Ajustes de &amp;correo…</translation>
        </message>
        <message>
            <source>The mail server the agenda goes out through</source>
            <translation>El servidor de correo por el que se envía el orden del día</translation>
        </message>
        <message>
            <source>Save &amp;PDF…</source>
            <translation>Guardar &amp;PDF…</translation>
        </message>
        <message>
            <source>The same agenda on one page, for those who print</source>
            <translation>El mismo orden del día en una página, para quien lo imprima</translation>
        </message>
        <message>
            <source>Save &amp;draft…</source>
            <translation>Guardar &amp;borrador…</translation>
        </message>
        <message>
            <source>The same mail as an .eml for your own mail program (Ctrl+S)</source>
            <translation>El mismo correo como .eml para su propio programa de correo (Ctrl+S)</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Enviar</translation>
        </message>
        <message>
            <source>Email the agenda to every invitee with an address (Ctrl+Return)</source>
            <translation>Enviar el orden del día a cada invitado con dirección (Ctrl+Return)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close this window; nothing more is sent</source>
            <translation>Cerrar esta ventana; no se envía nada más</translation>
        </message>
        <message>
            <source>Invitees (everyone on the meeting's list):</source>
            <translation>Invitados (todos los de la lista de la reunión):</translation>
        </message>
        <message>
            <source>Message:</source>
            <translation>Mensaje:</translation>
        </message>
        <message>
            <source>Mail is not set up yet: open Mail settings… to give the SMTP server. Save draft… works without it.</source>
            <translation>El correo aún no está configurado: abra «Ajustes de correo…» para indicar el servidor SMTP. «Guardar borrador…» funciona sin él.</translation>
        </message>
        <message>
            <source>No one invited has an email address: add addresses in the roster, or save the PDF or a draft.</source>
            <translation>Ningún invitado tiene dirección de correo: añada direcciones en la lista del equipo o guarde el PDF o un borrador.</translation>
        </message>
        <message>
            <source>The agenda was sent on {when} to 1 person. Send it again? Their calendars get an update of the same meeting, not a second one.</source>
            <translation>El orden del día se envió el {when} a 1 persona. ¿Desea enviarlo de nuevo? Su calendario recibirá una actualización de la misma reunión, no una segunda.</translation>
        </message>
        <message>
            <source>The agenda was sent on {when} to {count} people. Send it again? Their calendars get an update of the same meeting, not a second one.</source>
            <translation>El orden del día se envió el {when} a {count} personas. ¿Desea enviarlo de nuevo? Sus calendarios recibirán una actualización de la misma reunión, no una segunda.</translation>
        </message>
        <message>
            <source>Send the agenda again</source>
            <translation>Enviar el orden del día de nuevo</translation>
        </message>
        <message>
            <source>Not sent again.</source>
            <translation>No se ha vuelto a enviar.</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>Escribiendo {file}…</translation>
        </message>
        <message>
            <source>Save agenda as PDF</source>
            <translation>Guardar el orden del día como PDF</translation>
        </message>
        <message>
            <source>PDF documents</source>
            <translation>Documentos PDF</translation>
        </message>
        <message>
            <source>Save agenda as .eml</source>
            <translation>Guardar el orden del día como .eml</translation>
        </message>
        <message>
            <source>Email messages</source>
            <translation>Mensajes de correo</translation>
        </message>
        <message>
            <source>Saved to {path}.</source>
            <translation>Guardado en {path}.</translation>
        </message>
        <message>
            <source>Nothing was saved: {reason}</source>
            <translation>No se guardó nada: {reason}</translation>
        </message>
        <message>
            <source>Still waiting for an answer; close again once it is done.</source>
            <translation>Todavía se espera una respuesta; vuelva a cerrar cuando haya terminado.</translation>
        </message>
    </context>
    <context>
        <name>RecipientOutcomes</name>
        <message>
            <source>skipped: no email address</source>
            <translation>omitido: sin dirección de correo</translation>
        </message>
        <message>
            <source>not sent yet</source>
            <translation>aún no enviado</translation>
        </message>
        <message>
            <source>Sent to all {total} recipients.</source>
            <translation>Enviado a todos los destinatarios ({total}).</translation>
        </message>
        <message>
            <source>Nothing was sent: all {total} recipients failed (see each one's reason).</source>
            <translation>No se envió nada: fallaron todos los destinatarios ({total}); vea el motivo de cada uno.</translation>
        </message>
        <message>
            <source>Sent to {sent} of {total} recipients; {refused} refused (see the list).</source>
            <translation>Enviado a {sent} de {total} destinatarios; rechazados: {refused} (vea la lista).</translation>
        </message>
        <message>
            <source>Nothing was sent: {reason}</source>
            <translation>No se envió nada: {reason}</translation>
        </message>
        <message>
            <source>Sending through {host}:{port}…</source>
            <translation>Enviando a través de {host}:{port}…</translation>
        </message>
        <message>
            <source>sending…</source>
            <translation>enviando…</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>enviado</translation>
        </message>
        <message>
            <source>refused: {reason}</source>
            <translation>rechazado: {reason}</translation>
        </message>
        <message>
            <source>The mail settings can't be read: {error}</source>
            <translation>No se pueden leer los ajustes de correo: {error}</translation>
        </message>
        <message>
            <source>Sending from {sender} through {host}:{port}.</source>
            <translation>Envío desde {sender} a través de {host}:{port}.</translation>
        </message>
    </context>
    <context>
        <name>SendDialog</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Send minutes: {title}</source>
            <translation>Enviar acta: {title}</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>Destinatarios</translation>
        </message>
        <message>
            <source>Who receives the mail; untick to leave someone out</source>
            <translation>Quién recibe el correo; desmarque a alguien para excluirlo</translation>
        </message>
        <message>
            <source>The subject the mail is sent with</source>
            <translation>El asunto con el que se envía el correo</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>The mail as it will be sent</source>
            <translation>El correo tal como se enviará</translation>
        </message>
        <message>
            <source>{file} (the full minutes)</source>
            <translation>{file} (el acta completa)</translation>
        </message>
        <message>
            <source>Subject:</source>
            <translation>Asunto:</translation>
        </message>
        <message>
            <source>Attached:</source>
            <translation>Adjuntos:</translation>
        </message>
        <message>
            <source>Version:</source>
            <translation>Versión:</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Enviar</translation>
        </message>
        <message>
            <source>Email the minutes to everyone listed with an address (Ctrl+Return)</source>
            <translation>Enviar el acta a todas las personas de la lista con dirección (Ctrl+Return)</translation>
        </message>
        <message>
            <source>Save as .&amp;eml…</source>
            <translation>&amp;Guardar como .eml…</translation>
        </message>
        <message>
            <source>Write the same message for your own mail program (Ctrl+S)</source>
            <translation>Guardar el mismo mensaje para su propio programa de correo (Ctrl+S)</translation>
        </message>
        <message>
            <source>&amp;Mail settings…</source>
            <translation>Ajustes de &amp;correo…</translation>
        </message>
        <message>
            <source>The mail server the minutes go out through</source>
            <translation>El servidor de correo por el que se envía el acta</translation>
        </message>
        <message>
            <source>&amp;Versions…</source>
            <translation>&amp;Versiones…</translation>
        </message>
        <message>
            <source>The versions of these minutes sent, each PDF as it was</source>
            <translation>Las versiones enviadas de esta acta, cada PDF tal como era</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close this window; nothing more is sent</source>
            <translation>Cerrar esta ventana; no se envía nada más</translation>
        </message>
        <message>
            <source>Recipients (everyone on the meeting's list, and its moderator):</source>
            <translation>Destinatarios (todos los de la lista de la reunión y su moderador):</translation>
        </message>
        <message>
            <source>Message:</source>
            <translation>Mensaje:</translation>
        </message>
        <message>
            <source>Mail is not set up yet: open Mail settings… to give the SMTP server. Save as .eml works without it.</source>
            <translation>El correo aún no está configurado: abra «Ajustes de correo…» para indicar el servidor SMTP. «Guardar como .eml» funciona sin él.</translation>
        </message>
        <message>
            <source>No one on this meeting's list has an email address: add addresses in the roster, or save the message as .eml.</source>
            <translation>Nadie de la lista de esta reunión tiene dirección de correo: añada direcciones en la lista del equipo o guarde el mensaje como .eml.</translation>
        </message>
        <message>
            <source>Not sent again.</source>
            <translation>No se ha vuelto a enviar.</translation>
        </message>
        <message>
            <source>Save minutes as .eml</source>
            <translation>Guardar el acta como .eml</translation>
        </message>
        <message>
            <source>Email messages (*.eml)</source>
            <translation>Mensajes de correo (*.eml)</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>Escribiendo {file}…</translation>
        </message>
        <message>
            <source>Message saved to {path}; open it in your mail program.</source>
            <translation>Mensaje guardado en {path}; ábralo en su programa de correo.</translation>
        </message>
        <message>
            <source>that meeting no longer exists</source>
            <translation>esa reunión ya no existe</translation>
        </message>
        <message>
            <source>The message was not saved: {reason}</source>
            <translation>No se guardó el mensaje: {reason}</translation>
        </message>
        <message>
            <source>Still waiting for the mail server; close again once it is done.</source>
            <translation>Todavía se espera al servidor de correo; vuelva a cerrar cuando haya terminado.</translation>
        </message>
        <message>
            <source>Still waiting for the file to be written; close again once it is done.</source>
            <translation>Todavía se está escribiendo el archivo; vuelva a cerrar cuando haya terminado.</translation>
        </message>
    </context>
    <context>
        <name>SentLogDialog</name>
        <message>
            <source>Sent</source>
            <translation>Enviado</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Subject / recipient</source>
            <translation>Asunto / destinatario</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>No mail about this meeting has been sent yet.</source>
            <translation>Aún no se ha enviado ningún correo sobre esta reunión.</translation>
        </message>
        <message>
            <source>No reminder has been sent yet.</source>
            <translation>Aún no se ha enviado ningún recordatorio.</translation>
        </message>
        <message>
            <source>{accepted} accepted</source>
            <translation>aceptados: {accepted}</translation>
        </message>
        <message>
            <source>REFUSED ({refused})</source>
            <translation>RECHAZADO ({refused})</translation>
        </message>
        <message>
            <source>REFUSED</source>
            <translation>RECHAZADO</translation>
        </message>
        <message>
            <source>{accepted} accepted, {refused} refused</source>
            <translation>aceptados: {accepted}, rechazados: {refused}</translation>
        </message>
        <message>
            <source>✓ Accepted</source>
            <translation>✓ Aceptado</translation>
        </message>
        <message>
            <source>✗ REFUSED: {reason}</source>
            <translation>✗ RECHAZADO: {reason}</translation>
        </message>
        <message>
            <source>✗ REFUSED</source>
            <translation>✗ RECHAZADO</translation>
        </message>
        <message>
            <source>Sent reminders</source>
            <translation>Recordatorios enviados</translation>
        </message>
        <message>
            <source>Reminders sent to action item owners, each with its recipient</source>
            <translation>Recordatorios enviados a los responsables de las tareas, cada uno con su destinatario</translation>
        </message>
        <message>
            <source>meeting {number}</source>
            <translation>reunión {number}</translation>
        </message>
        <message>
            <source>Sent mail — {title}</source>
            <translation>Correo enviado — {title}</translation>
        </message>
        <message>
            <source>Mails sent about this meeting, each with its recipients</source>
            <translation>Correos enviados sobre esta reunión, cada uno con sus destinatarios</translation>
        </message>
        <message>
            <source>Newest first; under each mail, whether each recipient's server accepted it</source>
            <translation>El más reciente primero; bajo cada correo, si el servidor de cada destinatario lo aceptó</translation>
        </message>
        <message>
            <source>Close the sent log</source>
            <translation>Cerrar el registro de envíos</translation>
        </message>
        <message>
            <source>1 mail sent about this meeting, newest first; 1 with refused recipients (marked ✗ in red).</source>
            <translation>1 correo enviado sobre esta reunión, el más reciente primero; 1 con destinatarios rechazados (marcados con ✗ en rojo).</translation>
        </message>
        <message>
            <source>1 mail sent about this meeting, newest first.</source>
            <translation>1 correo enviado sobre esta reunión, el más reciente primero.</translation>
        </message>
        <message>
            <source>{count} mails sent about this meeting, newest first; {refused} with refused recipients (marked ✗ in red).</source>
            <translation>{count} correos enviados sobre esta reunión, el más reciente primero; {refused} con destinatarios rechazados (marcados con ✗ en rojo).</translation>
        </message>
        <message>
            <source>{count} mails sent about this meeting, newest first.</source>
            <translation>{count} correos enviados sobre esta reunión, el más reciente primero.</translation>
        </message>
        <message>
            <source>1 reminder sent; it was refused (marked ✗ in red).</source>
            <translation>1 recordatorio enviado; fue rechazado (marcado con ✗ en rojo).</translation>
        </message>
        <message>
            <source>1 reminder sent.</source>
            <translation>1 recordatorio enviado.</translation>
        </message>
        <message>
            <source>{count} reminders sent, newest first; {refused} refused (marked ✗ in red).</source>
            <translation>{count} recordatorios enviados, el más reciente primero; {refused} rechazados (marcados con ✗ en rojo).</translation>
        </message>
        <message>
            <source>{count} reminders sent, newest first.</source>
            <translation>{count} recordatorios enviados, el más reciente primero.</translation>
        </message>
    </context>
</TS>
