"""The presenter screen's chime, where the platform has sound.

QSoundEffect comes with Qt Multimedia (PySide6's add-ons, `.[sound]`). Without it the chime
is played by the platform's own player: winsound on Windows, afplay on macOS, PipeWire's,
PulseAudio's or ALSA's on Linux, so the README's plain install chimes wherever the computer
can play a sound. With neither the chime is silently none; `rings` still counts the moments it
was due, so the rule is tested on any machine.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QProcess, QSettings, QUrl

from facilitator.resource_folder import resource_folder

CHIME_KEY = "presenter/chime"
CHIME_FILE = ("sounds", "chime.wav")
PLAYERS = (("pw-play", ()), ("paplay", ()), ("aplay", ("-q",)), ("afplay", ()))
"""Command-line players of a WAV file, the first found on PATH is used (Linux and macOS)."""


def chime_wanted(settings: QSettings) -> bool:
    return str(settings.value(CHIME_KEY, "false")).lower() == "true"


def platform_player(path: str) -> Callable[[], None] | None:
    """What plays `path` once without waiting, with the platform's own means; None if none."""
    if sys.platform == "win32":
        import winsound

        flags = winsound.SND_FILENAME | winsound.SND_ASYNC | winsound.SND_NODEFAULT
        return lambda: winsound.PlaySound(path, flags)
    for name, options in PLAYERS:
        program = shutil.which(name)
        if program is not None:
            return _detached(program, [*options, path])
    return None


def _detached(program: str, arguments: list[str]) -> Callable[[], None]:
    """Started and left to finish on its own: the window never waits for the sound."""

    def play() -> None:
        QProcess.startDetached(program, arguments)

    return play


class ChimePlayer(QObject):
    """Plays the shipped chime once per call; no sound device, no sound, no error."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.rings = 0
        self._play: Callable[[], None] | None = None
        path = str(resource_folder().joinpath(*CHIME_FILE))
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:
            self._play = platform_player(path)
            return
        effect = QSoundEffect(self)
        effect.setSource(QUrl.fromLocalFile(path))
        effect.setVolume(0.8)
        self._play = effect.play

    @property
    def has_sound(self) -> bool:
        return self._play is not None

    def ring(self) -> None:
        self.rings += 1
        if self._play is not None:
            self._play()
