"""Metrics ▸ Neutrality…: whether the meetings stay balanced between Sales and Marketing, per
quarter and per meeting: the floor time each team had, the disputes each raised and which way
disputes were settled, with the verdict in words where the balance tips.

The numbers come from facilitator.neutrality.balance, the same place the minutes read them from.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QPointF,
    QRectF,
    QSettings,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.neutrality.balance import (
    PERIOD_FLOOR_LIMIT,
    MeetingBalance,
    PeriodBalance,
    balance_summary,
    floor_sentence,
)
from facilitator.neutrality.balance_reading import held_quarters, period_balance
from facilitator.neutrality.floor_time import FloorTime
from facilitator.rules.agenda import format_duration
from facilitator.storage.database import Database
from facilitator.ui.common.palette_colours import (
    MISSED,
    MUTED,
    SUCCESS,
    TEAM_COLOURS,
    WHITE,
    tint,
)
from facilitator.vocabulary import Team

GEOMETRY_KEY = "neutrality/geometry"
COLUMNS = (
    QT_TRANSLATE_NOOP("NeutralityDialog", "Date"),
    QT_TRANSLATE_NOOP("NeutralityDialog", "Meeting"),
    QT_TRANSLATE_NOOP("NeutralityDialog", "Sales"),
    QT_TRANSLATE_NOOP("NeutralityDialog", "Marketing"),
    QT_TRANSLATE_NOOP("NeutralityDialog", "Shared"),
    QT_TRANSLATE_NOOP("NeutralityDialog", "Sales share"),
    QT_TRANSLATE_NOOP("NeutralityDialog", "Raised S / M"),
    QT_TRANSLATE_NOOP("NeutralityDialog", "Settled →S / →M / comp. / esc."),
    QT_TRANSLATE_NOOP("NeutralityDialog", "Verdict"),
)


def _plain(text: str = "", name: str = "") -> QLabel:
    shown = QLabel(text, objectName=name)
    shown.setTextFormat(Qt.TextFormat.PlainText)
    shown.setWordWrap(True)
    return shown


def _settled(row: MeetingBalance) -> str:
    if not row.settled.unrecorded:
        return row.settled.each_way
    more = QCoreApplication.translate("NeutralityDialog", " (+{count} not recorded)")
    return row.settled.each_way + more.format(count=row.settled.unrecorded)


def meeting_cells(row: MeetingBalance) -> tuple[str, ...]:
    """One meeting's row of the table, as plain text."""
    return (
        row.day.isoformat(),
        row.title,
        format_duration(row.floor.sales),
        format_duration(row.floor.marketing),
        format_duration(row.floor.shared),
        row.floor.share_text(Team.SALES),
        f"{row.raised.sales} / {row.raised.marketing}",
        _settled(row),
        " ".join(row.verdicts) or QCoreApplication.translate("NeutralityDialog", "Balanced"),
    )


class FloorBar(QWidget):
    """Sales's and Marketing's floor time side by side in proportion, with marks where one team
    would hold the limit's share; the numbers are in words beside it (the colours decorate)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="floorBar")
        self.floor = FloorTime()
        self.setMinimumHeight(28)

    def sizeHint(self) -> QSize:
        return QSize(600, 28)

    def show_floor(self, floor: FloorTime) -> None:
        self.floor = floor
        self.setToolTip(floor_sentence(floor))
        self.update()

    def segments(self) -> list[tuple[str, int, QColor]]:
        """The parts drawn, left to right."""
        return [
            (Team.SALES.label, self.floor.sales, TEAM_COLOURS[Team.SALES]),
            (Team.MARKETING.label, self.floor.marketing, TEAM_COLOURS[Team.MARKETING]),
        ]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        total = self.floor.contested
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        if not total:
            painter.setPen(MUTED.colour())
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignCenter, self.tr("No team's floor time recorded")
            )
            return
        left = rect.left()
        for name, seconds, colour in self.segments():
            width = rect.width() * seconds / total
            part = QRectF(left, rect.top(), width, rect.height())
            painter.fillRect(part, colour)
            text = f"{name} {round(100 * seconds / total)} %"
            if width > painter.fontMetrics().horizontalAdvance(text) + 8:
                painter.setPen(WHITE)
                painter.drawText(part, Qt.AlignmentFlag.AlignCenter, text)
            left += width
        painter.setPen(QPen(WHITE, 1.5, Qt.PenStyle.DashLine))
        for share in (1 - PERIOD_FLOOR_LIMIT, PERIOD_FLOOR_LIMIT):
            x = rect.left() + rect.width() * share
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))


class NeutralityDialog(QDialog):
    """A quarter chosen from those with meetings: its bar and verdict, then each meeting's row."""

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, settings: QSettings | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Neutrality report"))
        self._db = db
        self._settings = settings if settings is not None else QSettings()
        self.report: PeriodBalance | None = None
        self.quarter_box = QComboBox(
            objectName="quarterBox", toolTip=self.tr("The quarter whose meetings are weighed")
        )
        for first, last, label in held_quarters(db):
            self.quarter_box.addItem(label, (first, last))
        quarter_label = QLabel(self.tr("&Quarter"))
        quarter_label.setBuddy(self.quarter_box)
        top = QHBoxLayout()
        top.addWidget(quarter_label)
        top.addWidget(self.quarter_box)
        top.addStretch(1)
        self.bar = FloorBar()
        self.summary = _plain(name="neutralitySummary")
        self.verdict = _plain(name="neutralityVerdict")
        self.table = QTableWidget(0, len(COLUMNS), objectName="meetingBalances")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setAccessibleDescription(
            self.tr("Each meeting's floor time per team, disputes raised and how they were settled")
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setWordWrap(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setToolTip(
            self.tr("Close the neutrality report")
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.verdict)
        layout.addWidget(_plain(self.tr("Each meeting of the quarter:")))
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.quarter_box.currentIndexChanged.connect(self.reload)
        self.resize(1180, 560)
        geometry = self._settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        self.reload()

    def reload(self) -> None:
        """Show the chosen quarter as stored now."""
        chosen = self.quarter_box.currentData()
        if chosen is None:
            self.report = None
            self.bar.show_floor(FloorTime())
            self.summary.setText(
                self.tr("No meeting has been held yet: the report fills as they are.")
            )
            self.verdict.clear()
            self.table.setRowCount(0)
            return
        first, last = chosen
        self.report = period_balance(self._db, first, last, self.quarter_box.currentText())
        self._show(self.report)

    def _show(self, report: PeriodBalance) -> None:
        self.bar.show_floor(report.floor)
        held = len(report.meetings)
        if held == 1:
            opening = self.tr("{quarter}, %n meeting held: {summary}", "", held)
        else:
            opening = self.tr("{quarter}, %n meetings held: {summary}", "", held)
        self.summary.setText(
            opening.format(
                quarter=report.label,
                summary=balance_summary(report.floor, report.raised, report.settled),
            )
        )
        if report.verdicts:
            self.verdict.setText("\n".join(report.verdicts))
            tint(self.verdict, MISSED, bold=True)
        else:
            self.verdict.setText(
                self.tr(
                    "Balanced: neither team held over {percent} % of the "
                    "floor, and neither raised nor won most disputes."
                ).format(percent=round(PERIOD_FLOOR_LIMIT * 100))
            )
            tint(self.verdict, SUCCESS)
        self.table.setRowCount(len(report.meetings))
        for row, meeting in enumerate(reversed(report.meetings)):
            for column, text in enumerate(meeting_cells(meeting)):
                item = QTableWidgetItem(text)
                if column == len(COLUMNS) - 1:
                    item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.setColumnWidth(1, 230)

    def done(self, result: int) -> None:
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)
