"""Units on screen: the metrics grid and the trends window print "€510,000" and "85.4 %",
and a value is still edited as the bare number (or typed with its unit, as it prints)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit

from facilitator.measures.metrics import ensure_default_goals, list_goals, meeting_rows, set_value
from facilitator.storage.database import Database
from facilitator.ui.metrics.goals_dialog import GoalsDialog
from facilitator.ui.metrics.metrics_grid import TARGET, VALUE, VERDICT, MetricsGrid
from facilitator.ui.metrics.trends_view import TrendsView
from facilitator.vocabulary import GoalUnit

PIPELINE = 3
FOLLOW_UP = 1


@pytest.fixture
def meeting(new_weekly_meeting: Callable[..., int]) -> int:
    return new_weekly_meeting(scheduled_at=datetime(2026, 11, 19, 16, 30, tzinfo=UTC))


@pytest.fixture
def grid(qtbot, show, db: Database, meeting: int, settings: QSettings) -> MetricsGrid:
    widget = show(MetricsGrid(db, meeting, settings=settings))
    widget.table.setFocus()
    return widget


def _cell(grid: MetricsGrid, row: int, column: int) -> str:
    return grid.model.index(row, column).data()


def _open_editor(qtbot, grid: MetricsGrid, row: int) -> QLineEdit:
    grid.table.setCurrentIndex(grid.model.index(row, VALUE))
    qtbot.keyClick(grid.table, Qt.Key.Key_F2)
    [editor] = [
        e for e in grid.table.findChildren(QLineEdit, "metricValueEditor") if e.isVisible()
    ]
    return editor


def test_the_grid_shows_targets_and_values_with_their_units(qtbot, grid, db, meeting):
    assert _cell(grid, PIPELINE, TARGET) == "€500,000"
    assert _cell(grid, FOLLOW_UP, TARGET) == "90 %"
    editor = _open_editor(qtbot, grid, PIPELINE)
    editor.insert("€490,000")  # QTest types ASCII only; this is the € key, or a paste
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    editor = _open_editor(qtbot, grid, FOLLOW_UP)
    qtbot.keyClicks(editor, "85.4")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert _cell(grid, PIPELINE, VALUE) == "€490,000"
    assert _cell(grid, PIPELINE, VERDICT) == "missed by €10,000"
    assert _cell(grid, FOLLOW_UP, VALUE) == "85.4 %"
    stored = {r.name: r.value for r in meeting_rows(db, meeting)}
    assert stored["Pipeline created"] == 490_000


def test_a_value_is_edited_as_the_bare_number(qtbot, grid, db, meeting):
    pipeline = list_goals(db)[PIPELINE].id
    set_value(db, meeting, pipeline, 1_234_567)
    grid.model.reload()
    assert _cell(grid, PIPELINE, VALUE) == "€1,234,567"
    editor = _open_editor(qtbot, grid, PIPELINE)
    assert editor.text() == "1234567"
    editor.setText("1234568")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert _cell(grid, PIPELINE, VALUE) == "€1,234,568"


def test_the_trends_window_prints_units_in_values_and_verdicts(
    qtbot, show, db, settings, new_weekly_meeting: Callable[..., int]
):
    ensure_default_goals(db)
    goals = {g.key: g.id for g in list_goals(db)}
    first = date(2026, 10, 1)
    for week, (pipeline, share) in enumerate([(530_000, 91.5), (490_000, 85.4)]):
        when = datetime.combine(first + timedelta(weeks=week), time(9)).astimezone()
        meeting = new_weekly_meeting(f"Weekly {week}", when)
        set_value(db, meeting, goals["pipeline_created"], pipeline)
        set_value(db, meeting, goals["follow_up_24h"], share)
    view = TrendsView(db, settings=settings)
    view.resize(600, 700)
    show(view)
    charts = {c.trend.goal.key: c for c in view.charts}
    pipeline = charts["pipeline_created"]
    assert pipeline.accessibleDescription() == "01 Oct: €530,000, 08 Oct: €490,000 (missed)"
    assert charts["follow_up_24h"].toolTip() == "01 Oct: 91.5 %, 08 Oct: 85.4 % (missed)"
    verdicts = {c.trend.goal.key: v.text() for c, v in zip(view.charts, view.verdicts, strict=True)}
    assert verdicts["pipeline_created"] == "Latest: missed by €10,000 · 1 of the last 2 missed."
    assert verdicts["follow_up_24h"] == "Latest: missed by 4.6 points · 1 of the last 2 missed."
    assert not pipeline.grab().isNull()


def test_a_goal_in_dollars_is_typed_with_its_sign_and_listed_with_it(qtbot, show, db, settings):
    dialog = show(GoalsDialog(db, settings=settings, today=date(2026, 11, 23)))
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.name_edit, "Revenue booked")
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findText("Money in US dollars ($)"))
    qtbot.keyClicks(dialog.target_edit, "$250,000")
    with qtbot.waitSignal(dialog.goalsChanged):
        qtbot.keyClick(dialog.target_edit, Qt.Key.Key_Return)
    added = list_goals(db)[-1]
    assert (added.name, added.unit) == ("Revenue booked", GoalUnit.USD)
    assert [step.target for step in added.history] == [250_000]
    assert dialog.target_edit.text() == "250000"
    assert dialog.history_list.item(0).text() == "from 23 Nov 2026: $250,000"
