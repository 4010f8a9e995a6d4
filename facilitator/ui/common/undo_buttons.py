"""Undo and Redo as buttons, for a window without a menu bar to hold Edit ▸ Undo / Redo.

Each button shows its action's text with the command's noun ("Undo delete person") and is
shown only while there is something to undo or redo, so an idle window keeps a quiet face.
A long command text ("Undo Change presenter of 'Marketing update: SLA status…'") is cut
short on the button, with the whole text in its tooltip, so Undo never pushes Redo and the
buttons beside it out of view (keep_short; the notes pane and the agenda's toolbar use it too).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionEvent, QUndoStack
from PySide6.QtWidgets import QToolButton, QWidget
from shiboken6 import isValid

from facilitator.ui.common.tooltips import plain_tooltip
from facilitator.ui.common.undo_keys import add_undo_actions

SHORT_TEXT_CHARS = 22
"""Room for "Undo mark present" or "Redo delete person" whole; a longer text ends in '…'."""


def undo_buttons(
    stack: QUndoStack,
    owner: QWidget,
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
) -> tuple[QToolButton, QToolButton]:
    """Buttons for the stack's undo and redo actions, whose keys work in `context` of owner."""
    undo, redo = add_undo_actions(stack, owner, context)
    return _button(undo, owner, "undoButton"), _button(redo, owner, "redoButton")


def short_text(text: str) -> str:
    """An undo or redo action's text cut to SHORT_TEXT_CHARS, ending in '…' when cut."""
    if len(text) <= SHORT_TEXT_CHARS:
        return text
    return text[: SHORT_TEXT_CHARS - 1].rstrip() + "…"


def keep_short(button: QToolButton) -> None:
    """Keep the button's text short as its action's text follows the stack; the whole text
    (it may hold an agenda item's title: user text) is the tooltip."""
    _Shortener(button)


class _Shortener(QObject):
    """Cuts its button's text after each change of the action: QAction tells its buttons
    before it emits changed(), so this runs after they took the whole text. A child of the
    button, so it stops listening when the button goes."""

    def __init__(self, button: QToolButton) -> None:
        super().__init__(button)
        self._button = button
        self._action = button.defaultAction()
        self._action.changed.connect(self.shorten)
        self.shorten()

    def shorten(self) -> None:
        if not (isValid(self._action) and isValid(self._button)):
            return  # the stack tells its actions it is empty as it goes, after them
        text = self._action.iconText()
        self._button.setText(short_text(text))
        self._button.setToolTip(plain_tooltip(text))


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
    keep_short(button)
    return button
