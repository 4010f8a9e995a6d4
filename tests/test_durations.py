"""One rounding for a run's durations (rules/durations.py): each instant to its nearest second,
so back-to-back items add up to the meeting's length on every screen and in the minutes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from facilitator.rules.durations import seconds_between, whole_seconds

START = datetime(2026, 11, 23, 16, 30, tzinfo=UTC)


def at(seconds: float) -> datetime:
    return START + timedelta(seconds=seconds)


def test_items_run_back_to_back_add_up_to_the_meeting() -> None:
    bounds = [0.0, 174.6, 935.3, 995.1]
    items = [seconds_between(at(a), at(b)) for a, b in zip(bounds, bounds[1:], strict=False)]
    assert items == [175, 760, 60]
    assert sum(item or 0 for item in items) == seconds_between(at(0.0), at(995.1)) == 995
    # Rounding each item's own length would have said 175 + 761 + 60 = 996.
    assert sum(round(b - a) for a, b in zip(bounds, bounds[1:], strict=False)) == 996


@pytest.mark.parametrize(
    ("begin", "end", "seconds"), [(0.4, 60.4, 60), (0.6, 60.4, 59), (10.2, 10.7, 1), (3.0, 3.0, 0)]
)
def test_a_duration_is_the_difference_of_its_rounded_instants(
    begin: float, end: float, seconds: int
) -> None:
    assert seconds_between(at(begin), at(end)) == seconds


def test_a_duration_not_known_yet_is_none() -> None:
    assert seconds_between(None, at(5)) is None
    assert seconds_between(at(5), None) is None


def test_a_measured_duration_goes_to_the_nearest_second() -> None:
    assert [whole_seconds(s) for s in (59.4, 59.6, 0.0)] == [59, 60, 0]
