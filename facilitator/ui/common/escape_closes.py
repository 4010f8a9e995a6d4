"""Escape closes a secondary window the way it closes a dialog.

QDialog closes on Escape by itself; a QMainWindow, a plain top-level widget or a dock does
not, so a moderator who opened the disputes or the Find panel with one key found no key to put
it away. The key is taken as a QDialog takes it: only when no widget inside used it first (a
cell editor cancelling its edit, a completer's popup, a list stepping back to its field), so
Escape still means "cancel this" wherever it already did.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget


class _EscapeCloses(QObject):
    """Watches one window for an Escape that nothing inside it took, and closes it."""

    def __init__(self, window: QWidget, close: Callable[[], object]) -> None:
        super().__init__(window)
        self._close = close

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self._close()
            return True
        return False


def close_on_escape(window: QWidget, close: Callable[[], object] | None = None) -> None:
    """Let Escape anywhere in window close it (or call close, e.g. to hide a dock), once the
    focused widget has passed the key on."""
    window.installEventFilter(_EscapeCloses(window, close or window.close))
