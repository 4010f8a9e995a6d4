"""Dialogs that log a dispute or an action item in a few keystrokes, and edit them later.

Both open with the cursor in their first field, save on Enter and keep everything typed when
the core or the disk refuses it: the reason shows under the fields and the dialog stays open.
Opened from a note (`note=`), a new one starts with the note's text and is linked to it.
Saving is a command (ui/history/record_commands) pushed on the undo stack of the window that
opened the dialog, so Edit ▸ Undo there takes it back. What a new one reads and where it is
saved is its CaptureSource: the database (StoredRecords), or on a team database the console's
copy read while the server answered and its journal (ui/team/offline_capture), so a dispute or
an action item is taken while the server is away.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator import timesource
from facilitator.record.action_items import (
    KEEP,
    default_due_date,
    edit_action_item,
    get_action_item,
)
from facilitator.record.attendance import AttendanceView, attendance_of
from facilitator.record.disputes import get_dispute, update_dispute
from facilitator.record.notes import NoteView
from facilitator.record.people import PersonView, get_person, list_people
from facilitator.storage.database import Database
from facilitator.ui.common.commands import Tell, push_edit
from facilitator.ui.common.palette_colours import ERROR, tint
from facilitator.ui.history.record_commands import (
    AddActionItem,
    ChangeActionItem,
    ChangeDispute,
    NewActionItem,
    NewDispute,
    OpenDispute,
)
from facilitator.ui.team.reload_offer import offer_reload
from facilitator.vocabulary import AttendanceStatus, DisputeCategory, Team

NOBODY = 0
SIDES = (Team.SALES, Team.MARKETING)


class CaptureSource(Protocol):
    """What a new dispute or action item is chosen from, and where it is saved: each save
    pushes its command on the stack and gives the new record's id, None when refused."""

    def people(self) -> list[PersonView]: ...

    def attendance(self, meeting_id: int) -> list[AttendanceView]: ...

    def due_date(self, meeting_id: int) -> date: ...

    def save_dispute(self, stack: QUndoStack, new: NewDispute, tell: Tell) -> int | None: ...

    def save_action_item(
        self, stack: QUndoStack, new: NewActionItem, tell: Tell
    ) -> int | None: ...


class StoredRecords:
    """The database itself: read as the dialog opens, saved straight into it."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def people(self) -> list[PersonView]:
        return list_people(self.db)

    def attendance(self, meeting_id: int) -> list[AttendanceView]:
        return attendance_of(self.db, meeting_id)

    def due_date(self, meeting_id: int) -> date:
        return default_due_date(self.db, meeting_id)

    def save_dispute(self, stack: QUndoStack, new: NewDispute, tell: Tell) -> int | None:
        opened = OpenDispute(self.db, new, tell)
        return opened.record_id if push_edit(stack, opened) else None

    def save_action_item(self, stack: QUndoStack, new: NewActionItem, tell: Tell) -> int | None:
        added = AddActionItem(self.db, new, tell)
        return added.record_id if push_edit(stack, added) else None


def _problem_label() -> QLabel:
    label = QLabel(objectName="problemLabel", textFormat=Qt.TextFormat.PlainText)
    tint(label, ERROR)
    label.setWordWrap(True)
    label.hide()
    return label


def _position_edit(name: str, placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(objectName=name)
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(70)
    return edit


def _buddy_labels(form: QFormLayout) -> None:
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label is None or field is None:
            continue
        widget = label.widget()
        if isinstance(widget, QLabel) and field.widget() is not None:
            widget.setBuddy(field.widget())


class _CaptureDialog(QDialog):
    """Save / Cancel buttons, a problem line, and Ctrl+Enter saving from multi-line fields."""

    saved = Signal(int)
    """The id of the dispute or action item just stored (or put back by an undo)."""

    def _use_stack(self, undo_stack: QUndoStack | None) -> None:
        """The opening window's stack; a dialog opened without one keeps its own."""
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)

    def _finish_layout(self, form: QFormLayout, save_text: str) -> None:
        self.problem_label = _problem_label()
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button.setText(save_text)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save and close (Enter, or Ctrl+Enter in any field)"))
        self._buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            self.tr("Close without saving (Esc)")
        )
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)
        _buddy_labels(form)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self._buttons)

    @property
    def save_button(self) -> QPushButton:
        return self._buttons.button(QDialogButtonBox.StandardButton.Save)

    def show_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))


class DisputeDialog(_CaptureDialog):
    """Open a dispute at a meeting (meeting_id) or edit one (dispute_id)."""

    def __init__(
        self,
        db: Database,
        meeting_id: int | None = None,
        *,
        dispute_id: int | None = None,
        parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
        note: NoteView | None = None,
        source: CaptureSource | None = None,
    ) -> None:
        super().__init__(parent)
        if meeting_id is None and dispute_id is None:
            raise ValueError("A new dispute needs the meeting it is raised at.")
        self._use_stack(undo_stack)
        self.note_id = None if note is None else note.id
        self._db = db
        self._meeting_id = meeting_id
        self.dispute_id = dispute_id
        self._version: int | None = None
        """The version of the dispute on show: an edit from another moderator since refuses."""
        self._raised_by: int | None = None
        self._source = source if source is not None else StoredRecords(db)
        self._people = self._source.people()
        self._attending = self._attending_ids(meeting_id)
        self.setWindowTitle(
            self.tr("Edit dispute") if dispute_id is not None else self.tr("New dispute")
        )
        self._init_widgets()
        if dispute_id is not None:
            self._load(dispute_id)
        elif note is not None:
            self.title_edit.setText(note.text)
        self._fill_people()
        self.title_edit.setFocus()

    def _attending_ids(self, meeting_id: int | None) -> set[int]:
        if meeting_id is None:
            return set()
        return {
            view.person_id
            for view in self._source.attendance(meeting_id)
            if view.status is not AttendanceStatus.ABSENT
        }

    def _init_widgets(self) -> None:
        self.title_edit = QLineEdit(objectName="disputeTitle")
        self.title_edit.setPlaceholderText(self.tr("What Sales and Marketing disagree on"))
        self.title_edit.setMinimumWidth(420)
        self.category_box = QComboBox(objectName="disputeCategory")
        self.category_box.setToolTip(self.tr("What kind of disagreement it is"))
        for category in DisputeCategory:
            self.category_box.addItem(category.label, category)
        self.team_box = QComboBox(objectName="raisedByTeam")
        self.team_box.setToolTip(self.tr("The team that raised the dispute"))
        for team in (*SIDES, *(t for t in Team if t not in SIDES)):
            self.team_box.addItem(team.label, team)
        self.person_box = QComboBox(objectName="raisedByPerson")
        self.person_box.setToolTip(
            self.tr("Who raised it: the chosen team's people, those at this meeting first")
        )
        self.team_box.currentIndexChanged.connect(self._fill_people)
        self.sales_edit = _position_edit("salesPosition", self.tr("What Sales says"))
        self.sales_edit.setToolTip(self.tr("Sales' side of the dispute, in its own words"))
        self.marketing_edit = _position_edit("marketingPosition", self.tr("What Marketing says"))
        self.marketing_edit.setToolTip(
            self.tr("Marketing's side of the dispute, in its own words")
        )
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Category"), self.category_box)
        form.addRow(self.tr("Raised by t&eam"), self.team_box)
        form.addRow(self.tr("Raised by &person"), self.person_box)
        form.addRow(self.tr("&Sales position"), self.sales_edit)
        form.addRow(self.tr("&Marketing position"), self.marketing_edit)
        self._finish_layout(form, self.tr("Save dispute"))

    def _load(self, dispute_id: int) -> None:
        view = get_dispute(self._db, dispute_id)
        self._version = view.version
        self.title_edit.setText(view.title)
        self.category_box.setCurrentIndex(self.category_box.findData(view.category))
        self.team_box.setCurrentIndex(self.team_box.findData(view.raised_by_team))
        self.sales_edit.setPlainText(view.sales_position)
        self.marketing_edit.setPlainText(view.marketing_position)
        self._raised_by = view.raised_by_id
        # Who raised it is history: the core keeps it as logged.
        self.team_box.setEnabled(False)
        self.person_box.setEnabled(False)

    def _fill_people(self) -> None:
        """The chosen team's people, those at this meeting first."""
        team = Team(self.team_box.currentData())
        box = self.person_box
        box.clear()
        box.addItem(self.tr("(not named)"), NOBODY)
        members = [person for person in self._people if person.team is team]
        members.sort(key=lambda person: person.id not in self._attending)
        for person in members:
            box.addItem(person.name, person.id)
        if self._raised_by is not None:
            box.setCurrentIndex(max(box.findData(self._raised_by), 0))

    def accept(self) -> None:
        title = self.title_edit.text()
        category = DisputeCategory(self.category_box.currentData())
        sales = self.sales_edit.toPlainText()
        marketing = self.marketing_edit.toPlainText()
        if self.dispute_id is None:
            assert self._meeting_id is not None
            person = self.person_box.currentData()
            new = NewDispute(
                self._meeting_id,
                title,
                category,
                Team(self.team_box.currentData()),
                person if person != NOBODY else None,
                sales,
                marketing,
                self.note_id,
            )
            made = self._source.save_dispute(self.undo_stack, new, self.show_problem)
            if made is None:
                return
            self.dispute_id = made
        else:
            dispute_id, version = self.dispute_id, self._version
            edited = ChangeDispute(
                self._db,
                dispute_id,
                self.tr("Edit dispute “{title}”").format(title=title.strip()),
                self.tr("dispute edit"),
                lambda: update_dispute(
                    self._db,
                    dispute_id,
                    title=title,
                    category=category,
                    sales_position=sales,
                    marketing_position=marketing,
                ),
                self.show_problem,
                expected_version=version,
            )
            if not push_edit(self.undo_stack, edited):
                if edited.changed_elsewhere and offer_reload(self, edited.refusal):
                    self._load(dispute_id)
                    self.show_problem("")
                return
        self.saved.emit(self.dispute_id)
        super().accept()


class ActionItemDialog(_CaptureDialog):
    """Record an action item at a meeting (meeting_id) or edit one (action_id)."""

    def __init__(
        self,
        db: Database,
        meeting_id: int | None = None,
        *,
        action_id: int | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
        note: NoteView | None = None,
        source: CaptureSource | None = None,
    ) -> None:
        super().__init__(parent)
        if meeting_id is None and action_id is None:
            raise ValueError("A new action item needs the meeting it is made at.")
        self._use_stack(undo_stack)
        self.note_id = None if note is None else note.id
        self._db = db
        self._source = source if source is not None else StoredRecords(db)
        self._today = today if today is not None else timesource.today()
        self.action_id = action_id
        self._version: int | None = None
        """The version of the item on show: an edit from another moderator since refuses."""
        self._owner_id: int | None = None
        self.setWindowTitle(
            self.tr("Edit action item") if action_id is not None else self.tr("New action item")
        )
        self._init_widgets()
        if action_id is not None:
            meeting_id = self._load(action_id)
        self._meeting_id = meeting_id
        if action_id is None:
            assert meeting_id is not None
            self.due_edit.setDate(QDate(self._source.due_date(meeting_id)))
            if note is not None:
                self.text_edit.setText(note.text)
        self._shown_due = self.due_date()
        self._fill_owners(meeting_id)
        self.text_edit.setFocus()

    def _load(self, action_id: int) -> int | None:
        """Show the stored item (again, after a reload); returns the meeting that made it."""
        view = get_action_item(self._db, action_id, today=self._today)
        self._version = view.version
        self.text_edit.setText(view.text)
        self._owner_id = view.owner_id
        shown_due = view.due_date if view.due_date is not None else self._today
        self.due_edit.setDate(QDate(shown_due))
        self._shown_due = self.due_date()
        found = self.owner_box.findData(view.owner_id if view.owner_id is not None else NOBODY)
        if found >= 0:
            self.owner_box.setCurrentIndex(found)
        return view.created_meeting_id

    def _init_widgets(self) -> None:
        self.text_edit = QLineEdit(objectName="actionText")
        self.text_edit.setPlaceholderText(self.tr("What is to be done"))
        self.text_edit.setMinimumWidth(420)
        self.owner_box = QComboBox(objectName="actionOwner")
        self.owner_box.setToolTip(
            self.tr("Who will do it: the meeting's attendees first, then everyone else")
        )
        self.due_edit = QDateEdit(objectName="actionDue")
        self.due_edit.setToolTip(self.tr("The day it is due; the calendar opens from the arrow"))
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("ddd yyyy-MM-dd")
        form = QFormLayout()
        form.addRow(self.tr("&What"), self.text_edit)
        form.addRow(self.tr("&Owner"), self.owner_box)
        form.addRow(self.tr("&Due"), self.due_edit)
        self._finish_layout(form, self.tr("Save action item"))

    def _fill_owners(self, meeting_id: int | None) -> None:
        """The meeting's attendees first, then the rest of the roster."""
        box = self.owner_box
        box.addItem(self.tr("(no owner)"), NOBODY)
        attending = [] if meeting_id is None else self._source.attendance(meeting_id)
        shown: set[int] = set()
        for view in attending:
            if view.status is AttendanceStatus.ABSENT:
                continue
            box.addItem(f"{view.name} ({view.team.label})", view.person_id)
            shown.add(view.person_id)
        rest: list[PersonView] = [p for p in self._source.people() if p.id not in shown]
        if shown and rest:
            box.insertSeparator(box.count())
        for person in rest:
            box.addItem(f"{person.name} ({person.team.label})", person.id)
        if self._owner_id is not None:
            if box.findData(self._owner_id) < 0:
                owner = get_person(self._db, self._owner_id)
                inactive = self.tr("{name} ({team}, inactive)")
                box.addItem(inactive.format(name=owner.name, team=owner.team.label), owner.id)
            box.setCurrentIndex(box.findData(self._owner_id))

    def due_date(self) -> date:
        return self.due_edit.date().toPython()

    def accept(self) -> None:
        text = self.text_edit.text()
        owner = self.owner_box.currentData()
        owner_id = owner if isinstance(owner, int) and owner != NOBODY else None
        due = self.due_date()
        if self.action_id is None:
            assert self._meeting_id is not None
            new = NewActionItem(
                self._meeting_id, text, owner_id, due, self._today, self.note_id
            )
            made = self._source.save_action_item(self.undo_stack, new, self.show_problem)
            if made is None:
                return
            self.action_id = made
        else:
            action_id, version = self.action_id, self._version
            changed_owner = owner_id != self._owner_id
            team = self._team_of(owner_id) if changed_owner else KEEP
            due_date = due if due != self._shown_due else KEEP
            edited = ChangeActionItem(
                self._db,
                action_id,
                self.tr("Edit action item"),
                self.tr("action item edit"),
                lambda: edit_action_item(
                    self._db,
                    action_id,
                    text=text,
                    owner_id=owner_id,
                    team=team,
                    due_date=due_date,
                    today=self._today,
                ),
                self.show_problem,
                expected_version=version,
            )
            if not push_edit(self.undo_stack, edited):
                if edited.changed_elsewhere and offer_reload(self, edited.refusal):
                    self._load(action_id)
                    self.show_problem("")
                return
        self.saved.emit(self.action_id)
        super().accept()

    def _team_of(self, person_id: int | None) -> Team | None:
        if person_id is None:
            return None
        return next((p.team for p in list_people(self._db) if p.id == person_id), None)
