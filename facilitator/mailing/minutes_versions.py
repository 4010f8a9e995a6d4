"""The versions of a meeting's minutes that were sent, each kept as it went out.

A sending that reached at least one recipient keeps a version (see minutes_sending): number 1
the first time, then 2, 3… once the minutes were amended; its PDF is the exact bytes attached,
so an earlier version can be made again as it was sent, and its record is what the minutes
were made from, so the next sending can list what changed. Reading them needs no PDF or mail
code, so the meeting editor can ask whether minutes were sent without loading either.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, literal, select

from facilitator.safety.safe_write import write_atomically
from facilitator.storage.database import Database
from facilitator.storage.models import MinutesVersion, SentMail, SentRecipient
from facilitator.vocabulary import MailKind


class VersionNotFound(LookupError):
    """No such version of this meeting's minutes was sent."""

    def __init__(self, meeting_id: int, number: int) -> None:
        super().__init__(f"meeting {meeting_id} has no minutes version {number}")
        self.meeting_id = meeting_id
        self.number = number


@dataclass(frozen=True)
class VersionView:
    """One version sent, as the versions dialog lists it."""

    number: int
    made_at: datetime
    recipients: int
    """How many addresses the server took it for, over every sending of this version."""


@dataclass(frozen=True)
class KeptVersion:
    number: int
    made_at: datetime
    record: dict[str, Any]
    pdf: bytes | None


def kept_version(
    db: Database, meeting_id: int, number: int | None = None, *, pdf: bool = False
) -> KeptVersion | None:
    """A version of the meeting's minutes (the last one without a number); its PDF, which
    can be large, only when asked for."""
    columns = [MinutesVersion.number, MinutesVersion.made_at, MinutesVersion.record]
    query = select(*columns, MinutesVersion.pdf if pdf else literal(None)).where(
        MinutesVersion.meeting_id == meeting_id
    )
    if number is not None:
        query = query.where(MinutesVersion.number == number)
    with db.read() as session:
        row = session.execute(query.order_by(MinutesVersion.number.desc()).limit(1)).first()
    if row is None:
        return None
    found, made_at, record, data = row
    return KeptVersion(found, made_at, dict(record), bytes(data) if data is not None else None)


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
    kept = kept_version(db, meeting_id, number, pdf=True)
    if kept is None or kept.pdf is None:
        raise VersionNotFound(meeting_id, number)
    return kept.pdf


def write_version(db: Database, meeting_id: int, number: int, path: Path) -> Path:
    """Write a version's PDF exactly as it was sent, all at once (VersionNotFound, WriteFailed)."""
    write_atomically(Path(path), version_pdf(db, meeting_id, number))
    return Path(path)


def has_sent_minutes(db: Database, meeting_id: int) -> bool:
    """Whether a version of the meeting's minutes reached someone: one small query."""
    query = select(MinutesVersion.id).where(MinutesVersion.meeting_id == meeting_id).limit(1)
    with db.read() as session:
        return session.scalar(query) is not None
