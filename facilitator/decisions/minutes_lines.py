"""What the win/loss rundown's minutes print, frozen into the minutes' snapshot: the tallies of
the deals brought to that meeting and the campaign ideas its lost deals left."""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.decisions.win_loss import CampaignCount, CampaignIdea, ReasonCount


@dataclass(frozen=True)
class WinLossLines:
    won: int
    lost: int
    won_amount: float
    lost_amount: float
    reasons: tuple[ReasonCount, ...]
    campaigns: tuple[CampaignCount, ...]
    ideas: tuple[CampaignIdea, ...]
