<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>PresenterBadge</name>
        <message>
            <source>The clock on your phone:</source>
            <translation>Die Uhr auf Ihrem Smartphone:</translation>
        </message>
    </context>
    <context>
        <name>ShareDialog</name>
        <message>
            <source>Share on the local network</source>
            <translation>Im lokalen Netzwerk teilen</translation>
        </message>
        <message>
            <source>The network address the clock is served on; phones must reach it</source>
            <translation>Die Netzwerkadresse, unter der die Uhr bereitsteht; Smartphones müssen sie erreichen können</translation>
        </message>
        <message>
            <source>Start or stop serving the clock to browsers on this network</source>
            <translation>Die Uhr für Browser in diesem Netzwerk bereitstellen oder damit aufhören</translation>
        </message>
        <message>
            <source>Chime at 1 minute left and at time-up on the presenter screen</source>
            <translation>Gong bei noch 1 Minute und bei Zeitablauf auf dem Präsentationsbildschirm</translation>
        </message>
        <message>
            <source>Ring a short chime on this computer while the presenter screen is shown</source>
            <translation>Einen kurzen Gong auf diesem Computer spielen, solange der Präsentationsbildschirm angezeigt wird</translation>
        </message>
        <message>
            <source>This computer has no sound player: only the browsers chime.</source>
            <translation>Dieser Computer hat kein Wiedergabeprogramm für Töne: nur die Browser spielen den Gong.</translation>
        </message>
        <message>
            <source>Listen on:</source>
            <translation>Bereitstellen auf:</translation>
        </message>
        <message>
            <source>The clock (give it to the room):</source>
            <translation>Die Uhr (geben Sie sie an den Raum weiter):</translation>
        </message>
        <message>
            <source>Remote for your phone (keep it to yourself):</source>
            <translation>Fernbedienung für Ihr Smartphone (behalten Sie sie für sich):</translation>
        </message>
        <message>
            <source>Close this window; sharing goes on until it is stopped</source>
            <translation>Dieses Fenster schließen; das Teilen läuft weiter, bis es beendet wird</translation>
        </message>
        <message>
            <source>Show the presenter's clock in any browser on this network: a phone on the lectern, a tablet, the room's TV. Only a device given the address below can open it; a new one is made each time sharing starts.</source>
            <translation>Zeigen Sie die Uhr der Präsentation in jedem Browser in diesem Netzwerk: auf einem Smartphone am Rednerpult, einem Tablet oder dem Fernseher im Raum. Nur ein Gerät, das die Adresse unten erhält, kann sie öffnen; bei jedem Start des Teilens wird eine neue erzeugt.</translation>
        </message>
        <message>
            <source>{address} (this network)</source>
            <translation>{address} (dieses Netzwerk)</translation>
        </message>
        <message>
            <source>{address} (this computer only)</source>
            <translation>{address} (nur dieser Computer)</translation>
        </message>
        <message>
            <source>{address} (every network this computer is on)</source>
            <translation>{address} (alle Netzwerke dieses Computers)</translation>
        </message>
        <message>
            <source>Sharing stopped.</source>
            <translation>Teilen beendet.</translation>
        </message>
        <message>
            <source>Stop sharing</source>
            <translation>Teilen beenden</translation>
        </message>
        <message>
            <source>Start sharing</source>
            <translation>Teilen starten</translation>
        </message>
    </context>
    <context>
        <name>SharingPart</name>
        <message>
            <source>Share on the local network…</source>
            <translation>Im lokalen Netzwerk teilen…</translation>
        </message>
        <message>
            <source>Not sharing.</source>
            <translation>Es wird nicht geteilt.</translation>
        </message>
        <message>
            <source>Not sharing: the meeting has ended.</source>
            <translation>Kein Teilen: Die Besprechung ist beendet.</translation>
        </message>
        <message>
            <source>Not sharing: {address} cannot be listened on ({error}).</source>
            <translation>Kein Teilen: Auf {address} kann nicht empfangen werden ({error}).</translation>
        </message>
        <message>
            <source>Sharing at {address}</source>
            <translation>Geteilt unter {address}</translation>
        </message>
        <message>
            <source>Sharing stopped: the meeting has ended.</source>
            <translation>Teilen beendet: Die Besprechung ist vorbei.</translation>
        </message>
        <message>
            <source>Sharing: 1 screen watching.</source>
            <translation>Geteilt: 1 Bildschirm sieht zu.</translation>
        </message>
        <message>
            <source>Sharing: {count} screens watching.</source>
            <translation>Geteilt: {count} Bildschirme sehen zu.</translation>
        </message>
        <message>
            <source>Remote: message “{text}”.</source>
            <translation>Fernbedienung: Nachricht „{text}“.</translation>
        </message>
        <message>
            <source>Remote: {action} is not possible now.</source>
            <translation>Fernbedienung: {action} ist jetzt nicht möglich.</translation>
        </message>
        <message>
            <source>Remote: {action}.</source>
            <translation>Fernbedienung: {action}.</translation>
        </message>
    </context>
</TS>
