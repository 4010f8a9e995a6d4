"""Sending the minutes as versions: which version a sending carries, its message, and what is
kept once the server answered.

A sending that reached at least one recipient keeps a version (minutes_versions): number 1 the
first time, then the last + 1 once the minutes were amended, with its number and day in the
PDF and, amended, "Minutes (amended)" and what changed in the subject and body. A sending that
reached no one keeps no version (nobody holds it) but is in the sent log all the same. Minutes
not amended since the last version send that version again, its stored PDF.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass, replace
from datetime import date
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parseaddr
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
from facilitator.language import _, ngettext
from facilitator.mailing.minutes_changes import changes_between, minutes_record, same_minutes
from facilitator.mailing.minutes_versions import (
    VersionView,
    kept_version,
    minutes_versions,
)
from facilitator.mailing.sent_log import SentView, already_sent, record_sent
from facilitator.minutes import MinutesSnapshot, render_minutes, snapshot_meeting
from facilitator.minutes.names import amended_minutes_subject
from facilitator.minutes.snapshot import VersionLine
from facilitator.minutes.words import day_month_year
from facilitator.storage.database import Database
from facilitator.storage.models import MinutesVersion
from facilitator.vocabulary import MailKind


@dataclass(frozen=True)
class MinutesState:
    """Whether the minutes were sent, and what changed in them since the last version sent."""

    last: VersionView | None
    changes: tuple[str, ...]
    amended: bool

    @property
    def line(self) -> str:
        """One line for the meeting on show: amended since sent, sent, or "" (never sent)."""
        last = self.last
        if last is None:
            return ""
        day = day_month_year(last.made_at.astimezone().date())
        if self.amended:
            count = len(self.changes)
            return ngettext(
                "Minutes amended since sent: version {number} went out on {day}; "
                "{count} change since.",
                "Minutes amended since sent: version {number} went out on {day}; "
                "{count} changes since.",
                count,
            ).format(number=last.number, day=day, count=count)
        return ngettext(
            "Minutes sent: version {number} went out on {day} to {count} person.",
            "Minutes sent: version {number} went out on {day} to {count} people.",
            last.recipients,
        ).format(number=last.number, day=day, count=last.recipients)


def minutes_state(db: Database, meeting_id: int, *, today: date | None = None) -> MinutesState:
    """The last version sent and, when the meeting's record differs from it, what changed."""
    kept = kept_version(db, meeting_id)
    if kept is None:
        return MinutesState(None, (), False)
    record = minutes_record(snapshot_meeting(db, meeting_id, today=today))
    views = {view.number: view for view in minutes_versions(db, meeting_id)}
    last = views.get(kept.number, VersionView(kept.number, kept.made_at, 0))
    return MinutesState(
        last, changes_between(kept.record, record), not same_minutes(kept.record, record)
    )


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


def _body(snapshot: MinutesSnapshot, version: VersionLine, last_sent: date | None) -> str:
    summary = summary_text(snapshot)
    if not version.amended:
        return summary
    numbers = {"number": version.number, "before": version.number - 1}
    replaces = (
        _("These minutes are amended: version {number} replaces version {before} sent on {day}.")
        .format(**numbers, day=day_month_year(last_sent))
        if last_sent
        else _("These minutes are amended: version {number} replaces version {before}.").format(
            **numbers
        )
    )
    lines = [
        replaces,
        "",
        _("Changes since version {number}:").format(number=version.number - 1),
        *(f"- {change}" for change in version.changes),
    ]
    if not version.changes:
        lines.append("- " + _("nothing recorded in the minutes changed"))
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


@dataclass(frozen=True)
class MinutesPlan:
    """What Send minutes sends now: a new version (1, or the last + 1 once amended), or the
    last version again when nothing changed since it was sent."""

    snapshot: MinutesSnapshot
    record: dict[str, Any]
    version: VersionLine
    new_version: bool
    last_pdf: bytes | None
    """The last version's PDF as it was sent, when that one goes again."""
    sent_before: date | None
    """When the version this one replaces went out."""

    @property
    def subject(self) -> str:
        if self.version.amended:
            return amended_minutes_subject(self.snapshot.title, self.snapshot.meeting_date)
        return subject_of(self.snapshot)

    @property
    def body(self) -> str:
        return _body(self.snapshot, self.version, self.sent_before)


def plan_minutes(db: Database, meeting_id: int, *, today: date | None = None) -> MinutesPlan:
    """Read the meeting and the last version sent, and say which version a sending carries."""
    snapshot = snapshot_meeting(db, meeting_id, today=today)
    record = minutes_record(snapshot)
    last = kept_version(db, meeting_id)
    if last is not None and same_minutes(last.record, record):
        before = kept_version(db, meeting_id, last.number - 1) if last.number > 1 else None
        changes = changes_between(before.record, last.record) if before else ()
        version = VersionLine(last.number, last.made_at.astimezone().date(), changes)
        sent_before = before.made_at.astimezone().date() if before else None
        last_pdf = kept_version(db, meeting_id, last.number, pdf=True)
        return MinutesPlan(snapshot, record, version, False, last_pdf and last_pdf.pdf, sent_before)
    changes = changes_between(last.record, record) if last else ()
    number = last.number + 1 if last else 1
    version = VersionLine(number, today or timesource.today(), changes)
    sent_before = last.made_at.astimezone().date() if last else None
    return MinutesPlan(snapshot, record, version, True, None, sent_before)


def sent_unchanged(db: Database, meeting_id: int) -> SentView | None:
    """The last sending of these minutes that reached someone, when nothing in them changed
    since: sending them again asks first. None when never sent, or amended since."""
    earlier = already_sent(db, meeting_id, MailKind.MINUTES)
    if earlier is None or plan_minutes(db, meeting_id).new_version:
        return None
    return earlier


def prepare_minutes_mail(
    db: Database,
    meeting_id: int,
    sender: str,
    *,
    recipients: tuple[str, ...] | None = None,
    today: date | None = None,
) -> MinutesMail:
    """The minutes' message with its version (see plan_minutes): a new version with its number
    and day in the PDF, or the last version's PDF exactly as it was sent.

    Raises MailError without a sender or anyone to send to, MeetingNotFound for no meeting.
    """
    if not sender:
        raise MailError(_("no sender address: set a sender or a user in the mail settings"))
    to = recipients if recipients is not None else tuple(recipient_addresses(db, meeting_id))
    if not to:
        raise MailError(_("no one on this meeting's list has an email address"))
    plan = plan_minutes(db, meeting_id, today=today)
    pdf = plan.last_pdf
    if pdf is None:
        pdf = render_minutes(replace(plan.snapshot, version=plan.version))
    name = attachment_name(plan.snapshot)
    message = _message(sender, to, plan.subject, plan.body, pdf, name)
    return MinutesMail(
        meeting_id,
        plan.version.number,
        plan.new_version,
        plan.record,
        pdf,
        message,
        to,
        plan.version.changes,
    )


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
    way; returns the version number kept or sent again (None when it reached no one).

    Another app on a team database may have kept a version of the same number since this one
    was made: this one is then kept under the next free number, as the bytes people received
    must not be lost (its PDF still names the number it was made with).
    """
    number = mail.number if report.accepted else None
    if number is not None and mail.new_version:
        with db.write() as session:
            last = session.scalar(
                select(func.max(MinutesVersion.number)).where(
                    MinutesVersion.meeting_id == mail.meeting_id
                )
            )
            number = max(number, (last or 0) + 1)
            session.add(
                MinutesVersion(
                    meeting_id=mail.meeting_id,
                    number=number,
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

