"""Meeting ▸ Sent mail…: every mail the app sent about one meeting, and what became of it.

One row per mail (local time, kind, subject, the minutes' version, the outcome at a glance),
under it one row per recipient: accepted, or refused with the server's reason, marked by
text and colour both. It rereads the log every few seconds, so a mail sent from the Send
dialog, the command line or another moderator's app shows up while it is open.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QFont, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.mailing.sent_log import SentView, sent_mails
from facilitator.record.meetings import MeetingNotFound, load_meeting
from facilitator.storage.database import Database
from facilitator.storage.server import is_connection_lost
from facilitator.ui.common.palette_colours import ERROR, SUCCESS
from facilitator.ui.common.tooltips import plain_tooltip
from facilitator.vocabulary import MailKind

COLUMNS = (
    QT_TRANSLATE_NOOP("SentLogDialog", "Sent"),
    QT_TRANSLATE_NOOP("SentLogDialog", "Kind"),
    QT_TRANSLATE_NOOP("SentLogDialog", "Subject / recipient"),
    QT_TRANSLATE_NOOP("SentLogDialog", "Version"),
    QT_TRANSLATE_NOOP("SentLogDialog", "Result"),
)
SENT, KIND, SUBJECT, VERSION, RESULT = range(len(COLUMNS))
SUBJECT_WIDTH = 380
REREAD_MS = 2000
"""How often the log is reread while the window is open."""
EMPTY = QT_TRANSLATE_NOOP("SentLogDialog", "No mail about this meeting has been sent yet.")
NO_REMINDER = QT_TRANSLATE_NOOP("SentLogDialog", "No reminder has been sent yet.")


def outcome(mail: SentView) -> str:
    """The mail's result at a glance: "3 accepted", "2 accepted, 1 refused", "refused (2)"."""
    accepted, refused = len(mail.accepted), len(mail.refused)
    if not refused:
        text = QCoreApplication.translate("SentLogDialog", "{accepted} accepted")
    elif not accepted:
        if refused > 1:
            text = QCoreApplication.translate("SentLogDialog", "REFUSED ({refused})")
        else:
            text = QCoreApplication.translate("SentLogDialog", "REFUSED")
    else:
        text = QCoreApplication.translate("SentLogDialog", "{accepted} accepted, {refused} refused")
    return text.format(accepted=accepted, refused=refused)


def recipient_result(accepted: bool, reason: str) -> str:
    if accepted:
        return QCoreApplication.translate("SentLogDialog", "✓ Accepted")
    if reason:
        return QCoreApplication.translate("SentLogDialog", "✗ REFUSED: {reason}").format(
            reason=reason
        )
    return QCoreApplication.translate("SentLogDialog", "✗ REFUSED")


class SentLogDialog(QDialog):
    """The sent log of one meeting, newest mail first, each with its recipients below it; or,
    without a meeting, the daily reminders, which are about an owner's items from any meeting."""

    def __init__(
        self, db: Database, meeting_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.meeting_id = meeting_id
        self._shown: list[SentView] | None = None
        self.tree = QTreeWidget()
        if meeting_id is None:
            self.setWindowTitle(self.tr("Sent reminders"))
            self.tree.setAccessibleName(
                self.tr("Reminders sent to action item owners, each with its recipient")
            )
        else:
            try:
                title = load_meeting(db, meeting_id).title
            except MeetingNotFound:
                title = self.tr("meeting {number}").format(number=meeting_id)
            self.setWindowTitle(self.tr("Sent mail — {title}").format(title=title))
            self.tree.setAccessibleName(
                self.tr("Mails sent about this meeting, each with its recipients")
            )
        self.resize(1040, 480)

        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels([self.tr(column) for column in COLUMNS])
        self.tree.setAccessibleDescription(
            self.tr("Newest first; under each mail, whether each recipient's server accepted it")
        )
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.tree.header()
        header.setStretchLastSection(True)
        for column in (SENT, KIND, VERSION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SUBJECT, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(SUBJECT, SUBJECT_WIDTH)
        self.summary_label = QLabel()
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setToolTip(
            self.tr("Close the sent log")
        )
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

        self.timer = QTimer(self)
        self.timer.setInterval(REREAD_MS)
        self.timer.timeout.connect(self.refresh)
        self.refresh()
        self.tree.setFocus()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """Reread while shown only: a hidden or closed log asks the database nothing."""
        super().showEvent(event)
        self.refresh()
        self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        self.timer.stop()
        super().hideEvent(event)

    def mails(self) -> list[SentView]:
        """The mails as shown, newest first."""
        return list(self._shown or [])

    def refresh(self) -> None:
        """Reread the log; the tree is rebuilt only when it changed, keeping what is open."""
        try:
            if self.meeting_id is None:
                mails = sent_mails(self._db, kind=MailKind.REMINDER)
            else:
                mails = sent_mails(self._db, meeting_id=self.meeting_id)
        except Exception as error:
            if self._db.on_server and is_connection_lost(error):
                return  # the server is away: keep showing what was read, try again later
            raise
        if mails == self._shown:
            return
        self._shown = mails
        current = self.tree.currentItem()
        current_id = current.data(SENT, Qt.ItemDataRole.UserRole) if current else None
        self.tree.clear()
        for mail in mails:
            item = self._mail_item(mail)
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
            if mail.id == current_id:
                self.tree.setCurrentItem(item)
        if mails and self.tree.currentItem() is None:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        # Only minutes have versions: no empty column beside agendas and reminders alone.
        versions = any(mail.minutes_version is not None for mail in mails)
        self.tree.setColumnHidden(VERSION, not versions)
        self.summary_label.setText(self._summary(mails))

    def _summary(self, mails: list[SentView]) -> str:
        if not mails:
            return self.tr(EMPTY if self.meeting_id is not None else NO_REMINDER)
        refused = sum(1 for mail in mails if mail.refused)
        if self.meeting_id is None:
            return self._reminders_summary(len(mails), refused)
        if len(mails) == 1 and refused:
            text = self.tr(
                "1 mail sent about this meeting, newest first; 1 with refused recipients "
                "(marked ✗ in red)."
            )
        elif len(mails) == 1:
            text = self.tr("1 mail sent about this meeting, newest first.")
        elif refused:
            text = self.tr(
                "{count} mails sent about this meeting, newest first; {refused} with refused "
                "recipients (marked ✗ in red)."
            )
        else:
            text = self.tr("{count} mails sent about this meeting, newest first.")
        return text.format(count=len(mails), refused=refused)

    def _reminders_summary(self, count: int, refused: int) -> str:
        if count == 1:
            if refused:
                return self.tr("1 reminder sent; it was refused (marked ✗ in red).")
            return self.tr("1 reminder sent.")
        if refused:
            text = self.tr(
                "{count} reminders sent, newest first; {refused} refused (marked ✗ in red)."
            )
        else:
            text = self.tr("{count} reminders sent, newest first.")
        return text.format(count=count, refused=refused)

    def _mail_item(self, mail: SentView) -> QTreeWidgetItem:
        when = mail.sent_at.astimezone().strftime("%Y-%m-%d %H:%M")
        version = str(mail.minutes_version) if mail.minutes_version is not None else ""
        item = QTreeWidgetItem([when, mail.kind.label, mail.subject, version, outcome(mail)])
        item.setData(SENT, Qt.ItemDataRole.UserRole, mail.id)
        item.setToolTip(SUBJECT, plain_tooltip(mail.subject))
        bold = QFont(item.font(SUBJECT))
        bold.setBold(True)
        item.setFont(SUBJECT, bold)
        if mail.refused:
            item.setForeground(RESULT, QBrush(ERROR.colour()))
            item.setFont(RESULT, bold)
        for recipient in mail.recipients:
            result = recipient_result(recipient.accepted, recipient.reason)
            child = QTreeWidgetItem(["", "", recipient.address, "", result])
            child.setToolTip(RESULT, plain_tooltip(result))
            child.setToolTip(SUBJECT, plain_tooltip(recipient.address))
            colour = (SUCCESS if recipient.accepted else ERROR).colour()
            child.setForeground(RESULT, QBrush(colour))
            if not recipient.accepted:
                child.setForeground(SUBJECT, QBrush(ERROR.colour()))
            item.addChild(child)
        return item
