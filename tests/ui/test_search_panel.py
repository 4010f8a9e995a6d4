"""Searching from the main window as the moderator does: Ctrl+F, type, Enter or double-click,
and the meeting opens at the item the result belongs to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from meeting_builders import mark_held
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QTableView

from facilitator import timesource
from facilitator.record.action_items import add_action_item
from facilitator.record.disputes import open_dispute
from facilitator.record.meetings import create_meeting, load_meeting
from facilitator.record.notes import add_note
from facilitator.record.search import DEFAULT_LIMIT, MAX_QUERY_LENGTH
from facilitator.record.templates import builtin_template
from facilitator.storage.database import Database
from facilitator.ui.history.search_panel import HINT, SearchPanel
from facilitator.ui.main_window import MainWindow
from facilitator.vocabulary import (
    DisputeCategory,
    ItemKind,
    MeetingStatus,
    NoteKind,
    Team,
)

WEEKLY = builtin_template("weekly").plan


pytestmark = pytest.mark.usefixtures("app_settings_folder")


@dataclass(frozen=True)
class History:
    next_week: int
    later: int
    past: int
    note_item: int
    dispute_item: int
    action_item: int


def _item_of_kind(db: Database, meeting_id: int, kind: ItemKind) -> int:
    return next(item.id for item in load_meeting(db, meeting_id).items if item.kind is kind)


@pytest.fixture
def history(db: Database) -> History:
    now = timesource.now().replace(microsecond=0)

    def meeting(title: str, days: int) -> int:
        return create_meeting(db, WEEKLY, title=title, scheduled_at=now + timedelta(days=days))

    next_week = meeting("Next weekly", 7)
    later = meeting("Weekly after that", 14)
    past = meeting("Last weekly", -7)
    mark_held(db, past)
    marketing = load_meeting(db, later).items[1].id
    add_note(db, later, marketing, NoteKind.NOTE, "Webinar leads doubled <b>again</b>", 60)
    open_dispute(
        db,
        past,
        title="Lead scoring threshold too low",
        category=DisputeCategory.LEAD_QUALITY,
        raised_by_team=Team.SALES,
    )
    add_action_item(db, past, text="Send the pricing deck to field sales")
    return History(
        next_week=next_week,
        later=later,
        past=past,
        note_item=marketing,
        dispute_item=_item_of_kind(db, past, ItemKind.DISPUTES),
        action_item=_item_of_kind(db, past, ItemKind.WRAP_UP),
    )


@pytest.fixture
def window(show, db: Database, history: History, settings: QSettings) -> MainWindow:
    """The main window over the history (made first, as the app finds it at start)."""
    return show(MainWindow(db, settings=settings))


def press_find(qtbot, window: MainWindow) -> SearchPanel:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    panel = window.search_dock.panel
    qtbot.waitUntil(panel.field.hasFocus)
    return panel


def type_query(qtbot, panel: SearchPanel, text: str) -> None:
    qtbot.keyClicks(panel.field, text)
    qtbot.waitUntil(lambda: not panel.is_waiting())


def find_one(qtbot, window: MainWindow, text: str) -> SearchPanel:
    """Ctrl+F, the query typed, and the one hit it finds listed."""
    panel = press_find(qtbot, window)
    type_query(qtbot, panel, text)
    qtbot.waitUntil(lambda: len(panel.hits()) == 1)
    return panel


def selected_item(window: MainWindow, table: QTableView) -> int:
    rows = table.selectionModel().selectedRows()
    assert len(rows) == 1
    meeting = window.editor.meeting
    assert meeting is not None
    return meeting.items[rows[0].row()].id


def cell_texts(panel: SearchPanel, row: int) -> list[str]:
    model = panel.results.model()
    return [model.index(row, column).data() for column in range(model.columnCount())]


def test_ctrl_f_shows_the_search_field_with_a_hint(qtbot, window: MainWindow) -> None:
    assert not window.search_dock.isVisible()
    panel = press_find(qtbot, window)
    assert window.search_dock.isVisible()
    assert panel.message_label.text() == HINT
    assert window.find_action.shortcut().toString() == "Ctrl+F"


def test_enter_opens_a_note_at_its_agenda_item(qtbot, window: MainWindow, history: History) -> None:
    assert window.editor.meeting_id == history.next_week
    panel = find_one(qtbot, window, "webin")
    kind, meeting, found = cell_texts(panel, 0)
    assert kind == "Note"
    assert meeting.endswith("· Weekly after that")
    assert found == "Webinar leads doubled <b>again</b>"
    assert panel.message_label.text() == "1 result"

    with qtbot.waitSignal(window.meeting_selected, timeout=3000):
        qtbot.keyClick(panel.field, Qt.Key.Key_Return)

    assert window.current_meeting_id == history.later
    assert window.editor.meeting_id == history.later
    editor = window.editor
    assert editor.tabs.currentIndex() == editor.agenda_tab
    assert selected_item(window, editor.agenda.view) == history.note_item


def test_a_dispute_opens_its_ended_meeting_at_the_disputes_item_as_run(
    qtbot, window: MainWindow, history: History
) -> None:
    panel = find_one(qtbot, window, "scoring thresh")
    assert cell_texts(panel, 0)[0] == "Dispute"

    qtbot.keyClick(panel.field, Qt.Key.Key_Down)
    qtbot.waitUntil(panel.results.hasFocus)
    with qtbot.waitSignal(window.meeting_selected, timeout=3000):
        qtbot.keyClick(panel.results, Qt.Key.Key_Return)

    editor = window.editor
    assert editor.meeting_id == history.past
    assert editor.tabs.currentIndex() == editor.as_run_tab
    assert selected_item(window, editor.as_run.agenda_table) == history.dispute_item


def test_double_click_opens_an_action_item_at_the_wrap_up(
    qtbot, window: MainWindow, history: History
) -> None:
    panel = find_one(qtbot, window, "pricing deck")
    assert cell_texts(panel, 0)[0] == "Action item"

    results = panel.results
    centre = results.visualRect(results.model().index(0, 2)).center()
    # A real double-click is a click and then a second press the system reports as double.
    qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    with qtbot.waitSignal(window.meeting_selected, timeout=3000):
        qtbot.mouseDClick(results.viewport(), Qt.MouseButton.LeftButton, pos=centre)

    editor = window.editor
    assert editor.meeting_id == history.past
    assert selected_item(window, editor.as_run.agenda_table) == history.action_item


def test_nothing_found_and_a_refused_query_say_so_in_plain_text(qtbot, window: MainWindow) -> None:
    panel = press_find(qtbot, window)
    assert panel.message_label.textFormat() == Qt.TextFormat.PlainText
    type_query(qtbot, panel, "<i>zebra</i>")
    assert panel.hits() == []
    assert panel.message_label.text() == "Nothing found for “<i>zebra</i>”."

    panel.field.selectAll()
    type_query(qtbot, panel, "x" * (MAX_QUERY_LENGTH + 1))
    assert panel.hits() == []
    refused = f"Search for at most {MAX_QUERY_LENGTH:,} characters at once."
    assert panel.message_label.text() == refused
    assert len(panel.field.text()) == MAX_QUERY_LENGTH + 1

    panel.field.selectAll()
    qtbot.keyClick(panel.field, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: not panel.is_waiting())
    assert panel.message_label.text() == HINT


def test_a_result_the_list_filter_hides_still_opens_and_the_filter_clears(
    qtbot, window: MainWindow, history: History
) -> None:
    status = window.filter_bar.status_box
    status.setCurrentIndex(status.findData(MeetingStatus.PLANNED.value))
    assert window.meeting_table.model().rowCount() == 2

    panel = find_one(qtbot, window, "pricing")
    with qtbot.waitSignal(window.meeting_selected, timeout=3000):
        qtbot.keyClick(panel.field, Qt.Key.Key_Return)

    assert window.editor.meeting_id == history.past
    assert window.meeting_table.model().rowCount() == 3
    assert status.currentIndex() == 0


def test_the_search_dock_is_where_it_was_left_in_the_next_window(
    qtbot, show, window: MainWindow, db: Database, tmp_path: Path
) -> None:
    press_find(qtbot, window)
    window.close()

    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    again = show(MainWindow(db, settings=settings))
    assert again.search_dock.isVisible()


def test_a_long_list_says_only_the_first_results_are_shown(
    qtbot, window: MainWindow, db: Database, history: History
) -> None:
    for number in range(DEFAULT_LIMIT + 5):
        add_note(db, history.later, history.note_item, NoteKind.NOTE, f"Budget line {number}", 1)
    panel = press_find(qtbot, window)
    type_query(qtbot, panel, "budget")
    assert len(panel.hits()) == DEFAULT_LIMIT
    assert panel.message_label.text() == (
        f"The first {DEFAULT_LIMIT} results; add a word to narrow them down."
    )
