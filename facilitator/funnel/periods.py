"""The periods a funnel is counted in: how a CSV names one, how one reads, which came before."""

from __future__ import annotations

import re
from datetime import date, timedelta

from facilitator.language import _, format_date, pgettext
from facilitator.vocabulary import Period

_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_QUARTER = re.compile(r"^(\d{4})-?q([1-4])$", re.IGNORECASE)
_WEEK = re.compile(r"^(\d{4})-?w(\d{1,2})$", re.IGNORECASE)


class PeriodRefused(ValueError):
    """The text names no period; the message says which forms are read."""


def parse_period(text: str) -> tuple[Period, date]:
    """A period as a CSV names it: 2026-11 (a month), 2026-Q4 (a quarter), 2026-W47 (ISO week)."""
    raw = text.strip()
    try:
        if match := _MONTH.match(raw):
            return Period.MONTH, date(int(match[1]), int(match[2]), 1)
        if match := _QUARTER.match(raw):
            return Period.QUARTER, date(int(match[1]), 3 * int(match[2]) - 2, 1)
        if match := _WEEK.match(raw):
            return Period.WEEK, date.fromisocalendar(int(match[1]), int(match[2]), 1)
    except ValueError:
        pass
    shown = raw if len(raw) <= 30 else raw[:29] + "…"
    raise PeriodRefused(
        _("period “{text}” is not a month (2026-11), quarter (2026-Q4) or week (2026-W47)").format(
            text=shown
        )
    )


def start_of(period: Period, day: date) -> date:
    """The first day of the period that holds day."""
    if period is Period.WEEK:
        return day - timedelta(days=day.weekday())
    if period is Period.QUARTER:
        return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return day.replace(day=1)


def next_start(period: Period, start: date) -> date:
    if period is Period.WEEK:
        return start + timedelta(days=7)
    months = 3 if period is Period.QUARTER else 1
    month = start.month - 1 + months
    return date(start.year + month // 12, month % 12 + 1, 1)


def previous_start(period: Period, start: date) -> date:
    """The start of the period just before the one starting on start."""
    return start_of(period, start - timedelta(days=1))


def period_label(period: Period, start: date) -> str:
    """How a person names the period: "November 2026", "Q4 2026", "Week 47, 2026"."""
    if period is Period.WEEK:
        year, week, _day = start.isocalendar()
        return _("Week {week}, {year}").format(week=week, year=year)
    if period is Period.QUARTER:
        return _("Q{quarter} {year}").format(quarter=(start.month - 1) // 3 + 1, year=start.year)
    return format_date(start, pgettext("month and year pattern", "LLLL y"))


def period_code(period: Period, start: date) -> str:
    """The period as the CSV names it, the inverse of parse_period."""
    if period is Period.WEEK:
        year, week, _day = start.isocalendar()
        return f"{year}-W{week:02d}"
    if period is Period.QUARTER:
        return f"{start.year}-Q{(start.month - 1) // 3 + 1}"
    return f"{start.year}-{start.month:02d}"
