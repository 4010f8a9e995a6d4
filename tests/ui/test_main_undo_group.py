"""One undo stack per window (issue #14, point 1) in the main window: its panes' stacks (agenda,
attendance, the as-run notes) form one QUndoGroup whose active stack is the tab shown, shown as
Edit ▸ Undo / Redo with the command's text, on Ctrl+Z / Ctrl+Shift+Z."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from fake_time import FakeClock
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QMenu
from pytestqt.qtbot import QtBot

from facilitator.record.notes import add_note, notes_of
from facilitator.record.run import MeetingRun
from facilitator.storage.database import Database
from facilitator.ui.main_window import MainWindow
from facilitator.ui.notes.notes_model import NotesTableModel
from facilitator.ui.notes.notes_panel import NotesPanel
from facilitator.vocabulary import NoteKind

CTRL = Qt.KeyboardModifier.ControlModifier
EARLIER = datetime(2026, 11, 20, 16, 30, tzinfo=UTC)


@pytest.fixture
def ended_meeting(db: Database, new_weekly_meeting: Callable[..., int]) -> int:
    """A weekly meeting run for five minutes with two notes, then ended."""
    meeting_id = new_weekly_meeting("Weekly smarketing", EARLIER)
    time = FakeClock()
    run = MeetingRun.open(db, meeting_id, time_source=time)
    run.start()
    item = run.meeting.items[0].id
    add_note(db, meeting_id, item, NoteKind.NOTE, "MQLs on pace for 363", 60.0)
    add_note(db, meeting_id, item, NoteKind.DECISION, "Webinar moves to March", 120.0)
    time.now += 300
    run.end()
    return meeting_id


@pytest.fixture
def window(show, db: Database, settings: QSettings, ended_meeting: int) -> MainWindow:
    """The main window on the ended meeting, its As run tab in front, taking the keyboard."""
    window = show(MainWindow(db, settings=settings), active=True)
    assert window.select_meeting(ended_meeting)
    assert window.editor.tabs.currentWidget() is window.editor.as_run
    return window


def edit_menu(window: MainWindow) -> QMenu:
    for action in window.menuBar().actions():
        if action.text() == "&Edit":
            menu = action.menu()
            assert isinstance(menu, QMenu)
            return menu
    raise AssertionError("no Edit menu")


def shown(action: QAction) -> str:
    """An action's text as its menu shows it, without the & that marks its mnemonic."""
    return action.text().replace("&", "")


def edit_entry(window: MainWindow, name: str) -> QAction:
    """Edit ▸ Undo … or Edit ▸ Redo …, whatever the command's text after the word."""
    for action in edit_menu(window).actions():
        if shown(action).startswith(name):
            return action
    raise AssertionError(f"no {name} in the Edit menu")


def notes_pane(window: MainWindow) -> NotesPanel:
    panel = window.editor.as_run.notes_panel
    assert panel is not None
    return panel


def select_note(qtbot: QtBot, panel: NotesPanel, row: int) -> None:
    view = panel.notes_view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    rect = view.visualRect(panel.model.index(row, NotesTableModel.TEXT))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.currentIndex().row() == row


def texts(db: Database, meeting_id: int) -> list[str]:
    return [note.text for note in notes_of(db, meeting_id)]


def test_edit_undo_in_the_main_window_undoes_an_as_run_note_edit(
    qtbot: QtBot, window: MainWindow, db: Database, ended_meeting: int
) -> None:
    panel = notes_pane(window)
    select_note(qtbot, panel, 0)
    qtbot.keyClick(panel.notes_view, Qt.Key.Key_F2)
    line = panel.notes_view.findChild(QLineEdit, "noteEditor")
    assert line is not None
    line.selectAll()
    qtbot.keyClicks(line, "MQLs on pace for 380")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: texts(db, ended_meeting)[0] == "MQLs on pace for 380")

    undo = edit_entry(window, "Undo")
    assert undo is window.editor.tabs.undo_action
    assert undo.isEnabled()
    assert shown(undo) == "Undo note"
    undo.trigger()
    assert texts(db, ended_meeting) == ["MQLs on pace for 363", "Webinar moves to March"]
    redo = edit_entry(window, "Redo")
    assert shown(redo) == "Redo note"
    redo.trigger()
    assert texts(db, ended_meeting)[0] == "MQLs on pace for 380"


def test_ctrl_z_undoes_a_deleted_and_a_parked_note_from_the_as_run_tab(
    qtbot: QtBot, window: MainWindow, db: Database, ended_meeting: int
) -> None:
    panel = notes_pane(window)
    select_note(qtbot, panel, 1)
    qtbot.keyClick(panel.notes_view, Qt.Key.Key_Delete)
    assert texts(db, ended_meeting) == ["MQLs on pace for 363"]
    assert shown(edit_entry(window, "Undo")) == "Undo note"

    select_note(qtbot, panel, 0)
    qtbot.keyClick(panel.notes_view, Qt.Key.Key_P, CTRL)
    assert [note.parked for note in notes_of(db, ended_meeting)] == [True]
    assert shown(edit_entry(window, "Undo")) == "Undo note"

    qtbot.keyClick(panel.notes_view, Qt.Key.Key_Z, CTRL)
    assert [note.parked for note in notes_of(db, ended_meeting)] == [False]
    qtbot.keyClick(panel.notes_view, Qt.Key.Key_Z, CTRL)
    assert texts(db, ended_meeting) == ["MQLs on pace for 363", "Webinar moves to March"]
    qtbot.keyClick(panel.notes_view, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert texts(db, ended_meeting) == ["MQLs on pace for 363"]


def test_the_edit_menu_follows_the_tab_shown(
    qtbot: QtBot, window: MainWindow, db: Database, ended_meeting: int
) -> None:
    panel = notes_pane(window)
    select_note(qtbot, panel, 1)
    qtbot.keyClick(panel.notes_view, Qt.Key.Key_Delete)
    tabs = window.editor.tabs
    assert tabs.undo_group.activeStack() is window.editor.as_run.undo_stack

    tab_bar = tabs.tabBar()
    click = Qt.MouseButton.LeftButton
    qtbot.mouseClick(tab_bar, click, pos=tab_bar.tabRect(tabs.agenda_tab).center())
    assert tabs.undo_group.activeStack() is tabs.agenda.undo_stack
    assert not edit_entry(window, "Undo").isEnabled()  # an ended meeting's plan takes no edits

    qtbot.mouseClick(tab_bar, click, pos=tab_bar.tabRect(tabs.as_run_tab).center())
    undo = edit_entry(window, "Undo")
    assert undo.isEnabled() and shown(undo) == "Undo note"
    undo.trigger()
    assert texts(db, ended_meeting) == ["MQLs on pace for 363", "Webinar moves to March"]


def test_another_meeting_shown_starts_the_notes_undo_afresh(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    ended_meeting: int,
    new_weekly_meeting: Callable[..., int],
) -> None:
    panel = notes_pane(window)
    select_note(qtbot, panel, 1)
    qtbot.keyClick(panel.notes_view, Qt.Key.Key_Delete)
    planned = new_weekly_meeting("Next week")
    window.refresh()
    assert window.select_meeting(planned)
    assert window.editor.as_run.notes_panel is None
    assert window.editor.as_run.undo_stack.count() == 0
    assert window.select_meeting(ended_meeting)
    assert not edit_entry(window, "Undo").isEnabled()
    assert texts(db, ended_meeting) == ["MQLs on pace for 363"]
