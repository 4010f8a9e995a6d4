"""Jumping to any agenda item and correcting the start: two run events the clock is derived from.

A jump leaves the time spent so far on each item, as next and previous do; a corrected start
gives the first item (and so the meeting) the time between the real start and the press. Both
are stored as run events, so a reopened run, the pacing view and the minutes agree.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from clock_driver import WEEKLY, WEEKLY_CAP, Driver
from fake_time import Machine
from sqlalchemy import select

from facilitator.formats.exchange import export_meeting, import_meeting
from facilitator.minutes.snapshot import snapshot_meeting
from facilitator.record.meetings import load_meeting
from facilitator.record.run import MeetingRun
from facilitator.rules.clock import ClockError, ClockEvent, MeetingClock
from facilitator.rules.pacing import pacing_of_clock, pacing_of_meeting
from facilitator.storage.database import Database
from facilitator.storage.models import RunEvent
from facilitator.vocabulary import RunEventKind

START_WALL = datetime(2026, 11, 23, 16, 35, tzinfo=UTC)
SCHEMA_PATH = Path(__file__).parents[1] / "docs" / "exchange.schema.json"


# --- the clock, without a database ---------------------------------------------------------


def test_a_jump_forward_and_back_keeps_the_time_spent_on_each_item() -> None:
    d = Driver()
    d.press("start")
    d.time.advance(100)
    d.press("jump", 3)
    state = d.after(40)
    assert state.current_index == 3
    assert state.items_elapsed == pytest.approx((100, 0, 0, 40, 0))
    d.press("jump", 0)
    state = d.after(20)
    assert state.current_index == 0
    assert state.item_elapsed == pytest.approx(120)
    assert state.items_elapsed == pytest.approx((120, 0, 0, 40, 0))
    assert state.meeting_elapsed == pytest.approx(160)
    assert state.items_reached == (True, False, False, True, False)
    d.press("jump", 3)
    assert d.after(5).item_elapsed == pytest.approx(45)


def test_a_jump_is_refused_before_the_start_after_the_end_and_out_of_range() -> None:
    d = Driver()
    with pytest.raises(ClockError, match="The meeting has not started yet."):
        d.press("jump", 2)
    d.press("start")
    with pytest.raises(ClockError, match="There is no item 6; the agenda has items 1–5."):
        d.press("jump", 5)
    with pytest.raises(ClockError, match="There is no item 0; the agenda has items 1–5."):
        d.press("jump", -1)
    with pytest.raises(ClockError, match="Item 1 is already the current item."):
        d.press("jump", 0)
    d.time.advance(10)
    d.press("end")
    with pytest.raises(ClockError, match="The meeting has ended."):
        d.press("jump", 2)


def test_pacing_after_a_jump_counts_skipped_items_as_never_reached() -> None:
    d = Driver()
    d.press("start")
    d.time.advance(300)  # item 1 runs 2:00 long
    d.press("jump", 2)
    d.time.advance(600)
    d.press("jump", 4)
    d.time.advance(180)
    d.press("end")
    rows = d.clock.pacing(d.time.now)
    assert [row.reached for row in rows] == [True, False, True, False, True]
    assert [row.actual_seconds for row in rows] == pytest.approx([300, 0, 600, 0, 180])
    assert [row.difference_seconds for row in rows] == pytest.approx([120, 0, -120, 0, 0])
    report = pacing_of_clock(d.clock, [f"Item {n}" for n in range(1, 6)], d.time.now)
    assert report.summary() == (
        "Item 1 ran 2:00 long; item 3 started 2:00 late and was cut by 2:00 "
        "and items 2 and 4 were never reached."
    )


def test_projection_after_a_jump_back_counts_what_is_left_of_each_item_ahead() -> None:
    d = Driver()
    d.press("start")
    d.time.advance(180)
    d.press("next_item")
    d.time.advance(300)
    d.press("jump", 0)
    state = d.after(60)
    # Item 1 is 1:00 over, item 2 has 7:00 left, items 3 to 5 are whole.
    assert state.projected_end_seconds == pytest.approx(540 + 420 + 720 + 300 + 180)


def test_an_earlier_start_gives_the_first_item_and_the_meeting_the_time_before_the_press() -> None:
    d = Driver()
    d.press("start")
    d.time.advance(60)
    d.press("correct_start", 120)
    state = d.after(0)
    assert state.item_elapsed == pytest.approx(180)
    assert state.meeting_elapsed == pytest.approx(180)
    assert state.since_start == pytest.approx(180)
    assert state.item_clock_text == "0:00"
    assert d.clock.started_at == pytest.approx(d.clock.start_pressed_at - 120)
    d.press("next_item")
    d.time.advance(30)
    d.press("correct_start", 300)  # on a later item: the first item still takes the time
    state = d.after(0)
    assert state.items_elapsed[:2] == pytest.approx((360, 30))
    assert state.meeting_elapsed == pytest.approx(390)
    pressed = d.clock.start_pressed_at
    assert d.clock.windows()[0] == pytest.approx((pressed - 300, pressed + 60))


def test_the_latest_correction_replaces_the_ones_before() -> None:
    d = Driver()
    d.press("start")
    d.time.advance(60)
    d.press("correct_start", 600)
    d.press("correct_start", 30)
    assert d.after(0).meeting_elapsed == pytest.approx(90)
    assert d.clock.start_shift == 30


def test_a_later_start_fits_before_now_and_before_the_first_press_after_the_start() -> None:
    d = Driver()
    d.press("start")
    d.time.advance(60)
    with pytest.raises(ClockError, match="The meeting cannot have started later than now."):
        d.press("correct_start", -61)
    d.press("correct_start", -45)  # the clock was started 45 s early
    assert d.after(0).meeting_elapsed == pytest.approx(15)
    d.time.advance(30)
    d.press("pause")
    d.time.advance(100)
    with pytest.raises(ClockError, match="after the clock was first paused"):
        d.press("correct_start", -91)
    d.press("resume")
    d.press("next_item")
    assert d.clock.latest_start(d.time.now) == pytest.approx(d.clock.start_pressed_at + 90)


def test_a_later_start_cannot_pass_the_first_items_end() -> None:
    d = Driver()
    d.press("start")
    d.time.advance(100)
    d.press("jump", 2)
    d.time.advance(500)
    with pytest.raises(ClockError, match="The meeting cannot have started after the first item"):
        d.press("correct_start", -101)
    d.press("correct_start", -100)
    state = d.after(0)
    assert state.items_elapsed[0] == pytest.approx(0)
    assert state.meeting_elapsed == pytest.approx(500)


def test_a_start_is_corrected_only_while_the_meeting_runs_and_by_at_most_twelve_hours() -> None:
    d = Driver()
    with pytest.raises(ClockError, match="The meeting has not started yet."):
        d.press("correct_start", 60)
    d.press("start")
    with pytest.raises(ClockError, match="at most 12 hours"):
        d.press("correct_start", 12 * 3600 + 1)
    d.time.advance(10)
    d.press("end")
    with pytest.raises(ClockError, match="The meeting has ended."):
        d.press("correct_start", 60)


def test_recorded_jumps_and_corrections_replay_to_the_same_clock() -> None:
    clock = MeetingClock(
        WEEKLY,
        WEEKLY_CAP,
        [
            ClockEvent(RunEventKind.START, 100.0),
            ClockEvent(RunEventKind.START_CORRECTED, 130.0, 90),
            ClockEvent(RunEventKind.JUMP, 160.0, 4),
            ClockEvent(RunEventKind.JUMP, 200.0, 1),
        ],
    )
    state = clock.state(260.0)
    assert state.current_index == 1
    assert state.items_elapsed == pytest.approx((150, 60, 0, 0, 40))


# --- the run, against the database ---------------------------------------------------------


class Boot(Machine):
    """A fake computer's run clock and wall clock, with the id of its boot."""

    def __init__(self, boot: str = "boot-A") -> None:
        super().__init__(5000.0, START_WALL)
        self.boot = boot

    def open(self, db: Database, meeting_id: int) -> MeetingRun:
        return MeetingRun.open(
            db, meeting_id, time_source=self.time, wall=self.wall, boot=lambda: self.boot
        )


@pytest.fixture
def meeting_id(new_weekly_meeting: Callable[..., int]) -> int:
    return new_weekly_meeting(scheduled_at=START_WALL - timedelta(minutes=5))


@pytest.fixture
def machine() -> Boot:
    return Boot()


@pytest.fixture
def run(db: Database, meeting_id: int, machine: Boot) -> MeetingRun:
    """The weekly meeting's run as the console opens it, on the machine's clocks."""
    return machine.open(db, meeting_id)


def _same(left, right) -> None:
    assert left.current_index == right.current_index
    assert left.items_elapsed == pytest.approx(right.items_elapsed)
    assert left.meeting_elapsed == pytest.approx(right.meeting_elapsed)
    assert left.status == right.status


def test_a_jump_and_a_correction_are_stored_and_a_reopened_run_agrees(
    db: Database, meeting_id: int, machine: Boot, run: MeetingRun
) -> None:
    run.start()
    machine.advance(200)
    run.jump(3)
    machine.advance(60)
    run.correct_start(START_WALL - timedelta(minutes=2))
    machine.advance(15)
    with db.read() as session:
        rows = session.scalars(select(RunEvent).order_by(RunEvent.seq)).all()
        stored = [(row.kind, row.seconds) for row in rows]
    assert stored == [
        (RunEventKind.START, 0),
        (RunEventKind.JUMP, 3),
        (RunEventKind.START_CORRECTED, 120),
    ]
    state = run.state()
    assert state.current_index == 3
    assert state.items_elapsed == pytest.approx((320, 0, 0, 75, 0))
    _same(machine.open(db, meeting_id).state(), state)
    assert run.started_at() == START_WALL - timedelta(minutes=2)


def test_a_run_reopened_after_a_reboot_shows_the_same_corrected_clock(
    db: Database, meeting_id: int, machine: Boot, run: MeetingRun
) -> None:
    run.start()
    machine.advance(90)
    run.correct_start(START_WALL - timedelta(seconds=150))
    machine.advance(30)
    before = run.state()
    machine.boot, machine.time.now = "boot-B", 12.0  # power cut and back at once
    _same(machine.open(db, meeting_id).state(), before)
    assert before.meeting_elapsed == pytest.approx(270)


def test_a_corrected_start_moves_the_stored_start_the_first_item_and_the_minutes(
    db: Database, meeting_id: int, machine: Boot, run: MeetingRun
) -> None:
    run.start()
    machine.advance(100)
    run.next_item()
    run.correct_start(datetime(2026, 11, 23, 16, 33, tzinfo=UTC))
    machine.advance(700)
    run.end()
    view = load_meeting(db, meeting_id)
    assert view.items[0].actual_start == datetime(2026, 11, 23, 16, 33, tzinfo=UTC)
    assert view.items[0].actual_end == START_WALL + timedelta(seconds=100)
    pacing = pacing_of_meeting(view)
    assert pacing.items[0].actual_seconds == 220
    assert pacing.items[0].difference_seconds == 40
    minutes = snapshot_meeting(db, meeting_id)
    assert minutes.started_at == datetime(2026, 11, 23, 16, 33, tzinfo=UTC)
    assert minutes.ended_at == START_WALL + timedelta(seconds=800)
    assert minutes.agenda[0].actual_seconds == 220


def test_the_run_gives_the_wall_time_a_corrected_start_may_name_at_latest(
    machine: Boot, run: MeetingRun
) -> None:
    assert run.latest_start() is None
    assert run.started_at() is None
    run.start()
    machine.advance(45)
    assert run.latest_start() == START_WALL + timedelta(seconds=45)
    run.pause()
    machine.advance(300)
    assert run.latest_start() == START_WALL + timedelta(seconds=45)
    with pytest.raises(ClockError, match="after the clock was first paused"):
        run.correct_start(START_WALL + timedelta(seconds=46))
    run.correct_start(START_WALL + timedelta(seconds=45))
    assert run.state().meeting_elapsed == pytest.approx(0)


def test_the_run_refuses_a_correction_before_the_start_in_the_future_and_after_the_end(
    db: Database, machine: Boot, run: MeetingRun
) -> None:
    with pytest.raises(ClockError, match="not started"):
        run.correct_start(START_WALL - timedelta(minutes=3))
    with pytest.raises(ClockError, match="not started"):
        run.jump(2)
    run.start()
    machine.advance(30)
    with pytest.raises(ClockError, match="later than now"):
        run.correct_start(START_WALL + timedelta(minutes=1))
    with pytest.raises(ClockError, match="There is no item 9; the agenda has items 1–"):
        run.jump(8)
    run.end()
    with pytest.raises(ClockError, match="has ended"):
        run.correct_start(START_WALL - timedelta(minutes=3))
    with pytest.raises(ClockError, match="has ended"):
        run.jump(1)
    with db.read() as session:
        kinds = session.scalars(select(RunEvent.kind).order_by(RunEvent.seq)).all()
    assert kinds == [RunEventKind.START, RunEventKind.END]


def test_a_run_with_jumps_and_a_correction_travels_in_the_exchange_format(
    db: Database, meeting_id: int, machine: Boot, run: MeetingRun
) -> None:
    run.start()
    machine.advance(60)
    run.correct_start(START_WALL - timedelta(seconds=30))
    run.jump(2)
    machine.advance(60)
    run.jump(1)
    machine.advance(60)
    run.end()
    doc = export_meeting(db, meeting_id)
    assert [event["kind"] for event in doc["run_events"]] == [
        "start",
        "start_corrected",
        "jump",
        "jump",
        "end",
    ]
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    kinds = schema["$defs"]["run_event"]["properties"]["kind"]["enum"]
    assert kinds == [kind.value for kind in RunEventKind]
    copy = import_meeting(db, doc)
    assert load_meeting(db, copy).items[0].actual_start == START_WALL - timedelta(seconds=30)
    reopened = machine.open(db, copy).state()
    assert reopened.items_elapsed == pytest.approx((90, 60, 60, 0, 0))
