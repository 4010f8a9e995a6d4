"""Metrics ▸ Neutrality…: a quarter's floor time, disputes and settlements per team with the
verdict, each meeting's row; and the baseline dialog's lead-quality reading as shares are typed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fake_time import FakeClock
from PySide6.QtCore import QSettings, Qt

from facilitator.measures.metrics import ensure_default_goals, list_goals, set_value
from facilitator.record.run import MeetingRun
from facilitator.storage.database import Database
from facilitator.ui.main_window import MainWindow
from facilitator.ui.metrics.baseline_dialog import BaselineDialog
from facilitator.ui.metrics.trends_view import TrendsView
from facilitator.ui.smarketing.neutrality_window import NeutralityDialog

MONDAY = datetime(2026, 11, 2, 12, 30, tzinfo=UTC)


def _held(db: Database, meeting_id: int, marketing: int, sales: int) -> None:
    """Runs a weekly meeting: Marketing's item then Sales's, for the seconds given."""
    clock = FakeClock()
    run = MeetingRun.open(
        db,
        meeting_id,
        time_source=clock,
        wall=lambda: MONDAY + timedelta(seconds=clock.now),
        boot=lambda: "boot",
    )
    run.start()
    run.next_item()
    clock.advance(marketing)
    run.next_item()
    clock.advance(sales)
    run.end()


def test_a_quarter_where_sales_holds_the_floor_says_so(
    qtbot, show, db: Database, settings: QSettings, new_weekly_meeting
) -> None:
    for weeks, (marketing, sales) in enumerate(((240, 960), (600, 660))):
        _held(
            db,
            new_weekly_meeting(f"Weekly {weeks}", MONDAY + timedelta(weeks=weeks)),
            marketing,
            sales,
        )
    dialog = show(NeutralityDialog(db, settings=settings))
    assert dialog.quarter_box.currentText() == "Q4 2026"
    assert dialog.summary.text().startswith(
        "Q4 2026, 2 meetings held: Floor time: Sales 27 min (66 %), Marketing 14 min (34 %)"
    )
    assert dialog.verdict.text().startswith("Sales held the floor 66 % of the two teams' time")
    assert dialog.table.rowCount() == 2
    newest = [dialog.table.item(0, column).text() for column in range(3)]
    assert newest == ["2026-11-09", "Weekly 1", "11:00"]
    assert dialog.table.item(1, 8).text().startswith("Sales held the floor 80 %")
    assert dialog.table.item(0, 8).text() == "Balanced"
    assert [name for name, _, _ in dialog.bar.segments()] == ["Sales", "Marketing"]
    assert dialog.bar.toolTip().startswith("Floor time: Sales 27 min")


def test_the_metrics_menu_opens_it_on_the_demo(
    qtbot, show, demo: Database, settings: QSettings
) -> None:
    window = show(MainWindow(demo, settings=settings), active=True)
    qtbot.keyClick(
        window,
        Qt.Key.Key_I,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.metrics_menu.dialogs["neutrality"]
    assert isinstance(dialog, NeutralityDialog)
    qtbot.waitExposed(dialog)
    assert dialog.table.rowCount() >= 5
    assert dialog.verdict.text().startswith("Balanced")
    assert "Settled: towards Sales 1, towards Marketing 1, compromise 1" in dialog.summary.text()
    dialog.close()
    qtbot.waitUntil(lambda: "neutrality" not in window.metrics_menu.dialogs)
    window.close()


def test_an_empty_database_has_nothing_to_report(show, db: Database, settings: QSettings) -> None:
    dialog = show(NeutralityDialog(db, settings=settings))
    assert dialog.quarter_box.count() == 0
    assert dialog.summary.text().startswith("No meeting has been held yet")


def test_the_baseline_reads_follow_up_against_conversion_as_it_is_typed(
    qtbot, show, db: Database, settings: QSettings
) -> None:
    dialog = show(BaselineDialog(db, settings=settings))
    followed, converted = dialog.inputs["followed_up_share"], dialog.inputs["conversion_share"]
    for spin, value in ((followed, 92), (converted, 12)):
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, str(value))
    assert dialog.lead_quality.text().startswith(
        "Lead-quality signal: Sales follows up 92 % of the leads (goal 90 %) but only 12 % convert"
    )
    converted.selectAll()
    qtbot.keyClicks(converted, "30")
    assert dialog.lead_quality.text().startswith("Follow-up (92 %) and conversion (30 %) both")


def test_the_trends_read_the_latest_follow_up_against_conversion(
    qtbot, show, db: Database, settings: QSettings, new_weekly_meeting
) -> None:
    ensure_default_goals(db)
    goals = {goal.key: goal.id for goal in list_goals(db)}
    view = show(TrendsView(db, settings=settings))
    assert not view.lead_quality.isVisible()
    for weeks, (followed, converted) in enumerate(((70, 20), (93, 14))):
        meeting = new_weekly_meeting(f"Weekly {weeks}", MONDAY + timedelta(weeks=weeks))
        set_value(db, meeting, goals["follow_up_24h"], followed)
        set_value(db, meeting, goals["follow_up_conversion"], converted)
    view.reload()
    assert view.lead_quality.isVisible()
    assert view.lead_quality.text().startswith(
        "Lead-quality signal: Sales follows up 93 % of the leads (goal 90 %) but only 14 %"
    )
