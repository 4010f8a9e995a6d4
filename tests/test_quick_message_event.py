"""A quick message shown to the room is a run event (issue #19 point 3): kept with the clock's
presses, before the start too, by its place among the presets, while every figure of the clock
stays as it was; the run, a reopened run, the floor time, the exchange format and the offline
journal all carry it."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from clock_driver import WEEKLY, WEEKLY_CAP
from fake_time import FakeClock, Machine
from sqlalchemy import select

from facilitator.formats.exchange import export_meeting, import_meeting
from facilitator.neutrality.floor_time import item_seconds
from facilitator.record.meetings import load_meeting
from facilitator.record.run import MeetingRun
from facilitator.rules.clock import ClockError, ClockEvent, MeetingClock
from facilitator.storage.database import Database
from facilitator.storage.journal import Journal
from facilitator.storage.models import Meeting, RunEvent
from facilitator.team.journaled_run import JournaledRun
from facilitator.team.offline import Journaling
from facilitator.vocabulary import RunEventKind

START_WALL = datetime(2026, 11, 23, 16, 35, tzinfo=UTC)
SCHEMA_PATH = Path(__file__).parents[1] / "docs" / "exchange.schema.json"
K = RunEventKind
PRESSES = [
    ClockEvent(K.START, 100.0),
    ClockEvent(K.EXTEND, 150.0, 60),
    ClockEvent(K.NEXT, 400.0),
    ClockEvent(K.PAUSE, 500.0),
    ClockEvent(K.RESUME, 560.0),
    ClockEvent(K.JUMP, 700.0, 3),
]


def _with_messages() -> list[ClockEvent]:
    """The presses with a message before the start, between presses, during the pause and
    one whose instant is earlier than the press before it."""
    events = [ClockEvent(K.MESSAGE, 40.0, 0)]
    for press in PRESSES:
        events.append(press)
        events.append(ClockEvent(K.MESSAGE, press.at + 7.5, 1))
    events.insert(6, ClockEvent(K.MESSAGE, 90.0, 2))  # before the EXTEND's instant: clamped
    return events


# --- the clock, without Qt or a database ---------------------------------------------------


def test_the_clocks_figures_are_the_same_with_and_without_messages() -> None:
    plain = MeetingClock(WEEKLY, WEEKLY_CAP, PRESSES)
    told = MeetingClock(WEEKLY, WEEKLY_CAP, _with_messages())
    assert [e.kind for e in told.events].count(K.MESSAGE) == 8
    for now in (0.0, 99.0, 120.0, 407.5, 530.0, 567.5, 707.5, 2000.0, 5000.0):
        assert told.state(now) == plain.state(now)
        assert told.pacing(now) == plain.pacing(now)
    assert told.windows() == plain.windows()
    assert (told.started_at, told.last_press_at) == (plain.started_at, plain.last_press_at)
    assert told.rebalance(800.0) == plain.rebalance(800.0)


def test_a_message_is_kept_before_the_start_and_refused_after_the_end() -> None:
    clock = MeetingClock(WEEKLY, WEEKLY_CAP)
    event = clock.message(5.0, 2)
    assert event == ClockEvent(K.MESSAGE, 5.0, 2)
    clock = clock.apply(event)
    assert not clock.state(10.0).started and clock.last_press_at is None
    clock = clock.apply(clock.start(20.0))
    clock = clock.apply(clock.message(10.0, 1))  # an instant before the start counts as it
    assert clock.events[-1].at == 20.0
    clock = clock.apply(clock.end(30.0))
    with pytest.raises(ClockError, match="has ended"):
        clock.message(40.0, 0)
    with pytest.raises(ClockError, match="named by its place"):
        MeetingClock(WEEKLY, WEEKLY_CAP).message(1.0, -1)


# --- the run, against the database ---------------------------------------------------------


class Boot(Machine):
    def __init__(self) -> None:
        super().__init__(5000.0, START_WALL)

    def open(self, db: Database, meeting_id: int) -> MeetingRun:
        return MeetingRun.open(
            db, meeting_id, time_source=self.time, wall=self.wall, boot=lambda: "boot-A"
        )


@pytest.fixture
def meeting_id(new_weekly_meeting: Callable[..., int]) -> int:
    return new_weekly_meeting(scheduled_at=START_WALL)


def _stored(db: Database, meeting_id: int) -> list[tuple[RunEventKind, int]]:
    with db.read() as session:
        rows = session.scalars(
            select(RunEvent).where(RunEvent.meeting_id == meeting_id).order_by(RunEvent.seq)
        )
        return [(row.kind, row.seconds) for row in rows]


def _started(db: Database, meeting_id: int) -> datetime | None:
    with db.read() as session:
        return session.get(Meeting, meeting_id).started_at


def _ran_with_messages(db: Database, meeting_id: int, machine: Boot) -> MeetingRun:
    run = machine.open(db, meeting_id)
    run.message(0)
    machine.advance(90)
    run.start()
    machine.advance(100)
    run.message(1)
    machine.advance(50)
    run.next_item()
    machine.advance(30)
    run.message(2)
    machine.advance(10)
    return run


def test_the_run_stores_messages_and_its_start_is_the_start_press(
    db: Database, meeting_id: int
) -> None:
    machine = Boot()
    run = _ran_with_messages(db, meeting_id, machine)
    assert _stored(db, meeting_id) == [
        (K.MESSAGE, 0), (K.START, 0), (K.MESSAGE, 1), (K.NEXT, 0), (K.MESSAGE, 2),
    ]
    assert _started(db, meeting_id) == START_WALL + timedelta(seconds=90)  # not the message's
    meeting = load_meeting(db, meeting_id)
    assert meeting.items[0].actual_start == START_WALL + timedelta(seconds=90)
    assert meeting.items[0].actual_end == START_WALL + timedelta(seconds=240)
    state = run.state()
    assert state.items_elapsed[:2] == pytest.approx((150, 40))
    reopened = machine.open(db, meeting_id).state()
    assert reopened.items_elapsed == pytest.approx(state.items_elapsed)
    run.end()
    with pytest.raises(ClockError, match="has ended"):
        run.message(1)
    assert _stored(db, meeting_id)[-1] == (K.END, 0)


def test_the_floor_time_of_a_running_meeting_leaves_messages_out(
    db: Database, meeting_id: int
) -> None:
    _ran_with_messages(db, meeting_id, Boot())
    with db.read() as session:
        meeting = session.get(Meeting, meeting_id)
        rows = list(meeting.run_events)
        spent = item_seconds(meeting, rows)
        presses = item_seconds(meeting, [row for row in rows if row.kind != K.MESSAGE])
    assert spent == presses == [150, 0, None, None, None]


def test_messages_travel_in_the_exchange_format(db: Database, meeting_id: int) -> None:
    machine = Boot()
    run = _ran_with_messages(db, meeting_id, machine)
    run.end()
    doc = export_meeting(db, meeting_id)
    assert [(e["kind"], e["seconds"]) for e in doc["run_events"]] == [
        ("message", 0), ("start", 0), ("message", 1), ("next", 0), ("message", 2), ("end", 0),
    ]
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert "message" in schema["$defs"]["run_event"]["properties"]["kind"]["enum"]
    copy = import_meeting(db, json.loads(json.dumps(doc)))
    assert _stored(db, copy) == _stored(db, meeting_id)
    assert _started(db, copy) == START_WALL + timedelta(seconds=90)
    assert machine.open(db, copy).state().items_elapsed == pytest.approx(
        run.state().items_elapsed
    )


def test_a_message_shown_while_the_server_is_away_is_kept_and_sent_later(
    db: Database, meeting_id: int, tmp_path: Path
) -> None:
    clock = FakeClock()
    journaling = Journaling(db, Journal(tmp_path / "journal.sqlite"))
    run = JournaledRun.open_journaled(journaling, meeting_id, time_source=clock)
    run.start()
    journaling.went_offline()
    clock.advance(60)
    run.message(1)
    assert run.clock.events[-1].kind == K.MESSAGE
    assert _stored(db, meeting_id) == [(K.START, 0)]
    assert journaling.send().summary() == "1 clock press"
    assert _stored(db, meeting_id) == [(K.START, 0), (K.MESSAGE, 1)]
