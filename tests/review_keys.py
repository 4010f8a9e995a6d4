"""The review's lists worked by the keyboard, as a moderator does: the console, typing and
review tests select a carried row and press Ctrl+Enter on it one way."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget

CONTROL = Qt.KeyboardModifier.ControlModifier


def focus_row(qtbot, the_list: QListWidget, row: int = 0) -> None:
    """Puts the keyboard in the list with `row` selected, as clicking into it would."""
    the_list.setFocus()
    the_list.setCurrentRow(row)
    qtbot.waitUntil(the_list.hasFocus)


def ctrl_enter_on(qtbot, the_list: QListWidget, row: int = 0) -> None:
    """Selects the row and presses Ctrl+Enter on it: a tick, or Resolve… on a dispute."""
    focus_row(qtbot, the_list, row)
    qtbot.keyClick(the_list, Qt.Key.Key_Return, CONTROL)
