"""SMART goals: a deadline and the objective a goal serves, typed in the goals dialog (a past
deadline on a new goal refused by the app's clock), undone, and read in the trends view."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QSettings, Qt

from facilitator.measures.metrics import (
    MetricRefused,
    SmartTerms,
    create_goal,
    edit_goal,
    list_goals,
)
from facilitator.storage.database import Database
from facilitator.ui.metrics.goals_dialog import GoalsDialog
from facilitator.ui.metrics.trends_view import TrendsDialog
from facilitator.vocabulary import Direction, GoalUnit, Period, Team

TODAY = date(2026, 11, 23)


@pytest.fixture
def dialog(show, db: Database, settings: QSettings) -> GoalsDialog:
    return show(GoalsDialog(db, settings=settings, today=TODAY))


def _new_goal(qtbot, dialog: GoalsDialog, deadline: QDate) -> None:
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.name_edit, "Hours to first call")
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findText("Hours"))
    qtbot.keyClicks(dialog.target_edit, "24")
    dialog.deadline_check.setChecked(True)
    dialog.deadline_edit.setDate(deadline)
    qtbot.keyClicks(dialog.objective_edit, "Hot leads called while hot")


def test_a_new_goal_with_a_past_deadline_is_refused(qtbot, dialog: GoalsDialog, db: Database):
    _new_goal(qtbot, dialog, QDate(2026, 11, 20))
    qtbot.keyClick(dialog.target_edit, Qt.Key.Key_Return)
    assert dialog.message_text() == (
        "Not saved — the deadline 20 Nov 2026 has passed; a new goal's deadline is today "
        "(23 Nov 2026) or later"
    )
    assert "Hours to first call" not in [g.name for g in list_goals(db)]


def test_deadline_and_objective_are_saved_shown_and_undone(
    qtbot, dialog: GoalsDialog, db: Database, settings: QSettings, show
):
    _new_goal(qtbot, dialog, QDate(2027, 3, 31))
    with qtbot.waitSignal(dialog.goalsChanged):
        qtbot.keyClick(dialog.target_edit, Qt.Key.Key_Return)
    goal = next(g for g in list_goals(db) if g.name == "Hours to first call")
    assert (goal.deadline, goal.objective) == (date(2027, 3, 31), "Hot leads called while hot")
    trends = show(TrendsDialog(db, settings=settings))
    titles = [t.text() for t in trends.findChildren(type(dialog.message), "trendTitle")]
    assert "Hours to first call\nby 31 Mar 2027 — Hot leads called while hot" in titles
    # the deadline taken off the stored goal, then put back by undo
    dialog.deadline_check.setChecked(False)
    with qtbot.waitSignal(dialog.goalsChanged):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert next(g for g in list_goals(db) if g.id == goal.id).deadline is None
    assert not dialog.deadline_edit.isEnabled()
    with qtbot.waitSignal(dialog.goalsChanged):
        dialog.undo_stack.undo()
    assert next(g for g in list_goals(db) if g.id == goal.id).deadline == date(2027, 3, 31)
    assert dialog.deadline_check.isChecked()
    assert dialog.deadline_edit.date() == QDate(2027, 3, 31)


def test_an_edit_without_smart_terms_keeps_them(db: Database):
    goal_id = create_goal(
        db,
        name="Win rate",
        team=Team.SALES,
        unit=GoalUnit.PERCENT,
        direction=Direction.HIGHER_IS_BETTER,
        period=Period.QUARTER,
        target=30,
        effective_from=TODAY,
        deadline=TODAY,
        objective="Sell  to the right   accounts",
    )
    edit_goal(
        db,
        goal_id,
        name="Win rate",
        team=None,
        direction=Direction.HIGHER_IS_BETTER,
        period=Period.QUARTER,
    )
    goal = next(g for g in list_goals(db) if g.id == goal_id)
    assert (goal.deadline, goal.objective) == (TODAY, "Sell to the right accounts")
    with pytest.raises(MetricRefused, match="at most 300"):
        edit_goal(
            db,
            goal_id,
            name="Win rate",
            team=None,
            direction=Direction.HIGHER_IS_BETTER,
            period=Period.QUARTER,
            smart=SmartTerms(None, "x" * 301),
        )
