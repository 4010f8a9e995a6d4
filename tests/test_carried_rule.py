"""One rule for "carried over": the console's carry-over and the minutes agree, in a series
and outside one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest

from facilitator.minutes.snapshot import snapshot_meeting
from facilitator.record.action_items import add_action_item, set_action_status
from facilitator.record.carry_over import carry_over_into
from facilitator.rules.carried_rule import carried_action_items
from facilitator.rules.schedule import create_series
from facilitator.storage.database import Database
from facilitator.storage.models import Meeting
from facilitator.vocabulary import ActionStatus, Frequency, MeetingKind

THURSDAY = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
TODAY = date(2026, 11, 1)
InWeek = Callable[[int, int | None], int]
"""Plans a weekly meeting `weeks` Thursdays on, in a series or none."""


@pytest.fixture
def in_week(new_weekly_meeting: Callable[..., int]) -> InWeek:
    return lambda weeks, series_id: new_weekly_meeting(
        f"Meeting {weeks}", THURSDAY + timedelta(weeks=weeks), series_id=series_id
    )


def _rule(db: Database, meeting_id: int) -> list[str]:
    with db.read() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        return [action.text for action in carried_action_items(session, meeting)]


def _console(db: Database, meeting_id: int) -> list[str]:
    return [action.text for action in carry_over_into(db, meeting_id).action_items]


def _minutes(db: Database, meeting_id: int) -> list[str]:
    return [line.text for line in snapshot_meeting(db, meeting_id, today=TODAY).actions_carried]


def test_outside_a_series_nothing_is_carried_by_the_console_nor_the_minutes(
    in_week: InWeek, db: Database
) -> None:
    first = in_week(0, None)
    add_action_item(db, first, text="Pull job titles", today=TODAY)
    second = in_week(1, None)

    assert _rule(db, second) == []
    assert _console(db, second) == []
    assert _minutes(db, second) == []


def test_in_a_series_console_and_minutes_carry_the_same_items(
    in_week: InWeek, db: Database
) -> None:
    series = create_series(db, "Weekly", MeetingKind.WEEKLY, Frequency.WEEKLY)
    other_series = create_series(db, "Campaigns", MeetingKind.CAMPAIGN, Frequency.MONTHLY)
    first = in_week(0, series)
    add_action_item(db, first, text="Still open", today=TODAY)
    done = add_action_item(db, first, text="Done there", today=TODAY)
    set_action_status(db, done, ActionStatus.DONE, first)
    elsewhere = in_week(0, other_series)
    add_action_item(db, elsewhere, text="Other series", today=TODAY)
    loose = in_week(0, None)
    add_action_item(db, loose, text="No series", today=TODAY)
    second = in_week(1, series)

    assert _rule(db, second) == ["Still open"]
    assert _console(db, second) == ["Still open"]
    assert _minutes(db, second) == ["Still open"]


def test_an_item_closed_at_the_meeting_came_back_there_and_prints_as_closed(
    in_week: InWeek, db: Database
) -> None:
    series = create_series(db, "Weekly", MeetingKind.WEEKLY, Frequency.WEEKLY)
    first = in_week(0, series)
    ticked = add_action_item(db, first, text="Ticked next week", today=TODAY)
    second = in_week(1, series)
    set_action_status(db, ticked, ActionStatus.DONE, second)

    assert _rule(db, second) == ["Ticked next week"]
    assert _console(db, second) == ["Ticked next week"]
    assert _minutes(db, second) == []
    closed = snapshot_meeting(db, second, today=TODAY).actions_closed
    assert [line.text for line in closed] == ["Ticked next week"]
    third = in_week(2, series)
    assert _rule(db, third) == []
    assert _minutes(db, third) == []
