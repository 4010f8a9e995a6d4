"""When the demo's meetings fall, relative to today, and how its days and months are written."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from facilitator.vocabulary import MONTH_NAMES

WEEKLY_MEETINGS = 10
THURSDAY = 3
TUESDAY = 1


def weekday_on_or_after(day: date, weekday: int) -> date:
    return day + timedelta(days=(weekday - day.weekday()) % 7)


def first_weekday(year: int, month: int, weekday: int) -> date:
    return weekday_on_or_after(date(year, month, 1), weekday)


def month_after(day: date) -> date:
    """The first of the month after day."""
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def month_before(day: date) -> date:
    """The first of the month before day."""
    return date(day.year - (day.month == 1), (day.month - 2) % 12 + 1, 1)


@dataclass(frozen=True)
class Calendar:
    """When the demo's meetings fall, relative to today: weekly on Thursdays, management on the
    first Tuesday of a month."""

    weekly: tuple[date, ...]
    next_weekly: date
    management: tuple[date, ...]
    next_management: date

    @classmethod
    def around(cls, today: date) -> Calendar:
        last = weekday_on_or_after(today - timedelta(days=7), THURSDAY)
        if last >= today:
            last -= timedelta(days=7)
        weekly = tuple(
            last - timedelta(weeks=WEEKLY_MEETINGS - 1 - i) for i in range(WEEKLY_MEETINGS)
        )
        month = month_before(weekly[0])
        firsts: list[date] = []
        while True:
            tuesday = first_weekday(month.year, month.month, TUESDAY)
            if tuesday >= today:
                break
            if tuesday >= weekly[0]:
                firsts.append(tuesday)
            month = month_after(month)
        return cls(
            weekly=weekly,
            next_weekly=weekday_on_or_after(today, THURSDAY),
            management=tuple(firsts[-3:]),
            next_management=tuesday,
        )



def local(day: date, at: time) -> datetime:
    """A wall-clock time in the user's zone, as an aware instant."""
    return datetime.combine(day, at).astimezone()


def month_label(day: date) -> str:
    return f"{MONTH_NAMES[day.month - 1][:3]} {day.year}"
