"""The read-only view of one meeting: its title, time, cap, moderator and planned agenda."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.meetings import AgendaItemView, MeetingView

OVER_COLOUR = QColor("#b3261e")
"""A dark red that keeps a 7:1 contrast on white, so an overrun reads without colour too."""

_ModelIndex = QModelIndex | QPersistentModelIndex


def format_clock(seconds: int) -> str:
    """Minutes and seconds the way a meeting clock shows them: 12:00, 3:05, 65:00."""
    minutes, rest = divmod(abs(int(seconds)), 60)
    sign = "-" if seconds < 0 else ""
    return f"{sign}{minutes}:{rest:02d}"


def format_when(start: datetime, cap_seconds: int) -> str:
    """A meeting's day and time window in local time, e.g. 'Tuesday 12 March 2024 · 16:30–17:10'."""
    local = start.astimezone()
    end = local + timedelta(seconds=cap_seconds)
    return f"{local:%A} {local.day} {local:%B %Y} · {local:%H:%M}–{end:%H:%M}"


def presenter_text(item: AgendaItemView) -> str:
    """Team first, then person: a slot is given to a team before anyone is named."""
    if item.presenter_team is not None and item.presenter_name:
        return f"{item.presenter_team.label} — {item.presenter_name}"
    if item.presenter_team is not None:
        return item.presenter_team.label
    if item.presenter_name:
        return item.presenter_name
    return "Moderator"


def actual_seconds(item: AgendaItemView) -> int | None:
    if item.actual_start is None or item.actual_end is None:
        return None
    return int((item.actual_end - item.actual_start).total_seconds())


class AgendaTableModel(QAbstractTableModel):
    """The planned agenda of one meeting, with actual times once it has run."""

    NUMBER, TITLE, KIND, PRESENTER, PLANNED, ACTUAL = range(6)
    HEADERS = ("#", "Title", "Kind", "Presenter", "Planned", "Actual")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: tuple[AgendaItemView, ...] = ()

    def set_items(self, items: tuple[AgendaItemView, ...]) -> None:
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self._numeric_columns():
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            return item.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self._numeric_columns():
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ForegroundRole and column == self.ACTUAL:
            actual = actual_seconds(item)
            if actual is not None and actual > item.planned_seconds:
                return OVER_COLOUR
        return None

    def _numeric_columns(self) -> tuple[int, ...]:
        return (self.NUMBER, self.PLANNED, self.ACTUAL)

    def _display(self, item: AgendaItemView, column: int) -> str:
        if column == self.NUMBER:
            return str(item.position + 1)
        if column == self.TITLE:
            return item.title
        if column == self.KIND:
            return item.kind.label
        if column == self.PRESENTER:
            return presenter_text(item)
        if column == self.PLANNED:
            return format_clock(item.planned_seconds)
        actual = actual_seconds(item)
        if actual is not None:
            overrun = actual - item.planned_seconds
            if overrun > 0:
                return f"{format_clock(actual)} (+{format_clock(overrun)})"
            return format_clock(actual)
        return "running" if item.actual_start is not None else "—"


class MeetingDetail(QWidget):
    """Shows one meeting as the moderator reads it before the run; it never edits anything."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._meeting_id: int | None = None
        self._model = AgendaTableModel(self)
        self._init_widgets()

    @property
    def meeting_id(self) -> int | None:
        """The meeting on show, so the window can keep it across a refresh."""
        return self._meeting_id

    @property
    def title_label(self) -> QLabel:
        return self._title

    @property
    def agenda_table(self) -> QTableView:
        return self._agenda

    def show_meeting(self, view: MeetingView) -> None:
        self._meeting_id = view.id
        self._title.setText(view.title)
        self._when.setText(format_when(view.scheduled_at, view.cap_seconds))
        self._kind.setText(view.kind.label)
        self._status.setText(view.status.label)
        self._cap.setText(f"{view.cap_seconds // 60} minutes")
        self._moderator.setText(self._moderator_text(view))
        self._model.set_items(view.items)
        self._show_total(view)

    def _init_widgets(self) -> None:
        self._title = QLabel(objectName="meetingTitle")
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        self._title.setFont(title_font)
        self._title.setWordWrap(True)
        self._title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._when = QLabel(objectName="meetingWhen")
        when_font = QFont(self.font())
        when_font.setPointSizeF(when_font.pointSizeF() * 1.15)
        self._when.setFont(when_font)

        self._kind = QLabel()
        self._status = QLabel()
        self._cap = QLabel()
        self._moderator = QLabel(textFormat=Qt.TextFormat.PlainText)
        self._moderator.setWordWrap(True)
        facts = QFormLayout()
        facts.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        facts.setHorizontalSpacing(24)
        facts.setVerticalSpacing(6)
        facts.addRow("Kind", self._kind)
        facts.addRow("Status", self._status)
        facts.addRow("Cap", self._cap)
        facts.addRow("Moderator", self._moderator)

        heading = QLabel("Agenda")
        heading_font = QFont(self.font())
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.15)
        heading.setFont(heading_font)

        self._agenda = QTableView(objectName="agendaTable")
        self._agenda.setModel(self._model)
        self._agenda.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._agenda.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._agenda.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._agenda.setAlternatingRowColors(True)
        self._agenda.setWordWrap(False)
        self._agenda.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._agenda.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self._agenda.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self._agenda.verticalHeader().hide()
        self._agenda.verticalHeader().setDefaultSectionSize(
            self._agenda.fontMetrics().height() + 14
        )
        header = self._agenda.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in range(self._model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AgendaTableModel.TITLE, QHeaderView.ResizeMode.Stretch)

        self._total = QLabel(objectName="agendaTotal")
        self._fill = QProgressBar(objectName="agendaFill")
        self._fill.setTextVisible(False)
        self._fill.setFixedHeight(8)
        self._fill.setFixedWidth(160)
        totals = QHBoxLayout()
        totals.addWidget(self._total, 1)
        totals.addWidget(self._fill)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(self._title)
        layout.addWidget(self._when)
        layout.addSpacing(8)
        layout.addLayout(facts)
        layout.addSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(self._agenda)
        layout.addLayout(totals)
        layout.addStretch(1)

    def _moderator_text(self, view: MeetingView) -> str:
        if not view.moderator_name:
            return "Not chosen yet"
        if view.moderator_team is None:
            return view.moderator_name
        text = f"{view.moderator_name} ({view.moderator_team.label})"
        if view.moderator_team.has_stake:
            text += f" — not neutral: sits in {view.moderator_team.label}"
        return text

    def _show_total(self, view: MeetingView) -> None:
        planned, cap = view.planned_seconds, view.cap_seconds
        spare = cap - planned
        if spare > 0:
            verdict = f"{format_clock(spare)} to spare"
        elif spare == 0:
            verdict = "exactly on the cap"
        else:
            verdict = f"OVER the cap by {format_clock(-spare)}"
        self._total.setText(f"Planned {format_clock(planned)} of {format_clock(cap)} — {verdict}")
        self._total.setStyleSheet(f"color: {OVER_COLOUR.name()};" if spare < 0 else "")
        self._fill.setRange(0, max(cap, 1))
        self._fill.setValue(min(planned, cap))
