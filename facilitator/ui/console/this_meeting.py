"""What the moderator logged in the running meeting stays in view, and a note becomes a record.

ThisMeetingPanel lists the disputes raised and the action items made in the meeting, each
entry whole (wrapped, never cut), read again whenever the console's undo stack moves: a new
record, an edit, an undo or a redo all go through it. Enter or a double-click opens an entry
in its capture dialog, whose save is a command on that same stack.

NoteToRecord holds the two keys that turn a note into an action item or a dispute: the note
selected in the notes list, else the last one filed; what is being typed stays typed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from facilitator.record.action_items import ActionItemView, action_items_made_at
from facilitator.record.disputes import DisputeView, disputes_raised_at
from facilitator.record.notes import NoteView
from facilitator.record.run import MeetingRun
from facilitator.storage.database import Database
from facilitator.ui.console.capture_dialogs import ActionItemDialog, DisputeDialog
from facilitator.ui.console.run_controls import window_action
from facilitator.ui.notes.notes_panel import NotesPanel
from facilitator.vocabulary import ActionStatus

HEADING = QT_TRANSLATE_NOOP(
    "ThisMeetingPanel", "This meeting: disputes and action items (Enter edits)"
)
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "ThisMeetingPanel", "Nothing logged yet: Ctrl+D logs a dispute, Ctrl+T an action item."
)
ACTION_FROM_NOTE_KEY = "Ctrl+Shift+T"
DISPUTE_FROM_NOTE_KEY = "Ctrl+Shift+D"
RECORD_ROLE = Qt.ItemDataRole.UserRole
NO_NOTE = QT_TRANSLATE_NOOP(
    "ThisMeetingPanel", "There is no note yet to make it from: type one and press Enter first."
)

CAPTURE_SLOT = "capture_dialog"
OpenDialog = Callable[[QDialog, str], None]
"""Opens a dialog the console's way (without blocking the clock), named by the slot given."""


class CapturesFromNote(Protocol):
    """The window whose capture dialogs a note's keys open (the console)."""

    def new_action_item(self, *, note: NoteView | None = None) -> object: ...

    def new_dispute(self, *, note: NoteView | None = None) -> object: ...


def short_day(day: date) -> str:
    """'Fri 4 Dec': a due date as the room says it, in the language spoken."""
    return QLocale().toString(QDate(day), "ddd d MMM")


def action_entry(item: ActionItemView) -> str:
    """'Action · Dana (Sales) · due Fri 4 Dec · text'; a closed one says so after 'Action'."""
    parts = [QCoreApplication.translate("ThisMeetingPanel", "Action")]
    if item.status is not ActionStatus.OPEN:
        parts.append(item.status.label.lower())
    owner = item.owner_name or QCoreApplication.translate("ThisMeetingPanel", "no owner")
    parts.append(f"{owner} ({item.team.label})" if item.team is not None else owner)
    if item.due_date:
        due = QCoreApplication.translate("ThisMeetingPanel", "due {day}")
        parts.append(due.format(day=short_day(item.due_date)))
    else:
        parts.append(QCoreApplication.translate("ThisMeetingPanel", "no due date"))
    parts.append(item.text)
    return " · ".join(parts)


def dispute_entry(dispute: DisputeView) -> str:
    """'Dispute · open · title'."""
    entry = QCoreApplication.translate("ThisMeetingPanel", "Dispute · {status} · {title}")
    return entry.format(status=dispute.status.label.lower(), title=dispute.title)


@dataclass(frozen=True)
class Entry:
    """One line of the panel: what it says, and the record it opens."""

    text: str
    kind: str
    """'dispute' or 'action'."""
    record_id: int
    logged_at: datetime


def entries_of(db: Database, meeting_id: int) -> list[Entry]:
    """The meeting's disputes and action items, in the order they were logged."""
    entries = [
        Entry(dispute_entry(view), "dispute", view.id, view.created_at)
        for view in disputes_raised_at(db, meeting_id)
    ]
    entries += [
        Entry(action_entry(view), "action", view.id, view.created_at)
        for view in action_items_made_at(db, meeting_id)
    ]
    entries.sort(key=lambda entry: entry.logged_at)  # stable: at one instant, disputes first
    return entries


class ThisMeetingPanel(QWidget):
    """The disputes and action items of the running meeting, each opened for editing by Enter."""

    def __init__(
        self,
        db: Database,
        run: MeetingRun,
        undo_stack: QUndoStack,
        open_dialog: OpenDialog,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._meeting_id = run.meeting_id
        self._stack = undo_stack
        self._open_dialog = open_dialog
        self.records = QListWidget(objectName="thisMeetingList")
        self.records.setAccessibleName(self.tr("Disputes and action items of this meeting"))
        self.records.setWordWrap(True)
        self.records.setAlternatingRowColors(True)  # where one wrapped entry ends, one begins
        self.records.setSpacing(2)
        self.records.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.records.setResizeMode(QListView.ResizeMode.Adjust)
        self.records.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.records.itemDoubleClicked.connect(self._on_double_clicked)
        self.edit_action = QAction(self.tr("&Edit…"), self.records)
        self.edit_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.edit_action.triggered.connect(self.edit_selected)
        self.records.addAction(self.edit_action)
        self.empty_label = QLabel(
            self.tr(EMPTY_TEXT), objectName="thisMeetingEmpty", wordWrap=True
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr(HEADING)))
        layout.addWidget(self.records, 1)
        layout.addWidget(self.empty_label)
        self.held: Callable[[], bool] = lambda: False
        """While true (the team server away), the list stays as last read."""
        undo_stack.indexChanged.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        """Read the meeting's records again, keeping the selected one selected."""
        if self.held():
            return
        current = self.records.currentItem()
        kept = None if current is None else current.data(RECORD_ROLE)
        self.records.clear()
        for entry in entries_of(self._db, self._meeting_id):
            item = QListWidgetItem(entry.text)
            item.setData(RECORD_ROLE, (entry.kind, entry.record_id))
            self.records.addItem(item)
            if (entry.kind, entry.record_id) == kept:
                self.records.setCurrentItem(item)
        empty = self.records.count() == 0
        self.records.setVisible(not empty)  # one line, not an empty box, on a laptop's height
        self.empty_label.setVisible(empty)

    def entry_texts(self) -> list[str]:
        """The lines as shown, first logged first."""
        return [self.records.item(row).text() for row in range(self.records.count())]

    def edit_selected(self) -> QDialog | None:
        """Open the selected record in its capture dialog; saving it is a command."""
        item = self.records.currentItem()
        if item is None:
            return None
        kind, record_id = item.data(RECORD_ROLE)
        window = self.window()
        dialog: QDialog
        if kind == "dispute":
            dialog = DisputeDialog(
                self._db, dispute_id=record_id, parent=window, undo_stack=self._stack
            )
        else:
            dialog = ActionItemDialog(
                self._db, action_id=record_id, parent=window, undo_stack=self._stack
            )
        self._open_dialog(dialog, CAPTURE_SLOT)
        return dialog

    def _on_double_clicked(self, item: QListWidgetItem) -> None:
        self.records.setCurrentItem(item)
        self.edit_selected()


class NoteToRecord:
    """Ctrl+Shift+T and Ctrl+Shift+D: the note at hand becomes an action item or a dispute,
    its text prefilled; the note stays, and the new record is linked to it."""

    def __init__(
        self,
        window: CapturesFromNote,
        notes: NotesPanel,
        menu: QMenu,
        tell: Callable[[str], None],
    ) -> None:
        """The actions go in the window's `menu` and the notes list's context menu."""
        assert isinstance(window, QWidget)
        self._notes = notes
        self._tell = tell
        new_action_item, new_dispute = window.new_action_item, window.new_dispute
        action_item = QCoreApplication.translate("NoteToRecord", "Action item from note…")
        dispute = QCoreApplication.translate("NoteToRecord", "Dispute from note…")
        self.action_item_action = window_action(
            window, action_item, ACTION_FROM_NOTE_KEY, self._slot(new_action_item)
        )
        self.dispute_action = window_action(
            window, dispute, DISPUTE_FROM_NOTE_KEY, self._slot(new_dispute)
        )
        notes.record_actions.extend(self.actions)
        menu.addActions(self.actions)

    @property
    def actions(self) -> list[QAction]:
        return [self.action_item_action, self.dispute_action]

    def note_at_hand(self) -> NoteView | None:
        """The note selected in the list, else the last one filed; never the one being typed
        (stored as a draft and shown selected while typed), which stays in the note field."""
        notes = self._notes
        draft = notes.draft_id
        selected = notes.selected_note()
        if selected is not None and selected.id != draft:
            return selected
        filed = [
            note for note in notes.model.rows() if isinstance(note, NoteView) and note.id != draft
        ]
        return max(filed, key=lambda note: note.id, default=None)

    def _slot(self, new_record: Callable[..., object]) -> Callable[[], None]:
        def from_note() -> None:
            note = self.note_at_hand()
            if note is None:
                self._tell(QCoreApplication.translate("ThisMeetingPanel", NO_NOTE))
                return
            new_record(note=note)

        return from_note
