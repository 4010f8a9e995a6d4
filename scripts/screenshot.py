"""Take docs/screenshot.png: the main window over a demo history, the next weekly meeting open.

Run under a display server (`xvfb-run -a python scripts/screenshot.py`) or with
QT_QPA_PLATFORM=offscreen. The database and the window settings live in a temporary folder.
`--size 1280x720 -o docs/main-1280x720.png` takes a small screen's; under QT_SCALE_FACTOR=2 on
a 2560x1440 screen the same size is the 200 % one (docs/main-1280x720@2x.png).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from facilitator import timesource  # noqa: E402
from facilitator.record.meetings import create_meeting, list_meetings  # noqa: E402
from facilitator.record.templates import builtin_template  # noqa: E402
from facilitator.storage.database import Database, open_database  # noqa: E402
from facilitator.ui.app import build_main_window  # noqa: E402
from facilitator.ui.common.app_fonts import register_fallback_fonts  # noqa: E402
from facilitator.ui.language import install_language  # noqa: E402
from facilitator.vocabulary import MeetingKind, MeetingStatus  # noqa: E402

WINDOW_SIZE = (1366, 768)
"""The commonest laptop screen."""


def fill(db: Database) -> None:
    """The demo history when the demo module exists, else a few plain weekly meetings."""
    try:
        from facilitator.record.demo import load_demo
    except ImportError:
        load_demo = None
    if load_demo is not None:
        load_demo(db)
        return
    start = timesource.now().replace(hour=15, minute=30, second=0, microsecond=0)
    weekly = builtin_template("weekly").plan
    for week in range(-6, 2):
        when = start + timedelta(weeks=week)
        create_meeting(
            db, weekly, title=f"Weekly smarketing meeting {when:%Y-%m-%d}", scheduled_at=when
        )
    create_meeting(
        db,
        builtin_template("management").plan,
        title="Monthly management meeting",
        scheduled_at=start - timedelta(days=10),
    )


def shown_meeting(db: Database, *, ended: bool) -> int | None:
    """The next planned weekly meeting (its agenda in the editor), or the latest ended one."""
    now = timesource.now()
    weekly = [m for m in list_meetings(db) if m.kind == MeetingKind.WEEKLY]
    if not ended:
        ahead = [m for m in weekly if m.status == MeetingStatus.PLANNED and m.scheduled_at >= now]
        if ahead:
            return min(ahead, key=lambda m: m.scheduled_at).id
    past = [m for m in weekly if m.scheduled_at < now]
    chosen = [m for m in past if m.status == MeetingStatus.ENDED] or past or weekly
    return chosen[0].id if chosen else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "docs" / "screenshot.png")
    parser.add_argument(
        "--ended", action="store_true", help="show the latest ended meeting, planned against run"
    )
    parser.add_argument(
        "--size", default="x".join(map(str, WINDOW_SIZE)), help="the window's WIDTHxHEIGHT"
    )
    parser.add_argument("--language", default="en", help="en, de or es (compiled catalogues)")
    args = parser.parse_args(argv)

    app = QApplication(sys.argv[:1])
    register_fallback_fonts()
    install_language(app, args.language)
    app.setApplicationName("Facilitator")
    app.setOrganizationName("Facilitator")
    with tempfile.TemporaryDirectory(prefix="facilitator-shot-") as folder:
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        db = open_database(Path(folder) / "facilitator.sqlite")
        try:
            fill(db)
            window = build_main_window(db, settings)
            width, _, height = args.size.partition("x")
            window.resize(int(width), int(height))
            window.show()
            QTest.qWaitForWindowExposed(window)
            meeting_id = shown_meeting(db, ended=args.ended)
            if meeting_id is not None:
                window.select_meeting(meeting_id)
            window.meeting_table.setFocus()
            for _ in range(5):
                app.processEvents()
                QTest.qWait(50)
            args.output.parent.mkdir(parents=True, exist_ok=True)
            if not window.grab().save(str(args.output)):
                print(f"could not write {args.output}", file=sys.stderr)
                return 1
            window.close()
        finally:
            db.close()
    print(args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
