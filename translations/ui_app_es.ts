<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>App</name>
        <message>
            <source>Load a demo history?</source>
            <translation>¿Cargar un historial de demostración?</translation>
        </message>
        <message>
            <source>Load a demo history to explore?

It fills this empty database with a few months of smarketing meetings, disputes and action items. You can start from scratch instead.</source>
            <translation>¿Cargar un historial de demostración para explorar?

Llena esta base de datos vacía con varios meses de reuniones de smarketing, disputas y tareas. También puede empezar desde cero.</translation>
        </message>
        <message>
            <source>Demo not loaded</source>
            <translation>Demostración no cargada</translation>
        </message>
        <message>
            <source>The demo could not be loaded: {error}</source>
            <translation>No se pudo cargar la demostración: {error}</translation>
        </message>
        <message>
            <source>The database was damaged</source>
            <translation>La base de datos estaba dañada</translation>
        </message>
        <message>
            <source>Database on a network filesystem</source>
            <translation>Base de datos en un sistema de archivos de red</translation>
        </message>
        <message>
            <source>The database is damaged</source>
            <translation>La base de datos está dañada</translation>
        </message>
        <message>
            <source>Facilitator opens this laptop's database instead; File ▸ Open team database… tries the server again.</source>
            <translation>Facilitator abre en su lugar la base de datos de este portátil; Archivo ▸ Abrir base de datos del equipo… vuelve a intentarlo con el servidor.</translation>
        </message>
        <message>
            <source>The team database could not be opened</source>
            <translation>No se pudo abrir la base de datos del equipo</translation>
        </message>
        <message>
            <source>Facilitator cannot open this database</source>
            <translation>Facilitator no puede abrir esta base de datos</translation>
        </message>
        <message>
            <source>Created a new database at {location}</source>
            <translation>Se creó una base de datos nueva en {location}</translation>
        </message>
    </context>
    <context>
        <name>IdleBackupTimer</name>
        <message>
            <source>Backup failed: {error}</source>
            <translation>Error en la copia de seguridad: {error}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Facilitator — {database}[*]</source>
            <translation>Facilitator — {database}[*]</translation>
        </message>
        <message>
            <source>Opening {database}…</source>
            <translation>Abriendo {database}…</translation>
        </message>
        <message>
            <source>Database: {location}</source>
            <translation>Base de datos: {location}</translation>
        </message>
        <message>
            <source>Resume meeting</source>
            <translation>Reanudar reunión</translation>
        </message>
        <message>
            <source>“{title}” is still running. Open its console to carry on?</source>
            <translation>«{title}» sigue en curso. ¿Abrir su consola para continuar?</translation>
        </message>
        <message>
            <source>Select a meeting to run.</source>
            <translation>Seleccione una reunión para dirigirla.</translation>
        </message>
        <message>
            <source>Created “{title}”.</source>
            <translation>Se creó «{title}».</translation>
        </message>
    </context>
</TS>
