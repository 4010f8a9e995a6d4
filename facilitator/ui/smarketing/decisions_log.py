"""Metrics ▸ Decision log…: every decision note with its date, owner, goal, review date and the
meeting that reviewed it; "Due for review only" keeps those whose review date has come and
that no meeting has taken up yet. Details… (Enter, a double-click) edits the chosen one's
commitments, undoable from here.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QDate,
    QLocale,
    QSettings,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator import timesource
from facilitator.decisions.decision_log import DecisionEntry, decision_log, set_reviewed
from facilitator.decisions.decision_review import ReviewPlace, review_place
from facilitator.record.carry_over import accept_offer
from facilitator.record.meetings import (
    MeetingLocked,
    MeetingRefused,
    load_meeting,
    replace_agenda,
)
from facilitator.rules.agenda import PlanRefused
from facilitator.storage.database import Database
from facilitator.ui.common.commands import EditCommand, Tell, push_edit
from facilitator.ui.common.palette_colours import MISSED
from facilitator.ui.common.undo_buttons import undo_buttons
from facilitator.ui.smarketing.decisions_dialog import DecisionDialog

GEOMETRY_KEY = "decisionLog/geometry"
DUE_KEY = "decisionLog/dueOnly"
COLUMNS = (
    QT_TRANSLATE_NOOP("DecisionLogDialog", "Decided"),
    QT_TRANSLATE_NOOP("DecisionLogDialog", "Decision"),
    QT_TRANSLATE_NOOP("DecisionLogDialog", "Owner"),
    QT_TRANSLATE_NOOP("DecisionLogDialog", "Goal"),
    QT_TRANSLATE_NOOP("DecisionLogDialog", "Review on"),
    QT_TRANSLATE_NOOP("DecisionLogDialog", "Reviewed at"),
)
NO_PLACE = QT_TRANSLATE_NOOP(
    "DecisionLogDialog",
    "No meeting is planned on or after its review date yet: plan one, and the decision is "
    "offered for its agenda.",
)


def _day(day: object) -> str:
    """A day as '05 Mar 2024', with the month named in the app's language."""
    return QLocale().toString(QDate(day), "dd MMM yyyy")


class PutOnAgenda(EditCommand):
    """A due decision onto the agenda of the meeting it comes back at, marked reviewed there;
    undo puts the agenda back as it was and the decision due again."""

    refusals = (PlanRefused, MeetingLocked, MeetingRefused)

    def __init__(self, db: Database, note_id: int, place: ReviewPlace, tell: Tell) -> None:
        super().__init__(
            QCoreApplication.translate("PutOnAgenda", "Put on the agenda of {meeting}").format(
                meeting=place.meeting_label
            ),
            QCoreApplication.translate("PutOnAgenda", "review"),
            tell,
        )
        self._db, self._note_id, self._place = db, note_id, place
        self._before = load_meeting(db, place.meeting_id).plan()

    def apply(self) -> None:
        accept_offer(self._db, self._place.meeting_id, [self._place.offer])

    def revert(self) -> None:
        replace_agenda(self._db, self._place.meeting_id, self._before)
        set_reviewed(self._db, self._note_id, None)


def _plain(name: str) -> QLabel:
    label = QLabel(objectName=name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class DecisionLogDialog(QDialog):
    """The decision log, newest meeting first."""

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, settings: QSettings | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Decision log"))
        self._db = db
        self._settings = settings if settings is not None else QSettings()
        self._today = timesource.today()
        self.entries: list[DecisionEntry] = []
        self.details_dialog: DecisionDialog | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.indexChanged.connect(lambda _index: self.reload())
        self.due_check = QCheckBox(
            self.tr("D&ue for review only"),
            objectName="dueOnly",
            toolTip=self.tr("Show only decisions whose review date has come and not been met"),
        )
        self.due_check.setChecked(self._settings.value(DUE_KEY, False, type=bool))
        self.due_check.toggled.connect(self._due_toggled)
        self.count_label = _plain("decisionCount")
        self.count_label.setWordWrap(False)
        top = QHBoxLayout()
        top.addWidget(self.due_check)
        top.addStretch(1)
        top.addWidget(self.count_label)
        self.table = QTableWidget(0, len(COLUMNS), objectName="decisionTable")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setAccessibleDescription(
            self.tr("Every decision note; Enter or a double-click edits the chosen one's details")
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(self.edit_selected)
        self.details_button = QPushButton(
            self.tr("&Details…"),
            objectName="decisionDetailsButton",
            toolTip=self.tr("Edit the chosen decision's owner, goal and review date (Enter)"),
        )
        self.details_button.clicked.connect(self.edit_selected)
        self.agenda_button = QPushButton(self.tr("Put on &agenda"), objectName="putOnAgendaButton")
        self.agenda_button.setToolTip(
            self.tr("Add the due decision to the first meeting planned after its review date")
        )
        self.agenda_button.clicked.connect(self.put_on_agenda)
        self.message = QLabel(objectName="decisionLogMessage", wordWrap=True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_button, self.redo_button = undo_buttons(self.undo_stack, self)
        buttons = QHBoxLayout()
        for button in (
            self.details_button,
            self.agenda_button,
            self.undo_button,
            self.redo_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setToolTip(
            self.tr("Close the decision log")
        )
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(1000, 520)
        self.reload()
        geometry = self._settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        self.table.setFocus()

    def _due_toggled(self, due_only: bool) -> None:
        self._settings.setValue(DUE_KEY, due_only)
        self.reload()

    def reload(self) -> None:
        chosen = self.selected()
        due_by = self._today if self.due_check.isChecked() else None
        self.entries = decision_log(self._db, due_by=due_by)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            review = entry.details.review_on
            cells = (
                _day(entry.decided_on),
                entry.text,
                entry.owner,
                entry.goal,
                "" if review is None else _day(review),
                entry.reviewed_at or (self.tr("due") if entry.due_on(self._today) else ""),
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(f"{entry.meeting_title}: {entry.text}")
                self.table.setItem(row, column, item)
            if entry.due_on(self._today):
                for column in (4, 5):
                    item = self.table.item(row, column)
                    item.setForeground(MISSED.colour())
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        due = sum(1 for entry in self.entries if entry.due_on(self._today))
        if self.due_check.isChecked():
            count = self.tr("%n due for review; {due} due now.", "", len(self.entries))
        else:
            count = self.tr("%n in the log; {due} due now.", "", len(self.entries))
        self.count_label.setText(count.format(due=due))
        ids = [entry.note_id for entry in self.entries]
        if chosen is not None and chosen.note_id in ids:
            self.table.selectRow(ids.index(chosen.note_id))
        elif ids:
            self.table.selectRow(0)
        self.details_button.setEnabled(bool(ids))
        self._update_buttons()

    def _update_buttons(self) -> None:
        entry = self.selected()
        self.agenda_button.setEnabled(entry is not None and entry.due_on(self._today))

    def put_on_agenda(self) -> bool:
        """The selected due decision onto the agenda of the meeting it comes back at."""
        entry = self.selected()
        if entry is None or not entry.due_on(self._today):
            return False
        place = review_place(self._db, entry.note_id)
        if place is None:
            self.message.setText(self.tr(NO_PLACE))
            return False
        if not push_edit(self.undo_stack, PutOnAgenda(self._db, entry.note_id, place, self._tell)):
            return False
        self.message.setText(
            self.tr("On the agenda of {meeting}; marked reviewed there.").format(
                meeting=place.meeting_label
            )
        )
        return True

    def _tell(self, refusal: str) -> None:
        self.message.setText(self.tr("Not added — {reason}").format(reason=refusal))

    def selected(self) -> DecisionEntry | None:
        row = self.table.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def edit_selected(self) -> DecisionDialog | None:
        entry = self.selected()
        if entry is None:
            return None
        dialog = DecisionDialog(self._db, entry.note_id, entry.text, self.undo_stack, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "details_dialog", None))
        self.details_dialog = dialog
        dialog.open()
        return dialog

    def done(self, result: int) -> None:
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)
