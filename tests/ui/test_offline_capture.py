"""Disputes and action items taken from the console while the team server is away (issue #16
point 4): Ctrl+D and Ctrl+T open from what was read while it answered, Save keeps the record on
the laptop (said on the status line, listed as not sent), and it reaches the server once, in
order with the notes, when the server is back."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from conftest import WEEKLY_AT
from fake_time import FakeClock
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtWidgets import QApplication, QComboBox
from server_databases import server_control
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from facilitator.record.action_items import action_items_made_at
from facilitator.record.attendance import invite
from facilitator.record.disputes import disputes_raised_at
from facilitator.record.meetings import create_meeting
from facilitator.record.notes import notes_of
from facilitator.record.people import PersonInput, add_person
from facilitator.record.templates import builtin_template
from facilitator.storage.database import Database, open_database
from facilitator.storage.journal import Journal
from facilitator.team.offline import OFFLINE_MESSAGE, Journaling
from facilitator.ui.common import messages
from facilitator.ui.console.capture_dialogs import ActionItemDialog, DisputeDialog
from facilitator.ui.console.console import ConsoleWindow
from facilitator.ui.team import offline_console
from facilitator.ui.team.kept_at_start import send_kept_writes
from facilitator.vocabulary import DisputeCategory, Team

CONTROL = Qt.KeyboardModifier.ControlModifier
KEPT_DISPUTE = "Dispute kept on this laptop; it goes to the server when it is back."
KEPT_ACTION = "Action item kept on this laptop; it goes to the server when it is back."


@pytest.fixture
def team_db(server_database: Callable[..., str]) -> Iterator[Database]:
    database = open_database(server_database())
    yield database
    database.close()


@pytest.fixture
def meeting_id(team_db: Database) -> int:
    plan = builtin_template("weekly").plan
    meeting = create_meeting(team_db, plan, title="Weekly smarketing", scheduled_at=WEEKLY_AT)
    ana = add_person(team_db, PersonInput("Ana Sales", "ana@example.com", Team.SALES))
    mo = add_person(team_db, PersonInput("Mo Marketing", "mo@example.com", Team.MARKETING))
    add_person(team_db, PersonInput("Zed Roster", "zed@example.com", Team.SALES))
    invite(team_db, meeting, [ana, mo])
    return meeting


@pytest.fixture
def console(
    show: Callable[..., Any],
    team_db: Database,
    meeting_id: int,
    settings: QSettings,
    fake_clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[ConsoleWindow]:
    """The console on the team database, probing every 100 ms; gone before the database is."""
    monkeypatch.setattr(offline_console, "PROBE_MS", 100)
    window = ConsoleWindow(team_db, meeting_id, time_source=fake_clock, settings=settings)
    yield show(window, active=True)
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@contextmanager
def server_away(team_db: Database) -> Iterator[None]:
    """The server away as the next write finds it (an address nobody answers at), without
    stopping the shared test server; back as the block ends."""
    nobody = create_engine(
        "postgresql+psycopg://nobody@127.0.0.1:1/none", connect_args={"connect_timeout": 1}
    )
    try:
        with pytest.MonkeyPatch.context() as away:
            away.setattr(team_db, "sessions", sessionmaker(nobody))
            yield
    finally:
        nobody.dispose()


def _type_note(qtbot: Any, console: ConsoleWindow, text: str) -> None:
    console.note_input.setFocus()
    qtbot.keyClicks(console.note_input, text)
    qtbot.keyClick(console.note_input, Qt.Key.Key_Return)


def _choose(box: QComboBox, text: str) -> None:
    box.setCurrentIndex(next(i for i in range(box.count()) if box.itemText(i).startswith(text)))


def _dialog(qtbot: Any, console: ConsoleWindow, key: Qt.Key, kind: type) -> Any:
    qtbot.waitUntil(console.isActiveWindow)  # the last dialog's window has handed back the keys
    qtbot.keyClick(console.note_input, key, CONTROL)
    dialog = console.capture_dialog
    assert isinstance(dialog, kind)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _log_dispute(qtbot: Any, console: ConsoleWindow) -> list[str]:
    """Ctrl+D, typed and saved with the Save button; the names the person box offered."""
    dialog = _dialog(qtbot, console, Qt.Key.Key_D, DisputeDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.title_edit)
    qtbot.keyClicks(dialog.title_edit, "Webinar leads aren't sales-ready")
    _choose(dialog.category_box, "MQL")
    _choose(dialog.team_box, "Marketing")
    offered = [dialog.person_box.itemText(i) for i in range(dialog.person_box.count())]
    _choose(dialog.person_box, "Mo Marketing")
    qtbot.keyClicks(dialog.sales_edit, "Half never answer")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return offered


def _log_action_item(qtbot: Any, console: ConsoleWindow) -> list[str]:
    """Ctrl+T, typed and saved with the Save button; the owners the dialog offered."""
    dialog = _dialog(qtbot, console, Qt.Key.Key_T, ActionItemDialog)
    qtbot.keyClicks(dialog.text_edit, "Call the webinar leads back")
    offered = [dialog.owner_box.itemText(i) for i in range(dialog.owner_box.count())]
    _choose(dialog.owner_box, "Ana Sales")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return offered


def test_a_note_a_dispute_and_an_action_item_taken_while_away_each_arrive_once(
    qtbot: Any,
    console: ConsoleWindow,
    team_db: Database,
    meeting_id: int,
    fake_clock: FakeClock,
) -> None:
    qtbot.keyClick(console, Qt.Key.Key_Space, CONTROL)
    fake_clock.advance(30)
    _type_note(qtbot, console, "Pipeline is up 12 %")
    server_control("stop")
    try:
        fake_clock.advance(30)
        _type_note(qtbot, console, "Leads from the webinar are late")
        status_after_note = console.status_text()
        people_offered = _log_dispute(qtbot, console)
        status_after_dispute = console.status_text()
        owners_offered = _log_action_item(qtbot, console)
        status_after_action = console.status_text()
        listed_while_away = console.this_meeting.entry_texts()
        running = console.run.state()
    finally:
        server_control("start")

    assert status_after_note == OFFLINE_MESSAGE
    assert people_offered == ["(not named)", "Mo Marketing"]
    assert status_after_dispute == KEPT_DISPUTE
    assert owners_offered[:3] == ["(no owner)", "Ana Sales (Sales)", "Mo Marketing (Marketing)"]
    assert owners_offered[-1] == "Zed Roster (Sales)"
    assert status_after_action == KEPT_ACTION
    assert listed_while_away == [
        "Dispute (not sent) · Webinar leads aren't sales-ready",
        "Action (not sent) · Ana Sales (Sales) · due Mon 30 Nov · Call the webinar leads back",
    ]
    assert running.running and running.meeting_elapsed == 60
    qtbot.waitUntil(lambda: console.status_text().startswith("The server is back"), timeout=15000)
    assert console.status_text() == (
        "The server is back: 1 note, 1 dispute and 1 action item sent."
    )
    assert [note.text for note in notes_of(team_db, meeting_id)] == [
        "Pipeline is up 12 %",
        "Leads from the webinar are late",
    ]
    [dispute] = disputes_raised_at(team_db, meeting_id)
    assert dispute.title == "Webinar leads aren't sales-ready"
    assert dispute.category is DisputeCategory.MQL_DEFINITION
    assert dispute.raised_by_team is Team.MARKETING and dispute.raised_by_name == "Mo Marketing"
    assert dispute.sales_position == "Half never answer"
    [item] = action_items_made_at(team_db, meeting_id)
    assert (item.text, item.owner_name) == ("Call the webinar leads back", "Ana Sales")
    assert console.this_meeting.entry_texts() == [
        "Dispute · open · Webinar leads aren't sales-ready",
        "Action · Ana Sales (Sales) · due Mon 30 Nov · Call the webinar leads back",
    ]
    assert console.dispute_action.isEnabled() and console.this_meeting.edit_action.isEnabled()


def test_an_action_item_made_from_a_note_kept_offline_is_sent_linked_to_it(
    qtbot: Any, console: ConsoleWindow, team_db: Database, meeting_id: int
) -> None:
    with server_away(team_db):
        _type_note(qtbot, console, "Chase the webinar leads")
        from_note = Qt.KeyboardModifier.ShiftModifier | CONTROL
        qtbot.keyClick(console.note_input, Qt.Key.Key_T, from_note)
        dialog = console.capture_dialog
        assert isinstance(dialog, ActionItemDialog)
        prefilled = dialog.text_edit.text()
        with qtbot.waitSignal(dialog.saved):
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        status_while_away = console.status_text()
        editing_while_away = console.this_meeting.edit_action.isEnabled()

    assert prefilled == "Chase the webinar leads"
    assert status_while_away == KEPT_ACTION
    assert not editing_while_away  # a logged record is edited once the server is back
    qtbot.waitUntil(lambda: console.status_text().startswith("The server is back"), timeout=5000)
    assert console.status_text() == "The server is back: 1 note and 1 action item sent."
    [note] = notes_of(team_db, meeting_id)
    [item] = action_items_made_at(team_db, meeting_id)
    assert item.note_id == note.id and item.text == "Chase the webinar leads"


def test_a_dispute_kept_and_undone_while_away_is_never_sent(
    qtbot: Any, console: ConsoleWindow, team_db: Database, meeting_id: int
) -> None:
    with server_away(team_db):
        _type_note(qtbot, console, "Webinar leads")  # finds the server gone
        _log_dispute(qtbot, console)
        listed = console.this_meeting.entry_texts()
        console.undo_action.trigger()
        listed_after_undo = console.this_meeting.entry_texts()

    assert listed == ["Dispute (not sent) · Webinar leads aren't sales-ready"]
    assert listed_after_undo == []
    qtbot.waitUntil(lambda: console.status_text().startswith("The server is back"), timeout=5000)
    assert console.status_text() == "The server is back: 1 note sent."
    assert disputes_raised_at(team_db, meeting_id) == []


def test_a_dispute_left_by_a_killed_app_is_sent_at_the_next_start(
    team_db: Database, meeting_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    journaling = Journaling(team_db, Journal())
    journaling.went_offline()
    journaling.open_dispute(
        meeting_id,
        title="Lead scoring threshold",
        category=DisputeCategory.LEAD_QUALITY,
        raised_by_team=Team.SALES,
        sales_position="Too low",
    )
    told: list[str] = []
    monkeypatch.setattr(messages, "inform", lambda _parent, _title, text: told.append(text))

    sent = send_kept_writes(None, team_db)  # type: ignore[arg-type]

    assert sent is not None and sent.complete and sent.summary() == "1 dispute"
    assert told and told[0].endswith("sent to it now: 1 dispute.")
    [dispute] = disputes_raised_at(team_db, meeting_id)
    assert (dispute.title, dispute.sales_position) == ("Lead scoring threshold", "Too low")
    assert send_kept_writes(None, team_db) is None  # type: ignore[arg-type]
