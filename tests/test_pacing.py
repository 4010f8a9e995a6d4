"""The pacing view's rules: overruns, lateness carried forward, cuts and items never reached."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from fake_time import Machine

from facilitator.record.meetings import load_meeting
from facilitator.record.run import MeetingRun
from facilitator.rules.clock import MeetingClock
from facilitator.rules.pacing import pace, pacing_of_clock, pacing_of_meeting
from facilitator.storage.database import Database

START_WALL = datetime(2024, 3, 12, 16, 30, tzinfo=UTC)
SEVEN = [f"Item {n}" for n in range(1, 8)]


@dataclass(frozen=True)
class Started:
    """A weekly meeting stored at START_WALL whose run has just been started."""

    machine: Machine
    run: MeetingRun
    meeting_id: int


@pytest.fixture
def started(db: Database, new_weekly_meeting: Callable[..., int]) -> Started:
    meeting_id = new_weekly_meeting("Weekly", START_WALL)
    machine = Machine(wall=START_WALL)
    run = MeetingRun.open(
        db, meeting_id, time_source=machine.time, wall=machine.wall, boot=lambda: "b"
    )
    run.start()
    return Started(machine, run, meeting_id)


def test_a_long_item_makes_the_rest_late_cuts_one_and_leaves_two_unreached() -> None:
    report = pace(SEVEN, [300] * 7, [300, 550, 300, 300, 180, None, None])
    late = [item.started_late for item in report.items]
    assert late == [0, 0, 250, 250, 250, None, None]
    assert [item.difference_seconds for item in report.items] == [0, 250, 0, 0, -120, 0, 0]
    assert [item.number for item in report.long_items] == [2]
    assert [(item.number, item.cut_seconds) for item in report.cut_items] == [(5, 120)]
    assert [item.number for item in report.never_reached] == [6, 7]
    assert report.max_late == 250
    assert report.summary() == (
        "Item 2 ran 4:10 long; the three items after it started up to 4:10 late, "
        "item 5 was cut by 2:00 and items 6 and 7 were never reached."
    )


def test_a_cut_is_never_blamed_for_more_than_the_lateness() -> None:
    report = pace(SEVEN[:3], [600, 600, 600], [660, 300, 600])
    assert report.items[1].started_late == 60
    assert report.items[1].cut_seconds == 60
    assert report.items[2].started_late == -240
    assert report.summary() == (
        "Item 1 ran 1:00 long; item 2 started 1:00 late and was cut by 1:00."
    )


def test_an_item_that_started_on_time_and_ran_short_was_not_cut() -> None:
    report = pace(SEVEN[:2], [600, 600], [500, 500])
    assert report.items[1].started_late == -100
    assert report.cut_items == ()
    assert report.summary() == "No item ran long."


def test_time_saved_earlier_absorbs_a_later_overrun() -> None:
    report = pace(SEVEN[:4], [300] * 4, [200, 350, 300, 300])
    assert [item.started_late for item in report.items] == [0, -100, -50, -50]
    assert report.summary() == "Item 2 ran 0:50 long."


def test_several_long_items_are_all_named() -> None:
    report = pace(SEVEN[:4], [300] * 4, [360, 300, 420, 300])
    assert report.summary() == (
        "Item 1 ran 1:00 long and item 3 ran 2:00 long; "
        "the three items after item 1 started up to 3:00 late."
    )


def test_the_running_item_is_not_yet_over_or_cut() -> None:
    report = pace(SEVEN[:3], [300] * 3, [400, 10, None], running_index=1)
    running = report.items[1]
    assert running.running and running.reached
    assert running.started_late == 100
    assert running.difference_seconds == 0
    assert running.cut_seconds == 0
    assert report.summary() == (
        "Item 1 ran 1:40 long; item 2 started 1:40 late and item 3 was never reached."
    )


def test_a_meeting_not_run_says_so_and_mismatched_lists_are_refused() -> None:
    assert pace(SEVEN[:2], [60, 60], [None, None]).summary() == "The meeting has not been run."
    with pytest.raises(ValueError, match="same items"):
        pace(SEVEN[:2], [60], [None, None])


def test_pacing_from_the_stored_actual_times_of_an_ended_meeting(
    db: Database, started: Started
) -> None:
    machine, run, meeting_id = started.machine, started.run, started.meeting_id
    machine.advance(180)
    run.next_item()
    machine.advance(720 + 250)
    run.next_item()
    machine.advance(600)
    run.end()
    with pytest.raises(Exception, match="already ended"):
        run.end()
    report = pacing_of_meeting(load_meeting(db, meeting_id))
    assert [item.actual_seconds for item in report.items] == [180, 970, 600, None, None]
    assert [item.started_late for item in report.items] == [0, 0, 250, None, None]
    assert report.items[2].cut_seconds == 120
    assert report.summary() == (
        "Item 2 ran 4:10 long; item 3 started 4:10 late and was cut by 2:00 "
        "and items 4 and 5 were never reached."
    )


def test_pacing_of_a_running_meeting_from_stored_times_counts_the_current_item(
    db: Database, started: Started
) -> None:
    machine, run, meeting_id = started.machine, started.run, started.meeting_id
    machine.advance(240)
    run.next_item()
    machine.advance(30)
    report = pacing_of_meeting(load_meeting(db, meeting_id), now=machine.wall.now)
    assert report.items[0].difference_seconds == 60
    assert report.items[1].running
    assert report.items[1].actual_seconds == 30
    assert report.items[1].started_late == 60


def test_pacing_from_the_clock_leaves_pauses_out_and_counts_extensions_as_lateness() -> None:
    clock = MeetingClock([300, 300, 300], cap_seconds=900)
    clock = clock.apply(clock.start(0.0))
    clock = clock.apply(clock.extend(10.0, 60))
    clock = clock.apply(clock.pause(100.0))
    clock = clock.apply(clock.resume(400.0))
    clock = clock.apply(clock.next_item(660.0))
    clock = clock.apply(clock.end(900.0))
    report = pacing_of_clock(clock, SEVEN[:3], now=5000.0)
    assert [item.actual_seconds for item in report.items] == [360, 240, None]
    assert [item.started_late for item in report.items] == [0, 60, None]
    assert report.items[1].cut_seconds == 60
    running = pacing_of_clock(clock.__class__([300, 300], 900), SEVEN[:2], now=0.0)
    assert running.summary() == "The meeting has not been run."
