"""The sent log: every mail the app sends, with its time, subject and each recipient's outcome.

Kept in the database beside the meeting it was about, so the meeting shows what went out and
to whom, a second sending of the same mail asks first, and a reminder goes to an owner at most
once a day. Recorded after the server answered (or failed), from the thread that owns the
database, never from a sending thread.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from facilitator import timesource
from facilitator.formats.mail import RecipientResult
from facilitator.storage.database import Database
from facilitator.storage.models import SentMail, SentRecipient
from facilitator.vocabulary import MailKind

SUBJECT_LENGTH = 300


@dataclass(frozen=True)
class SentView:
    """One mail of the log, as the meeting's sent list shows it."""

    id: int
    kind: MailKind
    sent_at: datetime
    subject: str
    meeting_id: int | None
    person_id: int | None
    minutes_version: int | None
    recipients: tuple[RecipientResult, ...]

    @property
    def accepted(self) -> tuple[str, ...]:
        return tuple(r.address for r in self.recipients if r.accepted)

    @property
    def refused(self) -> tuple[RecipientResult, ...]:
        return tuple(r for r in self.recipients if not r.accepted)


def record_sent(
    db: Database,
    kind: MailKind,
    subject: str,
    results: Iterable[RecipientResult],
    *,
    meeting_id: int | None = None,
    person_id: int | None = None,
    minutes_version: int | None = None,
    sent_at: datetime | None = None,
) -> int:
    """Keep one sent mail and its recipients' outcomes; returns its id. A subject longer than
    the column is kept cut with an ellipsis: the log must never refuse what was sent."""
    if len(subject) > SUBJECT_LENGTH:
        subject = subject[: SUBJECT_LENGTH - 1] + "…"
    mail = SentMail(
        kind=kind,
        subject=subject,
        sent_at=sent_at or timesource.now(),
        meeting_id=meeting_id,
        person_id=person_id,
        minutes_version=minutes_version,
        recipients=[
            SentRecipient(address=r.address, accepted=r.accepted, reason=r.reason)
            for r in results
        ],
    )
    with db.write() as session:
        session.add(mail)
        session.flush()
        return mail.id


def _view(mail: SentMail) -> SentView:
    return SentView(
        id=mail.id,
        kind=mail.kind,
        sent_at=mail.sent_at,
        subject=mail.subject,
        meeting_id=mail.meeting_id,
        person_id=mail.person_id,
        minutes_version=mail.minutes_version,
        recipients=tuple(
            RecipientResult(r.address, r.accepted, r.reason) for r in mail.recipients
        ),
    )


def sent_mails(
    db: Database,
    *,
    meeting_id: int | None = None,
    person_id: int | None = None,
    kind: MailKind | None = None,
) -> list[SentView]:
    """The log, newest first: a meeting's mails, an owner's, or of one kind."""
    query = select(SentMail).options(selectinload(SentMail.recipients))
    if meeting_id is not None:
        query = query.where(SentMail.meeting_id == meeting_id)
    if person_id is not None:
        query = query.where(SentMail.person_id == person_id)
    if kind is not None:
        query = query.where(SentMail.kind == kind)
    with db.read() as session:
        mails = session.scalars(query.order_by(SentMail.sent_at.desc(), SentMail.id.desc()))
        return [_view(mail) for mail in mails]


def already_sent(db: Database, meeting_id: int, kind: MailKind) -> SentView | None:
    """The latest mail of this kind about the meeting that reached someone, if any: sending
    it again asks first."""
    for mail in sent_mails(db, meeting_id=meeting_id, kind=kind):
        if mail.accepted:
            return mail
    return None


def reached_on(db: Database, person_id: int, kind: MailKind, day: date) -> bool:
    """Whether a mail of this kind for the person reached someone on day (local date)."""
    return any(
        mail.accepted and mail.sent_at.astimezone().date() == day
        for mail in sent_mails(db, person_id=person_id, kind=kind)
    )
