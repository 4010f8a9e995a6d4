"""A meeting's agenda as planned and as run, side by side, for a meeting that has started."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.record.meetings import AgendaItemView, MeetingView
from facilitator.storage.database import Database
from facilitator.ui.common.column_widths import fit_column
from facilitator.ui.common.table_model import HeaderedTableModel
from facilitator.ui.common.tooltips import plain_tooltip
from facilitator.ui.notes.notes_panel import NotesPanel
from facilitator.ui.planning.pacing_view import PacingView
from facilitator.vocabulary import ItemKind, MeetingStatus

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


class AgendaTableModel(HeaderedTableModel):
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

    def rows(self) -> Sequence[object]:
        return self._items

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self._numeric_columns():
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return super().headerData(section, orientation, role)

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            return plain_tooltip(item.title)
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


class AsRunView(QWidget):
    """Planned against actual times: what an ended meeting's plan became, never edited."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = AgendaTableModel(self)
        self._notes: NotesPanel | None = None
        self._init_widgets()

    @property
    def agenda_table(self) -> QTableView:
        return self._agenda

    @property
    def total_label(self) -> QLabel:
        return self._total

    @property
    def notes_panel(self) -> NotesPanel | None:
        """The ended meeting's notes, editable; None while no ended meeting is shown."""
        return self._notes

    def show_notes(self, db: Database, view: MeetingView) -> None:
        """An ended meeting's notes stay editable here, with no clock: nothing restarts it.
        One panel serves every ended meeting shown in turn (issue #8's open time)."""
        if self._notes is not None and view.status != MeetingStatus.ENDED:
            self._notes.flush()
            self.layout().removeWidget(self._notes)
            self._notes.deleteLater()
            self._notes = None
        if view.status != MeetingStatus.ENDED:
            return
        if self._notes is None:
            self._notes = NotesPanel(db, view.id, parent=self, items=view.items)
            self.layout().addWidget(self._notes, 1)
        else:
            self._notes.show_meeting(view.id, view.items)

    def show_meeting(self, view: MeetingView) -> None:
        self._model.set_items(view.items)
        self._show_total(view)
        self.pacing_view.show_meeting(view)

    def _init_widgets(self) -> None:
        self._agenda = QTableView(objectName="asRunTable")
        self._agenda.setModel(self._model)
        self._agenda.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._agenda.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._agenda.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._agenda.setAlternatingRowColors(True)
        self._agenda.setWordWrap(False)
        self._agenda.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._agenda.setAccessibleName("Agenda as planned and as run")
        self._agenda.verticalHeader().hide()
        self._agenda.verticalHeader().setDefaultSectionSize(
            self._agenda.fontMetrics().height() + 14
        )
        header = self._agenda.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        fit_column(self._agenda, AgendaTableModel.NUMBER, ["888"])
        fit_column(self._agenda, AgendaTableModel.KIND, [kind.label for kind in ItemKind])
        fit_column(self._agenda, AgendaTableModel.PLANNED, ["888:88"])
        fit_column(self._agenda, AgendaTableModel.ACTUAL, ["888:88 (+888:88)", "running"])
        header.setSectionResizeMode(
            AgendaTableModel.PRESENTER, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(AgendaTableModel.TITLE, QHeaderView.ResizeMode.Stretch)

        self._total = QLabel(objectName="asRunTotal", textFormat=Qt.TextFormat.PlainText)
        self._fill = QProgressBar(objectName="asRunFill")
        self._fill.setTextVisible(False)
        self._fill.setFixedHeight(8)
        self._fill.setFixedWidth(160)
        totals = QHBoxLayout()
        totals.addWidget(self._total, 1)
        totals.addWidget(self._fill)

        layout = QVBoxLayout(self)
        layout.addWidget(self._agenda, 1)
        layout.addLayout(totals)
        self.pacing_view = PacingView(self)
        layout.addWidget(self.pacing_view, 1)

    def _show_total(self, view: MeetingView) -> None:
        planned, cap = view.planned_seconds, view.cap_seconds
        ran = [actual_seconds(item) for item in view.items]
        text = f"Planned {format_clock(planned)} of {format_clock(cap)}"
        if any(seconds is not None for seconds in ran):
            actual = sum(seconds for seconds in ran if seconds is not None)
            over = actual - cap
            verdict = f"over the cap by {format_clock(over)}" if over > 0 else "within the cap"
            text += f" — ran {format_clock(actual)}, {verdict}"
            self._total.setStyleSheet(f"color: {OVER_COLOUR.name()};" if over > 0 else "")
            self._fill.setRange(0, max(cap, 1))
            self._fill.setValue(min(actual, cap))
        else:
            text += " — not run yet"
            self._total.setStyleSheet("")
            self._fill.setRange(0, max(cap, 1))
            self._fill.setValue(0)
        self._total.setText(text)
