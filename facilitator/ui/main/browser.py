"""The meeting list and the meeting pane side by side, kept showing the same meeting."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSplitter, QWidget

from facilitator import timesource
from facilitator.ui.main.meeting_list import MeetingListPane
from facilitator.ui.main.meeting_pane import MeetingPane
from facilitator.vocabulary import MeetingStatus

if TYPE_CHECKING:
    from facilitator.meeting_views import MeetingSummary
    from facilitator.storage.database import Database
    from facilitator.ui.planning.meeting_editor import MeetingEditor


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


class MeetingBrowser(QSplitter):
    """Selecting a meeting in the list opens it on the right, once its unsaved edits are dealt
    with; Cancel puts the selection back on the meeting still open.
    """

    meeting_selected = Signal(int)
    """The meeting now shown on the right (selection moved)."""
    meeting_opened = Signal(int)
    """The moderator opened a meeting on purpose (double-click or Enter)."""
    meeting_available = Signal(bool)
    """Whether a meeting is selected, for the actions that work on one."""
    status_message = Signal(str, int)

    _db: Database
    _editor: MeetingEditor

    def __init__(
        self,
        new_meeting: QAction,
        settings: QSettings,
        opening: str,
        parent: QWidget | None = None,
    ) -> None:
        # Horizontal, the default; by keyword, which PySide6 matches without naming Qt.
        super().__init__(parent=parent)
        self.setObjectName("mainSplitter")
        self._attached = False
        self._switching = False
        self._list_stale = False
        self.meetings = MeetingListPane(new_meeting, settings, opening)
        self.pane = MeetingPane(new_meeting)
        self.addWidget(self.meetings)
        self.addWidget(self.pane)
        self.setChildrenCollapsible(False)
        self.setStretchFactor(0, 2)
        self.setStretchFactor(1, 3)
        self.setSizes([600, 680])  # room for a title whole beside a meeting of 1366 px
        self.meetings.current_meeting_changed.connect(self._on_current_meeting_changed)
        self.meetings.meeting_activated.connect(self._on_activated)

    def attach(self, db: Database, editor: MeetingEditor) -> None:
        self._db, self._editor = db, editor
        self.pane.attach(editor)
        editor.saved.connect(self._on_meeting_saved)
        self.meetings.show_list()
        self._attached = True

    @property
    def current_meeting_id(self) -> int | None:
        return self.meetings.current_meeting_id

    def refresh(self, select: int | None = None) -> None:
        """Reread the meeting list and show select, else the meeting on show if it still exists."""
        if not self._attached:
            return
        from facilitator.first_fill import list_meetings

        keep = select if select is not None else self.current_meeting_id
        self._list_stale = False
        summaries = list_meetings(self._db)
        self.meetings.fill(summaries)
        if not summaries:
            self.pane.show_empty()
            self.meeting_available.emit(False)
            return
        if keep is None or not self.meetings.holds(keep):
            keep = default_meeting(summaries, timesource.now()).id
        first = self.meetings.first_shown()
        if not self.meetings.shows(keep) and first is not None:
            keep = first
        if not self.meetings.select_meeting(keep) and self._editor.meeting_id is None:
            self.pane.show_meeting(keep)
        self.meeting_available.emit(self.current_meeting_id is not None)

    def open_meeting_at(self, meeting_id: int, item_id: int | None = None) -> bool:
        """Show a meeting with one of its agenda items selected, as a search result asks.

        A filter that hides the meeting is cleared first; False when the meeting is gone or
        the moderator chose to stay with unsaved edits of the open one.
        """
        if not self.meetings.holds(meeting_id):
            self.refresh()
        if not self.meetings.holds(meeting_id):
            self.status_message.emit(self.tr("That meeting is no longer in this database."), 5000)
            return False
        if not self.meetings.shows(meeting_id):
            self.meetings.filters.clear()
            self.status_message.emit(self.tr("Filters cleared to show the meeting found."), 5000)
        self.meetings.select_meeting(meeting_id)
        if self._editor.meeting_id != meeting_id:
            return False
        self.pane.show_editor()
        if item_id is None or not self._editor.show_item(item_id):
            self._editor.tabs.setFocus()
        return True

    def may_leave_meeting(self) -> bool:
        """Ask Save/Discard/Cancel before the open meeting's unsaved edits would be lost."""
        return not self._attached or self.pane.may_leave_meeting()

    def _on_current_meeting_changed(self, meeting_id: int) -> None:
        if self._switching:
            return
        if meeting_id != self._editor.meeting_id:
            self._switching = True
            try:
                may_leave = self.may_leave_meeting()
            finally:
                self._switching = False
            if not may_leave:
                self._back_to_open_meeting()
                return
        self.pane.show_meeting(meeting_id)
        if self._list_stale:
            self._switching = True
            try:
                self.refresh(select=meeting_id)
            finally:
                self._switching = False
        self.meeting_available.emit(True)
        self.meeting_selected.emit(meeting_id)

    def _back_to_open_meeting(self) -> None:
        """The moderator chose Cancel (or the save was refused): the list points back."""
        open_id = self._editor.meeting_id
        if open_id is None:
            return
        self._switching = True
        try:
            self.meetings.select_meeting(open_id)
        finally:
            self._switching = False

    def _on_activated(self, meeting_id: int) -> None:
        if self._editor.meeting_id != meeting_id:
            return
        self.pane.show_meeting(meeting_id)
        self._editor.agenda.setFocus()
        self.meeting_opened.emit(meeting_id)

    def _on_meeting_saved(self, meeting_id: int) -> None:
        """A new title or date changes the list; mid-way to another meeting, it waits for that."""
        if self._switching:
            self._list_stale = True
        else:
            self.refresh(select=meeting_id)
        self.status_message.emit(self.tr("Saved."), 3000)
