"""Issue #8's start and open-a-meeting work: what the first paint loads, one notes panel for
every ended meeting browsed, and columns sized from what they can hold."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fake_time import FakeClock
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView

from facilitator.record.notes import add_note, notes_of
from facilitator.record.run import MeetingRun
from facilitator.storage.database import Database
from facilitator.ui.main_window import MainWindow
from facilitator.ui.notes.notes_model import NotesTableModel
from facilitator.ui.planning.meeting_editor import MeetingEditor
from facilitator.ui.planning.meeting_list_model import MeetingListModel
from facilitator.vocabulary import MeetingStatus, NoteKind

ROOT = Path(__file__).resolve().parents[2]
LOADED_ON_FIRST_USE = (
    "icalendar",
    "facilitator.formats.calendar_file",
    "facilitator.ui.history.action_items_view",
    "facilitator.ui.history.disputes_view",
    "facilitator.ui.planning.new_meeting_dialog",
    "facilitator.ui.planning.people_dialog",
    "facilitator.ui.planning.templates_dialog",
    "facilitator.ui.console.console",
    "reportlab",
)


def end_meeting(db: Database, meeting_id: int, minutes: int, note: str) -> None:
    """Run a meeting for `minutes` on a fake clock with one note, and end it."""
    time = FakeClock()
    run = MeetingRun.open(db, meeting_id, time_source=time)
    run.start()
    add_note(db, meeting_id, run.meeting.items[0].id, NoteKind.NOTE, note, 30.0)
    time.now += minutes * 60
    run.end()


@pytest.fixture
def two_ended(new_weekly_meeting: Callable[..., int], db: Database) -> tuple[int, int]:
    first = new_weekly_meeting("First weekly", datetime(2026, 11, 2, 9, 0, tzinfo=UTC))
    second = new_weekly_meeting("Second weekly", datetime(2026, 11, 9, 9, 0, tzinfo=UTC))
    end_meeting(db, first, 10, "first's note")
    end_meeting(db, second, 20, "second's note")
    return first, second


def texts(db: Database, meeting_id: int) -> list[str]:
    return [note.text for note in notes_of(db, meeting_id)]


def test_the_first_paint_does_not_load_dialogs_windows_or_the_calendar() -> None:
    """A fresh interpreter, as at start: the main window's module leaves them for later."""
    code = (
        "import sys, facilitator.ui.app, facilitator.ui.main_window\n"
        f"print(sorted(m for m in {LOADED_ON_FIRST_USE!r} if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_browsing_ended_meetings_shows_each_ones_notes_in_one_panel(
    qtbot, show, db: Database, two_ended: tuple[int, int]
) -> None:
    first, second = two_ended
    editor = MeetingEditor(db)
    editor.set_meeting(first)
    show(editor)
    panel = editor.as_run.notes_panel
    assert panel is not None
    assert [panel.model.index(0, NotesTableModel.TEXT).data()] == ["first's note"]
    panel.note_input.setFocus()
    qtbot.keyClicks(panel.note_input, "afterthought")

    editor.set_meeting(second)
    assert editor.as_run.notes_panel is panel
    assert texts(db, first) == ["first's note", "afterthought"]
    assert panel.note_input.text() == ""
    assert not panel.undo_action.isEnabled()
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, NotesTableModel.TEXT).data() == "second's note"

    panel.note_input.setFocus()
    qtbot.keyClicks(panel.note_input, "! ship the deck")
    qtbot.keyClick(panel.note_input, Qt.Key.Key_Return)
    added = notes_of(db, second)[-1]
    assert (added.kind, added.text) == (NoteKind.DECISION, "ship the deck")
    assert added.offset_seconds == pytest.approx(20 * 60)
    assert texts(db, first) == ["first's note", "afterthought"]

    editor.set_meeting(first)
    assert editor.as_run.notes_panel is panel
    assert panel.model.rowCount() == 2


def test_a_planned_meeting_after_an_ended_one_drops_the_notes_panel(
    qtbot, db: Database, two_ended: tuple[int, int], new_weekly_meeting: Callable[..., int]
) -> None:
    planned = new_weekly_meeting("Next weekly", datetime(2026, 11, 30, 9, 0, tzinfo=UTC))
    editor = MeetingEditor(db)
    qtbot.addWidget(editor)
    editor.set_meeting(two_ended[0])
    editor.set_meeting(planned)
    assert editor.as_run.notes_panel is None
    editor.set_meeting(two_ended[1])
    assert editor.as_run.notes_panel is not None
    assert editor.as_run.notes_panel.model.rowCount() == 1


def fits(view: QTableView, column: int) -> bool:
    """Every text of the column shows whole, measured in bold as the widest a row can be."""
    bold = QFont(view.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    model = view.model()
    width = view.columnWidth(column)
    return all(
        metrics.horizontalAdvance(str(model.index(row, column).data())) < width
        for row in range(model.rowCount())
    )


def test_note_time_and_kind_columns_fit_every_kind_parked_or_not(
    qtbot, show, db: Database, two_ended: tuple[int, int]
) -> None:
    first = two_ended[0]
    for kind in NoteKind:
        add_note(db, first, None, kind, f"a {kind.label}", 5999.0)
    editor = MeetingEditor(db)
    editor.set_meeting(first)
    show(editor, active=True)
    panel = editor.as_run.notes_panel
    assert panel is not None
    view = panel.notes_view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    rect = view.visualRect(panel.model.index(0, NotesTableModel.TEXT))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    for _row in range(panel.model.rowCount()):
        qtbot.keyClick(view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert all(note.parked for note in notes_of(db, first))
    header = view.horizontalHeader()
    for column in (NotesTableModel.TIME, NotesTableModel.KIND):
        assert fits(view, column)
        assert header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive


def test_the_meeting_list_columns_fit_dates_kinds_and_statuses(
    qtbot, show, db: Database, settings: QSettings, new_weekly_meeting: Callable[..., int]
) -> None:
    start = datetime(2025, 12, 28, 23, 45, tzinfo=UTC)
    for week in range(12):
        new_weekly_meeting(f"Weekly {week}", start + timedelta(weeks=week))
    end_meeting(db, new_weekly_meeting("Ended", start - timedelta(weeks=1)), 10, "done")
    window = show(MainWindow(db, settings=settings))
    table = window.meeting_table
    for column in (MeetingListModel.DATE, MeetingListModel.KIND, MeetingListModel.STATUS):
        assert fits(table, column)
    model = table.model()
    statuses = {
        model.index(row, MeetingListModel.STATUS).data() for row in range(model.rowCount())
    }
    assert {MeetingStatus.ENDED.label, MeetingStatus.PLANNED.label} <= statuses


def test_the_meeting_list_sorts_titles_ignoring_case(
    qtbot, show, db: Database, settings: QSettings, new_weekly_meeting: Callable[..., int]
) -> None:
    for title in ("Beta review", "alpha review", "gamma review"):
        new_weekly_meeting(title)
    window = show(MainWindow(db, settings=settings))
    table = window.meeting_table
    header = table.horizontalHeader()
    title_at = QPoint(header.sectionViewportPosition(MeetingListModel.TITLE) + 5, 5)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=title_at)
    model = table.model()
    titles = [model.index(row, MeetingListModel.TITLE).data() for row in range(3)]
    assert titles in (
        ["alpha review", "Beta review", "gamma review"],
        ["gamma review", "Beta review", "alpha review"],
    )


def test_a_sort_keeps_the_meeting_selected_and_lasts_through_a_refresh(
    qtbot, show, db: Database, settings: QSettings, new_weekly_meeting: Callable[..., int]
) -> None:
    beta, _, _ = (new_weekly_meeting(t) for t in ("Beta review", "alpha review", "gamma review"))
    window = show(MainWindow(db, settings=settings))
    assert window.select_meeting(beta)
    table = window.meeting_table
    header = table.horizontalHeader()
    title_at = QPoint(header.sectionViewportPosition(MeetingListModel.TITLE) + 5, 5)
    model = table.model()

    def titles() -> list[str]:
        return [model.index(row, MeetingListModel.TITLE).data() for row in range(3)]

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=title_at)
    first = titles()
    assert sorted(first, key=str.casefold) in (first, first[::-1])
    assert window.current_meeting_id == beta
    assert table.currentIndex().data() is not None
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=title_at)
    assert titles() == first[::-1]
    assert window.current_meeting_id == beta
    assert model.index(table.currentIndex().row(), MeetingListModel.TITLE).data() == "Beta review"
    window.refresh()
    assert titles() == first[::-1]
    assert window.current_meeting_id == beta
