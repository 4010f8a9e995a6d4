"""What the minutes print of the funnel: a management meeting reviews the month before it (the
scorecard), a campaign check-in asks which sources bring good leads (the verdicts)."""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.funnel.scorecard import Scorecard
from facilitator.vocabulary import GoalUnit, MeetingKind

PRINTED_FOR = (MeetingKind.MANAGEMENT, MeetingKind.CAMPAIGN)


@dataclass(frozen=True)
class FunnelInMinutes:
    card: Scorecard
    full: bool
    """The whole scorecard (management minutes); else only the sources' verdicts."""
    unit: GoalUnit
    """The currency of the revenue column."""
