"""A decision note's commitments: its owner, the goal that will show whether it worked, and the
day to look again, so the decision comes back on the agenda of the first meeting after it.

DecisionDialog edits them as one undoable command on the stack it is given (the console's, or
the decision log's). DecisionFromNote is the console's Capture ▸ Decision details… key
(Ctrl+Shift+O): the decision note selected in the notes list, else the last one filed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator import timesource
from facilitator.decisions.decision_log import (
    DecisionDetails,
    DecisionRefused,
    decision_details,
    set_decision,
)
from facilitator.measures.metrics import list_goals
from facilitator.record.notes import NoteView
from facilitator.record.people import list_people
from facilitator.storage.database import Database
from facilitator.ui.common.commands import EditCommand, Tell, push_edit
from facilitator.ui.common.palette_colours import ERROR, tint
from facilitator.ui.console.run_controls import window_action
from facilitator.ui.notes.notes_panel import NotesPanel
from facilitator.vocabulary import NoteKind

if TYPE_CHECKING:
    from facilitator.ui.console.console import ConsoleWindow

DECISION_KEY = "Ctrl+Shift+O"
NO_DECISION = QT_TRANSLATE_NOOP(
    "DecisionFromNote",
    "There is no decision note yet: type one starting with ! and press Enter first.",
)


class SetDecision(EditCommand):
    """Store a decision's details; undo puts back those it had."""

    refusals = (DecisionRefused,)

    def __init__(
        self,
        db: Database,
        note_id: int,
        before: DecisionDetails,
        after: DecisionDetails,
        tell: Tell,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("SetDecision", "Set decision details"),
            QCoreApplication.translate("SetDecision", "decision details"),
            tell,
        )
        self._db, self.note_id = db, note_id
        self._before, self._after = before, after

    def apply(self) -> None:
        set_decision(self._db, self.note_id, self._after)

    def revert(self) -> None:
        set_decision(self._db, self.note_id, self._before)


class DecisionDialog(QDialog):
    """Owner, goal and review date of one decision note; OK pushes the change."""

    def __init__(
        self,
        db: Database,
        note_id: int,
        text: str,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Decision details"))
        self._db, self.note_id, self._stack = db, note_id, undo_stack
        self._before = decision_details(db, note_id)
        self.saved = False
        decision = QLabel(text, objectName="decisionText", wordWrap=True)
        decision.setTextFormat(Qt.TextFormat.PlainText)
        self.owner_combo = QComboBox(
            objectName="decisionOwner", toolTip=self.tr("Who sees that the decision is carried out")
        )
        self.owner_combo.addItem(self.tr("No owner"), None)
        for person in list_people(db):
            self.owner_combo.addItem(f"{person.name} ({person.team.label})", person.id)
        self.goal_combo = QComboBox(
            objectName="decisionGoal", toolTip=self.tr("The goal that will show whether it worked")
        )
        self.goal_combo.addItem(self.tr("No goal"), None)
        for goal in list_goals(db, include_inactive=True):
            if goal.active or goal.id == self._before.goal_id:
                self.goal_combo.addItem(goal.name, goal.id)
        self.review_check = QCheckBox(
            self.tr("&Review on:"),
            objectName="decisionHasReview",
            toolTip=self.tr("Bring the decision back on the agenda of the first meeting after"),
        )
        self.review_edit = QDateEdit(
            objectName="decisionReviewOn", toolTip=self.tr("The day to look at the decision again")
        )
        self.review_edit.setCalendarPopup(True)
        self.review_edit.setDisplayFormat("d MMM yyyy")
        self.review_check.toggled.connect(self.review_edit.setEnabled)
        before = self._before
        self.owner_combo.setCurrentIndex(max(self.owner_combo.findData(before.owner_id), 0))
        self.goal_combo.setCurrentIndex(max(self.goal_combo.findData(before.goal_id), 0))
        self.review_check.setChecked(before.review_on is not None)
        self.review_edit.setEnabled(before.review_on is not None)
        self.review_edit.setDate(QDate(before.review_on or timesource.today()))
        self.problem = QLabel(objectName="decisionProblem", wordWrap=True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        tint(self.problem, ERROR)
        form = QFormLayout()
        form.addRow(self.tr("&Owner:"), self.owner_combo)
        form.addRow(self.tr("&Goal:"), self.goal_combo)
        form.addRow(self.review_check, self.review_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setToolTip(
            self.tr("Save the owner, goal and review date (Undo takes them back)")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            self.tr("Close without changing the decision")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(decision)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.owner_combo.setFocus()

    def buttons_ok(self) -> QPushButton:
        return self._buttons.button(QDialogButtonBox.StandardButton.Ok)

    def details(self) -> DecisionDetails:
        review = self.review_edit.date().toPython() if self.review_check.isChecked() else None
        owner, goal = self.owner_combo.currentData(), self.goal_combo.currentData()
        return DecisionDetails(owner, goal, review)

    def accept(self) -> None:
        after = self.details()
        if after != self._before:
            command = SetDecision(self._db, self.note_id, self._before, after, self._say)
            if not push_edit(self._stack, command):
                return
            self.saved = True
        super().accept()

    def _say(self, refusal: str) -> None:
        self.problem.setText(refusal)


class DecisionFromNote:
    """The console's key for the decision note at hand; wired with one line."""

    def __init__(self, window: ConsoleWindow, db: Database, notes: NotesPanel, menu: QMenu) -> None:
        self._window, self._db, self._notes = window, db, notes
        self._tell = window.status_line.say
        self.dialog: DecisionDialog | None = None
        """The dialog open now, without blocking the clock."""
        self.action: QAction = window_action(
            window,
            QCoreApplication.translate("DecisionFromNote", "Decision details…"),
            DECISION_KEY,
            self.open,
        )
        notes.record_actions.append(self.action)
        menu.addAction(self.action)

    def note_at_hand(self) -> NoteView | None:
        """The decision note selected, else the last decision note filed (not one being typed)."""
        draft = self._notes.draft_id
        selected = self._notes.selected_note()
        if selected is not None and selected.id != draft and selected.kind is NoteKind.DECISION:
            return selected
        filed = [
            note
            for note in self._notes.model.rows()
            if isinstance(note, NoteView) and note.id != draft and note.kind is NoteKind.DECISION
        ]
        return max(filed, key=lambda note: note.id, default=None)

    def open(self) -> DecisionDialog | None:
        note = self.note_at_hand()
        if note is None:
            self._tell(QCoreApplication.translate("DecisionFromNote", NO_DECISION))
            return None
        stack = self._notes.undo_stack
        dialog = DecisionDialog(self._db, note.id, note.text, stack, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self, dialog: DecisionDialog) -> None:
        self.dialog = None
        if dialog.saved:
            self._tell(QCoreApplication.translate("DecisionFromNote", "Decision details saved."))
