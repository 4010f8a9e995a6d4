"""Undo and redo actions for a widget with its own undo stack, on the same keys everywhere.

Ctrl+Z and Ctrl+Shift+Z are promised on every platform, beside the platform's own keys. Each
key is set once: on X11 the platform's redo already is Ctrl+Shift+Z, and an action holding a
key twice finds its own shortcut ambiguous and does nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget


def add_undo_actions(
    stack: QUndoStack,
    owner: QWidget,
    context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
) -> tuple[QAction, QAction]:
    """The stack's undo and redo actions, added to `owner` with their keys in `context`."""
    undo, redo = undo_actions(stack, owner)
    undo.setShortcuts(_keys(QKeySequence.StandardKey.Undo, "Ctrl+Z"))
    redo.setShortcuts(_keys(QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z"))
    for action in (undo, redo):
        action.setShortcutContext(context)
        owner.addAction(action)
    return undo, redo


def undo_actions(stack: QUndoStack, owner: QWidget) -> tuple[QAction, QAction]:
    """Undo and redo actions without keys, for a pane (its buttons, its context menu) whose
    window holds the keys for the stack they share: one key held twice would do nothing."""
    undo = QCoreApplication.translate("undo_keys", "&Undo")
    redo = QCoreApplication.translate("undo_keys", "&Redo")
    return stack.createUndoAction(owner, undo), stack.createRedoAction(owner, redo)


def _keys(standard: QKeySequence.StandardKey, promised: str) -> list[QKeySequence]:
    keys: list[QKeySequence] = []
    for key in [*QKeySequence.keyBindings(standard), QKeySequence(promised)]:
        if not key.isEmpty() and key not in keys:
            keys.append(key)
    return keys
