"""Undo and Redo as buttons, for a window without a menu bar to hold Edit ▸ Undo / Redo.

Each button shows its action's text with the command's noun ("Undo delete person") and is
shown only while there is something to undo or redo, so an idle window keeps a quiet face.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionEvent, QUndoStack
from PySide6.QtWidgets import QToolButton, QWidget

from facilitator.ui.common.undo_keys import add_undo_actions


def undo_buttons(
    stack: QUndoStack,
    owner: QWidget,
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
) -> tuple[QToolButton, QToolButton]:
    """Buttons for the stack's undo and redo actions, whose keys work in `context` of owner."""
    undo, redo = add_undo_actions(stack, owner, context)
    return _button(undo, owner, "undoButton"), _button(redo, owner, "redoButton")


class _StackButton(QToolButton):
    """A tool button for one of the stack's actions, hidden while its action is disabled."""

    def actionEvent(self, event: QActionEvent) -> None:
        super().actionEvent(event)
        if event.action() is self.defaultAction():
            self.setVisible(event.action().isEnabled())


def _button(action: QAction, owner: QWidget, name: str) -> QToolButton:
    button = _StackButton(owner, objectName=name)
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setVisible(action.isEnabled())
    return button
