"""A period's stage counts for one source, and the steps between stages that are converted."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from facilitator.language import N_, _
from facilitator.vocabulary import FunnelStage, Period

STAGES: tuple[FunnelStage, ...] = tuple(FunnelStage)
"""The stages in the order a lead passes them."""

COUNT_FIELDS = ("leads", "mqls", "sals", "sqls", "opportunities", "won")
"""The FunnelRow column for each stage, in STAGES' order."""

STEPS: tuple[tuple[FunnelStage, FunnelStage], ...] = (
    *zip(STAGES, STAGES[1:], strict=False),
    (FunnelStage.MQL, FunnelStage.SQL),
    (FunnelStage.LEAD, FunnelStage.WON),
)
"""Each stage to the next, then MQLs that Sales qualifies (lead quality) and the whole funnel:
the rates the scorecard reads."""

SHORT: dict[FunnelStage, str] = {
    FunnelStage.LEAD: N_("Lead"),
    FunnelStage.MQL: "MQL",
    FunnelStage.SAL: "SAL",
    FunnelStage.SQL: "SQL",
    FunnelStage.OPPORTUNITY: N_("Opportunity"),
    FunnelStage.WON: N_("Won"),
}


def step_label(step: tuple[FunnelStage, FunnelStage]) -> str:
    """ "MQL → SQL": how a table heads a conversion rate."""
    return f"{_(SHORT[step[0]])} → {_(SHORT[step[1]])}"


@dataclass(frozen=True)
class StageCounts:
    """How many of a period's leads reached each stage, and the revenue won."""

    leads: int = 0
    mqls: int = 0
    sals: int = 0
    sqls: int = 0
    opportunities: int = 0
    won: int = 0
    revenue: float = 0.0

    def count(self, stage: FunnelStage) -> int:
        value: int = getattr(self, COUNT_FIELDS[STAGES.index(stage)])
        return value

    def rate(self, step: tuple[FunnelStage, FunnelStage]) -> float | None:
        """The share (0-100) of the first stage's count that reached the second; None from 0."""
        before = self.count(step[0])
        return None if before == 0 else 100.0 * self.count(step[1]) / before

    def __add__(self, other: StageCounts) -> StageCounts:
        return StageCounts(
            *(getattr(self, f.name) + getattr(other, f.name) for f in fields(StageCounts))
        )


@dataclass(frozen=True)
class FunnelEntry:
    """One row to store: a period's counts for a source, with the CSV line it came from."""

    line: int
    period: Period
    start: date
    source: str
    counts: StageCounts
