"""Carry-over: what a meeting of a series takes back from the meetings before it.

The rules:

1. Action items made at an earlier meeting of the same series come back at a meeting unless
   they were closed before it: at an earlier meeting, or between meetings before it was
   scheduled. One closed at this very meeting (or at a later one) stays in its list, so the
   moderator sees it ticked and the minutes of a past meeting show what it carried over.
2. Disputes linked to an earlier meeting of the same series come back unless their status
   after the last meeting before this one was resolved. Escalated ones come back too: they
   are not settled, only sent higher.
3. Agenda items never reached (no actual start) at the previous ended meeting of the series,
   and the notes parked there, are offered for this meeting's agenda; an offer whose title is
   already on the agenda is left out, so accepting one twice does not add it twice.
4. Meetings outside any series carry nothing over, but for rule 5.
5. Decisions whose review date has passed are offered too (facilitator/decisions/
   decision_review.py), and accepting one marks it reviewed by this meeting.

Nothing is copied: carried action items and disputes are the original rows, shown under this
meeting's review item and ticked there with set_action_status and set_dispute_status, which
record the change against this meeting. So by construction nothing is carried twice and
nothing closed comes back. An offer accepted onto the agenda becomes an agenda item of this
meeting; unreached again, it is offered again to the next one, and one not accepted is not
offered again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import ColumnElement, Select, and_, or_, select
from sqlalchemy.orm import Session, selectinload

from facilitator.decisions.decision_review import decision_offers, mark_reviewed
from facilitator.record.action_items import ActionItemView, action_items_by_id
from facilitator.record.disputes import DisputeView, disputes_by_id
from facilitator.record.meetings import MeetingLocked, MeetingNotFound, load_meeting, replace_agenda
from facilitator.record.rows import planned_item
from facilitator.rules.agenda import PlannedItem, with_items
from facilitator.rules.carried_rule import carried_action_items
from facilitator.storage.database import Database
from facilitator.storage.models import (
    AgendaItem,
    Dispute,
    DisputeMeeting,
    Meeting,
    Note,
)
from facilitator.vocabulary import (
    DisputeStatus,
    ItemKind,
    MeetingStatus,
)

MAX_OFFER_TITLE_LENGTH = 200
PARKED_NOTE_SECONDS = 5 * 60
# Where the carried lists are shown: the first item of the first kind the agenda has.
ACTION_ITEMS_HOME = (ItemKind.REVIEW, ItemKind.ACTION_ITEMS, ItemKind.WRAP_UP)
DISPUTES_HOME = (ItemKind.DISPUTES, ItemKind.REVIEW, ItemKind.DISCUSSION)
CLOSING_KINDS = (ItemKind.WRAP_UP, ItemKind.ACTION_ITEMS)


@dataclass(frozen=True)
class CarryOver:
    """What a meeting takes back from its series, as it stands when asked."""

    meeting_id: int
    previous_meeting_id: int | None
    """The series' last ended meeting before this one, where the offers come from."""
    action_items: tuple[ActionItemView, ...]
    disputes: tuple[DisputeView, ...]
    offered: tuple[PlannedItem, ...]
    action_items_item_id: int | None
    """The agenda item the carried action items are reviewed under."""
    disputes_item_id: int | None
    """The agenda item the carried disputes are reviewed under."""


def _order(meeting: Meeting) -> tuple[datetime, int]:
    return (meeting.scheduled_at, meeting.id)


def _before(meeting: Meeting) -> ColumnElement[bool]:
    """The SQL condition: a meeting held before this one (ties broken by id)."""
    return or_(
        Meeting.scheduled_at < meeting.scheduled_at,
        and_(Meeting.scheduled_at == meeting.scheduled_at, Meeting.id < meeting.id),
    )


def _earlier_in_series(meeting: Meeting) -> Select[tuple[int]]:
    return select(Meeting.id).where(Meeting.series_id == meeting.series_id, _before(meeting))


def _previous_ended(session: Session, meeting: Meeting) -> Meeting | None:
    if meeting.series_id is None:
        return None
    return session.scalars(
        select(Meeting)
        .where(
            Meeting.series_id == meeting.series_id,
            Meeting.status == MeetingStatus.ENDED,
            _before(meeting),
        )
        .order_by(Meeting.scheduled_at.desc(), Meeting.id.desc())
        .limit(1)
    ).first()


def _carried_action_ids(session: Session, meeting: Meeting) -> list[int]:
    return [action.id for action in carried_action_items(session, meeting)]


def _carried_dispute_ids(session: Session, meeting: Meeting) -> list[int]:
    candidates = session.scalars(
        select(Dispute)
        .where(
            Dispute.id.in_(
                select(DisputeMeeting.dispute_id).where(
                    DisputeMeeting.meeting_id.in_(_earlier_in_series(meeting))
                )
            )
        )
        .options(selectinload(Dispute.meeting_links).selectinload(DisputeMeeting.meeting))
        .order_by(Dispute.created_at, Dispute.id)
    ).all()
    carried = []
    for dispute in candidates:
        earlier = [link for link in dispute.meeting_links if _order(link.meeting) < _order(meeting)]
        last = max(earlier, key=lambda link: _order(link.meeting))
        if last.status_after is not DisputeStatus.RESOLVED:
            carried.append(dispute.id)
    return carried


def _home(items: Sequence[AgendaItem], kinds: Sequence[ItemKind]) -> int | None:
    for kind in kinds:
        for item in items:
            if item.kind is kind:
                return item.id
    return items[0].id if items else None


def _same_title(title: str) -> str:
    return " ".join(title.split()).casefold()


def _title_from_note(text: str) -> str:
    title = " ".join(text.split())
    if len(title) <= MAX_OFFER_TITLE_LENGTH:
        return title
    return title[: MAX_OFFER_TITLE_LENGTH - 1].rstrip() + "…"


def _offers(session: Session, meeting: Meeting, previous: Meeting | None) -> list[PlannedItem]:
    # An offer keeps its presenter's team; who presents it this time is chosen anew.
    offers = [
        replace(planned_item(item), presenter_id=None)
        for item in (previous.items if previous is not None else [])
        if item.actual_start is None
    ]
    parked = (
        session.scalars(
            select(Note)
            .where(Note.meeting_id == previous.id, Note.parked.is_(True))
            .order_by(Note.offset_seconds, Note.id)
        ).all()
        if previous is not None
        else []
    )
    for note in parked:
        title = _title_from_note(note.text)
        offers.append(
            PlannedItem(
                title=title,
                kind=ItemKind.DISCUSSION,
                planned_seconds=PARKED_NOTE_SECONDS,
                description="" if title == note.text else note.text,
            )
        )
    offers += decision_offers(session, meeting)
    on_agenda = {_same_title(item.title) for item in meeting.items}
    fresh: list[PlannedItem] = []
    for offer in offers:
        key = _same_title(offer.title)
        if key not in on_agenda:
            on_agenda.add(key)
            fresh.append(offer)
    return fresh


def _meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise MeetingNotFound(meeting_id)
    return meeting


def carry_over_into(db: Database, meeting_id: int) -> CarryOver:
    """What comes back at this meeting's start, by the rules of this module."""
    with db.read() as session:
        meeting = _meeting(session, meeting_id)
        items = list(meeting.items)
        if meeting.series_id is None:
            action_ids: list[int] = []
            dispute_ids: list[int] = []
            previous = None
        else:
            action_ids = _carried_action_ids(session, meeting)
            dispute_ids = _carried_dispute_ids(session, meeting)
            previous = _previous_ended(session, meeting)
        offered = _offers(session, meeting, previous)
        previous_id = previous.id if previous is not None else None
        action_home = _home(items, ACTION_ITEMS_HOME)
        dispute_home = _home(items, DISPUTES_HOME)
    return CarryOver(
        meeting_id=meeting_id,
        previous_meeting_id=previous_id,
        action_items=tuple(action_items_by_id(db, action_ids)),
        disputes=tuple(disputes_by_id(db, dispute_ids)),
        offered=tuple(offered),
        action_items_item_id=action_home,
        disputes_item_id=dispute_home,
    )


def offer_for_next_agenda(db: Database, meeting_id: int) -> list[PlannedItem]:
    """The items offered for this meeting's agenda: the previous meeting's unreached items and
    parked notes, less those already on it."""
    return list(carry_over_into(db, meeting_id).offered)


def accept_offer(db: Database, meeting_id: int, offered: Sequence[PlannedItem]) -> None:
    """Put offered items on a planned meeting's agenda, before its closing items.

    The cap rules hold as for any agenda change: a plan over the cap is refused (PlanRefused).
    """
    view = load_meeting(db, meeting_id)
    if view.status is not MeetingStatus.PLANNED:
        raise MeetingLocked(
            f"'{view.title}' is {view.status.label.lower()}; offers go onto an agenda before "
            "the meeting starts."
        )
    plan = view.plan()
    items = list(plan.items)
    at = len(items)
    while at > 0 and items[at - 1].kind in CLOSING_KINDS:
        at -= 1
    replace_agenda(db, meeting_id, with_items(plan, [*items[:at], *offered, *items[at:]]))
    mark_reviewed(db, meeting_id, offered)
