"""The time each team held the floor at a meeting, replayed from its run events.

The clock of facilitator.rules.clock is rebuilt from the stored presses, so an item's time is
the time the meeting spent on it: pauses left out, and an item returned to counted twice but
never the items run in between (an item's stored start and end span all of that). An item is
a team's when its presenter team, or else its presenter, is Sales or Marketing; every other
item (the review, the disputes, the wrap-up, another team's) is shared time. A meeting with no
run events (imported, or marked held) falls back to its items' stored start and end.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from facilitator.rules.durations import seconds_between, whole_seconds
from facilitator.vocabulary import Team

if TYPE_CHECKING:
    from facilitator.rules.clock import ClockEvent
    from facilitator.storage.models import AgendaItem, Meeting, RunEvent


@dataclass(frozen=True)
class FloorTime:
    """Whole seconds of floor time: Sales's, Marketing's and everyone's (shared)."""

    sales: int = 0
    marketing: int = 0
    shared: int = 0

    def __add__(self, other: FloorTime) -> FloorTime:
        return FloorTime(
            self.sales + other.sales,
            self.marketing + other.marketing,
            self.shared + other.shared,
        )

    @property
    def contested(self) -> int:
        """The two teams' time together, what their shares are shares of."""
        return self.sales + self.marketing

    @property
    def total(self) -> int:
        return self.contested + self.shared

    def share(self, team: Team) -> float | None:
        """Sales's or Marketing's part of the two teams' time (0-1); None when neither spoke."""
        if not self.contested:
            return None
        return (self.sales if team is Team.SALES else self.marketing) / self.contested

    def share_text(self, team: Team) -> str:
        """The share as the window and the minutes print it: "62 %", or a dash."""
        share = self.share(team)
        return "—" if share is None else f"{round(share * 100)} %"


def item_team(item: AgendaItem) -> Team | None:
    """Sales or Marketing when the item is that team's; None for shared time."""
    team = item.presenter_team
    if team is None and item.presenter is not None:
        team = item.presenter.team
    return team if team is not None and team.has_stake else None


def _placed(rows: Sequence[RunEvent]) -> list[ClockEvent]:
    """The presses on one timeline: a boot's by its monotonic reading, each boot anchored to
    the last boot's through the wall time of its own last event, as facilitator.record.run
    places them."""
    from facilitator.rules.clock import ClockEvent

    last_of: dict[str, RunEvent] = {}
    for row in rows:
        last_of[row.boot_id] = row
    anchor = rows[-1]
    offsets = {
        boot: (last.at - anchor.at).total_seconds() + anchor.monotonic - last.monotonic
        for boot, last in last_of.items()
    }
    offsets[anchor.boot_id] = 0.0
    return [ClockEvent(row.kind, row.monotonic + offsets[row.boot_id], row.seconds) for row in rows]


def item_seconds(meeting: Meeting, rows: Sequence[RunEvent]) -> list[int | None]:
    """Each item's time at the meeting, in whole seconds; None for an item never run.

    The clock is imported here: the minutes print a FloorTime read earlier without replaying."""
    from facilitator.rules.clock import ClockError, MeetingClock

    items = list(meeting.items)
    if rows:
        try:
            clock = MeetingClock(
                [item.planned_seconds for item in items], meeting.cap_seconds, _placed(rows)
            )
        except ClockError:
            clock = None
        if clock is not None:
            last = clock.last_press_at
            state = clock.state(last if last is not None else clock.events[-1].at)
            return [
                whole_seconds(elapsed) if reached else None
                for elapsed, reached in zip(state.items_elapsed, state.items_reached, strict=True)
            ]
    return [seconds_between(item.actual_start, item.actual_end) for item in items]


def floor_time(meeting: Meeting, rows: Iterable[RunEvent]) -> FloorTime:
    """The meeting's floor time per team from its run events (in their order) or stored times."""
    seconds = item_seconds(meeting, sorted(rows, key=lambda row: row.seq))
    sales = marketing = shared = 0
    for item, spent in zip(meeting.items, seconds, strict=True):
        if not spent:
            continue
        team = item_team(item)
        if team is Team.SALES:
            sales += spent
        elif team is Team.MARKETING:
            marketing += spent
        else:
            shared += spent
    return FloorTime(sales, marketing, shared)
