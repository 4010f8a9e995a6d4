"""The main window follows changes other moderators make: every two seconds it asks the
database's change watch, and when something changed elsewhere it rereads what it shows (the
meeting list, the meeting on show, the disputes and action items windows), keeping the
selection and never dropping an edit in progress: a meeting with unsaved edits stays as the
moderator has it, and its save meets the other change as a refusal with Reload."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from facilitator.storage.change_watch import watch_changes
from facilitator.storage.database import Database

if TYPE_CHECKING:
    from facilitator.ui.main_window import MainWindow

FOLLOW_MS = 2000


class ChangeFollower(QObject):
    """Asks the change watch on a timer; refreshes the window when another app wrote."""

    def __init__(self, db: Database, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._watch = watch_changes(db)
        self.timer = QTimer(self)
        self.timer.setInterval(FOLLOW_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self.destroyed.connect(self._watch.close)

    def check(self) -> bool:
        """Refresh if someone else changed the database since the last check; True if so."""
        if not self._watch.changed_elsewhere():
            return False
        self.catch_up()
        return True

    def catch_up(self) -> None:
        """Reread what the window shows, keeping the selection and any edit in progress."""
        window = self._window
        editor = window.editor
        shown = editor.meeting_id
        window.refresh()
        if shown is not None and editor.meeting_id == shown and not editor.has_unsaved_changes():
            editor.revert()  # the meeting as stored now; the selection stays where it was
        for other in (window.disputes_window, window.action_items_window):
            if other is not None:
                other.reload()

    def close(self) -> None:
        self.timer.stop()
        self._watch.close()
