"""The closed-loop scorecard: a period's funnel per source, its conversion rates against the
period before and the goals, and which sources bring good leads and which bad ones.

Plain data and judging: facilitator.funnel.scorecard_reading reads it from the database, so
the minutes' snapshot holds a Scorecard without the storage layer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from facilitator.funnel.periods import period_label
from facilitator.funnel.stages import StageCounts
from facilitator.language import _, localized_number
from facilitator.measures.goal_rules import goal_met
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


def _percent(value: float | None) -> str:
    if value is None:
        return "—"
    return localized_number(f"{value:.0f} %" if value >= 10 else f"{value:.1f} %")


def judge_source(line: SourceLine, total: StageCounts) -> SourceVerdict:
    """A source's verdict in words, its rates against all sources' together."""
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
