"""Dates, durations and counts as the minutes print them, in the language chosen."""

from __future__ import annotations

from datetime import date, datetime

from facilitator.language import _, format_date, ngettext, pgettext
from facilitator.rules.agenda import format_duration
from facilitator.vocabulary import (
    Team,
)


def long_date(day: date) -> str:
    """'Friday 4 December 2026'; each language writes a date its own way (the pattern is
    translated: 'Freitag, 4. Dezember 2026')."""
    return format_date(day, pgettext("long date pattern", "EEEE d MMMM y"))


def day_month_year(day: date) -> str:
    """'4 December 2026' ('4. Dezember 2026', '4 de diciembre de 2026')."""
    return format_date(day, pgettext("date pattern", "d MMMM y"))


def short_date(day: date) -> str:
    """'4 Dec 2026', or the language's own short form."""
    return format_date(day, pgettext("short date pattern", "d MMM y"))


def time_of_day(moment: datetime) -> str:
    return f"{moment:%H:%M}"


def signed(seconds: int) -> str:
    return f"+{format_duration(seconds)}" if seconds > 0 else format_duration(seconds)


def team_name(team: Team | None) -> str:
    return team.label if team is not None else _("no team")


def days(count: int) -> str:
    return ngettext("{count} day", "{count} days", count).format(count=count)


def age(days_open: int) -> str:
    """How long a dispute has been open, in the unit a reader would count it in."""
    if days_open < 14:
        return days(days_open)
    if days_open < 61:
        weeks = days_open // 7
        return ngettext("{count} week", "{count} weeks", weeks).format(count=weeks)
    months = days_open // 30
    return ngettext("{count} month", "{count} months", months).format(count=months)
