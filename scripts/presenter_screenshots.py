"""Take docs/presenter-1920x1080.png and docs/presenter-1280x720.png: the presenter screen.

The demo history goes into a temporary database; the next planned weekly meeting is started on
a fake clock and moved to the Marketing update with 0:48 left (amber, "1 MIN LEFT"), with the
moderator's message "Wrap up". Runs headless: QT_QPA_PLATFORM=offscreen unless a display is set.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QDeadlineTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from facilitator import timesource  # noqa: E402
from facilitator.record.demo import load_demo  # noqa: E402
from facilitator.record.meetings import MeetingView, list_meetings  # noqa: E402
from facilitator.record.run import MeetingRun  # noqa: E402
from facilitator.rules.clock import ClockState  # noqa: E402
from facilitator.storage.database import Database, open_database  # noqa: E402
from facilitator.ui.common.app_fonts import register_fallback_fonts  # noqa: E402
from facilitator.ui.presenter.presenter_window import PresenterWindow  # noqa: E402
from facilitator.vocabulary import MeetingKind, MeetingStatus  # noqa: E402

SIZES = ((1920, 1080), (1280, 720))
SHOWN_ITEM = "Marketing update"
SECONDS_LEFT = 48
MESSAGE = "Wrap up"


class FakeTime:
    """A run clock the script moves by hand, so the shot shows the same moment every time."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def planned_weekly(db: Database) -> int:
    """The next planned weekly meeting of the demo."""
    now = timesource.now()
    weekly = [
        m
        for m in list_meetings(db)
        if m.kind == MeetingKind.WEEKLY and m.status == MeetingStatus.PLANNED
    ]
    if not weekly:
        raise SystemExit("The demo has no planned weekly meeting.")
    ahead = [m for m in weekly if m.scheduled_at >= now] or weekly
    return min(ahead, key=lambda m: m.scheduled_at).id


def moment(db: Database, meeting_id: int) -> tuple[MeetingView, ClockState]:
    """Start the meeting and run to the Marketing update with SECONDS_LEFT to go."""
    clock = FakeTime()
    wall = [timesource.now()]

    def advance(seconds: float) -> None:
        clock.now += seconds
        wall[0] += timedelta(seconds=seconds)

    run = MeetingRun.open(db, meeting_id, time_source=clock, wall=lambda: wall[0])
    items = run.meeting.items
    target = next(i for i, item in enumerate(items) if item.title.startswith(SHOWN_ITEM))
    run.start()
    for index in range(target):
        advance(items[index].planned_seconds - 5)
        run.next_item()
    advance(items[target].planned_seconds - SECONDS_LEFT)
    state = run.state()
    assert state.current_index == target and round(state.item_remaining) == SECONDS_LEFT
    return run.meeting, state


def settle(window: PresenterWindow) -> None:
    """Process events until the window is exposed and laid out at its new size."""
    QTest.qWaitForWindowExposed(window, 5000)
    deadline = QDeadlineTimer(300)
    while not deadline.hasExpired():
        QCoreApplication.processEvents()
        QTest.qWait(20)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output-dir", type=Path, default=ROOT / "docs")
    args = parser.parse_args(argv)

    app = QApplication(sys.argv[:1])
    register_fallback_fonts()
    app.setApplicationName("Facilitator")
    with tempfile.TemporaryDirectory(prefix="facilitator-presenter-") as folder:
        db = open_database(Path(folder) / "facilitator.sqlite")
        try:
            load_demo(db)
            meeting, state = moment(db, planned_weekly(db))
        finally:
            db.close()
    for width, height in SIZES:
        window = PresenterWindow()
        window.show_state(meeting, state)
        window.show_message(MESSAGE)
        window.resize(width, height)
        window.show()
        settle(window)
        if (window.width(), window.height()) != (width, height):
            window.resize(width, height)
            settle(window)
        path = args.output_dir / f"presenter-{width}x{height}.png"
        if not window.grab().save(str(path)):
            print(f"Could not save {path}", file=sys.stderr)
            return 1
        print(f"{path} ({window.width()}x{window.height()})")
        window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
