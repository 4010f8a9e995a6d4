"""Logging disputes and action items from the keyboard, in the console and on their own."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from facilitator.record.action_items import add_action_item, get_action_item, list_action_items
from facilitator.record.attendance import invite
from facilitator.record.disputes import dispute_history, get_dispute, list_disputes, open_dispute
from facilitator.record.people import PersonInput, add_person
from facilitator.storage.database import Database
from facilitator.ui.console.capture_dialogs import ActionItemDialog, DisputeDialog
from facilitator.ui.console.console import ConsoleWindow
from facilitator.vocabulary import DisputeCategory, DisputeRole, DisputeStatus, Team

TODAY = date(2026, 11, 23)
CONTROL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def meeting_id(new_weekly_meeting: Callable[..., int]) -> int:
    return new_weekly_meeting(scheduled_at=datetime(2026, 11, 23, 16, 30, tzinfo=UTC))


@pytest.fixture
def people(db: Database, meeting_id: int) -> dict[str, int]:
    ids = {
        "Ana": add_person(db, PersonInput("Ana Sales", "ana@example.com", Team.SALES)),
        "Mo": add_person(db, PersonInput("Mo Marketing", "mo@example.com", Team.MARKETING)),
        "Zed": add_person(db, PersonInput("Zed Roster", "zed@example.com", Team.SALES)),
    }
    invite(db, meeting_id, [ids["Ana"], ids["Mo"]])
    return ids


@pytest.fixture
def console(open_console, meeting_id: int) -> ConsoleWindow:
    return open_console(meeting_id)


def _choose(box, text: str) -> None:
    index = next(i for i in range(box.count()) if box.itemText(i).startswith(text))
    box.setCurrentIndex(index)


def test_ctrl_d_in_the_console_opens_a_dispute_typed_and_saved_with_enter(
    qtbot, db: Database, meeting_id: int, people: dict[str, int], console: ConsoleWindow
) -> None:
    qtbot.keyClick(console, Qt.Key.Key_Space, CONTROL)
    assert console.run.state().running
    qtbot.keyClick(console.note_input, Qt.Key.Key_D, CONTROL)
    dialog = console.capture_dialog
    assert isinstance(dialog, DisputeDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.title_edit)

    qtbot.keyClicks(dialog.title_edit, "Webinar leads <b>aren't</b> sales-ready")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.category_box, "MQL")
    _choose(dialog.team_box, "Marketing")
    _choose(dialog.person_box, "Mo Marketing")
    qtbot.keyClicks(dialog.sales_edit, "Half never answer")
    qtbot.keyClicks(dialog.marketing_edit, "They asked for the demo")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    [dispute] = list_disputes(db)
    assert dispute.title == "Webinar leads <b>aren't</b> sales-ready"
    assert dispute.category is DisputeCategory.MQL_DEFINITION
    assert (dispute.raised_by_team, dispute.raised_by_id) == (Team.MARKETING, people["Mo"])
    assert dispute.sales_position == "Half never answer"
    assert dispute.marketing_position == "They asked for the demo"
    assert [(e.meeting_id, e.role) for e in dispute_history(db, dispute.id)] == [
        (meeting_id, DisputeRole.RAISED)
    ]
    assert console.status_line.text() == "Dispute logged."


def test_ctrl_t_in_the_console_records_an_action_item_for_an_attendee(
    qtbot, db: Database, meeting_id: int, people: dict[str, int], console: ConsoleWindow
) -> None:
    qtbot.keyClick(console, Qt.Key.Key_T, CONTROL)
    dialog = console.capture_dialog
    assert isinstance(dialog, ActionItemDialog)
    owners = [dialog.owner_box.itemText(i) for i in range(dialog.owner_box.count())]
    assert owners[1:3] == ["Ana Sales (Sales)", "Mo Marketing (Marketing)"]
    assert "Zed Roster (Sales)" in owners[3:]
    qtbot.keyClicks(dialog.text_edit, "Call back the 12 webinar leads")
    _choose(dialog.owner_box, "Ana Sales")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)

    [item] = list_action_items(db)
    assert item.text == "Call back the 12 webinar leads"
    assert (item.owner_id, item.team, item.created_meeting_id) == (
        people["Ana"],
        Team.SALES,
        meeting_id,
    )
    assert item.due_date == date(2026, 11, 30)
    assert console.status_line.text() == "Action item recorded."


def test_the_due_date_defaults_to_the_next_meeting_and_a_past_one_is_refused(
    qtbot, show, db: Database, meeting_id: int
) -> None:
    dialog = ActionItemDialog(db, meeting_id, today=TODAY)
    show(dialog, active=True)
    assert dialog.due_date() == date(2026, 11, 30)
    qtbot.keyClicks(dialog.text_edit, "Send the deck")
    dialog.due_edit.setDate(QDate(2026, 11, 20))
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)

    assert dialog.problem_label.text() == "The due date 2026-11-20 is in the past."
    assert dialog.text_edit.text() == "Send the deck"
    assert list_action_items(db) == []


def test_an_empty_dispute_title_is_refused_and_nothing_typed_is_lost(
    qtbot, show, db: Database, meeting_id: int
) -> None:
    dialog = DisputeDialog(db, meeting_id)
    show(dialog, active=True)
    qtbot.keyClicks(dialog.sales_edit, "Our position")
    qtbot.keyClick(dialog.sales_edit, Qt.Key.Key_Return, CONTROL)
    assert dialog.problem_label.text() == "A dispute needs a title."
    assert dialog.sales_edit.toPlainText() == "Our position"
    assert list_disputes(db) == []


def test_a_dispute_is_edited_in_the_same_dialog(
    qtbot, show, db: Database, meeting_id: int
) -> None:
    dispute_id = open_dispute(
        db,
        meeting_id,
        title="SLA response time",
        category=DisputeCategory.SLA_TERMS,
        raised_by_team=Team.SALES,
    )
    dialog = DisputeDialog(db, dispute_id=dispute_id)
    show(dialog, active=True)
    assert dialog.title_edit.text() == "SLA response time"
    assert not dialog.team_box.isEnabled()
    qtbot.keyClicks(dialog.marketing_edit, "Four hours is enough")
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()
    view = get_dispute(db, dispute_id)
    assert view.marketing_position == "Four hours is enough"
    assert view.status is DisputeStatus.OPEN


def test_an_action_item_is_edited_in_the_same_dialog(
    qtbot, show, db: Database, meeting_id: int, people: dict[str, int]
) -> None:
    action_id = add_action_item(db, meeting_id, text="Draft the SLA", today=TODAY)
    dialog = ActionItemDialog(db, action_id=action_id, today=TODAY)
    show(dialog, active=True)
    assert dialog.text_edit.text() == "Draft the SLA"
    dialog.text_edit.selectAll()
    qtbot.keyClicks(dialog.text_edit, "Draft the SLA v2")
    _choose(dialog.owner_box, "Mo Marketing")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)
    view = get_action_item(db, action_id, today=TODAY)
    assert (view.text, view.owner_id, view.team) == (
        "Draft the SLA v2",
        people["Mo"],
        Team.MARKETING,
    )
    assert view.due_date == date(2026, 11, 30)
