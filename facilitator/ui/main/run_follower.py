"""The main window follows a run: what a console records shows at once on the meeting's As run
tab, and the console's End brings that tab forward for the meeting that has just ended.

The console's own signals say when its meeting's record changed (a press, a note stored, an
edit or its undo); the follower reads the meeting again from the database, once per turn of the
event loop however many signals came, and never counts time itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from facilitator.first_fill import load_meeting
from facilitator.meeting_views import MeetingNotFound, MeetingView
from facilitator.vocabulary import MeetingStatus

if TYPE_CHECKING:
    from facilitator.storage.database import Database
    from facilitator.ui.console.console import ConsoleWindow
    from facilitator.ui.main.browser import MeetingBrowser
    from facilitator.ui.planning.meeting_editor import MeetingEditor


class RunFollower(QObject):
    """Keeps the meeting list and the meeting shown in step with the consoles' runs."""

    def __init__(
        self, db: Database, browser: MeetingBrowser, editor: MeetingEditor, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._db, self._browser, self._editor = db, browser, editor
        self._status: dict[int, MeetingStatus] = {}
        """Each watched meeting's status when last read, to tell the moment it ends."""
        self._pending: set[int] = set()
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self._follow_pending)

    def watch(self, console: ConsoleWindow) -> None:
        """Follow what a console records on its meeting, from now until it closes."""
        meeting_id = console.run.meeting_id
        self._status[meeting_id] = console.run.meeting.status
        watch = _Watch(self, meeting_id)
        for recorded in (
            console.controls.pressed,
            console.notes_panel.notesChanged,
            console.undo_stack.indexChanged,
        ):
            recorded.connect(watch.poke)
        console.destroyed.connect(watch.deleteLater)

    def changed(self, meeting_id: int) -> None:
        """A meeting's record changed elsewhere: read it again once the event loop is free."""
        self._pending.add(meeting_id)
        self._later.start()

    def _follow_pending(self) -> None:
        pending, self._pending = sorted(self._pending), set()
        for meeting_id in pending:
            self._follow(meeting_id)

    def _follow(self, meeting_id: int) -> None:
        try:
            view = load_meeting(self._db, meeting_id)
        except MeetingNotFound:
            return
        before = self._status.get(meeting_id)
        self._status[meeting_id] = view.status
        if view.status == MeetingStatus.ENDED and before != MeetingStatus.ENDED:
            self._show_ended(meeting_id)
            return
        shown = self._editor.meeting
        if view.status != before:
            self._browser.refresh()  # the list shows the new status
            if shown is not None and shown.id == meeting_id:
                self._reopen(meeting_id)
            return
        if shown is not None and shown.id == meeting_id:
            self._show_run(view)

    def _show_run(self, view: MeetingView) -> None:
        self._editor.tabs.as_run.show_run(self._db, view)

    def _reopen(self, meeting_id: int) -> None:
        """The meeting shown changed status: read-only now, its As run tab in front. Edits
        not saved yet stay (the moderator saves or drops them, as on leaving the meeting)."""
        if not self._editor.has_unsaved_changes():
            self._editor.set_meeting(meeting_id)

    def _show_ended(self, meeting_id: int) -> None:
        """Select the meeting that has just ended (the open one's unsaved edits asked about
        first, a filter that hides it cleared) and show its run as the minutes will tell it."""
        if not self._browser.open_meeting_at(meeting_id):
            self._browser.refresh()
            return
        self._browser.refresh(select=meeting_id)
        self._editor.set_meeting(meeting_id)
        tabs = self._editor.tabs
        tabs.setCurrentIndex(tabs.as_run_tab)


class _Watch(QObject):
    """Passes one console's changes on with its meeting's id. A child of the follower, so a
    console closing after the main window's parts have gone calls nothing."""

    def __init__(self, follower: RunFollower, meeting_id: int) -> None:
        super().__init__(follower)
        self._follower, self._meeting_id = follower, meeting_id

    def poke(self, *_signal_arguments: object) -> None:
        self._follower.changed(self._meeting_id)
