"""Small things a moderator meets at once (issue #15, point 9): Escape puts every secondary
window and the Find panel away, the meeting list and the search results read whole at
1366×768, a dispute found by search opens where it was raised, the Undo button stays short and
the presenter screen after the end says only that it ended and how long the meeting ran."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from meeting_builders import mark_held
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QTableView,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from facilitator import timesource
from facilitator.record.disputes import open_dispute
from facilitator.record.meetings import load_meeting
from facilitator.record.notes import add_note
from facilitator.record.search import SearchKind, match_spans, search
from facilitator.rules.clock import MeetingClock
from facilitator.storage.database import Database
from facilitator.storage.models import Meeting
from facilitator.ui.common import messages
from facilitator.ui.common.column_widths import CELL_PADDING
from facilitator.ui.common.tooltips import plain_tooltip
from facilitator.ui.common.undo_buttons import SHORT_TEXT_CHARS, undo_buttons
from facilitator.ui.history.marked_text import MARKED_ROLE, marked_html
from facilitator.ui.history.search_panel import DOCK_SHARE, SearchPanel
from facilitator.ui.main.meeting_list import TITLE_ROOM
from facilitator.ui.main_window import MainWindow
from facilitator.ui.planning.meeting_list_model import MeetingListModel
from facilitator.ui.presenter.presenter_window import PresenterWindow
from facilitator.vocabulary import DisputeCategory, MeetingKind, MeetingStatus, NoteKind, Team

Ctrl = Qt.KeyboardModifier.ControlModifier
CtrlShift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def main(show, db: Database, settings: QSettings, new_weekly_meeting) -> MainWindow:
    """The main window over one meeting that has ended (Send minutes needs one)."""
    held = new_weekly_meeting(scheduled_at=timesource.now() - timedelta(days=7))
    mark_held(db, held)
    return show(MainWindow(db, settings=settings), active=True)


def _the_new_window(qtbot: QtBot, opener: QWidget) -> QWidget:
    qtbot.waitUntil(lambda: QApplication.activeWindow() not in (None, opener))
    window = QApplication.activeWindow()
    assert window is not None
    return window


def _press_escape(qtbot: QtBot, window: QWidget) -> None:
    """Escape where the moderator's keyboard is: the focused widget of that window."""
    focus = QApplication.focusWidget()
    target = focus if focus is not None and focus.window() is window else window
    qtbot.keyClick(target, Qt.Key.Key_Escape)


def _keys(key: Qt.Key, modifiers: Qt.KeyboardModifier) -> Callable[[QtBot, QMainWindow], None]:
    return lambda qtbot, window: qtbot.keyClick(window, key, modifiers)


def _menu(action: str) -> Callable[[QtBot, QMainWindow], None]:
    return lambda _qtbot, window: getattr(window, action).trigger()


MAIN_WINDOW_OPENS: dict[str, Callable[[QtBot, QMainWindow], None]] = {
    "disputes": _keys(Qt.Key.Key_D, CtrlShift),
    "action items": _keys(Qt.Key.Key_A, CtrlShift),
    "people": _keys(Qt.Key.Key_P, CtrlShift),
    "templates": _keys(Qt.Key.Key_T, CtrlShift),
    "new meeting": _keys(Qt.Key.Key_N, Ctrl),
    "goals": _keys(Qt.Key.Key_G, CtrlShift),
    "trends": _keys(Qt.Key.Key_R, CtrlShift),
    "baseline": _keys(Qt.Key.Key_B, CtrlShift),
    "send minutes": _keys(Qt.Key.Key_M, CtrlShift),
    "mail settings": _menu("mail_settings_action"),
}


@pytest.mark.parametrize("opens", MAIN_WINDOW_OPENS.values(), ids=MAIN_WINDOW_OPENS.keys())
def test_escape_closes_each_window_the_main_window_opens(
    qtbot: QtBot, main: MainWindow, opens: Callable[[QtBot, QMainWindow], None]
) -> None:
    opens(qtbot, main)
    window = _the_new_window(qtbot, main)
    assert window.isVisible()
    _press_escape(qtbot, window)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert main.isVisible()


CONSOLE_OPENS: dict[str, Callable[[QtBot, QMainWindow], None]] = {
    "thresholds": _menu("thresholds_action"),
    "metrics": _keys(Qt.Key.Key_M, Ctrl),
    "new dispute": _menu("dispute_action"),
    "new action item": _menu("action_item_action"),
}


@pytest.mark.parametrize("opens", CONSOLE_OPENS.values(), ids=CONSOLE_OPENS.keys())
def test_escape_closes_each_window_the_console_opens(
    qtbot: QtBot, open_console, meeting_id: int, opens: Callable[[QtBot, QMainWindow], None]
) -> None:
    console = open_console(meeting_id)
    opens(qtbot, console)
    window = _the_new_window(qtbot, console)
    _press_escape(qtbot, window)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert console.isVisible()


def _note_in_the_held_meeting(db: Database, main: MainWindow, text: str) -> None:
    held = main.current_meeting_id
    assert held is not None
    add_note(db, held, None, NoteKind.NOTE, text, 60)


def _find(qtbot: QtBot, window: MainWindow, words: str = "") -> SearchPanel:
    """Ctrl+F in the main window; with words, types them in the Find field and waits for the
    one result."""
    qtbot.keyClick(window, Qt.Key.Key_F, Ctrl)
    panel = window.search_dock.panel
    qtbot.waitUntil(panel.field.hasFocus)
    if words:
        qtbot.keyClicks(panel.field, words)
        qtbot.waitUntil(lambda: len(panel.hits()) == 1)
    return panel


def test_escape_puts_the_find_panel_away_from_its_field_and_from_its_results(
    qtbot: QtBot, db: Database, main: MainWindow
) -> None:
    _note_in_the_held_meeting(db, main, "Open question on lead routing")
    dock = main.search_dock
    _find(qtbot, main)
    qtbot.keyClick(dock.panel.field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dock.isVisible())

    _find(qtbot, main, "routing")
    qtbot.keyClick(dock.panel.field, Qt.Key.Key_Down)
    assert dock.panel.results.hasFocus()
    qtbot.keyClick(dock.panel.results, Qt.Key.Key_Escape)  # back to the field first
    assert dock.isVisible() and dock.panel.field.hasFocus()
    qtbot.keyClick(dock.panel.field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dock.isVisible())


# --- the presenter screen after the end ----------------------------------------------------


def test_the_presenter_screen_after_the_end_says_ended_and_how_long_it_ran(
    qtbot: QtBot, db: Database, meeting_id: int
) -> None:
    window = PresenterWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    meeting = load_meeting(db, meeting_id)
    clock = MeetingClock(planned=[60, 60, 60, 60, 60], cap_seconds=300)
    clock = clock.apply(clock.start(0.0))
    window.show_message("Back in five")
    window.show_state(meeting, clock.state(90.0))  # the first item overran by half a minute
    assert window.is_pulsing
    clock = clock.apply(clock.pause(100.0))
    clock = clock.apply(clock.resume(160.0))  # a pause counts: the room sat through it
    clock = clock.apply(clock.end(2052.0))
    window.show_state(meeting, clock.state(2100.0))

    shown = [label.text() for label in _visible_labels(window)]
    assert shown == ["ENDED", "Ran 34:12"]
    assert window.clock_label.text() == "ENDED"
    assert not window.progress.isVisible()
    assert not window.is_pulsing
    assert window.background_colour.name() == "#000000"


def _visible_labels(window: QWidget) -> list[Any]:
    from PySide6.QtWidgets import QLabel

    return [
        label
        for label in window.findChildren(QLabel)
        if label.isVisible() and label.text().strip()
    ]


# --- the meeting list at 1366×768 ----------------------------------------------------------

LONG_TITLE = "Weekly smarketing, week 48: the pipeline"


def test_the_meeting_list_shows_a_long_title_whole_and_the_kind_only_once(
    qtbot: QtBot, show, db: Database, settings: QSettings, new_weekly_meeting
) -> None:
    new_weekly_meeting(LONG_TITLE)
    new_weekly_meeting("Weekly smarketing meeting", timesource.now() + timedelta(days=1))
    window = show(MainWindow(db, settings=settings), active=True)
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)

    table = window.meeting_table
    model = table.model()
    rows = {model.index(row, MeetingListModel.TITLE).data(): row for row in range(2)}
    title = model.index(rows[LONG_TITLE], MeetingListModel.TITLE)
    assert title.data() == LONG_TITLE
    assert title.data(Qt.ItemDataRole.ToolTipRole) == plain_tooltip(LONG_TITLE)
    assert table.columnWidth(MeetingListModel.TITLE) >= _text_width(table, LONG_TITLE)

    kind = model.index(rows[LONG_TITLE], MeetingListModel.KIND)
    assert kind.data() == ""  # the title says "Weekly smarketing" already
    assert kind.data(Qt.ItemDataRole.ToolTipRole) == MeetingKind.WEEKLY.label
    assert table.isColumnHidden(MeetingListModel.KIND)  # no title needs it: no empty column

    qtbot.keyClick(window, Qt.Key.Key_F, Ctrl)  # the Find panel docks beside the list
    qtbot.waitUntil(window.search_dock.isVisible)
    qtbot.waitUntil(lambda: window.search_dock.width() <= round(1366 * DOCK_SHARE))
    assert table.columnWidth(MeetingListModel.TITLE) >= _text_width(table, TITLE_ROOM)


def _text_width(table: QTableView, text: str) -> int:
    return table.fontMetrics().horizontalAdvance(text) + CELL_PADDING


def test_a_title_without_its_kind_shows_the_kind_and_the_filter_finds_both(
    qtbot: QtBot, show, db: Database, settings: QSettings, new_weekly_meeting
) -> None:
    new_weekly_meeting(LONG_TITLE)
    new_weekly_meeting("Pipeline review", timesource.now() + timedelta(days=1))
    window = show(MainWindow(db, settings=settings))
    model = window.meeting_table.model()
    kinds = {
        model.index(row, MeetingListModel.TITLE).data(): model.index(
            row, MeetingListModel.KIND
        ).data()
        for row in range(2)
    }
    assert kinds == {LONG_TITLE: "", "Pipeline review": MeetingKind.WEEKLY.label}
    assert not window.meeting_table.isColumnHidden(MeetingListModel.KIND)
    box = window.filter_bar.kind_box
    box.setCurrentIndex(box.findText(MeetingKind.WEEKLY.label))
    assert window.meeting_table.model().rowCount() == 2
    box.setCurrentIndex(box.findText(MeetingKind.CAMPAIGN.label))
    assert window.meeting_table.model().rowCount() == 0


# --- search: the match marked, a dispute opened where it was raised --------------------------


def test_a_result_marks_what_matched_and_shows_user_markup_as_typed(
    qtbot: QtBot, db: Database, main: MainWindow
) -> None:
    _note_in_the_held_meeting(db, main, "Webinar leads doubled <b>again</b>")
    panel = _find(qtbot, main, "webin")

    found = panel.results.model().index(0, 2)
    assert found.data() == "Webinar leads doubled <b>again</b>"
    assert found.data(MARKED_ROLE) == "<b>Webinar</b> leads doubled &lt;b&gt;again&lt;/b&gt;"
    assert not panel.results.grab().isNull()  # the marked text is drawn


def test_marks_ignore_case_and_accents_and_join_where_terms_overlap() -> None:
    assert match_spans("José met jose", ["jose"]) == ((0, 4), (9, 13))
    assert match_spans("leadership", ["ader"]) == ((2, 6),)  # inside a word: just that
    assert match_spans("Webinar leads", ["webin", "lead"]) == ((0, 7), (8, 13))
    assert match_spans("提高MQL目标", ["目标"]) == ((5, 7),)
    assert match_spans("nothing here", ["zz"]) == ()
    assert marked_html("a<b", [(1, 2)]) == "a<b>&lt;</b>b"


def test_a_dispute_found_by_search_opens_at_the_item_it_was_raised_under(
    qtbot: QtBot,
    db: Database,
    show,
    settings: QSettings,
    new_weekly_meeting,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(messages, "ask", lambda *_args: QMessageBox.StandardButton.No)
    now = timesource.now()
    running = new_weekly_meeting(scheduled_at=now - timedelta(minutes=10))
    with db.write() as session:  # ten minutes in: the first item ran, the second runs now
        meeting = session.get(Meeting, running)
        assert meeting is not None
        meeting.status = MeetingStatus.RUNNING
        meeting.started_at = now - timedelta(minutes=10)
        first, second = meeting.items[0], meeting.items[1]
        first.actual_start = now - timedelta(minutes=10)
        first.actual_end = second.actual_start = now - timedelta(minutes=4)
        raised_under = second.id
    open_dispute(
        db,
        running,
        title="Webinar leads are students",
        category=DisputeCategory.LEAD_QUALITY,
        raised_by_team=Team.SALES,
    )
    window = show(MainWindow(db, settings=settings), active=True)
    panel = _find(qtbot, window, "students")
    assert panel.hits()[0].item_id == raised_under

    editor = window.editor
    table = editor.as_run.agenda_table

    def selected() -> list[int]:
        assert editor.meeting is not None
        rows = table.selectionModel().selectedRows()
        return [editor.meeting.items[index.row()].id for index in rows]

    assert selected() != [raised_under]
    qtbot.keyClick(panel.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: selected() == [raised_under])
    assert editor.meeting_id == running


def test_a_dispute_made_from_a_note_is_found_at_the_notes_item(
    db: Database, new_weekly_meeting
) -> None:
    meeting_id = new_weekly_meeting()
    under = load_meeting(db, meeting_id).items[2].id
    note = add_note(db, meeting_id, under, NoteKind.NOTE, "Routing rules disagree", 60)
    open_dispute(
        db,
        meeting_id,
        title="Who owns the routing rules",
        category=DisputeCategory.LEAD_QUALITY,
        raised_by_team=Team.MARKETING,
        note_id=note,
    )
    (hit,) = [hit for hit in search(db, "owns routing") if hit.kind is SearchKind.DISPUTE]
    assert hit.item_id == under


# --- the Undo button ---------------------------------------------------------------------


class _LongEdit(QUndoCommand):
    def __init__(self) -> None:
        super().__init__("Change presenter of 'Marketing update: SLA status and the webinar'")


def test_the_undo_button_is_short_and_keeps_redo_in_view(qtbot: QtBot, show) -> None:
    owner = QWidget()
    stack = QUndoStack(owner)
    undo, redo = undo_buttons(stack, owner)
    row = QHBoxLayout(owner)
    for button in (undo, redo):
        row.addWidget(button)
    row.addStretch(1)
    owner.resize(320, 60)
    show(owner)
    stack.push(_LongEdit())
    stack.push(_LongEdit())
    stack.undo()
    qtbot.waitUntil(lambda: undo.isVisible() and redo.isVisible())

    whole = "Undo Change presenter of 'Marketing update: SLA status and the webinar'"
    assert undo.defaultAction().iconText() == whole
    assert len(undo.text()) <= SHORT_TEXT_CHARS and undo.text().endswith("…")
    assert undo.toolTip() == plain_tooltip(whole)
    assert redo.geometry().right() <= owner.width()
    stack.undo()
    qtbot.waitUntil(lambda: not undo.isVisible())  # nothing left to undo: no button


def test_the_agendas_undo_button_is_short_too(
    qtbot: QtBot, show, db: Database, meeting_id: int
) -> None:
    from facilitator.ui.planning.agenda_editor import AgendaEditor

    editor = show(AgendaEditor())
    meeting = load_meeting(db, meeting_id)
    editor.set_plan(meeting.plan(), [])
    editor.undo_stack.push(_LongEdit())
    button = editor.toolbar.widgetForAction(editor.undo_action)
    assert isinstance(button, QToolButton)
    qtbot.waitUntil(lambda: button.text().endswith("…"))
    assert len(button.text()) <= SHORT_TEXT_CHARS
