"""Running a meeting against the database: committed presses, recovery, clock changes, ending."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fake_time import Machine as FakeComputer
from sqlalchemy import select

from facilitator.record.demo import load_demo
from facilitator.record.meetings import MeetingNotFound, load_meeting
from facilitator.record.run import MeetingRun, running_meetings
from facilitator.rules.clock import ClockError, RunStatus
from facilitator.storage.database import Database, open_database
from facilitator.storage.models import Meeting, RunEvent
from facilitator.timesource import boot_id, run_clock
from facilitator.vocabulary import MeetingStatus, RunEventKind

START_WALL = datetime(2024, 3, 12, 16, 30, tzinfo=UTC)


class Machine(FakeComputer):
    """One boot of a fake computer: the suite's run clock and wall clock, and its boot id."""

    def __init__(self, boot: str = "boot-A") -> None:
        super().__init__(5000.0, START_WALL)
        self.boot = boot

    def reboot(self, boot: str, off_for: float) -> None:
        """The machine was off for a while: a new boot id and a run clock that starts over."""
        self.boot = boot
        self.time.now = 12.0
        self.wall.now += timedelta(seconds=off_for)

    def open(self, db: Database, meeting_id: int) -> MeetingRun:
        return MeetingRun.open(
            db, meeting_id, time_source=self.time, wall=self.wall, boot=lambda: self.boot
        )


@pytest.fixture
def run(db: Database, meeting_id: int, machine: Machine) -> MeetingRun:
    """The meeting's run, opened on the machine and started."""
    started = machine.open(db, meeting_id)
    started.start()
    return started


@pytest.fixture
def meeting_id(new_weekly_meeting: Callable[..., int]) -> int:
    return new_weekly_meeting(scheduled_at=START_WALL)


@pytest.fixture
def machine() -> Machine:
    return Machine()


def test_each_press_is_committed_at_once(
    db_path: Path, meeting_id: int, machine: Machine, run: MeetingRun
) -> None:
    machine.advance(90)
    run.extend(60)
    other = open_database(db_path)
    try:
        with other.read() as session:
            events = session.scalars(select(RunEvent).order_by(RunEvent.seq)).all()
            meeting = session.get(Meeting, meeting_id)
            assert meeting is not None
            assert meeting.status == MeetingStatus.RUNNING
            assert meeting.started_at == START_WALL
    finally:
        other.close()
    assert [(e.seq, e.kind, e.seconds) for e in events] == [
        (0, RunEventKind.START, 0),
        (1, RunEventKind.EXTEND, 60),
    ]
    assert events[1].monotonic == 5090.0
    assert events[1].at == START_WALL + timedelta(seconds=90)
    assert events[1].boot_id == "boot-A"


def test_reopened_in_the_same_boot_the_clock_is_the_same(
    db: Database, meeting_id: int, machine: Machine, run: MeetingRun
) -> None:
    machine.advance(200)
    run.next_item()
    machine.advance(95.5)
    before = run.state()
    again = machine.open(db, meeting_id).state()
    assert again == before
    assert again.current_index == 1
    assert again.item_elapsed == pytest.approx(95.5)
    assert again.meeting_elapsed == pytest.approx(295.5)


def test_after_a_power_cut_the_time_the_machine_was_off_counts(
    db: Database, meeting_id: int, machine: Machine, run: MeetingRun
) -> None:
    machine.advance(100)
    run.pause()
    machine.advance(30)
    run.resume()
    machine.advance(20)
    machine.reboot("boot-B", off_for=120)
    state = machine.open(db, meeting_id).state()
    assert state.running
    assert state.meeting_elapsed == pytest.approx(100 + 20 + 120)
    assert state.paused_seconds == pytest.approx(30)


def test_a_change_of_the_system_clock_changes_nothing(
    db: Database, meeting_id: int, machine: Machine, run: MeetingRun
) -> None:
    machine.advance(60)
    before = run.state()
    machine.wall.now += timedelta(hours=1)
    assert run.state() == before
    assert machine.open(db, meeting_id).state() == before
    machine.wall.now -= timedelta(hours=3)
    machine.advance(60)
    state = run.next_item()
    assert state.items_elapsed[0] == pytest.approx(120)
    item = load_meeting(db, meeting_id).items[0]
    assert item.actual_end == START_WALL + timedelta(seconds=120)


def _restart_after(machine: Machine, seconds: float) -> None:
    """The app is closed and opened again in the same boot."""
    machine.advance(seconds)


def _reboot_after(machine: Machine, seconds: float) -> None:
    machine.reboot("boot-B", off_for=seconds)


@pytest.mark.parametrize(
    ("away", "seconds"), [(_restart_after, 600), (_reboot_after, 900)], ids=["restart", "reboot"]
)
def test_a_pause_holds_across_a_restart_or_a_reboot(
    db: Database,
    meeting_id: int,
    machine: Machine,
    away: Callable[[Machine, float], None],
    seconds: float,
    run: MeetingRun,
) -> None:
    machine.advance(40)
    run.pause()
    away(machine, seconds)
    reopened = machine.open(db, meeting_id)
    state = reopened.state()
    assert state.paused
    assert state.meeting_elapsed == pytest.approx(40)
    assert state.pause_elapsed == pytest.approx(seconds)
    reopened.resume()
    machine.advance(5)
    assert reopened.state().meeting_elapsed == pytest.approx(45)


def test_ending_records_actual_times_and_cannot_happen_twice(
    db: Database, meeting_id: int, machine: Machine, run: MeetingRun
) -> None:
    machine.advance(200)
    run.next_item()
    machine.advance(100)
    run.pause()
    machine.advance(50)
    run.resume()
    machine.advance(700)
    state = run.end()
    assert state.ended
    with pytest.raises(ClockError, match="This meeting has already ended."):
        run.end()
    with pytest.raises(ClockError, match="This meeting has already ended."):
        machine.open(db, meeting_id).end()
    with pytest.raises(ClockError, match="The meeting has ended."):
        run.start()
    view = load_meeting(db, meeting_id)
    assert view.status == MeetingStatus.ENDED
    first, second, *unreached = view.items
    assert first.actual_start == START_WALL
    assert first.actual_end == START_WALL + timedelta(seconds=200)
    assert second.actual_start == START_WALL + timedelta(seconds=200)
    assert second.actual_end == START_WALL + timedelta(seconds=1050)
    assert all(item.actual_start is None and item.actual_end is None for item in unreached)
    with db.read() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        assert meeting.ended_at == START_WALL + timedelta(seconds=1050)
    pacing = run.pacing()
    assert [row.reached for row in pacing] == [True, True, False, False, False]
    assert pacing[1].actual_seconds == pytest.approx(800)
    assert run.meeting.status == MeetingStatus.ENDED


def test_the_current_item_has_no_end_until_it_stops(
    db: Database, meeting_id: int, machine: Machine, run: MeetingRun
) -> None:
    machine.advance(60)
    run.next_item()
    machine.advance(60)
    run.previous_item()
    first, second, *_ = load_meeting(db, meeting_id).items
    assert first.actual_start == START_WALL
    assert first.actual_end is None
    assert second.actual_end == START_WALL + timedelta(seconds=120)


def test_running_meetings_are_offered_for_resumption(
    db: Database, meeting_id: int, machine: Machine, new_weekly_meeting: Callable[..., int]
) -> None:
    ended = new_weekly_meeting("Last week", START_WALL)
    new_weekly_meeting("Next week", START_WALL)
    assert running_meetings(db) == []
    machine.open(db, meeting_id).start()
    done = machine.open(db, ended)
    done.start()
    done.end()
    assert [summary.id for summary in running_meetings(db)] == [meeting_id]


def test_rebalance_saves_the_shortened_plan(
    db: Database, meeting_id: int, machine: Machine, run: MeetingRun
) -> None:
    machine.advance(180)
    run.next_item()
    machine.advance(720 + 600)
    plan = run.rebalance()
    assert plan.fits
    planned = [item.planned_seconds for item in load_meeting(db, meeting_id).items]
    assert tuple(planned) == plan.planned
    state = machine.open(db, meeting_id).state()
    assert state.projected_over_cap == pytest.approx(0, abs=1)
    assert run.state().projected_over_cap == pytest.approx(0, abs=1)


def test_toggle_and_refusals_leave_no_event(
    db: Database, meeting_id: int, machine: Machine
) -> None:
    run = machine.open(db, meeting_id)
    with pytest.raises(ClockError, match="not started"):
        run.pause()
    assert run.toggle().running
    assert run.toggle().paused
    with pytest.raises(ClockError, match="first item"):
        run.previous_item()
    with db.read() as session:
        kinds = session.scalars(select(RunEvent.kind).order_by(RunEvent.seq)).all()
    assert kinds == [RunEventKind.START, RunEventKind.PAUSE]


def test_a_cancelled_meeting_cannot_be_run(db: Database, meeting_id: int, machine: Machine) -> None:
    with db.write() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        meeting.status = MeetingStatus.CANCELLED
    with pytest.raises(ClockError, match="cancelled"):
        machine.open(db, meeting_id).start()


def test_an_unknown_meeting_is_reported(db: Database, machine: Machine) -> None:
    with pytest.raises(MeetingNotFound):
        machine.open(db, 999)


def test_the_demo_history_replays(db: Database) -> None:
    load_demo(db, today=START_WALL.date())
    with db.read() as session:
        ended = session.scalars(
            select(Meeting.id).where(Meeting.status == MeetingStatus.ENDED)
        ).all()
    assert ended
    for meeting_id in ended:
        run = MeetingRun.open(db, meeting_id)
        assert run.state().status == RunStatus.ENDED
        assert all(row.reached for row in run.pacing())


def test_the_run_clock_moves_forward_and_the_boot_keeps_its_name() -> None:
    first = run_clock()
    assert run_clock() >= first
    assert boot_id() == boot_id()
    assert boot_id()


KILLED_RUN = textwrap.dedent(
    """
    import sys, time
    from facilitator.record.run import MeetingRun
    from facilitator.storage.database import open_database
    run = MeetingRun.open(open_database(sys.argv[1]), int(sys.argv[2]))
    run.start()
    time.sleep(0.3)
    run.next_item()
    print("pressed", flush=True)
    time.sleep(60)
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_killed_app_resumes_with_its_clock(db: Database, db_path: Path, meeting_id: int) -> None:
    began = run_clock()
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_RUN, str(db_path), str(meeting_id)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])},
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "pressed"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    time.sleep(0.2)
    assert [summary.id for summary in running_meetings(db)] == [meeting_id]
    state = MeetingRun.open(db, meeting_id).state()
    ceiling = run_clock() - began
    assert state.running
    assert state.current_index == 1
    assert 0.5 <= state.meeting_elapsed <= ceiling
    assert state.items_elapsed[0] == pytest.approx(0.3, abs=0.2)
