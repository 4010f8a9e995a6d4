"""The agenda mail: the pre-read as text, its one-page PDF and a calendar invitation, to every
invitee with an address.

The invitation carries the meeting's own UID (formats/calendar_file.py) and a SEQUENCE one
higher for each earlier sending that reached someone, so a re-sent agenda updates the event in
the invitees' calendars instead of adding a second one.
"""

from __future__ import annotations

import ssl
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parseaddr
from pathlib import Path

from facilitator import timesource
from facilitator.formats.calendar_file import meeting_ics
from facilitator.formats.mail import (
    MailError,
    MailSettings,
    PasswordLookup,
    SendReport,
    SmtpFactory,
    keyring_password,
    send_each,
)
from facilitator.language import _
from facilitator.mailing.pre_read import PreRead, pre_read, pre_read_subject, pre_read_text
from facilitator.mailing.pre_read_pdf import render_pre_read
from facilitator.mailing.sent_log import SentView, already_sent, record_sent, sent_mails
from facilitator.minutes.names import minutes_file_name
from facilitator.safety.safe_write import write_atomically
from facilitator.storage.database import Database
from facilitator.vocabulary import MailKind

METHOD = "REQUEST"


def pdf_file_name(pre: PreRead) -> str:
    """'<YYYY-MM-DD> <title> agenda.pdf', safe on every file system."""
    return minutes_file_name(pre.title, pre.day, suffix="").removesuffix(" minutes") + " agenda.pdf"


def eml_file_name(pre: PreRead) -> str:
    return pdf_file_name(pre).removesuffix(".pdf") + ".eml"


def times_sent(db: Database, meeting_id: int) -> int:
    """How many agenda mails of this meeting reached someone: the next one's SEQUENCE."""
    mails = sent_mails(db, meeting_id=meeting_id, kind=MailKind.PRE_READ)
    return sum(1 for mail in mails if mail.accepted)


def agenda_sent(db: Database, meeting_id: int) -> SentView | None:
    """The last agenda mail of this meeting that reached someone: sending it again asks first."""
    return already_sent(db, meeting_id, MailKind.PRE_READ)


def _organizer(sender: str, pre: PreRead) -> str | None:
    address = parseaddr(sender)[1] if sender else ""
    return address or pre.moderator_email


def build_pre_read_message(
    db: Database,
    meeting_id: int,
    sender: str,
    *,
    pre: PreRead | None = None,
    draft: bool = False,
) -> EmailMessage:
    """The agenda mail to the meeting's invitees: the text, the PDF and the invitation.

    A draft is marked X-Unsent and has no Message-ID, as the minutes' draft (formats/mail.py).
    """
    pre = pre or pre_read(db, meeting_id)
    text = pre_read_text(pre)
    message = EmailMessage()
    if sender:
        message["From"] = sender
    if pre.addresses:
        message["To"] = ", ".join(pre.addresses)
    message["Subject"] = pre_read_subject(pre)
    message["Date"] = format_datetime(timesource.now().astimezone())
    if draft:
        message["X-Unsent"] = "1"
    else:
        message["Message-ID"] = make_msgid(domain=parseaddr(sender)[1].rpartition("@")[2] or None)
    message.set_content(text)
    message.add_attachment(
        render_pre_read(pre),
        maintype="application",
        subtype="pdf",
        filename=pdf_file_name(pre),
    )
    invitation = meeting_ics(
        db,
        meeting_id,
        method=METHOD,
        sequence=times_sent(db, meeting_id),
        description=text,
        organizer_email=_organizer(sender, pre),
    )
    message.add_attachment(
        invitation,
        maintype="text",
        subtype="calendar",
        filename="invite.ics",
        params={"method": METHOD, "charset": "utf-8"},
    )
    return message


def write_pre_read_eml(db: Database, meeting_id: int, path: Path, sender: str = "") -> Path:
    """Save the agenda mail as a draft .eml; without a sender it is from the moderator."""
    pre = pre_read(db, meeting_id)
    if not sender and pre.moderator_email:
        sender = pre.moderator_email
    message = build_pre_read_message(db, meeting_id, sender, pre=pre, draft=True)
    write_atomically(Path(path), message.as_bytes())
    return Path(path)


def write_pre_read_pdf(db: Database, meeting_id: int, path: Path) -> Path:
    write_atomically(Path(path), render_pre_read(pre_read(db, meeting_id)))
    return Path(path)


class PreReadMail:
    """One agenda mail ready to go: built on the thread that owns the database, sent on any
    (send), and recorded back on the owning thread (record)."""

    def __init__(self, db: Database, meeting_id: int, settings: MailSettings) -> None:
        sender = settings.from_address
        if not sender:
            raise MailError(_("no sender address: set a sender or a user in the mail settings"))
        self.meeting_id = meeting_id
        self.settings = settings
        self.pre = pre_read(db, meeting_id)
        if not self.pre.addresses:
            raise MailError(_("no one invited to this meeting has an email address"))
        self.message = build_pre_read_message(db, meeting_id, sender, pre=self.pre)

    @property
    def subject(self) -> str:
        return str(self.message["Subject"])

    def send(
        self,
        *,
        password_lookup: PasswordLookup = keyring_password,
        smtp_factory: SmtpFactory | None = None,
        tls: ssl.SSLContext | None = None,
    ) -> SendReport:
        """Send it; a failure as a whole comes back as every invitee refused with the reason."""
        return send_each(
            self.settings,
            self.message,
            self.pre.addresses,
            password_lookup=password_lookup,
            smtp_factory=smtp_factory,
            tls=tls,
        )

    def record(self, db: Database, report: SendReport) -> int:
        """Keep the outcome in the sent log (from the thread that owns the database)."""
        return record_sent(
            db, MailKind.PRE_READ, self.subject, report.results, meeting_id=self.meeting_id
        )


def send_pre_read(
    db: Database,
    meeting_id: int,
    settings: MailSettings,
    *,
    password_lookup: PasswordLookup = keyring_password,
    smtp_factory: SmtpFactory | None = None,
    tls: ssl.SSLContext | None = None,
) -> SendReport:
    """Build, send and record the agenda mail in one go (the command line's way)."""
    mail = PreReadMail(db, meeting_id, settings)
    report = mail.send(password_lookup=password_lookup, smtp_factory=smtp_factory, tls=tls)
    mail.record(db, report)
    return report
