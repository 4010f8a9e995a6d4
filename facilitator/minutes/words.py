"""Dates, durations and counts as the minutes print them."""

from __future__ import annotations

from datetime import date, datetime

from facilitator.rules.agenda import format_duration
from facilitator.vocabulary import (
    Team,
)


def long_date(day: date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def short_date(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def time_of_day(moment: datetime) -> str:
    return f"{moment:%H:%M}"


def signed(seconds: int) -> str:
    return f"+{format_duration(seconds)}" if seconds > 0 else format_duration(seconds)


def team_name(team: Team | None) -> str:
    return team.label if team is not None else "no team"


def plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


def age(days: int) -> str:
    """How long a dispute has been open, in the unit a reader would count it in."""
    if days < 14:
        return plural(days, "day")
    if days < 61:
        return plural(days // 7, "week")
    return plural(days // 30, "month")
