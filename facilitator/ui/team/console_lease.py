"""The console's hold on its meeting: one console runs a meeting at a time, whichever app or
laptop it is in. Another console's meeting is refused with who runs it, rather than opened
read-only: the moderator who asked expects to run it, and needs to know whom to ask."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMainWindow, QWidget

from facilitator.storage.database import Database
from facilitator.storage.run_lease import RunLease, RunLeaseHeld, take_run_lease
from facilitator.ui.common import messages

TITLE = QT_TRANSLATE_NOOP("ConsoleLease", "Meeting run elsewhere")


def take_console_lease(parent: QWidget, db: Database, meeting_id: int) -> RunLease | None:
    """The meeting's run lease for a console about to open; None, told, when it is held."""
    try:
        return take_run_lease(db, meeting_id)
    except RunLeaseHeld as held:
        messages.warn(parent, QCoreApplication.translate("ConsoleLease", TITLE), str(held))
        return None


def hold_while_open(console: QMainWindow, lease: RunLease) -> None:
    """Give the lease up when the console closes (or is deleted without closing)."""
    console.destroyed.connect(lambda *_: lease.release())
    closed = getattr(console, "closed", None)
    if closed is not None:
        closed.connect(lambda *_: lease.release())


def run_elsewhere(db: Database, meeting_id: int) -> bool:
    """Whether another app's console runs the meeting now: a meeting still running there was
    not left behind by a crash here, so the start offers no resume of it."""
    try:
        take_run_lease(db, meeting_id).release()
    except RunLeaseHeld:
        return True
    return False
