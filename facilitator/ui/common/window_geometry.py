"""A window's size and place: remembered between runs, and on first use fitted to the screen.

A fixed first size (the console once opened at 1100×760) runs off a 1366×768 laptop, the most
common screen in a meeting room; the first size is the preferred one shrunk to the screen's
free area (no task bar or dock covered), and after that the window opens where it was left.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME_ALLOWANCE = QSize(16, 40)
"""Room kept for the window manager's frame and title bar, not known before the first show."""


def fitted(preferred: QSize, area: QRect) -> QRect:
    """The preferred size shrunk to fit the area (frame included), centred in it."""
    width = min(preferred.width(), area.width() - FRAME_ALLOWANCE.width())
    height = min(preferred.height(), area.height() - FRAME_ALLOWANCE.height())
    place = QRect(0, 0, max(width, 1), max(height, 1))
    place.moveCenter(area.center())
    return place


class RememberedGeometry(QObject):
    """Restores a window's saved geometry, or fits it to its screen, and saves it on close."""

    def __init__(self, window: QWidget, settings: QSettings, key: str, preferred: QSize) -> None:
        super().__init__(window)
        self._window, self._settings, self._key = window, settings, key
        saved = settings.value(key)
        if not (
            isinstance(saved, QByteArray) and not saved.isEmpty() and window.restoreGeometry(saved)
        ):
            screen = window.screen() or QGuiApplication.primaryScreen()
            if screen is not None:
                window.setGeometry(fitted(preferred, screen.availableGeometry()))
            else:
                window.resize(preferred)
        window.installEventFilter(self)

    def save(self) -> None:
        self._settings.setValue(self._key, self._window.saveGeometry())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self._window and event.type() == QEvent.Type.Close:
            self.save()
        return super().eventFilter(watched, event)
