"""Save a PNG of each cross-meeting window and dialog, filled with the demo history.

Run under a display server (`xvfb-run -a -s "-screen 0 1600x1000x24" python3
scripts/window_gallery.py -o /tmp/gallery`). The demo goes into a temporary database and
HOME, so nothing of the user's is read or written; the pictures are for judging the layouts
by eye and for the README (docs/disputes.png, action-items.png, trends.png, goals.png,
search.png).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QSplitter, QWidget  # noqa: E402

from facilitator.record.carry_over import carry_over_into  # noqa: E402
from facilitator.record.demo import load_demo  # noqa: E402
from facilitator.record.meetings import list_meetings  # noqa: E402
from facilitator.record.next_meeting import NewMeeting  # noqa: E402
from facilitator.rules.agenda import PlannedItem  # noqa: E402
from facilitator.storage.database import Database, open_database  # noqa: E402
from facilitator.ui.common.app_fonts import register_fallback_fonts  # noqa: E402
from facilitator.vocabulary import ItemKind, MeetingKind, MeetingStatus, Team  # noqa: E402

OFFERS = (
    PlannedItem(
        "DACH webinar plan: German-language dates", ItemKind.DISCUSSION, 600, Team.MARKETING
    ),
    PlannedItem("Reason codes for recycled leads", ItemKind.DISCUSSION, 300, Team.SALES),
    PlannedItem("Who imports event leads, and by when", ItemKind.DISCUSSION, 300),
)
"""What the demo's last meeting might have left unreached: the demo itself leaves nothing."""


def settle(window: QWidget) -> None:
    """Process events until the window is exposed and laid out."""
    QTest.qWaitForWindowExposed(window, 5000)
    deadline = QDeadlineTimer(300)
    while not deadline.hasExpired():
        QCoreApplication.processEvents()
        QTest.qWait(20)


def wait_for(condition: Callable[[], bool], what: str) -> None:
    """Process events until condition holds; a gallery that never fills is a failure."""
    deadline = QDeadlineTimer(10000)
    while not condition():
        if deadline.hasExpired():
            raise SystemExit(f"Timed out waiting for {what}")
        QTest.qWait(20)


def save(window: QWidget, path: Path) -> None:
    if not window.grab().save(str(path)):
        raise SystemExit(f"Could not save {path}")
    print(f"{path} ({window.width()}x{window.height()})")


def shoot(window: QWidget, path: Path) -> None:
    """Show, lay out, save and close one window at the size it chose for itself."""
    window.show()
    settle(window)
    save(window, path)
    window.close()


class Gallery:
    """The demo database, the settings file and the meetings the pictures are of."""

    def __init__(self, db: Database, settings: QSettings, folder: Path, out: Path) -> None:
        self.db, self.settings, self.folder, self.out = db, settings, folder, out
        meetings = list_meetings(db)
        weekly = [m for m in meetings if m.kind == MeetingKind.WEEKLY]
        self.ended = max(
            (m for m in weekly if m.status == MeetingStatus.ENDED), key=lambda m: m.scheduled_at
        )
        self.planned = min(
            (m for m in weekly if m.status == MeetingStatus.PLANNED),
            key=lambda m: m.scheduled_at,
        )

    def lists(self) -> None:
        from facilitator.ui.history.action_items_view import ActionItemsWindow
        from facilitator.ui.history.disputes_view import DisputesWindow

        disputes = DisputesWindow(self.db, settings=self.settings)
        disputes.show()
        settle(disputes)
        best = max(
            range(disputes.table.rowCount()),
            key=lambda row: len(disputes.table.item(row, 0).text()),
        )
        disputes.table.selectRow(best)
        wait_for(lambda: disputes.history_list.count() > 0, "the dispute's history")
        settle(disputes)
        save(disputes, self.out / "disputes.png")
        disputes.close()
        shoot(ActionItemsWindow(self.db, settings=self.settings), self.out / "action-items.png")

    def main_window(self) -> None:
        from facilitator.ui.app import build_main_window

        window = build_main_window(self.db, settings=self.settings)
        window.resize(1600, 940)
        window.show()
        window.select_meeting(self.ended.id)
        settle(window)
        save(window.filter_bar, self.out / "meeting-filter.png")
        window.search_dock.focus_search()
        settle(window)
        # as a user would drag them: the list keeps its titles readable beside the dock
        window.resizeDocks([window.search_dock], [490], Qt.Orientation.Horizontal)
        window.findChild(QSplitter, "mainSplitter").setSizes([560, 540])
        panel = window.search_dock.panel
        QTest.keyClicks(panel.field, "lead")
        wait_for(lambda: bool(panel.hits()) and not panel.is_waiting(), "search results")
        settle(window)
        save(window, self.out / "search.png")
        window.close()

    def dialogs(self) -> None:
        from facilitator.ui.console.capture_dialogs import ActionItemDialog, DisputeDialog
        from facilitator.ui.mail.mail_settings_dialog import MailSettingsDialog
        from facilitator.ui.mail.send_dialog import SendDialog
        from facilitator.ui.metrics.baseline_dialog import BaselineDialog
        from facilitator.ui.metrics.goals_dialog import GoalsDialog
        from facilitator.ui.metrics.metrics_grid import MetricsDialog
        from facilitator.ui.metrics.trends_view import TrendsDialog
        from facilitator.ui.planning.carry_over_dialog import CarryOverDialog

        db, settings, out = self.db, self.settings, self.out
        mail_path = self.folder / "mail.json"
        shoot(MetricsDialog(db, self.ended.id, settings=settings), out / "metrics.png")
        shoot(TrendsDialog(db, settings=settings), out / "trends.png")
        shoot(GoalsDialog(db, settings=settings), out / "goals.png")
        shoot(
            BaselineDialog(db, meeting_id=self.ended.id, settings=settings), out / "baseline.png"
        )
        shoot(
            SendDialog(db, self.ended.id, settings=settings, mail_path=mail_path),
            out / "send.png",
        )
        shoot(MailSettingsDialog(settings=settings, path=mail_path), out / "mail-settings.png")
        shoot(DisputeDialog(db, self.ended.id), out / "new-dispute.png")
        shoot(ActionItemDialog(db, self.ended.id), out / "new-action-item.png")
        carried = replace(carry_over_into(db, self.planned.id), offered=OFFERS)
        offer = NewMeeting(self.planned.id, carried)
        shoot(CarryOverDialog(db, offer), out / "carry-over.png")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output-dir", type=Path, default=Path("/tmp/gallery"))
    args = parser.parse_args(argv)
    args.output_dir.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory(prefix="facilitator-gallery-") as name:
        folder = Path(name)
        os.environ["HOME"] = str(folder)
        app = QApplication(sys.argv[:1])
        register_fallback_fonts()
        app.setApplicationName("Facilitator")
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, name)
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        db = open_database(folder / "facilitator.sqlite")
        load_demo(db)
        gallery = Gallery(db, settings, folder, args.output_dir)
        gallery.lists()
        gallery.main_window()
        gallery.dialogs()
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
