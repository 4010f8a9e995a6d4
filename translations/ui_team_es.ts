<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>ConsoleLease</name>
        <message>
            <source>Meeting run elsewhere</source>
            <translation>Reunión dirigida desde otro lugar</translation>
        </message>
    </context>
    <context>
        <name>DatabaseSwitch</name>
        <message>
            <source>Reopen on {file}, this laptop's own database</source>
            <translation>Volver a abrir con {file}, la base de datos propia de este portátil</translation>
        </message>
        <message>
            <source>A meeting's console is open</source>
            <translation>La consola de una reunión está abierta</translation>
        </message>
        <message>
            <source>Close the meeting's console before opening another database.</source>
            <translation>Cierre la consola de la reunión antes de abrir otra base de datos.</translation>
        </message>
        <message>
            <source>Stayed on {database}.</source>
            <translation>Sigue abierta {database}.</translation>
        </message>
    </context>
    <context>
        <name>DatabaseTitle</name>
        <message>
            <source>team database</source>
            <translation>base de datos del equipo</translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>este ordenador</translation>
        </message>
        <message>
            <source>{database} on {server}</source>
            <translation>{database} en {server}</translation>
        </message>
    </context>
    <context>
        <name>JournaledRecord</name>
        <message>
            <source>new dispute</source>
            <translation>nueva disputa</translation>
        </message>
        <message>
            <source>This dispute is being sent to the server; it can be undone once it is there.</source>
            <translation>Esta disputa se está enviando al servidor; podrá deshacerse cuando haya llegado.</translation>
        </message>
        <message>
            <source>new action item</source>
            <translation>nueva tarea</translation>
        </message>
        <message>
            <source>This action item is being sent to the server; it can be undone once it is there.</source>
            <translation>Esta tarea se está enviando al servidor; podrá deshacerse cuando haya llegado.</translation>
        </message>
        <message>
            <source>Open dispute “{title}”</source>
            <translation>Abrir la disputa «{title}»</translation>
        </message>
        <message>
            <source>Add action item</source>
            <translation>Añadir tarea</translation>
        </message>
    </context>
    <context>
        <name>KeptAtStart</name>
        <message>
            <source>Kept notes sent</source>
            <translation>Notas guardadas enviadas</translation>
        </message>
        <message>
            <source>Kept on this laptop while {database} could not be reached, and sent to it now: {summary}.</source>
            <translation>Guardado en este portátil mientras no se podía acceder a {database}, y enviado ahora: {summary}.</translation>
        </message>
        <message>
            <source>The server went away again; the rest is sent at the next start.</source>
            <translation>El servidor volvió a quedar inaccesible; el resto se envía en el próximo inicio.</translation>
        </message>
    </context>
    <context>
        <name>KeptCapture</name>
        <message>
            <source>Dispute (not sent) · {title}</source>
            <translation>Disputa (no enviada) · {title}</translation>
        </message>
        <message>
            <source>no owner</source>
            <translation>sin responsable</translation>
        </message>
        <message>
            <source>due {day}</source>
            <translation>vence el {day}</translation>
        </message>
        <message>
            <source>no due date</source>
            <translation>sin fecha de vencimiento</translation>
        </message>
        <message>
            <source>Action (not sent) · {owner} · {when} · {text}</source>
            <translation>Tarea (no enviada) · {owner} · {when} · {text}</translation>
        </message>
    </context>
    <context>
        <name>OfflineConsole</name>
        <message>
            <source>The minutes are made from the server's record: export or send them once it is back.</source>
            <translation>El acta se genera a partir del registro del servidor: expórtela o envíela cuando vuelva a estar disponible.</translation>
        </message>
        <message>
            <source>The server is back: {summary} sent.</source>
            <translation>El servidor vuelve a estar disponible; enviado: {summary}.</translation>
        </message>
        <message>
            <source>The server is back.</source>
            <translation>El servidor vuelve a estar disponible.</translation>
        </message>
    </context>
    <context>
        <name>ReloadOffer</name>
        <message>
            <source>Changed by someone else</source>
            <translation>Modificado por otra persona</translation>
        </message>
        <message>
            <source>Reload now? Yes shows their change in place of what you typed here; No keeps your text on screen, not saved.</source>
            <translation>¿Recargar ahora? «Sí» muestra el cambio de la otra persona en lugar de lo que usted escribió aquí; «No» mantiene su texto en pantalla, sin guardar.</translation>
        </message>
    </context>
    <context>
        <name>TeamDatabaseDialog</name>
        <message>
            <source>prefer (encrypted when the server offers it)</source>
            <translation>prefer (cifrada si el servidor lo ofrece)</translation>
        </message>
        <message>
            <source>require (always encrypted)</source>
            <translation>require (siempre cifrada)</translation>
        </message>
        <message>
            <source>verify-ca (encrypted, certificate checked)</source>
            <translation>verify-ca (cifrada, con comprobación del certificado)</translation>
        </message>
        <message>
            <source>verify-full (encrypted, certificate and host name checked)</source>
            <translation>verify-full (cifrada, con comprobación del certificado y del nombre del host)</translation>
        </message>
        <message>
            <source>Open team database</source>
            <translation>Abrir base de datos del equipo</translation>
        </message>
        <message>
            <source>db.example.com (empty: this computer's socket)</source>
            <translation>db.example.com (vacío: el socket de este ordenador)</translation>
        </message>
        <message>
            <source>The name or address of the PostgreSQL server; a postgresql://user@host/dbname address pasted here fills in every field</source>
            <translation>El nombre o la dirección del servidor PostgreSQL; una dirección postgresql://usuario@host/basededatos pegada aquí rellena todos los campos</translation>
        </message>
        <message>
            <source>The port the database server listens on</source>
            <translation>El puerto en el que escucha el servidor de base de datos</translation>
        </message>
        <message>
            <source>The name of the team's database on the server</source>
            <translation>El nombre de la base de datos del equipo en el servidor</translation>
        </message>
        <message>
            <source>your login on the server</source>
            <translation>su usuario en el servidor</translation>
        </message>
        <message>
            <source>The user name you log in to the server with</source>
            <translation>El nombre de usuario con el que inicia sesión en el servidor</translation>
        </message>
        <message>
            <source>optional: kept in the system keyring</source>
            <translation>opcional: se guarda en el llavero del sistema</translation>
        </message>
        <message>
            <source>Stored in the system keyring once the connection works. Leave it empty to use the one already stored, or ~/.pgpass.</source>
            <translation>Se guarda en el llavero del sistema cuando la conexión funciona. Déjela vacía para usar la ya guardada o ~/.pgpass.</translation>
        </message>
        <message>
            <source>Whether the connection to the server is encrypted</source>
            <translation>Si la conexión con el servidor va cifrada</translation>
        </message>
        <message>
            <source>the CA certificate that signed the server's (.pem, .crt)</source>
            <translation>el certificado de la CA que firmó el del servidor (.pem, .crt)</translation>
        </message>
        <message>
            <source>The certificate file the server's is checked against (verify-ca, verify-full)</source>
            <translation>El archivo de certificado con el que se comprueba el del servidor (verify-ca, verify-full)</translation>
        </message>
        <message>
            <source>Choos&amp;e…</source>
            <translation>&amp;Elegir…</translation>
        </message>
        <message>
            <source>Pick the certificate file that vouches for the server</source>
            <translation>Elegir el archivo de certificado que avala al servidor</translation>
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation>&amp;Host:</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>&amp;Puerto:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Base de datos:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Usuario:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>Con&amp;traseña:</translation>
        </message>
        <message>
            <source>&amp;SSL mode:</source>
            <translation>Modo &amp;SSL:</translation>
        </message>
        <message>
            <source>C&amp;A file:</source>
            <translation>Archivo de C&amp;A:</translation>
        </message>
        <message>
            <source>Close without connecting; nothing is kept</source>
            <translation>Cerrar sin conectar; no se guarda nada</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>Co&amp;nectar</translation>
        </message>
        <message>
            <source>Try these settings against the server</source>
            <translation>Probar esta configuración con el servidor</translation>
        </message>
        <message>
            <source>A team database is one Facilitator history on a PostgreSQL server, shared by the organisation's moderators. An empty database is made ready on first connection.</source>
            <translation>Una base de datos del equipo es un único historial de Facilitator en un servidor PostgreSQL, compartido por los moderadores de la organización. Una base de datos vacía se prepara en la primera conexión.</translation>
        </message>
        <message>
            <source>The CA certificate</source>
            <translation>El certificado de la CA</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Name the database on the server, such as facilitator.</source>
            <translation>Indique el nombre de la base de datos en el servidor, por ejemplo facilitator.</translation>
        </message>
        <message>
            <source>{address}: the server refused the database ({error}).</source>
            <translation>{address}: el servidor rechazó la base de datos ({error}).</translation>
        </message>
        <message>
            <source>Connected, but the system keyring did not take the password ({error}). Put it in ~/.pgpass and leave the password empty.</source>
            <translation>Conectado, pero el llavero del sistema no aceptó la contraseña ({error}). Guárdela en ~/.pgpass y deje la contraseña vacía.</translation>
        </message>
    </context>
</TS>
