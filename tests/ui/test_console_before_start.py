"""The console before the start: countdown, overdue reminder, warning thresholds and Help."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from fake_time import FakeClock, FakeWall
from PySide6.QtCore import QSettings, Qt

from facilitator.record.meetings import create_meeting
from facilitator.record.templates import builtin_template
from facilitator.rules.clock import Phase
from facilitator.storage.database import Database
from facilitator.ui.common import messages
from facilitator.ui.console.console import ConsoleWindow
from facilitator.ui.main_window import MainWindow

SCHEDULED = datetime(2026, 11, 23, 16, 30, tzinfo=UTC)


@pytest.fixture
def fake(wall: FakeWall) -> FakeWall:
    """Five minutes before the scheduled start, on the app's wall clock."""
    wall.now = SCHEDULED - timedelta(minutes=5)
    return wall


@pytest.fixture
def make_console(open_console, db: Database, fake: FakeWall) -> Callable[[], ConsoleWindow]:
    """Opens the console on the weekly meeting, five minutes before its start."""
    meeting_id = create_meeting(
        db, builtin_template("weekly").plan, title="Weekly smarketing", scheduled_at=SCHEDULED
    )
    return lambda: open_console(meeting_id)


def test_counts_down_to_the_scheduled_time(make_console, fake: FakeWall) -> None:
    console = make_console()
    assert console.countdown_label.isVisible()
    assert console.countdown_label.text() == "Starts in 5:00"
    assert not console.reminder_label.isVisible()
    fake.advance(seconds=61)
    console.refresh()
    assert console.countdown_label.text() == "Starts in 3:59"


def test_presenter_screen_gets_the_countdown(make_console) -> None:
    console = make_console()
    console.show_presenter(None)
    console.refresh()
    assert "Starts in 5:00" in console.presenter.phase_label.text()
    console.presenter.close()


def test_reminds_once_the_time_has_passed_until_started(
    qtbot, make_console, fake: FakeWall
) -> None:
    fake.now = SCHEDULED + timedelta(minutes=2)
    console = make_console()
    assert console.reminder_label.isVisible()
    text = console.reminder_label.text()
    at = SCHEDULED.astimezone().strftime("%H:%M")
    assert text == f"Scheduled {at} — 2 min ago. Press Ctrl+Space to start."
    assert not console.countdown_label.isVisible()

    qtbot.keyClick(console, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert console.run.state().running
    assert not console.reminder_label.isVisible()
    assert not console.countdown_label.isVisible()


def test_thresholds_come_from_the_settings(make_console, settings: QSettings) -> None:
    settings.setValue("clock/warn_seconds", 90)
    settings.setValue("clock/warn_percent", 30)
    console = make_console()
    assert console.run.thresholds.warn_seconds == 90
    assert console.run.thresholds.warn_fraction == pytest.approx(0.3)


def test_thresholds_dialog_applies_at_once(
    qtbot, make_console, fake_clock: FakeClock, settings: QSettings
) -> None:
    console = make_console()
    qtbot.keyClick(console, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert console.run.state().running
    assert console.run.state().item_planned_seconds == 180
    fake_clock.now += 70  # 1:50 left of a 3-minute item: normal by default (warning at 1:00)
    console.refresh()
    assert console.run.state().phase == Phase.NORMAL

    console.thresholds_action.trigger()
    dialog = console.thresholds_dialog
    assert dialog is not None
    assert dialog.seconds_box.value() == 60
    assert dialog.percent_box.value() == 20
    dialog.seconds_box.setValue(120)
    dialog.accept()

    assert console.run.state().phase == Phase.WARNING
    assert console.phase_label.text() == "1:50 LEFT"
    assert int(settings.value("clock/warn_seconds")) == 120
    assert int(settings.value("clock/warn_percent")) == 20


def test_help_lists_the_console_keys(
    qtbot, db: Database, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        messages, "inform_markup", lambda _parent, _title, text, *_: shown.append(text)
    )
    window = MainWindow(db, settings=settings)
    qtbot.addWidget(window)
    window.shortcuts_action.trigger()
    assert len(shown) == 1
    for keys in ("Ctrl+Space", "Alt+Right", "Alt+Left", "Ctrl+=", "Ctrl+E", "Page Down"):
        assert keys in shown[0]
