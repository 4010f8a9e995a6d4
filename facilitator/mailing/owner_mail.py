"""A mail to one owner about their own action items: what the follow-up after the minutes and
the daily reminder share — the item lines, the message, sending each owner their own, and
keeping each in the sent log.

Each owner gets a message of their own (never a list of everyone's items on one To line), so
one refused address fails only that owner, and the log names the person each mail was for.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid, parseaddr

from facilitator import timesource
from facilitator.formats.mail import (
    MailError,
    MailSettings,
    PasswordLookup,
    RecipientResult,
    SmtpFactory,
    keyring_password,
    send_each,
)
from facilitator.language import _
from facilitator.mailing.sent_log import record_sent
from facilitator.measures.metrics import meeting_day
from facilitator.minutes.names import title_without_day
from facilitator.storage.database import Database
from facilitator.storage.models import ActionItem, Meeting
from facilitator.vocabulary import MailKind


@dataclass(frozen=True)
class OwedItem:
    """One open action item as its owner's mail lists it."""

    id: int
    text: str
    due: date | None
    overdue: bool
    made_at: str | None
    """The meeting it came from ("<title>, <YYYY-MM-DD>"), or None when made outside one."""


@dataclass(frozen=True)
class OwnerItems:
    """Someone with an address and the open action items they own, soonest due first."""

    person_id: int
    name: str
    address: str
    items: tuple[OwedItem, ...]

    @property
    def overdue(self) -> int:
        return sum(item.overdue for item in self.items)


@dataclass(frozen=True)
class OwnerMail:
    """A message made for one owner, ready to send (no database needed to send it)."""

    owner: OwnerItems
    message: EmailMessage

    @property
    def subject(self) -> str:
        return str(self.message["Subject"])


@dataclass(frozen=True)
class OwnerOutcome:
    """What the server said about one owner's mail."""

    owner: OwnerItems
    subject: str
    result: RecipientResult


def meeting_label(meeting: Meeting) -> str:
    """'<title>, <YYYY-MM-DD>', the day named once even when the title carries it."""
    day = meeting_day(meeting)
    return f"{title_without_day(meeting.title, day)}, {day:%Y-%m-%d}"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def owed_item(item: ActionItem, today: date) -> OwedItem:
    """The item as a mail lists it; overdue when open and due before today (the app's rule)."""
    from facilitator.record.action_items import is_overdue

    made = item.created_meeting
    return OwedItem(
        id=item.id,
        text=item.text,
        due=item.due_date,
        overdue=is_overdue(item.status, item.due_date, today),
        made_at=meeting_label(made) if made is not None else None,
    )


def group_by_owner(items: Iterable[ActionItem], today: date) -> list[OwnerItems]:
    """Open items whose owner has an address, one entry per owner (by name), each owner's
    items overdue first, then by due date. Items with no owner or an owner without an
    address are left out: there is no one to mail."""
    owners: dict[int, tuple[str, str, list[OwedItem]]] = {}
    for item in items:
        owner = item.owner
        if owner is None or not owner.email:
            continue
        entry = owners.setdefault(owner.id, (owner.name, owner.email, []))
        entry[2].append(owed_item(item, today))
    grouped = [
        OwnerItems(
            person_id,
            name,
            address,
            tuple(sorted(owed, key=lambda o: (not o.overdue, o.due or date.max, o.id))),
        )
        for person_id, (name, address, owed) in owners.items()
    ]
    return sorted(grouped, key=lambda o: (o.name.casefold(), o.person_id))


def item_line(item: OwedItem, *, from_here: str | None = None) -> str:
    """'- text (due YYYY-MM-DD, OVERDUE; from <meeting>)'; the meeting left out when it is
    from_here, the one the mail is about."""
    due = _("due {day}").format(day=f"{item.due:%Y-%m-%d}") if item.due else _("no due date")
    late = ", " + _("OVERDUE") if item.overdue else ""
    origin = ""
    if item.made_at and item.made_at != from_here:
        origin = "; " + _("from {meeting}").format(meeting=item.made_at)
    elif item.made_at:
        origin = "; " + _("from this meeting")
    return f"- {_one_line(item.text)} ({due}{late}{origin})"


def owner_message(
    sender: str,
    owner: OwnerItems,
    subject: str,
    body: str,
    attachment: tuple[bytes, str] | None = None,
) -> EmailMessage:
    """The message to one owner: their name and address on To, the body as plain text, and the
    attachment (bytes, file name) as a PDF when there is one."""
    message = EmailMessage()
    if sender:
        message["From"] = sender
    message["To"] = formataddr((_one_line(owner.name), owner.address))
    message["Subject"] = _one_line(subject)
    message["Date"] = format_datetime(timesource.now().astimezone())
    message["Message-ID"] = make_msgid(domain=parseaddr(sender)[1].rpartition("@")[2] or None)
    message.set_content(body)
    if attachment is not None:
        data, name = attachment
        message.add_attachment(data, maintype="application", subtype="pdf", filename=name)
    return message


def send_to_owners(
    mails: Sequence[OwnerMail],
    settings: MailSettings,
    *,
    password_lookup: PasswordLookup = keyring_password,
    tls: ssl.SSLContext | None = None,
    smtp_factory: SmtpFactory | None = None,
) -> list[OwnerOutcome]:
    """Send each owner their message; a delivery that failed for one (a refused address, the
    server gone) is that owner's refusal with the reason, and the others still go.

    A mistake before any connection (no sender, no password) raises MailError: nothing went.
    """
    outcomes = []
    for mail in mails:
        report = send_each(
            settings,
            mail.message,
            [mail.owner.address],
            password_lookup=password_lookup,
            tls=tls,
            smtp_factory=smtp_factory,
        )
        outcomes.append(OwnerOutcome(mail.owner, mail.subject, report.results[0]))
    return outcomes


def check_sender(settings: MailSettings) -> str:
    """The From address, or MailError before anything is made or sent."""
    if not settings.from_address:
        raise MailError(_("no sender address: set a sender or a user in the mail settings"))
    return settings.from_address


def record_outcomes(
    db: Database,
    kind: MailKind,
    outcomes: Iterable[OwnerOutcome],
    *,
    meeting_id: int | None = None,
) -> None:
    """Keep each owner's mail in the sent log, sent or refused (call on the database's thread)."""
    for outcome in outcomes:
        record_sent(
            db,
            kind,
            outcome.subject,
            [outcome.result],
            meeting_id=meeting_id,
            person_id=outcome.owner.person_id,
        )


def outcome_line(outcome: OwnerOutcome, what: str) -> str:
    """'<address>\\t<name>: <what> sent (n items)' or '…: <what> refused: <reason>', for the
    command line."""
    count = len(outcome.owner.items)
    items = "1 item" if count == 1 else f"{count} items"
    if outcome.result.accepted:
        state = f"{what} sent ({items})"
    else:
        state = f"{what} refused: {_one_line(outcome.result.reason)}"
    return f"{outcome.owner.address}\t{_one_line(outcome.owner.name)}: {state}"
