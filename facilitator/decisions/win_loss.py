"""The rundown's tallies: deals per main reason and per campaign, and the ideas lost deals
leave for marketing. The window counts a quarter's deals; the minutes those of the meeting."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from facilitator.vocabulary import DealOutcome

if TYPE_CHECKING:
    from facilitator.decisions.deals import DealView

NO_REASON = "No reason given"
NO_CAMPAIGN = "No campaign"


@dataclass(frozen=True)
class ReasonCount:
    outcome: DealOutcome
    reason: str
    deals: int
    amount: float


@dataclass(frozen=True)
class CampaignCount:
    campaign: str
    won: int
    lost: int
    won_amount: float

    @property
    def win_rate(self) -> float | None:
        """Won deals as a percentage of the campaign's closed ones."""
        closed = self.won + self.lost
        return 100.0 * self.won / closed if closed else None


@dataclass(frozen=True)
class CampaignIdea:
    deal: str
    campaign: str
    reason: str
    idea: str


def amount_text(amount: float) -> str:
    """A deal's amount in whole units with thousands marked; deals carry no currency."""
    return f"{amount:,.0f}"


def reason_tally(deals: Sequence[DealView]) -> list[ReasonCount]:
    """Won reasons then lost ones, each outcome's most named reason first."""
    counts: dict[tuple[DealOutcome, str], tuple[int, float]] = {}
    for view in deals:
        key = (view.draft.outcome, view.reason or NO_REASON)
        count, amount = counts.get(key, (0, 0.0))
        counts[key] = (count + 1, amount + (view.draft.amount or 0.0))
    order = {DealOutcome.WON: 0, DealOutcome.LOST: 1}
    rows = [ReasonCount(o, r, n, a) for (o, r), (n, a) in counts.items()]
    return sorted(rows, key=lambda c: (order[c.outcome], -c.deals, -c.amount, c.reason.casefold()))


def campaign_tally(deals: Sequence[DealView]) -> list[CampaignCount]:
    """Each campaign's won and lost deals, the most deals first."""
    counts: dict[str, list[float]] = {}
    for view in deals:
        row = counts.setdefault(view.draft.campaign or NO_CAMPAIGN, [0, 0, 0.0])
        if view.draft.outcome is DealOutcome.WON:
            row[0] += 1
            row[2] += view.draft.amount or 0.0
        else:
            row[1] += 1
    rows = [CampaignCount(c, int(w), int(lost), a) for c, (w, lost, a) in counts.items()]
    return sorted(rows, key=lambda c: (-(c.won + c.lost), c.campaign.casefold()))


def campaign_ideas(deals: Sequence[DealView]) -> list[CampaignIdea]:
    """What the lost deals suggest marketing try next, in the order they closed."""
    return [
        CampaignIdea(v.draft.name, v.draft.campaign, v.reason or NO_REASON, v.draft.campaign_idea)
        for v in deals
        if v.draft.outcome is DealOutcome.LOST and v.draft.campaign_idea.strip()
    ]
