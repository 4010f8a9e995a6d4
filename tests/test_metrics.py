"""Goals, value validation by unit, the target history and verdicts, without Qt."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from facilitator.measures.metric_units import format_value
from facilitator.measures.metrics import (
    DEFAULT_GOALS,
    GoalNotFound,
    MetricRefused,
    clear_value,
    create_goal,
    edit_goal,
    ensure_default_goals,
    goal_met,
    list_goals,
    meeting_rows,
    parse_value,
    set_active,
    set_target,
    set_value,
    trends,
    value_of,
    verdict,
)
from facilitator.record.meetings import create_meeting
from facilitator.rules.agenda import AgendaPlan, PlannedItem
from facilitator.storage.database import Database
from facilitator.vocabulary import (
    Direction,
    GoalUnit,
    ItemKind,
    MeetingKind,
    Period,
    Team,
)

PLAN = AgendaPlan(MeetingKind.OTHER, 1800, (PlannedItem("Numbers", ItemKind.METRICS, 600),))


def _meeting(db: Database, day: date) -> int:
    when = datetime.combine(day, time(9, 0)).astimezone()
    return create_meeting(db, PLAN, title=f"Meeting {day}", scheduled_at=when)


def _goal(db: Database, unit: GoalUnit = GoalUnit.COUNT, **extra: object) -> int:
    values: dict[str, object] = {
        "name": "MQLs delivered",
        "team": Team.MARKETING,
        "unit": unit,
        "direction": Direction.HIGHER_IS_BETTER,
        "period": Period.MONTH,
        "target": 400,
        "effective_from": date(2026, 1, 1),
    }
    values.update(extra)
    return create_goal(db, **values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("typed", "unit", "expected"),
    [
        ("42", GoalUnit.COUNT, 42),
        (" 1,234 ", GoalUnit.COUNT, 1234),
        ("87.5", GoalUnit.PERCENT, 87.5),
        ("87,5", GoalUnit.PERCENT, 87.5),
        ("100 %", GoalUnit.PERCENT, 100),
        ("0", GoalUnit.PERCENT, 0),
        ("1,234.5", GoalUnit.EUR, 1234.5),
        ("36.25", GoalUnit.HOURS, 36.25),
    ],
)
def test_values_are_read_the_way_people_type_them(typed: str, unit: GoalUnit, expected: float):
    assert parse_value(typed, unit) == expected


@pytest.mark.parametrize(
    ("typed", "unit", "reason"),
    [
        ("120", GoalUnit.PERCENT, "a percentage cannot be over 100 (got 120)"),
        ("abc", GoalUnit.COUNT, "“abc” is not a number"),
        ("12 leads", GoalUnit.COUNT, "“12 leads” is not a number"),
        ("", GoalUnit.HOURS, "enter a number"),
        ("-3", GoalUnit.EUR, "an amount cannot be negative"),
        ("-1", GoalUnit.HOURS, "hours cannot be negative"),
        ("2.5", GoalUnit.COUNT, "a count is a whole number (got 2.5)"),
        ("nan", GoalUnit.PERCENT, "enter a finite number"),
        ("inf", GoalUnit.COUNT, "enter a finite number"),
    ],
)
def test_bad_values_are_refused_with_the_reason(typed: str, unit: GoalUnit, reason: str):
    with pytest.raises(MetricRefused) as refused:
        parse_value(typed, unit)
    assert str(refused.value) == reason


def test_verdicts_say_met_or_by_how_much_it_was_missed():
    higher, lower = Direction.HIGHER_IS_BETTER, Direction.LOWER_IS_BETTER
    assert verdict(430, 400, higher, GoalUnit.COUNT) == "met"
    assert verdict(388, 400, higher, GoalUnit.COUNT) == "missed by 12"
    assert verdict(86.5, 90, higher, GoalUnit.PERCENT) == "missed by 3.5 points"
    assert verdict(89, 90, higher, GoalUnit.PERCENT) == "missed by 1 point"
    assert verdict(30, 24, lower, GoalUnit.HOURS) == "missed by 6 h"
    assert verdict(20, 24, lower, GoalUnit.HOURS) == "met"
    assert verdict(480_000, 500_000, higher, GoalUnit.EUR) == "missed by €20,000"
    assert verdict(5, None, higher, GoalUnit.COUNT) == "no target"
    assert verdict(None, 5, higher, GoalUnit.COUNT) == "no value"
    assert goal_met(400, 400, higher) is True and goal_met(24, 24, lower) is True
    assert format_value(1234.5, GoalUnit.PERCENT) == "1,234.5 %"


def test_a_target_change_judges_past_meetings_by_the_old_target(db: Database):
    goal = _goal(db)
    january, april = _meeting(db, date(2026, 1, 15)), _meeting(db, date(2026, 4, 15))
    set_target(db, goal, 450, date(2026, 3, 1))
    set_value(db, january, goal, 420)
    set_value(db, april, goal, 420)

    [jan_row] = meeting_rows(db, january)
    [apr_row] = meeting_rows(db, april)
    assert (jan_row.target, jan_row.verdict, jan_row.met) == (400, "met", True)
    assert (apr_row.target, apr_row.verdict, apr_row.met) == (450, "missed by 30", False)
    [view] = list_goals(db)
    assert [(s.effective_from, s.target) for s in view.history] == [
        (date(2026, 1, 1), 400),
        (date(2026, 3, 1), 450),
    ]

    set_target(db, goal, 460, date(2026, 3, 1))
    assert [s.target for s in list_goals(db)[0].history] == [400, 460]


def test_a_target_must_fit_the_unit(db: Database):
    goal = _goal(db, GoalUnit.PERCENT, name="Followed up", target=90)
    with pytest.raises(MetricRefused, match="over 100"):
        set_target(db, goal, 140, date(2026, 2, 1))
    assert [s.target for s in list_goals(db)[0].history] == [90]


def test_goals_need_a_unique_name_and_can_be_renamed(db: Database):
    goal = _goal(db)
    with pytest.raises(MetricRefused, match="already exists"):
        _goal(db, name="  mqls   DELIVERED ")
    with pytest.raises(MetricRefused, match="needs a name"):
        _goal(db, name="   ")
    other = _goal(db, name="Pipeline created", unit=GoalUnit.EUR, team=None)
    with pytest.raises(MetricRefused, match="already exists"):
        edit_goal(
            db,
            other,
            name="MQLs delivered",
            team=None,
            direction=Direction.HIGHER_IS_BETTER,
            period=Period.MONTH,
        )
    edit_goal(
        db,
        goal,
        name="Marketing qualified leads",
        team=Team.MARKETING,
        direction=Direction.HIGHER_IS_BETTER,
        period=Period.QUARTER,
    )
    names = {g.name: g for g in list_goals(db)}
    assert names["Marketing qualified leads"].period is Period.QUARTER
    assert names["Marketing qualified leads"].key == "mqls_delivered"
    with pytest.raises(GoalNotFound):
        set_target(db, 999, 1, date(2026, 1, 1))


@pytest.mark.parametrize(
    ("held", "typed"),
    [("ÉVÉNEMENTS", "Événements"), ("Événements", "ÉVÉNEMENTS"), ("Straße", "STRASSE")],
)
def test_a_name_in_other_letters_case_is_taken_on_either_engine(
    db: Database, held: str, typed: str
):
    """Both engines alike: SQLite's lower() folds A-Z alone, PostgreSQL's the locale's
    letters; the name is compared as Python folds it, on either."""
    goal = _goal(db, name=held)
    with pytest.raises(MetricRefused, match="already exists"):
        _goal(db, name=typed)
    other = _goal(db, name="Pipeline created", unit=GoalUnit.EUR, team=None)
    with pytest.raises(MetricRefused, match="already exists"):
        edit_goal(
            db,
            other,
            name=typed,
            team=None,
            direction=Direction.HIGHER_IS_BETTER,
            period=Period.MONTH,
        )
    edit_goal(
        db,
        goal,
        name=typed,
        team=Team.MARKETING,
        direction=Direction.HIGHER_IS_BETTER,
        period=Period.MONTH,
    )
    assert sorted(g.name for g in list_goals(db)) == ["Pipeline created", typed]


def test_a_deactivated_goal_leaves_the_grid_but_keeps_its_recorded_values(db: Database):
    kept, retired = _goal(db), _goal(db, name="Old goal")
    held, later = _meeting(db, date(2026, 2, 1)), _meeting(db, date(2026, 3, 1))
    set_value(db, held, retired, 7)
    set_active(db, retired, False)
    assert [g.id for g in list_goals(db)] == [kept]
    assert len(list_goals(db, include_inactive=True)) == 2
    assert [r.goal_id for r in meeting_rows(db, held)] == [kept, retired]
    assert [r.goal_id for r in meeting_rows(db, later)] == [kept]


def test_values_are_checked_stored_replaced_and_cleared(db: Database):
    goal = _goal(db, GoalUnit.PERCENT, name="Followed up", target=90)
    meeting = _meeting(db, date(2026, 2, 1))
    with pytest.raises(MetricRefused, match="over 100"):
        set_value(db, meeting, goal, 120)
    assert value_of(db, meeting, goal) is None
    set_value(db, meeting, goal, 80, "2026-W05")
    set_value(db, meeting, goal, 85)
    [row] = meeting_rows(db, meeting)
    assert (row.value, row.period_label, row.verdict) == (85, "2026-W05", "missed by 5 points")
    clear_value(db, meeting, goal)
    assert value_of(db, meeting, goal) is None
    assert meeting_rows(db, meeting)[0].verdict == "no value"


def test_default_goals_come_once_and_only_to_a_database_without_goals(db: Database):
    assert ensure_default_goals(db) is True
    goals = list_goals(db)
    assert [g.key for g in goals] == [d.key for d in DEFAULT_GOALS]
    teams = {g.key: g.team for g in goals}
    assert teams["mqls_delivered"] is Team.MARKETING
    assert teams["follow_up_24h"] is Team.SALES
    assert teams["pipeline_created"] is None
    assert all(g.target_on(date(2020, 1, 1)) is not None for g in goals)
    assert ensure_default_goals(db) is False
    assert len(list_goals(db)) == 4


def test_a_database_that_has_its_own_goals_gets_no_defaults(db: Database):
    goal = _goal(db)
    set_active(db, goal, False)
    assert ensure_default_goals(db) is False
    assert list_goals(db, include_inactive=True)[0].id == goal


def test_trends_hold_the_last_meetings_with_the_target_of_each_day(db: Database):
    goal = _goal(db)
    set_target(db, goal, 450, date(2026, 4, 1))
    days = [date(2026, month, 10) for month in range(1, 7)]
    meetings = [_meeting(db, day) for day in days]
    for meeting, value in zip(meetings, [380, 410, 420, 440, 460, 455], strict=True):
        set_value(db, meeting, goal, value)
    [trend] = trends(db, last=4)
    assert [p.on for p in trend.points] == days[2:]
    assert [(p.value, p.target, p.met) for p in trend.points] == [
        (420, 400, True),
        (440, 450, False),
        (460, 450, True),
        (455, 450, True),
    ]
    assert trend.misses == 1 and trend.verdict == "met"
    with pytest.raises(MetricRefused):
        trends(db, last=0)
