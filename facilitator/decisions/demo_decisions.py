"""The demo's win/loss rundown and decision log: last quarter's deals brought to a held
rundown at the start of this quarter, with the notes it took and their reasons tallied; the
decisions' owners, goals and review dates (one reviewed at the latest management meeting, one
due now, others ahead); and the goals' deadlines and objectives.

Its random choices come from a generator of its own, so the rest of the demo stays the same
history for a seed whether or not this part runs.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from facilitator.decisions.deals import add_standard_reasons
from facilitator.decisions.quarters import Quarter, quarter_of
from facilitator.measures.metric_units import format_value
from facilitator.record.rows import agenda_rows
from facilitator.record.templates import builtin_template
from facilitator.storage.models import (
    Attendance,
    Deal,
    DealReason,
    Decision,
    Meeting,
    MetricValue,
    Note,
)
from facilitator.vocabulary import (
    AttendanceStatus,
    DealOutcome,
    MeetingStatus,
    NoteKind,
    Team,
)

if TYPE_CHECKING:
    # record/demo/ calls this module from its package's __init__: its modules load at the call.
    from facilitator.record.demo.history import History

RUNDOWN = "Q-1"
"""The rundown's name among the demo's meetings."""
SEED = 18
WEDNESDAY = 2


@dataclass(frozen=True)
class DemoDeal:
    name: str
    outcome: DealOutcome
    reason: str
    campaign: str
    amount: float
    idea: str = ""


DEALS = (
    DemoDeal("Halvorsen Maritime", DealOutcome.WON, "Speed of follow-up", "Webinars", 96_000),
    DemoDeal("Lumen Health", DealOutcome.WON, "Product fit", "Webinars", 118_000),
    DemoDeal("Tessera Insurance", DealOutcome.WON, "Relationship", "Partner referrals", 180_000),
    DemoDeal(
        "Brandt & Söhne Logistik",
        DealOutcome.WON,
        "Speed of follow-up",
        "Website demo requests",
        54_000,
    ),
    DemoDeal("Oakridge Foods", DealOutcome.WON, "Price", "Paid search", 38_000),
    DemoDeal(
        "Vireo Analytics",
        DealOutcome.LOST,
        "Poor lead quality",
        "Content syndication",
        42_000,
        "Gate syndicated content behind a role question, so students and job seekers drop "
        "out before the SDR call.",
    ),
    DemoDeal(
        "Nordlicht Energie",
        DealOutcome.LOST,
        "Lost to a competitor",
        "Trade shows",
        75_000,
        "A 'switch in 30 days' migration offer at the next trade show, with a live demo on "
        "the stand.",
    ),
    DemoDeal(
        "Calder Retail",
        DealOutcome.LOST,
        "Price",
        "Paid search",
        31_000,
        "An ROI calculator on the pricing page, so buyers see the value before the price.",
    ),
    DemoDeal(
        "Morrow & Pike",
        DealOutcome.LOST,
        "No decision",
        "Webinars",
        64_000,
        "A nurture track for stalled evaluations that starts again at budget season.",
    ),
    DemoDeal("Sæther Shipping", DealOutcome.LOST, "Timing", "Content syndication", 28_000),
    DemoDeal(
        "Quillon Software",
        DealOutcome.LOST,
        "Price",
        "Trade shows",
        47_000,
        "A mid-size case study with the payback in months, not years.",
    ),
    DemoDeal(
        "Eastgate Clinics", DealOutcome.LOST, "Poor lead quality", "Content syndication", 19_000
    ),
    DemoDeal("Harbor Point Bank", DealOutcome.LOST, "Product fit", "Partner referrals", 120_000),
)

NOTES = (
    (
        0,
        NoteKind.HIGHLIGHT,
        "Three of the five wins were webinar or demo-request leads called back the same day.",
    ),
    (
        0,
        NoteKind.NOTE,
        "Halvorsen signed eleven days after the webinar: Daniel called within "
        "the hour and booked the demo on that call.",
    ),
    (
        1,
        NoteKind.NOTE,
        "Price is named in three lost deals, but in two of them the buyer never saw the ROI case.",
    ),
    (1, NoteKind.QUESTION, "Do we lose on price, or on not showing the value before the price?"),
    (1, NoteKind.DECISION, "Decision: Sales sends the ROI one-pager before every pricing call."),
    (
        2,
        NoteKind.NOTE,
        "Content syndication brought two of the lost deals and both were poor "
        "leads: the same source the funnel flags.",
    ),
    (
        2,
        NoteKind.DECISION,
        "Decision: Marketing builds a nurture track for 'no decision' "
        "evaluations, restarting them at budget season.",
    ),
    (3, NoteKind.NOTE, "Mei and José draft the ROI one-pager together by the next weekly."),
)
"""What the rundown noted: (agenda item, kind, text)."""

RUNDOWN_NUMBERS = (("follow_up_conversion", 27.0), ("follow_up_24h", 84.0))
"""What the rundown read for the quarter: conversion met, follow-up within a day missed."""
INVITED = ("daniel", "jose", "hannah", "liam", "zoe", "mei", "amara")
OBJECTIVES = {
    "mqls_delivered": (1, "Enough qualified leads for Sales to make next year's number"),
    "follow_up_24h": (0, "Every hot lead called while it is still hot"),
    "follow_up_conversion": (1, "Fewer leads wasted between the teams"),
    "pipeline_created": (2, "Pipeline for next year's new-ARR target"),
}
"""Each goal's objective, and the quarter its deadline ends (0: this one, 1: the next...)."""


def rundown_quarter(today: date) -> tuple[Quarter, date]:
    """The quarter the latest rundown looked back on, and the day it was held: the second
    Wednesday of the quarter after, the latest one before today."""
    quarter = quarter_of(today)
    while True:
        first = quarter.first_day
        held = first + timedelta(days=(WEDNESDAY - first.weekday()) % 7 + 7)
        if held < today:
            return quarter.previous(), held
        quarter = quarter.previous()


def add_demo_decisions(history: History) -> None:
    """The rundown and its deals, the decisions' commitments and the goals' deadlines."""
    rng = random.Random(SEED)
    add_standard_reasons(history.session)
    history.session.flush()
    reviewed, held = rundown_quarter(history.today)
    rundown = _rundown(history, rng, held)
    _deals(history, rng, rundown, reviewed)
    _decisions(history, rundown)
    _goals(history)


def _rundown(history: History, rng: random.Random, day: date) -> Meeting:
    from facilitator.record.demo.dates import local
    from facilitator.record.demo.meetings import hold_meeting

    template = builtin_template("win_loss")
    meeting = Meeting(
        kind=template.plan.kind,
        title=template.name,
        scheduled_at=local(day, template.start_time),
        cap_seconds=template.plan.cap_seconds,
        moderator=history.people[history.story.moderator],
        status=MeetingStatus.ENDED,
        location=history.story.management.location,
        created_at=local(day - timedelta(days=10), time(9, 0)),
    )
    meeting.items = agenda_rows(template.plan)
    presenters = {Team.SALES: "daniel", Team.MARKETING: "mei"}
    for row in meeting.items:
        if row.presenter_team in presenters:
            row.presenter = history.people[presenters[row.presenter_team]]
    history.meetings[RUNDOWN] = meeting
    hold_meeting(history, RUNDOWN, extend=None, pause=None, rng=rng)
    late = rng.choice(INVITED[2:])
    for key in (history.story.moderator, *INVITED):
        status = AttendanceStatus.LATE if key == late else AttendanceStatus.PRESENT
        meeting.attendance.append(Attendance(person=history.people[key], status=status))
    history.session.add(meeting)
    history.session.flush()
    for index, (item, kind, text) in enumerate(NOTES):
        share = (index % 3 + 1) / 4
        meeting.notes.append(
            Note(
                item_id=meeting.items[item].id,
                kind=kind,
                text=text,
                offset_seconds=history.at(RUNDOWN, item, share),
                created_at=history.instant(RUNDOWN, history.at(RUNDOWN, item, share)),
            )
        )
    history.note_count += len(NOTES)
    _numbers(history, meeting)
    return meeting


def _numbers(history: History, meeting: Meeting) -> None:
    """The quarter's two follow-up numbers, read at the start of the rundown, with their notes."""
    label = quarter_of(_day(meeting)).previous().label
    for share, (key, value) in zip((0.1, 0.2), RUNDOWN_NUMBERS, strict=True):
        goal = history.goals[key]
        offset = history.at(RUNDOWN, 0, share)
        meeting.metric_values.append(
            MetricValue(
                goal=goal,
                value=value,
                period_label=label,
                entered_at=history.instant(RUNDOWN, offset),
            )
        )
        target = history.target(key, _day(meeting))
        meeting.notes.append(
            Note(
                item_id=meeting.items[0].id,
                kind=NoteKind.METRIC,
                text=f"{goal.name} in {label}: {format_value(value, goal.unit)} "
                f"(goal {format_value(target, goal.unit)}).",
                offset_seconds=offset,
                created_at=history.instant(RUNDOWN, offset),
            )
        )
        history.values[(RUNDOWN, key)] = value
        history.note_count += 1


def _deals(history: History, rng: random.Random, rundown: Meeting, quarter: Quarter) -> None:
    reasons = {(r.outcome, r.name): r.id for r in history.session.scalars(select(DealReason))}
    span = (quarter.last_day - quarter.first_day).days
    for index, spec in enumerate(DEALS):
        closed = quarter.first_day + timedelta(
            days=min(span, round(span * (index + rng.random()) / len(DEALS)))
        )
        history.session.add(
            Deal(
                name=spec.name,
                outcome=spec.outcome,
                reason_id=reasons[(spec.outcome, spec.reason)],
                campaign=spec.campaign,
                amount=spec.amount,
                closed_on=closed,
                meeting_id=rundown.id,
                campaign_idea=spec.idea,
            )
        )


def _first_decision(history: History, meeting: Meeting) -> Note | None:
    return history.session.scalar(
        select(Note)
        .where(Note.meeting_id == meeting.id, Note.kind == NoteKind.DECISION)
        .order_by(Note.offset_seconds, Note.id)
        .limit(1)
    )


def _commit(
    history: History,
    note: Note | None,
    owner: str,
    goal: str,
    review_on: date,
    reviewed: Meeting | None = None,
) -> None:
    if note is None:
        return
    history.session.add(
        Decision(
            note_id=note.id,
            owner_id=history.people[owner].id,
            goal_id=history.goals[goal].id,
            review_on=review_on,
            reviewed_meeting_id=reviewed.id if reviewed else None,
        )
    )


def _day(meeting: Meeting) -> date:
    return meeting.scheduled_at.astimezone().date()


def _decisions(history: History, rundown: Meeting) -> None:
    """The oldest management meeting's decision reviewed at the latest one; the latest one's
    due now; the routing decision and the rundown's ahead."""
    history.session.flush()
    today = history.today
    management = [history.meetings[ref] for ref in ("M-3", "M-2", "M-1") if ref in history.meetings]
    oldest, latest = management[0], management[-1]
    _commit(
        history,
        _first_decision(history, oldest),
        "zoe",
        "mqls_delivered",
        _day(latest) - timedelta(days=7),
        reviewed=latest,
    )
    decided = _day(latest)
    due = max(decided, min(today - timedelta(days=1), decided + timedelta(days=21)))
    _commit(history, _first_decision(history, latest), "mei", "pipeline_created", due)
    _commit(
        history,
        _first_decision(history, history.meetings["W6"]),
        "daniel",
        "follow_up_24h",
        today + timedelta(days=21),
    )
    notes = [n for n in rundown.notes if n.kind is NoteKind.DECISION]
    next_rundown = quarter_of(_day(rundown)).next().first_day + timedelta(days=14)
    _commit(history, notes[0], "daniel", "follow_up_conversion", next_rundown)
    _commit(history, notes[1], "amara", "mqls_delivered", next_rundown)


def _goals(history: History) -> None:
    for key, (ahead, objective) in OBJECTIVES.items():
        goal = history.goals.get(key)
        if goal is None:
            continue
        quarter = quarter_of(history.today)
        for _ in range(ahead):
            quarter = quarter.next()
        goal.deadline, goal.objective = quarter.last_day, objective
