"""Every console key works with the cursor in the note field, and leaves what was typed there.

On X11 and macOS a line edit claims Ctrl+E (end of line), Ctrl+D (delete), Ctrl+K, Ctrl+U and
more through ShortcutOverride; offscreen it claims none of them, which once hid that Ctrl+E did
nothing in the note field. These tests run on both platforms (.ci/run runs tests/ui on xcb).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from facilitator.record.notes import notes_of
from facilitator.rules.clock import NOT_STARTED_MESSAGE
from facilitator.storage.database import Database
from facilitator.ui.common import messages
from facilitator.ui.console.console import ConsoleWindow
from facilitator.ui.console.shortcuts import CONSOLE_SHORTCUTS

CONTROL = Qt.KeyboardModifier.ControlModifier
TYPED = "Sales owns webinar leads"
CURSOR = 5
"""Where the cursor stands when the key is pressed: a line edit's Ctrl+E would move it."""
PANE_KEYS = frozenset(
    {
        *("F2", "Delete", "Ctrl+P", "Enter", "Return", "Page Down", "Page Up"),
        *("Ctrl+Return", "Ctrl+Enter", "Alt+P", "Alt+L", "Alt+A"),
    }
)
"""Keys of one pane (the notes list, the review lists, the roll call, a list's or the note
field's Enter) or of a presentation clicker: the listed keys that are not the window's."""
FIELD_UNDO = frozenset({"Ctrl+Z"})
"""With typing in the field, Ctrl+Z undoes that typing; it is the console's with the field empty."""


def listed_keys() -> list[str]:
    return [key for keys, _ in CONSOLE_SHORTCUTS for key in keys.split(" / ")]


WINDOW_KEYS = [key for key in listed_keys() if key not in PANE_KEYS]


def window_actions(console: ConsoleWindow) -> list[QAction]:
    """The console's actions whose keys work anywhere in it: the window's and its menus'."""
    contexts = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)
    menus = [action.menu() for action in console.menuBar().actions() if action.menu()]
    found = [*console.actions(), *(action for menu in menus for action in menu.actions())]
    return [
        action
        for index, action in enumerate(found)
        if action.shortcutContext() in contexts and action not in found[:index]
    ]


def holder(console: ConsoleWindow, key: str) -> QAction:
    [action] = [a for a in window_actions(console) if QKeySequence(key) in a.shortcuts()]
    return action


def press(qtbot, widget, key: str) -> None:
    combination = QKeySequence(key)[0]
    qtbot.keyClick(widget, combination.key(), combination.keyboardModifiers())


def file_note(qtbot, console: ConsoleWindow, text: str) -> None:
    qtbot.keyClicks(console.note_input, text)
    qtbot.keyClick(console.note_input, Qt.Key.Key_Return)


@pytest.fixture
def answer_no(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """End and other questions are asked and answered No; returns the questions' titles."""
    asked: list[str] = []

    def ask(_parent, title: str, *_args, **_kwargs) -> QMessageBox.StandardButton:
        asked.append(title)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(messages, "ask", ask)
    return asked


@pytest.fixture
def running(qtbot, open_console, meeting_id: int, answer_no: list[str]) -> ConsoleWindow:
    """A console on its second item with a note to undo and one to redo: every key can act."""
    console = open_console(meeting_id)
    qtbot.keyClick(console.note_input, Qt.Key.Key_Space, CONTROL)
    qtbot.keyClick(console.note_input, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    file_note(qtbot, console, "first")
    file_note(qtbot, console, "second")
    console.undo_action.trigger()
    assert console.run.state().current_index == 1
    return console


def close_dialogs(console: ConsoleWindow) -> None:
    for dialog in (console.capture_dialog, console.metrics_dialog, console.thresholds_dialog):
        if dialog is not None:
            dialog.close()


@pytest.mark.parametrize("key", WINDOW_KEYS)
def test_each_console_key_acts_from_the_note_field_and_keeps_the_typing(
    qtbot, running: ConsoleWindow, key: str
) -> None:
    console = running
    action = holder(console, key)
    assert action.isEnabled(), key
    field = console.note_input
    qtbot.waitUntil(field.hasFocus)
    typed = "" if key in FIELD_UNDO else TYPED
    qtbot.keyClicks(field, typed)
    field.setCursorPosition(min(CURSOR, len(typed)))

    with qtbot.waitSignal(action.triggered, timeout=2000):
        press(qtbot, field, key)

    assert field.text() == typed, key
    assert field.cursorPosition() == min(CURSOR, len(typed)), key
    close_dialogs(console)


def test_ctrl_e_in_the_note_field_asks_and_ends_the_meeting(
    qtbot, open_console, meeting_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def yes(_parent, title: str, *_args, **_kwargs) -> QMessageBox.StandardButton:
        asked.append(title)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(messages, "ask", yes)
    console = open_console(meeting_id)
    qtbot.keyClick(console.note_input, Qt.Key.Key_Space, CONTROL)
    qtbot.keyClicks(console.note_input, "half a thought")
    console.note_input.setCursorPosition(0)
    qtbot.keyClick(console.note_input, Qt.Key.Key_E, CONTROL)
    assert asked == ["End meeting"]
    assert console.run.state().ended
    assert console.note_input.cursorPosition() == 0


def test_a_console_key_not_available_now_says_why_and_leaves_the_text(
    qtbot, open_console, meeting_id: int, answer_no: list[str]
) -> None:
    console = open_console(meeting_id)
    qtbot.keyClicks(console.note_input, TYPED)
    console.note_input.setCursorPosition(CURSOR)
    qtbot.keyClick(console.note_input, Qt.Key.Key_E, CONTROL)
    assert answer_no == []
    assert console.status_text().endswith(NOT_STARTED_MESSAGE)
    assert (console.note_input.text(), console.note_input.cursorPosition()) == (TYPED, CURSOR)


def test_ctrl_z_undoes_the_typing_first_then_the_consoles_last_change(
    qtbot, db: Database, open_console, meeting_id: int
) -> None:
    console = open_console(meeting_id)
    file_note(qtbot, console, "Sales calls every MQL within a day")
    qtbot.keyClicks(console.note_input, "abc")
    qtbot.keyClick(console.note_input, Qt.Key.Key_Z, CONTROL)
    assert console.note_input.text() == ""
    assert [note.text for note in notes_of(db, meeting_id)] == [
        "Sales calls every MQL within a day"
    ]
    qtbot.keyClick(console.note_input, Qt.Key.Key_Z, CONTROL)
    assert notes_of(db, meeting_id) == []
    qtbot.keyClick(console.note_input, Qt.Key.Key_Z, CONTROL | Qt.KeyboardModifier.ShiftModifier)
    assert [note.text for note in notes_of(db, meeting_id)] == [
        "Sales calls every MQL within a day"
    ]


def test_a_key_the_field_claims_on_this_platform_is_taken_for_the_console(
    qtbot, running: ConsoleWindow
) -> None:
    """On X11 the bare line edit claims Ctrl+E; the note field, which holds it, does not."""
    bare = QLineEdit()
    qtbot.addWidget(bare)
    end_of_line = QKeySequence.keyBindings(QKeySequence.StandardKey.MoveToEndOfLine)
    assert _accepts_override(bare, Qt.Key.Key_E) == (QKeySequence("Ctrl+E") in end_of_line)
    assert not _accepts_override(running.note_input, Qt.Key.Key_E)


def _accepts_override(field: QLineEdit, key: Qt.Key) -> bool:
    event = QKeyEvent(QEvent.Type.ShortcutOverride, key, CONTROL, "")
    event.ignore()
    QApplication.sendEvent(field, event)
    return event.isAccepted()


def test_every_window_key_of_the_console_is_tested_from_the_note_field(
    running: ConsoleWindow,
) -> None:
    platform_extras = {
        key.toString(QKeySequence.SequenceFormat.PortableText)
        for standard in (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
        for key in QKeySequence.keyBindings(standard)
    }
    held = {
        key.toString(QKeySequence.SequenceFormat.PortableText)
        for action in window_actions(running)
        for key in action.shortcuts()
    }
    assert held - platform_extras - {"Ctrl++"} <= set(WINDOW_KEYS)
    assert not held & PANE_KEYS
