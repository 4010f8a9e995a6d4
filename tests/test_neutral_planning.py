"""A neutral meeting in the core: the moderator holds no slot, a stake is named, a cap's range is
explained, and an over-cap agenda holds back only itself when a meeting is saved."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from facilitator.record.carry_over import accept_offer
from facilitator.record.meetings import (
    MeetingFields,
    MeetingRefused,
    create_meeting,
    load_meeting,
    replace_agenda,
    save_meeting,
    update_meeting,
)
from facilitator.record.people import moderator_question, set_moderator
from facilitator.record.templates import builtin_template
from facilitator.rules.agenda import (
    AgendaPlan,
    PlanRefused,
    cap_range_text,
    check_plan,
    over_cap_text,
    with_presenters,
)
from facilitator.storage.database import Database
from facilitator.vocabulary import MeetingKind, Team

FRIDAY = datetime(2026, 11, 27, 15, 30, tzinfo=UTC)
SALES_SLOT, MARKETING_SLOT = 2, 1
BOTH_ROLES = (
    "Dana Kim can't be both the moderator and the Sales presenter: "
    "the moderator runs the meeting and holds no slot."
)


@pytest.fixture
def people(three_teams: dict[str, int]) -> dict[str, int]:
    return three_teams


def weekly(**presenters: int) -> AgendaPlan:
    """The weekly template's plan with people in its slots (sales=…, marketing=…)."""
    plan = builtin_template("weekly").plan
    items = list(plan.items)
    for team, person_id in presenters.items():
        slot = SALES_SLOT if team == "sales" else MARKETING_SLOT
        items[slot] = replace(items[slot], presenter_id=person_id)
    return replace(plan, items=tuple(items))


def longer(plan: AgendaPlan, slot: int, minutes: int) -> AgendaPlan:
    items = list(plan.items)
    items[slot] = replace(items[slot], planned_seconds=minutes * 60)
    return replace(plan, items=tuple(items))


def fields(db: Database, meeting_id: int, **changes: object) -> MeetingFields:
    view = load_meeting(db, meeting_id)
    saved = MeetingFields(view.title, view.scheduled_at, view.moderator_id)
    return replace(saved, **changes)


def test_the_rule_names_both_roles_of_the_moderator_in_a_slot():
    plan = weekly(sales=7)
    problems = check_plan(plan, {7: Team.SALES}, names={7: "Dana Kim"}, moderator_id=7)
    assert [(p.message, p.item_index) for p in problems] == [(BOTH_ROLES, SALES_SLOT)]
    assert check_plan(plan, {7: Team.SALES}, names={7: "Dana Kim"}, moderator_id=8) == []


def test_a_new_meeting_whose_moderator_presents_is_refused(db, people):
    with pytest.raises(MeetingRefused) as refused:
        create_meeting(
            db,
            weekly(sales=people["Dana"]),
            title="Weekly",
            scheduled_at=FRIDAY,
            moderator_id=people["Dana"],
        )
    assert str(refused.value) == BOTH_ROLES


def test_the_moderator_cannot_take_a_slot_nor_a_presenter_the_chair(db, people):
    meeting_id = create_meeting(
        db, weekly(sales=people["Dana"]), title="Weekly", scheduled_at=FRIDAY
    )
    with pytest.raises(MeetingRefused, match="both the moderator and the Sales presenter"):
        update_meeting(
            db, meeting_id, title="Weekly", scheduled_at=FRIDAY, moderator_id=people["Dana"]
        )
    with pytest.raises(MeetingRefused, match="Dana Kim can't be both"):
        set_moderator(db, meeting_id, people["Dana"])
    assert load_meeting(db, meeting_id).moderator_id is None

    set_moderator(db, meeting_id, people["Max"])
    with pytest.raises(MeetingRefused, match="Max Ode can.t be both the moderator and the Mark"):
        replace_agenda(db, meeting_id, weekly(sales=people["Dana"], marketing=people["Max"]))
    assert load_meeting(db, meeting_id).items[MARKETING_SLOT].presenter_id is None


def test_moderator_and_presenter_may_swap_in_one_save(db, people):
    meeting_id = create_meeting(
        db,
        weekly(sales=people["Dana"]),
        title="Weekly",
        scheduled_at=FRIDAY,
        moderator_id=people["Nia"],
    )
    with pytest.raises(MeetingRefused, match=BOTH_ROLES):
        save_meeting(
            db,
            meeting_id,
            fields(db, meeting_id, moderator_id=people["Dana"]),
            weekly(sales=people["Dana"]),
        )
    assert load_meeting(db, meeting_id).moderator_id == people["Nia"], "nothing was saved"
    saved = save_meeting(
        db, meeting_id, fields(db, meeting_id, moderator_id=people["Dana"]), weekly()
    )
    view = load_meeting(db, meeting_id)
    assert (view.moderator_id, view.items[SALES_SLOT].presenter_id) == (people["Dana"], None)
    assert saved.message == "Saved."


def test_a_stake_is_questioned_in_the_words_of_the_design():
    assert moderator_question("Dana Kim", Team.SALES) == (
        "Dana Kim is in Sales. The moderator is meant to be neutral: someone with no stake in "
        "either team. Make Dana Kim the moderator anyway?"
    )
    assert "is in Marketing." in (moderator_question("Max Ode", Team.MARKETING) or "")
    assert moderator_question("Nia Neutral", Team.CUSTOMER_SERVICE) is None


@pytest.mark.parametrize(
    ("kind", "typed", "said"),
    [
        (MeetingKind.WEEKLY, 90, "The weekly meeting is capped at 40 min (30–40)."),
        (MeetingKind.WEEKLY, 9, "The weekly meeting takes at least 30 min (30–40)."),
        (MeetingKind.MANAGEMENT, 75, "No meeting is capped over an hour: 60 min at most (1–60)."),
        (MeetingKind.CAMPAIGN, 0, "A meeting's cap is at least 1 min (1–60)."),
    ],
)
def test_a_cap_out_of_range_is_explained_by_its_range(kind, typed, said):
    assert cap_range_text(kind, typed) == said


def test_an_over_cap_agenda_says_by_how_much_to_shorten_it():
    plan = longer(weekly(), SALES_SLOT, 24)
    assert over_cap_text(plan) == (
        "The agenda is 47 min, over the 40-min cap: shorten it by 7 min to save it."
    )
    assert over_cap_text(weekly()) is None


def test_presenters_are_kept_only_where_the_same_item_stands():
    saved = weekly()
    edited = longer(weekly(sales=3, marketing=4), SALES_SLOT, 24)
    kept = with_presenters(saved, edited)
    assert [item.presenter_id for item in kept.items] == [None, 4, 3, None, None]
    assert kept.total_seconds == saved.total_seconds

    moved = replace(edited, items=(edited.items[1], edited.items[0], *edited.items[2:]))
    assert [item.presenter_id for item in with_presenters(saved, moved).items] == [
        None,
        None,
        3,
        None,
        None,
    ]
    assert with_presenters(saved, replace(edited, items=edited.items[:4])) == saved


def test_an_over_cap_agenda_holds_back_only_itself(db, people):
    meeting_id = create_meeting(db, weekly(), title="Weekly", scheduled_at=FRIDAY)
    edited = longer(weekly(sales=people["Dana"], marketing=people["Max"]), SALES_SLOT, 24)

    saved = save_meeting(db, meeting_id, fields(db, meeting_id, title="Weekly, week 48"), edited)

    assert saved.message == (
        "Saved the title and presenters. The agenda is 47 min, over the 40-min cap: "
        "shorten it by 7 min to save it."
    )
    view = load_meeting(db, meeting_id)
    assert view.title == "Weekly, week 48"
    assert [item.presenter_id for item in view.items][1:3] == [people["Max"], people["Dana"]]
    assert view.planned_seconds == 35 * 60, "the minutes over the cap are not saved"
    assert saved.plan == view.plan()


def test_the_meeting_fields_are_saved_when_the_presenters_cannot_be(db, people):
    meeting_id = create_meeting(db, weekly(), title="Weekly", scheduled_at=FRIDAY)
    later = FRIDAY + timedelta(days=1)
    wrong_team = longer(weekly(marketing=people["Dana"]), SALES_SLOT, 24)

    saved = save_meeting(
        db, meeting_id, fields(db, meeting_id, scheduled_at=later, moderator_id=people["Nia"]),
        wrong_team,
    )

    assert saved.message.startswith("Saved the date and moderator. The agenda is 47 min")
    view = load_meeting(db, meeting_id)
    assert (view.scheduled_at, view.moderator_id) == (later, people["Nia"])
    assert view.plan() == weekly()


def test_nothing_to_save_but_an_over_cap_agenda_is_refused(db):
    meeting_id = create_meeting(db, weekly(), title="Weekly", scheduled_at=FRIDAY)
    with pytest.raises(PlanRefused, match="over the 40:00 cap"):
        save_meeting(db, meeting_id, fields(db, meeting_id), longer(weekly(), SALES_SLOT, 24))
    assert load_meeting(db, meeting_id).planned_seconds == 35 * 60


def test_a_fitting_agenda_is_saved_whole_with_the_fields(db, people):
    meeting_id = create_meeting(db, weekly(), title="Weekly", scheduled_at=FRIDAY)
    edited = longer(weekly(sales=people["Dana"]), SALES_SLOT, 15)
    saved = save_meeting(db, meeting_id, fields(db, meeting_id, title="Renamed"), edited)
    assert saved.parts == ("title", "agenda")
    assert saved.message == "Saved."
    assert load_meeting(db, meeting_id).plan() == edited


def test_an_item_carried_over_may_not_make_the_moderator_a_presenter(db, people):
    meeting_id = create_meeting(
        db, weekly(), title="Weekly", scheduled_at=FRIDAY, moderator_id=people["Dana"]
    )
    unreached = replace(weekly(sales=people["Dana"]).items[SALES_SLOT], planned_seconds=60)
    with pytest.raises(MeetingRefused, match=BOTH_ROLES):
        accept_offer(db, meeting_id, [unreached])
    assert load_meeting(db, meeting_id).plan() == weekly()
