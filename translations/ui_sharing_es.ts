<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>PresenterBadge</name>
        <message>
            <source>The clock on your phone:</source>
            <translation>El reloj en su móvil:</translation>
        </message>
    </context>
    <context>
        <name>ShareDialog</name>
        <message>
            <source>Share on the local network</source>
            <translation>Compartir en la red local</translation>
        </message>
        <message>
            <source>The network address the clock is served on; phones must reach it</source>
            <translation>La dirección de red en la que se sirve el reloj; los móviles deben poder alcanzarla</translation>
        </message>
        <message>
            <source>Start or stop serving the clock to browsers on this network</source>
            <translation>Empezar o dejar de servir el reloj a los navegadores de esta red</translation>
        </message>
        <message>
            <source>Chime at 1 minute left and at time-up on the presenter screen</source>
            <translation>Campanada cuando quede 1 minuto y al acabarse el tiempo en la pantalla de presentación</translation>
        </message>
        <message>
            <source>Ring a short chime on this computer while the presenter screen is shown</source>
            <translation>Hacer sonar una breve campanada en este ordenador mientras se muestra la pantalla de presentación</translation>
        </message>
        <message>
            <source>This computer has no sound player: only the browsers chime.</source>
            <translation>Este ordenador no tiene reproductor de sonido: solo los navegadores hacen sonar la campanada.</translation>
        </message>
        <message>
            <source>Listen on:</source>
            <translation>Escuchar en:</translation>
        </message>
        <message>
            <source>The clock (give it to the room):</source>
            <translation>El reloj (compártalo con la sala):</translation>
        </message>
        <message>
            <source>Remote for your phone (keep it to yourself):</source>
            <translation>Mando a distancia para su móvil (no lo comparta):</translation>
        </message>
        <message>
            <source>Close this window; sharing goes on until it is stopped</source>
            <translation>Cerrar esta ventana; se sigue compartiendo hasta que lo detenga</translation>
        </message>
        <message>
            <source>Show the presenter's clock in any browser on this network: a phone on the lectern, a tablet, the room's TV. Only a device given the address below can open it; a new one is made each time sharing starts.</source>
            <translation>Muestre el reloj de la presentación en cualquier navegador de esta red: un móvil en el atril, una tableta, el televisor de la sala. Solo un dispositivo que reciba la dirección de abajo puede abrirlo; cada vez que empieza a compartir se crea una nueva.</translation>
        </message>
        <message>
            <source>{address} (this network)</source>
            <translation>{address} (esta red)</translation>
        </message>
        <message>
            <source>{address} (this computer only)</source>
            <translation>{address} (solo este ordenador)</translation>
        </message>
        <message>
            <source>{address} (every network this computer is on)</source>
            <translation>{address} (todas las redes de este ordenador)</translation>
        </message>
        <message>
            <source>Sharing stopped.</source>
            <translation>Se dejó de compartir.</translation>
        </message>
        <message>
            <source>Stop sharing</source>
            <translation>Dejar de compartir</translation>
        </message>
        <message>
            <source>Start sharing</source>
            <translation>Empezar a compartir</translation>
        </message>
    </context>
    <context>
        <name>SharingPart</name>
        <message>
            <source>Share on the local network…</source>
            <translation>Compartir en la red local…</translation>
        </message>
        <message>
            <source>Not sharing.</source>
            <translation>No se está compartiendo.</translation>
        </message>
        <message>
            <source>Not sharing: the meeting has ended.</source>
            <translation>No se comparte: la reunión ha terminado.</translation>
        </message>
        <message>
            <source>Not sharing: {address} cannot be listened on ({error}).</source>
            <translation>No se comparte: no se puede escuchar en {address} ({error}).</translation>
        </message>
        <message>
            <source>Sharing at {address}</source>
            <translation>Compartiendo en {address}</translation>
        </message>
        <message>
            <source>Sharing stopped: the meeting has ended.</source>
            <translation>Se dejó de compartir: la reunión ha terminado.</translation>
        </message>
        <message>
            <source>Sharing: 1 screen watching.</source>
            <translation>Compartiendo: 1 pantalla conectada.</translation>
        </message>
        <message>
            <source>Sharing: {count} screens watching.</source>
            <translation>Compartiendo: {count} pantallas conectadas.</translation>
        </message>
        <message>
            <source>Remote: message “{text}”.</source>
            <translation>Mando a distancia: mensaje «{text}».</translation>
        </message>
        <message>
            <source>Remote: {action} is not possible now.</source>
            <translation>Mando a distancia: {action} no es posible ahora.</translation>
        </message>
        <message>
            <source>Remote: {action}.</source>
            <translation>Mando a distancia: {action}.</translation>
        </message>
    </context>
</TS>
