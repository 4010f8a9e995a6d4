"""The scorecard read from the database: a period's funnel rows, the one before, the goals'
targets, and for the minutes the month a meeting reviews."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.funnel.minutes_lines import PRINTED_FOR, FunnelInMinutes
from facilitator.funnel.periods import next_start, previous_start
from facilitator.funnel.scorecard import (
    GOAL_CHECKS,
    GoalCheck,
    RateLine,
    Scorecard,
    SourceLine,
    judge_source,
)
from facilitator.funnel.stages import COUNT_FIELDS, STEPS, StageCounts
from facilitator.language import _
from facilitator.measures.metric_units import currency_of
from facilitator.measures.metrics import meeting_day, target_on
from facilitator.storage.database import Database
from facilitator.storage.models import FunnelRow, Meeting, SLAGoal
from facilitator.vocabulary import GoalUnit, MeetingKind, Period

REVENUE_GOAL = "pipeline_created"
"""The standard money goal: its currency is the one revenue is counted in."""


def revenue_unit_in(session: Session) -> GoalUnit:
    """The currency revenue is read and shown in: the pipeline goal's, euros without one."""
    unit = session.scalar(select(SLAGoal.unit).where(SLAGoal.key == REVENUE_GOAL))
    return unit if unit is not None and currency_of(unit) is not None else GoalUnit.EUR


def _counts(row: FunnelRow) -> StageCounts:
    return StageCounts(*(getattr(row, n) for n in COUNT_FIELDS), revenue=row.revenue)


def _rows(session: Session, period: Period, start: date) -> dict[str, StageCounts]:
    rows = session.scalars(
        select(FunnelRow)
        .where(FunnelRow.period_start == start, FunnelRow.period == period)
        .order_by(FunnelRow.source)
    )
    return {row.source: _counts(row) for row in rows}


def funnel_periods(db: Database) -> list[tuple[Period, date]]:
    """Every period with funnel rows, the newest first."""
    with db.read() as session:
        found = session.execute(select(FunnelRow.period, FunnelRow.period_start).distinct()).all()
    return sorted(((p, s) for p, s in found), key=lambda ps: (ps[1], ps[0].value), reverse=True)


def _goals(session: Session, total: StageCounts, last_day: date) -> tuple[GoalCheck, ...]:
    checks = []
    goals = {g.key: g for g in session.scalars(select(SLAGoal).where(SLAGoal.active.is_(True)))}
    for key, measure in GOAL_CHECKS:
        goal = goals.get(key)
        if goal is None:
            continue
        value = total.rate(measure) if isinstance(measure, tuple) else float(total.count(measure))
        target = target_on(goal.targets, last_day)
        checks.append(GoalCheck(goal.name, goal.unit, value, target, goal.direction))
    return tuple(checks)


def read_scorecard(session: Session, period: Period, start: date) -> Scorecard | None:
    """The scorecard of one period, or None when it has no rows."""
    now = _rows(session, period, start)
    if not now:
        return None
    before = _rows(session, period, previous_start(period, start))
    sources = tuple(SourceLine(name, counts, before.get(name)) for name, counts in now.items())
    total_now = sum(now.values(), StageCounts())
    total_before = sum(before.values(), StageCounts()) if before else None
    total = SourceLine(_("All sources"), total_now, total_before)
    rates = tuple(
        RateLine(step, total_now.rate(step), total_before.rate(step) if total_before else None)
        for step in STEPS
    )
    last_day = next_start(period, start) - timedelta(days=1)
    return Scorecard(
        period,
        start,
        sources,
        total,
        rates,
        _goals(session, total_now, last_day),
        tuple(judge_source(line, total_now) for line in sources),
    )


def scorecard(db: Database, period: Period, start: date) -> Scorecard | None:
    with db.read() as session:
        return read_scorecard(session, period, start)


def latest_month_before(session: Session, day: date) -> Scorecard | None:
    """The newest monthly scorecard of a month that ended before day: what a management meeting
    reviews (the month before the meeting, or the last one imported)."""
    start = session.scalar(
        select(FunnelRow.period_start)
        .where(FunnelRow.period == Period.MONTH, FunnelRow.period_start < day.replace(day=1))
        .order_by(FunnelRow.period_start.desc())
        .limit(1)
    )
    return None if start is None else read_scorecard(session, Period.MONTH, start)


def funnel_in_minutes(session: Session, meeting: Meeting) -> FunnelInMinutes | None:
    """The newest month imported that ended before the meeting's, for the kinds that read it."""
    if meeting.kind not in PRINTED_FOR:
        return None
    card = latest_month_before(session, meeting_day(meeting))
    if card is None:
        return None
    return FunnelInMinutes(card, meeting.kind is MeetingKind.MANAGEMENT, revenue_unit_in(session))
