"""Take docs/console.png and docs/as-run.png: the moderator's console mid-meeting, and an ended
meeting's as-run view with its pacing and notes.

Run under a display server (`xvfb-run -a python scripts/console_screenshot.py`). The demo
history goes into a temporary database; the console's clock is a fake one moved by hand, so the
shot shows the same moment every time.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget  # noqa: E402

from facilitator import timesource  # noqa: E402
from facilitator.record.demo import load_demo  # noqa: E402
from facilitator.record.meetings import list_meetings  # noqa: E402
from facilitator.storage.database import open_database  # noqa: E402
from facilitator.ui.app import build_main_window  # noqa: E402
from facilitator.ui.common.app_fonts import register_fallback_fonts  # noqa: E402
from facilitator.ui.console.console import ConsoleWindow  # noqa: E402
from facilitator.vocabulary import MeetingKind, MeetingStatus  # noqa: E402

CONSOLE_SIZE = (1360, 860)
NOTES = (
    "! Sales follows up every MQL within 24 hours, starting Monday",
    "? Can Marketing tag webinar leads by product line?",
    "* Pipeline from the spring campaign is 20% above plan",
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output-dir", type=Path, default=ROOT / "docs")
    args = parser.parse_args(argv)

    app = QApplication(sys.argv[:1])
    register_fallback_fonts()
    app.setApplicationName("Facilitator")
    with tempfile.TemporaryDirectory(prefix="facilitator-console-") as folder:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        db = open_database(Path(folder) / "facilitator.sqlite")
        load_demo(db)
        meetings = list_meetings(db)
        now = timesource.now()
        planned = [
            m
            for m in meetings
            if m.kind == MeetingKind.WEEKLY and m.status == MeetingStatus.PLANNED
        ]
        meeting = min(planned, key=lambda m: abs(m.scheduled_at - now))
        clock = FakeTime()
        wall = [timesource.now()]
        console = ConsoleWindow(
            db, meeting.id, time_source=clock, wall=lambda: wall[0], settings=settings
        )
        console.resize(*CONSOLE_SIZE)
        console.show()
        settle(console)
        console.run.start()
        items = console.run.meeting.items
        for index in range(2):
            clock.now += items[index].planned_seconds + (75 if index == 0 else -20)
            wall[0] += timedelta(seconds=items[index].planned_seconds)
            console.run.next_item()
        clock.now += items[2].planned_seconds - 95
        note_input = console.findChild(QLineEdit, "noteInput")
        for text in NOTES:
            QTest.keyClicks(note_input, text)
            QTest.keyClick(note_input, Qt.Key.Key_Return)
        console.refresh()
        settle(console)
        save(console, args.output_dir / "console.png")
        console.run.end()  # a meeting left running makes the main window offer to resume it
        console.close()

        ended = max(
            (m for m in meetings if m.status == MeetingStatus.ENDED), key=lambda m: m.scheduled_at
        )
        window = build_main_window(db, settings=settings)
        window.resize(1360, 860)
        window.show()
        window.select_meeting(ended.id)
        settle(window)
        save(window, args.output_dir / "as-run.png")
        window.close()
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
