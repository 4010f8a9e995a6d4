"""Where the presenter window stands: full screen on a chosen display, or a window that
comes back where it last stood, and home to the primary screen when its display is unplugged.
A window with no place of its own yet opens away from the console that opened it: on another
display when there is one, else beside the console, so the clock the moderator reads stays in
view.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QSettings, QSize, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QHideEvent, QKeyEvent, QScreen
from PySide6.QtWidgets import QWidget

GEOMETRY_KEY = "presenter/geometry"
SCREEN_KEY = "presenter/screen"
"""Where the presenter window last stood as a window, and the name of its display."""


def on_wayland() -> bool:
    """On Wayland a window cannot place itself: it gets its screen before it is shown."""
    return QGuiApplication.platformName() == "wayland"


def screen_for(saved: QRect, screens: Sequence[QScreen], name: str = "") -> QScreen | None:
    """The connected display a saved window geometry lies on, None when it lies on none.

    The display saved by name wins when the window still overlaps it, else the one it overlaps
    most; a position on a display since unplugged (or moved) is not used.
    """
    if not saved.isValid():
        return None
    overlaps = [(s, saved.intersected(s.geometry())) for s in screens]
    overlaps = [(s, area) for s, area in overlaps if not area.isEmpty()]
    named = [s for s, _ in overlaps if name and s.name() == name]
    if named:
        return named[0]
    if not overlaps:
        return None
    return max(overlaps, key=lambda pair: pair[1].width() * pair[1].height())[0]


ROOMY_WIDTH = 480
"""A window narrower than this beside the console would be no use: it overlaps instead."""


def beside(opener: QRect, size: QSize, area: QRect) -> QRect:
    """Where a window of size (frame included) stands next to opener within area.

    On the right when it fits there, else on the left; else it takes the wider side's room
    when that is roomy, and otherwise stands at that side's edge, overlapping as little as it
    can. Vertically it lines up with the opener's top, within the area.
    """
    width, height = min(size.width(), area.width()), min(size.height(), area.height())
    room_right = area.right() - opener.right()
    room_left = opener.left() - area.left()
    if room_right >= width:
        x = opener.right() + 1
    elif room_left >= width:
        x = opener.left() - width
    elif max(room_right, room_left) >= ROOMY_WIDTH:
        width = max(room_right, room_left)
        x = opener.right() + 1 if room_right >= room_left else area.left()
    else:
        x = area.right() + 1 - width if room_right >= room_left else area.left()
    y = min(max(opener.top(), area.top()), area.bottom() + 1 - height)
    return QRect(x, y, width, height)


def largest(screens: Sequence[QScreen]) -> QScreen | None:
    """The display with the most pixels: a projector or a TV rather than a small monitor."""
    if not screens:
        return None
    return max(screens, key=lambda s: s.geometry().width() * s.geometry().height())


class PlacedWindow(QWidget):
    """A window the moderator puts full screen on any display; Escape makes it a window again."""

    def __init__(
        self, parent: QWidget | None = None, *, settings: QSettings | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings if settings is not None else QSettings()
        self._screen: QScreen | None = None
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenRemoved.connect(self._on_screen_removed)

    def put_on_screen(self, screen: QScreen | None) -> None:
        """Full screen on the chosen display, or None for a normal window (e.g. to share)."""
        self._screen = screen
        if screen is None:
            if self.isFullScreen():
                self.showNormal()
            else:
                if not self.isVisible():
                    self.restore_geometry()
                self.show()
            return
        if self.isFullScreen():
            self.showNormal()
        elif self.isVisible():
            self.save_geometry()
        if on_wayland() and self.isVisible() and self.screen() is not screen:
            self.hide()  # the compositor puts a window on a screen only as it is shown
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()

    def save_geometry(self) -> None:
        """Remember where the window stands as a window, with its display's name."""
        if self.isFullScreen():
            return
        screen = self.screen()
        self._settings.setValue(GEOMETRY_KEY, self.geometry())
        self._settings.setValue(SCREEN_KEY, screen.name() if screen is not None else "")

    def restore_geometry(self) -> bool:
        """Back where it last stood if that lies on a connected display, else on the primary.

        Returns whether the saved place was used.
        """
        saved = self._settings.value(GEOMETRY_KEY)
        rect = saved if isinstance(saved, QRect) else QRect()
        name = self._settings.value(SCREEN_KEY)
        screen = screen_for(rect, QGuiApplication.screens(), name if isinstance(name, str) else "")
        if screen is None:
            self._place_away()
            return False
        self.setScreen(screen)
        self.setGeometry(rect)
        return True

    def _place_away(self) -> None:
        """No place of its own: on a display the opening window is not on, else beside it
        (a window opened by nothing goes to the primary display's middle)."""
        opener = self.parentWidget().window() if self.parentWidget() is not None else None
        home = opener.screen() if opener is not None and opener.isVisible() else None
        if opener is None or home is None:
            primary = QGuiApplication.primaryScreen()
            if primary is not None:
                self._place_on(primary)
            return
        other = largest([s for s in QGuiApplication.screens() if s is not home])
        if other is not None:
            self._place_on(other)
            return
        self.setScreen(home)
        frame_extra = opener.frameGeometry().size() - opener.geometry().size()
        frame = beside(
            opener.frameGeometry(), self.size() + frame_extra, home.availableGeometry()
        )
        self.resize(frame.size() - frame_extra)
        self.move(frame.topLeft())

    def _place_on(self, screen: QScreen) -> None:
        """A window that fits in the display's free area, in its middle; 90 % at most, so the
        frame (not known before the window is shown) fits too."""
        self.setScreen(screen)
        area = screen.availableGeometry()
        most_wide, most_high = area.width() * 9 // 10, area.height() * 9 // 10
        self.resize(min(self.width(), most_wide), min(self.height(), most_high))
        frame = self.frameGeometry()
        frame.moveCenter(area.center())
        self.move(frame.topLeft())

    @property
    def target_screen(self) -> QScreen | None:
        """The display chosen for full screen, None when shown as a window."""
        return self._screen

    def _on_screen_removed(self, screen: QScreen) -> None:
        """Its display was unplugged: come back as a normal window on the primary screen."""
        if self._screen is None or screen is not self._screen:
            return
        self._screen = None
        primary = QGuiApplication.primaryScreen()
        if self.isFullScreen():
            self.showNormal()
        if primary is not None and primary is not screen:
            self._place_on(primary)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        self.save_geometry()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.save_geometry()
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self._screen = None
            self.showNormal()
            event.accept()
            return
        super().keyPressEvent(event)
