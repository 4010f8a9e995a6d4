"""Jumping to an agenda item and correcting the start, from the console as a moderator does it.

Ctrl+G and a number, or a double-click in the agenda, go straight to an item; Run ▸ Correct
start time… (Ctrl+Shift+S) records when the meeting really began. Both are said in the status
line and leave the keys in the note field. Run offscreen and on xcb (keys from the note field).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from fake_time import FakeClock, FakeWall
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.record.meetings import load_meeting
from facilitator.storage.database import Database
from facilitator.ui.console.console import CONSOLE_SHORTCUTS, ConsoleWindow
from facilitator.ui.console.shortcuts import SHORTCUTS_TEXT

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def meeting_id(new_weekly_meeting: Callable[..., int]) -> int:
    return new_weekly_meeting(scheduled_at=datetime(2026, 11, 23, 11, 55, tzinfo=UTC))


@pytest.fixture
def console(open_console, meeting_id: int) -> ConsoleWindow:
    return open_console(meeting_id)


@pytest.fixture
def running(qtbot, console: ConsoleWindow, fake_clock: FakeClock, wall: FakeWall):
    """The console's meeting started by its key two minutes ago, on both clocks."""
    qtbot.keyClick(console.note_input, Qt.Key.Key_Space, CTRL)
    assert console.run.state().running
    fake_clock.advance(120)
    wall.advance(seconds=120)
    console.refresh()
    return console


def _note_field_has_the_keys(qtbot, console: ConsoleWindow) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is console.note_input)


def _dialog_by_key(qtbot, console: ConsoleWindow, key, modifiers, dialog: str, field: str):
    """Presses a key in the note field and waits for the console's dialog of that key (an
    attribute of console.jumps) to be shown with the keyboard in its field."""
    qtbot.keyClick(console.note_input, key, modifiers)
    qtbot.waitUntil(lambda: getattr(console.jumps, dialog) is not None)
    shown = getattr(console.jumps, dialog)
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is getattr(shown, field))
    return shown


def _go_to(qtbot, console: ConsoleWindow):
    return _dialog_by_key(qtbot, console, Qt.Key.Key_G, CTRL, "go_to_dialog", "number_input")


def test_ctrl_g_and_a_number_go_straight_to_that_item(
    qtbot, running: ConsoleWindow, fake_clock: FakeClock
) -> None:
    console = running
    qtbot.keyClicks(console.note_input, "Half a sentence")
    dialog = _go_to(qtbot, console)
    assert dialog.prompt.text() == "Go to item (1–5)"
    qtbot.keyClicks(dialog.number_input, "3")
    qtbot.keyClick(dialog.number_input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: console.jumps.go_to_dialog is None)
    state = console.run.state()
    assert state.current_index == 2
    assert state.items_elapsed[0] == pytest.approx(120)
    title = console.run.meeting.items[2].title
    assert console.status_text() == f"Jumped to item 3: {title}"
    assert not console.status_line.refused
    assert console.agenda_list.item(2).text().startswith("▶ NOW  3.")
    assert console.item_title.text().endswith(title)
    _note_field_has_the_keys(qtbot, console)
    assert console.note_input.text() == "Half a sentence"
    fake_clock.advance(30)
    console.refresh()
    assert console.run.state().items_elapsed[2] == pytest.approx(30)


def test_a_number_not_on_the_agenda_is_refused_in_the_prompt_and_escape_cancels(
    qtbot, running: ConsoleWindow
) -> None:
    console = running
    dialog = _go_to(qtbot, console)
    qtbot.keyClicks(dialog.number_input, "9")
    qtbot.keyClick(dialog.number_input, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Refused: There is no item 9; the agenda has items 1–5."
    assert dialog.error_label.isVisible()
    qtbot.keyClick(dialog.number_input, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.number_input, "one")
    qtbot.keyClick(dialog.number_input, Qt.Key.Key_Return)
    assert dialog.error_label.text() == "Refused: Type the number of an item, 1–5."
    qtbot.keyClick(dialog.number_input, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: console.jumps.go_to_dialog is None)
    assert console.run.state().current_index == 0
    assert len(console.run.clock.events) == 1
    _note_field_has_the_keys(qtbot, console)


def test_going_to_the_current_item_is_refused_in_the_prompt(qtbot, running: ConsoleWindow) -> None:
    dialog = _go_to(qtbot, running)
    qtbot.keyClicks(dialog.number_input, "1")
    qtbot.keyClick(dialog.number_input, Qt.Key.Key_Return)
    assert dialog.error_label.text() == "Refused: Item 1 is already the current item."
    assert len(running.run.clock.events) == 1


def test_ctrl_g_before_the_start_and_after_the_end_says_why_and_asks_nothing(
    qtbot, console: ConsoleWindow, end_meeting
) -> None:
    qtbot.keyClick(console.note_input, Qt.Key.Key_G, CTRL)
    assert console.status_text() == "Refused: The meeting has not started yet."
    assert console.status_line.refused
    assert console.jumps.go_to_dialog is None
    end_meeting(console)
    qtbot.keyClick(console.note_input, Qt.Key.Key_G, CTRL)
    assert console.status_text() == "Refused: The meeting has ended."
    assert console.jumps.go_to_dialog is None
    _note_field_has_the_keys(qtbot, console)


def _double_click(qtbot, console: ConsoleWindow, row: int) -> None:
    """Both clicks of a double-click, as the mouse sends them."""
    agenda = console.agenda_list
    where = agenda.visualItemRect(agenda.item(row)).center()
    qtbot.mouseClick(agenda.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(agenda.viewport(), Qt.MouseButton.LeftButton, pos=where)


def test_a_double_click_on_an_agenda_item_jumps_to_it_and_back(
    qtbot, db: Database, running: ConsoleWindow, fake_clock: FakeClock, meeting_id: int
) -> None:
    console = running
    _double_click(qtbot, console, 3)
    assert console.run.state().current_index == 3
    assert console.status_text().startswith("Jumped to item 4: ")
    _note_field_has_the_keys(qtbot, console)
    fake_clock.advance(60)
    _double_click(qtbot, console, 0)
    state = console.run.state()
    assert state.current_index == 0
    assert state.items_elapsed[:4] == pytest.approx((120, 0, 0, 60))
    items = load_meeting(db, meeting_id).items
    assert items[3].actual_start is not None and items[3].actual_end is not None
    assert items[1].actual_start is None
    _double_click(qtbot, console, 0)
    assert console.status_text() == "Refused: Item 1 is already the current item."


def test_a_double_click_before_the_start_is_refused(qtbot, console: ConsoleWindow) -> None:
    _double_click(qtbot, console, 2)
    assert console.status_text() == "Refused: The meeting has not started yet."
    assert not console.run.state().started


def _correct_start(qtbot, console: ConsoleWindow):
    return _dialog_by_key(qtbot, console, Qt.Key.Key_S, CTRL_SHIFT, "start_dialog", "time_edit")


def test_correcting_the_start_makes_the_clock_show_the_longer_time(
    qtbot, db: Database, running: ConsoleWindow, meeting_id: int
) -> None:
    console = running
    assert console.clock_label.text() == "1:00"  # 3:00 planned, 2:00 run
    dialog = _correct_start(qtbot, console)
    assert dialog.time_edit.text() == "12:00"
    assert "Recorded start 12:00:00" in dialog.hint.text()
    assert "up to 12:02:00" in dialog.hint.text()
    qtbot.keyClicks(dialog.time_edit, "11:57")
    assert dialog.time_edit.text() == "11:57"
    qtbot.keyClick(dialog.time_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: console.jumps.start_dialog is None)
    assert console.run.state().meeting_elapsed == pytest.approx(300)
    assert console.clock_label.text() == "+2:00"
    assert console.meeting_label.text().startswith("Meeting 5:00 of 40:00")
    assert console.status_text() == (
        "Start corrected to 11:57:00: the meeting's time counts from then."
    )
    started = datetime(2026, 11, 23, 11, 57, tzinfo=UTC)
    assert console.run.started_at() == started
    assert load_meeting(db, meeting_id).items[0].actual_start == started
    _note_field_has_the_keys(qtbot, console)


def test_a_start_in_the_future_is_refused_in_the_dialog(
    qtbot, running: ConsoleWindow, wall: FakeWall
) -> None:
    dialog = _correct_start(qtbot, running)
    qtbot.keyClicks(dialog.time_edit, "12:10")
    qtbot.keyClick(dialog.time_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error_label.text() == (
        "Refused: The meeting cannot have started later than now."
    )
    assert running.run.started_at() == wall.now - timedelta(minutes=2)
    qtbot.keyClick(dialog.time_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: running.jumps.start_dialog is None)
    _note_field_has_the_keys(qtbot, running)


def test_correct_start_before_the_start_says_why(qtbot, console: ConsoleWindow) -> None:
    qtbot.keyClick(console.note_input, Qt.Key.Key_S, CTRL_SHIFT)
    assert console.status_text() == "Refused: The meeting has not started yet."
    assert console.jumps.start_dialog is None


def test_the_run_menu_and_the_key_lists_name_both(console: ConsoleWindow) -> None:
    run_menu = console.menuBar().actions()[0].menu()
    shown = {action.text(): action.shortcut().toString() for action in run_menu.actions()}
    assert shown["Go to item…"] == "Ctrl+G"
    assert shown["Correct start time…"] == "Ctrl+Shift+S"
    listed = dict(CONSOLE_SHORTCUTS)
    assert "Ctrl+G" in listed and "Ctrl+Shift+S" in listed
    assert "Ctrl+G go to item" in SHORTCUTS_TEXT
    assert "Ctrl+Shift+S correct start" in SHORTCUTS_TEXT


def test_the_time_left_as_shown_keeps_the_start_to_the_second(
    qtbot, running: ConsoleWindow
) -> None:
    dialog = _correct_start(qtbot, running)
    qtbot.keyClick(dialog.time_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: running.jumps.start_dialog is None)
    assert running.status_text() == "The start stays at 12:00:00."
    assert len(running.run.clock.events) == 1
    assert running.run.state().meeting_elapsed == pytest.approx(120)
