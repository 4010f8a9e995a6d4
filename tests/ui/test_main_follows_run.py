"""The main window follows the run a console makes (issue #15, point 7): the As run tab is live
while the meeting runs, the console's End brings that tab forward at once, an ended meeting's
agenda offers no Undo or Save, and the As run tab's durations are the minutes' to the second."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from fake_time import FakeClock, Machine
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QSplitter
from pytestqt.qtbot import QtBot

from facilitator import timesource
from facilitator.minutes import snapshot_meeting
from facilitator.record.meetings import load_meeting
from facilitator.record.run import MeetingRun
from facilitator.rules.agenda import format_duration
from facilitator.storage.database import Database
from facilitator.ui.console.console import ConsoleWindow
from facilitator.ui.main_window import MainWindow
from facilitator.ui.notes.notes_model import NotesTableModel
from facilitator.ui.planning.meeting_detail import AgendaTableModel, AsRunView
from facilitator.ui.planning.meeting_list_model import MeetingListModel
from facilitator.ui.planning.pacing_view import ACTUAL
from facilitator.vocabulary import MeetingStatus

CTRL = Qt.KeyboardModifier.ControlModifier
EARLIER = datetime(2026, 11, 20, 16, 30, tzinfo=UTC)


@pytest.fixture
def open_main(
    show,
    db: Database,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    fake_clock: FakeClock,
) -> Callable[[], MainWindow]:
    """Opens the main window on the meetings planned so far; the consoles it opens run on the
    fake clock the test moves."""
    monkeypatch.setattr(timesource, "_clock", fake_clock)
    return lambda: show(MainWindow(db, settings=settings))


def console_of(qtbot: QtBot, window: MainWindow, meeting_id: int) -> ConsoleWindow:
    """The console opened from the main window, taking the keyboard as it does on screen."""
    window.select_meeting(meeting_id)
    console = window.run_meeting(meeting_id)
    assert isinstance(console, ConsoleWindow)
    qtbot.waitExposed(console)
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow)
    return console


def listed_status(window: MainWindow, meeting_id: int) -> str:
    """What the meeting list's Status column says of a meeting."""
    window.select_meeting(meeting_id)
    row = window.meeting_table.currentIndex().row()
    model = window.meeting_table.model()
    return model.index(row, MeetingListModel.STATUS).data()


def note_texts(window: MainWindow) -> list[str]:
    panel = window.editor.as_run.notes_panel
    if panel is None:
        return []
    return [panel.model.note_at(row).text for row in range(panel.model.rowCount())]


def test_a_note_filed_in_the_console_shows_on_the_main_windows_as_run_tab(
    qtbot: QtBot, open_main: Callable[[], MainWindow], new_weekly_meeting: Callable[..., int]
) -> None:
    meeting_id = new_weekly_meeting()
    window = open_main()
    console = console_of(qtbot, window, meeting_id)
    editor = window.editor
    assert editor.tabs.currentWidget() is editor.agenda

    qtbot.keyClick(console, Qt.Key.Key_Space, CTRL)
    qtbot.waitUntil(lambda: editor.tabs.currentWidget() is editor.as_run)
    assert editor.meeting is not None and editor.meeting.status == MeetingStatus.RUNNING
    assert listed_status(window, meeting_id) == "Running"
    pacing = editor.as_run.pacing_view
    assert pacing.cell_text(0, ACTUAL).endswith("so far")

    qtbot.keyClicks(console.note_input, "Budget for the spring webinars agreed")
    qtbot.keyClick(console.note_input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: note_texts(window) == ["Budget for the spring webinars agreed"])
    notes = editor.as_run.notes_panel
    assert notes is not None and not notes.note_input.isVisible()  # typed in the console

    assert console.undo_action in console.edit_menu.actions()
    console.undo_action.trigger()  # Edit ▸ Undo in the console takes the note back
    qtbot.waitUntil(lambda: note_texts(window) == [])


def test_a_note_filed_in_the_console_leaves_a_note_being_edited_in_the_main_window_open(
    qtbot: QtBot, open_main: Callable[[], MainWindow], new_weekly_meeting: Callable[..., int]
) -> None:
    meeting_id = new_weekly_meeting()
    window = open_main()
    console = console_of(qtbot, window, meeting_id)
    qtbot.keyClick(console, Qt.Key.Key_Space, CTRL)
    qtbot.keyClicks(console.note_input, "MQLs on pace for 363")
    qtbot.keyClick(console.note_input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: note_texts(window) == ["MQLs on pace for 363"])

    notes = window.editor.as_run.notes_panel
    assert notes is not None
    view = notes.notes_view
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.setCurrentIndex(notes.model.index(0, NotesTableModel.TEXT))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    line = view.findChild(QLineEdit, "noteEditor")
    assert line is not None
    line.selectAll()
    qtbot.keyClicks(line, "MQLs on pace for 380")

    read = window.editor.as_run.meeting
    qtbot.keyClicks(console.note_input, "Webinar moves to March")
    qtbot.keyClick(console.note_input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.editor.as_run.meeting is not read)  # read again
    assert line.isVisible() and line.text() == "MQLs on pace for 380"
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: note_texts(window) == ["MQLs on pace for 380", "Webinar moves to March"]
    )


def test_ending_in_the_console_shows_that_meetings_as_run_tab_at_once(
    qtbot: QtBot,
    open_main: Callable[[], MainWindow],
    new_weekly_meeting: Callable[..., int],
    end_meeting: Callable[[ConsoleWindow], None],
) -> None:
    other = new_weekly_meeting("Monthly pipeline review", EARLIER)
    meeting_id = new_weekly_meeting()
    window = open_main()
    console = console_of(qtbot, window, meeting_id)
    window.select_meeting(other)
    editor = window.editor
    assert editor.meeting_id == other

    end_meeting(console)

    qtbot.waitUntil(lambda: window.current_meeting_id == meeting_id)
    qtbot.waitUntil(lambda: editor.tabs.currentWidget() is editor.as_run)
    assert editor.meeting_id == meeting_id
    assert editor.meeting is not None and editor.meeting.status == MeetingStatus.ENDED
    assert listed_status(window, meeting_id) == "Ended"
    assert editor.as_run.total_label.text().startswith("Planned 35:00 of 40:00 — ran 0:30")
    assert editor.as_run.notes_panel is not None
    assert editor.as_run.notes_panel.note_input.isVisible()  # after the end, typed here


@pytest.fixture
def ended_in_main(
    qtbot: QtBot,
    open_main: Callable[[], MainWindow],
    new_weekly_meeting: Callable[..., int],
    end_meeting: Callable[[ConsoleWindow], None],
) -> Callable[..., MainWindow]:
    """Opens the main window, runs a weekly meeting from it and ends it in the console; returns
    the window once it shows that meeting's As run tab. `height=` sizes the window first
    (1366 wide), before the console opens."""

    def ended(height: int | None = None) -> MainWindow:
        meeting_id = new_weekly_meeting()
        window = open_main()
        if height is not None:
            window.resize(1366, height)
            qtbot.waitUntil(lambda: window.height() == height)
        end_meeting(console_of(qtbot, window, meeting_id))
        editor = window.editor
        qtbot.waitUntil(lambda: editor.tabs.currentWidget() is editor.as_run)
        return window

    return ended


def test_an_ended_meetings_agenda_shows_no_undo_or_save(
    qtbot: QtBot, ended_in_main: Callable[..., MainWindow]
) -> None:
    editor = ended_in_main().editor

    tab_bar = editor.tabs.tabBar()
    qtbot.mouseClick(
        tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(editor.agenda_tab).center()
    )
    assert editor.tabs.currentWidget() is editor.agenda
    shown = [
        button.text().replace("&", "")
        for button in editor.findChildren(QAbstractButton)
        if button.isVisible()
    ]
    assert not [text for text in shown if text.startswith(("Undo", "Redo", "Revert"))]
    assert "Save" not in shown
    assert not editor.agenda.toolbar.isVisible()
    assert editor.locked_label.isVisible()
    assert editor.locked_label.text() == (
        "This meeting has ended: its plan is history and can't be changed."
    )
    assert editor.locked_label.textFormat() == Qt.TextFormat.PlainText


def test_a_planned_meetings_agenda_still_offers_undo_and_save(
    open_main: Callable[[], MainWindow], new_weekly_meeting: Callable[..., int]
) -> None:
    meeting_id = new_weekly_meeting()
    window = open_main()
    window.select_meeting(meeting_id)
    editor = window.editor
    assert editor.agenda.toolbar.isVisible()
    assert editor.save_button.isVisible() and editor.revert_button.isVisible()


@pytest.fixture
def ran_in_fractions(db: Database, new_weekly_meeting: Callable[..., int]) -> int:
    """A weekly meeting whose items ran fractions of a second that truncating and rounding
    tell apart: 2:54.6, 12:40.7 (over by 0:40.7) and 0:59.8, then ended: 16:35.1 in all."""
    meeting_id = new_weekly_meeting("Weekly smarketing", EARLIER)
    machine = Machine(100.0, EARLIER)
    run = MeetingRun.open(
        db, meeting_id, time_source=machine.time, wall=machine.wall, boot=lambda: "boot"
    )
    run.start()
    for seconds in (174.6, 760.7):
        machine.advance(seconds)
        run.next_item()
    machine.advance(59.8)
    run.end()
    return meeting_id


def test_the_as_run_tables_and_their_total_are_the_minutes_to_the_second(
    qtbot: QtBot, show, db: Database, ran_in_fractions: int
) -> None:
    view = show(AsRunView())
    view.show_run(db, load_meeting(db, ran_in_fractions))
    minutes = snapshot_meeting(db, ran_in_fractions)
    pacing, agenda = view.pacing_view, view.agenda_table.model()
    ran = [line for line in minutes.agenda if line.actual_seconds is not None]
    assert [line.actual_seconds for line in ran] == [175, 760, 60]  # they add up to 16:35

    for row, line in enumerate(minutes.agenda):
        if line.actual_seconds is None:
            assert pacing.cell_text(row, ACTUAL) == "not reached"
            continue
        words = format_duration(line.actual_seconds)
        assert pacing.cell_text(row, ACTUAL) == words
        shown = agenda.index(row, AgendaTableModel.ACTUAL).data()
        assert shown.split(" (+")[0] == words
    assert agenda.index(1, AgendaTableModel.ACTUAL).data() == "12:40 (+0:40)"

    total = format_duration(sum(line.actual_seconds or 0 for line in ran))
    assert total == "16:35" == format_duration(minutes.duration_seconds or 0)
    assert minutes.duration_seconds is not None
    inside = format_duration(minutes.cap_seconds - minutes.duration_seconds)
    assert inside == "23:25"
    assert view.total_label.text() == "Planned 35:00 of 40:00 — ran 16:35, within the cap"


def test_the_as_run_tab_gives_its_height_to_the_notes_not_to_empty_rows(
    qtbot: QtBot, ended_in_main: Callable[..., MainWindow]
) -> None:
    window = ended_in_main(height=768)  # the commonest laptop screen, 1366×768
    editor = window.editor
    window.activateWindow()
    notes = editor.as_run.notes_panel
    assert notes is not None
    qtbot.waitUntil(notes.notes_view.isVisible)
    parts = editor.as_run.findChild(QSplitter, "asRunParts")
    assert parts is not None
    qtbot.waitUntil(lambda: notes.height() >= parts.height() // 3)
    for table in (editor.as_run.agenda_table, editor.as_run.pacing_view.table):
        rows = table.model().rowCount()
        used = sum(table.rowHeight(row) for row in range(rows))
        empty = table.viewport().height() - used
        assert empty < table.rowHeight(0), "a table keeps no empty rows' height"
