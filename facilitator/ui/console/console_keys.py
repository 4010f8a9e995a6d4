"""The console's keys against its text fields, and typing that lands in a list.

A line edit claims many Ctrl keys for editing through ShortcutOverride, and which it claims
depends on the platform's key scheme: on X11 and macOS Ctrl+E is "end of line", Ctrl+D
"delete", Ctrl+K "kill", Ctrl+A "start of line"; offscreen claims none of them. So a console
key pressed in the note field would move the cursor instead of ending the meeting, on a real
display only. ConsoleKeys takes every key of the console window's own actions from its text
fields, read from the actions when the key is pressed, so an action added later joins by
itself. One exception is kept: Ctrl+Z and Ctrl+Shift+Z stay the field's own while it has
typing to undo or redo; with the field empty they undo the console's last change.

TypingGoesToNote sends printable keys pressed in a list (Space included) to the note field,
so a sentence typed after a click in a list is a note, never a row of ticks.
"""

from __future__ import annotations

from PySide6.QtCore import QChildEvent, QEvent, QObject, Qt, QTimer, SignalInstance
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QMainWindow,
    QMenu,
    QWidget,
)

from facilitator.ui.console.run_controls import TEXT_INPUTS

WINDOW_CONTEXTS = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)
TYPING_MODIFIERS = (
    Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.KeypadModifier
    | Qt.KeyboardModifier.GroupSwitchModifier
)
"""Modifiers that still type a character; AltGr on Windows arrives as Ctrl+Alt."""
ALT_GR = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
KEEPS_TYPING = "keepsTyping"
"""A list with this property set true keeps its typing (a list that finds a row as typed)."""


def pressed_keys(event: QKeyEvent) -> QKeySequence:
    """The key and modifiers pressed, as a sequence to compare with an action's shortcut."""
    return QKeySequence(event.keyCombination())


def is_typing(event: QKeyEvent) -> bool:
    """Whether the key types a character (a letter, a digit, a sign or a space)."""
    text = event.text()
    if not text or not text.isprintable():
        return False
    modifiers = event.modifiers() & ~TYPING_MODIFIERS
    return modifiers == Qt.KeyboardModifier.NoModifier or modifiers == ALT_GR


class ConsoleKeys(QObject):
    """The console's keys wherever the focus is, and the focus back home after each action.

    Takes the window's keys from the text field that has the focus: the filter goes on each
    text field of the window when it takes the focus, so fields made later (a table's cell
    editor, a new pane's find field) are covered too. Typing in any list of the window goes
    to the note field (TypingGoesToNote), and after every action of the window, and whatever
    the host connects to home(), the keys go back to the note field (FocusHome).
    """

    def __init__(self, window: QMainWindow, note_input: QLineEdit) -> None:
        super().__init__(window)
        self._window = window
        self._field_undid = False
        """The last Ctrl+Z pressed in a text field undid its typing (not a console change)."""
        for field in window.findChildren(QWidget):
            if isinstance(field, TEXT_INPUTS):
                field.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        self.typing = TypingGoesToNote(note_input, self)
        for view in window.findChildren(QAbstractItemView):
            if view.window() is window and not view.property(KEEPS_TYPING):
                self.typing.watch(view)  # not a combo box's popup: it is a window of its own
        self.focus_home = FocusHome(window, note_input)
        for action in self._actions():
            if action.shortcutContext() in WINDOW_CONTEXTS:
                action.triggered.connect(self.home)
        note_input.setFocus()

    def home(self, *_args: object) -> None:
        """Put the keys back in the note field once the event loop is back."""
        self.focus_home.home()

    def home_after(self, *signals: SignalInstance) -> None:
        """After each of these (a press, a tick), the keys go back to the note field."""
        for signal in signals:
            signal.connect(self.home)

    def window_keys(self, widget: QWidget) -> list[QKeySequence]:
        """The keys of the window's actions that a key pressed in `widget` would trigger."""
        keys: list[QKeySequence] = []
        for action in self._actions():
            if self._reaches(action, widget):
                keys.extend(key for key in action.shortcuts() if not key.isEmpty())
        return keys

    def _actions(self) -> list[QAction]:
        found = list(self._window.actions())
        found.extend(a for a in self._window.findChildren(QAction) if a not in found)
        return found

    def _reaches(self, action: QAction, widget: QWidget) -> bool:
        context = action.shortcutContext()
        if context == Qt.ShortcutContext.ApplicationShortcut:
            return bool(action.associatedObjects())
        if context == Qt.ShortcutContext.WindowShortcut:
            return any(_window_of(owner) is widget.window() for owner in action.associatedObjects())
        if context == Qt.ShortcutContext.WidgetWithChildrenShortcut:
            return any(
                isinstance(owner, QWidget) and owner.isAncestorOf(widget)
                for owner in action.associatedObjects()
            )
        return False

    def takes(self, widget: QWidget, event: QKeyEvent) -> bool:
        """Whether a key pressed in the text field `widget` is the console's, not the field's."""
        pressed = pressed_keys(event)
        if pressed.isEmpty() or pressed not in self.window_keys(widget):
            return False
        return not self._field_undoes(widget, event)

    def _field_undoes(self, widget: QWidget, event: QKeyEvent) -> bool:
        """Ctrl+Z with typing in the field is the field's, and so is Ctrl+Shift+Z right after;
        in an empty field they undo and redo the console's changes."""
        if not isinstance(widget, QLineEdit):
            return False
        if _is(event, QKeySequence.StandardKey.Undo, "Ctrl+Z"):
            self._field_undid = bool(widget.text()) and widget.isUndoAvailable()
            return self._field_undid
        if _is(event, QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z"):
            return self._field_undid and widget.isRedoAvailable()
        return False

    def _on_focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        if now is not None and isinstance(now, TEXT_INPUTS) and now.window() is self._window:
            now.installEventFilter(self)  # installing again moves it first, never twice

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Refuse the field the override, so the window's shortcut fires; a key whose action
        is disabled now goes to the window (which may say why) instead of editing the text."""
        kind = event.type()
        if (
            kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QWidget)
            and self.takes(watched, event)
        ):
            if kind == QEvent.Type.ShortcutOverride:
                event.ignore()
                return True
            QApplication.sendEvent(self._window, _copy(event))
            return True
        return super().eventFilter(watched, event)


class TypingGoesToNote(QObject):
    """Printable keys pressed in a list go on as typing in the note field."""

    def __init__(self, note_input: QLineEdit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._note_input = note_input

    def watch(self, view: QAbstractItemView) -> None:
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        note = self._note_input
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and is_typing(event)
            and note.isVisible()
            and note.isEnabled()
        ):
            note.setFocus(Qt.FocusReason.OtherFocusReason)
            QApplication.sendEvent(note, _copy(event))
            return True
        return super().eventFilter(watched, event)


class FocusHome(QObject):
    """Puts the keyboard back in the note field after a console action or a closed dialog.

    home() is connected to what the console does (a press, a tick); every window the console
    opens (a dialog, a message box) is watched, and its closing sends the keys home as well,
    making the console the active window again when nothing else took it (without a window
    manager no window is active after a dialog closes). The focus moves once the event loop
    is back. A text field other than the note field keeps it: the moderator is typing there.
    """

    def __init__(self, window: QMainWindow, note_input: QLineEdit) -> None:
        super().__init__(window)
        self._window = window
        self._note_input = note_input
        window.installEventFilter(self)

    def home(self, *_args: object) -> None:
        QTimer.singleShot(0, self, self._go_home)

    def _go_home(self, activate: bool = False) -> None:
        window, note = self._window, self._note_input
        if not window.isVisible() or not note.isVisible() or not note.isEnabled():
            return
        if activate and QApplication.activeWindow() is None:
            window.activateWindow()
        elif not window.isActiveWindow():
            return
        focused = window.focusWidget()
        if focused is not note and isinstance(focused, TEXT_INPUTS) and focused.isVisible():
            return
        note.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """A window of the console's shown: watch it; closed: the keys go home."""
        kind = event.type()
        if watched is self._window and kind == QEvent.Type.ChildPolished:
            child = event.child() if isinstance(event, QChildEvent) else None
            if isinstance(child, QWidget) and child.isWindow():
                child.installEventFilter(self)
        elif watched is not self._window and kind == QEvent.Type.Hide:
            QTimer.singleShot(0, self, lambda: self._go_home(activate=True))
        return super().eventFilter(watched, event)


def _copy(event: QKeyEvent) -> QKeyEvent:
    return QKeyEvent(
        event.type(),
        event.key(),
        event.modifiers(),
        event.text(),
        event.isAutoRepeat(),
        event.count(),
    )


def _window_of(owner: QObject) -> QWidget | None:
    """The window whose keys an action added to `owner` is: a menu's is its menu bar's."""
    if isinstance(owner, QMenu):
        parent = owner.parentWidget()
        return parent.window() if parent is not None else None
    return owner.window() if isinstance(owner, QWidget) else None


def _is(event: QKeyEvent, standard: QKeySequence.StandardKey, promised: str) -> bool:
    """The platform's key for `standard`, or the key the console promises everywhere."""
    return event.matches(standard) or pressed_keys(event) == QKeySequence(promised)
