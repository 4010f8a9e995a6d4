"""The dates of a series' rhythm: the next meeting after one, or the first after a moment.

Dates move on the wall clock, not in absolute time: a weekly meeting at 16:30 stays at 16:30
across a daylight-saving change. A month step keeps the day of the month and clamps it to the
month's end (31 January + 1 month = 28 or 29 February); a quarter is three such months.
Plain Python, apart from rules/schedule.py's reads, so the main window's first fill can say a
series' next date before SQLAlchemy has loaded (issue #20).
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from facilitator.vocabulary import Frequency

_MONTHS = {Frequency.MONTHLY: 1, Frequency.QUARTERLY: 3}


def _add_months(moment: datetime, months: int) -> datetime:
    index = moment.month - 1 + months
    year, month = moment.year + index // 12, index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def _step(wall: datetime, frequency: Frequency, count: int) -> datetime:
    if frequency == Frequency.WEEKLY:
        return wall + timedelta(weeks=count)
    return _add_months(wall, _MONTHS[frequency] * count)


def _on_wall_clock(moment: datetime, move: Callable[[datetime], datetime]) -> datetime:
    """Apply move to the local wall-clock time of moment and give back a datetime of its kind.

    A naive moment stays naive; one in a ZoneInfo zone stays in that zone; a fixed offset (the
    UTC the database hands back) is read in the system's local zone, where the meeting is held.
    """
    if moment.tzinfo is None:
        return move(moment)
    if isinstance(moment.tzinfo, ZoneInfo):
        return move(moment.replace(tzinfo=None)).replace(tzinfo=moment.tzinfo)
    return move(moment.astimezone().replace(tzinfo=None)).astimezone()


def occurrence(frequency: Frequency, anchor: datetime, count: int) -> datetime:
    """The count-th meeting after anchor, always counted from anchor so month ends don't drift."""
    return _on_wall_clock(anchor, lambda wall: _step(wall, frequency, count))


def next_date(frequency: Frequency, after: datetime) -> datetime:
    """The date of the meeting that follows one held at after."""
    return occurrence(frequency, after, 1)


def first_date_after(frequency: Frequency, anchor: datetime, after: datetime) -> datetime:
    """The first meeting of the rhythm set by anchor that lies strictly after after."""
    count = 1
    while (candidate := occurrence(frequency, anchor, count)) <= after:
        count += 1
    return candidate
