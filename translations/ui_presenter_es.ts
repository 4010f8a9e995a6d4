<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>PresenterLink</name>
        <message>
            <source>2 minutes</source>
            <translation>Quedan 2 minutos</translation>
        </message>
        <message>
            <source>Wrap up</source>
            <translation>Vaya concluyendo</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Se acabó el tiempo</translation>
        </message>
        <message>
            <source>Message to the presenter</source>
            <translation>Mensaje para quien presenta</translation>
        </message>
        <message>
            <source>Message for the presenter screen — Enter sends</source>
            <translation>Mensaje para la pantalla de presentación: Intro lo envía</translation>
        </message>
        <message>
            <source>A short message the room reads on the presenter screen; Enter sends it</source>
            <translation>Un mensaje breve que la sala lee en la pantalla de presentación; Intro lo envía</translation>
        </message>
        <message>
            <source>Flash</source>
            <translation>Parpadear</translation>
        </message>
        <message>
            <source>Make the next message flash to catch the room's eye</source>
            <translation>El siguiente mensaje parpadea para llamar la atención de la sala</translation>
        </message>
        <message>
            <source>Show “{message}” on the presenter screen</source>
            <translation>Mostrar «{message}» en la pantalla de presentación</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Take the message off the presenter screen</source>
            <translation>Quitar el mensaje de la pantalla de presentación</translation>
        </message>
        <message>
            <source>Presenter screen</source>
            <translation>Pantalla de presentación</translation>
        </message>
        <message>
            <source>Show the presenter screen in a window or full screen on a display</source>
            <translation>Mostrar la pantalla de presentación en una ventana o a pantalla completa en un monitor</translation>
        </message>
        <message>
            <source>Show in a window</source>
            <translation>Mostrar en una ventana</translation>
        </message>
        <message>
            <source>Full screen on {screen} ({width}×{height})</source>
            <translation>Pantalla completa en {screen} ({width}×{height})</translation>
        </message>
        <message>
            <source>Type a message first.</source>
            <translation>Escriba primero un mensaje.</translation>
        </message>
        <message>
            <source>Not sent: open the presenter screen first. Message: {text}</source>
            <translation>No enviado: abra primero la pantalla de presentación. Mensaje: {text}</translation>
        </message>
        <message>
            <source>On the shared view (flashing): {text}</source>
            <translation>En la vista compartida (parpadeando): {text}</translation>
        </message>
        <message>
            <source>On the shared view: {text}</source>
            <translation>En la vista compartida: {text}</translation>
        </message>
        <message>
            <source>On the presenter screen (flashing): {text}</source>
            <translation>En la pantalla de presentación (parpadeando): {text}</translation>
        </message>
        <message>
            <source>On the presenter screen: {text}</source>
            <translation>En la pantalla de presentación: {text}</translation>
        </message>
    </context>
    <context>
        <name>PresenterWindow</name>
        <message>
            <source>Facilitator — presenter screen</source>
            <translation>Facilitator — pantalla de presentación</translation>
        </message>
        <message>
            <source>Starting soon</source>
            <translation>Empieza en breve</translation>
        </message>
        <message>
            <source>ENDED</source>
            <translation>FINALIZADA</translation>
        </message>
        <message>
            <source>Item progress</source>
            <translation>Progreso del punto</translation>
        </message>
        <message>
            <source>Next: {title}</source>
            <translation>Siguiente: {title}</translation>
        </message>
        <message>
            <source>Last item</source>
            <translation>Último punto</translation>
        </message>
        <message>
            <source>Meeting: {time} left</source>
            <translation>Reunión: quedan {time}</translation>
        </message>
        <message>
            <source>Meeting: {time} over</source>
            <translation>Reunión: {time} de exceso</translation>
        </message>
        <message>
            <source>Starts in {time}</source>
            <translation>Empieza en {time}</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Sin empezar</translation>
        </message>
        <message>
            <source>{phase} · PAUSED</source>
            <translation>{phase} · EN PAUSA</translation>
        </message>
        <message>
            <source>PAUSED</source>
            <translation>EN PAUSA</translation>
        </message>
    </context>
</TS>
