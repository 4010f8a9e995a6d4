"""Meetings made from templates: created, listed, reopened, and re-planned within the rules."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from facilitator.record.meetings import (
    MeetingLocked,
    MeetingNotFound,
    create_meeting,
    list_meetings,
    load_meeting,
    replace_agenda,
    update_meeting,
)
from facilitator.record.templates import builtin_template
from facilitator.rules.agenda import PlanRefused
from facilitator.storage.models import Meeting, Person
from facilitator.vocabulary import MeetingStatus, Team

FRIDAY = datetime(2026, 11, 27, 15, 30, tzinfo=UTC)


def test_a_weekly_meeting_made_from_its_template_keeps_the_agenda(db):
    plan = builtin_template("weekly").plan
    meeting_id = create_meeting(db, plan, title="Weekly smarketing", scheduled_at=FRIDAY)
    view = load_meeting(db, meeting_id)
    assert [item.title for item in view.items] == [item.title for item in plan.items]
    assert view.planned_seconds == 35 * 60
    assert view.cap_seconds == 40 * 60
    assert view.scheduled_at == FRIDAY
    assert view.status is MeetingStatus.PLANNED


def test_meetings_are_listed_newest_first(db):
    plan = builtin_template("weekly").plan
    older = create_meeting(db, plan, title="Older", scheduled_at=FRIDAY - timedelta(days=7))
    newer = create_meeting(db, plan, title="Newer", scheduled_at=FRIDAY)
    assert [m.id for m in list_meetings(db)] == [newer, older]


def test_an_unknown_meeting_is_named_in_the_error(db):
    with pytest.raises(MeetingNotFound, match="no meeting 42"):
        load_meeting(db, 42)


def test_an_empty_title_is_refused_and_nothing_is_written(db):
    with pytest.raises(ValueError, match="needs a title"):
        create_meeting(db, builtin_template("weekly").plan, title="  ", scheduled_at=FRIDAY)
    assert list_meetings(db) == []


def test_a_plan_over_its_cap_is_refused_on_save(db):
    plan = builtin_template("weekly").plan
    meeting_id = create_meeting(db, plan, title="Weekly", scheduled_at=FRIDAY)
    longer = replace(plan.items[1], planned_seconds=20 * 60)
    over = replace(plan, items=(plan.items[0], longer, *plan.items[2:]))
    with pytest.raises(PlanRefused) as refusal:
        replace_agenda(db, meeting_id, over)
    assert "over" in str(refusal.value)
    assert load_meeting(db, meeting_id).planned_seconds == 35 * 60


def test_a_presenter_from_the_wrong_team_is_refused(db):
    with db.write() as session:
        seller = Person(name="Zoë Lindqvist", email="zoe@example.com", team=Team.SALES)
        session.add(seller)
        session.flush()
        seller_id = seller.id
    plan = builtin_template("weekly").plan
    marketing_slot = replace(plan.items[1], presenter_id=seller_id)
    wrong = replace(plan, items=(plan.items[0], marketing_slot, *plan.items[2:]))
    with pytest.raises(PlanRefused, match="Zoë Lindqvist"):
        create_meeting(db, wrong, title="Weekly", scheduled_at=FRIDAY)


def test_an_ended_meeting_keeps_its_agenda(db):
    plan = builtin_template("weekly").plan
    meeting_id = create_meeting(db, plan, title="Weekly", scheduled_at=FRIDAY)
    with db.write() as session:
        session.get(Meeting, meeting_id).status = MeetingStatus.ENDED
    with pytest.raises(MeetingLocked):
        replace_agenda(db, meeting_id, plan)


def test_a_meeting_can_be_renamed_and_moved(db):
    meeting_id = create_meeting(
        db, builtin_template("weekly").plan, title="Weekly", scheduled_at=FRIDAY
    )
    later = FRIDAY + timedelta(hours=1)
    update_meeting(db, meeting_id, title="Weekly (moved)", scheduled_at=later, moderator_id=None)
    view = load_meeting(db, meeting_id)
    assert (view.title, view.scheduled_at) == ("Weekly (moved)", later)
