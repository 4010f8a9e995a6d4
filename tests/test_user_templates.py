"""The moderator's own templates beside the four built-in ones."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, time

import pytest

from facilitator.record.meetings import MeetingNotFound, create_meeting
from facilitator.record.people import PersonInput, add_person
from facilitator.record.templates import builtin_template
from facilitator.record.user_templates import (
    TemplateNotFound,
    TemplateRefused,
    delete_template,
    duplicate_template,
    list_templates,
    load_template,
    parse_template_key,
    save_as_template,
    save_plan_as_template,
    update_template,
)
from facilitator.rules.agenda import PlanRefused, remove_item, replace_item
from facilitator.rules.schedule import create_series, list_series
from facilitator.storage.database import Database
from facilitator.vocabulary import Frequency, MeetingKind, Team

BUILTIN_KEYS = ["builtin:weekly", "builtin:management", "builtin:campaign", "builtin:win_loss"]


def test_new_meeting_offers_the_four_builtins_first(db: Database) -> None:
    choices = list_templates(db)
    assert [c.key for c in choices] == BUILTIN_KEYS
    assert all(c.builtin for c in choices)
    weekly = choices[0]
    assert (weekly.name, weekly.kind, weekly.cap_seconds, weekly.item_count) == (
        "Weekly smarketing meeting",
        MeetingKind.WEEKLY,
        2400,
        5,
    )
    assert load_template(db, "builtin:weekly") == builtin_template("weekly")


def test_a_meetings_agenda_is_saved_as_a_template(db: Database) -> None:
    sam = add_person(db, PersonInput("Sam Okafor", "sam@example.com", Team.SALES))
    plan = builtin_template("weekly").plan
    plan = replace_item(plan, 2, replace(plan.items[2], presenter_id=sam, planned_seconds=600))
    meeting = create_meeting(
        db, plan, title="Weekly", scheduled_at=datetime(2026, 3, 5, 15, 30, tzinfo=UTC)
    )
    template_id = save_as_template(db, meeting, "Our weekly")
    key = f"user:{template_id}"
    assert [c.key for c in list_templates(db)] == [*BUILTIN_KEYS, key]
    loaded = load_template(db, key)
    assert loaded.name == "Our weekly"
    assert loaded.plan.items[2].planned_seconds == 600
    assert loaded.plan.items[2].presenter_team is Team.SALES
    assert all(item.presenter_id is None for item in loaded.plan.items)
    assert (loaded.frequency, loaded.start_time) == (Frequency.WEEKLY, time(16, 30))
    with pytest.raises(MeetingNotFound):
        save_as_template(db, meeting + 1, "Nothing")


def test_a_user_template_is_edited(db: Database) -> None:
    template_id = save_plan_as_template(db, "Short weekly", builtin_template("weekly").plan)
    shorter = remove_item(builtin_template("weekly").plan, 3)
    shorter = replace(shorter, cap_seconds=1800)
    update_template(db, template_id, "Shorter weekly", shorter, description="No disputes slot")
    loaded = load_template(db, f"user:{template_id}")
    assert loaded.name == "Shorter weekly"
    assert loaded.description == "No disputes slot"
    assert loaded.plan == shorter
    update_template(db, f"user:{template_id}", "Shorter weekly", builtin_template("weekly").plan)
    assert len(load_template(db, f"user:{template_id}").plan.items) == 5


def test_an_edit_that_breaks_the_cap_rules_is_refused_and_changes_nothing(db: Database) -> None:
    template_id = save_plan_as_template(db, "Mine", builtin_template("management").plan)
    too_long = replace(builtin_template("management").plan, cap_seconds=3000)
    with pytest.raises(PlanRefused, match="over the 50:00 cap"):
        update_template(db, template_id, "Mine", too_long)
    assert load_template(db, f"user:{template_id}").plan == builtin_template("management").plan
    with pytest.raises(PlanRefused):
        save_plan_as_template(db, "Too long", too_long)


def test_builtin_templates_are_copied_never_changed(db: Database) -> None:
    plan = builtin_template("weekly").plan
    with pytest.raises(TemplateRefused, match="Built-in templates can't be changed; duplicate"):
        update_template(db, "builtin:weekly", "Weekly", plan)
    with pytest.raises(TemplateRefused, match="can't be deleted"):
        delete_template(db, "builtin:weekly")
    copy = duplicate_template(db, "builtin:weekly", "Weekly, our way")
    assert load_template(db, f"user:{copy}").plan == plan
    assert load_template(db, "builtin:weekly").name == "Weekly smarketing meeting"


def test_a_user_template_is_duplicated_and_deleted(db: Database) -> None:
    original = save_plan_as_template(db, "Win/loss lite", builtin_template("win_loss").plan)
    copy = duplicate_template(db, f"user:{original}", "Win/loss lite 2")
    series = create_series(
        db, "Quarterly", MeetingKind.WIN_LOSS, Frequency.QUARTERLY, f"user:{original}"
    )
    delete_template(db, original)
    assert [c.name for c in list_templates(db) if not c.builtin] == ["Win/loss lite 2"]
    assert [(s.id, s.template_id) for s in list_series(db)] == [(series, None)]
    with pytest.raises(TemplateNotFound):
        load_template(db, f"user:{original}")
    delete_template(db, f"user:{copy}")
    assert [c.key for c in list_templates(db)] == BUILTIN_KEYS


def test_template_names_are_needed_and_unique(db: Database) -> None:
    plan = builtin_template("campaign").plan
    with pytest.raises(TemplateRefused, match="needs a name"):
        save_plan_as_template(db, "  ", plan)
    with pytest.raises(TemplateRefused, match="already a template named"):
        save_plan_as_template(db, "weekly SMARKETING meeting", plan)
    first = save_plan_as_template(db, "Campaign, short", plan)
    with pytest.raises(TemplateRefused, match="already a template named"):
        duplicate_template(db, "builtin:campaign", "campaign, SHORT")
    update_template(db, first, "Campaign, short", plan)


@pytest.mark.parametrize("key", ["weekly", "builtin:nope", "user:x", "user:", "other:1"])
def test_malformed_keys_are_refused(key: str) -> None:
    with pytest.raises(TemplateNotFound):
        parse_template_key(key)


def test_unknown_user_templates_are_not_found(db: Database) -> None:
    with pytest.raises(TemplateNotFound):
        delete_template(db, 99)
    with pytest.raises(TemplateNotFound):
        update_template(db, 99, "Nope", builtin_template("weekly").plan)
