"""The main window: the meeting list on the left, the chosen meeting on the right."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from facilitator.ui.main.browser import MeetingBrowser
from facilitator.ui.main.meeting_pane import NoMeetingsPane
from facilitator.ui.main.menus import MainMenus
from facilitator.ui.main.windows import SecondaryWindows
from facilitator.ui.planning.meeting_filter import MeetingFilterBar
from facilitator.ui.team.database_title import database_title

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QShowEvent
    from PySide6.QtWidgets import QDialog, QTableView

    # The storage layer (SQLAlchemy) and what needs it load in attach(), after the frame has
    # painted; windows and dialogs load when first opened.
    from facilitator.record.search import SearchHit
    from facilitator.storage.database import Database
    from facilitator.ui.history.action_items_view import ActionItemsWindow
    from facilitator.ui.history.disputes_view import DisputesWindow
    from facilitator.ui.history.search_panel import SearchDock
    from facilitator.ui.main.run_follower import RunFollower
    from facilitator.ui.planning.meeting_editor import MeetingEditor

GEOMETRY_KEY = "mainWindow/geometry"
SPLITTER_KEY = "mainWindow/splitter"
DOCKS_KEY = "mainWindow/docks"


class MainWindow(QMainWindow):
    """Lists the meetings of one database and opens the one the moderator picks for editing.

    Built in two steps so the app can paint before SQLAlchemy loads: the frame (menus, list
    pane saying "Opening …", status bar: Qt only), then `attach(db)` for everything that reads
    the database. `MainWindow(db)` does both at once; `MainWindow(path=…)` only the frame (path
    is a file, or a team database's postgresql:// address).

    Its parts are in facilitator/ui/main/: the menus, the list and the meeting side by side
    (browser), the windows opened from here. This class opens the database into them, docks
    the search, offers to resume a meeting left running and keeps its place between runs.
    """

    meeting_selected = Signal(int)
    """The meeting now shown on the right (selection moved)."""
    meeting_opened = Signal(int)
    """The moderator opened a meeting on purpose (double-click or Enter)."""
    meeting_created = Signal(int)

    _db: Database
    _editor: MeetingEditor
    _search: SearchDock
    run_follower: RunFollower
    """Keeps the list and the meeting shown in step with the consoles' runs (after attach)."""

    def __init__(
        self,
        db: Database | None = None,
        *,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
        path: Path | str | None = None,
    ) -> None:
        super().__init__(parent)
        if db is not None:
            path = db.path if db.path is not None else db.location
        if path is None:
            raise ValueError("MainWindow needs a database or the path of the one being opened")
        self._path = path
        self._attached = False
        self._settings = settings if settings is not None else QSettings()
        self._resume_offered = False
        self.setWindowTitle(
            self.tr("Facilitator — {database}[*]").format(database=database_title(path))
        )
        self.menus = MainMenus(self, self._settings, self._open_meeting_id)
        self._init_actions()
        self.windows = SecondaryWindows(self, self._settings)
        self._init_widgets()
        self._connect_signals()
        self._restore_state()
        if db is not None:
            self.attach(db)

    def _init_actions(self) -> None:
        """The menus' actions as the window's own attributes, as the app and its tests use them."""
        menus = self.menus
        self.new_meeting_action = menus.new_meeting_action
        self.roster_action = menus.roster_action
        self.templates_action = menus.templates_action
        self.run_meeting_action = menus.run_meeting_action
        self.disputes_action = menus.disputes_action
        self.action_items_action = menus.action_items_action
        self.export_minutes_action = menus.export_minutes_action
        self.send_minutes_action = menus.send_minutes_action
        self.mail_settings_action = menus.mail_settings_action
        self.quit_action = menus.quit_action
        self.about_action = menus.about_action
        self.shortcuts_action = menus.shortcuts_action
        self.find_action = menus.find_action
        self.metrics_menu = menus.metrics_menu

    def _init_widgets(self) -> None:
        opening = self.tr("Opening {database}…").format(database=database_title(self._path))
        self._browser = MeetingBrowser(self.new_meeting_action, self._settings, opening)
        self.setCentralWidget(self._browser)
        self.resize(1264, 680)  # a 1280×720 screen (or 200 % on 2560×1440) less the frame
        db_label = QLabel(
            self.tr("Database: {location}").format(location=self._path), objectName="databasePath"
        )
        db_label.setProperty("textFormat", "PlainText")  # by name: see facilitator/ui/app.py
        db_label.setToolTip(str(self._path))
        self.statusBar().addPermanentWidget(db_label)

    def _connect_signals(self) -> None:
        windows = self.windows
        self.new_meeting_action.triggered.connect(windows.new_meeting)
        self.quit_action.triggered.connect(self.close)
        self.run_meeting_action.triggered.connect(self._on_run_meeting)
        self.export_minutes_action.triggered.connect(self.export_minutes)
        self.send_minutes_action.triggered.connect(self.send_minutes)
        self.mail_settings_action.triggered.connect(windows.open_mail_settings)
        self.roster_action.triggered.connect(windows.roster)
        self.templates_action.triggered.connect(windows.templates)
        self.disputes_action.triggered.connect(windows.show_disputes)
        self.action_items_action.triggered.connect(windows.show_action_items)
        self.menus.send_agenda_action.triggered.connect(
            lambda: windows.send_agenda(self.current_meeting_id)
        )
        self.menus.follow_planned(lambda: windows.is_planned(self.current_meeting_id))
        self.menus.sent_mail_action.triggered.connect(
            lambda: windows.show_sent_mail(self.current_meeting_id)
        )
        windows.meeting_created.connect(self._on_meeting_created)
        windows.console_closed.connect(self._on_console_closed)
        windows.meeting_moved.connect(self._on_meeting_moved)
        browser = self._browser
        browser.meeting_selected.connect(self.meeting_selected)
        browser.meeting_opened.connect(self.meeting_opened)
        browser.meeting_available.connect(self.menus.set_minutes_enabled)
        browser.status_message.connect(self.statusBar().showMessage)

    @property
    def attached(self) -> bool:
        """True once the database is open in this window (see attach)."""
        return self._attached

    def attach(self, db: Database) -> None:
        """Fill the frame from an open database: the editor, search, the list and a meeting."""
        if self._attached:
            raise RuntimeError("This window already has its database")
        from PySide6.QtCore import Qt

        from facilitator.ui.history.overdue_notice import OverdueNotice
        from facilitator.ui.history.search_panel import SearchDock
        from facilitator.ui.main.run_follower import RunFollower
        from facilitator.ui.planning.meeting_editor import MeetingEditor
        from facilitator.ui.team.change_follow import ChangeFollower

        self._db = db
        self._editor = MeetingEditor(db)
        self.menus.attach(db, self._editor)
        self.windows.attach(db)
        self._browser.attach(db, self._editor)
        self._browser.meetings.restore_sort(self._settings)
        self._search = SearchDock(db, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self._search)
        self._search.hide()
        docks = self._settings.value(DOCKS_KEY)
        if docks:
            self.restoreState(docks)
        self.find_action.triggered.connect(self._search.focus_search)
        self._search.panel.hit_opened.connect(self._on_search_hit)
        self._search.visibilityChanged.connect(self._browser.meetings.keep_title_room)
        self._editor.dirtyChanged.connect(self.setWindowModified)
        self.windows.people_changed.connect(self._editor.refresh_people)
        self.run_follower = RunFollower(db, self._browser, self._editor, self)
        self.windows.console_opened.connect(self.run_follower.watch)
        self.change_follower = ChangeFollower(db, self) if db.window_reads is None else None
        self.overdue_notice = OverdueNotice(self.windows.show_action_items)
        self.statusBar().addWidget(self.overdue_notice)
        self.overdue_notice.count_in(db)
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
        return self._browser.meetings.table

    @property
    def editor(self) -> MeetingEditor:
        return self._editor

    @property
    def no_meetings_pane(self) -> NoMeetingsPane:
        return self._browser.pane.empty

    @property
    def filter_bar(self) -> MeetingFilterBar:
        return self._browser.meetings.filters

    @property
    def search_dock(self) -> SearchDock:
        return self._search

    @property
    def disputes_window(self) -> DisputesWindow | None:
        return self.windows.disputes_window

    @property
    def action_items_window(self) -> ActionItemsWindow | None:
        return self.windows.action_items_window

    @property
    def current_meeting_id(self) -> int | None:
        return self._browser.current_meeting_id

    def refresh(self, select: int | None = None) -> None:
        """Reread the meeting list and show select, else the meeting on show if it still exists."""
        self._browser.refresh(select)

    def select_meeting(self, meeting_id: int) -> bool:
        """Select a meeting in the list and show it; False if the list (as filtered) does not
        hold it."""
        return self._browser.meetings.select_meeting(meeting_id)

    def open_meeting_at(self, meeting_id: int, item_id: int | None = None) -> bool:
        """Show a meeting with one of its agenda items selected, as a search result asks."""
        return self._browser.open_meeting_at(meeting_id, item_id)

    def run_meeting(self, meeting_id: int) -> QMainWindow | None:
        """Open (or bring forward) the console of a meeting; one console per meeting, and one
        across apps (None, told, while another runs it)."""
        return self.windows.run_meeting(meeting_id)

    def export_minutes(self) -> Path | None:
        """Save the selected meeting's minutes as a PDF where the moderator chooses."""
        return self.windows.export_minutes(self.current_meeting_id)

    def send_minutes(self) -> QDialog | None:
        """Open Send minutes for the selected meeting once it has ended."""
        return self.windows.send_minutes(self.current_meeting_id)

    def open_mail_settings(self) -> QDialog:
        """Open the SMTP settings (window-modal)."""
        return self.windows.open_mail_settings()

    def show_disputes(self) -> DisputesWindow:
        """Open (or bring forward) the disputes across all meetings."""
        return self.windows.show_disputes()

    def show_action_items(self) -> ActionItemsWindow:
        """Open (or bring forward) the action items across all meetings."""
        return self.windows.show_action_items()

    def offer_resume(self) -> QMainWindow | None:
        """A meeting left running (crash, power cut, closed console): offer to carry on with it."""
        from facilitator.first_fill import running_meetings
        from facilitator.ui.common import messages
        from facilitator.ui.team.console_lease import run_elsewhere

        running = [m for m in running_meetings(self._db) if not run_elsewhere(self._db, m.id)]
        if not running:
            return None
        meeting = running[0]
        if not messages.confirm(
            self,
            self.tr("Resume meeting"),
            self.tr("“{title}” is still running. Open its console to carry on?").format(
                title=meeting.title
            ),
            default_yes=True,
        ):
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

    def _restore_state(self) -> None:
        geometry = self._settings.value(GEOMETRY_KEY)
        if geometry:
            self.restoreGeometry(geometry)
        splitter = self._settings.value(SPLITTER_KEY)
        if splitter:
            self._browser.restoreState(splitter)

    def _save_state(self) -> None:
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._settings.setValue(SPLITTER_KEY, self._browser.saveState())
        if self._attached:  # before, the search dock and the list's sort are not there yet
            self._settings.setValue(DOCKS_KEY, self.saveState())
            self._browser.meetings.save_sort(self._settings)
        self._settings.sync()

    def _may_leave_meeting(self) -> bool:
        return self._browser.may_leave_meeting()

    def _open_meeting_id(self) -> int | None:
        return self._editor.meeting_id if self._attached else None

    def _on_run_meeting(self) -> None:
        meeting_id = self.current_meeting_id
        if meeting_id is None:
            self.statusBar().showMessage(self.tr("Select a meeting to run."), 5000)
            return
        if self._editor.meeting_id == meeting_id and not self._may_leave_meeting():
            return
        self.run_meeting(meeting_id)

    def _on_search_hit(self, hit: SearchHit) -> None:
        if hit.meeting_id is not None:
            self.open_meeting_at(hit.meeting_id, hit.item_id)

    def _on_console_closed(self, meeting_id: int) -> None:
        """The meeting may have started or ended meanwhile: the list shows its new status."""
        self.refresh(select=meeting_id)

    def _on_meeting_moved(self, meeting_id: int) -> None:
        """A meeting started on another day than planned shows today's date in the list, and in
        the editor when it is open there without edits of its own."""
        self.refresh()
        if self._editor.meeting_id == meeting_id and not self._editor.has_unsaved_changes():
            self._editor.set_meeting(meeting_id)

    def _on_meeting_created(self, meeting_id: int) -> None:
        self.refresh(select=meeting_id)
        self._browser.meetings.table.setFocus()
        if self._editor.meeting_id == meeting_id and self._editor.meeting is not None:
            created = self.tr("Created “{title}”.").format(title=self._editor.meeting.title)
            self.statusBar().showMessage(created, 5000)
        self.meeting_created.emit(meeting_id)
