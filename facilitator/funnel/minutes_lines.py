"""What the minutes print of the funnel: a management meeting reviews the month before it (the
scorecard), a campaign check-in asks which sources bring good leads (the verdicts)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from facilitator.funnel.scorecard import Scorecard, latest_month_before, revenue_unit_in
from facilitator.measures.metrics import meeting_day
from facilitator.storage.models import Meeting
from facilitator.vocabulary import GoalUnit, MeetingKind

PRINTED_FOR = (MeetingKind.MANAGEMENT, MeetingKind.CAMPAIGN)


@dataclass(frozen=True)
class FunnelInMinutes:
    card: Scorecard
    full: bool
    """The whole scorecard (management minutes); else only the sources' verdicts."""
    unit: GoalUnit
    """The currency of the revenue column."""


def funnel_in_minutes(session: Session, meeting: Meeting) -> FunnelInMinutes | None:
    """The newest month imported that ended before the meeting's, for the kinds that read it."""
    if meeting.kind not in PRINTED_FOR:
        return None
    card = latest_month_before(session, meeting_day(meeting))
    if card is None:
        return None
    return FunnelInMinutes(card, meeting.kind is MeetingKind.MANAGEMENT, revenue_unit_in(session))
