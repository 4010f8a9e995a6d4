"""The trends view: a chart per goal over the last N meetings, misses red, a verdict line."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QSettings, Qt

from facilitator.measures.metrics import create_goal, ensure_default_goals, list_goals, set_value
from facilitator.record.meetings import create_meeting
from facilitator.rules.agenda import AgendaPlan, PlannedItem
from facilitator.storage.database import Database
from facilitator.ui.common.palette_colours import MET_BAR, MISSED_BAR
from facilitator.ui.metrics.trends_view import TrendsDialog, TrendsView
from facilitator.vocabulary import Direction, GoalUnit, ItemKind, MeetingKind, Period

PLAN = AgendaPlan(MeetingKind.OTHER, 1800, (PlannedItem("Numbers", ItemKind.METRICS, 600),))


@pytest.fixture
def filled(db: Database) -> Database:
    ensure_default_goals(db)
    mqls = list_goals(db)[0].id
    for month, value in zip(range(1, 9), [380, 410, 420, 390, 460, 455, 401, 399], strict=True):
        when = datetime.combine(date(2026, month, 10), time(9)).astimezone()
        meeting = create_meeting(db, PLAN, title=f"Weekly {month}", scheduled_at=when)
        set_value(db, meeting, mqls, value)
    return db


def _view(show, db: Database, settings: QSettings) -> TrendsView:
    view = show(TrendsView(db, settings=settings))
    return view


def test_each_goal_has_a_chart_and_a_verdict_with_misses_marked(qtbot, show, filled, settings):
    view = _view(show, filled, settings)
    assert len(view.charts) == 4
    mqls = view.charts[0]
    assert [p.value for p in mqls.trend.points] == [420, 390, 460, 455, 401, 399]
    met, missed = MET_BAR.colour(), MISSED_BAR.colour()
    assert mqls.bar_colours() == [met, missed, met, met, met, missed]
    assert "10 Apr: 390 (missed)" in mqls.accessibleDescription()
    assert view.verdicts[0].text() == "Latest: missed by 1 · 2 of the last 6 missed."
    assert view.verdicts[1].text() == "No value yet."
    assert not view.charts[0].grab().isNull()
    assert not view.charts[1].grab().isNull()


def test_the_number_of_meetings_is_chosen_by_keyboard_and_remembered(qtbot, show, filled, settings):
    view = _view(show, filled, settings)
    view.last_spin.setFocus()
    for _ in range(3):
        qtbot.keyClick(view.last_spin, Qt.Key.Key_Down)
    assert [p.value for p in view.charts[0].trend.points] == [455, 401, 399]
    assert view.verdicts[0].text() == "Latest: missed by 1 · 1 of the last 3 missed."
    assert int(settings.value("trends/last")) == 3
    again = _view(show, filled, settings)
    assert again.last_spin.value() == 3


def test_lower_is_better_goals_are_judged_their_own_way(qtbot, show, db, settings):
    hours = create_goal(
        db,
        name="Hours to first call",
        team=None,
        unit=GoalUnit.HOURS,
        direction=Direction.LOWER_IS_BETTER,
        period=Period.WEEK,
        target=24,
        effective_from=date(2026, 1, 1),
    )
    for day, value in ((5, 30.0), (12, 20.0)):
        when = datetime.combine(date(2026, 2, day), time(9)).astimezone()
        set_value(db, create_meeting(db, PLAN, title="W", scheduled_at=when), hours, value)
    dialog = show(TrendsDialog(db, settings=settings))
    [chart] = dialog.view.charts
    assert chart.bar_colours() == [MISSED_BAR.colour(), MET_BAR.colour()]
    assert dialog.view.verdicts[0].text() == "Latest: met · 1 of the last 2 missed."
