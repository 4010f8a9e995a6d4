<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>PresenterLink</name>
        <message>
            <source>2 minutes</source>
            <translation>Noch 2 Minuten</translation>
        </message>
        <message>
            <source>Wrap up</source>
            <translation>Bitte zum Schluss kommen</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Die Zeit ist um</translation>
        </message>
        <message>
            <source>Message to the presenter</source>
            <translation>Nachricht an die vortragende Person</translation>
        </message>
        <message>
            <source>Message for the presenter screen — Enter sends</source>
            <translation>Nachricht für den Präsentationsbildschirm – Eingabetaste sendet</translation>
        </message>
        <message>
            <source>A short message the room reads on the presenter screen; Enter sends it</source>
            <translation>Eine kurze Nachricht, die der Raum auf dem Präsentationsbildschirm liest; die Eingabetaste sendet sie</translation>
        </message>
        <message>
            <source>Flash</source>
            <translation>Blinken</translation>
        </message>
        <message>
            <source>Make the next message flash to catch the room's eye</source>
            <translation>Die nächste Nachricht blinkt, damit der Raum sie bemerkt</translation>
        </message>
        <message>
            <source>Show “{message}” on the presenter screen</source>
            <translation>„{message}“ auf dem Präsentationsbildschirm zeigen</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Take the message off the presenter screen</source>
            <translation>Die Nachricht vom Präsentationsbildschirm nehmen</translation>
        </message>
        <message>
            <source>Presenter screen</source>
            <translation>Präsentationsbildschirm</translation>
        </message>
        <message>
            <source>Show the presenter screen in a window or full screen on a display</source>
            <translation>Den Präsentationsbildschirm in einem Fenster oder im Vollbild auf einem Monitor zeigen</translation>
        </message>
        <message>
            <source>Show in a window</source>
            <translation>In einem Fenster zeigen</translation>
        </message>
        <message>
            <source>Full screen on {screen} ({width}×{height})</source>
            <translation>Vollbild auf {screen} ({width}×{height})</translation>
        </message>
        <message>
            <source>Type a message first.</source>
            <translation>Geben Sie zuerst eine Nachricht ein.</translation>
        </message>
        <message>
            <source>Not sent: open the presenter screen first. Message: {text}</source>
            <translation>Nicht gesendet: Öffnen Sie zuerst den Präsentationsbildschirm. Nachricht: {text}</translation>
        </message>
        <message>
            <source>On the shared view (flashing): {text}</source>
            <translation>In der geteilten Ansicht (blinkend): {text}</translation>
        </message>
        <message>
            <source>On the shared view: {text}</source>
            <translation>In der geteilten Ansicht: {text}</translation>
        </message>
        <message>
            <source>On the presenter screen (flashing): {text}</source>
            <translation>Auf dem Präsentationsbildschirm (blinkend): {text}</translation>
        </message>
        <message>
            <source>On the presenter screen: {text}</source>
            <translation>Auf dem Präsentationsbildschirm: {text}</translation>
        </message>
    </context>
    <context>
        <name>PresenterWindow</name>
        <message>
            <source>Facilitator — presenter screen</source>
            <translation>Facilitator – Präsentationsbildschirm</translation>
        </message>
        <message>
            <source>Starting soon</source>
            <translation>Beginnt gleich</translation>
        </message>
        <message>
            <source>ENDED</source>
            <translation>BEENDET</translation>
        </message>
        <message>
            <source>Item progress</source>
            <translation>Fortschritt des Tagesordnungspunkts</translation>
        </message>
        <message>
            <source>Next: {title}</source>
            <translation>Als Nächstes: {title}</translation>
        </message>
        <message>
            <source>Last item</source>
            <translation>Letzter Punkt</translation>
        </message>
        <message>
            <source>Meeting: {time} left</source>
            <translation>Besprechung: noch {time}</translation>
        </message>
        <message>
            <source>Meeting: {time} over</source>
            <translation>Besprechung: {time} überzogen</translation>
        </message>
        <message>
            <source>Starts in {time}</source>
            <translation>Beginnt in {time}</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Nicht begonnen</translation>
        </message>
        <message>
            <source>{phase} · PAUSED</source>
            <translation>{phase} · PAUSIERT</translation>
        </message>
        <message>
            <source>PAUSED</source>
            <translation>PAUSIERT</translation>
        </message>
    </context>
</TS>
