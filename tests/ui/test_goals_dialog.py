"""Managing goals from the keyboard: defaults, a target change kept as history, deactivation."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QSettings, Qt

from facilitator.measures.metrics import DEFAULT_GOALS, list_goals
from facilitator.storage.database import Database
from facilitator.ui.main_window import MainWindow
from facilitator.ui.metrics.baseline_dialog import BaselineDialog
from facilitator.ui.metrics.goals_dialog import GoalsDialog
from facilitator.ui.metrics.trends_view import TrendsDialog
from facilitator.vocabulary import GoalUnit, Team

TODAY = date(2026, 11, 23)
CONTROL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def dialog(show, db: Database, settings: QSettings) -> GoalsDialog:
    return show(GoalsDialog(db, settings=settings, today=TODAY))


def _retype(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def test_a_new_database_opens_on_the_default_goals(dialog: GoalsDialog):
    names = [dialog.goal_list.item(i).text() for i in range(dialog.goal_list.count())]
    assert names == [g.name for g in DEFAULT_GOALS]
    assert dialog.name_edit.text() == "MQLs delivered"
    assert dialog.target_edit.text() == "400"
    assert dialog.history_list.item(0).text() == "from 01 Jan 2000: 400"
    assert not dialog.unit_combo.isEnabled()


def test_a_target_change_is_added_to_the_history(qtbot, dialog: GoalsDialog, db: Database):
    _retype(qtbot, dialog.target_edit, "450")
    dialog.from_edit.setDate(QDate(2026, 12, 1))
    with qtbot.waitSignal(dialog.goalsChanged):
        qtbot.keyClick(dialog.target_edit, Qt.Key.Key_Return)
    assert dialog.message_text() == "Goal saved; target 450 from 01 Dec 2026."
    mqls = list_goals(db)[0]
    assert [(s.effective_from, s.target) for s in mqls.history] == [
        (date(2000, 1, 1), 400),
        (date(2026, 12, 1), 450),
    ]
    assert [dialog.history_list.item(i).text() for i in range(2)] == [
        "from 01 Dec 2026: 450",
        "from 01 Jan 2000: 400",
    ]


def test_a_bad_target_is_refused_with_the_reason(qtbot, dialog: GoalsDialog, db: Database):
    qtbot.keyClick(dialog.goal_list, Qt.Key.Key_Down)
    assert dialog.name_edit.text() == "Leads followed up within 24 hours"
    _retype(qtbot, dialog.target_edit, "120")
    qtbot.keyClick(dialog.target_edit, Qt.Key.Key_Return)
    assert dialog.message_text() == (
        "Not saved — a percentage cannot be over 100 (got 120)"
    )
    assert [s.target for s in list_goals(db)[1].history] == [90]
    assert dialog.target_edit.text() == "120"


def test_a_new_goal_is_typed_and_saved(qtbot, dialog: GoalsDialog, db: Database):
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert dialog.name_edit.hasFocus() or dialog.name_edit.text() == ""
    _retype(qtbot, dialog.name_edit, "Hours to first call")
    dialog.team_combo.setCurrentIndex(dialog.team_combo.findText("Sales"))
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findText("Hours"))
    dialog.direction_combo.setCurrentIndex(dialog.direction_combo.findText("Lower is better"))
    _retype(qtbot, dialog.target_edit, "24")
    with qtbot.waitSignal(dialog.goalsChanged):
        qtbot.keyClick(dialog.target_edit, Qt.Key.Key_Return)
    added = list_goals(db)[-1]
    assert (added.name, added.team) == ("Hours to first call", Team.SALES)
    assert added.unit is GoalUnit.HOURS
    assert dialog.current_goal is not None and dialog.current_goal.id == added.id

    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    _retype(qtbot, dialog.name_edit, "mqls delivered")
    _retype(qtbot, dialog.target_edit, "5")
    qtbot.keyClick(dialog.target_edit, Qt.Key.Key_Return)
    assert dialog.message_text() == "Not saved — a goal named “mqls delivered” already exists"
    assert len(list_goals(db)) == 5


def test_deactivating_keeps_the_goal_listed_as_inactive(qtbot, dialog: GoalsDialog, db: Database):
    qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
    assert dialog.goal_list.item(0).text() == "MQLs delivered (inactive)"
    assert dialog.message_text() == "Goal deactivated; its recorded values stay."
    assert [g.key for g in list_goals(db)] == [g.key for g in DEFAULT_GOALS[1:]]
    qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
    assert len(list_goals(db)) == 4


def test_the_metrics_menu_opens_goals_trends_and_baseline(qtbot, show, db: Database, settings):
    window = show(MainWindow(db, settings=settings), active=True)
    menu = window.metrics_menu
    assert [a.text() for a in menu.menu.actions()] == [
        "&Goals…",
        "&Trends…",
        "&Alignment baseline…",
        "&Funnel…",
        "&Win/loss…",
        "&Decision log…",
        "&Neutrality…",
        "Agree&ments…",
    ]
    qtbot.keyClick(window, Qt.Key.Key_G, CONTROL | SHIFT)
    goals = menu.dialogs["goals"]
    assert isinstance(goals, GoalsDialog)
    qtbot.waitExposed(goals)
    assert goals.goal_list.count() == 4
    goals.close()
    qtbot.waitUntil(lambda: "goals" not in menu.dialogs)
    assert isinstance(menu.open_trends(), TrendsDialog)
    assert isinstance(menu.open_baseline(), BaselineDialog)
    for dialog in list(menu.dialogs.values()):
        dialog.close()
    window.close()


def test_a_new_goal_and_a_target_change_are_undone_and_redone(
    qtbot, dialog: GoalsDialog, db: Database
):
    assert dialog.undo_button.isHidden()
    _retype(qtbot, dialog.target_edit, "450")
    dialog.from_edit.setDate(QDate(2026, 12, 1))
    qtbot.keyClick(dialog.target_edit, Qt.Key.Key_Return)
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    _retype(qtbot, dialog.name_edit, "Hours to first call")
    _retype(qtbot, dialog.target_edit, "24")
    qtbot.keyClick(dialog.target_edit, Qt.Key.Key_Return)
    assert len(list_goals(db)) == 5
    assert dialog.undo_button.text() == "Undo new goal"

    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    with qtbot.waitSignal(dialog.goalsChanged):
        qtbot.keyClick(dialog.goal_list, Qt.Key.Key_Z, CONTROL)
    assert [g.name for g in list_goals(db)] == [g.name for g in DEFAULT_GOALS]
    assert dialog.undo_button.text() == "Undo goal changes"
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert [s.target for s in list_goals(db)[0].history] == [400]
    assert dialog.name_edit.text() == "MQLs delivered"
    assert dialog.history_list.count() == 1

    qtbot.keyClick(dialog.goal_list, Qt.Key.Key_Z, CONTROL | SHIFT)
    assert [s.target for s in list_goals(db)[0].history] == [400, 450]
    assert dialog.history_list.count() == 2
    qtbot.mouseClick(dialog.redo_button, Qt.MouseButton.LeftButton)
    assert list_goals(db)[-1].name == "Hours to first call"
    assert dialog.name_edit.text() == "Hours to first call"


def test_a_deactivation_is_undone_and_a_refusal_leaves_nothing_to_undo(
    qtbot, dialog: GoalsDialog, db: Database
):
    qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
    assert len(list_goals(db)) == 3
    assert dialog.undo_button.text() == "Undo deactivate"
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert len(list_goals(db)) == 4
    assert dialog.goal_list.item(0).text() == "MQLs delivered"

    _retype(qtbot, dialog.name_edit, "Pipeline created")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.message_text() == "Not saved — a goal named “Pipeline created” already exists"
    assert not dialog.undo_stack.canUndo()
    assert dialog.undo_button.isHidden()
