"""The pacing view under the as-run agenda of an ended meeting, and the end that cannot be
repeated, as the moderator meets them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from fake_time import Machine
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from facilitator.record.meetings import MeetingView, load_meeting
from facilitator.record.run import MeetingRun
from facilitator.storage.database import Database
from facilitator.ui.common import messages
from facilitator.ui.common.palette_colours import ERROR
from facilitator.ui.console.console import ConsoleWindow
from facilitator.ui.planning.meeting_detail import AsRunView
from facilitator.ui.planning.pacing_view import (
    ACTUAL,
    CUT,
    DIFFERENCE,
    NUMBER,
    STARTED,
    PacingView,
)
from facilitator.vocabulary import MeetingStatus

START_WALL = datetime(2024, 3, 12, 16, 30, tzinfo=UTC)


@pytest.fixture
def ended(db: Database, new_weekly_meeting: Callable[..., int]) -> MeetingView:
    """Weekly meeting: item 2 ran 4:10 long, item 3 was cut, items 4 and 5 never reached."""
    meeting_id = new_weekly_meeting("Weekly <b>sync</b>", START_WALL)
    machine = Machine(100.0, START_WALL)
    run = MeetingRun.open(
        db,
        meeting_id,
        time_source=machine.time,
        wall=machine.wall,
        boot=lambda: "boot",
    )
    run.start()
    machine.advance(180)
    run.next_item()
    machine.advance(970)
    run.next_item()
    machine.advance(600)
    run.end()
    return load_meeting(db, meeting_id)


def test_as_run_view_shows_overruns_lateness_cuts_and_unreached_items(
    qtbot: QtBot, ended: MeetingView
) -> None:
    view = AsRunView()
    qtbot.addWidget(view)
    view.show()
    view.show_meeting(ended)
    pacing = view.pacing_view
    qtbot.waitUntil(lambda: pacing.table.isVisible())
    assert pacing.summary_label.text() == (
        "Item 2 ran 4:10 long; item 3 started 4:10 late and was cut by 2:00 "
        "and items 4 and 5 were never reached."
    )
    assert pacing.summary_label.textFormat() == Qt.TextFormat.PlainText
    assert pacing.table.rowCount() == 5
    assert [pacing.cell_text(row, NUMBER) for row in range(5)] == ["1", "2", "3", "4", "5"]
    assert [pacing.cell_text(row, DIFFERENCE) for row in range(5)] == [
        "0:00",
        "+4:10",
        "-2:00",
        "not reached",
        "not reached",
    ]
    assert [pacing.cell_text(row, STARTED) for row in range(5)] == [
        "on time",
        "on time",
        "4:10 late",
        "not reached",
        "not reached",
    ]
    assert pacing.cell_text(2, CUT) == "cut by 2:00"
    assert pacing.cell_text(3, ACTUAL) == "not reached"
    over = pacing.table.item(1, DIFFERENCE)
    assert over is not None and over.foreground().color() == ERROR.colour()
    on_time = pacing.table.item(0, DIFFERENCE)
    assert on_time is not None and on_time.foreground().color() != ERROR.colour()


def test_the_table_is_read_only_and_titles_stay_plain_text(
    qtbot: QtBot, ended: MeetingView
) -> None:
    pacing = PacingView()
    qtbot.addWidget(pacing)
    pacing.show()
    pacing.show_meeting(ended)
    pacing.table.setCurrentCell(1, 1)
    before = pacing.cell_text(1, 1)
    qtbot.keyClick(pacing.table, Qt.Key.Key_F2)
    qtbot.keyClicks(pacing.table, "typed")
    assert pacing.cell_text(1, 1) == before
    assert pacing.report is not None and len(pacing.report.never_reached) == 2


def test_a_meeting_not_run_yet_says_so(
    qtbot: QtBot, db: Database, new_weekly_meeting: Callable[..., int]
) -> None:
    meeting_id = new_weekly_meeting("Next", START_WALL)
    pacing = PacingView()
    qtbot.addWidget(pacing)
    pacing.show_meeting(load_meeting(db, meeting_id))
    assert pacing.summary_label.text() == "The meeting has not been run."
    assert {pacing.cell_text(row, STARTED) for row in range(5)} == {"not reached"}


def test_ctrl_e_after_the_end_says_the_meeting_has_already_ended(
    qtbot: QtBot,
    show,
    monkeypatch: pytest.MonkeyPatch,
    db: Database,
    settings: QSettings,
    new_weekly_meeting: Callable[..., int],
) -> None:
    meeting_id = new_weekly_meeting("Weekly", START_WALL)
    machine = Machine(100.0, START_WALL)
    console = ConsoleWindow(
        db,
        meeting_id,
        time_source=machine.time,
        wall=machine.wall,
        settings=settings,
    )
    show(console, active=True)
    asked: list[str] = []

    def answer(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(messages, "ask", answer)
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(console, Qt.Key.Key_E, ctrl)
    assert asked == []
    assert console.status_text() == "Refused: The meeting has not started yet."

    qtbot.keyClick(console, Qt.Key.Key_Space, ctrl)
    assert console.run.state().running, console.status_text()
    machine.advance(240)
    qtbot.keyClick(console, Qt.Key.Key_E, ctrl)
    assert len(asked) == 1, (console.end_action.isEnabled(), console.status_text())
    assert console.run.state().ended
    assert not console.end_action.isEnabled()
    assert not console.end_button.isEnabled()

    machine.advance(60)
    qtbot.keyClick(console, Qt.Key.Key_E, ctrl)
    assert len(asked) == 1
    assert console.status_text() == "Refused: This meeting has already ended."
    assert console.run.state().meeting_elapsed == pytest.approx(240)
    view = load_meeting(db, meeting_id)
    assert view.status == MeetingStatus.ENDED
    pacing = PacingView()
    qtbot.addWidget(pacing)
    pacing.show_meeting(view)
    assert pacing.summary_label.text() == (
        "Item 1 ran 1:00 long; items 2, 3, 4 and 5 were never reached."
    )
    console.close()
