"""What the management minutes print of the neutrality report: the last three months up to the
meeting, this meeting among them, read once with the rest of the minutes' snapshot."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from facilitator.neutrality.balance import (
    MeetingBalance,
    PeriodBalance,
    last_three_months,
    period_balance_in,
)
from facilitator.storage.models import Meeting
from facilitator.vocabulary import MeetingKind

PRINTED_FOR = (MeetingKind.MANAGEMENT,)
"""The monthly management meeting is where the managers look at the balance."""


@dataclass(frozen=True)
class NeutralityInMinutes:
    """The period's balance and this meeting's row; empty for minutes that don't print it."""

    period: PeriodBalance | None = None
    this_meeting: MeetingBalance | None = None


def neutrality_in_minutes(session: Session, meeting: Meeting, day: date) -> NeutralityInMinutes:
    if meeting.kind not in PRINTED_FOR:
        return NeutralityInMinutes()
    first, last, label = last_three_months(day)
    period = period_balance_in(session, first, last, label)
    mine = next((row for row in period.meetings if row.meeting_id == meeting.id), None)
    return NeutralityInMinutes(period, mine)
