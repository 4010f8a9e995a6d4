"""The metrics grid as a moderator uses it mid-meeting: keyboard only, no mouse."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit

from facilitator.measures.metrics import meeting_rows
from facilitator.storage.database import Database
from facilitator.ui.metrics.metrics_grid import VALUE, VERDICT, MetricsDialog, MetricsGrid

CONTROL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def meeting_id(new_weekly_meeting: Callable[..., int]) -> int:
    return new_weekly_meeting(scheduled_at=datetime(2026, 11, 19, 16, 30, tzinfo=UTC))


@pytest.fixture
def grid(show, db: Database, meeting_id: int, settings: QSettings) -> MetricsGrid:
    widget = show(MetricsGrid(db, meeting_id, settings=settings), active=True)
    widget.table.setFocus()
    return widget


def _stored(db: Database, meeting_id: int) -> dict[str, float | None]:
    return {r.name: r.value for r in meeting_rows(db, meeting_id)}


def _editor(grid: MetricsGrid) -> QLineEdit:
    """The open value editor (a closed one may linger until deleted)."""
    [editor] = [
        e for e in grid.table.findChildren(QLineEdit, "metricValueEditor") if e.isVisible()
    ]
    return editor


def _type(qtbot, grid: MetricsGrid, text: str, key: Qt.Key = Qt.Key.Key_Return) -> None:
    qtbot.keyClicks(grid.table, text[0])
    editor = _editor(grid)
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, key)


def _cell(grid: MetricsGrid, row: int, column: int) -> str:
    return grid.model.index(row, column).data()


def test_numbers_typed_one_after_another_land_on_each_goal(qtbot, grid, db, meeting_id):
    assert grid.table.currentIndex().row() == 0
    _type(qtbot, grid, "432")
    _type(qtbot, grid, "88.5", Qt.Key.Key_Tab)
    _type(qtbot, grid, "27")
    _type(qtbot, grid, "512,000")
    assert _stored(db, meeting_id) == {
        "MQLs delivered": 432,
        "Leads followed up within 24 hours": 88.5,
        "Followed-up leads that become opportunities": 27,
        "Pipeline created": 512_000,
    }
    assert [_cell(grid, row, VERDICT) for row in range(4)] == [
        "met",
        "missed by 1.5 points",
        "met",
        "met",
    ]
    assert _cell(grid, 3, VALUE) == "€512,000"


def test_a_percentage_over_100_is_refused_with_the_reason_and_not_stored(
    qtbot, grid, db, meeting_id
):
    qtbot.keyClick(grid.table, Qt.Key.Key_Down)
    _type(qtbot, grid, "120")
    assert grid.message_text() == (
        "Not stored — Leads followed up within 24 hours: a percentage cannot be over 100 (got 120)"
    )
    editor = _editor(grid)
    assert editor.text() == "120"
    assert _stored(db, meeting_id)["Leads followed up within 24 hours"] is None
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert _stored(db, meeting_id)["Leads followed up within 24 hours"] == 1
    assert grid.message_text() == ""
    assert grid.table.currentIndex().row() == 2


def test_text_in_a_number_field_is_refused(qtbot, grid, db, meeting_id):
    _type(qtbot, grid, "lots", Qt.Key.Key_Tab)
    assert "“lots” is not a number" in grid.message_text()
    qtbot.keyClick(_editor(grid), Qt.Key.Key_Escape)
    assert all(v is None for v in _stored(db, meeting_id).values())


def test_shift_tab_goes_back_delete_clears_and_ctrl_z_undoes(qtbot, grid, db, meeting_id):
    _type(qtbot, grid, "400")
    _type(qtbot, grid, "91")
    qtbot.keyClick(grid.table, Qt.Key.Key_Backtab, SHIFT)
    qtbot.keyClick(grid.table, Qt.Key.Key_Backtab, SHIFT)
    assert grid.table.currentIndex().row() == 0
    _type(qtbot, grid, "410")
    qtbot.keyClick(grid.table, Qt.Key.Key_Up)
    qtbot.keyClick(grid.table, Qt.Key.Key_Delete)
    assert _stored(db, meeting_id)["MQLs delivered"] is None
    qtbot.keyClick(grid.table, Qt.Key.Key_Z, CONTROL)
    assert _stored(db, meeting_id)["MQLs delivered"] == 410
    qtbot.keyClick(grid.table, Qt.Key.Key_Z, CONTROL)
    assert _stored(db, meeting_id)["MQLs delivered"] == 400
    qtbot.keyClick(grid.table, Qt.Key.Key_Z, CONTROL | SHIFT)
    assert _stored(db, meeting_id)["MQLs delivered"] == 410
    assert _cell(grid, 0, VALUE) == "410"


def test_import_csv_fills_the_grid_and_a_bad_file_imports_nothing(
    qtbot, grid, db, meeting_id, tmp_path, monkeypatch
):
    good = tmp_path / "good.csv"
    good.write_text("goal,period,value\nmqls_delivered,2026-11,433\nfollow_up_24h,W47,92\n")
    bad = tmp_path / "bad.csv"
    bad.write_text("goal,period,value\npipeline_created,2026-11,9\nfollow_up_24h,W47,120\n")
    chosen = [str(good)]
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (chosen[0], ""))
    )

    qtbot.mouseClick(grid.import_button, Qt.MouseButton.LeftButton)
    assert grid.message_text() == "Imported 2 values from good.csv."
    assert _cell(grid, 0, VALUE) == "433"

    chosen[0] = str(bad)
    qtbot.keyClick(grid.import_button, Qt.Key.Key_Space)
    assert grid.message_text() == (
        "Not stored — nothing from bad.csv was imported:\n"
        "line 3: Leads followed up within 24 hours: a percentage cannot be over 100 (got 120)"
    )
    assert _stored(db, meeting_id)["Pipeline created"] is None

    grid.table.setFocus()
    qtbot.keyClick(grid.table, Qt.Key.Key_Z, CONTROL)
    assert _stored(db, meeting_id)["MQLs delivered"] is None


def test_ctrl_m_in_the_console_opens_the_grid_for_the_running_meeting(
    qtbot, open_console, db, meeting_id
):
    console = open_console(meeting_id)
    qtbot.keyClick(console, Qt.Key.Key_M, CONTROL)
    dialog = console.metrics_dialog
    assert isinstance(dialog, MetricsDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.grid.table.hasFocus())
    _type(qtbot, dialog.grid, "444")
    assert _stored(db, meeting_id)["MQLs delivered"] == 444
    qtbot.keyClick(dialog.grid.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    console.close()
