"""How long a part of a run took, in whole seconds: one rounding for every screen and the minutes.

The run's instants carry fractions of a second. Each instant is taken to its nearest whole second
first and a duration is the difference of two such instants, so that back-to-back items add up
to the meeting's length exactly: rounding each item's duration instead made three items of
2:54.6, 12:40.7 and 0:59.8 add up to 16:36 in a meeting that lasted 16:35, and truncating in
one table and rounding in another made an item read 2:54 there and 2:55 here. The as-run
agenda, its total, the pacing table and the minutes all count with seconds_between, and print
with rules.agenda.format_duration, the minutes' words.
Plain Python: no Qt, no database.
"""

from __future__ import annotations

import math
from datetime import datetime

from facilitator.language import _, ngettext


def whole_seconds(seconds: float) -> int:
    """A duration already measured (the live clock's) to the nearest whole second."""
    return round(seconds)


def seconds_between(begin: datetime | None, end: datetime | None) -> int | None:
    """Whole seconds from begin to end, each taken to its nearest second; None when either is
    not known (not run yet, still running)."""
    if begin is None or end is None:
        return None
    return round(end.timestamp()) - round(begin.timestamp())


def span_text(seconds: float) -> str:
    """A long span in its two largest units, whole ones only: '7 days', '1 day 3 h', '2 h 5 min'."""
    minutes = max(math.floor(seconds), 0) // 60
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    if days and hours:
        return ngettext("{days} day {hours} h", "{days} days {hours} h", days).format(
            days=days, hours=hours
        )
    if days:
        return ngettext("{days} day", "{days} days", days).format(days=days)
    if hours and minutes:
        return _("{hours} h {minutes} min").format(hours=hours, minutes=minutes)
    if hours:
        return _("{hours} h").format(hours=hours)
    return _("{minutes} min").format(minutes=minutes)
