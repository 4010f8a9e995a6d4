<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>FollowUpLine</name>
        <message>
            <source>{name} &lt;{address}&gt;: {reason}</source>
            <translation>{name} &lt;{address}&gt;: {reason}</translation>
        </message>
        <message>
            <source>Mailing each owner their action items…</source>
            <translation>Jede verantwortliche Person erhält ihre Aufgaben per E-Mail …</translation>
        </message>
        <message>
            <source>No follow-ups were sent: {reason}</source>
            <translation>Es wurden keine Nachfassmails gesendet: {reason}</translation>
        </message>
    </context>
    <context>
        <name>FollowUpOption</name>
        <message>
            <source>Turn on the owners' follow-up</source>
            <translation>Nachfassmail an Verantwortliche einschalten</translation>
        </message>
        <message>
            <source>Turn off the owners' follow-up</source>
            <translation>Nachfassmail an Verantwortliche ausschalten</translation>
        </message>
        <message>
            <source>follow-up option</source>
            <translation>Nachfass-Einstellung ändern</translation>
        </message>
        <message>
            <source>Mail each owner their action items with the minutes (every meeting of this series)</source>
            <translation>Jeder verantwortlichen Person ihre Aufgaben mit dem Protokoll mailen (jede Besprechung dieser Serie)</translation>
        </message>
        <message>
            <source>When the minutes are sent, each owner of an open action item also gets one short mail with only their items, the minutes attached</source>
            <translation>Beim Versand des Protokolls erhält jede Person mit offenen Aufgaben zusätzlich eine kurze E-Mail nur mit ihren Aufgaben, das Protokoll im Anhang</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
    </context>
    <context>
        <name>InformedPanel</name>
        <message>
            <source>Informed (receive the minutes)</source>
            <translation>Zur Kenntnis (erhalten das Protokoll)</translation>
        </message>
        <message>
            <source>{name} · no email address: receives nothing</source>
            <translation>{name} · keine E-Mail-Adresse: erhält nichts</translation>
        </message>
        <message>
            <source>{who} — every meeting of the series</source>
            <translation>{who} — jede Besprechung der Serie</translation>
        </message>
        <message>
            <source>Inform</source>
            <translation>Zur Kenntnis geben</translation>
        </message>
        <message>
            <source>inform</source>
            <translation>Zur Kenntnis geben</translation>
        </message>
        <message>
            <source>Inform {name}</source>
            <translation>{name} zur Kenntnis geben</translation>
        </message>
        <message>
            <source>Stop informing {name}</source>
            <translation>{name} nicht mehr informieren</translation>
        </message>
        <message>
            <source>remove informed</source>
            <translation>Empfänger entfernen</translation>
        </message>
        <message>
            <source>For every meeting of the series</source>
            <translation>Für jede Besprechung der Serie</translation>
        </message>
        <message>
            <source>Series: {name}</source>
            <translation>Serie: {name}</translation>
        </message>
        <message>
            <source>Choose a person from the roster to inform.</source>
            <translation>Wählen Sie eine Person aus der Teamliste, die informiert werden soll.</translation>
        </message>
        <message>
            <source>Choose a person…</source>
            <translation>Person wählen …</translation>
        </message>
        <message>
            <source>Who else receives the minutes; select entries to remove them</source>
            <translation>Wer das Protokoll außerdem erhält; wählen Sie Einträge aus, um sie zu entfernen</translation>
        </message>
        <message>
            <source>No one is informed: the minutes go to the list and the moderator.</source>
            <translation>Niemand ist zusätzlich informiert: Das Protokoll geht an die Teilnehmerliste und die Moderation.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Stop sending them the minutes (Delete)</source>
            <translation>Das Protokoll nicht mehr an sie senden (Entf)</translation>
        </message>
        <message>
            <source>Person to inform</source>
            <translation>Zu informierende Person</translation>
        </message>
        <message>
            <source>Someone from the roster who gets the minutes</source>
            <translation>Eine Person aus der Teamliste, die das Protokoll erhält</translation>
        </message>
        <message>
            <source>Inform person</source>
            <translation>Person informieren</translation>
        </message>
        <message>
            <source>Send the minutes to the person chosen</source>
            <translation>Das Protokoll an die gewählte Person senden</translation>
        </message>
        <message>
            <source>or an address, e.g. smarketing@example.com</source>
            <translation>oder eine Adresse, z. B. smarketing@example.com</translation>
        </message>
        <message>
            <source>Address to inform</source>
            <translation>Zu informierende Adresse</translation>
        </message>
        <message>
            <source>An address outside the roster, such as a team list</source>
            <translation>Eine Adresse außerhalb der Teamliste, etwa ein Team-Verteiler</translation>
        </message>
        <message>
            <source>Name (optional)</source>
            <translation>Name (optional)</translation>
        </message>
        <message>
            <source>Name of the address</source>
            <translation>Name zur Adresse</translation>
        </message>
        <message>
            <source>How the minutes' distribution line names the address</source>
            <translation>Wie der Verteiler im Protokoll diese Adresse nennt</translation>
        </message>
        <message>
            <source>Inform address</source>
            <translation>Adresse informieren</translation>
        </message>
        <message>
            <source>Send the minutes to the address typed</source>
            <translation>Das Protokoll an die eingegebene Adresse senden</translation>
        </message>
        <message>
            <source>For every meeting of this series</source>
            <translation>Für jede Besprechung dieser Serie</translation>
        </message>
    </context>
    <context>
        <name>MailSettingsDialog</name>
        <message>
            <source>None (unencrypted)</source>
            <translation>Keine (unverschlüsselt)</translation>
        </message>
        <message>
            <source>Give the SMTP server's host name, such as smtp.example.com.</source>
            <translation>Geben Sie den Hostnamen des SMTP-Servers an, z. B. smtp.example.com.</translation>
        </message>
        <message>
            <source>The host name can't contain spaces.</source>
            <translation>Der Hostname darf keine Leerzeichen enthalten.</translation>
        </message>
        <message>
            <source>The sender address should look like name@example.com.</source>
            <translation>Die Absenderadresse sollte die Form name@example.com haben.</translation>
        </message>
        <message>
            <source>Give a sender address (the From of the minutes).</source>
            <translation>Geben Sie eine Absenderadresse an (den Absender des Protokolls).</translation>
        </message>
        <message>
            <source>A password needs a user name to be stored under.</source>
            <translation>Ein Passwort lässt sich nur zusammen mit einem Benutzernamen speichern.</translation>
        </message>
        <message>
            <source>Mail settings</source>
            <translation>E-Mail-Einstellungen</translation>
        </message>
        <message>
            <source>The name of the mail (SMTP) server the minutes go out through</source>
            <translation>Der Name des Mailservers (SMTP), über den das Protokoll versendet wird</translation>
        </message>
        <message>
            <source>How the connection to the mail server is encrypted</source>
            <translation>Wie die Verbindung zum Mailserver verschlüsselt wird</translation>
        </message>
        <message>
            <source>The port the mail server listens on</source>
            <translation>Der Port, auf dem der Mailserver erreichbar ist</translation>
        </message>
        <message>
            <source>The login the mail server knows you by</source>
            <translation>Ihr Anmeldename beim Mailserver</translation>
        </message>
        <message>
            <source>The address the mails come from, as their readers see it</source>
            <translation>Die Adresse, von der die E-Mails kommen, wie die Empfänger sie sehen</translation>
        </message>
        <message>
            <source>moderator@example.com (the user when empty)</source>
            <translation>moderation@example.com (leer: der Benutzername)</translation>
        </message>
        <message>
            <source>The password for this user, kept in the system keyring, not in a file</source>
            <translation>Das Passwort dieses Benutzers, gespeichert im Schlüsselbund des Systems, nicht in einer Datei</translation>
        </message>
        <message>
            <source>&amp;Forget password</source>
            <translation>Passwort &amp;vergessen</translation>
        </message>
        <message>
            <source>Remove this user's SMTP password from the system keyring</source>
            <translation>Das SMTP-Passwort dieses Benutzers aus dem Schlüsselbund des Systems entfernen</translation>
        </message>
        <message>
            <source>items due within </source>
            <translation>Aufgaben fällig innerhalb von </translation>
        </message>
        <message>
            <source> days</source>
            <translation> Tagen</translation>
        </message>
        <message>
            <source>facilitator remind mails each owner their overdue action items and those due within this many days (0: overdue only)</source>
            <translation>„facilitator remind“ schickt allen Verantwortlichen ihre überfälligen Aufgaben und die, die innerhalb so vieler Tage fällig werden (0: nur überfällige)</translation>
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation>&amp;Host:</translation>
        </message>
        <message>
            <source>&amp;Security:</source>
            <translation>&amp;Sicherheit:</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>P&amp;ort:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Benutzer:</translation>
        </message>
        <message>
            <source>S&amp;ender:</source>
            <translation>Absende&amp;r:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Passwort:</translation>
        </message>
        <message>
            <source>Sent reminders…</source>
            <translation>Gesendete Erinnerungen…</translation>
        </message>
        <message>
            <source>Which reminders went out to which owners, and which were refused</source>
            <translation>Welche Erinnerungen an welche Verantwortlichen gingen und welche abgelehnt wurden</translation>
        </message>
        <message>
            <source>&amp;Reminders:</source>
            <translation>&amp;Erinnerungen:</translation>
        </message>
        <message>
            <source>&amp;Check connection</source>
            <translation>Verbindung &amp;testen</translation>
        </message>
        <message>
            <source>Connect, secure and log in with these settings, without sending anything (Ctrl+T)</source>
            <translation>Mit diesen Einstellungen verbinden, verschlüsseln und anmelden, ohne etwas zu senden (Ctrl+T)</translation>
        </message>
        <message>
            <source>Save these settings, and a newly typed password in the keyring</source>
            <translation>Diese Einstellungen speichern und ein neu eingegebenes Passwort im Schlüsselbund ablegen</translation>
        </message>
        <message>
            <source>Close without saving anything</source>
            <translation>Schließen, ohne etwas zu speichern</translation>
        </message>
        <message>
            <source>The saved settings could not be read: {error}</source>
            <translation>Die gespeicherten Einstellungen konnten nicht gelesen werden: {error}</translation>
        </message>
        <message>
            <source>A password is stored in the system keyring.</source>
            <translation>Im Schlüsselbund des Systems ist ein Passwort gespeichert.</translation>
        </message>
        <message>
            <source>unchanged; type to replace it</source>
            <translation>unverändert; zum Ersetzen neu eingeben</translation>
        </message>
        <message>
            <source>No password is stored for this user.</source>
            <translation>Für diesen Benutzer ist kein Passwort gespeichert.</translation>
        </message>
        <message>
            <source>stored in the system keyring on OK</source>
            <translation>wird bei OK im Schlüsselbund gespeichert</translation>
        </message>
        <message>
            <source>Type the password for this user to check the login.</source>
            <translation>Geben Sie das Passwort dieses Benutzers ein, um die Anmeldung zu testen.</translation>
        </message>
        <message>
            <source>Connecting to {host}:{port}…</source>
            <translation>Verbindung zu {host}:{port} wird hergestellt …</translation>
        </message>
        <message>
            <source>The check failed: {reason}</source>
            <translation>Der Test ist fehlgeschlagen: {reason}</translation>
        </message>
        <message>
            <source>The settings were not saved: {error}</source>
            <translation>Die Einstellungen wurden nicht gespeichert: {error}</translation>
        </message>
    </context>
    <context>
        <name>MinutesExport</name>
        <message>
            <source>Minutes not written</source>
            <translation>Protokoll nicht geschrieben</translation>
        </message>
        <message>
            <source>That meeting no longer exists.</source>
            <translation>Diese Besprechung gibt es nicht mehr.</translation>
        </message>
        <message>
            <source>Export minutes</source>
            <translation>Protokoll exportieren</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <source>The minutes could not be written, so nothing was saved.</source>
            <translation>Das Protokoll konnte nicht geschrieben werden, daher wurde nichts gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>MinutesVersionsDialog</name>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Sent on</source>
            <translation>Gesendet am</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>Erreicht</translation>
        </message>
        <message>
            <source>Minutes versions: {title}</source>
            <translation>Protokollversionen: {title}</translation>
        </message>
        <message>
            <source>Minutes versions</source>
            <translation>Protokollversionen</translation>
        </message>
        <message>
            <source>Each version of the minutes sent or exported, newest first</source>
            <translation>Jede gesendete oder exportierte Version des Protokolls, die neueste zuerst</translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>PDF &amp;speichern …</translation>
        </message>
        <message>
            <source>Write the selected version's PDF exactly as it was sent</source>
            <translation>Das PDF der gewählten Version genau so speichern, wie es gesendet wurde</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Close this list of versions</source>
            <translation>Diese Versionsliste schließen</translation>
        </message>
        <message>
            <source>Each version of these minutes that reached someone, as it was sent:</source>
            <translation>Jede Version dieses Protokolls, die jemanden erreicht hat, so wie sie gesendet wurde:</translation>
        </message>
        <message>
            <source>{number} (amended)</source>
            <translation>{number} (geändert)</translation>
        </message>
        <message>
            <source>1 recipient</source>
            <translation>1 Empfänger</translation>
        </message>
        <message>
            <source>{count} recipients</source>
            <translation>{count} Empfänger</translation>
        </message>
        <message>
            <source>These minutes have not been sent yet.</source>
            <translation>Dieses Protokoll wurde noch nicht gesendet.</translation>
        </message>
        <message>
            <source>Save minutes version {number}</source>
            <translation>Protokollversion {number} speichern</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <source>Minutes not written</source>
            <translation>Protokoll nicht geschrieben</translation>
        </message>
        <message>
            <source>Nothing was saved.</source>
            <translation>Es wurde nichts gespeichert.</translation>
        </message>
        <message>
            <source>Version {number} saved to {path}</source>
            <translation>Version {number} gespeichert unter {path}</translation>
        </message>
        <message>
            <source>{number}, sent before; nothing in the minutes changed since</source>
            <translation>{number}, bereits gesendet; am Protokoll hat sich seitdem nichts geändert</translation>
        </message>
        <message>
            <source>{number} (amended: 1 change)</source>
            <translation>{number} (geändert: 1 Änderung)</translation>
        </message>
        <message>
            <source>{number} (amended: {count} changes)</source>
            <translation>{number} (geändert: {count} Änderungen)</translation>
        </message>
        <message>
            <source>1 (the first sending)</source>
            <translation>1 (erster Versand)</translation>
        </message>
        <message>
            <source>The minutes were sent on {when} to 1 person, and nothing in them changed since. Send them again?</source>
            <translation>Das Protokoll wurde am {when} an 1 Person gesendet und hat sich seitdem nicht geändert. Erneut senden?</translation>
        </message>
        <message>
            <source>The minutes were sent on {when} to {count} people, and nothing in them changed since. Send them again?</source>
            <translation>Das Protokoll wurde am {when} an {count} Personen gesendet und hat sich seitdem nicht geändert. Erneut senden?</translation>
        </message>
        <message>
            <source>Send the minutes again</source>
            <translation>Protokoll erneut senden</translation>
        </message>
    </context>
    <context>
        <name>PreReadDialog</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Send agenda: {title}</source>
            <translation>Tagesordnung senden: {title}</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>Empfänger</translation>
        </message>
        <message>
            <source>Who receives the mail; untick to leave someone out</source>
            <translation>Wer die E-Mail erhält; Haken entfernen, um jemanden auszulassen</translation>
        </message>
        <message>
            <source>The subject the mail is sent with</source>
            <translation>Der Betreff, mit dem die E-Mail gesendet wird</translation>
        </message>
        <message>
            <source>{file} (one page) and invite.ics (calendar invitation)</source>
            <translation>{file} (eine Seite) und invite.ics (Kalendereinladung)</translation>
        </message>
        <message>
            <source>Subject:</source>
            <translation>Betreff:</translation>
        </message>
        <message>
            <source>Attached:</source>
            <translation>Anhang:</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Nachricht</translation>
        </message>
        <message>
            <source>The mail as it will be sent</source>
            <translation>Die E-Mail, wie sie gesendet wird</translation>
        </message>
        <message>
            <source>&amp;Mail settings…</source>
            <translation>&amp;Mail-Einstellungen …</translation>
        </message>
        <message>
            <source>The mail server the agenda goes out through</source>
            <translation>Der Mailserver, über den die Tagesordnung versendet wird</translation>
        </message>
        <message>
            <source>Save &amp;PDF…</source>
            <translation>&amp;PDF speichern …</translation>
        </message>
        <message>
            <source>The same agenda on one page, for those who print</source>
            <translation>Dieselbe Tagesordnung auf einer Seite, zum Ausdrucken</translation>
        </message>
        <message>
            <source>Save &amp;draft…</source>
            <translation>&amp;Entwurf speichern …</translation>
        </message>
        <message>
            <source>The same mail as an .eml for your own mail program (Ctrl+S)</source>
            <translation>Dieselbe E-Mail als .eml für Ihr eigenes Mailprogramm (Ctrl+S)</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Senden</translation>
        </message>
        <message>
            <source>Email the agenda to every invitee with an address (Ctrl+Return)</source>
            <translation>Die Tagesordnung an alle Eingeladenen mit Adresse senden (Ctrl+Return)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Close this window; nothing more is sent</source>
            <translation>Dieses Fenster schließen; es wird nichts weiter gesendet</translation>
        </message>
        <message>
            <source>Invitees (everyone on the meeting's list):</source>
            <translation>Eingeladene (alle auf der Liste der Besprechung):</translation>
        </message>
        <message>
            <source>Message:</source>
            <translation>Nachricht:</translation>
        </message>
        <message>
            <source>Mail is not set up yet: open Mail settings… to give the SMTP server. Save draft… works without it.</source>
            <translation>E-Mail ist noch nicht eingerichtet: Geben Sie unter „Mail-Einstellungen …“ den SMTP-Server an. „Entwurf speichern …“ funktioniert auch ohne.</translation>
        </message>
        <message>
            <source>No one invited has an email address: add addresses in the roster, or save the PDF or a draft.</source>
            <translation>Keine eingeladene Person hat eine E-Mail-Adresse: Ergänzen Sie Adressen in der Teamliste oder speichern Sie das PDF oder einen Entwurf.</translation>
        </message>
        <message>
            <source>The agenda was sent on {when} to 1 person. Send it again? Their calendars get an update of the same meeting, not a second one.</source>
            <translation>Die Tagesordnung wurde am {when} an 1 Person gesendet. Erneut senden? Der Kalender erhält eine Aktualisierung derselben Besprechung, keinen zweiten Termin.</translation>
        </message>
        <message>
            <source>The agenda was sent on {when} to {count} people. Send it again? Their calendars get an update of the same meeting, not a second one.</source>
            <translation>Die Tagesordnung wurde am {when} an {count} Personen gesendet. Erneut senden? Die Kalender erhalten eine Aktualisierung derselben Besprechung, keinen zweiten Termin.</translation>
        </message>
        <message>
            <source>Send the agenda again</source>
            <translation>Tagesordnung erneut senden</translation>
        </message>
        <message>
            <source>Not sent again.</source>
            <translation>Nicht erneut gesendet.</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>{file} wird geschrieben …</translation>
        </message>
        <message>
            <source>Save agenda as PDF</source>
            <translation>Tagesordnung als PDF speichern</translation>
        </message>
        <message>
            <source>PDF documents</source>
            <translation>PDF-Dokumente</translation>
        </message>
        <message>
            <source>Save agenda as .eml</source>
            <translation>Tagesordnung als .eml speichern</translation>
        </message>
        <message>
            <source>Email messages</source>
            <translation>E-Mail-Nachrichten</translation>
        </message>
        <message>
            <source>Saved to {path}.</source>
            <translation>Gespeichert unter {path}.</translation>
        </message>
        <message>
            <source>Nothing was saved: {reason}</source>
            <translation>Es wurde nichts gespeichert: {reason}</translation>
        </message>
        <message>
            <source>Still waiting for an answer; close again once it is done.</source>
            <translation>Es wird noch auf eine Antwort gewartet; schließen Sie erneut, sobald sie da ist.</translation>
        </message>
    </context>
    <context>
        <name>RecipientOutcomes</name>
        <message>
            <source>skipped: no email address</source>
            <translation>ausgelassen: keine E-Mail-Adresse</translation>
        </message>
        <message>
            <source>not sent yet</source>
            <translation>noch nicht gesendet</translation>
        </message>
        <message>
            <source>Sent to all {total} recipients.</source>
            <translation>An alle Empfänger gesendet ({total}).</translation>
        </message>
        <message>
            <source>Nothing was sent: all {total} recipients failed (see each one's reason).</source>
            <translation>Es wurde nichts gesendet: Alle Empfänger ({total}) sind fehlgeschlagen (siehe jeweiligen Grund).</translation>
        </message>
        <message>
            <source>Sent to {sent} of {total} recipients; {refused} refused (see the list).</source>
            <translation>An {sent} von {total} Empfängern gesendet; {refused} abgelehnt (siehe Liste).</translation>
        </message>
        <message>
            <source>Nothing was sent: {reason}</source>
            <translation>Es wurde nichts gesendet: {reason}</translation>
        </message>
        <message>
            <source>Sending through {host}:{port}…</source>
            <translation>Versand über {host}:{port} …</translation>
        </message>
        <message>
            <source>sending…</source>
            <translation>wird gesendet …</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>gesendet</translation>
        </message>
        <message>
            <source>refused: {reason}</source>
            <translation>abgelehnt: {reason}</translation>
        </message>
        <message>
            <source>The mail settings can't be read: {error}</source>
            <translation>Die E-Mail-Einstellungen können nicht gelesen werden: {error}</translation>
        </message>
        <message>
            <source>Sending from {sender} through {host}:{port}.</source>
            <translation>Versand von {sender} über {host}:{port}.</translation>
        </message>
    </context>
    <context>
        <name>SendDialog</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Anwesenheit</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Send minutes: {title}</source>
            <translation>Protokoll senden: {title}</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>Empfänger</translation>
        </message>
        <message>
            <source>Who receives the mail; untick to leave someone out</source>
            <translation>Wer die E-Mail erhält; Haken entfernen, um jemanden auszulassen</translation>
        </message>
        <message>
            <source>The subject the mail is sent with</source>
            <translation>Der Betreff, mit dem die E-Mail gesendet wird</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Nachricht</translation>
        </message>
        <message>
            <source>The mail as it will be sent</source>
            <translation>Die E-Mail, wie sie gesendet wird</translation>
        </message>
        <message>
            <source>{file} (the full minutes)</source>
            <translation>{file} (das vollständige Protokoll)</translation>
        </message>
        <message>
            <source>Subject:</source>
            <translation>Betreff:</translation>
        </message>
        <message>
            <source>Attached:</source>
            <translation>Anhang:</translation>
        </message>
        <message>
            <source>Version:</source>
            <translation>Version:</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Senden</translation>
        </message>
        <message>
            <source>Email the minutes to everyone listed with an address (Ctrl+Return)</source>
            <translation>Das Protokoll an alle Aufgeführten mit Adresse senden (Ctrl+Return)</translation>
        </message>
        <message>
            <source>Save as .&amp;eml…</source>
            <translation>Als .&amp;eml speichern …</translation>
        </message>
        <message>
            <source>Write the same message for your own mail program (Ctrl+S)</source>
            <translation>Dieselbe Nachricht für Ihr eigenes Mailprogramm speichern (Ctrl+S)</translation>
        </message>
        <message>
            <source>&amp;Mail settings…</source>
            <translation>&amp;Mail-Einstellungen …</translation>
        </message>
        <message>
            <source>The mail server the minutes go out through</source>
            <translation>Der Mailserver, über den das Protokoll versendet wird</translation>
        </message>
        <message>
            <source>&amp;Versions…</source>
            <translation>&amp;Versionen …</translation>
        </message>
        <message>
            <source>The versions of these minutes sent, each PDF as it was</source>
            <translation>Die gesendeten Versionen dieses Protokolls, jedes PDF so, wie es war</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Close this window; nothing more is sent</source>
            <translation>Dieses Fenster schließen; es wird nichts weiter gesendet</translation>
        </message>
        <message>
            <source>Recipients (everyone on the meeting's list, and its moderator):</source>
            <translation>Empfänger (alle auf der Liste der Besprechung und die Moderation):</translation>
        </message>
        <message>
            <source>Message:</source>
            <translation>Nachricht:</translation>
        </message>
        <message>
            <source>Mail is not set up yet: open Mail settings… to give the SMTP server. Save as .eml works without it.</source>
            <translation>E-Mail ist noch nicht eingerichtet: Geben Sie unter „Mail-Einstellungen …“ den SMTP-Server an. „Als .eml speichern“ funktioniert auch ohne.</translation>
        </message>
        <message>
            <source>No one on this meeting's list has an email address: add addresses in the roster, or save the message as .eml.</source>
            <translation>Niemand auf der Liste dieser Besprechung hat eine E-Mail-Adresse: Ergänzen Sie Adressen in der Teamliste oder speichern Sie die Nachricht als .eml.</translation>
        </message>
        <message>
            <source>Not sent again.</source>
            <translation>Nicht erneut gesendet.</translation>
        </message>
        <message>
            <source>Save minutes as .eml</source>
            <translation>Protokoll als .eml speichern</translation>
        </message>
        <message>
            <source>Email messages (*.eml)</source>
            <translation>E-Mail-Nachrichten (*.eml)</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>{file} wird geschrieben …</translation>
        </message>
        <message>
            <source>Message saved to {path}; open it in your mail program.</source>
            <translation>Nachricht gespeichert unter {path}; öffnen Sie sie in Ihrem Mailprogramm.</translation>
        </message>
        <message>
            <source>that meeting no longer exists</source>
            <translation>diese Besprechung gibt es nicht mehr</translation>
        </message>
        <message>
            <source>The message was not saved: {reason}</source>
            <translation>Die Nachricht wurde nicht gespeichert: {reason}</translation>
        </message>
        <message>
            <source>Still waiting for the mail server; close again once it is done.</source>
            <translation>Es wird noch auf den Mailserver gewartet; schließen Sie erneut, sobald er geantwortet hat.</translation>
        </message>
        <message>
            <source>Still waiting for the file to be written; close again once it is done.</source>
            <translation>Die Datei wird noch geschrieben; schließen Sie erneut, sobald das erledigt ist.</translation>
        </message>
    </context>
    <context>
        <name>SentLogDialog</name>
        <message>
            <source>Sent</source>
            <translation>Gesendet</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Subject / recipient</source>
            <translation>Betreff / Empfänger</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>No mail about this meeting has been sent yet.</source>
            <translation>Zu dieser Besprechung wurde noch keine E-Mail gesendet.</translation>
        </message>
        <message>
            <source>No reminder has been sent yet.</source>
            <translation>Es wurde noch keine Erinnerung gesendet.</translation>
        </message>
        <message>
            <source>{accepted} accepted</source>
            <translation>{accepted} angenommen</translation>
        </message>
        <message>
            <source>REFUSED ({refused})</source>
            <translation>ABGELEHNT ({refused})</translation>
        </message>
        <message>
            <source>REFUSED</source>
            <translation>ABGELEHNT</translation>
        </message>
        <message>
            <source>{accepted} accepted, {refused} refused</source>
            <translation>{accepted} angenommen, {refused} abgelehnt</translation>
        </message>
        <message>
            <source>✓ Accepted</source>
            <translation>✓ Angenommen</translation>
        </message>
        <message>
            <source>✗ REFUSED: {reason}</source>
            <translation>✗ ABGELEHNT: {reason}</translation>
        </message>
        <message>
            <source>✗ REFUSED</source>
            <translation>✗ ABGELEHNT</translation>
        </message>
        <message>
            <source>Sent reminders</source>
            <translation>Gesendete Erinnerungen</translation>
        </message>
        <message>
            <source>Reminders sent to action item owners, each with its recipient</source>
            <translation>An die Verantwortlichen von Aufgaben gesendete Erinnerungen, jede mit ihrem Empfänger</translation>
        </message>
        <message>
            <source>meeting {number}</source>
            <translation>Besprechung {number}</translation>
        </message>
        <message>
            <source>Sent mail — {title}</source>
            <translation>Gesendete E-Mails — {title}</translation>
        </message>
        <message>
            <source>Mails sent about this meeting, each with its recipients</source>
            <translation>Zu dieser Besprechung gesendete E-Mails, jeweils mit ihren Empfängern</translation>
        </message>
        <message>
            <source>Newest first; under each mail, whether each recipient's server accepted it</source>
            <translation>Die neueste zuerst; unter jeder E-Mail, ob der Server jedes Empfängers sie angenommen hat</translation>
        </message>
        <message>
            <source>Close the sent log</source>
            <translation>Das Versandprotokoll schließen</translation>
        </message>
        <message>
            <source>1 mail sent about this meeting, newest first; 1 with refused recipients (marked ✗ in red).</source>
            <translation>1 E-Mail zu dieser Besprechung gesendet, die neueste zuerst; 1 mit abgelehnten Empfängern (rot mit ✗ markiert).</translation>
        </message>
        <message>
            <source>1 mail sent about this meeting, newest first.</source>
            <translation>1 E-Mail zu dieser Besprechung gesendet, die neueste zuerst.</translation>
        </message>
        <message>
            <source>{count} mails sent about this meeting, newest first; {refused} with refused recipients (marked ✗ in red).</source>
            <translation>{count} E-Mails zu dieser Besprechung gesendet, die neueste zuerst; {refused} mit abgelehnten Empfängern (rot mit ✗ markiert).</translation>
        </message>
        <message>
            <source>{count} mails sent about this meeting, newest first.</source>
            <translation>{count} E-Mails zu dieser Besprechung gesendet, die neueste zuerst.</translation>
        </message>
        <message>
            <source>1 reminder sent; it was refused (marked ✗ in red).</source>
            <translation>1 Erinnerung gesendet; sie wurde abgelehnt (rot mit ✗ markiert).</translation>
        </message>
        <message>
            <source>1 reminder sent.</source>
            <translation>1 Erinnerung gesendet.</translation>
        </message>
        <message>
            <source>{count} reminders sent, newest first; {refused} refused (marked ✗ in red).</source>
            <translation>{count} Erinnerungen gesendet, die neueste zuerst; {refused} abgelehnt (rot mit ✗ markiert).</translation>
        </message>
        <message>
            <source>{count} reminders sent, newest first.</source>
            <translation>{count} Erinnerungen gesendet, die neueste zuerst.</translation>
        </message>
    </context>
</TS>
