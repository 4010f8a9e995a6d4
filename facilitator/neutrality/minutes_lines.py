"""What the management minutes print of the neutrality report: the last three months up to the
meeting, this meeting among them, read once with the rest of the minutes' snapshot."""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.neutrality.balance import MeetingBalance, PeriodBalance
from facilitator.vocabulary import MeetingKind

PRINTED_FOR = (MeetingKind.MANAGEMENT,)
"""The monthly management meeting is where the managers look at the balance."""


@dataclass(frozen=True)
class NeutralityInMinutes:
    """The period's balance and this meeting's row; empty for minutes that don't print it."""

    period: PeriodBalance | None = None
    this_meeting: MeetingBalance | None = None
