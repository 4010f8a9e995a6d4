"""After a meeting of a series is created: what came back, and what is offered for its agenda.

The offers are the previous meeting's items never reached and the notes parked there, and the
decisions whose review date has passed (with their goal's values since, in the tooltip); the
moderator ticks the ones to add. A plan that breaks the cap is refused with the core's message
and the ticks stay, so the moderator can untick one and try again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.record.carry_over import accept_offer
from facilitator.record.meetings import MeetingLocked, MeetingRefused
from facilitator.record.next_meeting import NewMeeting, carry_summary
from facilitator.rules.agenda import PlannedItem, PlanRefused
from facilitator.rules.clock import format_seconds
from facilitator.storage.database import Database
from facilitator.ui.common.palette_colours import ERROR, tint
from facilitator.ui.common.tooltips import plain_tooltip


def offer_text(offer: PlannedItem) -> str:
    return f"{offer.title} ({offer.kind.label}, {format_seconds(offer.planned_seconds)})"


class CarryOverDialog(QDialog):
    """Shows the carry-over of a new meeting and adds the ticked offers to its agenda."""

    def __init__(
        self, db: Database, new_meeting: NewMeeting, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._meeting_id = new_meeting.meeting_id
        self._offered = new_meeting.carry_over.offered
        self.added: list[PlannedItem] = []
        self.setWindowTitle(self.tr("Carried over from the last meeting"))
        summary = QLabel(carry_summary(new_meeting.carry_over), objectName="carrySummary")
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setWordWrap(True)
        heading = QLabel(
            self.tr(
                "Not reached or parked last time, or decisions due for review — tick the ones "
                "to put on this agenda (Space):"
            ),
            wordWrap=True,
        )
        self.offers_list = QListWidget(
            objectName="offersList", accessibleName=self.tr("Items to carry over")
        )
        self.offers_list.setAccessibleDescription(
            self.tr("Tick what the new meeting takes over from the last one")
        )
        # a few offers make a short list, not a tall empty box
        self.offers_list.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        for index, offer in enumerate(self._offered):
            item = QListWidgetItem(offer_text(offer))
            item.setToolTip(plain_tooltip(offer.description or offer.title))
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.offers_list.addItem(item)
        if self.offers_list.count():
            self.offers_list.setCurrentRow(0)
        self.problem_label = QLabel(objectName="problemLabel", wordWrap=True)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        tint(self.problem_label, ERROR)
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.add_button.setText(self.tr("Add ticked to agenda"))
        self.add_button.setToolTip(self.tr("Add the ticked items to the new meeting's agenda"))
        cancel = self._buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Not now"))
        cancel.setToolTip(self.tr("Close without adding anything; the agenda stays as it is"))
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(heading)
        layout.addWidget(self.offers_list, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(self._buttons)
        self.setMinimumWidth(480)  # the summary and the offers' titles read on one line
        self.offers_list.setFocus()

    @property
    def add_button(self) -> QPushButton:
        return self._buttons.button(QDialogButtonBox.StandardButton.Ok)

    def ticked(self) -> list[PlannedItem]:
        chosen = []
        for row in range(self.offers_list.count()):
            item = self.offers_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append(self._offered[int(item.data(Qt.ItemDataRole.UserRole))])
        return chosen

    def accept(self) -> None:
        chosen = self.ticked()
        if chosen:
            try:
                accept_offer(self._db, self._meeting_id, chosen)
            except (PlanRefused, MeetingLocked, MeetingRefused) as error:
                self.problem_label.setText(str(error))
                return
        self.added = chosen
        super().accept()
