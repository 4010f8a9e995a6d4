"""Take docs/console-1366x768.png, docs/console-1920x1080.png and docs/as-run.png: the
moderator's console mid-meeting on a common laptop and on a full HD screen, and an ended
meeting's as-run view with its pacing and notes.

Run under a display server at least as large as the largest size
(`xvfb-run -a -s "-screen 0 1920x1080x24" python3 scripts/console_screenshot.py`). The demo
history goes into a temporary database; the console's clock is a fake one moved by hand, so
the shot shows the same moment every time. Each console is driven as a moderator would:
Start and Next clicked, notes typed into the note field (one long, made an action item with
Ctrl+Shift+T and Enter), a carried action item ticked; then the window, at exactly the size
asked for, is saved. Under QT_SCALE_FACTOR=2 (on a screen twice the size) the picture is
named console-WIDTHxHEIGHT@2x.png: `--size 1280x720` on 2560x1440 is a 200 % laptop's.
`--dark` turns the desktop dark before the shot, as a dark desktop does while the app runs (a
dark palette and QStyleHints.colorSchemeChanged), and adds -dark to the name.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import (  # noqa: E402
    QCoreApplication,
    QDeadlineTimer,
    QEvent,
    QRect,
    QSettings,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from facilitator import timesource  # noqa: E402
from facilitator.record.demo import load_demo  # noqa: E402
from facilitator.record.meetings import MeetingSummary, list_meetings  # noqa: E402
from facilitator.storage.database import Database, open_database  # noqa: E402
from facilitator.ui.app import build_main_window  # noqa: E402
from facilitator.ui.common.app_fonts import register_fallback_fonts  # noqa: E402
from facilitator.ui.console.console import ConsoleWindow  # noqa: E402
from facilitator.ui.language import install_language  # noqa: E402
from facilitator.vocabulary import MeetingKind, MeetingStatus  # noqa: E402

SIZES = ("1366x768", "1920x1080")
SHIFT_CONTROL = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
NOTES = (
    "! Sales follows up every MQL within 24 hours, starting Monday",
    "? Can Marketing tag webinar leads by product line?",
    "* Pipeline from the spring campaign is 20% above plan: Marketing credits the webinar "
    "series, Sales the new follow-up rule; both agree to look at the SLA dashboard together "
    "on Friday before anyone changes lead scoring or the routing of inbound DACH leads",
)


class FakeTime:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def settle(window: QWidget) -> None:
    """Process events until the window is exposed and laid out."""
    QTest.qWaitForWindowExposed(window, 5000)
    deadline = QDeadlineTimer(400)
    while not deadline.hasExpired():
        QCoreApplication.processEvents()
        QTest.qWait(20)


def save(window: QWidget, path: Path) -> None:
    if not window.grab().save(str(path)):
        raise SystemExit(f"Could not save {path}")
    print(f"{path} ({window.width()}x{window.height()})")


def gone(window: QWidget) -> None:
    """Delete a closed window now, before its database closes under its panes."""
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def size_of(text: str) -> QSize:
    width, _, height = text.partition("x")
    return QSize(int(width), int(height))


def click(button: QWidget) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def run_console(
    db: Database, meeting: MeetingSummary, folder: Path, size: QSize
) -> ConsoleWindow:
    """A console at the size asked for, started, two items on, three notes filed (the last
    made an action item), one carried action item ticked: the moment the shot shows."""
    settings = QSettings(str(folder / f"console-{size.width()}.ini"), QSettings.Format.IniFormat)
    clock = FakeTime()
    wall = [meeting.scheduled_at]  # run on its day: starting asks nothing
    now: Callable[[], object] = lambda: wall[0]  # noqa: E731 (the console's wall clock)
    console = ConsoleWindow(db, meeting.id, time_source=clock, wall=now, settings=settings)
    console.show()
    console.setGeometry(QRect(0, 0, size.width(), size.height()))
    console.activateWindow()  # the window's keys work in the active window only
    QTest.qWaitForWindowActive(console, 5000)
    settle(console)
    click(console.toggle_button)
    items = console.run.meeting.items
    for index in range(2):
        clock.now += items[index].planned_seconds + (75 if index == 0 else -20)
        wall[0] += timedelta(seconds=items[index].planned_seconds)
        click(console.next_button)
    clock.now += items[2].planned_seconds - 95
    for text in NOTES:
        console.note_input.setFocus()
        QTest.keyClicks(console.note_input, text)
        QTest.keyClick(console.note_input, Qt.Key.Key_Return)
    QTest.keyClick(console.note_input, Qt.Key.Key_T, SHIFT_CONTROL)  # the long note: an action
    dialog = console.capture_dialog
    if dialog is not None:
        QTest.keyClick(dialog.text_edit, Qt.Key.Key_Return)
        settle(console)
    carried = console.review_panel.actions_list
    if carried.count():
        carried.item(0).setCheckState(Qt.CheckState.Checked)  # as a click on its box does
    console.note_input.setFocus()
    console.refresh()
    settle(console)
    if console.size() != size:
        raise SystemExit(f"The console is {console.width()}x{console.height()}, not {size}")
    return console


DARK = {
    QPalette.ColorRole.Window: "#353535",
    QPalette.ColorRole.WindowText: "#f0f0f0",
    QPalette.ColorRole.Base: "#2d2d2d",
    QPalette.ColorRole.AlternateBase: "#353535",
    QPalette.ColorRole.Text: "#f0f0f0",
    QPalette.ColorRole.Button: "#353535",
    QPalette.ColorRole.ButtonText: "#f0f0f0",
    QPalette.ColorRole.Highlight: "#2a82da",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.PlaceholderText: "#9a9a9a",
}
"""A dark desktop's palette (KDE Breeze Dark's greys), which Xvfb's plain X has none of."""


def turn_dark(app: QApplication) -> None:
    """What a desktop switching to dark does to a running app: a dark palette, then the
    colour scheme's signal."""
    palette = QPalette()
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)


def demo(folder: Path) -> tuple[Database, MeetingSummary]:
    """A fresh demo history in folder, and its planned weekly meeting nearest to now."""
    folder.mkdir()
    db = open_database(folder / "facilitator.sqlite")
    load_demo(db)
    now = timesource.now()
    planned = [
        m
        for m in list_meetings(db)
        if m.kind == MeetingKind.WEEKLY and m.status == MeetingStatus.PLANNED
    ]
    return db, min(planned, key=lambda m: abs(m.scheduled_at - now))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output-dir", type=Path, default=ROOT / "docs")
    parser.add_argument(
        "--size", action="append", help=f"WIDTHxHEIGHT of a console shot (default: {SIZES})"
    )
    parser.add_argument("--dark", action="store_true", help="the desktop turns dark first")
    parser.add_argument("--language", default="en", help="en, de or es (compiled catalogues)")
    args = parser.parse_args(argv)

    app = QApplication(sys.argv[:1])
    register_fallback_fonts()
    install_language(app, args.language)
    app.setApplicationName("Facilitator")
    with tempfile.TemporaryDirectory(prefix="facilitator-console-") as name:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, name)
        for text in args.size or SIZES:
            size = size_of(text)
            db, meeting = demo(Path(name) / text)
            console = run_console(db, meeting, Path(name) / text, size)
            if args.dark:
                turn_dark(app)
                settle(console)
            scale = "@2x" if console.devicePixelRatio() == 2 else ""  # QT_SCALE_FACTOR=2
            scale += "-dark" if args.dark else ""
            save(console, args.output_dir / f"console-{size.width()}x{size.height()}{scale}.png")
            console.close()
            gone(console)
            db.close()

        db, _ = demo(Path(name) / "as-run")
        ended = max(
            (m for m in list_meetings(db) if m.status == MeetingStatus.ENDED),
            key=lambda m: m.scheduled_at,
        )
        settings = QSettings(str(Path(name) / "settings.ini"), QSettings.Format.IniFormat)
        window = build_main_window(db, settings=settings)
        window.resize(1360, 860)
        window.show()
        window.select_meeting(ended.id)
        settle(window)
        save(window, args.output_dir / ("as-run-dark.png" if args.dark else "as-run.png"))
        window.close()
        gone(window)
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
