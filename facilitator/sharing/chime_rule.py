"""When the chime sounds: as an item's time left crosses one minute, and as it reaches zero.

The presenter screen's player and the browser view (view.js's chimeDue) follow this one rule,
each on the time left it shows, so both ring on the same moments.
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.rules.clock import ClockState

MINUTE_LEFT = 60.0


def chime_due(before: float, after: float) -> bool:
    """Whether the time left went from `before` to `after` across one minute left or zero."""
    return (before > MINUTE_LEFT >= after) or (before > 0 >= after)


@dataclass(frozen=True)
class ChimeWatch:
    """The last running item's time left, to tell the next state's crossing; a new item, a
    pause or the end starts it afresh (jumping to an item already short never rings)."""

    item: int = -1
    remaining: float | None = None

    def after(self, state: ClockState) -> tuple[ChimeWatch, bool]:
        """The watch at `state`, and whether the chime is due on the way there."""
        if not state.running:
            return ChimeWatch(), False
        seen = ChimeWatch(state.current_index, state.item_remaining)
        if self.item != state.current_index or self.remaining is None:
            return seen, False
        return seen, chime_due(self.remaining, state.item_remaining)
