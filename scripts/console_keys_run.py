"""A scripted run of the console with real key presses and clicks on an X server (issue #15,
points 1 and 2): xdotool sends them through the server, as a keyboard and a mouse would, not
through Qt's test events. It ticks a carried action item with a click on its box, types a
sentence and Enter, then starts the meeting, types half a note, goes Home and presses Ctrl+E.

It prints what the record holds after each step and fails when typing ticked anything, the
sentence is not one note, or Ctrl+E did not ask and end the meeting with the note field
untouched; the console after the typed sentence is saved as docs/console-typed-after-tick.png.
Run it under Xvfb with xdotool installed:
`FACILITATOR_NOW=2026-12-03T09:00:00Z QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24"
python3 scripts/console_keys_run.py`.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QMessageBox,
    QStyle,
    QStyleOptionViewItem,
)

from facilitator.record.action_items import add_action_item, get_action_item  # noqa: E402
from facilitator.record.next_meeting import create_next_meeting  # noqa: E402
from facilitator.record.notes import notes_of  # noqa: E402
from facilitator.record.templates import builtin_template  # noqa: E402
from facilitator.rules.schedule import create_series  # noqa: E402
from facilitator.storage.database import Database, open_database  # noqa: E402
from facilitator.storage.models import Meeting  # noqa: E402
from facilitator.ui.console.console import ConsoleWindow  # noqa: E402
from facilitator.vocabulary import ActionStatus, Frequency, MeetingKind, MeetingStatus  # noqa: E402

SHOT = ROOT / "docs" / "console-typed-after-tick.png"
SENTENCE = "Sales will call every webinar lead within a day"
HALF = "half a thought"
ITEMS = (
    "Fix UTM tags",
    "Send the pricing deck",
    "Book the webinar room",
    "Update lead scoring",
    "Share the SLA dashboard",
    "Call back Acme",
)


def carried_meeting(db: Database) -> tuple[int, list[int]]:
    """The second meeting of a series, this week, with six open action items carried in."""
    series = create_series(db, "Weekly", MeetingKind.WEEKLY, Frequency.WEEKLY)
    first_at = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)

    def meeting(weeks: int) -> int:
        return create_next_meeting(
            db,
            builtin_template("weekly").plan,
            title=f"Weekly smarketing {weeks + 1}",
            scheduled_at=first_at + timedelta(weeks=weeks),
            series_id=series,
        ).meeting_id

    first = meeting(0)
    ids = [add_action_item(db, first, text=text, due_date=date(2026, 12, 10)) for text in ITEMS]
    with db.write() as session:
        row = session.get(Meeting, first)
        assert row is not None
        row.status = MeetingStatus.ENDED
    return meeting(1), ids


def xdotool(*args: str) -> None:
    subprocess.run(["xdotool", *args], check=True)


class Run:
    """The steps, each after the one before has been handled by the event loop."""

    def __init__(self, console: ConsoleWindow, db: Database, ids: list[int]) -> None:
        self.console, self.db, self.ids = console, db, ids
        self.problems: list[str] = []

    def later(self, ms: int, step: Callable[[], None]) -> None:
        QTimer.singleShot(ms, step)

    def click_the_first_box(self) -> None:
        carried = self.console.review_panel.actions_list
        option = QStyleOptionViewItem()
        option.rect = carried.visualItemRect(carried.item(0))
        option.features = QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        style = carried.style()
        box = style.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option)
        where = carried.viewport().mapToGlobal(box.center())
        xdotool("mousemove", str(where.x()), str(where.y()))
        xdotool("click", "1")
        self.later(600, self.type_a_sentence)

    def type_a_sentence(self) -> None:
        print(f"ticked by a click: {self.console.status_text()}")
        xdotool("type", "--delay", "15", SENTENCE)
        xdotool("key", "Return")
        self.later(800, self.check_the_record)

    def check_the_record(self) -> None:
        statuses = [get_action_item(self.db, i).status for i in self.ids]
        notes = [note.text for note in notes_of(self.db, self.console.run.meeting_id)]
        print(f"action items: {[status.value for status in statuses]}")
        print(f"notes: {notes}")
        if statuses.count(ActionStatus.DONE) != 1 or notes != [SENTENCE]:
            self.problems.append("typing after a tick changed the record")
        self.console.grab().save(str(SHOT))
        xdotool("key", "ctrl+space")
        xdotool("type", "--delay", "15", HALF)
        xdotool("key", "Home")
        xdotool("key", "ctrl+e")
        self.later(1000, self.answer_yes)

    def answer_yes(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            self.problems.append("Ctrl+E in the note field did not ask")
            QApplication.quit()
            return
        print(f"Ctrl+E asked: {box.text()}")
        button = box.button(QMessageBox.StandardButton.Yes)
        assert button is not None
        button.click()
        self.later(800, self.check_the_end)

    def check_the_end(self) -> None:
        field = self.console.note_input
        print(f"ended: {self.console.run.state().ended}; note field: {field.text()!r}")
        if not self.console.run.state().ended or field.text() != HALF or field.cursorPosition():
            self.problems.append("Ctrl+E did not end the meeting or moved the cursor")
        QApplication.quit()


def main() -> int:
    app = QApplication(sys.argv)
    folder = Path(tempfile.mkdtemp())
    db = open_database(folder / "facilitator.sqlite")
    meeting_id, ids = carried_meeting(db)
    settings = QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)
    console = ConsoleWindow(db, meeting_id, settings=settings)
    console.resize(1366, 740)
    console.show()
    console.activateWindow()
    run = Run(console, db, ids)
    run.later(1500, run.click_the_first_box)
    app.exec()
    db.close()
    for problem in run.problems:
        print(f"PROBLEM: {problem}")
    return 1 if run.problems else 0


if __name__ == "__main__":
    sys.exit(main())
