"""Runs in its own process, because a QApplication's platform (and so its screens) is fixed for
the life of the process: tests/ui/test_multiscreen.py starts it with
QT_QPA_PLATFORM="offscreen:configfile=screens.json" naming three displays (one wide display
for the "beside" scenario):

    Laptop     0,0     1280×800   (primary)
    Projector  1280,0  1920×1080
    TV         3200,100 1024×768

Usage: multiscreen_probe.py SCENARIO WORKDIR. Prints 'ok: <check>' per check passed and exits 0;
an AssertionError (or any Qt warning) exits non-zero with the reason. No sleeps: waits process
events until a condition holds, with a deadline.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from fake_time import FakeClock
from PySide6.QtCore import (
    QEventLoop,
    QRect,
    QSettings,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication, QMenu

from facilitator.record.meetings import create_meeting
from facilitator.record.templates import builtin_template
from facilitator.storage.database import open_database
from facilitator.ui.console.console import ConsoleWindow
from facilitator.ui.presenter import presenter_placement
from facilitator.ui.presenter.presenter_placement import GEOMETRY_KEY, SCREEN_KEY
from facilitator.ui.presenter.presenter_window import PresenterWindow

WARNINGS: list[str] = []
IGNORED = ("propagateSizeHints", "This plugin does not support")


def _on_message(kind: QtMsgType, _context: object, text: str) -> None:
    quiet = kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg)
    if not quiet and not any(part in text for part in IGNORED):
        WARNINGS.append(text)


def wait_until(condition: Callable[[], bool], what: str, seconds: float = 5.0) -> None:
    """Run the event loop until the condition holds, checking every 5 ms.

    An event loop and a timer rather than a processEvents() loop: with Python 3.11, PySide6's
    processEvents (and QTest.qWait) lose a reference to None per call, and thousands of calls
    crash the interpreter.
    """
    if condition():
        return
    loop = QEventLoop()
    deadline = time.monotonic() + seconds

    def check() -> None:
        if condition() or time.monotonic() > deadline:
            loop.quit()

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()
    if not condition():
        raise AssertionError(f"timed out waiting until {what}")


def settle() -> None:
    """Let the events already posted (e.g. by a signal just emitted) be handled."""
    ticks: list[int] = []
    QTimer.singleShot(0, lambda: ticks.append(1))
    wait_until(lambda: bool(ticks), "pending events are handled")


def ok(check: str) -> None:
    print(f"ok: {check}", flush=True)


def screen(name: str) -> QScreen:
    return next(s for s in QApplication.screens() if s.name() == name)


def inside(window: PresenterWindow, display: QScreen) -> bool:
    return display.geometry().contains(window.geometry())


def open_console(workdir: Path, fake: FakeClock) -> ConsoleWindow:
    db = open_database(workdir / "facilitator.sqlite")
    meeting_id = create_meeting(
        db,
        builtin_template("weekly").plan,
        title="Weekly smarketing",
        scheduled_at=datetime(2026, 11, 23, 9, 0, tzinfo=UTC),
    )
    settings = QSettings(str(workdir / "settings.ini"), QSettings.Format.IniFormat)
    console = ConsoleWindow(db, meeting_id, time_source=fake, settings=settings)
    console.show()
    wait_until(console.isVisible, "the console is shown")
    return console


def menu_texts(menu: QMenu) -> list[str]:
    """Open the menu as a click would (it is filled as it is about to show), then close it."""
    menu.popup(menu.parentWidget().mapToGlobal(menu.parentWidget().rect().center()))
    wait_until(menu.isVisible, "the menu is open")
    texts = [action.text() for action in menu.actions()]
    menu.close()
    return texts


def choose(menu: QMenu, text_part: str) -> None:
    menu.popup(menu.parentWidget().mapToGlobal(menu.parentWidget().rect().center()))
    wait_until(menu.isVisible, "the menu is open")
    action = next(a for a in menu.actions() if text_part in a.text())
    menu.close()
    action.trigger()


def clock_follows(console: ConsoleWindow, fake: FakeClock, seconds: float, text: str) -> None:
    """Time passes on the fake clock; the console's own timer brings it to both screens."""
    fake.now += seconds
    presenter = console.presenter
    wait_until(
        lambda: presenter.clock_label.text() == text and console.clock_label.text() == text,
        f"both clocks show {text}",
    )


def scenario_menu(workdir: Path) -> None:
    fake = FakeClock()
    console = open_console(workdir, fake)
    names = [s.name() for s in QApplication.screens()]
    assert names == ["Laptop", "Projector", "TV"], names
    texts = menu_texts(console.presenter_menu)
    for name in names:
        assert any(f"Full screen on {name} " in text for text in texts), (name, texts)
    assert "Full screen on Projector (1920×1080)" in texts, texts
    assert "Show in a window" in texts, texts
    ok("the presenter menu lists every display by name")

    console.toggle_action.trigger()
    assert console.run.state().running
    choose(console.presenter_menu, "Full screen on Projector")
    presenter = console.presenter
    wait_until(presenter.isFullScreen, "the presenter is full screen")
    assert presenter.screen() is screen("Projector"), presenter.screen().name()
    assert presenter.windowHandle().screen() is screen("Projector")
    assert presenter.geometry() == screen("Projector").geometry(), presenter.geometry()
    ok("full screen on the projector, covering exactly its geometry")
    clock_follows(console, fake, 30, "2:30")
    ok("the clock keeps running on the projector")

    choose(console.presenter_menu, "Full screen on TV")
    wait_until(lambda: presenter.screen() is screen("TV"), "the presenter moves to the TV")
    wait_until(lambda: presenter.geometry() == screen("TV").geometry(), "it covers the TV")
    assert presenter.isFullScreen()
    clock_follows(console, fake, 30, "2:00")
    ok("moved full screen to the TV; the clock kept running")

    choose(console.presenter_menu, "Show in a window")
    wait_until(lambda: not presenter.isFullScreen(), "the presenter is a window")
    assert presenter.target_screen is None
    clock_follows(console, fake, 30, "1:30")
    assert console.run.state().running
    ok("back to a window to share in a call; the clock kept running")
    console.close()


def scenario_removal(workdir: Path) -> None:
    fake = FakeClock()
    console = open_console(workdir, fake)
    console.toggle_action.trigger()
    choose(console.presenter_menu, "Full screen on Projector")
    presenter = console.presenter
    wait_until(presenter.isFullScreen, "the presenter is full screen")
    app = QApplication.instance()
    assert isinstance(app, QApplication)

    app.screenRemoved.emit(screen("TV"))
    settle()
    assert presenter.isFullScreen() and presenter.screen() is screen("Projector")
    ok("unplugging another display leaves the presenter where it is")

    app.screenRemoved.emit(screen("Projector"))
    wait_until(lambda: not presenter.isFullScreen(), "the presenter leaves full screen")
    wait_until(lambda: presenter.screen() is screen("Laptop"), "it comes back to the laptop")
    wait_until(lambda: inside(presenter, screen("Laptop")), "it lies within the laptop's screen")
    assert presenter.isVisible()
    assert presenter.target_screen is None
    ok("its display unplugged, the presenter comes back as a window on the main display")
    clock_follows(console, fake, 45, "2:15")
    assert console.run.state().running
    ok("the clock kept running through the unplugging")

    choose(console.presenter_menu, "Full screen on TV")
    wait_until(lambda: presenter.isFullScreen() and presenter.screen() is screen("TV"), "TV")
    ok("it can go full screen again afterwards")
    console.close()


def scenario_restore(workdir: Path) -> None:
    settings = QSettings(str(workdir / "presenter.ini"), QSettings.Format.IniFormat)
    on_tv = QRect(3300, 200, 640, 360)
    settings.setValue(GEOMETRY_KEY, on_tv)
    settings.setValue(SCREEN_KEY, "TV")
    window = PresenterWindow(settings=settings)
    window.put_on_screen(None)
    wait_until(window.isVisible, "the window is shown")
    assert window.geometry() == on_tv, window.geometry()
    assert window.screen() is screen("TV"), window.screen().name()
    ok("a saved place on a connected display is used")

    window.move(1400, 50)
    wait_until(lambda: window.screen() is screen("Projector"), "it is on the projector")
    moved = window.geometry()
    window.close()
    assert settings.value(SCREEN_KEY) == "Projector", settings.value(SCREEN_KEY)
    saved = settings.value(GEOMETRY_KEY)
    assert saved == moved, (saved, moved)
    again = PresenterWindow(settings=QSettings(settings.fileName(), QSettings.Format.IniFormat))
    again.put_on_screen(None)
    wait_until(again.isVisible, "the window is shown again")
    assert again.geometry() == saved and again.screen() is screen("Projector")
    ok("closing saves the place and the display's name; the next window opens there")
    again.close()

    settings.setValue(GEOMETRY_KEY, QRect(9000, 9000, 640, 360))
    settings.setValue(SCREEN_KEY, "Gone")
    lost = PresenterWindow(settings=settings)
    lost.put_on_screen(None)
    wait_until(lost.isVisible, "the window is shown")
    assert lost.screen() is screen("Laptop"), lost.screen().name()
    assert screen("Laptop").availableGeometry().contains(lost.geometry()), lost.geometry()
    ok("a saved place on no connected display is not used: it opens on the primary")
    lost.close()


def scenario_wayland(workdir: Path) -> None:
    presenter_placement.on_wayland = lambda: True
    window = PresenterWindow(
        settings=QSettings(str(workdir / "w.ini"), QSettings.Format.IniFormat)
    )
    window.put_on_screen(screen("Projector"))
    wait_until(window.isFullScreen, "full screen on the projector")
    handle = window.windowHandle()
    assert handle.screen() is screen("Projector")
    seen: list[bool] = []
    handle.visibleChanged.connect(seen.append)
    window.put_on_screen(screen("TV"))
    wait_until(lambda: window.isFullScreen() and handle.screen() is screen("TV"), "on the TV")
    assert seen[:2] == [False, True], seen
    ok("on Wayland the window is hidden and given its new screen before it is shown again")
    window.close()


def scenario_away(workdir: Path) -> None:
    fake = FakeClock()
    console = open_console(workdir, fake)
    console.setGeometry(QRect(40, 30, 1200, 740))
    wait_until(lambda: console.screen() is screen("Laptop"), "the console is on the laptop")
    choose(console.presenter_menu, "Show in a window")
    presenter = console.presenter
    wait_until(presenter.isVisible, "the presenter is shown")
    assert not presenter.isFullScreen()
    assert presenter.screen() is screen("Projector"), presenter.screen().name()
    assert inside(presenter, screen("Projector")), presenter.geometry()
    ok("with another display, the presenter window opens on the largest other one")
    console.close()


def scenario_beside(workdir: Path) -> None:
    """One wide display: the console on its left, the presenter window beside it."""
    [display] = QApplication.screens()
    fake = FakeClock()
    console = open_console(workdir, fake)
    console.setGeometry(QRect(0, 0, 1366, 768))
    wait_until(lambda: console.geometry() == QRect(0, 0, 1366, 768), "the console is placed")
    choose(console.presenter_menu, "Show in a window")
    presenter = console.presenter
    wait_until(presenter.isVisible, "the presenter is shown")
    assert not presenter.frameGeometry().intersects(console.frameGeometry()), (
        presenter.frameGeometry(),
        console.frameGeometry(),
    )
    assert display.availableGeometry().contains(presenter.frameGeometry())
    assert presenter.frameGeometry().left() > console.frameGeometry().right()
    ok("on one display with room, the presenter window opens beside the console")
    console.close()


SCENARIOS = {
    "menu": scenario_menu,
    "removal": scenario_removal,
    "restore": scenario_restore,
    "wayland": scenario_wayland,
    "away": scenario_away,
    "beside": scenario_beside,
}


def main() -> int:
    scenario, workdir = sys.argv[1], Path(sys.argv[2])
    qInstallMessageHandler(_on_message)
    _app = QApplication([sys.argv[0]])  # kept alive for the whole run
    SCENARIOS[scenario](workdir)
    settle()
    if WARNINGS:
        print("Qt warnings:", *WARNINGS, sep="\n", file=sys.stderr)
        return 2
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
