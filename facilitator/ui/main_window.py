"""The main window: the meeting list on the left, the chosen meeting on the right."""

from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
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

from facilitator import __version__, timesource
from facilitator.ui.common import messages
from facilitator.ui.common.column_widths import fit_column
from facilitator.ui.metrics.metrics_menu import MetricsMenu
from facilitator.ui.planning.meeting_filter import MeetingFilterBar, MeetingFilterProxy
from facilitator.ui.planning.meeting_list_model import SORT_ROLE, MeetingListModel
from facilitator.vocabulary import MeetingKind, MeetingStatus

if TYPE_CHECKING:
    # The storage layer (SQLAlchemy) and what needs it load in attach(), after the frame has
    # painted; windows and dialogs load when first opened.
    from facilitator.record.meetings import MeetingSummary
    from facilitator.record.search import SearchHit
    from facilitator.storage.database import Database
    from facilitator.ui.history.action_items_view import ActionItemsWindow
    from facilitator.ui.history.disputes_view import DisputesWindow
    from facilitator.ui.history.search_panel import SearchDock
    from facilitator.ui.planning.meeting_editor import MeetingEditor
    from facilitator.ui.planning.new_meeting_dialog import NewMeetingDialog
    from facilitator.ui.planning.people_dialog import PeopleDialog
    from facilitator.ui.planning.templates_dialog import TemplatesDialog

GEOMETRY_KEY = "mainWindow/geometry"
SPLITTER_KEY = "mainWindow/splitter"
SORT_COLUMN_KEY = "mainWindow/sortColumn"
SORT_ORDER_KEY = "mainWindow/sortOrder"
DOCKS_KEY = "mainWindow/docks"

DATE_SAMPLES = ("8888-88-88 88:88",)
"""The widest date the list shows (its DATE_FORMAT); the column is sized to it, not to rows."""


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
    """Lists the meetings of one database and opens the one the moderator picks for editing.

    Built in two steps so the app can paint before SQLAlchemy loads: the frame (menus, list
    pane saying "Opening …", status bar: Qt only), then `attach(db)` for everything that reads
    the database. `MainWindow(db)` does both at once; `MainWindow(path=…)` only the frame.
    """

    meeting_selected = Signal(int)
    """The meeting now shown on the right (selection moved)."""
    meeting_opened = Signal(int)
    """The moderator opened a meeting on purpose (double-click or Enter)."""
    meeting_created = Signal(int)

    _db: Database
    _editor: MeetingEditor
    _search: SearchDock

    def __init__(
        self,
        db: Database | None = None,
        *,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
        path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        if db is not None:
            path = db.path
        if path is None:
            raise ValueError("MainWindow needs a database or the path of the one being opened")
        self._path = path
        self._attached = False
        self._settings = settings if settings is not None else QSettings()
        self._dialog: NewMeetingDialog | None = None
        self._people_dialog: PeopleDialog | None = None
        self._templates_dialog: TemplatesDialog | None = None
        self.disputes_window: DisputesWindow | None = None
        self.action_items_window: ActionItemsWindow | None = None
        self._switching = False
        self._list_stale = False
        self._consoles: dict[int, QMainWindow] = {}
        self._resume_offered = False
        self.setWindowTitle(f"Facilitator — {path.name}[*]")
        self._init_actions()
        self._init_menus()
        self._init_widgets()
        self._init_status_bar()
        self._connect_signals()
        self._restore_state()
        if db is not None:
            self.attach(db)

    @property
    def attached(self) -> bool:
        """True once the database is open in this window (see attach)."""
        return self._attached

    def attach(self, db: Database) -> None:
        """Fill the frame from an open database: the editor, search, the list and a meeting."""
        if self._attached:
            raise RuntimeError("This window already has its database")
        from facilitator.ui.history.search_panel import SearchDock
        from facilitator.ui.planning.meeting_editor import MeetingEditor

        self._db = db
        self._editor = MeetingEditor(db)
        editor = self._editor
        self._file_menu.insertAction(self._file_separator, editor.save_action)
        self._file_menu.insertAction(self.export_minutes_action, editor.calendar_action)
        self._edit_menu.insertActions(
            self._edit_separator, [editor.agenda.undo_action, editor.agenda.redo_action]
        )
        self._meeting_menu.addAction(editor.save_template_action)
        self._meeting_menu.addAction(editor.revert_action)
        self.metrics_menu.attach(db)
        self._stack.addWidget(editor)
        self._search = SearchDock(db, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self._search)
        self._search.hide()
        docks = self._settings.value(DOCKS_KEY)
        if docks:
            self.restoreState(docks)
        self.find_action.triggered.connect(self._search.focus_search)
        self._search.panel.hit_opened.connect(self._on_search_hit)
        editor.dirtyChanged.connect(self.setWindowModified)
        editor.saved.connect(self._on_meeting_saved)
        for action in self._needs_database:
            action.setEnabled(True)
        self._list_pane.setCurrentWidget(self._table)
        self._attached = True
        self.refresh()
        if self.isVisible() and not self._resume_offered:
            self._resume_offered = True
            QTimer.singleShot(0, self.offer_resume)

    @property
    def db(self) -> Database:
        return self._db

    @property
    def meeting_table(self) -> QTableView:
        return self._table

    @property
    def editor(self) -> MeetingEditor:
        return self._editor

    @property
    def no_meetings_pane(self) -> NoMeetingsPane:
        return self._empty

    @property
    def filter_bar(self) -> MeetingFilterBar:
        return self._filters

    @property
    def search_dock(self) -> SearchDock:
        return self._search

    @property
    def current_meeting_id(self) -> int | None:
        index = self._table.currentIndex()
        if not index.isValid():
            return None
        return self._model.meeting_id(self._proxy.mapToSource(index).row())

    def refresh(self, select: int | None = None) -> None:
        """Reread the meeting list and show select, else the meeting on show if it still exists."""
        if not self._attached:
            return
        from facilitator.record.meetings import list_meetings

        keep = select if select is not None else self.current_meeting_id
        self._list_stale = False
        summaries = list_meetings(self._db)
        self._model.refresh(summaries)
        if not summaries:
            self._stack.setCurrentWidget(self._empty)
            self.export_minutes_action.setEnabled(False)
            self.send_minutes_action.setEnabled(False)
            return
        if keep is None or self._model.row_of(keep) is None:
            keep = default_meeting(summaries, timesource.now()).id
        if not self._proxy.shows(keep) and self._proxy.rowCount():
            keep = self._model.meeting_id(self._proxy.mapToSource(self._proxy.index(0, 0)).row())
        if not self.select_meeting(keep) and self._editor.meeting_id is None:
            self._show_meeting(keep)
        self.export_minutes_action.setEnabled(self.current_meeting_id is not None)
        self.send_minutes_action.setEnabled(self.current_meeting_id is not None)

    def select_meeting(self, meeting_id: int) -> bool:
        """Select a meeting in the list and show it; False if the list (as filtered) does not
        hold it."""
        row = self._model.row_of(meeting_id)
        if row is None:
            return False
        index = self._proxy.mapFromSource(self._model.index(row, MeetingListModel.DATE))
        if not index.isValid():
            return False
        self._table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._table.scrollTo(index)
        return True

    def open_meeting_at(self, meeting_id: int, item_id: int | None = None) -> bool:
        """Show a meeting with one of its agenda items selected, as a search result asks.

        A filter that hides the meeting is cleared first; False when the meeting is gone or
        the moderator chose to stay with unsaved edits of the open one.
        """
        if self._model.row_of(meeting_id) is None:
            self.refresh()
        if self._model.row_of(meeting_id) is None:
            self.statusBar().showMessage("That meeting is no longer in this database.", 5000)
            return False
        if not self._proxy.shows(meeting_id):
            self._filters.clear()
            self.statusBar().showMessage("Filters cleared to show the meeting found.", 5000)
        self.select_meeting(meeting_id)
        if self._editor.meeting_id != meeting_id:
            return False
        self._stack.setCurrentWidget(self._editor)
        if item_id is None or not self._editor.show_item(item_id):
            self._editor.tabs.setFocus()
        return True

    def run_meeting(self, meeting_id: int) -> QMainWindow:
        """Open (or bring forward) the console of a meeting; one console per meeting."""
        console = self._consoles.get(meeting_id)
        if console is None:
            from facilitator.ui.console.console import ConsoleWindow

            console = ConsoleWindow(self._db, meeting_id, settings=self._settings, parent=self)
            console.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            console.closed.connect(self._on_console_closed)
            console.moved.connect(self._on_meeting_moved)
            self._consoles[meeting_id] = console
        elif console.isVisible():
            console.raise_()
            console.activateWindow()
        console.show()
        return console

    def export_minutes(self) -> Path | None:
        """Save the selected meeting's minutes as a PDF where the moderator chooses."""
        meeting_id = self.current_meeting_id
        if meeting_id is None:
            self.statusBar().showMessage("Select a meeting to export its minutes.", 5000)
            return None
        from facilitator.ui.mail.minutes_export import export_minutes  # ReportLab: load late

        path = export_minutes(self, self._db, meeting_id, self._settings)
        if path is not None:
            self.statusBar().showMessage(f"Minutes saved to {path}", 10000)
        return path

    def send_minutes(self) -> QDialog | None:
        """Open Send minutes for the selected meeting once it has ended."""
        from facilitator.record.meetings import MeetingNotFound, load_meeting
        from facilitator.ui.mail.send_dialog import SendDialog

        meeting_id = self.current_meeting_id
        if meeting_id is None:
            self.statusBar().showMessage("Select a meeting to send its minutes.", 5000)
            return None
        try:
            status = load_meeting(self._db, meeting_id).status
        except MeetingNotFound:
            self.statusBar().showMessage("That meeting is no longer in this database.", 5000)
            return None
        if status is not MeetingStatus.ENDED:
            state = status.label.lower()
            self.statusBar().showMessage(
                f"Minutes can be sent once the meeting has ended; this one is {state}.", 8000
            )
            return None
        dialog = SendDialog(self._db, meeting_id, self, settings=self._settings)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_mail_settings(self) -> QDialog:
        """Open the SMTP settings (window-modal)."""
        from facilitator.ui.mail.mail_settings_dialog import MailSettingsDialog

        dialog = MailSettingsDialog(self, settings=self._settings)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def offer_resume(self) -> QMainWindow | None:
        """A meeting left running (crash, power cut, closed console): offer to carry on with it."""
        from facilitator.record.run import running_meetings

        running = running_meetings(self._db)
        if not running:
            return None
        meeting = running[0]
        answer = messages.ask(
            self,
            "Resume meeting",
            f"“{meeting.title}” is still running. Open its console to carry on?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        self.select_meeting(meeting.id)
        return self.run_meeting(meeting.id)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._attached and not self._resume_offered:
            self._resume_offered = True
            QTimer.singleShot(0, self.offer_resume)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_leave_meeting():
            event.ignore()
            return
        self._save_state()
        super().closeEvent(event)

    def _init_actions(self) -> None:
        self.new_meeting_action = QAction("&New meeting…", self)
        self.new_meeting_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_meeting_action.setStatusTip("Plan a meeting from a template")
        self.roster_action = QAction("&Roster…", self)
        self.roster_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.roster_action.setStatusTip("Add, edit or deactivate the people who attend")
        self.templates_action = QAction("&Manage templates…", self)
        self.templates_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.templates_action.setStatusTip("Duplicate, edit or delete agenda templates")
        self.run_meeting_action = QAction("&Run meeting…", self)
        self.run_meeting_action.setShortcut(QKeySequence("Ctrl+R"))
        self.run_meeting_action.setStatusTip("Open the moderator's console for this meeting")
        self.disputes_action = QAction("&Disputes…", self)
        self.disputes_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.disputes_action.setStatusTip("Disputes across all meetings, with their history")
        self.action_items_action = QAction("&Action items…", self)
        self.action_items_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.action_items_action.setStatusTip("Action items across all meetings; overdue ones")
        self.export_minutes_action = QAction("&Export minutes…", self)
        self.export_minutes_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_minutes_action.setStatusTip("Save the selected meeting's minutes as a PDF")
        self.export_minutes_action.setEnabled(False)
        self.send_minutes_action = QAction("Se&nd minutes…", self)
        self.send_minutes_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.send_minutes_action.setStatusTip("Email the ended meeting's minutes to its attendees")
        self.send_minutes_action.setEnabled(False)
        self.mail_settings_action = QAction("&Mail settings…", self)
        self.mail_settings_action.setStatusTip("The SMTP server the minutes are sent through")
        self.quit_action = QAction("&Quit", self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.about_action = QAction("&About Facilitator", self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.shortcuts_action = QAction("&Keyboard shortcuts", self)
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))
        self.find_action = QAction("&Find…", self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.setStatusTip("Search notes, decisions, disputes and action items")
        self._needs_database = (
            self.new_meeting_action,
            self.roster_action,
            self.templates_action,
            self.run_meeting_action,
            self.disputes_action,
            self.action_items_action,
            self.find_action,
        )
        for action in self._needs_database:
            action.setEnabled(False)

    def _init_menus(self) -> None:
        """The menus of the frame; attach() slots in the editor's actions where they belong."""
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(self.new_meeting_action)
        self._file_separator = file_menu.addSeparator()
        file_menu.addAction(self.export_minutes_action)
        file_menu.addAction(self.send_minutes_action)
        file_menu.addAction(self.mail_settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu("&Edit")
        self._edit_separator = edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        meeting_menu = self.menuBar().addMenu("&Meeting")
        meeting_menu.addAction(self.run_meeting_action)
        meeting_menu.addAction(self.disputes_action)
        meeting_menu.addAction(self.action_items_action)
        meeting_menu.addSeparator()
        people_menu = self.menuBar().addMenu("Pe&ople")
        people_menu.addAction(self.roster_action)
        templates_menu = self.menuBar().addMenu("&Templates")
        templates_menu.addAction(self.templates_action)
        self.metrics_menu = MetricsMenu(self, None, self._settings, self._open_meeting_id)
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        self._file_menu, self._edit_menu, self._meeting_menu = file_menu, edit_menu, meeting_menu

    def _init_widgets(self) -> None:
        self._model = MeetingListModel(self)
        self._proxy = MeetingFilterProxy(self)
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
        fit_column(self._table, MeetingListModel.DATE, DATE_SAMPLES)
        fit_column(self._table, MeetingListModel.KIND, [kind.label for kind in MeetingKind])
        fit_column(
            self._table, MeetingListModel.STATUS, [status.label for status in MeetingStatus]
        )
        header.setSectionResizeMode(MeetingListModel.TITLE, QHeaderView.ResizeMode.Stretch)

        heading = QLabel("Meetings")
        heading.setFont(_heading_font(self.font(), 1.15))
        self._filters = MeetingFilterBar(self._proxy, self._settings)
        self._count = self._filters.count_label
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
        self._opening = QLabel(f"Opening {self._path.name}…", objectName="openingDatabase")
        self._opening.setTextFormat(Qt.TextFormat.PlainText)
        self._opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._list_pane = QStackedWidget()
        self._list_pane.addWidget(self._opening)
        self._list_pane.addWidget(self._table)
        left_layout.addWidget(self._filters)
        left_layout.addWidget(self._list_pane, 1)
        left_layout.addWidget(self._count)

        self._empty = NoMeetingsPane(self.new_meeting_action)
        self._stack = QStackedWidget()
        self._stack.addWidget(QWidget(objectName="waitingForDatabase"))
        self._stack.addWidget(self._empty)

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
        self._db_label = QLabel(f"Database: {self._path}", objectName="databasePath")
        self._db_label.setTextFormat(Qt.TextFormat.PlainText)
        self._db_label.setToolTip(str(self._path))
        self.statusBar().addPermanentWidget(self._db_label)

    def _connect_signals(self) -> None:
        self.new_meeting_action.triggered.connect(self._on_new_meeting)
        self.quit_action.triggered.connect(self.close)
        self.run_meeting_action.triggered.connect(self._on_run_meeting)
        self.export_minutes_action.triggered.connect(self.export_minutes)
        self.send_minutes_action.triggered.connect(self.send_minutes)
        self.mail_settings_action.triggered.connect(self.open_mail_settings)
        self.roster_action.triggered.connect(self._on_roster)
        self.templates_action.triggered.connect(self._on_templates)
        self.about_action.triggered.connect(self._on_about)
        self.shortcuts_action.triggered.connect(self._on_shortcuts)
        self.disputes_action.triggered.connect(self.show_disputes)
        self.action_items_action.triggered.connect(self.show_action_items)
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
        if self._attached:  # before, the search dock is not there to be saved
            self._settings.setValue(DOCKS_KEY, self.saveState())
        self._settings.setValue(SORT_COLUMN_KEY, header.sortIndicatorSection())
        self._settings.setValue(SORT_ORDER_KEY, header.sortIndicatorOrder().value)
        self._settings.sync()

    def _show_meeting(self, meeting_id: int) -> None:
        """Open a meeting in the editor; the one already open keeps its edits and history."""
        if self._editor.meeting_id != meeting_id:
            self._editor.set_meeting(meeting_id)
        self._stack.setCurrentWidget(self._editor)

    def _may_leave_meeting(self) -> bool:
        """Ask Save/Discard/Cancel before the open meeting's unsaved edits would be lost."""
        if not self._attached:
            return True
        editor = self._editor
        if not editor.has_unsaved_changes():
            return True
        title = editor.meeting.title if editor.meeting is not None else "this meeting"
        answer = messages.ask(
            self,
            "Unsaved changes",
            f"Save your changes to “{title}”?",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return editor.save()
        if answer == QMessageBox.StandardButton.Discard:
            editor.revert()
            return True
        return False

    def _open_meeting_id(self) -> int | None:
        return self._editor.meeting_id if self._attached else None

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or self._switching:
            return
        meeting_id = self._model.meeting_id(self._proxy.mapToSource(current).row())
        if meeting_id != self._editor.meeting_id:
            self._switching = True
            try:
                may_leave = self._may_leave_meeting()
            finally:
                self._switching = False
            if not may_leave:
                self._back_to_open_meeting()
                return
        self._show_meeting(meeting_id)
        if self._list_stale:
            self._switching = True
            try:
                self.refresh(select=meeting_id)
            finally:
                self._switching = False
        self.export_minutes_action.setEnabled(True)
        self.send_minutes_action.setEnabled(True)
        self.meeting_selected.emit(meeting_id)

    def _back_to_open_meeting(self) -> None:
        """The moderator chose Cancel (or the save was refused): the list points back."""
        open_id = self._editor.meeting_id
        if open_id is None:
            return
        self._switching = True
        try:
            self.select_meeting(open_id)
        finally:
            self._switching = False

    def _on_activated(self, index: QModelIndex) -> None:
        meeting_id = self._model.meeting_id(self._proxy.mapToSource(index).row())
        if self._editor.meeting_id != meeting_id:
            return
        self._show_meeting(meeting_id)
        self._editor.agenda.setFocus()
        self.meeting_opened.emit(meeting_id)

    def _on_meeting_saved(self, meeting_id: int) -> None:
        """A new title or date changes the list; mid-way to another meeting, it waits for that."""
        if self._switching:
            self._list_stale = True
        else:
            self.refresh(select=meeting_id)
        self.statusBar().showMessage("Saved.", 3000)

    def _on_new_meeting(self) -> None:
        if self._dialog is not None:
            self._dialog.raise_()
            self._dialog.activateWindow()
            return
        from facilitator.ui.planning.new_meeting_dialog import NewMeetingDialog

        dialog = NewMeetingDialog(self._db, self, settings=self._settings)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.meeting_created.connect(self._on_meeting_created)
        dialog.finished.connect(self._on_dialog_finished)
        self._dialog = dialog
        dialog.open()

    def _on_run_meeting(self) -> None:
        meeting_id = self.current_meeting_id
        if meeting_id is None:
            self.statusBar().showMessage("Select a meeting to run.", 5000)
            return
        if self._editor.meeting_id == meeting_id and not self._may_leave_meeting():
            return
        self.run_meeting(meeting_id)

    def _on_search_hit(self, hit: SearchHit) -> None:
        if hit.meeting_id is not None:
            self.open_meeting_at(hit.meeting_id, hit.item_id)

    def _on_console_closed(self, meeting_id: int) -> None:
        """The meeting may have started or ended meanwhile: the list shows its new status."""
        self._consoles.pop(meeting_id, None)
        self.refresh(select=meeting_id)

    def _on_meeting_moved(self, meeting_id: int) -> None:
        """A meeting started on another day than planned shows today's date in the list, and in
        the editor when it is open there without edits of its own."""
        self.refresh()
        if self._editor.meeting_id == meeting_id and not self._editor.has_unsaved_changes():
            self._editor.set_meeting(meeting_id)

    def _on_dialog_finished(self) -> None:
        self._dialog = None

    def _on_meeting_created(self, meeting_id: int) -> None:
        self.refresh(select=meeting_id)
        self._table.setFocus()
        if self._editor.meeting_id == meeting_id and self._editor.meeting is not None:
            self.statusBar().showMessage(f"Created “{self._editor.meeting.title}”.", 5000)
        self.meeting_created.emit(meeting_id)

    def _on_roster(self) -> None:
        if self._people_dialog is not None:
            self._people_dialog.raise_()
            self._people_dialog.activateWindow()
            return
        from facilitator.ui.planning.people_dialog import PeopleDialog

        dialog = PeopleDialog(self._db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.peopleChanged.connect(self._editor.refresh_people)
        dialog.finished.connect(self._on_people_dialog_finished)
        self._people_dialog = dialog
        dialog.open()

    def _on_people_dialog_finished(self) -> None:
        self._people_dialog = None

    def _on_templates(self) -> None:
        if self._templates_dialog is not None:
            self._templates_dialog.raise_()
            self._templates_dialog.activateWindow()
            return
        from facilitator.ui.planning.templates_dialog import TemplatesDialog

        dialog = TemplatesDialog(self._db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_templates_dialog_finished)
        self._templates_dialog = dialog
        dialog.open()

    def _on_templates_dialog_finished(self) -> None:
        self._templates_dialog = None

    def show_disputes(self) -> DisputesWindow:
        """Open (or bring forward) the disputes across all meetings."""
        window = self.disputes_window
        if window is not None:
            window.raise_()
        else:
            from facilitator.ui.history.disputes_view import DisputesWindow

            window = DisputesWindow(self._db, settings=self._settings, parent=self)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(self._on_disputes_window_gone)
            self.disputes_window = window
            window.show()
        window.activateWindow()
        return window

    def _on_disputes_window_gone(self) -> None:
        self.disputes_window = None

    def show_action_items(self) -> ActionItemsWindow:
        """Open (or bring forward) the action items across all meetings."""
        window = self.action_items_window
        if window is not None:
            window.raise_()
        else:
            from facilitator.ui.history.action_items_view import ActionItemsWindow

            window = ActionItemsWindow(self._db, settings=self._settings, parent=self)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(self._on_action_items_window_gone)
            self.action_items_window = window
            window.show()
        window.activateWindow()
        return window

    def _on_action_items_window_gone(self) -> None:
        self.action_items_window = None

    def _on_about(self) -> None:
        QMessageBox.about(
            self,
            "About Facilitator",
            f"<h3>Facilitator {escape(__version__)}</h3>"
            "<p>Runs smarketing meetings on time: a timed agenda, the presenters' clock, "
            "notes, disputes, action items and minutes.</p>",
        )

    def _on_shortcuts(self) -> None:
        from facilitator.ui.console.console import CONSOLE_SHORTCUTS

        rows = []
        for action in self.findChildren(QAction):
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if shortcut:
                name = action.text().replace("&", "").rstrip("…")
                rows.append(f"<tr><td><b>{escape(shortcut)}</b></td><td>{escape(name)}</td></tr>")
        console_rows = "".join(
            f"<tr><td><b>{escape(keys)}</b></td><td>{escape(name)}</td></tr>"
            for keys, name in CONSOLE_SHORTCUTS
        )
        body = (
            "<table cellspacing='6'>" + "".join(rows) + "</table>"
            "<p><b>While running a meeting (console)</b></p>"
            "<table cellspacing='6'>" + console_rows + "</table>"
        )
        messages.inform_markup(self, "Keyboard shortcuts", body)
