"""The minutes as each sending carried them, and what an amendment changed since.

A sending that reached at least one recipient keeps a version: number 1 the first time, then
2, 3… once the minutes were amended; its PDF is the exact bytes attached, so an earlier version
can be made again as it was sent, and its record is what the minutes were made from (notes,
action items, disputes, attendance, figures), so the next sending can list what changed. A
sending that reached no one keeps no version (nobody holds it) but is in the sent log all the
same. Sending minutes that were not amended sends the last version again, its stored PDF.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass, replace
from datetime import date, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parseaddr
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from facilitator import timesource
from facilitator.formats.mail import (
    MailError,
    MailSettings,
    PasswordLookup,
    SendReport,
    SmtpFactory,
    attachment_name,
    keyring_password,
    recipient_addresses,
    send_each,
    subject_of,
    summary_text,
)
from facilitator.mailing.minutes_changes import changes_between, minutes_record
from facilitator.mailing.sent_log import record_sent
from facilitator.minutes import MinutesSnapshot, render_minutes, snapshot_meeting
from facilitator.minutes.snapshot import VersionLine
from facilitator.safety.safe_write import write_atomically
from facilitator.storage.database import Database
from facilitator.storage.models import MinutesVersion, SentMail, SentRecipient
from facilitator.vocabulary import MONTH_NAMES, MailKind


class VersionNotFound(LookupError):
    """No such version of this meeting's minutes was sent."""

    def __init__(self, meeting_id: int, number: int) -> None:
        super().__init__(f"meeting {meeting_id} has no minutes version {number}")
        self.meeting_id = meeting_id
        self.number = number


# --- the versions kept ------------------------------------------------------------------------


@dataclass(frozen=True)
class VersionView:
    """One version sent, as the versions dialog lists it."""

    number: int
    made_at: datetime
    recipients: int
    """How many addresses the server took it for, over every sending of this version."""


@dataclass(frozen=True)
class _Kept:
    number: int
    made_at: datetime
    pdf: bytes
    record: dict[str, Any]


def _kept(db: Database, meeting_id: int, number: int | None = None) -> _Kept | None:
    """A version of the meeting's minutes (the last one without a number)."""
    query = select(MinutesVersion).where(MinutesVersion.meeting_id == meeting_id)
    if number is not None:
        query = query.where(MinutesVersion.number == number)
    with db.read() as session:
        row = session.scalar(query.order_by(MinutesVersion.number.desc()).limit(1))
        if row is None:
            return None
        return _Kept(row.number, row.made_at, bytes(row.pdf), dict(row.record))


def minutes_versions(db: Database, meeting_id: int) -> list[VersionView]:
    """The versions sent, first to last, each with how many addresses it reached."""
    reached = (
        select(SentMail.minutes_version, func.count(func.distinct(SentRecipient.address)))
        .join(SentRecipient, SentRecipient.mail_id == SentMail.id)
        .where(
            SentMail.meeting_id == meeting_id,
            SentMail.kind == MailKind.MINUTES,
            SentRecipient.accepted.is_(True),
        )
        .group_by(SentMail.minutes_version)
    )
    with db.read() as session:
        counts = {number: count for number, count in session.execute(reached)}
        rows = session.execute(
            select(MinutesVersion.number, MinutesVersion.made_at)
            .where(MinutesVersion.meeting_id == meeting_id)
            .order_by(MinutesVersion.number)
        )
        return [VersionView(number, made_at, counts.get(number, 0)) for number, made_at in rows]


def version_pdf(db: Database, meeting_id: int, number: int) -> bytes:
    """The PDF of a version exactly as it was attached; VersionNotFound when there is none."""
    kept = _kept(db, meeting_id, number)
    if kept is None:
        raise VersionNotFound(meeting_id, number)
    return kept.pdf


@dataclass(frozen=True)
class MinutesState:
    """Whether the minutes were sent, and what changed in them since the last version sent."""

    last: VersionView | None
    changes: tuple[str, ...]
    amended: bool


def minutes_state(db: Database, meeting_id: int, *, today: date | None = None) -> MinutesState:
    """The last version sent and, when the meeting's record differs from it, what changed."""
    kept = _kept(db, meeting_id)
    if kept is None:
        return MinutesState(None, (), False)
    record = minutes_record(snapshot_meeting(db, meeting_id, today=today))
    views = {view.number: view for view in minutes_versions(db, meeting_id)}
    last = views.get(kept.number, VersionView(kept.number, kept.made_at, 0))
    return MinutesState(last, changes_between(kept.record, record), record != kept.record)


# --- sending ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class MinutesMail:
    """The minutes' message made ready to send, with the version it carries."""

    meeting_id: int
    number: int
    new_version: bool
    """False when the minutes were not amended since the last version: that one goes again."""
    record: dict[str, Any]
    pdf: bytes
    message: EmailMessage
    recipients: tuple[str, ...]
    changes: tuple[str, ...]

    @property
    def subject(self) -> str:
        return str(self.message["Subject"])


def _long_day(day: date) -> str:
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def _body(snapshot: MinutesSnapshot, version: VersionLine, last_sent: date | None) -> str:
    summary = summary_text(snapshot)
    if not version.amended:
        return summary
    since = f" sent on {_long_day(last_sent)}" if last_sent else ""
    lines = [
        f"These minutes are amended: version {version.number} replaces version "
        f"{version.number - 1}{since}.",
        "",
        f"Changes since version {version.number - 1}:",
        *(f"- {change}" for change in version.changes),
    ]
    if not version.changes:
        lines.append("- nothing recorded in the minutes changed")
    return "\n".join(lines) + "\n\n" + summary


def _message(
    sender: str, to: tuple[str, ...], subject: str, body: str, pdf: bytes, filename: str
) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = ", ".join(to)
    message["Subject"] = subject
    message["Date"] = format_datetime(timesource.now().astimezone())
    message["Message-ID"] = make_msgid(domain=parseaddr(sender)[1].rpartition("@")[2] or None)
    message.set_content(body)
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename=filename)
    return message


def prepare_minutes_mail(
    db: Database,
    meeting_id: int,
    sender: str,
    *,
    recipients: tuple[str, ...] | None = None,
    today: date | None = None,
) -> MinutesMail:
    """The minutes' message with its version: a new one (1, or the last + 1 when amended) with
    its number and day in the PDF, or, not amended, the last version's PDF as it was sent.

    Raises MailError without a sender or anyone to send to, MeetingNotFound for no meeting.
    """
    if not sender:
        raise MailError("no sender address: set a sender or a user in the mail settings")
    to = recipients if recipients is not None else tuple(recipient_addresses(db, meeting_id))
    if not to:
        raise MailError("no one on this meeting's list has an email address")
    day = today or timesource.today()
    snapshot = snapshot_meeting(db, meeting_id, today=today)
    record = minutes_record(snapshot)
    last = _kept(db, meeting_id)
    if last is not None and last.record == record:
        before = _kept(db, meeting_id, last.number - 1) if last.number > 1 else None
        changes = changes_between(before.record, last.record) if before else ()
        version = VersionLine(last.number, last.made_at.astimezone().date(), changes)
        sent_before = before.made_at.astimezone().date() if before else None
        pdf, new = last.pdf, False
    else:
        changes = changes_between(last.record, record) if last else ()
        version = VersionLine(last.number + 1 if last else 1, day, changes)
        sent_before = last.made_at.astimezone().date() if last else None
        pdf, new = render_minutes(replace(snapshot, version=version)), True
    subject = subject_of(snapshot)
    if version.amended:
        subject = subject.replace("Minutes", "Minutes (amended)", 1)
    message = _message(
        sender, to, subject, _body(snapshot, version, sent_before), pdf, attachment_name(snapshot)
    )
    return MinutesMail(meeting_id, version.number, new, record, pdf, message, to, version.changes)


def send_minutes_mail(
    mail: MinutesMail,
    settings: MailSettings,
    *,
    password_lookup: PasswordLookup = keyring_password,
    smtp_factory: SmtpFactory | None = None,
    tls: ssl.SSLContext | None = None,
) -> SendReport:
    """Send the prepared minutes; a delivery that failed as a whole comes back as every
    recipient refused with its reason. Touches no database, so it may run on a worker thread."""
    return send_each(
        settings,
        mail.message,
        mail.recipients,
        password_lookup=password_lookup,
        smtp_factory=smtp_factory,
        tls=tls,
    )


def record_minutes_sending(db: Database, mail: MinutesMail, report: SendReport) -> int | None:
    """Keep the version when the server took the mail for someone, and log the sending either
    way; returns the version number kept or sent again (None when it reached no one)."""
    number = mail.number if report.accepted else None
    if number is not None and mail.new_version:
        with db.write() as session:
            session.add(
                MinutesVersion(
                    meeting_id=mail.meeting_id,
                    number=mail.number,
                    made_at=timesource.now(),
                    pdf=mail.pdf,
                    record=mail.record,
                )
            )
    record_sent(
        db,
        MailKind.MINUTES,
        mail.subject,
        report.results,
        meeting_id=mail.meeting_id,
        minutes_version=number,
    )
    return number


@dataclass(frozen=True)
class MinutesSent:
    mail: MinutesMail
    report: SendReport
    version: int | None


def send_versioned_minutes(
    db: Database,
    meeting_id: int,
    settings: MailSettings,
    *,
    password_lookup: PasswordLookup = keyring_password,
    smtp_factory: SmtpFactory | None = None,
    tls: ssl.SSLContext | None = None,
    today: date | None = None,
) -> MinutesSent:
    """Prepare, send and record the minutes in one go (the command line's send)."""
    mail = prepare_minutes_mail(db, meeting_id, settings.from_address, today=today)
    report = send_minutes_mail(
        mail, settings, password_lookup=password_lookup, smtp_factory=smtp_factory, tls=tls
    )
    return MinutesSent(mail, report, record_minutes_sending(db, mail, report))


def write_version(db: Database, meeting_id: int, number: int, path: Path) -> Path:
    """Write a version's PDF exactly as it was sent, all at once (VersionNotFound, WriteFailed)."""
    write_atomically(Path(path), version_pdf(db, meeting_id, number))
    return Path(path)
