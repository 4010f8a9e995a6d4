"""The main window: the meeting list on the left, the chosen meeting on the right."""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator import __version__
from facilitator.meetings import MeetingSummary, list_meetings, load_meeting
from facilitator.storage.database import Database
from facilitator.storage.vocabulary import MeetingStatus
from facilitator.ui.meeting_detail import MeetingDetail
from facilitator.ui.meeting_list_model import SORT_ROLE, MeetingListModel
from facilitator.ui.new_meeting_dialog import NewMeetingDialog

GEOMETRY_KEY = "mainWindow/geometry"
SPLITTER_KEY = "mainWindow/splitter"
SORT_COLUMN_KEY = "mainWindow/sortColumn"
SORT_ORDER_KEY = "mainWindow/sortOrder"


def _heading_font(base: QFont, scale: float) -> QFont:
    font = QFont(base)
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    return font


def default_meeting(summaries: list[MeetingSummary], now: datetime) -> MeetingSummary:
    """The meeting a moderator most likely opens the app for: running, else next, else latest."""
    for summary in summaries:
        if summary.status == MeetingStatus.RUNNING:
            return summary
    ahead = [
        s
        for s in summaries
        if s.scheduled_at >= now and s.status not in (MeetingStatus.ENDED, MeetingStatus.CANCELLED)
    ]
    if ahead:
        return min(ahead, key=lambda s: s.scheduled_at)
    return summaries[0]


class NoMeetingsPane(QWidget):
    """What the right side says before there is any meeting, instead of a blank pane."""

    def __init__(self, new_meeting: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel("No meetings yet")
        heading.setFont(_heading_font(self.font(), 1.6))
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            "Plan your first smarketing meeting from a template. "
            "The weekly meeting comes with its agenda and a 40-minute cap."
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button = QPushButton("New meeting…", objectName="emptyNewMeeting")
        self.button.setDefault(True)
        self.button.clicked.connect(new_meeting.trigger)

        column = QWidget()
        column.setMaximumWidth(440)
        column_layout = QVBoxLayout(column)
        column_layout.addWidget(heading)
        column_layout.addSpacing(6)
        column_layout.addWidget(text)
        column_layout.addSpacing(14)
        column_layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 3)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)


class MainWindow(QMainWindow):
    """Lists the meetings of one database and shows the one the moderator picks."""

    meeting_selected = Signal(int)
    """The meeting now shown on the right (selection moved)."""
    meeting_opened = Signal(int)
    """The moderator opened a meeting on purpose (double-click or Enter)."""
    meeting_created = Signal(int)

    def __init__(
        self,
        db: Database,
        *,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._settings = settings if settings is not None else QSettings()
        self._dialog: NewMeetingDialog | None = None
        self.setWindowTitle(f"Facilitator — {db.path.name}")
        self._init_actions()
        self._init_menus()
        self._init_widgets()
        self._init_status_bar()
        self._connect_signals()
        self._restore_state()
        self.refresh()

    @property
    def db(self) -> Database:
        return self._db

    @property
    def meeting_table(self) -> QTableView:
        return self._table

    @property
    def detail(self) -> MeetingDetail:
        return self._detail

    @property
    def no_meetings_pane(self) -> NoMeetingsPane:
        return self._empty

    @property
    def current_meeting_id(self) -> int | None:
        index = self._table.currentIndex()
        if not index.isValid():
            return None
        return self._model.meeting_id(self._proxy.mapToSource(index).row())

    def refresh(self, select: int | None = None) -> None:
        """Reread the meeting list and show select, else the meeting on show if it still exists."""
        keep = select if select is not None else self.current_meeting_id
        summaries = list_meetings(self._db)
        self._model.refresh(summaries)
        self._count.setText(f"{len(summaries)} meeting{'s' if len(summaries) != 1 else ''}")
        if not summaries:
            self._stack.setCurrentWidget(self._empty)
            return
        if keep is None or self._model.row_of(keep) is None:
            keep = default_meeting(summaries, datetime.now(UTC)).id
        self.select_meeting(keep)

    def select_meeting(self, meeting_id: int) -> bool:
        """Select a meeting in the list and show it; False if the list does not hold it."""
        row = self._model.row_of(meeting_id)
        if row is None:
            return False
        index = self._proxy.mapFromSource(self._model.index(row, MeetingListModel.DATE))
        self._table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._table.scrollTo(index)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_state()
        super().closeEvent(event)

    def _init_actions(self) -> None:
        self.new_meeting_action = QAction("&New meeting…", self)
        self.new_meeting_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_meeting_action.setStatusTip("Plan a meeting from a template")
        self.quit_action = QAction("&Quit", self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.about_action = QAction("&About Facilitator", self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.shortcuts_action = QAction("&Keyboard shortcuts", self)
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))

    def _init_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(self.new_meeting_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _init_widgets(self) -> None:
        self._model = MeetingListModel(self)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self._model)
        self._proxy.setSortRole(SORT_ROLE)

        self._table = QTableView(objectName="meetingTable")
        self._table.setModel(self._proxy)
        self._table.setSortingEnabled(True)
        self._table.sortByColumn(MeetingListModel.DATE, Qt.SortOrder.DescendingOrder)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setAlternatingRowColors(True)
        self._table.setWordWrap(False)
        self._table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._table.verticalHeader().hide()
        self._table.verticalHeader().setDefaultSectionSize(self._table.fontMetrics().height() + 12)
        header = self._table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in range(self._model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MeetingListModel.TITLE, QHeaderView.ResizeMode.Stretch)

        heading = QLabel("Meetings")
        heading.setFont(_heading_font(self.font(), 1.15))
        self._count = QLabel(objectName="meetingCount")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(12, 12, 6, 12)
        left_layout.setSpacing(6)
        new_button = QToolButton(objectName="newMeetingButton")
        new_button.setDefaultAction(self.new_meeting_action)
        new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        heading_row = QHBoxLayout()
        heading_row.addWidget(heading)
        heading_row.addStretch(1)
        heading_row.addWidget(new_button)
        left_layout.addLayout(heading_row)
        left_layout.addWidget(self._table, 1)
        left_layout.addWidget(self._count)

        self._detail = MeetingDetail()
        self._empty = NoMeetingsPane(self.new_meeting_action)
        self._stack = QStackedWidget()
        self._stack.addWidget(self._empty)
        self._stack.addWidget(self._detail)

        self._splitter = QSplitter(Qt.Orientation.Horizontal, objectName="mainSplitter")
        self._splitter.addWidget(left)
        self._splitter.addWidget(self._stack)
        self._splitter.setChildrenCollapsible(False)
        self._splitter.setStretchFactor(0, 2)
        self._splitter.setStretchFactor(1, 3)
        self._splitter.setSizes([500, 780])
        self.setCentralWidget(self._splitter)
        self.resize(1280, 760)

    def _init_status_bar(self) -> None:
        self._db_label = QLabel(f"Database: {self._db.path}", objectName="databasePath")
        self._db_label.setToolTip(str(self._db.path))
        self.statusBar().addPermanentWidget(self._db_label)

    def _connect_signals(self) -> None:
        self.new_meeting_action.triggered.connect(self._on_new_meeting)
        self.quit_action.triggered.connect(self.close)
        self.about_action.triggered.connect(self._on_about)
        self.shortcuts_action.triggered.connect(self._on_shortcuts)
        self._table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self._table.activated.connect(self._on_activated)

    def _restore_state(self) -> None:
        geometry = self._settings.value(GEOMETRY_KEY)
        if geometry:
            self.restoreGeometry(geometry)
        splitter = self._settings.value(SPLITTER_KEY)
        if splitter:
            self._splitter.restoreState(splitter)
        column = self._settings.value(SORT_COLUMN_KEY, type=int)
        order = self._settings.value(SORT_ORDER_KEY, type=int)
        if self._settings.contains(SORT_COLUMN_KEY) and 0 <= column < self._model.columnCount():
            self._table.sortByColumn(column, Qt.SortOrder(order))

    def _save_state(self) -> None:
        header = self._table.horizontalHeader()
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._settings.setValue(SPLITTER_KEY, self._splitter.saveState())
        self._settings.setValue(SORT_COLUMN_KEY, header.sortIndicatorSection())
        self._settings.setValue(SORT_ORDER_KEY, header.sortIndicatorOrder().value)
        self._settings.sync()

    def _show_meeting(self, meeting_id: int) -> None:
        self._detail.show_meeting(load_meeting(self._db, meeting_id))
        self._stack.setCurrentWidget(self._detail)

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        meeting_id = self._model.meeting_id(self._proxy.mapToSource(current).row())
        self._show_meeting(meeting_id)
        self.meeting_selected.emit(meeting_id)

    def _on_activated(self, index: QModelIndex) -> None:
        meeting_id = self._model.meeting_id(self._proxy.mapToSource(index).row())
        self._show_meeting(meeting_id)
        self._detail.agenda_table.setFocus()
        self.meeting_opened.emit(meeting_id)

    def _on_new_meeting(self) -> None:
        if self._dialog is not None:
            self._dialog.raise_()
            self._dialog.activateWindow()
            return
        dialog = NewMeetingDialog(self._db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.meeting_created.connect(self._on_meeting_created)
        dialog.finished.connect(self._on_dialog_finished)
        self._dialog = dialog
        dialog.open()

    def _on_dialog_finished(self) -> None:
        self._dialog = None

    def _on_meeting_created(self, meeting_id: int) -> None:
        self.refresh(select=meeting_id)
        self._table.setFocus()
        title = self._detail.title_label.text()
        self.statusBar().showMessage(f"Created “{title}”.", 5000)
        self.meeting_created.emit(meeting_id)

    def _on_about(self) -> None:
        QMessageBox.about(
            self,
            "About Facilitator",
            f"<h3>Facilitator {escape(__version__)}</h3>"
            "<p>Runs smarketing meetings on time: a timed agenda, the presenters' clock, "
            "notes, disputes, action items and minutes.</p>",
        )

    def _on_shortcuts(self) -> None:
        rows = []
        for action in self.findChildren(QAction):
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if shortcut:
                name = action.text().replace("&", "").rstrip("…")
                rows.append(f"<tr><td><b>{escape(shortcut)}</b></td><td>{escape(name)}</td></tr>")
        body = "<table cellspacing='6'>" + "".join(rows) + "</table>"
        QMessageBox.information(self, "Keyboard shortcuts", body)
