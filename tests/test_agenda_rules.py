"""The cap rules of an agenda, checked in plain Python with no display and no database."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.record.templates import builtin_template, builtin_templates
from facilitator.rules.agenda import (
    MAX_CAP_SECONDS,
    WEEKLY_CAP_RANGE,
    AgendaPlan,
    PlannedItem,
    PlanRefused,
    cap_bounds,
    check_cap,
    check_plan,
    format_duration,
    insert_item,
    move_item,
    remove_item,
    replace_item,
    validate_plan,
)
from facilitator.vocabulary import ItemKind, MeetingKind, Team

ZOE, SAM, ALEX = 1, 2, 3
TEAMS = {ZOE: Team.MARKETING, SAM: Team.SALES, ALEX: Team.SALES}
NAMES = {ZOE: "Zoë Lindqvist", SAM: "Sam Okafor", ALEX: "Alex Chen"}


def weekly(*, cap: int = 2400) -> AgendaPlan:
    """The weekly meeting as the moderator would plan it, with short titles for messages."""
    return AgendaPlan(
        kind=MeetingKind.WEEKLY,
        cap_seconds=cap,
        items=(
            PlannedItem("Open action items", ItemKind.REVIEW, 180),
            PlannedItem("Marketing update", ItemKind.PRESENTATION, 720, Team.MARKETING),
            PlannedItem("Sales update", ItemKind.PRESENTATION, 720, Team.SALES),
            PlannedItem("Disputes and decisions", ItemKind.DISPUTES, 300),
            PlannedItem("Wrap-up", ItemKind.WRAP_UP, 180),
        ),
    )


def messages(plan: AgendaPlan, **kwargs) -> list[str]:
    return [problem.message for problem in check_plan(plan, **kwargs)]


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "0:00"), (59, "0:59"), (720, "12:00"), (3599, "59:59"), (3723, "1:02:03"), (-30, "-0:30")],
)
def test_durations_read_like_a_clock(seconds: int, text: str) -> None:
    assert format_duration(seconds) == text


def test_every_builtin_template_passes_its_own_rules() -> None:
    for template in builtin_templates():
        assert check_plan(template.plan) == [], template.key


@pytest.mark.parametrize("cap", [1800, 2100, 2400])
def test_weekly_cap_between_30_and_40_minutes_is_accepted(cap: int) -> None:
    assert check_cap(MeetingKind.WEEKLY, cap) == []


@pytest.mark.parametrize("cap", [1799, 2401, 3600])
def test_weekly_cap_outside_30_to_40_minutes_is_refused(cap: int) -> None:
    [problem] = check_cap(MeetingKind.WEEKLY, cap)
    assert "between 30:00 and 40:00" in problem.message
    assert format_duration(cap) in problem.message


@pytest.mark.parametrize("kind", [k for k in MeetingKind if k is not MeetingKind.WEEKLY])
def test_other_meetings_may_run_up_to_an_hour_but_not_over(kind: MeetingKind) -> None:
    assert check_cap(kind, 600) == []
    assert check_cap(kind, MAX_CAP_SECONDS) == []
    [problem] = check_cap(kind, MAX_CAP_SECONDS + 1)
    assert "over an hour" in problem.message
    assert "1:00:01" in problem.message


def test_weekly_cap_over_an_hour_gets_one_message_not_two() -> None:
    [problem] = check_cap(MeetingKind.WEEKLY, 4000)
    assert "over an hour" in problem.message


@pytest.mark.parametrize("cap", [0, -60])
def test_a_cap_must_be_above_zero(cap: int) -> None:
    [problem] = check_cap(MeetingKind.MANAGEMENT, cap)
    assert "above zero" in problem.message


def test_cap_bounds_match_the_rules() -> None:
    assert cap_bounds(MeetingKind.WEEKLY) == WEEKLY_CAP_RANGE
    assert cap_bounds(MeetingKind.WIN_LOSS) == (1, MAX_CAP_SECONDS)


def test_plan_over_its_cap_names_the_excess_and_the_longest_items() -> None:
    plan = insert_item(weekly(), 4, PlannedItem("Guest talk", ItemKind.DISCUSSION, 480))
    assert messages(plan) == [
        "The agenda runs 43:00, 3:00 over the 40:00 cap. "
        "Items that could shrink: Marketing update (12:00), Sales update (12:00)."
    ]


def test_an_excess_two_items_cannot_absorb_names_a_third() -> None:
    items = tuple(PlannedItem(f"Topic {n}", ItemKind.DISCUSSION, 480 + n) for n in range(1, 7))
    plan = AgendaPlan(MeetingKind.CAMPAIGN, 1800, items)
    assert messages(plan) == [
        "The agenda runs 48:21, 18:21 over the 30:00 cap. "
        "Items that could shrink: Topic 6 (8:06), Topic 5 (8:05), Topic 4 (8:04)."
    ]


def test_a_plan_exactly_at_its_cap_is_accepted() -> None:
    plan = weekly(cap=2100)
    plan = replace_item(plan, 0, replace(plan.items[0], planned_seconds=180 + 300))
    assert plan.total_seconds == 2400
    assert check_plan(replace(plan, cap_seconds=2400)) == []
    assert check_plan(plan) != []


def test_an_empty_title_is_refused_with_the_item_number() -> None:
    plan = replace_item(weekly(), 1, replace(weekly().items[1], title="   "))
    [problem] = check_plan(plan)
    assert problem.message == "Item 2 needs a title."
    assert problem.item_index == 1


def test_an_overlong_title_is_refused() -> None:
    plan = replace_item(weekly(), 0, replace(weekly().items[0], title="x" * 201))
    [problem] = check_plan(plan)
    assert "201 characters" in problem.message and "200" in problem.message


@pytest.mark.parametrize(("seconds", "shown"), [(0, "0:00"), (-30, "-0:30")])
def test_zero_or_negative_durations_are_refused(seconds: int, shown: str) -> None:
    plan = replace_item(weekly(), 2, replace(weekly().items[2], planned_seconds=seconds))
    [problem] = check_plan(plan)
    assert problem.message == (
        f"Item 3 'Sales update' must last at least one second; it is {shown}."
    )
    assert problem.item_index == 2


def test_an_empty_agenda_is_refused() -> None:
    assert messages(AgendaPlan(MeetingKind.CAMPAIGN, 2700)) == [
        "The agenda needs at least one item."
    ]


def with_presenters(plan: AgendaPlan, marketing: int | None, sales: int | None) -> AgendaPlan:
    plan = replace_item(plan, 1, replace(plan.items[1], presenter_id=marketing))
    return replace_item(plan, 2, replace(plan.items[2], presenter_id=sales))


def test_presenters_of_the_right_teams_are_accepted() -> None:
    assert check_plan(with_presenters(weekly(), ZOE, SAM), TEAMS, names=NAMES) == []


def test_a_presenter_from_the_wrong_team_is_refused_by_name() -> None:
    plan = with_presenters(weekly(), ALEX, ZOE)
    assert messages(plan, presenters=TEAMS, names=NAMES) == [
        "Alex Chen is in Sales and can't present the Marketing slot of item 2.",
        "Zoë Lindqvist is in Marketing and can't present the Sales slot of item 3.",
    ]


def test_a_presenter_without_a_name_map_is_still_caught() -> None:
    [message] = messages(with_presenters(weekly(), SAM, None), presenters=TEAMS)
    assert message == "Person 2 is in Sales and can't present the Marketing slot of item 2."


def test_a_presenter_not_on_the_roster_is_refused() -> None:
    [message] = messages(with_presenters(weekly(), 99, SAM), presenters=TEAMS)
    assert "item 2" in message and "not in the roster" in message


def test_the_same_presenter_in_two_slots_is_refused() -> None:
    plan = with_presenters(weekly(), SAM, SAM)
    plan = replace_item(plan, 1, replace(plan.items[1], presenter_team=Team.SALES))
    assert messages(plan, presenters=TEAMS, names=NAMES) == [
        "Sam Okafor presents both item 2 and item 3; each presenter slot needs its own presenter."
    ]


def test_a_presenter_without_a_presenter_team_is_refused() -> None:
    plan = replace_item(weekly(), 0, replace(weekly().items[0], presenter_id=ZOE))
    [message] = messages(plan, presenters=TEAMS)
    assert message.startswith("Item 1 'Open action items' names a presenter but no presenter team")


def test_validate_plan_raises_with_every_problem_on_one_line() -> None:
    plan = replace(weekly(cap=4000), items=(PlannedItem("", ItemKind.REVIEW, 0),))
    with pytest.raises(PlanRefused) as refused:
        validate_plan(plan)
    assert len(refused.value.problems) == 3
    assert "\n" not in str(refused.value)
    assert str(refused.value).startswith("No meeting's cap may be over an hour")
    validate_plan(weekly())


def test_editing_helpers_rebuild_the_plan() -> None:
    plan = weekly()
    moved = move_item(plan, 2, 1)
    assert [i.title for i in moved.items][:3] == [
        "Open action items",
        "Sales update",
        "Marketing update",
    ]
    assert len(remove_item(plan, 0).items) == 4
    assert plan.items[0].title == "Open action items"


@st.composite
def plans(draw: st.DrawFn) -> tuple[AgendaPlan, dict[int, Team]]:
    item = st.builds(
        PlannedItem,
        title=st.sampled_from(["", " ", "Sales update", "Marketing update", "x" * 201, "Wrap-up"]),
        kind=st.sampled_from(ItemKind),
        planned_seconds=st.integers(-100, 2000),
        presenter_team=st.none() | st.sampled_from([Team.SALES, Team.MARKETING]),
        presenter_id=st.none() | st.integers(1, 4),
    )
    plan = AgendaPlan(
        kind=draw(st.sampled_from(MeetingKind)),
        cap_seconds=draw(st.integers(1, 4000)),
        items=tuple(draw(st.lists(item, max_size=12))),
    )
    roster = draw(st.dictionaries(st.integers(1, 4), st.sampled_from(Team), max_size=4))
    return plan, roster


@settings(max_examples=200, deadline=None)
@given(plans())
def test_any_accepted_agenda_fits_its_cap_and_any_refused_one_says_why(
    case: tuple[AgendaPlan, dict[int, Team]],
) -> None:
    plan, roster = case
    problems = check_plan(plan, roster)
    if not problems:
        assert 0 < plan.total_seconds <= plan.cap_seconds <= MAX_CAP_SECONDS
        if plan.kind is MeetingKind.WEEKLY:
            assert WEEKLY_CAP_RANGE[0] <= plan.cap_seconds <= WEEKLY_CAP_RANGE[1]
        assert all(item.title.strip() and item.planned_seconds > 0 for item in plan.items)
        presenters = [i.presenter_id for i in plan.items if i.presenter_id is not None]
        assert len(presenters) == len(set(presenters))
        for item in plan.items:
            if item.presenter_id is not None:
                assert roster[item.presenter_id] == item.presenter_team
        validate_plan(plan, roster)
    else:
        assert all(problem.message.strip() for problem in problems)
        assert all(
            problem.item_index is None or 0 <= problem.item_index < len(plan.items)
            for problem in problems
        )
        with pytest.raises(PlanRefused):
            validate_plan(plan, roster)


@settings(max_examples=200, deadline=None)
@given(plans())
def test_an_agenda_over_its_cap_always_names_the_excess(
    case: tuple[AgendaPlan, dict[int, Team]],
) -> None:
    plan, _ = case
    over = [p.message for p in check_plan(plan) if p.message.startswith("The agenda runs")]
    if plan.total_seconds > plan.cap_seconds:
        excess = format_duration(plan.total_seconds - plan.cap_seconds)
        assert len(over) == 1 and f"{excess} over the" in over[0]
    else:
        assert over == []


def test_the_weekly_builtin_stays_within_its_cap_after_an_edit_of_one_minute() -> None:
    plan = builtin_template("weekly").plan
    longer = replace_item(
        plan, 0, replace(plan.items[0], planned_seconds=plan.items[0].planned_seconds + 300)
    )
    assert check_plan(longer) == []
    longest = replace_item(longer, 0, replace(longer.items[0], planned_seconds=900))
    assert check_plan(longest)[0].message.startswith(
        "The agenda runs 47:00, 7:00 over the 40:00 cap."
    )
