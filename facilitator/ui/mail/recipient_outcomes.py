"""What Send minutes and Send agenda say about a sending, in the windows' language: each
recipient's Outcome cell (text and colour both, so colour is never the only sign) and the
one-line summary of the whole sending. Both dialogs fill their lists the same way, so the
words are written and translated once, here."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem

from facilitator.formats.mail import MailError, MailSettings, SendReport
from facilitator.ui.common.palette_colours import ERROR, SUCCESS
from facilitator.ui.common.tooltips import plain_tooltip

SKIPPED = QT_TRANSLATE_NOOP("RecipientOutcomes", "skipped: no email address")
WAITING = QT_TRANSLATE_NOOP("RecipientOutcomes", "not sent yet")


def shown(text: str) -> str:
    """One of the outcome words above, in the windows' language."""
    return QCoreApplication.translate("RecipientOutcomes", text)


def plain_label(name: str) -> QLabel:
    """A selectable, word-wrapped plain-text line: what a server says is never markup."""
    label = QLabel(objectName=name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def outcome_summary(report: SendReport) -> str:
    """One sentence on the whole sending, for the status line."""
    sent, total = len(report.accepted), len(report.results)
    if sent == total:
        text = QCoreApplication.translate("RecipientOutcomes", "Sent to all {total} recipients.")
    elif sent == 0:
        text = QCoreApplication.translate(
            "RecipientOutcomes",
            "Nothing was sent: all {total} recipients failed (see each one's reason).",
        )
    else:
        text = QCoreApplication.translate(
            "RecipientOutcomes",
            "Sent to {sent} of {total} recipients; {refused} refused (see the list).",
        )
    return text.format(sent=sent, total=total, refused=total - sent)


def failure_reason(error: object) -> str:
    """A mail error's own words; anything else named with its type, as a bug report needs."""
    return str(error) if isinstance(error, MailError) else f"{type(error).__name__}: {error}"


def nothing_sent(error: object) -> str:
    """The status line when the sending failed as a whole."""
    return QCoreApplication.translate("RecipientOutcomes", "Nothing was sent: {reason}").format(
        reason=failure_reason(error)
    )


def sending_through(host: str, port: int) -> str:
    return QCoreApplication.translate("RecipientOutcomes", "Sending through {host}:{port}…").format(
        host=host, port=port
    )


def set_outcome(
    table: QTableWidget, row: int, column: int, text: str, colour: QColor | None
) -> None:
    """One recipient's outcome, its full text on hover."""
    item = QTableWidgetItem(text)
    item.setToolTip(plain_tooltip(text))
    if colour is not None:
        item.setForeground(colour)
    table.setItem(row, column, item)


def mark_addressed(
    table: QTableWidget, column: int, addresses: list[str | None], text: str
) -> None:
    """The same outcome for every recipient with an address ("sending…", "not sent yet")."""
    for row, address in enumerate(addresses):
        if address:
            set_outcome(table, row, column, text, None)


def mark_sending(table: QTableWidget, column: int, addresses: list[str | None]) -> None:
    mark_addressed(
        table, column, addresses, QCoreApplication.translate("RecipientOutcomes", "sending…")
    )


def mark_waiting(table: QTableWidget, column: int, addresses: list[str | None]) -> None:
    mark_addressed(table, column, addresses, shown(WAITING))


def show_report(
    table: QTableWidget, column: int, addresses: list[str | None], report: SendReport
) -> None:
    """What the server said for each address; one it never answered for is not sent yet."""
    results = {result.address: result for result in report.results}
    for row, address in enumerate(addresses):
        result = results.get(address) if address else None
        if result is None:
            if address:
                set_outcome(table, row, column, shown(WAITING), None)
        elif result.accepted:
            sent = QCoreApplication.translate("RecipientOutcomes", "sent")
            set_outcome(table, row, column, sent, SUCCESS.colour())
        else:
            refused = QCoreApplication.translate("RecipientOutcomes", "refused: {reason}")
            set_outcome(table, row, column, refused.format(reason=result.reason), ERROR.colour())


def unreadable_settings(error: object) -> str:
    """The mail notice when the mail settings file can't be read."""
    return QCoreApplication.translate(
        "RecipientOutcomes", "The mail settings can't be read: {error}"
    ).format(error=error)


def sending_from(mail: MailSettings) -> str:
    """The mail notice once the settings are read: who sends, through which server."""
    return QCoreApplication.translate(
        "RecipientOutcomes", "Sending from {sender} through {host}:{port}."
    ).format(sender=mail.from_address, host=mail.host, port=mail.port)
