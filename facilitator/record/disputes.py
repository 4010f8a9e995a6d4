"""Disputes between Sales and Marketing: opened in a meeting, argued, settled, and remembered.

Every meeting where a dispute comes up is linked to it once (a DisputeMeeting row), with
what happened there and the dispute's status after it:

- the role is RAISED at the meeting that opened it, and stays so whatever happens there later;
  elsewhere it is SETTLED when the dispute left that meeting resolved, and DISCUSSED otherwise;
- status_after is the dispute's status at the end of the last change made at that meeting.

So a dispute raised and resolved in one meeting is RAISED there with status_after RESOLVED:
"settled at a meeting" means status_after RESOLVED, whatever the role.

Resolving needs a resolution text and stamps resolved_at; reopening clears resolved_at and
keeps the old resolution text, so the moderator can see what no longer holds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Select, delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from facilitator import timesource
from facilitator.language import N_, _
from facilitator.record.meetings import MeetingNotFound
from facilitator.record.notes import (
    MAX_NOTE_LENGTH,
    NoteRefused,
    check_note_of,
    forget_gone_note,
)
from facilitator.storage.database import Database
from facilitator.storage.models import Dispute, DisputeMeeting, Meeting, Person
from facilitator.storage.row_snapshot import RowSnapshot, RowTaken, put_back, snapshot
from facilitator.team.conflicts import check_version, refused_when_stale
from facilitator.vocabulary import (
    UNRESOLVED,
    DisputeCategory,
    DisputeRole,
    DisputeStatus,
    Settlement,
    Team,
)

MAX_DISPUTE_TITLE_LENGTH = 300
MAX_DISPUTE_TEXT_LENGTH = MAX_NOTE_LENGTH
NOUN = "dispute"

Now = Callable[[], datetime]



class DisputeRefused(ValueError):
    """A dispute change that can't be stored; the message is one line for the moderator."""


class DisputeNotFound(LookupError):
    def __init__(self, dispute_id: int) -> None:
        super().__init__(_("There is no dispute {id}.").format(id=dispute_id))
        self.dispute_id = dispute_id


@dataclass(frozen=True)
class DisputeView:
    id: int
    title: str
    category: DisputeCategory
    raised_by_team: Team
    raised_by_id: int | None
    raised_by_name: str | None
    sales_position: str
    marketing_position: str
    status: DisputeStatus
    resolution: str
    created_at: datetime
    resolved_at: datetime | None
    raised_meeting_id: int | None
    """The meeting it was raised at; None when that meeting is gone."""
    meeting_count: int
    last_meeting_at: datetime | None
    """When the latest meeting it came up in was scheduled."""
    note_id: int | None = None
    """The note it was made from, while that note is kept."""
    settlement: Settlement | None = None
    """Which way it was settled, as recorded when resolving or escalating; None when not known."""
    version: int = field(default=0, compare=False)
    """The row's version counter as read, which an edit made from this view names (not part of
    what the record says, so left out of comparisons)."""

    @property
    def is_open(self) -> bool:
        return self.status in UNRESOLVED


@dataclass(frozen=True)
class DisputeEvent:
    """One meeting in a dispute's history."""

    meeting_id: int
    meeting_title: str
    scheduled_at: datetime
    role: DisputeRole
    status_after: DisputeStatus


def _check_title(title: str) -> None:
    if not title.strip():
        raise DisputeRefused(_("A dispute needs a title."))
    if len(title) > MAX_DISPUTE_TITLE_LENGTH:
        raise DisputeRefused(
            _(
                "The dispute title is {length:,} characters; at most "
                "{max_dispute_title_length} fit."
            ).format(length=len(title), max_dispute_title_length=MAX_DISPUTE_TITLE_LENGTH)
        )


def _check_text(what: str, text: str) -> None:
    if len(text) > MAX_DISPUTE_TEXT_LENGTH:
        raise DisputeRefused(
            _(_TOO_LONG[what]).format(length=len(text), most=MAX_DISPUTE_TEXT_LENGTH)
        )


_TOO_LONG = {
    "Sales position": N_("The Sales position is {length:,} characters; at most {most:,} fit."),
    "Marketing position": N_(
        "The Marketing position is {length:,} characters; at most {most:,} fit."
    ),
    "resolution": N_("The resolution is {length:,} characters; at most {most:,} fit."),
}
"""The refusal of an overlong text, whole, for each text of a dispute."""


def _dispute(session: Session, dispute_id: int) -> Dispute:
    dispute = session.get(Dispute, dispute_id)
    if dispute is None:
        raise DisputeNotFound(dispute_id)
    return dispute


def _meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise MeetingNotFound(meeting_id)
    return meeting


def _link(session: Session, dispute: Dispute, meeting: Meeting) -> None:
    """Record that the dispute came up at the meeting, with its status now."""
    link = session.get(DisputeMeeting, (dispute.id, meeting.id))
    if link is None:
        link = DisputeMeeting(
            dispute=dispute,
            meeting=meeting,
            role=DisputeRole.DISCUSSED,
            status_after=dispute.status,
        )
        session.add(link)
    link.status_after = dispute.status
    if link.role is not DisputeRole.RAISED:
        resolved = dispute.status is DisputeStatus.RESOLVED
        link.role = DisputeRole.SETTLED if resolved else DisputeRole.DISCUSSED


def open_dispute(
    db: Database,
    meeting_id: int,
    *,
    title: str,
    category: DisputeCategory,
    raised_by_team: Team,
    raised_by_id: int | None = None,
    note_id: int | None = None,
) -> int:
    """Log a new dispute raised at a meeting; returns its id.

    The person who raised it, when named, must sit in the team it is raised for; note_id
    names the note of that meeting it was made from.
    """
    _check_title(title)
    with db.write() as session:
        meeting = _meeting(session, meeting_id)
        try:
            check_note_of(session, note_id, meeting_id)
        except NoteRefused as error:
            raise DisputeRefused(str(error)) from None
        if raised_by_id is not None:
            person = session.get(Person, raised_by_id)
            if person is None:
                raise DisputeRefused(
                    _("There is no person {raised_by_id}.").format(raised_by_id=raised_by_id)
                )
            if person.team is not raised_by_team:
                raise DisputeRefused(
                    _("{person_name} sits in {team}, not {raised_by_team}.").format(
                        person_name=person.name,
                        team=person.team.label,
                        raised_by_team=raised_by_team.label,
                    )
                )
        dispute = Dispute(
            title=title,
            category=category,
            raised_by_team=raised_by_team,
            raised_by_id=raised_by_id,
            status=DisputeStatus.OPEN,
            note_id=note_id,
        )
        session.add(dispute)
        session.add(
            DisputeMeeting(
                dispute=dispute,
                meeting=meeting,
                role=DisputeRole.RAISED,
                status_after=DisputeStatus.OPEN,
            )
        )
        session.flush()
        return dispute.id


def update_dispute(
    db: Database,
    dispute_id: int,
    *,
    sales_position: str | None = None,
    marketing_position: str | None = None,
    title: str | None = None,
    category: DisputeCategory | None = None,
    expected_version: int | None = None,
) -> None:
    """Change what the dispute says; None leaves a field as it is, "" empties a position.
    ChangedElsewhere when the dispute is no longer at expected_version (the one read)."""
    if title is not None:
        _check_title(title)
    if sales_position is not None:
        _check_text("Sales position", sales_position)
    if marketing_position is not None:
        _check_text("Marketing position", marketing_position)
    with refused_when_stale(NOUN), db.write() as session:
        dispute = _dispute(session, dispute_id)
        check_version(NOUN, dispute.version, expected_version)
        if title is not None:
            dispute.title = title
        if category is not None:
            dispute.category = category
        if sales_position is not None:
            dispute.sales_position = sales_position
        if marketing_position is not None:
            dispute.marketing_position = marketing_position


def set_dispute_status(
    db: Database,
    dispute_id: int,
    status: DisputeStatus,
    meeting_id: int,
    *,
    resolution: str | None = None,
    settlement: Settlement | None = None,
    now: Now = timesource.now,
    expected_version: int | None = None,
) -> None:
    """Change a dispute's status at a meeting, which is linked to it with the new status.

    Resolving needs a resolution: the one given, or one already written. settlement says which
    way it went (the neutrality report); None, where it is not known, keeps the one recorded.
    Escalating records ESCALATED; reopening or reviewing clears it, as it no longer holds.
    """
    if resolution is not None:
        _check_text("resolution", resolution)
    with refused_when_stale(NOUN), db.write() as session:
        dispute = _dispute(session, dispute_id)
        check_version(NOUN, dispute.version, expected_version)
        meeting = _meeting(session, meeting_id)
        if resolution is not None:
            dispute.resolution = resolution
        if status is DisputeStatus.RESOLVED:
            if not dispute.resolution.strip():
                raise DisputeRefused(_("Write down the resolution before marking it resolved."))
            if dispute.status is not DisputeStatus.RESOLVED or dispute.resolved_at is None:
                dispute.resolved_at = now()
        else:
            dispute.resolved_at = None
        dispute.status = status
        dispute.settlement = _settlement_after(status, settlement, dispute.settlement)
        _link(session, dispute, meeting)


def _settlement_after(
    status: DisputeStatus, given: Settlement | None, recorded: Settlement | None
) -> Settlement | None:
    """The settlement a status change leaves: only a resolved or escalated dispute has one."""
    if status is DisputeStatus.ESCALATED:
        return Settlement.ESCALATED
    if status is not DisputeStatus.RESOLVED:
        return None
    return given if given is not None else recorded


def mark_discussed(db: Database, dispute_id: int, meeting_id: int) -> None:
    """The dispute came up at this meeting and kept its status."""
    with db.write() as session:
        _link(session, _dispute(session, dispute_id), _meeting(session, meeting_id))


@dataclass(frozen=True)
class DisputeState:
    """A dispute's row and the meetings it is linked to, as they stood: what an undo puts back."""

    dispute: RowSnapshot
    links: tuple[RowSnapshot, ...]


def dispute_state(db: Database, dispute_id: int) -> DisputeState:
    with db.read() as session:
        dispute = _dispute(session, dispute_id)
        return DisputeState(
            snapshot(dispute), tuple(snapshot(link) for link in dispute.meeting_links)
        )


def restore_dispute(
    db: Database,
    dispute_id: int,
    saved: DisputeState | None,
    *,
    expected_version: int | None = None,
) -> None:
    """Make the dispute what dispute_state saw, links and all; None removes it.

    The inverse of every dispute change: opening it (None), editing what it says, a status
    change at a meeting. A dispute put back keeps its old id, so later edits find it.
    ChangedElsewhere when it is no longer at expected_version (None: gone), so an undo never
    takes back someone else's change.
    """
    try:
        with refused_when_stale(NOUN), db.write() as session:
            if expected_version is not None:
                stored = session.scalar(select(Dispute.version).where(Dispute.id == dispute_id))
                check_version(NOUN, stored, expected_version)
            if saved is None:
                session.execute(
                    delete(DisputeMeeting).where(DisputeMeeting.dispute_id == dispute_id)
                )
                session.execute(delete(Dispute).where(Dispute.id == dispute_id))
                return
            forget_gone_note(session, put_back(session, saved.dispute, identity="uuid"))
            session.execute(delete(DisputeMeeting).where(DisputeMeeting.dispute_id == dispute_id))
            for link in saved.links:
                put_back(session, link)
            session.flush()
    except (IntegrityError, RowTaken) as error:
        raise DisputeRefused(
            _(
                "The dispute can't be put back: a meeting or person it names is gone, or "
                "its place was taken."
            )
        ) from error


def dispute_view(dispute: Dispute) -> DisputeView:
    """A stored dispute as read; its raiser and its meeting links, with their meetings, loaded."""
    meetings = [link.meeting for link in dispute.meeting_links]
    raised = [link.meeting_id for link in dispute.meeting_links if link.role is DisputeRole.RAISED]
    return DisputeView(
        id=dispute.id,
        title=dispute.title,
        category=dispute.category,
        raised_by_team=dispute.raised_by_team,
        raised_by_id=dispute.raised_by_id,
        raised_by_name=dispute.raised_by.name if dispute.raised_by else None,
        sales_position=dispute.sales_position,
        marketing_position=dispute.marketing_position,
        status=dispute.status,
        resolution=dispute.resolution,
        created_at=dispute.created_at,
        resolved_at=dispute.resolved_at,
        raised_meeting_id=raised[0] if raised else None,
        meeting_count=len(meetings),
        last_meeting_at=max((m.scheduled_at for m in meetings), default=None),
        note_id=dispute.note_id,
        settlement=dispute.settlement,
        version=dispute.version,
    )


def _views(disputes: Sequence[Dispute]) -> list[DisputeView]:
    return [dispute_view(dispute) for dispute in disputes]


def _select_disputes() -> Select[tuple[Dispute]]:
    return select(Dispute).options(
        selectinload(Dispute.meeting_links).selectinload(DisputeMeeting.meeting),
        selectinload(Dispute.raised_by),
    )


def list_disputes(
    db: Database,
    *,
    status: DisputeStatus | None = None,
    category: DisputeCategory | None = None,
    team: Team | None = None,
) -> list[DisputeView]:
    """Disputes across all meetings, newest first; each filter left as None lets all through.

    team is the team that raised it.
    """
    query = _select_disputes().order_by(Dispute.created_at.desc(), Dispute.id.desc())
    if status is not None:
        query = query.where(Dispute.status == status)
    if category is not None:
        query = query.where(Dispute.category == category)
    if team is not None:
        query = query.where(Dispute.raised_by_team == team)
    with db.read() as session:
        return _views(session.scalars(query).all())


def open_disputes(db: Database) -> list[DisputeView]:
    """Every dispute not yet resolved: open, in review or escalated."""
    query = (
        _select_disputes()
        .where(Dispute.status.in_(UNRESOLVED))
        .order_by(Dispute.created_at.desc(), Dispute.id.desc())
    )
    with db.read() as session:
        return _views(session.scalars(query).all())


def disputes_raised_at(db: Database, meeting_id: int) -> list[DisputeView]:
    """The disputes raised at a meeting, in the order they were logged."""
    query = (
        _select_disputes()
        .join(DisputeMeeting, DisputeMeeting.dispute_id == Dispute.id)
        .where(DisputeMeeting.meeting_id == meeting_id, DisputeMeeting.role == DisputeRole.RAISED)
        .order_by(Dispute.created_at, Dispute.id)
    )
    with db.read() as session:
        return _views(session.scalars(query).all())


def disputes_by_id(db: Database, dispute_ids: Sequence[int]) -> list[DisputeView]:
    """The disputes with these ids, in the order given; ids not found are left out."""
    query = _select_disputes().where(Dispute.id.in_(dispute_ids))
    with db.read() as session:
        found = {view.id: view for view in _views(session.scalars(query).all())}
    return [found[dispute_id] for dispute_id in dispute_ids if dispute_id in found]


def get_dispute(db: Database, dispute_id: int) -> DisputeView:
    views = disputes_by_id(db, [dispute_id])
    if not views:
        raise DisputeNotFound(dispute_id)
    return views[0]


def dispute_history(db: Database, dispute_id: int) -> list[DisputeEvent]:
    """The meetings where the dispute came up, in the order they were held."""
    with db.read() as session:
        _dispute(session, dispute_id)
        rows = session.execute(
            select(
                Meeting.id,
                Meeting.title,
                Meeting.scheduled_at,
                DisputeMeeting.role,
                DisputeMeeting.status_after,
            )
            .join(DisputeMeeting, DisputeMeeting.meeting_id == Meeting.id)
            .where(DisputeMeeting.dispute_id == dispute_id)
            .order_by(Meeting.scheduled_at, Meeting.id)
        ).all()
    return [DisputeEvent(*row) for row in rows]
