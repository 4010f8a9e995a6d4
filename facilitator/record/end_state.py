"""What stood when a meeting ended: the disputes still unresolved, the action items still open.

The minutes print this, and their headline counts must equal what the Disputes and Action items
windows show on the meeting's day. So both are read across all meetings, as those windows read
them, and judged by their rules (disputes.UNRESOLVED, action_items.is_overdue):

- meetings are held in carry-over's order (carried_rule.meeting_order: by date, ties by id);
- a dispute's status when a meeting ended is the one recorded at the last meeting, up to and
  including that one, where it came up; one that came up only at later meetings did not exist
  yet; one linked to no meeting at all counts by when it was logged and its status now;
- an action item was open when a meeting ended if it was made at that meeting or an earlier
  one (or, made at no meeting, logged by then) and not closed by then: neither at that meeting
  or an earlier one, nor between meetings before the end.

"Then" is the meeting's end, or now while it has not ended.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache

from sqlalchemy import Select, and_, bindparam, not_, or_, select
from sqlalchemy.orm import Session, joinedload, selectinload

from facilitator import timesource
from facilitator.record.disputes import UNRESOLVED
from facilitator.rules.carried_rule import held_before_bound, held_params, meeting_order
from facilitator.storage.models import ActionItem, Dispute, DisputeMeeting, Meeting
from facilitator.vocabulary import ActionStatus, DisputeStatus


@dataclass(frozen=True)
class DisputeStanding:
    """A dispute as it stood when a meeting ended."""

    dispute: Dispute
    status: DisputeStatus
    history: tuple[DisputeMeeting, ...]
    """The meetings it came up in up to and including that one, in the order they were held."""

    @property
    def is_open(self) -> bool:
        return self.status in UNRESOLVED


def ended_by(meeting: Meeting) -> datetime:
    """The instant a meeting's end state is read at: its end, or now while it has not ended."""
    return meeting.ended_at or timesource.now()


@cache
def _held_by() -> Select[tuple[int]]:
    """The ids of the meeting held_params names and of the meetings held before it."""
    return select(Meeting.id).where(or_(held_before_bound(), Meeting.id == bindparam("held_id")))


@cache
def _dispute_links() -> Select[tuple[int, DisputeStatus, datetime, int]]:
    """Every dispute's links to the meetings up to this one, with when each was held."""
    return (
        select(
            DisputeMeeting.dispute_id,
            DisputeMeeting.status_after,
            Meeting.scheduled_at,
            Meeting.id,
        )
        .join(Meeting, Meeting.id == DisputeMeeting.meeting_id)
        .where(DisputeMeeting.meeting_id.in_(_held_by()))
    )


@cache
def _disputes_wanted() -> Select[tuple[Dispute]]:
    """The disputes named, and those unlinked and unresolved that were logged by the end."""
    unlinked = select(Dispute.id).where(
        ~Dispute.meeting_links.any(),
        Dispute.status.in_(UNRESOLVED),
        Dispute.created_at <= bindparam("end"),
    )
    return (
        select(Dispute)
        .where(
            or_(Dispute.id.in_(bindparam("wanted", expanding=True)), Dispute.id.in_(unlinked))
        )
        .options(
            selectinload(Dispute.meeting_links).joinedload(DisputeMeeting.meeting),
            joinedload(Dispute.raised_by),
        )
        .order_by(Dispute.created_at, Dispute.id)
    )


def disputes_at_end(session: Session, meeting: Meeting) -> list[DisputeStanding]:
    """Every dispute that came up at this meeting or was unresolved when it ended, oldest first."""
    links = session.execute(_dispute_links(), held_params(meeting)).all()
    last: dict[int, tuple[tuple[datetime, int], DisputeStatus]] = {}
    wanted: set[int] = set()
    for dispute_id, status_after, scheduled_at, meeting_id in links:
        order = (scheduled_at, meeting_id)
        if dispute_id not in last or last[dispute_id][0] < order:
            last[dispute_id] = (order, status_after)
        if meeting_id == meeting.id:
            wanted.add(dispute_id)
    wanted |= {dispute_id for dispute_id, (_, status) in last.items() if status in UNRESOLVED}
    disputes = session.scalars(
        _disputes_wanted(), {"wanted": list(wanted), "end": ended_by(meeting)}
    ).all()
    standings = []
    for dispute in disputes:
        history = tuple(
            sorted(
                (
                    link
                    for link in dispute.meeting_links
                    if link.meeting is not None
                    and meeting_order(link.meeting) <= meeting_order(meeting)
                ),
                key=lambda link: meeting_order(link.meeting),
            )
        )
        status = history[-1].status_after if history else dispute.status
        standings.append(DisputeStanding(dispute, status, history))
    return standings


@cache
def _open_at_end() -> Select[tuple[ActionItem]]:
    """The action items open when the meeting held_params names ended (parameter end)."""
    held = _held_by()
    end = bindparam("end")
    made = or_(
        and_(ActionItem.created_meeting_id.is_not(None), ActionItem.created_meeting_id.in_(held)),
        and_(ActionItem.created_meeting_id.is_(None), ActionItem.created_at <= end),
    )
    closed = or_(
        and_(ActionItem.closed_meeting_id.is_not(None), ActionItem.closed_meeting_id.in_(held)),
        and_(
            ActionItem.closed_meeting_id.is_(None),
            or_(ActionItem.closed_at.is_(None), ActionItem.closed_at <= end),
        ),
    )
    return (
        select(ActionItem)
        .where(made, or_(ActionItem.status == ActionStatus.OPEN, not_(closed)))
        .options(joinedload(ActionItem.owner), joinedload(ActionItem.created_meeting))
        .order_by(ActionItem.id)
    )


def open_action_items_at_end(session: Session, meeting: Meeting) -> list[ActionItem]:
    """The action items, from any meeting, still open when this meeting ended; by id."""
    return list(
        session.scalars(_open_at_end(), {**held_params(meeting), "end": ended_by(meeting)}).all()
    )
