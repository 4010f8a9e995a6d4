"""The moderator's console driven from the keyboard, against a fake_clock clock that tests move."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fake_time import FakeClock
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from sqlalchemy import select

from facilitator.record.meetings import load_meeting
from facilitator.record.notes import notes_of
from facilitator.record.run import MeetingRun
from facilitator.storage.database import Database
from facilitator.storage.models import RunEvent
from facilitator.ui.common import messages
from facilitator.ui.console.console import ConsoleWindow
from facilitator.ui.main_window import MainWindow
from facilitator.vocabulary import MeetingStatus, NoteKind, RunEventKind


@pytest.fixture
def meeting_id(new_weekly_meeting: Callable[..., int]) -> int:
    return new_weekly_meeting(scheduled_at=datetime(2026, 11, 23, 9, 0, tzinfo=UTC))


@pytest.fixture
def console(open_console, meeting_id: int) -> ConsoleWindow:
    return open_console(meeting_id)


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(*args, **kwargs):
        asked.append(args[2])
        return button

    monkeypatch.setattr(messages, "ask", question)
    return asked


def test_start_shows_the_item_counting_down(
    qtbot, console: ConsoleWindow, fake_clock: FakeClock
) -> None:
    assert console.phase_label.text() == "NOT STARTED"
    qtbot.keyClick(console, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert console.run.state().running
    planned = console.run.state().item_planned_seconds
    fake_clock.now += 100
    console.refresh()
    remaining = planned - 100
    assert console.clock_label.text() == f"{remaining // 60}:{remaining % 60:02d}"
    assert console.phase_label.text()
    assert console.toggle_action.text() == "Pause"
    assert console.agenda_list.currentRow() == 0
    assert console.agenda_list.item(0).text().startswith("▶ NOW")


def test_timer_refreshes_without_a_press(
    qtbot, console: ConsoleWindow, fake_clock: FakeClock
) -> None:
    qtbot.keyClick(console, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    before = console.clock_label.text()
    fake_clock.now += 30
    qtbot.waitUntil(lambda: console.clock_label.text() != before, timeout=2000)


def test_next_records_the_end_of_item_one(
    qtbot, db: Database, console: ConsoleWindow, fake_clock: FakeClock, meeting_id: int
) -> None:
    qtbot.keyClick(console, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    fake_clock.now += 100
    qtbot.keyClick(console, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert console.run.state().current_index == 1
    items = load_meeting(db, meeting_id).items
    assert items[0].actual_end is not None
    assert items[1].actual_start is not None
    assert console.item_title.text().startswith("2/")
    qtbot.keyClick(console, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert console.run.state().current_index == 0


def test_note_and_shortcuts_while_typing(
    qtbot, db: Database, console: ConsoleWindow, fake_clock: FakeClock, meeting_id: int
) -> None:
    console.note_input.setFocus()
    qtbot.waitUntil(console.note_input.hasFocus)
    qtbot.keyClick(console.note_input, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert console.run.state().running
    fake_clock.now += 60
    qtbot.keyClick(console.note_input, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert console.run.state().current_index == 1
    fake_clock.now += 15
    qtbot.keyClicks(console.note_input, "! MQL needs a demo request")
    qtbot.keyClick(console.note_input, Qt.Key.Key_Return)
    notes = notes_of(db, meeting_id)
    assert len(notes) == 1
    note = notes[0]
    assert note.kind == NoteKind.DECISION
    assert note.text == "MQL needs a demo request"
    assert note.item_id == load_meeting(db, meeting_id).items[1].id
    assert note.offset_seconds == pytest.approx(75)
    assert console.note_input.text() == ""
    assert console.notes_list.model().rowCount() == 1
    before = console.run.state().item_extended_seconds
    qtbot.keyClick(console.note_input, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert console.run.state().item_extended_seconds == before + 60
    qtbot.keyClick(console.note_input, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert console.run.state().paused


def test_empty_note_is_refused_inline(
    qtbot, db: Database, console: ConsoleWindow, meeting_id: int
) -> None:
    qtbot.keyClicks(console.note_input, "   ")
    qtbot.keyClick(console.note_input, Qt.Key.Key_Return)
    assert notes_of(db, meeting_id) == []
    assert console.note_error.text()


def test_page_keys_move_items_only_when_not_typing(
    qtbot, console: ConsoleWindow, fake_clock: FakeClock
) -> None:
    qtbot.keyClick(console, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    console.toggle_button.setFocus()
    qtbot.keyClick(console.toggle_button, Qt.Key.Key_PageDown)
    assert console.run.state().current_index == 1
    qtbot.keyClick(console.toggle_button, Qt.Key.Key_PageUp)
    assert console.run.state().current_index == 0
    console.note_input.setFocus()
    qtbot.waitUntil(console.note_input.hasFocus)
    qtbot.keyClick(console.note_input, Qt.Key.Key_PageDown)
    assert console.run.state().current_index == 0


def test_illegal_control_goes_to_the_status_line(qtbot, console: ConsoleWindow) -> None:
    console.next_action.setEnabled(True)
    console.next_action.trigger()
    assert console.status_text() == "Refused: The meeting has not started yet."
    assert console.run.state().current_index == 0


def test_end_asks_and_cannot_end_twice(
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
    db: Database,
    console: ConsoleWindow,
    fake_clock: FakeClock,
    meeting_id: int,
) -> None:
    qtbot.keyClick(console, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    fake_clock.now += 30
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.keyClick(console, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1
    assert not console.run.state().ended
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.keyClick(console, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert console.run.state().ended
    assert load_meeting(db, meeting_id).status == MeetingStatus.ENDED
    assert not console.end_action.isEnabled()
    assert not console.toggle_action.isEnabled()
    assert console.phase_label.text() == "ENDED"
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.keyClick(console, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert asked == []


def test_rebalance_after_overrun(
    qtbot, monkeypatch: pytest.MonkeyPatch, console: ConsoleWindow, fake_clock: FakeClock
) -> None:
    qtbot.keyClick(console, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    fake_clock.now += console.run.state().item_planned_seconds + 900
    console.refresh()
    state = console.run.state()
    assert state.projected_over_cap > 0
    assert "over" in console.projected_label.text()
    assert console.rebalance_action.isEnabled()
    assert state.phase_word.startswith("OVER")
    assert console.phase_label.text().startswith("OVER")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    console.rebalance_action.trigger()
    assert len(asked) == 1
    assert console.run.state().projected_over_cap <= 0
    assert not console.rebalance_action.isEnabled()


def test_reopened_console_shows_the_same_clock(
    qtbot, db: Database, console: ConsoleWindow, fake_clock: FakeClock, meeting_id: int
) -> None:
    qtbot.keyClick(console, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    fake_clock.now += 100
    qtbot.keyClick(console, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    fake_clock.now += 42
    console.refresh()
    before = console.run.state()
    shown = (console.clock_label.text(), console.meeting_label.text())
    console.close()
    again = ConsoleWindow(db, meeting_id, time_source=lambda: fake_clock.now)
    qtbot.addWidget(again)
    state = again.run.state()
    assert state.meeting_elapsed == pytest.approx(before.meeting_elapsed)
    assert state.current_index == 1
    assert (again.clock_label.text(), again.meeting_label.text()) == shown
    again.close()


def test_message_without_presenter_screen_is_not_lost(qtbot, console: ConsoleWindow) -> None:
    console.message_input.setText("x" * 200)
    assert len(console.message_input.text()) == 120
    console.message_input.clear()
    qtbot.keyClicks(console.message_input, "Wrap up please")
    qtbot.keyClick(console.message_input, Qt.Key.Key_Return)
    assert "Wrap up please" in console.message_state.text()


def test_screenshot(qtbot, console: ConsoleWindow, fake_clock: FakeClock, tmp_path: Path) -> None:
    qtbot.keyClick(console, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    fake_clock.now += 7 * 60 + 20
    console.refresh()
    path = tmp_path / "console.png"
    assert console.grab().save(str(path))
    assert path.stat().st_size > 0


def test_presenter_screen_follows_the_console(
    qtbot, console: ConsoleWindow, fake_clock: FakeClock
) -> None:
    pytest.importorskip("facilitator.ui.presenter.presenter_window")
    console.show_presenter(None)
    presenter = console.presenter
    assert presenter is not None
    qtbot.waitUntil(presenter.isVisible)
    qtbot.keyClick(console, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    fake_clock.now += 100
    console.refresh()
    assert presenter.clock_label.text() == console.clock_label.text()
    console.flash_box.setChecked(True)
    qtbot.mouseClick(
        next(b for b in console.findChildren(QPushButton) if b.text() == "Wrap up"),
        Qt.MouseButton.LeftButton,
    )
    assert presenter.message_label.text() == "Wrap up"
    assert "flashing" in console.message_state.text()
    qtbot.mouseClick(console.findChild(QPushButton, "clearMessage"), Qt.MouseButton.LeftButton)
    assert presenter.message_label.text() == ""


def _stored_events(db: Database, meeting_id: int) -> list[tuple[RunEventKind, int]]:
    with db.read() as session:
        rows = session.scalars(
            select(RunEvent).where(RunEvent.meeting_id == meeting_id).order_by(RunEvent.seq)
        )
        return [(row.kind, row.seconds) for row in rows]


def test_a_quick_message_shown_is_kept_in_the_runs_events_and_leaves_the_clock_alone(
    qtbot, db: Database, console: ConsoleWindow, fake_clock: FakeClock, meeting_id: int
) -> None:
    buttons = console.findChildren(QPushButton, "quickMessage")
    assert [b.text() for b in buttons] == ["2 minutes", "Wrap up", "Time"]
    qtbot.mouseClick(buttons[1], Qt.MouseButton.LeftButton)  # no screen shows it: not shown
    assert "Not sent" in console.message_state.text()
    assert _stored_events(db, meeting_id) == []
    console.show_presenter(None)
    qtbot.waitUntil(console.presenter.isVisible)
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)  # before the start too
    assert console.presenter.message_label.text() == "2 minutes"
    assert not console.run.state().started
    qtbot.keyClick(console, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    fake_clock.now += 100
    before = console.run.state()
    qtbot.mouseClick(buttons[1], Qt.MouseButton.LeftButton)
    assert console.presenter.message_label.text() == "Wrap up"
    fake_clock.now += 20
    qtbot.keyClick(console, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert _stored_events(db, meeting_id) == [
        (RunEventKind.MESSAGE, 0),
        (RunEventKind.START, 0),
        (RunEventKind.MESSAGE, 1),
        (RunEventKind.NEXT, 0),
    ]
    after = console.run.state()
    assert after.items_elapsed == pytest.approx((before.items_elapsed[0] + 20, 0, 0, 0, 0))
    assert after.meeting_elapsed == pytest.approx(before.meeting_elapsed + 20)
    reopened = MeetingRun.open(db, meeting_id, time_source=fake_clock).state()
    assert reopened.items_elapsed == pytest.approx(after.items_elapsed)
    assert load_meeting(db, meeting_id).items[0].actual_start is not None


@pytest.fixture
def main_window(qtbot, db: Database, tmp_path: Path, meeting_id: int) -> Iterator[MainWindow]:
    """The main window over a database that already holds the weekly meeting."""
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(db, settings=settings)
    qtbot.addWidget(window)
    yield window
    for console in window.findChildren(ConsoleWindow):
        console.close()


@pytest.mark.qt_log_ignore("does not support raise")
def test_ctrl_r_runs_the_selected_meeting(
    qtbot, show, main_window: MainWindow, meeting_id: int
) -> None:
    show(main_window, active=True)
    main_window.meeting_table.setFocus()
    qtbot.keyClick(main_window.meeting_table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    consoles = main_window.findChildren(ConsoleWindow)
    assert len(consoles) == 1
    assert consoles[0].run.meeting_id == meeting_id
    assert consoles[0].isVisible()
    main_window.run_meeting_action.trigger()
    assert len(main_window.findChildren(ConsoleWindow)) == 1


def test_startup_offers_to_resume_a_running_meeting(
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
    db: Database,
    main_window: MainWindow,
    meeting_id: int,
) -> None:
    MeetingRun.open(db, meeting_id).start()
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    main_window.show()
    qtbot.waitUntil(lambda: bool(main_window.findChildren(ConsoleWindow)), timeout=2000)
    assert len(asked) == 1
    console = main_window.findChildren(ConsoleWindow)[0]
    assert console.run.state().running
    assert main_window.current_meeting_id == meeting_id
