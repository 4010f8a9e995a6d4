"""The console on a team database while its server goes away and comes back (issue #16 point 4):
the moderator keeps typing notes and pressing the clock, is told the notes are kept on the
laptop, and is told again when they were sent."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import psycopg
import pytest
from conftest import WEEKLY_AT
from fake_time import TODAY_NOON, FakeClock
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from server_databases import server_control
from sqlalchemy import create_engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from facilitator.record.meetings import create_meeting
from facilitator.record.notes import notes_of
from facilitator.record.run import MeetingRun
from facilitator.record.templates import builtin_template
from facilitator.storage.database import Database, open_database
from facilitator.storage.journal import Journal, journal_path
from facilitator.team.offline import OFFLINE_MESSAGE, WAITING_MESSAGE, Journaling
from facilitator.ui.common import messages
from facilitator.ui.console.console import ConsoleWindow
from facilitator.ui.notes.notes_model import NotesTableModel
from facilitator.ui.team import offline_console
from facilitator.ui.team.kept_at_start import TITLE, send_kept_writes
from facilitator.ui.team.offline_console import MINUTES_WAIT
from facilitator.vocabulary import MeetingStatus, NoteKind


@pytest.fixture
def team_db(server_database: Callable[..., str]) -> Iterator[Database]:
    database = open_database(server_database())
    yield database
    database.close()


@pytest.fixture
def team_console(
    show: Callable[..., Any], team_db: Database, settings: QSettings, fake_clock: FakeClock
) -> Iterator[Callable[[int], ConsoleWindow]]:
    """Opens a console on the team database; it is gone before the database is dropped (its
    panels read the database as its undo stack is cleared)."""
    opened: list[ConsoleWindow] = []

    def open_on(meeting_id: int) -> ConsoleWindow:
        console = ConsoleWindow(team_db, meeting_id, time_source=fake_clock, settings=settings)
        opened.append(show(console, active=True))
        return console

    yield open_on
    for console in opened:
        console.close()
        console.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _meeting(db: Database) -> int:
    plan = builtin_template("weekly").plan
    return create_meeting(db, plan, title="Weekly smarketing", scheduled_at=WEEKLY_AT)


def _type_note(qtbot: Any, console: ConsoleWindow, text: str) -> None:
    console.note_input.setFocus()
    qtbot.keyClicks(console.note_input, text)
    qtbot.keyClick(console.note_input, Qt.Key.Key_Return)


def _kinds_shown(console: ConsoleWindow) -> list[str]:
    model = console.notes_list.model()
    return [
        model.index(row, NotesTableModel.KIND).data() for row in range(model.rowCount())
    ]


def test_notes_taken_while_the_server_is_away_are_sent_when_it_is_back(
    qtbot: Any,
    team_console: Callable[[int], ConsoleWindow],
    team_db: Database,
    fake_clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(offline_console, "PROBE_MS", 100)
    meeting_id = _meeting(team_db)
    console = team_console(meeting_id)
    qtbot.keyClick(console, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    fake_clock.advance(30)
    _type_note(qtbot, console, "Pipeline is up 12 %")
    server_control("stop")
    try:
        fake_clock.advance(30)
        _type_note(qtbot, console, "!MQL threshold stays at 60")
        console.note_input.setFocus()
        qtbot.keyClicks(console.note_input, "Leads from the webinar")
        console.notes_panel.flush()  # a pause in the typing stores the draft: kept, not sent
        _type_note(qtbot, console, " are late")
        qtbot.keyClick(console, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
        fake_clock.advance(15)
        status_while_down = console.status_text()
        kinds_while_down = _kinds_shown(console)
        clock_while_down = console.run.state()
        needing_server = [console.metrics_action, console.roll_call.button, console.review_panel]
        waiting_actions = [action.isEnabled() for action in needing_server]
        console.undo_action.trigger()  # the last note is still on the laptop
        refusal = console.status_text()
    finally:
        server_control("start")

    assert status_while_down == OFFLINE_MESSAGE
    assert kinds_while_down == ["Note", "Decision (not sent)", "Note (not sent)"]
    assert clock_while_down.current_index == 1 and clock_while_down.meeting_elapsed == 75
    assert refusal == f"Refused: {WAITING_MESSAGE}"
    assert waiting_actions == [False, False, False]  # they read the server as they open
    qtbot.waitUntil(lambda: console.status_text().startswith("The server is back"), timeout=15000)
    assert console.status_text() == "The server is back: 2 notes and 1 clock press sent."
    texts = [note.text for note in notes_of(team_db, meeting_id)]
    assert texts == [
        "Pipeline is up 12 %",
        "MQL threshold stays at 60",
        "Leads from the webinar are late",
    ]
    assert _kinds_shown(console) == ["Note", "Decision", "Note"]
    assert all(action.isEnabled() for action in needing_server)
    assert MeetingRun.open(team_db, meeting_id, time_source=fake_clock).state().current_index == 1
    # The refused undo left the stack, as every refused edit does; the next one takes out the
    # decision filed while away, under the id the server gave it.
    console.undo_action.trigger()
    assert [note.text for note in notes_of(team_db, meeting_id)] == [
        "Pipeline is up 12 %",
        "Leads from the webinar are late",
    ]


def test_a_meeting_ended_while_the_server_is_away_ends_on_it_when_back(
    qtbot: Any,
    team_console: Callable[[int], ConsoleWindow],
    team_db: Database,
    fake_clock: FakeClock,
    end_meeting: Callable[[Any], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(offline_console, "PROBE_MS", 100)
    meeting_id = _meeting(team_db)
    console = team_console(meeting_id)
    _type_note(qtbot, console, "Before the start")  # the server answers: straight in
    server_control("stop")
    try:
        end_meeting(console)  # starts, runs half a minute and ends, no roll call question
        ended = console.run.state()
        status_while_down = console.status_text()
        console.export_button.click()  # the minutes are read from the server
        export_while_down = console.status_text()
    finally:
        server_control("start")

    assert ended.ended and ended.meeting_elapsed == 30
    assert status_while_down == "The meeting has ended."
    assert export_while_down == f"Refused: {MINUTES_WAIT}"
    qtbot.waitUntil(lambda: console.status_text().startswith("The server is back"), timeout=15000)
    assert console.status_text() == "The server is back: 2 clock presses sent."
    on_server = MeetingRun.open(team_db, meeting_id, time_source=fake_clock)
    assert on_server.state().ended and on_server.meeting.status == MeetingStatus.ENDED
    assert on_server.started_at() == TODAY_NOON


def test_a_note_typed_and_taken_back_while_away_is_never_sent(
    qtbot: Any,
    team_console: Callable[[int], ConsoleWindow],
    team_db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The server away as a write finds it (an address nobody answers at), without stopping
    the shared test server."""
    monkeypatch.setattr(offline_console, "PROBE_MS", 100)
    meeting_id = _meeting(team_db)
    console = team_console(meeting_id)
    with monkeypatch.context() as away:
        nobody = create_engine(
            "postgresql+psycopg://nobody@127.0.0.1:1/none", connect_args={"connect_timeout": 1}
        )
        away.setattr(team_db, "sessions", sessionmaker(nobody))
        console.note_input.setFocus()
        qtbot.keyClicks(console.note_input, "Typed while away")
        console.notes_panel.flush()
        kinds_while_typing = _kinds_shown(console)
        console.note_input.selectAll()
        qtbot.keyClick(console.note_input, Qt.Key.Key_Delete)
        console.notes_panel.flush()
        kinds_after = _kinds_shown(console)
        status_while_down = console.status_text()
        nobody.dispose()

    assert kinds_while_typing == ["Note (not sent)"] and kinds_after == []
    assert status_while_down == OFFLINE_MESSAGE and console.note_error.text() == ""
    qtbot.waitUntil(lambda: console.status_text() == "The server is back.", timeout=5000)
    assert notes_of(team_db, meeting_id) == []


def test_a_console_opened_on_a_waiting_journal_sends_it_first(
    team_console: Callable[[int], ConsoleWindow], team_db: Database
) -> None:
    meeting_id = _meeting(team_db)
    journaling = Journaling(team_db, Journal())
    journaling.went_offline()
    journaling.add_note(meeting_id, None, NoteKind.NOTE, "left by a killed console", 0)

    console = team_console(meeting_id)

    assert console.status_text() == "The server is back: 1 note sent."
    assert _kinds_shown(console) == ["Note"]
    assert [note.text for note in notes_of(team_db, meeting_id)] == ["left by a killed console"]


def test_a_console_on_a_local_file_writes_straight_to_it(
    qtbot: Any, open_console: Callable[..., Any], db: Database, meeting_id: int
) -> None:
    if db.on_server:
        pytest.skip("a console on a local file (run without --postgres)")
    console = open_console(meeting_id)
    _type_note(qtbot, console, "Straight in")
    assert [note.text for note in notes_of(db, meeting_id)] == ["Straight in"]
    assert console.offline.journaling is None and not journal_path().exists()


def test_what_a_killed_console_kept_is_sent_at_the_next_start_and_told(
    qtbot: Any, team_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting_id = _meeting(team_db)
    journaling = Journaling(team_db, Journal())
    journaling.went_offline()
    for text in ("kept one", "kept two"):
        journaling.add_note(meeting_id, None, NoteKind.NOTE, text, 1)
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "inform", lambda _parent, title, text: told.append((title, text)))

    sent = send_kept_writes(None, team_db)  # type: ignore[arg-type]

    assert sent is not None and sent.complete
    assert told == [
        (
            TITLE,
            f"Kept on this laptop while {team_db.location} could not be reached, and sent to it "
            "now: 2 notes.",
        )
    ]
    assert [note.text for note in notes_of(team_db, meeting_id)] == ["kept one", "kept two"]
    assert send_kept_writes(None, team_db) is None  # type: ignore[arg-type]


def test_a_note_saved_on_the_server_whose_answer_was_lost_is_listed_and_sent_once(
    qtbot: Any,
    team_console: Callable[[int], ConsoleWindow],
    team_db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(offline_console, "PROBE_MS", 100)
    meeting_id = _meeting(team_db)
    console = team_console(meeting_id)
    commit = Session.commit

    def saved_then_lost(self: Session) -> None:
        commit(self)
        monkeypatch.setattr(Session, "commit", commit)
        lost = psycopg.OperationalError("server closed the connection unexpectedly")
        raise OperationalError("COMMIT", None, lost, connection_invalidated=True)

    monkeypatch.setattr(Session, "commit", saved_then_lost)
    _type_note(qtbot, console, "Webinar leads are late")
    status_after_typing = console.status_text()

    assert status_after_typing == OFFLINE_MESSAGE
    qtbot.waitUntil(lambda: console.status_text().startswith("The server is back"), timeout=5000)
    assert console.status_text() == "The server is back: 1 note sent."
    assert [note.text for note in notes_of(team_db, meeting_id)] == ["Webinar leads are late"]
    assert _kinds_shown(console) == ["Note"]
    console.undo_action.trigger()  # takes out the note under the id the server gave it
    assert notes_of(team_db, meeting_id) == []
