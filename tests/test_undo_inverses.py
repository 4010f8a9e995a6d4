"""The core's inverses that the app's undo calls: each puts the record back exactly as it was."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from engine_marks import sqlite_only

from facilitator.measures.metrics import (
    MetricRefused,
    create_goal,
    edit_goal,
    goal_state,
    list_goals,
    restore_goal,
    set_active,
    set_target,
    set_value,
)
from facilitator.record.action_items import (
    ActionItemNotFound,
    ActionItemRefused,
    action_item_state,
    add_action_item,
    delete_action_item,
    get_action_item,
    restore_action_item,
    set_action_status,
)
from facilitator.record.attendance import (
    attendance_of,
    invite,
    mark,
    restore_attendance,
    statuses_of,
    uninvite,
)
from facilitator.record.disputes import (
    DisputeNotFound,
    dispute_history,
    dispute_state,
    get_dispute,
    open_dispute,
    restore_dispute,
    set_dispute_status,
    update_dispute,
)
from facilitator.record.people import (
    PersonInput,
    PersonRefused,
    add_guest,
    add_person,
    delete_person,
    edit_person,
    get_person,
    list_people,
    person_state,
    restore_guest,
    restore_person,
    withdraw_guest,
)
from facilitator.storage.database import Database
from facilitator.vocabulary import (
    ActionStatus,
    AttendanceStatus,
    Direction,
    DisputeCategory,
    DisputeStatus,
    GoalUnit,
    Period,
    Team,
)

ANA = PersonInput("Ana Marketer", "ana@example.com", Team.MARKETING, "Campaign manager")
DAY = date(2026, 11, 23)


def test_a_deleted_person_comes_back_with_their_old_id(db: Database) -> None:
    ana = add_person(db, ANA)
    saved = person_state(db, ana)
    before = get_person(db, ana)
    delete_person(db, ana)
    assert list_people(db, include_inactive=True) == []

    restore_person(db, saved)
    assert get_person(db, ana) == before


def test_a_taken_email_refuses_the_restore(db: Database) -> None:
    ana = add_person(db, ANA)
    saved = person_state(db, ana)
    add_person(db, PersonInput("Bo Seller", "bo@example.com", Team.SALES))
    delete_person(db, ana)
    edit_person(db, ana + 1, PersonInput("Bo Seller", "ana@example.com", Team.SALES))
    with pytest.raises(PersonRefused, match="already has the email address ana@example.com"):
        restore_person(db, saved)
    assert [person.name for person in list_people(db)] == ["Bo Seller"]


@sqlite_only("SQLite gives a deleted row's id again; a PostgreSQL sequence never does")
def test_a_person_is_not_put_back_over_someone_who_took_their_id(db: Database) -> None:
    ana = add_person(db, ANA)
    saved = person_state(db, ana)
    delete_person(db, ana)
    other = add_person(db, PersonInput("Another Ana", "other@example.com", Team.OTHER))
    assert other == ana  # SQLite gives the highest free id again
    with pytest.raises(PersonRefused, match="their place was taken"):
        restore_person(db, saved)
    assert [person.name for person in list_people(db)] == ["Another Ana"]


def test_a_guest_is_withdrawn_and_brought_back_present(db: Database, meeting_id: int) -> None:
    kim = add_guest(db, meeting_id, "Kim Visitor", Team.PRODUCT)
    saved = person_state(db, kim)
    withdraw_guest(db, meeting_id, kim)
    assert attendance_of(db, meeting_id) == []
    assert list_people(db, include_inactive=True) == []

    restore_guest(db, meeting_id, saved, AttendanceStatus.PRESENT)
    [back] = attendance_of(db, meeting_id)
    assert (back.person_id, back.name, back.guest, back.status) == (
        kim,
        "Kim Visitor",
        True,
        AttendanceStatus.PRESENT,
    )


def test_a_guest_named_elsewhere_in_the_records_is_not_withdrawn(
    db: Database, meeting_id: int
) -> None:
    kim = add_guest(db, meeting_id, "Kim Visitor", Team.PRODUCT)
    add_action_item(db, meeting_id, text="Send Kim the deck", owner_id=kim)
    with pytest.raises(PersonRefused, match="owns an action item"):
        withdraw_guest(db, meeting_id, kim)
    assert [view.person_id for view in attendance_of(db, meeting_id)] == [kim]


def test_invite_mark_and_uninvite_are_each_put_back(db: Database, meeting_id: int) -> None:
    ana = add_person(db, ANA)
    bo = add_person(db, PersonInput("Bo Seller", "bo@example.com", Team.SALES))
    before_invite = statuses_of(db, meeting_id, [ana, bo])
    assert before_invite == {ana: None, bo: None}
    invite(db, meeting_id, [ana, bo])
    before_mark = statuses_of(db, meeting_id, [ana, bo])
    mark(db, meeting_id, ana, AttendanceStatus.PRESENT)
    mark(db, meeting_id, bo, AttendanceStatus.LATE)

    restore_attendance(db, meeting_id, before_mark)
    assert statuses_of(db, meeting_id, [ana, bo]) == {
        ana: AttendanceStatus.INVITED,
        bo: AttendanceStatus.INVITED,
    }
    before_uninvite = statuses_of(db, meeting_id, [bo])
    uninvite(db, meeting_id, bo)
    restore_attendance(db, meeting_id, before_uninvite)
    assert statuses_of(db, meeting_id, [bo]) == {bo: AttendanceStatus.INVITED}

    mark(db, meeting_id, ana, AttendanceStatus.ABSENT)
    restore_attendance(db, meeting_id, before_invite)  # even a marked person leaves the list
    assert attendance_of(db, meeting_id) == []


def test_a_status_change_at_a_meeting_is_taken_back_with_its_link(
    db: Database, new_weekly_meeting
) -> None:
    raised_at = new_weekly_meeting("Weekly 1", datetime(2026, 11, 23, 15, 0, tzinfo=UTC))
    settled_at = new_weekly_meeting("Weekly 2", datetime(2026, 11, 30, 15, 0, tzinfo=UTC))
    dispute = open_dispute(
        db,
        raised_at,
        title="Webinar leads are students",
        category=DisputeCategory.LEAD_QUALITY,
        raised_by_team=Team.SALES,
    )
    before = get_dispute(db, dispute)
    history = dispute_history(db, dispute)
    saved = dispute_state(db, dispute)
    update_dispute(db, dispute, sales_position="They never buy", title="Students")
    set_dispute_status(
        db, dispute, DisputeStatus.RESOLVED, settled_at, resolution="Filter them out"
    )
    assert get_dispute(db, dispute).meeting_count == 2

    restore_dispute(db, dispute, saved)
    assert get_dispute(db, dispute) == before
    assert dispute_history(db, dispute) == history


def test_a_dispute_just_opened_is_removed_and_comes_back_under_its_id(
    db: Database, meeting_id: int
) -> None:
    dispute = open_dispute(
        db,
        meeting_id,
        title="Who owns the trial users",
        category=DisputeCategory.OTHER,
        raised_by_team=Team.MARKETING,
    )
    saved = dispute_state(db, dispute)
    before = get_dispute(db, dispute)
    restore_dispute(db, dispute, None)
    with pytest.raises(DisputeNotFound):
        get_dispute(db, dispute)

    restore_dispute(db, dispute, saved)
    assert get_dispute(db, dispute) == before


def test_an_action_item_comes_back_after_a_delete_or_a_status_change(
    db: Database, meeting_id: int
) -> None:
    item = add_action_item(db, meeting_id, text="Fix the UTM tags")
    saved = action_item_state(db, item)
    before = get_action_item(db, item)
    set_action_status(db, item, ActionStatus.DONE)
    restore_action_item(db, item, saved)
    assert get_action_item(db, item) == before

    delete_action_item(db, item)
    restore_action_item(db, item, saved)
    assert get_action_item(db, item) == before

    restore_action_item(db, item, None)
    with pytest.raises(ActionItemNotFound):
        get_action_item(db, item)


def _goal(db: Database) -> int:
    return create_goal(
        db,
        name="Demos booked",
        team=Team.SALES,
        unit=GoalUnit.COUNT,
        direction=Direction.HIGHER_IS_BETTER,
        period=Period.WEEK,
        target=10,
        effective_from=DAY,
    )


def test_a_goal_edit_a_new_target_and_a_deactivation_are_taken_back(db: Database) -> None:
    goal = _goal(db)
    saved = goal_state(db, goal)
    [before] = list_goals(db)
    edit_goal(
        db,
        goal,
        name="Demos held",
        team=None,
        direction=Direction.LOWER_IS_BETTER,
        period=Period.MONTH,
    )
    set_target(db, goal, 12, date(2026, 12, 1))
    set_target(db, goal, 9, DAY)
    set_active(db, goal, False)

    restore_goal(db, goal, saved)
    assert list_goals(db) == [before]


def test_a_new_goal_is_removed_unless_values_were_recorded_against_it(
    db: Database, meeting_id: int
) -> None:
    goal = _goal(db)
    saved = goal_state(db, goal)
    restore_goal(db, goal, None)
    assert list_goals(db, include_inactive=True) == []

    restore_goal(db, goal, saved)
    [back] = list_goals(db)
    assert (back.id, back.name, back.history[0].target) == (goal, "Demos booked", 10)

    set_value(db, meeting_id, goal, 7)
    with pytest.raises(MetricRefused, match="has recorded values"):
        restore_goal(db, goal, None)
    assert [g.id for g in list_goals(db)] == [goal]


@sqlite_only("SQLite gives a deleted row's id again; a PostgreSQL sequence never does")
def test_an_item_is_not_put_back_over_another_that_took_its_id(
    db: Database, meeting_id: int
) -> None:
    item = add_action_item(db, meeting_id, text="Fix the UTM tags")
    saved = action_item_state(db, item)
    restore_action_item(db, item, None)
    assert add_action_item(db, meeting_id, text="Book the venue") == item
    with pytest.raises(ActionItemRefused, match="its place was taken"):
        restore_action_item(db, item, saved)
    assert get_action_item(db, item).text == "Book the venue"
