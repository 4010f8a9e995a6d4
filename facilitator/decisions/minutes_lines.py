"""What the win/loss rundown's minutes print, frozen into the minutes' snapshot: the tallies of
the deals brought to that meeting and the campaign ideas its lost deals left."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from facilitator.decisions.deals import deals_at
from facilitator.decisions.win_loss import (
    CampaignCount,
    CampaignIdea,
    ReasonCount,
    campaign_ideas,
    campaign_tally,
    reason_tally,
)
from facilitator.storage.models import Meeting
from facilitator.vocabulary import DealOutcome, MeetingKind


@dataclass(frozen=True)
class WinLossLines:
    won: int
    lost: int
    won_amount: float
    lost_amount: float
    reasons: tuple[ReasonCount, ...]
    campaigns: tuple[CampaignCount, ...]
    ideas: tuple[CampaignIdea, ...]


def win_loss_lines(session: Session, meeting: Meeting) -> WinLossLines | None:
    """The rundown's deals tallied; None for any other kind of meeting."""
    if meeting.kind is not MeetingKind.WIN_LOSS:
        return None
    deals = deals_at(session, meeting.id)
    won = [d for d in deals if d.draft.outcome is DealOutcome.WON]
    lost = [d for d in deals if d.draft.outcome is DealOutcome.LOST]
    return WinLossLines(
        won=len(won),
        lost=len(lost),
        won_amount=sum(d.draft.amount or 0.0 for d in won),
        lost_amount=sum(d.draft.amount or 0.0 for d in lost),
        reasons=tuple(reason_tally(deals)),
        campaigns=tuple(campaign_tally(deals)),
        ideas=tuple(campaign_ideas(deals)),
    )
