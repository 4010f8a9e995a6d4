<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>ConsoleLease</name>
        <message>
            <source>Meeting run elsewhere</source>
            <translation>Besprechung läuft anderswo</translation>
        </message>
    </context>
    <context>
        <name>DatabaseSwitch</name>
        <message>
            <source>Reopen on {file}, this laptop's own database</source>
            <translation>Mit {file} neu öffnen, der eigenen Datenbank dieses Laptops</translation>
        </message>
        <message>
            <source>A meeting's console is open</source>
            <translation>Die Konsole einer Besprechung ist geöffnet</translation>
        </message>
        <message>
            <source>Close the meeting's console before opening another database.</source>
            <translation>Schließen Sie die Konsole der Besprechung, bevor Sie eine andere Datenbank öffnen.</translation>
        </message>
        <message>
            <source>Stayed on {database}.</source>
            <translation>Bei {database} geblieben.</translation>
        </message>
    </context>
    <context>
        <name>DatabaseTitle</name>
        <message>
            <source>team database</source>
            <translation>Team-Datenbank</translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>diesem Computer</translation>
        </message>
        <message>
            <source>{database} on {server}</source>
            <translation>{database} auf {server}</translation>
        </message>
    </context>
    <context>
        <name>JournaledRecord</name>
        <message>
            <source>new dispute</source>
            <translation>neuer Streitpunkt</translation>
        </message>
        <message>
            <source>This dispute is being sent to the server; it can be undone once it is there.</source>
            <translation>Dieser Streitpunkt wird gerade an den Server gesendet; rückgängig machen lässt er sich, sobald er dort ist.</translation>
        </message>
        <message>
            <source>new action item</source>
            <translation>neue Aufgabe</translation>
        </message>
        <message>
            <source>This action item is being sent to the server; it can be undone once it is there.</source>
            <translation>Diese Aufgabe wird gerade an den Server gesendet; rückgängig machen lässt sie sich, sobald sie dort ist.</translation>
        </message>
        <message>
            <source>Open dispute “{title}”</source>
            <translation>Streitpunkt „{title}“ eröffnen</translation>
        </message>
        <message>
            <source>Add action item</source>
            <translation>Aufgabe hinzufügen</translation>
        </message>
    </context>
    <context>
        <name>KeptAtStart</name>
        <message>
            <source>Kept notes sent</source>
            <translation>Aufbewahrte Notizen gesendet</translation>
        </message>
        <message>
            <source>Kept on this laptop while {database} could not be reached, and sent to it now: {summary}.</source>
            <translation>Auf diesem Laptop aufbewahrt, solange {database} nicht erreichbar war, und jetzt dorthin gesendet: {summary}.</translation>
        </message>
        <message>
            <source>The server went away again; the rest is sent at the next start.</source>
            <translation>Der Server ist wieder nicht erreichbar; der Rest wird beim nächsten Start gesendet.</translation>
        </message>
    </context>
    <context>
        <name>KeptCapture</name>
        <message>
            <source>Dispute (not sent) · {title}</source>
            <translation>Streitpunkt (nicht gesendet) · {title}</translation>
        </message>
        <message>
            <source>no owner</source>
            <translation>niemand zuständig</translation>
        </message>
        <message>
            <source>due {day}</source>
            <translation>fällig {day}</translation>
        </message>
        <message>
            <source>no due date</source>
            <translation>kein Fälligkeitsdatum</translation>
        </message>
        <message>
            <source>Action (not sent) · {owner} · {when} · {text}</source>
            <translation>Aufgabe (nicht gesendet) · {owner} · {when} · {text}</translation>
        </message>
    </context>
    <context>
        <name>OfflineConsole</name>
        <message>
            <source>The minutes are made from the server's record: export or send them once it is back.</source>
            <translation>Das Protokoll entsteht aus dem Datenstand des Servers: Exportieren oder senden Sie es, sobald er wieder erreichbar ist.</translation>
        </message>
        <message>
            <source>The server is back: {summary} sent.</source>
            <translation>Der Server ist wieder erreichbar: {summary} gesendet.</translation>
        </message>
        <message>
            <source>The server is back.</source>
            <translation>Der Server ist wieder erreichbar.</translation>
        </message>
    </context>
    <context>
        <name>ReloadOffer</name>
        <message>
            <source>Changed by someone else</source>
            <translation>Von jemand anderem geändert</translation>
        </message>
        <message>
            <source>Reload now? Yes shows their change in place of what you typed here; No keeps your text on screen, not saved.</source>
            <translation>Jetzt neu laden? „Ja“ zeigt die Änderung der anderen Person anstelle dessen, was Sie hier eingegeben haben; „Nein“ lässt Ihren Text ungespeichert auf dem Bildschirm.</translation>
        </message>
    </context>
    <context>
        <name>TeamDatabaseDialog</name>
        <message>
            <source>prefer (encrypted when the server offers it)</source>
            <translation>prefer (verschlüsselt, wenn der Server es anbietet)</translation>
        </message>
        <message>
            <source>require (always encrypted)</source>
            <translation>require (immer verschlüsselt)</translation>
        </message>
        <message>
            <source>verify-ca (encrypted, certificate checked)</source>
            <translation>verify-ca (verschlüsselt, Zertifikat geprüft)</translation>
        </message>
        <message>
            <source>verify-full (encrypted, certificate and host name checked)</source>
            <translation>verify-full (verschlüsselt, Zertifikat und Hostname geprüft)</translation>
        </message>
        <message>
            <source>Open team database</source>
            <translation>Team-Datenbank öffnen</translation>
        </message>
        <message>
            <source>db.example.com (empty: this computer's socket)</source>
            <translation>db.example.com (leer: Socket dieses Computers)</translation>
        </message>
        <message>
            <source>The name or address of the PostgreSQL server; a postgresql://user@host/dbname address pasted here fills in every field</source>
            <translation>Name oder Adresse des PostgreSQL-Servers; eine hier eingefügte Adresse postgresql://benutzer@host/datenbank füllt alle Felder aus</translation>
        </message>
        <message>
            <source>The port the database server listens on</source>
            <translation>Der Port, auf dem der Datenbankserver Verbindungen annimmt</translation>
        </message>
        <message>
            <source>The name of the team's database on the server</source>
            <translation>Der Name der Team-Datenbank auf dem Server</translation>
        </message>
        <message>
            <source>your login on the server</source>
            <translation>Ihr Benutzername auf dem Server</translation>
        </message>
        <message>
            <source>The user name you log in to the server with</source>
            <translation>Der Benutzername, mit dem Sie sich am Server anmelden</translation>
        </message>
        <message>
            <source>optional: kept in the system keyring</source>
            <translation>optional: wird im Schlüsselbund des Systems gespeichert</translation>
        </message>
        <message>
            <source>Stored in the system keyring once the connection works. Leave it empty to use the one already stored, or ~/.pgpass.</source>
            <translation>Wird im Schlüsselbund des Systems gespeichert, sobald die Verbindung funktioniert. Lassen Sie das Feld leer, um das bereits gespeicherte Passwort oder ~/.pgpass zu verwenden.</translation>
        </message>
        <message>
            <source>Whether the connection to the server is encrypted</source>
            <translation>Ob die Verbindung zum Server verschlüsselt ist</translation>
        </message>
        <message>
            <source>the CA certificate that signed the server's (.pem, .crt)</source>
            <translation>das CA-Zertifikat, mit dem das des Servers signiert ist (.pem, .crt)</translation>
        </message>
        <message>
            <source>The certificate file the server's is checked against (verify-ca, verify-full)</source>
            <translation>Die Zertifikatsdatei, gegen die das Zertifikat des Servers geprüft wird (verify-ca, verify-full)</translation>
        </message>
        <message>
            <source>Choos&amp;e…</source>
            <translation>Aus&amp;wählen…</translation>
        </message>
        <message>
            <source>Pick the certificate file that vouches for the server</source>
            <translation>Die Zertifikatsdatei auswählen, die für den Server bürgt</translation>
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation>&amp;Host:</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>P&amp;ort:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Datenbank:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Benutzer:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Passwort:</translation>
        </message>
        <message>
            <source>&amp;SSL mode:</source>
            <translation>&amp;SSL-Modus:</translation>
        </message>
        <message>
            <source>C&amp;A file:</source>
            <translation>CA-Da&amp;tei:</translation>
        </message>
        <message>
            <source>Close without connecting; nothing is kept</source>
            <translation>Ohne Verbindung schließen; nichts wird gespeichert</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>&amp;Verbinden</translation>
        </message>
        <message>
            <source>Try these settings against the server</source>
            <translation>Diese Einstellungen am Server ausprobieren</translation>
        </message>
        <message>
            <source>A team database is one Facilitator history on a PostgreSQL server, shared by the organisation's moderators. An empty database is made ready on first connection.</source>
            <translation>Eine Team-Datenbank ist eine gemeinsame Facilitator-Historie auf einem PostgreSQL-Server, die alle Moderatorinnen und Moderatoren der Organisation nutzen. Eine leere Datenbank wird bei der ersten Verbindung eingerichtet.</translation>
        </message>
        <message>
            <source>The CA certificate</source>
            <translation>Das CA-Zertifikat</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Name the database on the server, such as facilitator.</source>
            <translation>Geben Sie den Namen der Datenbank auf dem Server an, etwa facilitator.</translation>
        </message>
        <message>
            <source>{address}: the server refused the database ({error}).</source>
            <translation>{address}: Der Server hat die Datenbank abgelehnt ({error}).</translation>
        </message>
        <message>
            <source>Connected, but the system keyring did not take the password ({error}). Put it in ~/.pgpass and leave the password empty.</source>
            <translation>Verbunden, aber der Schlüsselbund des Systems hat das Passwort nicht angenommen ({error}). Tragen Sie es in ~/.pgpass ein und lassen Sie das Passwort leer.</translation>
        </message>
    </context>
</TS>
