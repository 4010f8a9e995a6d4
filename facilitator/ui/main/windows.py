"""The windows and dialogs the main window opens: each loads on first use and opens only once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QMainWindow, QWidget

from facilitator.vocabulary import MeetingStatus

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    # Each window pulls in the storage layer or ReportLab: they load when first opened.
    from facilitator.storage.database import Database
    from facilitator.ui.history.action_items_view import ActionItemsWindow
    from facilitator.ui.history.disputes_view import DisputesWindow


def _delete_on_close(widget: QWidget) -> None:
    """Qt named here, once a window opens: the main window builds this object before its
    first paint (see facilitator/ui/app.py)."""
    from PySide6.QtCore import Qt

    widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


class SecondaryWindows(QObject):
    """Opens, or brings forward, the dialogs and windows beside the main window.

    One new-meeting dialog, roster, templates dialog, disputes and action items window at a
    time, and one console per meeting; what they change comes back as this object's signals.
    """

    meeting_created = Signal(int)
    people_changed = Signal()
    console_closed = Signal(int)
    """A console closed: its meeting may have started or ended meanwhile."""
    meeting_moved = Signal(int)
    """A meeting started on another day than planned."""
    console_opened = Signal(object)
    """A console opened (the ConsoleWindow), so the main window can follow its run."""

    _db: Database

    def __init__(self, window: QMainWindow, settings: QSettings) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._dialogs: dict[str, QDialog] = {}
        self._windows: dict[str, QMainWindow] = {}
        self._consoles: dict[int, QMainWindow] = {}

    def attach(self, db: Database) -> None:
        self._db = db

    def _say(self, message: str, timeout: int) -> None:
        self._window.statusBar().showMessage(message, timeout)

    def _open_once(self, key: str, make: Callable[[], QDialog]) -> None:
        """Open a window-modal dialog, or bring forward the one already open."""
        dialog = self._dialogs.get(key)
        if dialog is not None:
            dialog.raise_()
            dialog.activateWindow()
            return
        dialog = make()
        _delete_on_close(dialog)
        dialog.finished.connect(lambda _result, k=key: self._dialogs.pop(k, None))
        self._dialogs[key] = dialog
        dialog.open()

    def new_meeting(self) -> None:
        from facilitator.ui.planning.new_meeting_dialog import NewMeetingDialog

        def make() -> QDialog:
            dialog = NewMeetingDialog(self._db, self._window, settings=self._settings)
            dialog.meeting_created.connect(self.meeting_created)
            return dialog

        self._open_once("new meeting", make)

    def roster(self) -> None:
        from facilitator.ui.planning.people_dialog import PeopleDialog

        def make() -> QDialog:
            dialog = PeopleDialog(self._db, self._window)
            dialog.peopleChanged.connect(self.people_changed)
            return dialog

        self._open_once("roster", make)

    def templates(self) -> None:
        from facilitator.ui.planning.templates_dialog import TemplatesDialog

        self._open_once("templates", lambda: TemplatesDialog(self._db, self._window))

    def _show_once(self, key: str, make: Callable[[], QMainWindow]) -> QMainWindow:
        """Show a window beside this one, or bring forward the one already shown."""
        window = self._windows.get(key)
        if window is not None:
            window.raise_()
        else:
            window = make()
            _delete_on_close(window)
            window.destroyed.connect(lambda _gone=None, k=key: self._windows.pop(k, None))
            self._windows[key] = window
            window.show()
        window.activateWindow()
        return window

    @property
    def disputes_window(self) -> DisputesWindow | None:
        return cast("DisputesWindow | None", self._windows.get("disputes"))

    @property
    def action_items_window(self) -> ActionItemsWindow | None:
        return cast("ActionItemsWindow | None", self._windows.get("action items"))

    def show_disputes(self) -> DisputesWindow:
        """Open (or bring forward) the disputes across all meetings."""
        from facilitator.ui.history.disputes_view import DisputesWindow

        window = self._show_once(
            "disputes",
            lambda: DisputesWindow(self._db, settings=self._settings, parent=self._window),
        )
        return cast(DisputesWindow, window)

    def show_action_items(self) -> ActionItemsWindow:
        """Open (or bring forward) the action items across all meetings."""
        from facilitator.ui.history.action_items_view import ActionItemsWindow

        window = self._show_once(
            "action items",
            lambda: ActionItemsWindow(self._db, settings=self._settings, parent=self._window),
        )
        return cast(ActionItemsWindow, window)

    def run_meeting(self, meeting_id: int) -> QMainWindow | None:
        """Open (or bring forward) the console of a meeting; one console per meeting, and one
        across apps: None, told, while another app's console runs it."""
        console = self._consoles.get(meeting_id)
        if console is None:
            from facilitator.ui.console.console import ConsoleWindow
            from facilitator.ui.team.console_lease import hold_while_open, take_console_lease

            lease = take_console_lease(self._window, self._db, meeting_id)
            if lease is None:
                return None
            console = ConsoleWindow(
                self._db, meeting_id, settings=self._settings, parent=self._window
            )
            _delete_on_close(console)
            hold_while_open(console, lease)
            console.closed.connect(self._on_console_closed)
            console.moved.connect(self.meeting_moved)
            self._consoles[meeting_id] = console
            self.console_opened.emit(console)
        elif console.isVisible():
            console.raise_()
            console.activateWindow()
        console.show()
        return console

    def _on_console_closed(self, meeting_id: int) -> None:
        self._consoles.pop(meeting_id, None)
        self.console_closed.emit(meeting_id)

    def export_minutes(self, meeting_id: int | None) -> Path | None:
        """Save a meeting's minutes as a PDF where the moderator chooses."""
        if meeting_id is None:
            self._say(self.tr("Select a meeting to export its minutes."), 5000)
            return None
        from facilitator.ui.mail.minutes_export import export_minutes  # ReportLab: load late

        path = export_minutes(self._window, self._db, meeting_id, self._settings)
        if path is not None:
            self._say(self.tr("Minutes saved to {path}").format(path=path), 10000)
        return path

    def send_minutes(self, meeting_id: int | None) -> QDialog | None:
        """Open Send minutes for a meeting once it has ended."""
        from facilitator.record.meetings import MeetingNotFound, load_meeting
        from facilitator.ui.mail.send_dialog import SendDialog

        if meeting_id is None:
            self._say(self.tr("Select a meeting to send its minutes."), 5000)
            return None
        try:
            status = load_meeting(self._db, meeting_id).status
        except MeetingNotFound:
            self._say(self.tr("That meeting is no longer in this database."), 5000)
            return None
        if status is not MeetingStatus.ENDED:
            state = status.label.lower()
            self._say(
                self.tr(
                    "Minutes can be sent once the meeting has ended; this one is {state}."
                ).format(state=state),
                8000,
            )
            return None
        dialog = SendDialog(self._db, meeting_id, self._window, settings=self._settings)
        _delete_on_close(dialog)
        dialog.open()
        return dialog

    def is_planned(self, meeting_id: int | None) -> bool:
        """Whether the meeting is still planned: its agenda can be sent."""
        from facilitator.record.meetings import MeetingNotFound, load_meeting

        try:
            return meeting_id is not None and (
                load_meeting(self._db, meeting_id).status is MeetingStatus.PLANNED
            )
        except MeetingNotFound:
            return False

    def send_agenda(self, meeting_id: int | None) -> QDialog | None:
        """Open Send agenda for a planned meeting."""
        from facilitator.ui.mail.pre_read_dialog import PreReadDialog

        if not self.is_planned(meeting_id):
            self._say(self.tr("The agenda is sent before a meeting: select a planned one."), 8000)
            return None
        assert meeting_id is not None
        dialog = PreReadDialog(self._db, meeting_id, self._window, settings=self._settings)
        _delete_on_close(dialog)
        dialog.open()
        return dialog

    def show_sent_mail(self, meeting_id: int | None) -> QDialog | None:
        """Open (or bring forward) the sent log of a meeting; not modal, so a mail can be sent
        while it is open and show up in it."""
        from facilitator.ui.mail.sent_log_view import SentLogDialog

        if meeting_id is None:
            self._say(self.tr("Select a meeting to see the mail sent about it."), 5000)
            return None
        key = f"sent mail {meeting_id}"
        dialog = self._dialogs.get(key)
        if dialog is None:
            dialog = SentLogDialog(self._db, meeting_id, self._window)
            _delete_on_close(dialog)
            dialog.finished.connect(lambda _result, k=key: self._dialogs.pop(k, None))
            self._dialogs[key] = dialog
        dialog.show()
        dialog.activateWindow()
        return dialog

    def open_mail_settings(self) -> QDialog:
        """Open the SMTP settings (window-modal)."""
        from facilitator.ui.mail.mail_settings_dialog import MailSettingsDialog

        db = getattr(self, "_db", None)  # the settings open before the database has too
        dialog = MailSettingsDialog(self._window, settings=self._settings, db=db)
        _delete_on_close(dialog)
        dialog.open()
        return dialog
