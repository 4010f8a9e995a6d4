"""The roll call in the console: each invitee marked present, late or absent from the keyboard.

Ctrl+R opens it beside the console without blocking the clock. Typing in its find field narrows
the list to the names that match (accents and case aside) and selects the best match; Alt+P,
Alt+L and Alt+A mark the selected person. Those keys edit nothing in a line edit on X11,
Windows or macOS, and the planning's attendance panel marks with the same ones, so typing a
name never marks anyone. Each mark is the planning's ChangeAttendance command on the console's
one undo stack, committed at once and said in the console's status line; Ctrl+Z takes it back
here (the find field gives up its own undo for it) and in the console. Ending the meeting with
someone unmarked asks first, offering the roll call instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Protocol, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.record.attendance import (
    AttendanceView,
    attendance_of,
    count_marks,
    mark,
    unmarked_names,
)
from facilitator.record.search import folded
from facilitator.storage.database import Database
from facilitator.ui.common import messages
from facilitator.ui.common.commands import push_edit
from facilitator.ui.common.undo_keys import add_undo_actions
from facilitator.ui.console.run_controls import RunControls, window_action
from facilitator.ui.console.status_line import StatusLine
from facilitator.ui.planning.attendance_panel import AttendanceTable
from facilitator.ui.planning.people_commands import ChangeAttendance
from facilitator.vocabulary import AttendanceStatus

ROLL_CALL_KEY = "Ctrl+R"
MARK_KEYS = (
    (AttendanceStatus.PRESENT, "Alt+P"),
    (AttendanceStatus.LATE, "Alt+L"),
    (AttendanceStatus.ABSENT, "Alt+A"),
)
KEYS_HINT = QT_TRANSLATE_NOOP(
    "RollCallDialog",
    "Type part of a name to find it (↑ ↓ move) · Alt+P present · Alt+L late · Alt+A absent · "
    "Ctrl+Z undo a mark · Esc back to the notes",
)
NOBODY_INVITED = QT_TRANSLATE_NOOP(
    "RollCallDialog", "No one is invited to this meeting: invite people on its Attendance tab."
)
NAMES_SHOWN = 6
STEPS = {
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_PageUp: -5,
    Qt.Key.Key_PageDown: 5,
}
Button = QMessageBox.StandardButton


def unmarked_question(names: Sequence[str]) -> str:
    """What ending asks while invitees have no mark, naming them (the first few)."""
    shown = list(names[:NAMES_SHOWN])
    rest = len(names) - len(shown)
    listed = ", ".join(shown)
    if rest:
        more = QCoreApplication.translate("RollCall", "{names} and {count} more")
        listed = more.format(names=listed, count=rest)
    if len(names) == 1:
        who = QCoreApplication.translate("RollCall", "1 invitee has no attendance mark: {names}.")
    else:
        who = QCoreApplication.translate(
            "RollCall", "{count} invitees have no attendance mark: {names}."
        )
    end = QCoreApplication.translate(
        "RollCall", "End the meeting anyway? The clock stops and cannot be restarted."
    )
    return who.format(count=len(names), names=listed) + "\n\n" + end


class MarkCommand(ChangeAttendance):
    """One person marked at the roll call; undo puts their mark back, and both are said."""

    def __init__(
        self, roll_call: RollCall, person: AttendanceView, status: AttendanceStatus
    ) -> None:
        db, meeting_id, word = roll_call.db, roll_call.meeting_id, status.label.lower()
        name = person.name
        text = QCoreApplication.translate("RollCall", "Mark {name} {status}")
        noun = QCoreApplication.translate("RollCall", "mark {status}")
        super().__init__(
            db,
            meeting_id,
            [person.person_id],
            text.format(name=name, status=word),
            noun.format(status=word),
            partial(mark, db, meeting_id, person.person_id, status),
            roll_call.refuse,
        )
        self._roll_call = roll_call
        self.person_id = person.person_id
        was = person.status.label.lower()
        if person.status is AttendanceStatus.INVITED:
            was = QCoreApplication.translate("RollCall", "not marked")
        done = QCoreApplication.translate("RollCall", "Marked {name} {status}.")
        undone = QCoreApplication.translate(
            "RollCall", "Took back the mark of {name}: {status} again."
        )
        self._done = done.format(name=name, status=word)
        self._undone = undone.format(name=name, status=was)
        self._notice = ""

    def apply(self) -> None:
        super().apply()
        self._notice = self._done

    def revert(self) -> None:
        super().revert()
        self._notice = self._undone

    def shown(self) -> None:
        self._roll_call.changed(self._notice, self.person_id)


class FindField(QLineEdit):
    """The roll call's find field. Typing finds; the keys a line edit would keep go elsewhere:
    ↑ ↓ Page Up / Down move in the list, and Undo / Redo take back a mark, not the typing."""

    def __init__(self, stack: QUndoStack, step: Callable[[int], None]) -> None:
        super().__init__(objectName="rollCallFind")
        self._stack, self._step = stack, step
        self.setPlaceholderText(self.tr("Type part of a name"))
        self.setClearButtonEnabled(True)
        self.setAccessibleName(self.tr("Find an invitee"))
        self.setToolTip(
            self.tr("Typing narrows the list to the matching names; Alt+P, Alt+L, Alt+A mark")
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        pressed = QKeySequence(event.keyCombination())
        if event.matches(QKeySequence.StandardKey.Undo) or pressed == QKeySequence("Ctrl+Z"):
            self._stack.undo()
        elif event.matches(QKeySequence.StandardKey.Redo) or pressed == QKeySequence(
            "Ctrl+Shift+Z"
        ):
            self._stack.redo()
        elif event.key() in STEPS and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self._step(STEPS[Qt.Key(event.key())])
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class RollCallDialog(QDialog):
    """The list with its marks and counts; the keys stay in the find field while marking."""

    def __init__(self, roll_call: RollCall, stack: QUndoStack, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Roll call"))
        self._roll_call = roll_call
        self._views: list[AttendanceView] = []
        self.find_field = FindField(stack, self._step)
        self.table = AttendanceTable()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing always reaches the find field
        self.counts_label = QLabel(objectName="rollCallCounts")
        font = self.counts_label.font()
        font.setBold(True)
        self.counts_label.setFont(font)
        self.keys_label = QLabel(self.tr(KEYS_HINT), objectName="rollCallKeys", wordWrap=True)
        self.message_line = StatusLine()
        self.mark_actions: dict[AttendanceStatus, QAction] = {}
        self.undo_action, self.redo_action = add_undo_actions(
            stack, self, Qt.ShortcutContext.WindowShortcut
        )
        self._build()
        self.find_field.textChanged.connect(lambda _text: self._find())
        self.refresh()
        self.resize(480, 520)

    def _build(self) -> None:
        marks = QHBoxLayout()
        marks.addWidget(QLabel(self.tr("Mark:")))
        for status, key in MARK_KEYS:
            action = window_action(self, f"{status.label} ({key})", key, partial(self.mark, status))
            self.mark_actions[status] = action
            name = f"rollCall{status.value.capitalize()}Button"
            button = QPushButton(action.text(), objectName=name)
            button.setToolTip(self._mark_tip(status))
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(action.trigger)
            marks.addWidget(button)
        marks.addStretch(1)
        close = QPushButton(self.tr("Close (Esc)"), objectName="rollCallClose")
        close.setToolTip(self.tr("Close the roll call; the keys go back to the notes"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        marks.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.find_field)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counts_label)
        layout.addLayout(marks)
        layout.addWidget(self.keys_label)
        layout.addWidget(self.message_line)
        for label in self.findChildren(QLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)  # names are user text

    def _mark_tip(self, status: AttendanceStatus) -> str:
        if status is AttendanceStatus.PRESENT:
            return self.tr("Mark the selected invitee present")
        if status is AttendanceStatus.LATE:
            return self.tr("Mark the selected invitee late")
        return self.tr("Mark the selected invitee absent")

    # --- public ---------------------------------------------------------------------------

    def refresh(self, person_id: int | None = None) -> None:
        """Read the list again, the given person (else the one chosen) selected."""
        chosen = person_id if person_id is not None else self.selected_id()
        self._views = self._roll_call.views()
        keep = {chosen} if chosen is not None else set()
        self.table.fill(self._views, keep, chosen)
        self._filter(keep_current=chosen is not None)
        counts = count_marks(self._views)
        self.counts_label.setText(counts.text() if self._views else self.tr(NOBODY_INVITED))

    def selected_id(self) -> int | None:
        row = self.table.currentRow()
        if row < 0 or self.table.isRowHidden(row):
            return None
        return self.table.id_at(row)

    def mark(self, status: AttendanceStatus) -> None:
        """Mark the selected person, then select the next one shown: a quick roll call."""
        person_id = self.selected_id()
        person = next((view for view in self._views if view.person_id == person_id), None)
        if person is None:
            self.message_line.refuse(self.tr("No one is selected: type part of a name first."))
            return
        if self._roll_call.mark(person, status):
            self._step(1)
            self.find_field.selectAll()  # the next name typed replaces this one

    def tell(self, notice: str, refused: bool = False) -> None:
        (self.message_line.refuse if refused else self.message_line.say)(notice)

    # --- finding --------------------------------------------------------------------------

    def _find(self) -> None:
        self._filter(keep_current=False)

    def _filter(self, keep_current: bool) -> None:
        """Hide the names that do not match; select the best match unless told to keep one."""
        wanted = folded(self.find_field.text().strip())
        shown: list[int] = []
        best: int | None = None
        for row, view in enumerate(self._views):
            name = folded(view.name)
            matches = wanted in name
            self.table.setRowHidden(row, not matches)
            if matches:
                shown.append(row)
                starts = any(word.startswith(wanted) for word in name.split())
                if best is None and starts:
                    best = row
        current = self.table.currentRow()
        if keep_current and current in shown:
            best = current
        elif best is None:
            best = shown[0] if shown else None
        self._select(best)
        if wanted and not shown:
            self.message_line.refuse(
                self.tr("No one on the list matches “{text}”.").format(text=self.find_field.text())
            )

    def _step(self, delta: int) -> None:
        """Move the selection among the names shown; it stays put at either end."""
        shown = [row for row in range(self.table.rowCount()) if not self.table.isRowHidden(row)]
        if not shown:
            return
        current = self.table.currentRow()
        at = shown.index(current) if current in shown else -1
        self._select(shown[max(0, min(len(shown) - 1, at + delta))])

    def _select(self, row: int | None) -> None:
        if row is None:
            self.table.clearSelection()
            self.table.setCurrentCell(-1, -1)
            return
        self.table.select_rows([row], current=row)
        self.table.scrollToItem(self.table.item(row, 0))


class Console(Protocol):
    """The parts of the console window the roll call works with."""

    controls: RunControls
    undo_stack: QUndoStack
    status_line: StatusLine
    note_input: QLineEdit


class RollCall(QObject):
    """The console's roll call: its key, menu item and button, its window, and the question
    End asks first (confirm_end) while someone has no mark."""

    closed = Signal()
    """The roll call window closed and the keys are back in the console's note field."""

    def __init__(self, window: QMainWindow, db: Database, meeting_id: int) -> None:
        """Made once the console is built: its item goes in the Run menu and its button in
        the controls' row, each before End; marks go on the console's one undo stack."""
        super().__init__(window)
        console = cast(Console, window)
        controls = console.controls
        self._window, self.db, self.meeting_id = window, db, meeting_id
        self._stack, self._status = console.undo_stack, console.status_line
        self._note_field = console.note_input
        self.dialog: RollCallDialog | None = None
        self.action = window_action(window, self.tr("Roll call…"), ROLL_CALL_KEY, self.open)
        self.action.setStatusTip(self.tr("Mark each invitee present, late or absent"))
        self.button = QPushButton(
            f"{self.action.text()} ({ROLL_CALL_KEY})", objectName="rollCallButton"
        )
        self.button.setToolTip(self.action.statusTip())
        self.button.setAutoDefault(False)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the note field
        self.button.clicked.connect(self.action.trigger)
        row = controls.layout()
        assert isinstance(row, QHBoxLayout)
        row.insertWidget(row.indexOf(controls.end_button), self.button)
        for menu in (action.menu() for action in window.menuBar().actions()):
            if menu is not None and controls.end_action in menu.actions():
                menu.insertAction(controls.end_action, self.action)
        controls.confirm_end = self.confirm_end

    def open(self) -> RollCallDialog:
        """Show the roll call beside the clock (or bring it forward), ready for a name."""
        dialog = self.dialog
        if dialog is None:
            dialog = RollCallDialog(self, self._stack, self._window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(self._closed)
            frame = self._window.frameGeometry()
            dialog.move(max(frame.left(), frame.right() - dialog.width() - 24), frame.top() + 48)
            self.dialog = dialog
            dialog.show()
        else:
            dialog.refresh()
            dialog.raise_()
        dialog.activateWindow()
        dialog.find_field.setFocus()
        dialog.find_field.selectAll()
        return dialog

    def views(self) -> list[AttendanceView]:
        return attendance_of(self.db, self.meeting_id)

    def mark(self, person: AttendanceView, status: AttendanceStatus) -> bool:
        """Mark through the console's undo stack; False when the core refused it."""
        return push_edit(self._stack, MarkCommand(self, person, status))

    def changed(self, notice: str, person_id: int) -> None:
        """A mark was made or taken back (here or by the console's Edit menu): say it."""
        self._status.say(notice)
        if self.dialog is not None:
            self.dialog.refresh(person_id)
            self.dialog.tell(notice)

    def refuse(self, message: str) -> None:
        self._status.refuse(message)
        if self.dialog is not None:
            self.dialog.refresh()
            self.dialog.tell(message, refused=True)

    def confirm_end(self) -> bool | None:
        """Before ending: None when everyone is marked (the usual question follows), else the
        answer to a question naming the unmarked, which can open the roll call instead."""
        names = unmarked_names(self.views())
        if not names:
            return None
        answer = messages.ask(
            self._window,
            self.tr("End meeting"),
            unmarked_question(names),
            Button.Yes | Button.No | Button.Open,
            Button.Open,
            {
                Button.Yes: self.tr("End anyway"),
                Button.No: self.tr("Keep running"),
                Button.Open: self.tr("Roll call…"),
            },
        )
        if answer == Button.Yes:
            return True
        if answer == Button.Open:
            self.open()
        else:
            self._status.say(self.tr("Not ended: the meeting runs on."))
        return False

    def _closed(self) -> None:
        self.dialog = None
        self._window.activateWindow()
        self._note_field.setFocus()
        self.closed.emit()
