"""A meeting run on another day than planned is dated by its run (issue #12, point 3)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from fake_time import TODAY_NOON, FakeClock, FakeWall

from facilitator.minutes.snapshot import snapshot_meeting
from facilitator.record.action_items import add_action_item
from facilitator.record.disputes import open_dispute
from facilitator.record.meetings import (
    MeetingLocked,
    MeetingNotFound,
    list_meetings,
    load_meeting,
    move_meeting_to,
)
from facilitator.record.next_meeting import create_next_meeting
from facilitator.record.run import MeetingRun
from facilitator.record.templates import builtin_template
from facilitator.rules.clock import ClockError, ago_text, until_text
from facilitator.rules.schedule import (
    MOVE_AFTER,
    create_series,
    move_question,
    needs_move,
    next_meeting_date,
)
from facilitator.storage.database import Database
from facilitator.storage.models import Meeting
from facilitator.vocabulary import (
    DisputeCategory,
    Frequency,
    MeetingKind,
    MeetingStatus,
    Team,
)

THURSDAY = datetime(2026, 11, 19, 16, 30, tzinfo=UTC)
"""The planned day of the late meeting: four days before the suite's Monday."""
LOCAL_NOON = TODAY_NOON.astimezone()


def _run(db: Database, meeting_id: int) -> MeetingRun:
    return MeetingRun.open(db, meeting_id, time_source=FakeClock(), boot=lambda: "boot")


# --- the rule -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "scheduled",
    [
        LOCAL_NOON.replace(hour=0, minute=5),
        LOCAL_NOON.replace(hour=23, minute=55),
        TODAY_NOON + MOVE_AFTER,
        TODAY_NOON - MOVE_AFTER,
    ],
    ids=["early-same-day", "late-same-day", "a-few-hours-ahead", "a-few-hours-ago"],
)
def test_a_start_on_the_day_or_within_a_few_hours_keeps_the_plan(scheduled: datetime) -> None:
    assert not needs_move(scheduled, TODAY_NOON)


def test_an_evening_meeting_running_past_midnight_keeps_its_day() -> None:
    evening = LOCAL_NOON.replace(hour=23, minute=0)
    assert not needs_move(evening, evening + timedelta(hours=2))


@pytest.mark.parametrize("days", [-7, -1, 1, 4])
def test_a_start_on_another_day_asks_to_move(days: int) -> None:
    scheduled = TODAY_NOON + timedelta(days=days)
    assert needs_move(scheduled, TODAY_NOON)


def test_the_question_names_both_days() -> None:
    at = THURSDAY.astimezone()
    today = LOCAL_NOON
    text = move_question(THURSDAY, TODAY_NOON)
    assert text.startswith(
        f"Scheduled for {at:%a} {at.day} {at:%b} at {at:%H:%M}; start it now and move it to "
        f"today, {today:%a} {today.day} {today:%b}?"
    )


# --- the words of the countdown and the reminder --------------------------------------------


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (300, "5:00"),
        (0.5, "0:01"),
        (99 * 60 + 59, "99:59"),
        (100 * 60, "1 h 40 min"),
        (2 * 3600 + 5 * 60 + 59, "2 h 5 min"),
        (3 * 3600, "3 h"),
        (86400 + 3 * 3600 + 1800, "1 day 3 h"),
        (10120 * 60 + 32, "7 days"),
        (30 * 86400 + 4 * 3600, "30 days 4 h"),
    ],
)
def test_the_time_to_the_start_speaks_in_days_and_hours_beyond_99_minutes(
    seconds: float, text: str
) -> None:
    assert until_text(seconds) == text


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (20, "less than a minute ago"),
        (120, "2 min ago"),
        (99 * 60, "99 min ago"),
        (2 * 3600 + 300, "2 h 5 min ago"),
        (3 * 86400, "3 days ago"),
        (86400 + 7200, "1 day 2 h ago"),
    ],
)
def test_the_time_since_speaks_the_same_way(seconds: float, text: str) -> None:
    assert ago_text(seconds) == text


# --- moving ---------------------------------------------------------------------------------


def test_a_start_that_moves_dates_the_meeting_by_its_start(
    db: Database, new_weekly_meeting, wall: FakeWall
) -> None:
    wall.now = TODAY_NOON + timedelta(seconds=42, microseconds=7)
    meeting_id = new_weekly_meeting(scheduled_at=THURSDAY)
    run = _run(db, meeting_id)
    run.start(move_to_today=True)
    meeting = load_meeting(db, meeting_id)
    assert meeting.status is MeetingStatus.RUNNING
    assert meeting.scheduled_at == TODAY_NOON
    with db.read() as session:
        stored = session.get(Meeting, meeting_id)
        assert stored is not None
        assert stored.started_at == wall.now


def test_a_start_without_moving_keeps_the_plan(db: Database, new_weekly_meeting) -> None:
    meeting_id = new_weekly_meeting(scheduled_at=THURSDAY)
    _run(db, meeting_id).start()
    assert load_meeting(db, meeting_id).scheduled_at == THURSDAY


def test_a_refused_start_moves_nothing(db: Database, new_weekly_meeting) -> None:
    meeting_id = new_weekly_meeting(scheduled_at=THURSDAY)
    other_window = _run(db, meeting_id)
    _run(db, meeting_id).start()
    with pytest.raises(ClockError):
        other_window.start(move_to_today=True)
    assert load_meeting(db, meeting_id).scheduled_at == THURSDAY


def test_moving_a_meeting_keeps_its_minute(db: Database, new_weekly_meeting) -> None:
    meeting_id = new_weekly_meeting(scheduled_at=THURSDAY)
    move_meeting_to(db, meeting_id, TODAY_NOON + timedelta(minutes=3, seconds=59))
    assert load_meeting(db, meeting_id).scheduled_at == TODAY_NOON + timedelta(minutes=3)


def test_an_ended_meeting_keeps_its_date(db: Database, new_weekly_meeting) -> None:
    meeting_id = new_weekly_meeting(scheduled_at=THURSDAY)
    with db.write() as session:
        stored = session.get(Meeting, meeting_id)
        assert stored is not None
        stored.status = MeetingStatus.ENDED
    with pytest.raises(MeetingLocked):
        move_meeting_to(db, meeting_id, TODAY_NOON)
    with pytest.raises(MeetingNotFound):
        move_meeting_to(db, meeting_id + 1, TODAY_NOON)
    assert load_meeting(db, meeting_id).scheduled_at == THURSDAY


def test_the_moved_meeting_carries_its_run_date_everywhere(db: Database) -> None:
    """List, minutes date, "raised on", overdue as of the meeting and the series' next date."""
    series = create_series(db, "Weekly", MeetingKind.WEEKLY, Frequency.WEEKLY)
    plan = builtin_template("weekly").plan
    first = create_next_meeting(
        db, plan, title="Weekly 1", scheduled_at=THURSDAY - timedelta(weeks=1), series_id=series
    ).meeting_id
    add_action_item(
        db, first, text="Fix UTM tags", due_date=date(2026, 11, 20), today=date(2026, 11, 12)
    )
    with db.write() as session:
        stored = session.get(Meeting, first)
        assert stored is not None
        stored.status = MeetingStatus.ENDED
    late = create_next_meeting(
        db, plan, title="Weekly 2", scheduled_at=THURSDAY, series_id=series
    ).meeting_id
    before = snapshot_meeting(db, late)
    assert [line.overdue for line in before.actions_carried] == [False]

    _run(db, late).start(move_to_today=True)
    open_dispute(
        db,
        late,
        title="MQL threshold",
        category=DisputeCategory.MQL_DEFINITION,
        raised_by_team=Team.SALES,
    )

    today = LOCAL_NOON.date()
    listed = {summary.id: summary for summary in list_meetings(db)}
    assert listed[late].scheduled_at.astimezone().date() == today
    minutes = snapshot_meeting(db, late)
    assert minutes.meeting_date == today
    assert [line.raised_on for line in minutes.disputes] == [today]
    assert [line.overdue for line in minutes.actions_carried] == [True]
    following = next_meeting_date(db, series)
    assert following is not None
    assert following.astimezone().date() == today + timedelta(weeks=1)
    assert following.astimezone().time() == LOCAL_NOON.time()
