"""What the minutes and the pre-read print of the agreements, read once into plain data: those a
meeting changed, in full, and for a management meeting those in force on its day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.agreements.register import AgreementView, VersionView, agreement_views
from facilitator.storage.models import AgreementVersion, Meeting
from facilitator.vocabulary import MeetingKind


@dataclass(frozen=True)
class AgreementLine:
    name: str
    number: int
    effective_from: date
    text: str
    led_by: str = ""
    """What led to the version: the resolved dispute or the decision, in one line."""


@dataclass(frozen=True)
class AgreementsInMinutes:
    changed: tuple[AgreementLine, ...] = ()
    """The versions agreed at this meeting, any kind of meeting."""
    in_force: tuple[AgreementLine, ...] = ()
    """Every agreement's version in force on the meeting's day; a management meeting's only."""

    def __bool__(self) -> bool:
        return bool(self.changed or self.in_force)


def _line(agreement: AgreementView, version: VersionView) -> AgreementLine:
    return AgreementLine(
        agreement.name, version.number, version.effective_from, version.text, version.led_by
    )


def agreements_in_force(session: Session, day: date) -> tuple[AgreementLine, ...]:
    """Each agreement's version in force on a day, in the register's order."""
    lines = []
    for agreement in agreement_views(session):
        version = agreement.in_force(day)
        if version is not None:
            lines.append(_line(agreement, version))
    return tuple(lines)


def agreements_in_minutes(session: Session, meeting: Meeting, day: date) -> AgreementsInMinutes:
    """The agreements a meeting's minutes print; day is the meeting's own (meeting_day)."""
    changed_ids = set(
        session.scalars(
            select(AgreementVersion.agreement_id).where(AgreementVersion.meeting_id == meeting.id)
        )
    )
    changed = tuple(
        _line(agreement, version)
        for agreement in (agreement_views(session, list(changed_ids)) if changed_ids else [])
        for version in agreement.versions
        if version.meeting_id == meeting.id
    )
    in_force = agreements_in_force(session, day) if meeting.kind is MeetingKind.MANAGEMENT else ()
    return AgreementsInMinutes(changed, in_force)
