"""The presenter screen's chime, where the platform has sound.

QSoundEffect comes with Qt Multimedia (PySide6's add-ons); without it the chime is silently
none, and `rings` still counts the moments it was due, so the rule is tested on any machine.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, QUrl

from facilitator.resource_folder import resource_folder

CHIME_KEY = "presenter/chime"
CHIME_FILE = ("sounds", "chime.wav")


def chime_wanted(settings: QSettings) -> bool:
    return str(settings.value(CHIME_KEY, "false")).lower() == "true"


class ChimePlayer(QObject):
    """Plays the shipped chime once per call; no sound device, no sound, no error."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.rings = 0
        self._effect = None
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:
            return
        effect = QSoundEffect(self)
        effect.setSource(QUrl.fromLocalFile(str(resource_folder().joinpath(*CHIME_FILE))))
        effect.setVolume(0.8)
        self._effect = effect

    @property
    def has_sound(self) -> bool:
        return self._effect is not None

    def ring(self) -> None:
        self.rings += 1
        if self._effect is not None:
            self._effect.play()
