"""Reading and recording the agreements: each with its versions, what is in force on a day, and
the versions that matter when a dispute of their category is resolved.

A version's number counts up from 1 per agreement; a newer version never takes effect before
the one it follows, so on any day the version in force is the newest one already effective.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from facilitator.agreements.minutes_lines import AgreementLine, AgreementsInMinutes
from facilitator.language import N_, _
from facilitator.storage.database import Database
from facilitator.storage.models import Agreement, AgreementVersion, Dispute, Meeting, Note
from facilitator.vocabulary import DisputeCategory, MeetingKind

MAX_AGREEMENT_NAME = 200
MAX_AGREEMENT_TEXT = 20_000


class AgreementRefused(ValueError):
    """An agreement change that can't be stored; the message is one line for the moderator."""


class AgreementNotFound(LookupError):
    def __init__(self, agreement_id: int) -> None:
        super().__init__(_("There is no agreement {id}.").format(id=agreement_id))


@dataclass(frozen=True)
class VersionView:
    """One version and what led to it, as the window and the minutes name it."""

    id: int
    agreement_id: int
    number: int
    text: str
    effective_from: date
    recorded_at: datetime
    meeting_id: int | None = None
    meeting_title: str | None = None
    meeting_on: date | None = None
    """The day the meeting was held (its local date)."""
    note_id: int | None = None
    note_text: str | None = None
    dispute_id: int | None = None
    dispute_title: str | None = None

    @property
    def led_by(self) -> str:
        """What led to it, in one line: the resolved dispute, the decision, or nothing known."""
        if self.dispute_title is not None:
            return _("Dispute resolved: {title}").format(title=_one_line(self.dispute_title))
        if self.note_text is not None:
            said = _one_line(self.note_text)
            if said.casefold().startswith("decision"):
                return said
            return _("Decision: {text}").format(text=said)
        return ""


@dataclass(frozen=True)
class AgreementView:
    id: int
    key: str
    name: str
    category: DisputeCategory | None
    versions: tuple[VersionView, ...]
    """Oldest first."""

    @property
    def current(self) -> VersionView:
        """The newest version: the text the teams last agreed."""
        return self.versions[-1]

    def in_force(self, day: date) -> VersionView | None:
        """The version in force on a day; None before the first took effect."""
        effective = [v for v in self.versions if v.effective_from <= day]
        return effective[-1] if effective else None


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _version_view(version: AgreementVersion, session: Session) -> VersionView:
    meeting = session.get(Meeting, version.meeting_id) if version.meeting_id else None
    note = session.get(Note, version.note_id) if version.note_id else None
    dispute = session.get(Dispute, version.dispute_id) if version.dispute_id else None
    return VersionView(
        id=version.id,
        agreement_id=version.agreement_id,
        number=version.number,
        text=version.text,
        effective_from=version.effective_from,
        recorded_at=version.recorded_at,
        meeting_id=meeting.id if meeting else None,
        meeting_title=meeting.title if meeting else None,
        meeting_on=meeting.scheduled_at.astimezone().date() if meeting else None,
        note_id=note.id if note else None,
        note_text=note.text if note else None,
        dispute_id=dispute.id if dispute else None,
        dispute_title=dispute.title if dispute else None,
    )


def agreement_views(session: Session, ids: Sequence[int] | None = None) -> list[AgreementView]:
    """The agreements in their order, each with every version (within an open session)."""
    query = (
        select(Agreement)
        .options(selectinload(Agreement.versions))
        .order_by(Agreement.position, Agreement.id)
    )
    if ids is not None:
        query = query.where(Agreement.id.in_(ids))
    return [
        AgreementView(
            id=agreement.id,
            key=agreement.key,
            name=agreement.name,
            category=agreement.category,
            versions=tuple(_version_view(v, session) for v in agreement.versions),
        )
        for agreement in session.scalars(query).all()
        if agreement.versions
    ]


def list_agreements(db: Database) -> list[AgreementView]:
    with db.read() as session:
        return agreement_views(session)


def load_agreement(db: Database, agreement_id: int) -> AgreementView:
    with db.read() as session:
        found = agreement_views(session, [agreement_id])
    if not found:
        raise AgreementNotFound(agreement_id)
    return found[0]


def agreements_for_category(db: Database, category: DisputeCategory) -> list[AgreementView]:
    """The agreements a resolved dispute of this category may change."""
    with db.read() as session:
        ids = session.scalars(select(Agreement.id).where(Agreement.category == category)).all()
        return agreement_views(session, list(ids)) if ids else []


def in_force(db: Database, day: date) -> list[tuple[AgreementView, VersionView]]:
    """Each agreement with the version in force on a day; those not yet in force are left out."""
    pairs = []
    for agreement in list_agreements(db):
        version = agreement.in_force(day)
        if version is not None:
            pairs.append((agreement, version))
    return pairs


# --- recording ---------------------------------------------------------------------------------


def _check_text(text: str) -> None:
    if not text.strip():
        raise AgreementRefused(_("An agreement's version needs its text."))
    if len(text) > MAX_AGREEMENT_TEXT:
        raise AgreementRefused(
            _("The text is {length:,} characters; at most {max_agreement_text:,} fit.").format(
                length=len(text), max_agreement_text=MAX_AGREEMENT_TEXT
            )
        )


def _check_links(
    session: Session, meeting_id: int | None, note_id: int | None, dispute_id: int | None
) -> None:
    for model, row_id, refusal in (
        (Meeting, meeting_id, N_("The meeting it names is no longer in this database.")),
        (Note, note_id, N_("The decision note it names is no longer in this database.")),
        (Dispute, dispute_id, N_("The dispute it names is no longer in this database.")),
    ):
        if row_id is not None and session.get(model, row_id) is None:
            raise AgreementRefused(_(refusal))


def _key_for(session: Session, name: str) -> str:
    base = re.sub(r"[^a-z0-9]+", "_", name.casefold()).strip("_")[:48] or "agreement"
    taken = set(session.scalars(select(Agreement.key).where(Agreement.key.like(f"{base}%"))))
    key, suffix = base, 2
    while key in taken:
        key, suffix = f"{base}_{suffix}", suffix + 1
    return key


def add_agreement(
    db: Database,
    name: str,
    text: str,
    effective_from: date,
    *,
    category: DisputeCategory | None = None,
    meeting_id: int | None = None,
    note_id: int | None = None,
    dispute_id: int | None = None,
) -> int:
    """A new agreement with its first version; its id."""
    name = name.strip()
    if not name:
        raise AgreementRefused(_("An agreement needs a name."))
    if len(name) > MAX_AGREEMENT_NAME:
        raise AgreementRefused(
            _("The name is {length} characters; at most 200 fit.").format(length=len(name))
        )
    _check_text(text)
    with db.write() as session:
        clash = session.scalar(
            select(Agreement.id).where(func.lower(Agreement.name) == name.lower())
        )
        if clash is not None:
            raise AgreementRefused(
                _("There is already an agreement named “{name}”.").format(name=name)
            )
        _check_links(session, meeting_id, note_id, dispute_id)
        last = session.scalar(select(func.max(Agreement.position))) or 0
        agreement = Agreement(
            key=_key_for(session, name), name=name, category=category, position=last + 1
        )
        agreement.versions.append(
            AgreementVersion(
                number=1,
                text=text,
                effective_from=effective_from,
                meeting_id=meeting_id,
                note_id=note_id,
                dispute_id=dispute_id,
            )
        )
        session.add(agreement)
        session.flush()
        return agreement.id


def remove_agreement(db: Database, agreement_id: int) -> None:
    """Take an agreement back with its versions (the undo of adding it)."""
    with db.write() as session:
        agreement = session.get(Agreement, agreement_id)
        if agreement is not None:
            session.delete(agreement)


def record_version(
    db: Database,
    agreement_id: int,
    text: str,
    effective_from: date,
    *,
    meeting_id: int | None = None,
    note_id: int | None = None,
    dispute_id: int | None = None,
) -> int:
    """A new version of an agreement, numbered after the newest; its id.

    Refused when the text is the newest version's, or when it would take effect before it.
    """
    _check_text(text)
    try:
        with db.write() as session:
            agreement = session.get(Agreement, agreement_id)
            if agreement is None:
                raise AgreementNotFound(agreement_id)
            _check_links(session, meeting_id, note_id, dispute_id)
            newest = agreement.versions[-1] if agreement.versions else None
            if newest is not None:
                if newest.text.strip() == text.strip():
                    raise AgreementRefused(
                        _("The text is version {number}'s: nothing would change.").format(
                            number=newest.number
                        )
                    )
                if effective_from < newest.effective_from:
                    raise AgreementRefused(
                        _(
                            "Version {number} takes effect on {effective_from}; a new version "
                            "can't take effect before it."
                        ).format(
                            number=newest.number, effective_from=newest.effective_from.isoformat()
                        )
                    )
            version = AgreementVersion(
                number=newest.number + 1 if newest else 1,
                text=text,
                effective_from=effective_from,
                meeting_id=meeting_id,
                note_id=note_id,
                dispute_id=dispute_id,
            )
            agreement.versions.append(version)
            session.flush()
            return version.id
    except IntegrityError as error:
        raise AgreementRefused(
            _("Someone recorded another version of this agreement meanwhile; reload and try again.")
        ) from error


def remove_version(db: Database, version_id: int) -> None:
    """Take back an agreement's newest version (the undo of recording it); an older one stays,
    since the versions after it were agreed against it."""
    with db.write() as session:
        version = session.get(AgreementVersion, version_id)
        if version is None:
            return
        newest = session.scalar(
            select(func.max(AgreementVersion.number)).where(
                AgreementVersion.agreement_id == version.agreement_id
            )
        )
        if version.number != newest:
            raise AgreementRefused(
                _("Version {number} has newer versions after it, so it stays.").format(
                    number=version.number
                )
            )
        if version.number == 1:
            raise AgreementRefused(_("An agreement's only version stays."))
        session.delete(version)


# --- what the minutes and the pre-read print ------------------------------------------------------


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
