"""The closed-loop scorecard: a period's funnel per source, its conversion rates against the
period before and the goals, and which sources bring good leads and which bad ones."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.funnel.periods import next_start, period_label, previous_start
from facilitator.funnel.stages import COUNT_FIELDS, STEPS, StageCounts
from facilitator.language import _, localized_number
from facilitator.measures.metric_units import currency_of
from facilitator.measures.metrics import goal_met, target_on
from facilitator.storage.database import Database
from facilitator.storage.models import FunnelRow, SLAGoal
from facilitator.vocabulary import Direction, FunnelStage, GoalUnit, Period

MIN_LEADS = 30
"""A source with fewer leads in the period is not judged: two leads never make a best source."""

GOOD_FACTOR = 1.25
POOR_FACTOR = 0.75
"""How far above (below) the average a source's rates must be to be named good (poor)."""

QUALITY_STEP = (FunnelStage.MQL, FunnelStage.SQL)
WHOLE_STEP = (FunnelStage.LEAD, FunnelStage.WON)
"""The two rates a source is judged by: MQLs Sales qualifies, and leads that end in a win."""

GOAL_CHECKS: tuple[tuple[str, tuple[FunnelStage, FunnelStage] | FunnelStage], ...] = (
    ("mqls_delivered", FunnelStage.MQL),
    ("follow_up_conversion", (FunnelStage.SAL, FunnelStage.OPPORTUNITY)),
)
"""The standard goals the funnel measures: the MQL count, and accepted (followed-up) leads that
become opportunities. No other standard goal is a funnel number."""


@dataclass(frozen=True)
class SourceLine:
    source: str
    counts: StageCounts
    previous: StageCounts | None
    """The same source's counts the period before, when it had any."""


@dataclass(frozen=True)
class RateLine:
    step: tuple[FunnelStage, FunnelStage]
    rate: float | None
    previous: float | None

    @property
    def change(self) -> float | None:
        """Percentage points up (or down) on the period before."""
        if self.rate is None or self.previous is None:
            return None
        return self.rate - self.previous


@dataclass(frozen=True)
class GoalCheck:
    """A goal the funnel measures, with the funnel's value and the target in force."""

    name: str
    unit: GoalUnit
    value: float | None
    target: float | None
    direction: Direction

    @property
    def met(self) -> bool | None:
        return None if self.value is None else goal_met(self.value, self.target, self.direction)


@dataclass(frozen=True)
class SourceVerdict:
    source: str
    quality: str
    """"good", "poor", "average", or "few" when it had too few leads to judge."""
    sentence: str


@dataclass(frozen=True)
class Scorecard:
    period: Period
    start: date
    sources: tuple[SourceLine, ...]
    total: SourceLine
    rates: tuple[RateLine, ...]
    goals: tuple[GoalCheck, ...]
    verdicts: tuple[SourceVerdict, ...]

    @property
    def label(self) -> str:
        return period_label(self.period, self.start)

    def verdict_of(self, source: str) -> SourceVerdict | None:
        return next((v for v in self.verdicts if v.source == source), None)


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


def _percent(value: float | None) -> str:
    if value is None:
        return "—"
    return localized_number(f"{value:.0f} %" if value >= 10 else f"{value:.1f} %")


def _judge(line: SourceLine, total: StageCounts) -> SourceVerdict:
    counts = line.counts
    if counts.leads < MIN_LEADS:
        return SourceVerdict(
            line.source,
            "few",
            _("{source}: too few leads to judge ({leads}; at least {least}).").format(
                source=line.source, leads=counts.leads, least=MIN_LEADS
            ),
        )
    quality, average = counts.rate(QUALITY_STEP), total.rate(QUALITY_STEP)
    won, won_average = counts.rate(WHOLE_STEP) or 0.0, total.rate(WHOLE_STEP) or 0.0
    said = _(
        "{quality} of MQLs became SQLs (average {average}), "
        "{won} of leads were won (average {won_average})"
    ).format(
        quality=_percent(quality),
        average=_percent(average),
        won=_percent(won),
        won_average=_percent(won_average),
    )
    plain = _("{source}: {said}.").format(source=line.source, said=said)
    if quality is None or average is None or average == 0:
        return SourceVerdict(line.source, "average", plain)
    share = 100.0 * counts.leads / total.leads if total.leads else 0.0
    if quality >= GOOD_FACTOR * average and won >= won_average:
        good = _("{source} brings good leads: {said}.").format(source=line.source, said=said)
        return SourceVerdict(line.source, "good", good)
    if quality <= POOR_FACTOR * average and won <= won_average:
        poor = _("{source} brings poor leads: {leads} leads ({share} % of all), but {said}.")
        return SourceVerdict(
            line.source,
            "poor",
            poor.format(source=line.source, leads=counts.leads, share=f"{share:.0f}", said=said),
        )
    return SourceVerdict(line.source, "average", plain)


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
        tuple(_judge(line, total_now) for line in sources),
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
