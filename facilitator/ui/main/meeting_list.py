"""The main window's left pane: the meetings as a sortable table under their filters."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.ui.common.column_widths import CELL_PADDING, fit_column
from facilitator.ui.planning.meeting_filter import MeetingFilterBar, MeetingFilterProxy
from facilitator.ui.planning.meeting_list_model import SORT_ROLE, MeetingListModel
from facilitator.vocabulary import MeetingKind, MeetingStatus

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTableView

    from facilitator.record.meetings import MeetingSummary

SORT_COLUMN_KEY = "mainWindow/sortColumn"
SORT_ORDER_KEY = "mainWindow/sortOrder"

DATE_SAMPLES = ("8888-88-88 88:88",)
"""The widest date the list shows (its DATE_FORMAT); the column is sized to it, not to rows."""

TITLE_ROOM = "Monthly management meeting"
"""The title the list keeps room for while the Find panel is docked beside it."""


def heading_font(base: QFont, scale: float) -> QFont:
    font = QFont(base)
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    return font


class MeetingListPane(QWidget):
    """The list of meetings, its filters and count; says "Opening …" until the database is in.

    Speaks in meeting ids: which one is current, select one, which one the moderator moved to
    or opened on purpose. Until the database is in, nothing here names Qt's namespace, which
    PySide6 builds on first use (see facilitator/ui/app.py): the table is made then
    (show_list), since a view over a Python model builds it too, and the first frame's Qt
    properties are set by name. The first frame shows "Opening …" in the table's place, so the
    table and its classes (about 6 ms to make) wait for the database as well.
    """

    table: QTableView
    """The meetings, from show_list on."""

    current_meeting_changed = Signal(int)
    """The current row moved to another meeting."""
    meeting_activated = Signal(int)
    """Double-click or Enter on a meeting."""

    def __init__(
        self,
        new_meeting: QAction,
        settings: QSettings,
        opening: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._title_room_kept = False
        self.model = MeetingListModel(self)
        self.proxy = MeetingFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.filters = MeetingFilterBar(self.proxy, settings)

        heading = QLabel(self.tr("Meetings"))
        heading.setFont(heading_font(self.font(), 1.15))
        new_button = QToolButton(objectName="newMeetingButton")
        new_button.setDefaultAction(new_meeting)
        new_button.setProperty("toolButtonStyle", "ToolButtonTextOnly")
        heading_row = QHBoxLayout()
        heading_row.addWidget(heading)
        heading_row.addStretch(1)
        heading_row.addWidget(new_button)
        self._opening = QLabel(opening, objectName="openingDatabase")
        self._opening.setProperty("textFormat", "PlainText")
        self._opening.setProperty("alignment", "AlignCenter")
        self._list = QStackedWidget()
        self._list.addWidget(self._opening)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 6, 12)
        layout.setSpacing(6)
        layout.addLayout(heading_row)
        layout.addWidget(self.filters)
        layout.addWidget(self._list, 1)
        layout.addWidget(self.filters.count_label)

    def _init_table(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

        table = self.table = QTableView(
            objectName="meetingTable", accessibleName=self.tr("Meetings")
        )
        table.setAccessibleDescription(
            self.tr("Every meeting, planned and held; open one to plan or run it")
        )
        self._list.addWidget(table)
        QWidget.setTabOrder(self.filters.last_field(), table)  # made last, yet after the filters
        table.activated.connect(self._on_activated)
        table.setModel(self.proxy)
        table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        table.setSortingEnabled(True)
        table.sortByColumn(MeetingListModel.DATE, Qt.SortOrder.DescendingOrder)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Tab leaves the list for the meeting shown; walking the cells moved to other meetings.
        table.setTabKeyNavigation(False)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        fit_column(table, MeetingListModel.DATE, DATE_SAMPLES)
        fit_column(table, MeetingListModel.KIND, [kind.label for kind in MeetingKind])
        fit_column(table, MeetingListModel.STATUS, [status.label for status in MeetingStatus])
        header.setSectionResizeMode(MeetingListModel.TITLE, QHeaderView.ResizeMode.Stretch)

    def show_list(self) -> None:
        """The database is open: the table, set up now, takes the place of "Opening …"."""
        self._init_table()
        self._list.setCurrentWidget(self.table)

    def fill(self, summaries: list[MeetingSummary]) -> None:
        """Show the meetings; the Kind column is as wide as the kinds it shows (most titles
        name their kind, which then is not said twice), and hidden while it would show none
        (an empty column looks unfinished); the rest goes to the titles."""
        self.model.refresh(summaries)
        kinds = self.model.kinds_shown()
        self.table.setColumnHidden(MeetingListModel.KIND, not kinds)
        if kinds:
            fit_column(self.table, MeetingListModel.KIND, kinds)
        self.keep_title_room(self._title_room_kept)

    def keep_title_room(self, keep: bool) -> None:
        """While something docks beside the list (the Find panel), it may not squeeze the
        titles below TITLE_ROOM; without it the window may be as narrow as the moderator likes."""
        self._title_room_kept = keep
        if not keep:
            self.table.setMinimumWidth(0)
            return
        header = self.table.horizontalHeader()
        others = sum(
            header.sectionSize(column)
            for column in range(self.model.columnCount())
            if column != MeetingListModel.TITLE
        )
        title = self.table.fontMetrics().horizontalAdvance(TITLE_ROOM) + CELL_PADDING
        frame = 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width()
        self.table.setMinimumWidth(others + title + frame)

    @property
    def current_meeting_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self._meeting_at(index)

    def holds(self, meeting_id: int) -> bool:
        """The database had the meeting when the list was last read."""
        return self.model.row_of(meeting_id) is not None

    def shows(self, meeting_id: int) -> bool:
        """The filters let the meeting through."""
        return self.proxy.shows(meeting_id)

    def first_shown(self) -> int | None:
        """The meeting at the top of the list as filtered and sorted."""
        if not self.proxy.rowCount():
            return None
        return self._meeting_at(self.proxy.index(0, 0))

    def select_meeting(self, meeting_id: int) -> bool:
        """Select a meeting in the list; False if the list (as filtered) does not hold it."""
        row = self.model.row_of(meeting_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, MeetingListModel.DATE))
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def restore_sort(self, settings: QSettings) -> None:
        from PySide6.QtCore import Qt

        column = settings.value(SORT_COLUMN_KEY, type=int)
        order = settings.value(SORT_ORDER_KEY, type=int)
        if settings.contains(SORT_COLUMN_KEY) and 0 <= column < self.model.columnCount():
            self.table.sortByColumn(column, Qt.SortOrder(order))

    def save_sort(self, settings: QSettings) -> None:
        header = self.table.horizontalHeader()
        settings.setValue(SORT_COLUMN_KEY, header.sortIndicatorSection())
        settings.setValue(SORT_ORDER_KEY, header.sortIndicatorOrder().value)

    def _meeting_at(self, index: QModelIndex) -> int:
        return self.model.meeting_id(self.proxy.mapToSource(index).row())

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.current_meeting_changed.emit(self._meeting_at(current))

    def _on_activated(self, index: QModelIndex) -> None:
        self.meeting_activated.emit(self._meeting_at(index))
