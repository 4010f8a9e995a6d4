"""Action items: quick capture with sensible defaults, closing and reopening, and no deletion of
history."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from facilitator.record.action_items import (
    KEEP,
    ActionItemNotFound,
    ActionItemRefused,
    action_items_of,
    add_action_item,
    count_overdue,
    default_due_date,
    delete_action_item,
    edit_action_item,
    get_action_item,
    list_action_items,
    set_action_status,
)
from facilitator.record.meetings import create_meeting
from facilitator.record.people import PersonInput, add_person
from facilitator.record.templates import builtin_template
from facilitator.rules.schedule import create_series
from facilitator.storage.database import Database
from facilitator.storage.models import Meeting
from facilitator.vocabulary import ActionStatus, Frequency, MeetingKind, MeetingStatus, Team

# Noon UTC keeps the local date the same in every zone the tests may run in.
THURSDAY = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
TODAY = date(2026, 11, 20)
CLOSED_AT = datetime(2026, 12, 3, 13, 0, tzinfo=UTC)


def _meeting(db: Database, weeks: int = 0, series_id: int | None = None) -> int:
    return create_meeting(
        db,
        builtin_template("weekly").plan,
        title=f"Weekly {weeks}",
        scheduled_at=THURSDAY + timedelta(weeks=weeks),
        series_id=series_id,
    )


def _weekly_series(db: Database) -> int:
    return create_series(db, "Weekly", MeetingKind.WEEKLY, Frequency.WEEKLY)


def _set_status(db: Database, meeting_id: int, status: MeetingStatus) -> None:
    with db.write() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        meeting.status = status


def _add(db: Database, meeting_id: int, text: str = "Share the webinar list", **kw: object) -> int:
    return add_action_item(db, meeting_id, text=text, today=TODAY, **kw)  # type: ignore[arg-type]


def test_the_due_date_defaults_to_the_next_planned_meeting_of_the_series(db: Database) -> None:
    series = _weekly_series(db)
    first = _meeting(db, 0, series)
    _meeting(db, 2, series)
    action_id = _add(db, first)
    assert get_action_item(db, action_id).due_date == date(2026, 12, 10)


def test_without_a_next_meeting_the_series_rhythm_gives_the_due_date(db: Database) -> None:
    series = create_series(db, "Monthly", MeetingKind.MANAGEMENT, Frequency.MONTHLY)
    meeting_id = _meeting(db, 0, series)
    assert default_due_date(db, meeting_id) == date(2026, 12, 26)
    assert get_action_item(db, _add(db, meeting_id)).due_date == date(2026, 12, 26)


def test_outside_a_series_the_due_date_is_a_week_later(db: Database) -> None:
    assert get_action_item(db, _add(db, _meeting(db))).due_date == date(2026, 12, 3)


def test_a_due_date_in_the_past_is_refused(db: Database) -> None:
    with pytest.raises(ActionItemRefused) as refusal:
        _add(db, _meeting(db), due_date=date(2026, 11, 1))
    assert str(refusal.value) == "The due date 2026-11-01 is in the past."
    assert list_action_items(db) == []


def test_today_is_a_valid_due_date(db: Database) -> None:
    assert get_action_item(db, _add(db, _meeting(db), due_date=TODAY)).due_date == TODAY


@pytest.mark.parametrize("text", ["", "   ", "\n"])
def test_an_empty_action_item_is_refused(db: Database, text: str) -> None:
    with pytest.raises(ActionItemRefused, match="needs some text"):
        _add(db, _meeting(db), text=text)


def test_the_team_defaults_to_the_owners(db: Database) -> None:
    mei = add_person(db, PersonInput("Mei Chen 陈美", "mei@example.com", Team.MARKETING))
    meeting_id = _meeting(db)
    view = get_action_item(db, _add(db, meeting_id, owner_id=mei))
    assert (view.owner_name, view.team) == ("Mei Chen 陈美", Team.MARKETING)
    other = get_action_item(db, _add(db, meeting_id, owner_id=mei, team=Team.PRODUCT))
    assert other.team is Team.PRODUCT
    with pytest.raises(ActionItemRefused, match="no person 99"):
        _add(db, meeting_id, owner_id=99)


def test_closing_records_the_meeting_and_reopening_clears_it(db: Database) -> None:
    made, closed = _meeting(db), _meeting(db, 1)
    action_id = _add(db, made)
    set_action_status(db, action_id, ActionStatus.DONE, closed, now=lambda: CLOSED_AT)
    view = get_action_item(db, action_id)
    assert (view.status, view.closed_meeting_id, view.closed_at) == (
        ActionStatus.DONE,
        closed,
        CLOSED_AT,
    )
    set_action_status(db, action_id, ActionStatus.OPEN, closed)
    view = get_action_item(db, action_id)
    assert (view.status, view.closed_meeting_id, view.closed_at) == (ActionStatus.OPEN, None, None)
    set_action_status(db, action_id, ActionStatus.DROPPED)
    view = get_action_item(db, action_id)
    assert (view.status, view.closed_meeting_id) == (ActionStatus.DROPPED, None)
    assert view.closed_at is not None


def test_an_item_is_deleted_only_while_its_meeting_has_not_ended(db: Database) -> None:
    meeting_id = _meeting(db)
    typo = _add(db, meeting_id, text="typo")
    kept = _add(db, meeting_id)
    delete_action_item(db, typo)
    with pytest.raises(ActionItemNotFound):
        get_action_item(db, typo)
    _set_status(db, meeting_id, MeetingStatus.ENDED)
    with pytest.raises(ActionItemRefused, match="close or drop it instead"):
        delete_action_item(db, kept)
    set_action_status(db, kept, ActionStatus.DROPPED, meeting_id)
    assert get_action_item(db, kept).status is ActionStatus.DROPPED


def test_editing_changes_only_what_is_given(db: Database) -> None:
    hannah = add_person(db, PersonInput("Hannah", "hannah@example.com", Team.SALES))
    action_id = _add(db, _meeting(db), owner_id=hannah)
    edit_action_item(db, action_id, text="Export closed-won deals ✅", today=TODAY)
    view = get_action_item(db, action_id)
    assert (view.text, view.owner_id, view.team) == (
        "Export closed-won deals ✅",
        hannah,
        Team.SALES,
    )
    edit_action_item(
        db, action_id, owner_id=None, team=KEEP, due_date=date(2027, 1, 4), today=TODAY
    )
    view = get_action_item(db, action_id)
    assert (view.owner_id, view.team, view.due_date) == (None, Team.SALES, date(2027, 1, 4))
    with pytest.raises(ActionItemRefused, match="in the past"):
        edit_action_item(db, action_id, due_date=date(2026, 1, 1), today=TODAY)
    with pytest.raises(ActionItemRefused):
        edit_action_item(db, action_id, text=" ")


def test_the_view_across_meetings_filters_and_marks_overdue_ones(db: Database) -> None:
    mei = add_person(db, PersonInput("Mei", "mei@example.com", Team.MARKETING))
    liam = add_person(db, PersonInput("Liam", "liam@example.com", Team.SALES))
    first, second = _meeting(db), _meeting(db, 1)
    late = _add(db, first, owner_id=mei, due_date=date(2026, 11, 27))
    done = _add(db, first, owner_id=liam, due_date=date(2026, 11, 27))
    later = _add(db, second, owner_id=mei, due_date=date(2026, 12, 31))
    set_action_status(db, done, ActionStatus.DONE, second)

    def ids(**filters: object) -> list[int]:
        views = list_action_items(db, today=date(2026, 12, 1), **filters)  # type: ignore[arg-type]
        return [view.id for view in views]

    assert ids() == [late, later, done]
    assert ids(owner_id=mei) == [late, later]
    assert ids(team=Team.SALES) == [done]
    assert ids(status=ActionStatus.OPEN, team=Team.MARKETING) == [late, later]
    overdue = {v.id: v.overdue for v in list_action_items(db, today=date(2026, 12, 1))}
    assert overdue == {late: True, later: False, done: False}
    counted = [count_overdue(db, today=day) for day in (date(2026, 11, 27), date(2026, 12, 1))]
    assert counted == [0, 1]  # due today is not overdue; a closed item never is
    assert count_overdue(db, today=date(2027, 1, 1)) == 2
    assert {view.id for view in action_items_of(db, second)} == {done, later}
