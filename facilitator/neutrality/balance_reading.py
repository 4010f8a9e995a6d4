"""The balance read from the record: the meetings held in a period, their run events, the
disputes raised and settled at them, and for the management minutes the last three months."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from facilitator.measures.metrics import meeting_day
from facilitator.neutrality.balance import (
    HELD,
    MEETING_FLOOR_LIMIT,
    PERIOD_FLOOR_LIMIT,
    MeetingBalance,
    PeriodBalance,
    Raised,
    last_three_months,
    quarter_of,
    settled_of,
    verdicts_for,
)
from facilitator.neutrality.floor_time import FloorTime, floor_time
from facilitator.neutrality.minutes_lines import PRINTED_FOR, NeutralityInMinutes
from facilitator.storage.database import Database
from facilitator.storage.models import AgendaItem, Dispute, DisputeMeeting, Meeting, RunEvent
from facilitator.vocabulary import DisputeRole, DisputeStatus, Settlement, Team


def _held_between(session: Session, first: date, last: date) -> list[Meeting]:
    """The meetings held on local days first to last, oldest first."""
    around = (
        datetime.combine(first - timedelta(days=1), time.min, UTC),
        datetime.combine(last + timedelta(days=2), time.min, UTC),
    )
    meetings = session.scalars(
        select(Meeting)
        .where(
            Meeting.status.in_(HELD),
            Meeting.scheduled_at >= around[0],
            Meeting.scheduled_at < around[1],
        )
        .options(selectinload(Meeting.items).selectinload(AgendaItem.presenter))
        .order_by(Meeting.scheduled_at, Meeting.id)
    ).all()
    return [meeting for meeting in meetings if first <= meeting_day(meeting) <= last]


def _events(session: Session, ids: list[int]) -> dict[int, list[RunEvent]]:
    found: dict[int, list[RunEvent]] = defaultdict(list)
    rows = session.scalars(
        select(RunEvent).where(RunEvent.meeting_id.in_(ids)).order_by(RunEvent.seq)
    )
    for row in rows:
        found[row.meeting_id].append(row)
    return found


def _raised(session: Session, ids: list[int]) -> dict[int, Raised]:
    found: dict[int, Raised] = defaultdict(Raised)
    rows = session.execute(
        select(DisputeMeeting.meeting_id, Dispute.raised_by_team)
        .join(Dispute, Dispute.id == DisputeMeeting.dispute_id)
        .where(DisputeMeeting.meeting_id.in_(ids), DisputeMeeting.role == DisputeRole.RAISED)
    )
    for meeting_id, team in rows:
        one = Raised(
            sales=int(team is Team.SALES),
            marketing=int(team is Team.MARKETING),
            others=int(not team.has_stake),
        )
        found[meeting_id] = found[meeting_id] + one
    return found


def _settlements(session: Session, ids: list[int]) -> list[tuple[int, int, Settlement | None]]:
    """(meeting, dispute, settlement) for each meeting that left a dispute settled."""
    rows = session.execute(
        select(
            DisputeMeeting.meeting_id,
            DisputeMeeting.dispute_id,
            DisputeMeeting.status_after,
            Dispute.settlement,
        )
        .join(Dispute, Dispute.id == DisputeMeeting.dispute_id)
        .where(
            DisputeMeeting.meeting_id.in_(ids),
            DisputeMeeting.status_after.in_((DisputeStatus.RESOLVED, DisputeStatus.ESCALATED)),
        )
    )
    return [
        (meeting_id, dispute_id, Settlement.ESCALATED if after is DisputeStatus.ESCALATED else kind)
        for meeting_id, dispute_id, after, kind in rows
    ]


def period_balance_in(session: Session, first: date, last: date, label: str) -> PeriodBalance:
    """The balance of the meetings held from first to last (local days), within a session."""
    meetings = _held_between(session, first, last)
    ids = [meeting.id for meeting in meetings]
    events, raised = _events(session, ids), _raised(session, ids)
    settlements = _settlements(session, ids)
    order = {meeting_id: number for number, meeting_id in enumerate(ids)}
    by_meeting: dict[int, list[Settlement | None]] = defaultdict(list)
    last_seen: dict[int, tuple[int, Settlement | None]] = {}
    for meeting_id, dispute_id, kind in settlements:
        by_meeting[meeting_id].append(kind)
        seen = last_seen.get(dispute_id)
        if seen is None or order[meeting_id] > seen[0]:
            last_seen[dispute_id] = (order[meeting_id], kind)
    rows = []
    for meeting in meetings:
        floor = floor_time(meeting, events.get(meeting.id, []))
        mine, settled = raised.get(meeting.id, Raised()), settled_of(by_meeting[meeting.id])
        rows.append(
            MeetingBalance(
                meeting_id=meeting.id,
                title=meeting.title,
                kind=meeting.kind,
                day=meeting_day(meeting),
                floor=floor,
                raised=mine,
                settled=settled,
                verdicts=verdicts_for(floor, MEETING_FLOOR_LIMIT, mine, settled),
            )
        )
    floor = sum((row.floor for row in rows), FloorTime())
    total_raised = sum((row.raised for row in rows), Raised())
    total_settled = settled_of([kind for _, kind in last_seen.values()])
    return PeriodBalance(
        label=label,
        first_day=first,
        last_day=last,
        meetings=tuple(rows),
        floor=floor,
        raised=total_raised,
        settled=total_settled,
        verdicts=verdicts_for(floor, PERIOD_FLOOR_LIMIT, total_raised, total_settled),
    )


def period_balance(db: Database, first: date, last: date, label: str) -> PeriodBalance:
    with db.read() as session:
        return period_balance_in(session, first, last, label)


def held_quarters(db: Database) -> list[tuple[date, date, str]]:
    """Every quarter that holds a held meeting, newest first."""
    with db.read() as session:
        days = {
            meeting_day(meeting)
            for meeting in session.scalars(select(Meeting).where(Meeting.status.in_(HELD)))
        }
    quarters = {quarter_of(day) for day in days}
    return sorted(quarters, reverse=True)


def neutrality_in_minutes(session: Session, meeting: Meeting, day: date) -> NeutralityInMinutes:
    if meeting.kind not in PRINTED_FOR:
        return NeutralityInMinutes()
    first, last, label = last_three_months(day)
    period = period_balance_in(session, first, last, label)
    mine = next((row for row in period.meetings if row.meeting_id == meeting.id), None)
    return NeutralityInMinutes(period, mine)
