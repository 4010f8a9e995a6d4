"""Decisions that come back: one whose review date has passed is offered for the agenda of
the first meeting planned on or after that day, as the carry-over offers unreached items,
with the goal's values since the decision; accepting the offer marks it reviewed there.

A decision made at a meeting of a series comes back in that series only; one made outside a
series at the next meeting of any kind.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.measures.metric_units import format_value
from facilitator.measures.metrics import meeting_day, target_on, verdict
from facilitator.rules.agenda import MAX_TITLE_LENGTH, PlannedItem
from facilitator.storage.database import Database
from facilitator.storage.models import Decision, Meeting, MetricValue, Note, SLAGoal
from facilitator.vocabulary import ItemKind, MeetingStatus

REVIEW_PREFIX = "Review decision: "
DECISION_WORD = "decision:"
REVIEW_SECONDS = 5 * 60
MAX_VALUES = 6
"""How many of the goal's latest values since the decision the offer quotes."""


def _title(text: str) -> str:
    said = " ".join(text.split())
    if said.casefold().startswith(DECISION_WORD):
        said = said[len(DECISION_WORD) :].lstrip()  # "Review decision: Decision: ..." reads twice
    title = REVIEW_PREFIX + said
    if len(title) <= MAX_TITLE_LENGTH:
        return title
    return title[: MAX_TITLE_LENGTH - 1].rstrip() + "…"


def _due(session: Session, meeting: Meeting) -> list[Decision]:
    """Decisions due by this meeting's day, made at an earlier meeting, not yet reviewed."""
    day = meeting_day(meeting)
    rows = session.scalars(
        select(Decision)
        .join(Note, Decision.note_id == Note.id)
        .join(Meeting, Note.meeting_id == Meeting.id)
        .where(
            Decision.review_on.is_not(None),
            Decision.review_on <= day,
            Decision.reviewed_meeting_id.is_(None),
            Meeting.scheduled_at < meeting.scheduled_at,
        )
        .order_by(Decision.review_on, Decision.id)
    ).all()
    return [
        row
        for row in rows
        if row.note.meeting.series_id is None or row.note.meeting.series_id == meeting.series_id
    ]


def goal_values_since(
    session: Session, goal: SLAGoal, decided_at: Meeting, until: Meeting
) -> list[str]:
    """The goal's values at the meetings after the decision's, up to this one, oldest first,
    each as "12 Oct 2026: 380 (missed by 20)"."""
    rows = session.execute(
        select(MetricValue.value, Meeting)
        .join(Meeting, MetricValue.meeting_id == Meeting.id)
        .where(
            MetricValue.goal_id == goal.id,
            Meeting.scheduled_at > decided_at.scheduled_at,
            Meeting.scheduled_at <= until.scheduled_at,
        )
        .order_by(Meeting.scheduled_at.desc())
        .limit(MAX_VALUES)
    )
    lines = []
    for value, meeting in reversed(list(rows)):
        day = meeting_day(meeting)
        judged = verdict(value, target_on(goal.targets, day), goal.direction, goal.unit)
        lines.append(f"{day:%d %b %Y}: {format_value(value, goal.unit)} ({judged})")
    return lines


def _description(session: Session, row: Decision, meeting: Meeting) -> str:
    decided_at = row.note.meeting
    assert row.review_on is not None
    lines = [
        f"Decided at {decided_at.title} on {meeting_day(decided_at):%d %b %Y}: {row.note.text}",
        f"Review date: {row.review_on:%d %b %Y}.",
    ]
    if row.owner is not None:
        lines.append(f"Owner: {row.owner.name}.")
    if row.goal is not None:
        values = goal_values_since(session, row.goal, decided_at, meeting)
        if values:
            lines.append(f"{row.goal.name} since the decision: " + "; ".join(values) + ".")
        else:
            lines.append(f"{row.goal.name}: no value recorded since the decision.")
    return "\n".join(lines)


def decision_offers(session: Session, meeting: Meeting) -> list[PlannedItem]:
    """The due decisions as items the carry-over offers for this meeting's agenda."""
    return [
        PlannedItem(
            title=_title(row.note.text),
            kind=ItemKind.DISCUSSION,
            planned_seconds=REVIEW_SECONDS,
            presenter_team=row.owner.team if row.owner else None,
            description=_description(session, row, meeting),
        )
        for row in _due(session, meeting)
    ]


def mark_reviewed(db: Database, meeting_id: int, accepted: Sequence[PlannedItem]) -> list[int]:
    """Mark the due decisions whose offers were accepted as reviewed by this meeting; returns
    their notes' ids."""
    titles = {item.title for item in accepted if item.title.startswith(REVIEW_PREFIX)}
    if not titles:
        return []
    with db.write() as session:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            return []
        marked = []
        for row in _due(session, meeting):
            if _title(row.note.text) in titles:
                row.reviewed_meeting_id = meeting_id
                marked.append(row.note_id)
        return marked


@dataclass(frozen=True)
class ReviewPlace:
    """Where a due decision comes back: the meeting and the item it is offered as."""

    meeting_id: int
    meeting_label: str
    offer: PlannedItem


def review_place(db: Database, note_id: int) -> ReviewPlace | None:
    """The first planned meeting on or after a due decision's review date (of its series, if
    it was made in one) and the item offered there; None when none is planned yet or the
    decision is not due there."""
    with db.read() as session:
        row = session.scalar(select(Decision).where(Decision.note_id == note_id))
        if row is None or row.review_on is None or row.reviewed_meeting_id is not None:
            return None
        decided_at = row.note.meeting
        query = (
            select(Meeting)
            .where(
                Meeting.status == MeetingStatus.PLANNED,
                Meeting.scheduled_at > decided_at.scheduled_at,
            )
            .order_by(Meeting.scheduled_at, Meeting.id)
        )
        if decided_at.series_id is not None:
            query = query.where(Meeting.series_id == decided_at.series_id)
        title = _title(row.note.text)
        for meeting in session.scalars(query):
            if meeting_day(meeting) < row.review_on:
                continue
            offers = [o for o in decision_offers(session, meeting) if o.title == title]
            if not offers:
                return None
            label = f"{meeting.title}, {meeting_day(meeting):%d %b %Y}"
            return ReviewPlace(meeting.id, label, offers[0])
        return None
