"""At the start: writes a console kept on this laptop while the team server was away, its app
closed or killed before the server came back, are sent now, and the user is told what was."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from facilitator.storage.journal import Journal
from facilitator.ui.common import messages

if TYPE_CHECKING:  # the sending code loads only when something waits: not at a file's start
    from facilitator.storage.database import Database
    from facilitator.team.offline import Sent

TITLE = QT_TRANSLATE_NOOP("KeptAtStart", "Kept notes sent")


def send_kept_writes(parent: QWidget, db: Database, journal: Journal | None = None) -> Sent | None:
    """Send db's waiting journal entries, if any, and say what was sent; None when none waited
    (always on a local file, whose writes never wait)."""
    journal = journal if journal is not None else Journal()
    if not db.on_server or db.location not in journal.databases_waiting():
        return None
    from facilitator.team.offline import send_journal

    sent = send_journal(db, journal)
    if sent.complete:
        journal.clear_sent(db.location)
    said = [
        QCoreApplication.translate(
            "KeptAtStart",
            "Kept on this laptop while {database} could not be reached, and sent to it now: "
            "{summary}.",
        ).format(database=db.location, summary=sent.summary())
    ]
    if not sent.complete:
        said.append(
            QCoreApplication.translate(
                "KeptAtStart", "The server went away again; the rest is sent at the next start."
            )
        )
    title = QCoreApplication.translate("KeptAtStart", TITLE)
    messages.inform(parent, title, " ".join(said + sent.refused))
    return sent
