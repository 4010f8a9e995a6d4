"""The demo's funnel: a year of months per lead source, as the CRM would export it.

Content syndication brings the most leads and the fewest that Sales qualifies; demo requests
from the website bring few leads that mostly close; partner referrals stay too few to judge.
The numbers are drawn from their own seeded generator, so the rest of the demo is unchanged.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from facilitator.funnel.periods import previous_start, start_of
from facilitator.storage.models import FunnelRow
from facilitator.vocabulary import Period

MONTHS = 12


@dataclass(frozen=True)
class DemoSource:
    name: str
    leads: int
    rates: tuple[float, float, float, float, float]
    """Lead→MQL, MQL→SAL, SAL→SQL, SQL→opportunity, opportunity→won."""
    deal: float
    """The average deal won, in euros."""


SOURCES = (
    DemoSource("Content syndication", 360, (0.40, 0.55, 0.16, 0.45, 0.18), 14_000),
    DemoSource("Webinars", 200, (0.46, 0.70, 0.42, 0.55, 0.24), 21_000),
    DemoSource("Paid search", 140, (0.52, 0.72, 0.48, 0.55, 0.22), 17_000),
    DemoSource("Website demo requests", 55, (0.92, 0.95, 0.80, 0.78, 0.36), 26_000),
    DemoSource("Trade shows", 65, (0.55, 0.65, 0.40, 0.50, 0.25), 23_000),
    DemoSource("Partner referrals", 14, (0.85, 0.90, 0.75, 0.70, 0.40), 30_000),
)


def _month(rng: random.Random, source: DemoSource, index: int) -> FunnelRow:
    """A month of one source: its volume grows a little over the year, every rate wobbles."""
    counts = [max(1, round(source.leads * (0.85 + 0.025 * index) * rng.uniform(0.9, 1.1)))]
    for rate in source.rates:
        counts.append(min(counts[-1], round(counts[-1] * rate * rng.uniform(0.85, 1.15))))
    revenue = sum(round(source.deal * rng.uniform(0.6, 1.5), -2) for _ in range(counts[-1]))
    return FunnelRow(
        period=Period.MONTH,
        source=source.name,
        leads=counts[0],
        mqls=counts[1],
        sals=counts[2],
        sqls=counts[3],
        opportunities=counts[4],
        won=counts[5],
        revenue=float(revenue),
    )


def add_funnel(session: Session, today: date, seed: int = 18) -> int:
    """The twelve months before today's, every source each month; returns the rows written."""
    rng = random.Random(seed)
    starts = [start_of(Period.MONTH, today)]
    for _ in range(MONTHS):
        starts.append(previous_start(Period.MONTH, starts[-1]))
    rows = 0
    for index, start in enumerate(reversed(starts[1:])):
        for source in SOURCES:
            row = _month(rng, source, index)
            row.period_start = start
            session.add(row)
            rows += 1
    return rows
