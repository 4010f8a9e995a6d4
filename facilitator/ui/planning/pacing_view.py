"""The pacing view: which items ran long, by how much, and what it cost the items after them.

Shown under the as-run agenda. Overruns are red and also carry '+m:ss', items never reached
say 'not reached', and a sentence tells the story, so nothing is told by colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.meeting_views import MeetingView
from facilitator.rules.agenda import format_duration
from facilitator.rules.pacing import PacedItem, PacingReport, pacing_of_meeting
from facilitator.ui.common.palette_colours import ERROR
from facilitator.ui.common.tooltips import plain_tooltip

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

FILL = 100
"""A table's stretch against the 1 of the space after it: the table grows to its rows first."""
NOT_REACHED = QT_TRANSLATE_NOOP("PacingView", "not reached")
HEADERS = (
    "#",
    QT_TRANSLATE_NOOP("PacingView", "Item"),
    QT_TRANSLATE_NOOP("PacingView", "Planned"),
    QT_TRANSLATE_NOOP("PacingView", "Actual"),
    QT_TRANSLATE_NOOP("PacingView", "Over / under"),
    QT_TRANSLATE_NOOP("PacingView", "Started"),
    QT_TRANSLATE_NOOP("PacingView", "Cut"),
)
NUMBER, TITLE, PLANNED, ACTUAL, DIFFERENCE, STARTED, CUT = range(len(HEADERS))


def difference_text(item: PacedItem) -> str:
    """'+4:10' for an overrun, '-2:00' for time saved, '0:00' on time; '' when not done."""
    if not item.reached:
        return _not_reached()
    if item.running:
        return ""
    seconds = item.difference_seconds
    return f"+{format_duration(seconds)}" if seconds > 0 else format_duration(seconds)


def started_text(item: PacedItem) -> str:
    """'4:10 late', '1:00 early', 'on time' or 'not reached'."""
    late = item.started_late
    if late is None:
        return _not_reached()
    if late > 0:
        text = QCoreApplication.translate("PacingView", "{duration} late")
        return text.format(duration=format_duration(late))
    if late < 0:
        text = QCoreApplication.translate("PacingView", "{duration} early")
        return text.format(duration=format_duration(-late))
    return QCoreApplication.translate("PacingView", "on time")


def actual_text(item: PacedItem) -> str:
    if item.actual_seconds is None:
        return _not_reached()
    text = format_duration(item.actual_seconds)
    if item.running:
        return QCoreApplication.translate("PacingView", "{duration} so far").format(duration=text)
    return text


def _not_reached() -> str:
    return QCoreApplication.translate("PacingView", NOT_REACHED)


def _cut_text(item: PacedItem) -> str:
    if not item.cut_seconds:
        return ""
    text = QCoreApplication.translate("PacingView", "cut by {duration}")
    return text.format(duration=format_duration(item.cut_seconds))


class PacingView(QWidget):
    """Planned against actual per item, the lateness each start inherited, and the summary."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._report: PacingReport | None = None
        self.summary_label = QLabel(objectName="pacingSummary", wordWrap=True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, len(HEADERS), objectName="pacingTable")
        self.table.setHorizontalHeaderLabels([self.tr(header) for header in HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(
            self.tr("Pacing: planned against actual and lateness per item")
        )
        self.table.setAccessibleDescription(
            self.tr("Per item: how long it ran against its plan, how late it started, what was cut")
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(len(HEADERS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        title = QLabel(self.tr("Pacing"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, FILL)
        layout.addStretch(1)  # room beyond the table's rows stays below it, not between lines

    @property
    def report(self) -> PacingReport | None:
        return self._report

    def show_meeting(self, view: MeetingView) -> None:
        """The pacing of a meeting from its stored actual times."""
        self.show_report(pacing_of_meeting(view))

    def show_report(self, report: PacingReport) -> None:
        self._report = report
        self.summary_label.setText(report.summary())
        self.table.setRowCount(len(report.items))
        for row, item in enumerate(report.items):
            cells = {
                NUMBER: str(item.number),
                TITLE: item.title,
                PLANNED: format_duration(item.planned_seconds),
                ACTUAL: actual_text(item),
                DIFFERENCE: difference_text(item),
                STARTED: started_text(item),
                CUT: _cut_text(item),
            }
            for column, text in cells.items():
                cell = QTableWidgetItem(text)
                if column not in (TITLE, STARTED, CUT):
                    cell.setTextAlignment(RIGHT)
                if column == TITLE:
                    cell.setToolTip(plain_tooltip(item.title))
                if column in (ACTUAL, DIFFERENCE) and item.ran_long:
                    cell.setForeground(ERROR.colour())
                if column == STARTED and (item.started_late or 0) > 0:
                    cell.setForeground(ERROR.colour())
                self.table.setItem(row, column, cell)

    def cell_text(self, row: int, column: int) -> str:
        """What a cell says, as a reader (or a screen reader) gets it."""
        cell = self.table.item(row, column)
        return cell.text() if cell is not None else ""
