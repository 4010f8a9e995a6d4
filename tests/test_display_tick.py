"""The console wakes just after the digits change, never a quarter second late."""

from __future__ import annotations

import dataclasses

import pytest

from facilitator.rules.clock import MeetingClock
from facilitator.rules.display_tick import LONGEST_MS, ms_to_next_change, next_refresh_ms


@pytest.mark.parametrize(
    ("remaining", "expected"),
    [(10.25, 250.0), (10.0, 1000.0), (0.5, 500.0), (-3.75, 250.0), (-3.0, 1000.0)],
)
def test_the_next_change_of_whole_seconds(remaining: float, expected: float) -> None:
    assert ms_to_next_change(remaining) == pytest.approx(expected)


def _running_state(item_remaining: float, meeting_remaining: float):  # type: ignore[no-untyped-def]
    clock = MeetingClock([300, 300], 3600)
    clock = clock.apply(clock.start(0.0))
    state = clock.state(10.0)
    return dataclasses.replace(
        state, item_remaining=item_remaining, meeting_remaining=meeting_remaining
    )


def test_a_running_clock_wakes_just_after_the_sooner_change() -> None:
    assert next_refresh_ms(_running_state(12.1, 500.7)) == 102
    assert next_refresh_ms(_running_state(12.9, 500.03)) == 32


def test_a_wait_never_exceeds_the_longest() -> None:
    assert next_refresh_ms(_running_state(12.0, 500.0)) == LONGEST_MS


def test_a_stopped_clock_waits_the_longest() -> None:
    clock = MeetingClock([300, 300], 3600)
    assert next_refresh_ms(clock.state(5.0)) == LONGEST_MS
