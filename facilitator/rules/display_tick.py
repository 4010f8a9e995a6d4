"""When a running clock's digits next change, so the screen can redraw right on that moment.

A count-down shown in whole seconds changes when the time left crosses a whole second. A
timer that fires every quarter second, out of step with those moments, shows each new second
up to a quarter second late; waking just after each crossing keeps the digits on time.
"""

from __future__ import annotations

import math

from facilitator.rules.clock import ClockState

LONGEST_MS = 250
"""The longest wait, so everything else on screen (phase, warnings) stays fresh."""
MARGIN_MS = 2
"""Wake this long after the crossing, so rounding never shows the old second again."""


def ms_to_next_change(remaining: float) -> float:
    """Milliseconds until a value shown rounded to whole seconds next changes."""
    fraction = remaining - math.floor(remaining)
    return (fraction if fraction > 0 else 1.0) * 1000


def next_refresh_ms(state: ClockState) -> int:
    """How long to wait before the next redraw of a clock in this state."""
    if not state.running:
        return LONGEST_MS
    soonest = min(
        ms_to_next_change(state.item_remaining), ms_to_next_change(state.meeting_remaining)
    )
    return max(1, min(LONGEST_MS, math.ceil(soonest) + MARGIN_MS))
