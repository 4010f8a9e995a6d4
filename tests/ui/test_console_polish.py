"""The console as a moderator meets it: where the cursor starts, the clicker's keys wherever
they are pressed, a disk that refuses a save, and every key listed."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta

import pytest
from meeting_builders import MONDAY
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit
from review_keys import ctrl_enter_on, focus_row
from sqlalchemy.orm import Session

from facilitator.measures.metrics import meeting_rows
from facilitator.record.action_items import get_action_item
from facilitator.record.disputes import list_disputes
from facilitator.record.notes import notes_of
from facilitator.storage.database import Database
from facilitator.storage.write_errors import SaveRefused
from facilitator.ui.common import messages
from facilitator.ui.console.console import CONSOLE_SHORTCUTS, SHORTCUTS_TEXT, ConsoleWindow
from facilitator.ui.main_window import MainWindow
from facilitator.ui.metrics.metrics_grid import MetricsGrid
from facilitator.vocabulary import ActionStatus, Settlement

CONTROL = Qt.KeyboardModifier.ControlModifier
FULL = "The disk holding facilitator.sqlite is full, so this change was not saved."


class Disk:
    """Makes every write of one database refused, as a full disk would, until told otherwise."""

    def __init__(self, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
        self.full = False
        real = db.write

        @contextmanager
        def write() -> Iterator[Session]:
            if self.full:
                raise SaveRefused(FULL)
            with real() as session:
                yield session

        monkeypatch.setattr(db, "write", write)


@pytest.fixture
def disk(db: Database, monkeypatch: pytest.MonkeyPatch) -> Disk:
    return Disk(db, monkeypatch)


@pytest.fixture
def carried(carried_meeting) -> dict[str, int]:
    """A second meeting of a series with an action item and a dispute carried into it."""
    return carried_meeting(
        actions={"action": ("Fix UTM tags", date(2026, 12, 1))},
        disputes={"dispute": "MQL threshold"},
    )


@pytest.fixture
def console(open_console, carried: dict[str, int]) -> ConsoleWindow:
    # run on its day: starting asks nothing
    return open_console(carried["meeting"], wall=lambda: MONDAY + timedelta(weeks=1))


def _start(qtbot, console: ConsoleWindow) -> None:
    qtbot.keyClick(console.note_input, Qt.Key.Key_Space, CONTROL)
    assert console.run.state().running


def test_the_cursor_starts_in_the_note_input(qtbot, console: ConsoleWindow) -> None:
    assert console.review_panel.actions_list.count() == 1
    qtbot.waitUntil(lambda: console.note_input.hasFocus())
    qtbot.keyClicks(console.focusWidget(), "first words")
    assert console.note_input.text() == "first words"


def test_the_clicker_moves_the_item_from_the_notes_and_review_lists(
    qtbot, console: ConsoleWindow
) -> None:
    _start(qtbot, console)
    qtbot.keyClicks(console.note_input, "A note to select")
    qtbot.keyClick(console.note_input, Qt.Key.Key_Return)
    lists = (
        console.notes_list,
        console.review_panel.actions_list,
        console.review_panel.disputes_list,
    )
    for widget in lists:
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        qtbot.keyClick(widget, Qt.Key.Key_PageDown)
        assert console.run.state().current_index == 1, widget.objectName()
        qtbot.keyClick(widget, Qt.Key.Key_PageUp)
        assert console.run.state().current_index == 0, widget.objectName()


def test_the_clicker_keys_stay_with_a_text_field(qtbot, console: ConsoleWindow) -> None:
    _start(qtbot, console)
    qtbot.keyClick(console.note_input, Qt.Key.Key_PageDown)
    qtbot.keyClick(console.message_input, Qt.Key.Key_PageDown)
    assert console.run.state().current_index == 0


def test_a_refused_note_stays_in_the_input_with_the_reason(
    qtbot, db: Database, console: ConsoleWindow, carried: dict[str, int], disk: Disk
) -> None:
    disk.full = True
    qtbot.keyClicks(console.note_input, "! Sales calls every MQL within a day")
    qtbot.keyClick(console.note_input, Qt.Key.Key_Return)
    assert console.note_error.text() == FULL
    assert console.note_input.text() == "! Sales calls every MQL within a day"
    assert notes_of(db, carried["meeting"]) == []
    assert not console.notes_panel.undo_action.isEnabled()

    disk.full = False
    qtbot.keyClick(console.note_input, Qt.Key.Key_Return)
    assert [note.text for note in notes_of(db, carried["meeting"])] == [
        "Sales calls every MQL within a day"
    ]
    assert console.note_input.text() == ""
    assert console.notes_panel.undo_action.text() == "&Undo note"


def test_a_refused_dispute_keeps_the_dialog_and_everything_typed(
    qtbot, db: Database, console: ConsoleWindow, disk: Disk
) -> None:
    qtbot.keyClick(console.note_input, Qt.Key.Key_D, CONTROL)
    dialog = console.capture_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.title_edit.hasFocus())
    before = len(list_disputes(db))
    disk.full = True
    qtbot.keyClicks(dialog.title_edit, "Who owns webinar leads")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.problem_label.text() == FULL
    assert dialog.title_edit.text() == "Who owns webinar leads"
    assert len(list_disputes(db)) == before

    disk.full = False
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert len(list_disputes(db)) == before + 1


def test_a_refused_start_says_why_and_the_clock_stays_stopped(
    qtbot, console: ConsoleWindow, disk: Disk
) -> None:
    disk.full = True
    qtbot.keyClick(console.note_input, Qt.Key.Key_Space, CONTROL)
    assert not console.run.state().started
    assert console.status_text() == f"Refused: {FULL}"


def test_a_refused_tick_in_the_review_comes_off_again(
    qtbot, db: Database, console: ConsoleWindow, carried: dict[str, int], disk: Disk
) -> None:
    actions = console.review_panel.actions_list
    focus_row(qtbot, actions)
    disk.full = True
    qtbot.keyClick(actions, Qt.Key.Key_Return, CONTROL)
    assert console.review_panel.status_label.text() == FULL
    assert actions.item(0).checkState() == Qt.CheckState.Unchecked
    assert get_action_item(db, carried["action"]).status is ActionStatus.OPEN
    assert not console.review_panel.undo_action.isEnabled()


def test_a_refused_metric_stays_in_its_field(
    qtbot, show, db: Database, carried: dict[str, int], settings: QSettings, disk: Disk
) -> None:
    grid = show(MetricsGrid(db, carried["meeting"], settings=settings), active=True)
    grid.table.setFocus()
    disk.full = True
    qtbot.keyClicks(grid.table, "4")
    [editor] = [
        e for e in grid.table.findChildren(QLineEdit, "metricValueEditor") if e.isVisible()
    ]
    qtbot.keyClicks(editor, "44")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert FULL in grid.message_text()
    assert editor.isVisible() and editor.text() == "444"
    assert all(row.value is None for row in meeting_rows(db, carried["meeting"]))
    assert not grid.undo_action.isEnabled()

    disk.full = False
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert meeting_rows(db, carried["meeting"])[0].value == 444
    assert grid.undo_action.text() == "&Undo value"


def test_every_console_key_is_on_the_shortcuts_line_and_in_help(
    qtbot, db: Database, console: ConsoleWindow, settings: QSettings, monkeypatch
) -> None:
    listed = " ".join(keys for keys, _ in CONSOLE_SHORTCUTS)
    platform_extras = {  # the platform's own undo/redo keys beside the promised Ctrl+Z ones
        key.toString(QKeySequence.SequenceFormat.PortableText)
        for standard in (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
        for key in QKeySequence.keyBindings(standard)
    } - {"Ctrl+Z", "Ctrl+Shift+Z"}
    for action in console.findChildren(QAction):
        for key in action.shortcuts():
            text = key.toString(QKeySequence.SequenceFormat.PortableText)
            if text != "Ctrl++" and text not in platform_extras:  # Ctrl++ is Ctrl+= shifted
                assert text in listed, f"{action.text()}: {text}"
    for keys in ("Ctrl+M", "F2", "Del", "Ctrl+P", "Ctrl+Z", "Ctrl+D", "Ctrl+T", "Page Down"):
        assert keys in SHORTCUTS_TEXT, keys
        assert keys in listed, keys
    assert console.shortcuts_label.text() == SHORTCUTS_TEXT

    shown: list[str] = []
    monkeypatch.setattr(messages, "inform_markup", lambda *args: shown.append(args[2]))
    main = MainWindow(db, settings=settings)
    qtbot.addWidget(main)
    main.shortcuts_action.trigger()
    [body] = shown
    for keys in ("Ctrl+M", "F2 / Delete", "Ctrl+P", "Ctrl+Z", "Page Down / Page Up"):
        assert keys in body, keys


def test_typed_text_is_shown_as_typed_never_as_markup(qtbot, console: ConsoleWindow) -> None:
    qtbot.keyClicks(console.message_input, "<b>Wrap</b> up")
    qtbot.keyClick(console.message_input, Qt.Key.Key_Return)
    assert "<b>Wrap</b> up" in console.message_state.text()
    assert console.message_state.textFormat() == Qt.TextFormat.PlainText
    assert console.item_title.textFormat() == Qt.TextFormat.PlainText


def test_a_refused_resolution_keeps_the_dialog_and_what_was_typed(
    qtbot, console: ConsoleWindow, disk: Disk
) -> None:
    panel = console.review_panel
    ctrl_enter_on(qtbot, panel.disputes_list)
    dialog = panel.resolution_dialog
    assert dialog is not None
    disk.full = True
    qtbot.mouseClick(
        dialog.settlement_buttons.buttons[Settlement.COMPROMISE], Qt.MouseButton.LeftButton
    )
    qtbot.keyClicks(dialog.resolution_edit, "Score 60 and up is an MQL")
    qtbot.keyClick(dialog.resolution_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.problem_label.text() == FULL
    assert dialog.resolution_edit.text() == "Score 60 and up is an MQL"

    disk.full = False
    with qtbot.waitSignal(panel.changed):
        qtbot.keyClick(dialog.resolution_edit, Qt.Key.Key_Return)
    assert panel.disputes_list.item(0).checkState() == Qt.CheckState.Checked


def test_an_empty_review_gives_its_room_to_the_notes(
    qtbot, open_console, new_weekly_meeting
) -> None:
    window = open_console(new_weekly_meeting("First weekly", MONDAY))
    panel = window.review_panel
    assert not panel.has_rows
    assert not panel.actions_list.isVisible() and not panel.drop_button.isVisible()
    assert panel.status_label.text() == "Nothing was carried over to this meeting."
    assert window.notes_list.height() > panel.height()
    qtbot.waitUntil(lambda: window.note_input.hasFocus())
    window.close()


def _edit_actions(console: ConsoleWindow) -> tuple[QAction, QAction]:
    """Edit ▸ Undo and Edit ▸ Redo, as the menu bar holds them."""
    [edit] = [
        action.menu()
        for action in console.menuBar().actions()
        if action.text() == "&Edit" and action.menu() is not None
    ]
    undo, redo = edit.actions()
    return undo, redo


def _file_note(qtbot, console: ConsoleWindow, text: str) -> None:
    console.note_input.setFocus()
    qtbot.keyClicks(console.note_input, text)
    qtbot.keyClick(console.note_input, Qt.Key.Key_Return)


def _notes(db: Database, meeting_id: int) -> list[str]:
    return [note.text for note in notes_of(db, meeting_id)]


def test_edit_undo_names_the_last_note_and_takes_it_back_through_the_menu(
    qtbot, db: Database, console: ConsoleWindow, carried: dict[str, int]
) -> None:
    undo, redo = _edit_actions(console)
    assert not undo.isEnabled() and not redo.isEnabled()
    _file_note(qtbot, console, "Sales calls every MQL within a day")
    assert undo.text() == "&Undo note" and undo.isEnabled()

    undo.trigger()
    assert _notes(db, carried["meeting"]) == []
    assert redo.text() == "&Redo note"
    redo.trigger()
    assert _notes(db, carried["meeting"]) == ["Sales calls every MQL within a day"]


def test_edit_undo_takes_back_the_last_tick_while_the_cursor_is_in_the_note_input(
    qtbot, db: Database, console: ConsoleWindow, carried: dict[str, int]
) -> None:
    undo, _redo = _edit_actions(console)
    _file_note(qtbot, console, "UTM tags fixed")
    actions = console.review_panel.actions_list
    ctrl_enter_on(qtbot, actions)
    assert get_action_item(db, carried["action"]).status is ActionStatus.DONE
    console.note_input.setFocus()
    qtbot.waitUntil(console.note_input.hasFocus)
    assert undo.text() == "&Undo tick"

    undo.trigger()
    assert get_action_item(db, carried["action"]).status is ActionStatus.OPEN
    assert actions.item(0).checkState() == Qt.CheckState.Unchecked
    assert _notes(db, carried["meeting"]) == ["UTM tags fixed"]
    assert undo.text() == "&Undo note"
    undo.trigger()
    assert _notes(db, carried["meeting"]) == []


def test_ctrl_z_in_any_list_undoes_the_consoles_last_change_and_shift_redoes_it(
    qtbot, db: Database, console: ConsoleWindow, carried: dict[str, int]
) -> None:
    actions = console.review_panel.actions_list
    ctrl_enter_on(qtbot, actions)
    _file_note(qtbot, console, "Follow up on webinar leads")
    actions.setFocus()
    qtbot.waitUntil(actions.hasFocus)

    qtbot.keyClick(actions, Qt.Key.Key_Z, CONTROL)
    assert _notes(db, carried["meeting"]) == []
    assert get_action_item(db, carried["action"]).status is ActionStatus.DONE
    qtbot.keyClick(actions, Qt.Key.Key_Z, CONTROL)
    assert get_action_item(db, carried["action"]).status is ActionStatus.OPEN
    qtbot.keyClick(actions, Qt.Key.Key_Z, CONTROL | Qt.KeyboardModifier.ShiftModifier)
    assert get_action_item(db, carried["action"]).status is ActionStatus.DONE
    assert _notes(db, carried["meeting"]) == []
