"""The roll call in the console: Ctrl+R, a few letters of a name, one key per mark, Ctrl+Z;
ending with someone unmarked asks first; the moderator is among the minutes' recipients."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator.record.attendance import attendance_of, invite, mark
from facilitator.storage.database import Database
from facilitator.ui.common import messages
from facilitator.ui.console.console import ConsoleWindow
from facilitator.ui.console.roll_call import RollCallDialog
from facilitator.ui.mail.send_dialog import SendDialog
from facilitator.vocabulary import AttendanceStatus, Team

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
Button = QMessageBox.StandardButton


@pytest.fixture
def people(add_people: Callable[..., dict[str, int]]) -> dict[str, int]:
    return add_people(
        zoe=("Zoë Lindqvist", Team.MARKETING),
        sam=("Sam Okafor", Team.SALES),
        ana=("Ana Ruiz", Team.LEADERSHIP),
        mo=("Mo Diallo", Team.CUSTOMER_SERVICE),
    )


@pytest.fixture
def invited(db: Database, new_weekly_meeting: Callable[..., int], people: dict[str, int]) -> int:
    """A weekly meeting moderated by Mo, with Zoë, Sam and Ana invited."""
    meeting = new_weekly_meeting(moderator_id=people["mo"])
    invite(db, meeting, [people["zoe"], people["sam"], people["ana"]])
    return meeting


@pytest.fixture
def console(open_console, invited: int) -> ConsoleWindow:
    return open_console(invited)


def _marks(db: Database, meeting: int) -> dict[str, AttendanceStatus]:
    return {view.name: view.status for view in attendance_of(db, meeting)}


def _open(qtbot, console: ConsoleWindow) -> RollCallDialog:
    qtbot.keyClick(console.note_input, Qt.Key.Key_R, CTRL)
    dialog = console.roll_call.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.find_field.hasFocus)
    return dialog


def _answer(monkeypatch: pytest.MonkeyPatch, button: Button) -> list[str]:
    asked: list[str] = []

    def question(*args: Any, **kwargs: Any) -> Button:
        asked.append(args[2])
        return button

    monkeypatch.setattr(messages, "ask", question)
    return asked


def test_ctrl_r_a_few_letters_and_alt_p_mark_present_and_ctrl_z_undoes(
    qtbot, db: Database, console: ConsoleWindow, invited: int
) -> None:
    dialog = _open(qtbot, console)
    assert dialog.counts_label.text() == "0 present · 0 late · 0 absent · 3 unmarked"
    qtbot.keyClicks(dialog.find_field, "zoe")  # no accent typed: Zoë is found all the same
    qtbot.keyClick(dialog.find_field, Qt.Key.Key_P, ALT)
    assert _marks(db, invited)["Zoë Lindqvist"] is AttendanceStatus.PRESENT
    assert console.status_text() == "Marked Zoë Lindqvist present."
    assert dialog.counts_label.text() == "1 present · 0 late · 0 absent · 2 unmarked"
    assert console.undo_action.text() == "&Undo mark present"

    qtbot.keyClick(dialog.find_field, Qt.Key.Key_Z, CTRL)
    assert _marks(db, invited)["Zoë Lindqvist"] is AttendanceStatus.INVITED
    assert console.status_text() == "Took back the mark of Zoë Lindqvist: not marked again."
    assert dialog.find_field.text() == "zoe"  # Ctrl+Z took back the mark, not the typing
    qtbot.keyClick(dialog.find_field, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert _marks(db, invited)["Zoë Lindqvist"] is AttendanceStatus.PRESENT
    console.undo_action.trigger()  # the console's Edit ▸ Undo, the same one stack
    assert _marks(db, invited)["Zoë Lindqvist"] is AttendanceStatus.INVITED
    assert dialog.counts_label.text() == "0 present · 0 late · 0 absent · 3 unmarked"


def test_late_and_absent_have_keys_of_their_own(
    qtbot, db: Database, console: ConsoleWindow, invited: int
) -> None:
    dialog = _open(qtbot, console)
    qtbot.keyClicks(dialog.find_field, "oka")
    qtbot.keyClick(dialog.find_field, Qt.Key.Key_L, ALT)
    qtbot.keyClicks(dialog.find_field, "ana")  # the name typed after a mark replaces the last
    assert dialog.find_field.text() == "ana"
    qtbot.keyClick(dialog.find_field, Qt.Key.Key_A, ALT)
    assert _marks(db, invited) == {
        "Ana Ruiz": AttendanceStatus.ABSENT,
        "Sam Okafor": AttendanceStatus.LATE,
        "Zoë Lindqvist": AttendanceStatus.INVITED,
    }
    assert console.status_text() == "Marked Ana Ruiz absent."
    assert dialog.counts_label.text() == "0 present · 1 late · 1 absent · 1 unmarked"
    assert "Alt+P present · Alt+L late · Alt+A absent" in dialog.keys_label.text()


def test_typing_names_marks_no_one_and_the_keys_walk_the_list(
    qtbot, db: Database, console: ConsoleWindow, invited: int
) -> None:
    dialog = _open(qtbot, console)
    qtbot.keyClicks(dialog.find_field, "Pal lap apple ALA")
    assert set(_marks(db, invited).values()) == {AttendanceStatus.INVITED}
    dialog.find_field.clear()
    assert dialog.selected_id() is not None
    for _ in range(3):
        qtbot.keyClick(dialog.find_field, Qt.Key.Key_P, ALT)  # each mark moves on to the next
    assert set(_marks(db, invited).values()) == {AttendanceStatus.PRESENT}
    qtbot.keyClick(dialog.find_field, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.find_field, Qt.Key.Key_A, ALT)
    assert _marks(db, invited)["Sam Okafor"] is AttendanceStatus.ABSENT


def test_a_name_no_one_has_is_said_and_marks_no_one(
    qtbot, db: Database, console: ConsoleWindow, invited: int
) -> None:
    dialog = _open(qtbot, console)
    qtbot.keyClicks(dialog.find_field, "xyz")
    assert dialog.message_line.text() == "Refused: No one on the list matches “xyz”."
    qtbot.keyClick(dialog.find_field, Qt.Key.Key_P, ALT)
    assert set(_marks(db, invited).values()) == {AttendanceStatus.INVITED}
    assert console.undo_action.isEnabled() is False


def test_escape_closes_it_and_the_keys_go_back_to_the_note_field(
    qtbot, console: ConsoleWindow
) -> None:
    dialog = _open(qtbot, console)
    with qtbot.waitSignal(console.roll_call.closed):
        qtbot.keyClick(dialog.find_field, Qt.Key.Key_Escape)
    assert console.roll_call.dialog is None
    qtbot.waitUntil(console.note_input.hasFocus)


def _run_half_a_minute_and_press_end(qtbot, fake_clock, console: ConsoleWindow) -> None:
    """Starts the meeting by its button, lets half a minute pass and presses End."""
    qtbot.mouseClick(console.toggle_button, Qt.MouseButton.LeftButton)
    fake_clock.now += 30
    qtbot.mouseClick(console.end_button, Qt.MouseButton.LeftButton)


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen: bringing it forward
def test_the_button_and_the_run_menu_open_it(qtbot, console: ConsoleWindow) -> None:
    assert console.roll_call.action.shortcut().toString() == "Ctrl+R"
    assert console.roll_call.action in console.menuBar().actions()[0].menu().actions()
    qtbot.mouseClick(console.roll_call.button, Qt.MouseButton.LeftButton)
    dialog = console.roll_call.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.find_field.hasFocus)
    console.roll_call.action.trigger()
    assert console.roll_call.dialog is dialog  # brought forward, not opened twice


def test_ending_with_invitees_unmarked_names_them_and_no_keeps_it_running(
    qtbot, monkeypatch: pytest.MonkeyPatch, fake_clock, console: ConsoleWindow
) -> None:
    asked = _answer(monkeypatch, Button.No)
    _run_half_a_minute_and_press_end(qtbot, fake_clock, console)
    assert asked == [
        "3 invitees have no attendance mark: Ana Ruiz, Sam Okafor, Zoë Lindqvist.\n\n"
        "End the meeting anyway? The clock stops and cannot be restarted."
    ]
    state = console.run.state()
    assert state.started and not state.ended
    assert console.status_text() == "Not ended: the meeting runs on."


def test_ending_unmarked_can_open_the_roll_call_or_end_at_once(
    qtbot, monkeypatch: pytest.MonkeyPatch, fake_clock, console: ConsoleWindow
) -> None:
    asked = _answer(monkeypatch, Button.Open)
    _run_half_a_minute_and_press_end(qtbot, fake_clock, console)
    assert not console.run.state().ended
    assert console.roll_call.dialog is not None
    console.roll_call.dialog.reject()
    _answer(monkeypatch, Button.Yes)
    qtbot.mouseClick(console.end_button, Qt.MouseButton.LeftButton)
    assert console.run.state().ended  # "End anyway" was the one question
    assert len(asked) == 1


def test_the_question_words_its_buttons_and_opens_the_roll_call(
    qtbot, fake_clock, console: ConsoleWindow
) -> None:
    seen: list[str] = []

    def answer() -> None:  # inside the real box's exec(): read its buttons, choose Roll call
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen.extend(button.text() for button in box.buttons())
        box.button(Button.Open).click()

    qtbot.mouseClick(console.toggle_button, Qt.MouseButton.LeftButton)
    fake_clock.now += 30
    QTimer.singleShot(0, answer)
    qtbot.mouseClick(console.end_button, Qt.MouseButton.LeftButton)
    assert sorted(seen) == ["End anyway", "Keep running", "Roll call…"]
    assert console.roll_call.dialog is not None
    assert not console.run.state().ended


def test_with_everyone_marked_ending_asks_the_usual_question(
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
    db: Database,
    fake_clock,
    console: ConsoleWindow,
    invited: int,
    people: dict[str, int],
) -> None:
    for name in ("zoe", "sam", "ana"):
        mark(db, invited, people[name], AttendanceStatus.PRESENT)
    asked = _answer(monkeypatch, Button.No)
    _run_half_a_minute_and_press_end(qtbot, fake_clock, console)
    assert len(asked) == 1 and asked[0].startswith("End “Weekly smarketing” now?")
    assert not console.run.state().ended


def test_the_moderator_is_among_the_minutes_recipients_once(
    qtbot, db: Database, invited: int, settings, tmp_path
) -> None:
    dialog = SendDialog(db, invited, settings=settings, mail_path=tmp_path / "mail.json")
    qtbot.addWidget(dialog)
    rows = [
        tuple(dialog.recipients.item(row, column).text() for column in range(3))
        for row in range(dialog.recipients.rowCount())
    ]
    assert rows == [
        ("Ana Ruiz", "ana@example.com", "Invited"),
        ("Sam Okafor", "sam@example.com", "Invited"),
        ("Zoë Lindqvist", "zoe@example.com", "Invited"),
        ("Mo Diallo", "mo@example.com", "Moderator"),
    ]


def test_during_the_run_a_mark_is_undone_from_the_console_after_the_roll_call_closed(
    qtbot, db: Database, console: ConsoleWindow, invited: int
) -> None:
    qtbot.mouseClick(console.toggle_button, Qt.MouseButton.LeftButton)
    assert console.run.state().running
    dialog = _open(qtbot, console)
    qtbot.keyClicks(dialog.find_field, "sam")
    qtbot.keyClick(dialog.find_field, Qt.Key.Key_L, ALT)
    qtbot.keyClick(dialog.find_field, Qt.Key.Key_Escape)
    qtbot.waitUntil(console.note_input.hasFocus)
    assert _marks(db, invited)["Sam Okafor"] is AttendanceStatus.LATE
    console.undo_action.trigger()  # Edit ▸ Undo, with the roll call gone
    assert _marks(db, invited)["Sam Okafor"] is AttendanceStatus.INVITED
    assert console.status_text() == "Took back the mark of Sam Okafor: not marked again."
    assert console.run.state().running
