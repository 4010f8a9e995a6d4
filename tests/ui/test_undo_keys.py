"""Ctrl+Z and Ctrl+Shift+Z undo and redo on every platform, whatever its own keys are."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QListWidget, QVBoxLayout, QWidget

from facilitator.ui.common.undo_keys import add_undo_actions

CONTROL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


class Append(QUndoCommand):
    def __init__(self, done: list[str], word: str) -> None:
        super().__init__(f"Add {word}")
        self.done, self.word = done, word

    def redo(self) -> None:
        self.done.append(self.word)

    def undo(self) -> None:
        self.done.remove(self.word)


def test_each_key_is_held_once_and_both_keys_work_in_a_list(qtbot, show) -> None:
    window = QWidget()
    rows = QListWidget(window)
    QVBoxLayout(window).addWidget(rows)
    stack = QUndoStack(window)
    undo, redo = add_undo_actions(stack, window)
    for action in (undo, redo):
        keys = [key.toString() for key in action.shortcuts()]
        assert len(keys) == len(set(keys)), keys
    assert "Ctrl+Z" in [key.toString() for key in undo.shortcuts()]
    assert "Ctrl+Shift+Z" in [key.toString() for key in redo.shortcuts()]

    done: list[str] = []
    stack.push(Append(done, "one"))
    show(window, active=True)
    rows.setFocus()
    qtbot.waitUntil(rows.hasFocus)
    qtbot.keyClick(rows, Qt.Key.Key_Z, CONTROL)
    assert done == []
    qtbot.keyClick(rows, Qt.Key.Key_Z, CONTROL | SHIFT)
    assert done == ["one"]
