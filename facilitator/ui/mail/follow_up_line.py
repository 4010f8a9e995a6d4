"""The owners' follow-up in the send dialog: once the minutes reached someone, each owner's
mail goes out on a worker thread, is kept in the sent log back on the GUI thread, and this
line says what came of it ("Follow-ups sent to 1 of 2 owners; 1 refused: …")."""

from __future__ import annotations

import ssl

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from facilitator.formats.mail import MailError, MailSettings
from facilitator.mailing.follow_up import follow_up_summary, record_follow_ups, send_follow_ups
from facilitator.mailing.follow_up_setting import follow_up_wanted_for
from facilitator.mailing.owner_mail import OwnerOutcome
from facilitator.storage.database import Database
from facilitator.ui.common.background import BackgroundCall


def outcome_text(outcomes: list[OwnerOutcome]) -> str:
    """The summary, then each refused owner with the server's reason."""
    refused = [
        QCoreApplication.translate("FollowUpLine", "{name} <{address}>: {reason}").format(
            name=" ".join(o.owner.name.split()), address=o.owner.address, reason=o.result.reason
        )
        for o in outcomes
        if not o.result.accepted
    ]
    return " ".join([follow_up_summary(outcomes), *refused])


class FollowUpLine(QLabel):
    """A plain-text line under the send dialog's status; empty until the minutes went out."""

    done = Signal()
    """The follow-ups were sent and logged (or were not wanted, or failed): the line says so."""

    def __init__(self, db: Database, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="followUpLine")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._db, self._meeting_id = db, meeting_id
        self._call = BackgroundCall(self)
        self._call.succeeded.connect(self._on_sent)
        self._call.failed.connect(self._on_failed)

    @property
    def busy(self) -> bool:
        return self._call.busy

    def start(self, mail: MailSettings, tls: ssl.SSLContext | None = None) -> None:
        """Send each owner their items, unless the meeting's series has the follow-up off."""
        db, meeting_id = self._db, self._meeting_id
        if not follow_up_wanted_for(db, meeting_id):
            self.setText(follow_up_summary([], wanted=False))
            self.done.emit()
            return
        self.setText(self.tr("Mailing each owner their action items…"))
        self._call.start(lambda: send_follow_ups(db, meeting_id, mail, tls=tls))

    def _on_sent(self, outcomes: object) -> None:
        assert isinstance(outcomes, list)
        record_follow_ups(self._db, self._meeting_id, outcomes)
        self.setText(outcome_text(outcomes))
        self.done.emit()

    def _on_failed(self, error: object) -> None:
        reason = str(error) if isinstance(error, MailError) else f"{type(error).__name__}: {error}"
        self.setText(self.tr("No follow-ups were sent: {reason}").format(reason=reason))
        self.done.emit()
