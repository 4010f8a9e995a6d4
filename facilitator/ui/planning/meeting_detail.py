"""A meeting's agenda as planned and as run, side by side, for a meeting that has started.

Every duration on the As run tab comes from one pacing report of the stored run (rules/pacing,
counted to the second by rules/durations) and reads as the minutes print it (format_duration):
the agenda table, the total under it, the pacing table and the minutes agree to the second.
While the meeting runs, the report is made again each second from the stored instants and the
wall clock (nothing is counted here), and again whenever the console changes the record.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator import timesource
from facilitator.meeting_views import AgendaItemView, MeetingView
from facilitator.rules.agenda import format_duration
from facilitator.rules.durations import seconds_between
from facilitator.rules.pacing import PacedItem, PacingReport, pacing_of_meeting
from facilitator.storage.database import Database
from facilitator.ui.common.column_widths import fit_column
from facilitator.ui.common.palette_colours import ERROR, tint
from facilitator.ui.common.table_model import HeaderedTableModel
from facilitator.ui.common.tooltips import plain_tooltip
from facilitator.ui.notes.notes_panel import NotesPanel
from facilitator.ui.planning.pacing_view import FILL, PacingView
from facilitator.vocabulary import ItemKind, MeetingStatus

_ModelIndex = QModelIndex | QPersistentModelIndex


def format_when(start: datetime, cap_seconds: int) -> str:
    """A meeting's day and time window in local time, e.g. 'Tuesday 12 March 2024 · 16:30–17:10'."""
    local = start.astimezone()
    end = local + timedelta(seconds=cap_seconds)
    pattern = QCoreApplication.translate("AgendaTableModel", "dddd d MMMM yyyy")
    day = QLocale().toString(QDate(local.year, local.month, local.day), pattern)
    return f"{day} · {local:%H:%M}–{end:%H:%M}"


def presenter_text(item: AgendaItemView) -> str:
    """Team first, then person: a slot is given to a team before anyone is named."""
    if item.presenter_team is not None and item.presenter_name:
        return f"{item.presenter_team.label} — {item.presenter_name}"
    if item.presenter_team is not None:
        return item.presenter_team.label
    if item.presenter_name:
        return item.presenter_name
    return QCoreApplication.translate("AgendaTableModel", "Moderator")


def meeting_span(view: MeetingView) -> int | None:
    """From the first item's start to the last item's end, as the minutes time the meeting;
    None until the meeting has ended."""
    if view.status != MeetingStatus.ENDED:
        return None
    starts = [item.actual_start for item in view.items if item.actual_start is not None]
    ends = [item.actual_end for item in view.items if item.actual_end is not None]
    if not starts or not ends:
        return None
    return seconds_between(min(starts), max(ends))


def ran_seconds(report: PacingReport) -> int | None:
    """The sum of the items' times in the report (a running item's so far); None before any ran."""
    ran = [item.actual_seconds for item in report.items if item.actual_seconds is not None]
    return sum(ran) if ran else None


class AgendaTableModel(HeaderedTableModel):
    """The planned agenda of one meeting, with actual times once it has run."""

    NUMBER, TITLE, KIND, PRESENTER, PLANNED, ACTUAL = range(6)
    HEADERS = (
        "#",
        QT_TRANSLATE_NOOP("AgendaTableModel", "Title"),
        QT_TRANSLATE_NOOP("AgendaTableModel", "Kind"),
        QT_TRANSLATE_NOOP("AgendaTableModel", "Presenter"),
        QT_TRANSLATE_NOOP("AgendaTableModel", "Planned"),
        QT_TRANSLATE_NOOP("AgendaTableModel", "Actual"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: tuple[AgendaItemView, ...] = ()
        self._paced: tuple[PacedItem, ...] = ()

    def set_items(self, items: tuple[AgendaItemView, ...], report: PacingReport) -> None:
        """The agenda and its pacing; the same items again (a running meeting's next second)
        only repaint their times, so the selection stays where the moderator put it."""
        if [item.id for item in items] == [item.id for item in self._items]:
            self._items, self._paced = items, report.items
            if items:
                self.dataChanged.emit(self.index(0, 0), self.index(len(items) - 1, self.ACTUAL))
            return
        self.beginResetModel()
        self._items, self._paced = items, report.items
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
        paced = self._paced[index.row()] if index.row() < len(self._paced) else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, paced, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.TITLE, self.PRESENTER):
            return plain_tooltip(self._display(item, paced, column))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self._numeric_columns():
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        ran_long = paced is not None and paced.ran_long
        if role == Qt.ItemDataRole.ForegroundRole and column == self.ACTUAL and ran_long:
            return ERROR.colour()
        return None

    def _numeric_columns(self) -> tuple[int, ...]:
        return (self.NUMBER, self.PLANNED, self.ACTUAL)

    def _display(self, item: AgendaItemView, paced: PacedItem | None, column: int) -> str:
        if column == self.NUMBER:
            return str(item.position + 1)
        if column == self.TITLE:
            return item.title
        if column == self.KIND:
            return item.kind.label
        if column == self.PRESENTER:
            return presenter_text(item)
        if column == self.PLANNED:
            return format_duration(item.planned_seconds)
        if paced is None or paced.actual_seconds is None:
            return "—"
        actual = format_duration(paced.actual_seconds)
        if paced.running:
            return self.tr("{duration} so far").format(duration=actual)
        if paced.ran_long:
            return self.tr("{duration} (+{over})").format(
                duration=actual, over=format_duration(paced.difference_seconds)
            )
        return actual


def fit_rows(table: QTableView) -> None:
    """No taller than the header and rows it holds: the height left over goes to the notes,
    not to empty space inside a five-row table."""
    header = table.horizontalHeader()
    height = max(header.height(), header.sizeHint().height()) + 2 * table.frameWidth()
    height += table.verticalHeader().length() + 2  # the grid's last line
    if table.horizontalScrollBar().isVisible():
        height += table.horizontalScrollBar().sizeHint().height()
    table.setMaximumHeight(max(height, table.minimumSizeHint().height()))


def _wanted_height(widget: QWidget, width: int) -> int:
    """The height a part needs at this width: its wrapped sentences count their lines."""
    height = widget.heightForWidth(width) if widget.hasHeightForWidth() else -1
    return height if height > 0 else widget.sizeHint().height()


class AsRunView(QWidget):
    """Planned against actual times and the notes of a meeting that has started: live while it
    runs, the record of the run once it has ended. The plan itself is never edited here."""

    TICK_MS = 1000
    """A running meeting's times are made again each second, from the stored instants."""
    NOTES_HEIGHT = 160
    """The least the notes get when the tables' rows would take all the height."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = AgendaTableModel(self)
        self._view: MeetingView | None = None
        self._notes: NotesPanel | None = None
        self._fitted: int | None = None
        """The meeting whose parts were last sized to their rows (the moderator may move them)."""
        self.undo_stack = QUndoStack(self)
        """The notes' edits, for whichever meeting is shown; the meeting editor's tabs make it
        the active stack of their undo group while this tab is shown."""
        self._tick = QTimer(self)
        self._tick.setInterval(self.TICK_MS)
        self._tick.timeout.connect(self._on_tick)
        self._init_widgets()

    @property
    def agenda_table(self) -> QTableView:
        return self._agenda

    @property
    def total_label(self) -> QLabel:
        return self._total

    @property
    def notes_panel(self) -> NotesPanel | None:
        """The started meeting's notes, editable; None while no started meeting is shown."""
        return self._notes

    @property
    def meeting(self) -> MeetingView | None:
        """The meeting whose run is shown, as last read."""
        return self._view

    def show_run(self, db: Database, view: MeetingView) -> None:
        """Show a meeting's run as stored now: its times and its notes."""
        self.show_meeting(view)
        self.show_notes(db, view)
        if self.isVisible():
            self._fit_parts()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        QTimer.singleShot(0, self._fit_parts)  # once the window has its size

    def _fit_parts(self) -> None:
        """Once per meeting shown: each table as tall as its rows and the notes the rest, or,
        when that leaves the notes less than NOTES_HEIGHT, the tables shortened alike (they
        scroll then). The handles stay the moderator's to move."""
        view = self._view
        if view is None or self._notes is None or self._fitted == view.id:
            return
        self._fitted = view.id
        parts = self._parts
        tables = [_wanted_height(parts.widget(index), parts.width()) for index in (0, 1)]
        room = parts.height() - parts.handleWidth() * (parts.count() - 1)
        notes = max(room - sum(tables), min(self.NOTES_HEIGHT, room // 3))
        if notes > room - sum(tables):
            scale = (room - notes) / sum(tables)
            tables = [int(height * scale) for height in tables]
        parts.setSizes([*tables, room - sum(tables)])

    def show_notes(self, db: Database, view: MeetingView) -> None:
        """A started meeting's notes stay editable here, with no clock: nothing restarts it.
        New notes are typed here once it has ended; while it runs the console files them.
        One panel serves every meeting shown in turn (issue #8's open time)."""
        started = view.status in (MeetingStatus.RUNNING, MeetingStatus.ENDED)
        if self._notes is not None and not started:
            self._notes.flush()
            self._notes.hide()
            self._notes.deleteLater()
            self._notes = None
            self.undo_stack.clear()
        if not started:
            return
        if self._notes is None:
            self._notes = NotesPanel(
                db, view.id, parent=self, items=view.items, undo_stack=self.undo_stack
            )
            self._parts.addWidget(self._notes)
            self._parts.setStretchFactor(self._parts.indexOf(self._notes), 1)
        elif not self._editing(view.id):
            self._notes.show_meeting(view.id, view.items)
        self._notes.entry.setVisible(view.status == MeetingStatus.ENDED)

    def _editing(self, meeting_id: int) -> bool:
        """A note of this meeting is open for editing here: reading the list again (the console
        filed another) would close the editor on what is being typed. Storing the edit reads
        the list again anyway."""
        notes = self._notes
        return (
            notes is not None
            and notes.meeting_id == meeting_id
            and notes.notes_view.state() == QAbstractItemView.State.EditingState
        )

    def show_meeting(self, view: MeetingView) -> None:
        """The times of a meeting's run; a running one's go on each second."""
        self._view = view
        self._show_times()
        if view.status == MeetingStatus.RUNNING:
            self._tick.start()
        else:
            self._tick.stop()

    def _on_tick(self) -> None:
        if self.isVisible():
            self._show_times()

    def _show_times(self) -> None:
        """One pacing report for the agenda table, its total and the pacing table."""
        view = self._view
        if view is None:
            return
        running = view.status == MeetingStatus.RUNNING
        report = pacing_of_meeting(view, timesource.now() if running else None)
        self._model.set_items(view.items, report)
        self.pacing_view.show_report(report)
        self._show_total(view, report)
        fit_rows(self._agenda)
        fit_rows(self.pacing_view.table)

    def _init_widgets(self) -> None:
        self._agenda = QTableView(objectName="asRunTable")
        self._agenda.setModel(self._model)
        self._agenda.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._agenda.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._agenda.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._agenda.setAlternatingRowColors(True)
        self._agenda.setWordWrap(False)
        self._agenda.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._agenda.setAccessibleName(self.tr("Agenda as planned and as run"))
        self._agenda.setAccessibleDescription(
            self.tr("Each item's planned and actual time; an overrun adds how much it ran long")
        )
        self._agenda.verticalHeader().hide()
        self._agenda.verticalHeader().setDefaultSectionSize(
            self._agenda.fontMetrics().height() + 10
        )
        header = self._agenda.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        fit_column(self._agenda, AgendaTableModel.NUMBER, ["888"])
        fit_column(self._agenda, AgendaTableModel.KIND, [kind.label for kind in ItemKind])
        fit_column(self._agenda, AgendaTableModel.PLANNED, ["88:88"])
        so_far = QCoreApplication.translate("AgendaTableModel", "{duration} so far")
        fit_column(
            self._agenda,
            AgendaTableModel.ACTUAL,
            ["88:88 (+8:88)", so_far.format(duration="88:88")],
        )
        # A presenter's name is elided (whole in its tooltip) so the title keeps the width.
        fit_column(self._agenda, AgendaTableModel.PRESENTER, ["Marketing — Tomás"])
        header.setSectionResizeMode(AgendaTableModel.TITLE, QHeaderView.ResizeMode.Stretch)

        self._total = QLabel(objectName="asRunTotal", textFormat=Qt.TextFormat.PlainText)
        self._fill = QProgressBar(objectName="asRunFill")
        self._fill.setTextVisible(False)
        self._fill.setFixedHeight(8)
        self._fill.setFixedWidth(160)
        totals = QHBoxLayout()
        totals.addWidget(self._total, 1)
        totals.addWidget(self._fill)
        agenda = QWidget()
        agenda_layout = QVBoxLayout(agenda)
        agenda_layout.setContentsMargins(0, 0, 0, 0)
        agenda_layout.addWidget(self._agenda, FILL)
        agenda_layout.addLayout(totals)
        agenda_layout.addStretch(1)
        self.pacing_view = PacingView(self)
        self.pacing_view.table.verticalHeader().setDefaultSectionSize(
            self._agenda.fontMetrics().height() + 10
        )

        self._parts = QSplitter(Qt.Orientation.Vertical, objectName="asRunParts")
        self._parts.setChildrenCollapsible(False)
        self._parts.addWidget(agenda)
        self._parts.addWidget(self.pacing_view)
        self._parts.setStretchFactor(0, 0)
        self._parts.setStretchFactor(1, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self._parts, 1)

    def _show_total(self, view: MeetingView, report: PacingReport) -> None:
        """The sum of the items' times (the minutes' Total row) and the cap's verdict, judged
        as the minutes judge it: by the meeting's length once it has ended."""
        planned, cap = view.planned_seconds, view.cap_seconds
        ran = ran_seconds(report)
        text = self.tr("Planned {planned} of {cap}").format(
            planned=format_duration(planned), cap=format_duration(cap)
        )
        self._fill.setRange(0, max(cap, 1))
        if ran is None:
            self._total.setText(self.tr("{planned} — not run yet").format(planned=text))
            tint(self._total, None)
            self._fill.setValue(0)
            return
        span = meeting_span(view)
        over = (span if span is not None else ran) - cap
        if over > 0:
            verdict = self.tr("over the cap by {duration}").format(duration=format_duration(over))
        else:
            verdict = self.tr("within the cap")
        if view.status == MeetingStatus.RUNNING:
            ran_text = self.tr("{planned} — ran {duration} so far, {verdict}")
        else:
            ran_text = self.tr("{planned} — ran {duration}, {verdict}")
        self._total.setText(
            ran_text.format(planned=text, duration=format_duration(ran), verdict=verdict)
        )
        tint(self._total, ERROR if over > 0 else None)
        self._fill.setValue(min(ran, cap))
