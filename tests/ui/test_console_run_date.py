"""The console on a meeting started on another day than planned (issue #12, point 3)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fake_time import TODAY_NOON, FakeWall
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from facilitator.record.meetings import load_meeting
from facilitator.storage.database import Database
from facilitator.ui.common import messages
from facilitator.ui.console.console import ConsoleWindow
from facilitator.ui.main_window import MainWindow
from facilitator.ui.planning.meeting_list_model import DATE_FORMAT, MeetingListModel

THURSDAY = datetime(2026, 11, 19, 16, 30, tzinfo=UTC)
"""Four days before the suite's Monday: the meeting is run late."""
NEXT_MONDAY = datetime(2026, 11, 30, 16, 30, tzinfo=UTC)
"""A week ahead: the meeting is run early."""
CTRL = Qt.KeyboardModifier.ControlModifier
Button = QMessageBox.StandardButton


@dataclass
class Questions:
    """messages.ask in place of the real box: records what was asked, answers `answer`."""

    answer: Button
    asked: list[tuple[Any, ...]] = field(default_factory=list)

    def __call__(self, *args: Any) -> Button:
        self.asked.append(args)
        return self.answer


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> Callable[[Button], Questions]:
    def install(button: Button) -> Questions:
        questions = Questions(button)
        monkeypatch.setattr(messages, "ask", questions)
        return questions

    return install


def _press_start(qtbot, console: ConsoleWindow) -> None:
    qtbot.keyClick(console, Qt.Key.Key_Space, CTRL)


def _local_day(moment: datetime) -> str:
    local = moment.astimezone()
    return f"{local:%a} {local.day} {local:%b}"


def test_a_late_start_asks_and_yes_starts_and_moves_it_to_today(
    qtbot, db: Database, new_weekly_meeting, open_console, answer
) -> None:
    meeting_id = new_weekly_meeting(scheduled_at=THURSDAY)
    console = open_console(meeting_id)
    questions = answer(Button.Yes)
    with qtbot.waitSignal(console.moved) as moved:
        _press_start(qtbot, console)
    assert moved.args == [meeting_id]
    [(_parent, _title, text, buttons, default)] = questions.asked
    assert text.startswith(f"Scheduled for {_local_day(THURSDAY)} at ")
    assert f"move it to today, {_local_day(TODAY_NOON)}?" in text
    assert buttons == Button.Yes | Button.Cancel
    assert default == Button.Yes  # Enter starts, Escape cancels
    assert console.run.state().running
    assert load_meeting(db, meeting_id).scheduled_at == TODAY_NOON
    assert console.status_text() == "Started and moved to today."


def test_cancel_leaves_the_meeting_as_planned_and_not_started(
    qtbot, db: Database, new_weekly_meeting, open_console, answer
) -> None:
    meeting_id = new_weekly_meeting(scheduled_at=NEXT_MONDAY)
    console = open_console(meeting_id)
    questions = answer(Button.Cancel)
    _press_start(qtbot, console)
    assert len(questions.asked) == 1
    assert not console.run.state().started
    assert console.phase_label.text() == "NOT STARTED"
    assert load_meeting(db, meeting_id).scheduled_at == NEXT_MONDAY
    assert console.status_text() == "Not started: the meeting stays as planned."


@pytest.mark.parametrize(
    "scheduled",
    [TODAY_NOON + timedelta(minutes=30), TODAY_NOON - timedelta(hours=2, minutes=30)],
    ids=["half-an-hour-early", "two-and-a-half-hours-late"],
)
def test_a_start_on_the_scheduled_day_asks_nothing(
    qtbot, db: Database, new_weekly_meeting, open_console, answer, scheduled: datetime
) -> None:
    meeting_id = new_weekly_meeting(scheduled_at=scheduled)
    console = open_console(meeting_id)
    questions = answer(Button.Cancel)
    _press_start(qtbot, console)
    assert questions.asked == []
    assert console.run.state().running
    assert load_meeting(db, meeting_id).scheduled_at == scheduled


def test_pause_and_resume_of_a_moved_meeting_ask_nothing_more(
    qtbot, new_weekly_meeting, open_console, answer
) -> None:
    console = open_console(new_weekly_meeting(scheduled_at=THURSDAY))
    questions = answer(Button.Yes)
    _press_start(qtbot, console)
    _press_start(qtbot, console)
    assert console.run.state().paused
    _press_start(qtbot, console)
    assert console.run.state().running
    assert len(questions.asked) == 1


def test_the_countdown_speaks_in_days_and_hours_beyond_99_minutes(
    qtbot, new_weekly_meeting, open_console, wall: FakeWall
) -> None:
    console = open_console(new_weekly_meeting(scheduled_at=NEXT_MONDAY))
    assert console.countdown_label.isVisible()
    assert console.countdown_label.text() == "Starts in 7 days 4 h"
    console.show_presenter(None)
    assert console.presenter.phase_label.text() == "Starts in 7 days 4 h"

    wall.now = NEXT_MONDAY - timedelta(hours=2, minutes=5)
    console.refresh()
    assert console.countdown_label.text() == "Starts in 2 h 5 min"
    assert console.presenter.phase_label.text() == "Starts in 2 h 5 min"
    wall.now = NEXT_MONDAY - timedelta(minutes=99, seconds=59)
    console.refresh()
    assert console.countdown_label.text() == "Starts in 99:59"
    console.presenter.close()


def test_the_reminder_of_a_meeting_days_ago_names_its_day(
    qtbot, new_weekly_meeting, open_console
) -> None:
    console = open_console(new_weekly_meeting(scheduled_at=THURSDAY))
    assert console.reminder_label.isVisible()
    at = THURSDAY.astimezone()
    ago = TODAY_NOON - THURSDAY
    hours = ago.seconds // 3600
    assert console.reminder_label.text() == (
        f"Scheduled {_local_day(THURSDAY)} {at:%H:%M} — {ago.days} days {hours} h ago. "
        "Press Ctrl+Space to start."
    )


@pytest.mark.qt_log_ignore("does not support raise")
def test_the_meeting_list_shows_the_day_it_was_run(
    qtbot, db: Database, new_weekly_meeting, settings: QSettings, show, answer
) -> None:
    meeting_id = new_weekly_meeting(scheduled_at=THURSDAY)
    main = show(MainWindow(db, settings=settings))
    console = main.run_meeting(meeting_id)
    qtbot.waitExposed(console)
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow)
    answer(Button.Yes)
    _press_start(qtbot, console)
    model = main.meeting_table.model()
    dates = [model.index(row, MeetingListModel.DATE).data() for row in range(model.rowCount())]
    assert dates == [TODAY_NOON.astimezone().strftime(DATE_FORMAT)]
    console.close()
