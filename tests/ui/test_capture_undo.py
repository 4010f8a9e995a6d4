"""What the capture dialogs save lands on the opening window's undo stack, to be taken back."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from facilitator.record.action_items import get_action_item, list_action_items
from facilitator.record.disputes import (
    MAX_DISPUTE_TEXT_LENGTH,
    DisputeNotFound,
    get_dispute,
    list_disputes,
)
from facilitator.storage.database import Database
from facilitator.ui.common.commands import push_edit
from facilitator.ui.console.capture_dialogs import ActionItemDialog, DisputeDialog
from facilitator.ui.history.record_commands import NewDispute, OpenDispute
from facilitator.vocabulary import DisputeCategory, DisputeStatus, Team

CONTROL = Qt.KeyboardModifier.ControlModifier
TODAY = date(2026, 11, 23)


def test_an_opened_dispute_is_taken_back_and_brought_back_under_its_id(
    qtbot, show, db: Database, meeting_id: int
) -> None:
    stack = QUndoStack()
    dialog = show(DisputeDialog(db, meeting_id, undo_stack=stack), active=True)
    qtbot.keyClicks(dialog.title_edit, "Webinar leads are students")
    qtbot.keyClicks(dialog.sales_edit, "They never buy")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.sales_edit, Qt.Key.Key_Return, CONTROL)
    [opened] = list_disputes(db)
    assert stack.undoText() == "new dispute"

    stack.undo()
    assert list_disputes(db) == []
    stack.redo()
    assert get_dispute(db, opened.id) == opened


def test_a_dispute_whose_position_is_refused_is_not_left_half_made(
    db: Database, meeting_id: int
) -> None:
    stack = QUndoStack()
    told: list[str] = []
    new = NewDispute(
        meeting_id,
        "Too long a story",
        DisputeCategory.OTHER,
        Team.SALES,
        None,
        "x" * (MAX_DISPUTE_TEXT_LENGTH + 1),
        "",
    )
    assert not push_edit(stack, OpenDispute(db, new, told.append))
    assert told == [
        f"The Sales position is {MAX_DISPUTE_TEXT_LENGTH + 1:,} characters; "
        f"at most {MAX_DISPUTE_TEXT_LENGTH:,} fit."
    ]
    assert list_disputes(db) == []
    assert stack.count() == 0


def test_a_dispute_edit_is_undone_on_the_stack(qtbot, show, db: Database, meeting_id: int) -> None:
    stack = QUndoStack()
    first = show(DisputeDialog(db, meeting_id, undo_stack=stack), active=True)
    qtbot.keyClicks(first.title_edit, "SLA response time")
    first.save_button.click()
    dispute_id = first.dispute_id
    assert dispute_id is not None

    again = show(DisputeDialog(db, dispute_id=dispute_id, undo_stack=stack), active=True)
    qtbot.keyClicks(again.marketing_edit, "Four hours is enough")
    again.save_button.click()
    assert stack.undoText() == "dispute edit"
    stack.undo()
    view = get_dispute(db, dispute_id)
    assert (view.title, view.marketing_position, view.status) == (
        "SLA response time",
        "",
        DisputeStatus.OPEN,
    )
    stack.undo()
    try:
        get_dispute(db, dispute_id)
    except DisputeNotFound:
        pass
    else:
        raise AssertionError("the opened dispute is still there after undoing it")


def test_an_action_item_added_and_edited_is_undone_step_by_step(
    qtbot, show, db: Database, meeting_id: int
) -> None:
    stack = QUndoStack()
    dialog = show(ActionItemDialog(db, meeting_id, today=TODAY, undo_stack=stack), active=True)
    qtbot.keyClicks(dialog.text_edit, "Draft the SLA")
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)
    [added] = list_action_items(db, today=TODAY)
    assert stack.undoText() == "new action item"

    edit = show(ActionItemDialog(db, action_id=added.id, today=TODAY, undo_stack=stack))
    edit.text_edit.selectAll()
    qtbot.keyClicks(edit.text_edit, "Draft the SLA v2")
    edit.save_button.click()
    assert get_action_item(db, added.id, today=TODAY).text == "Draft the SLA v2"

    stack.undo()
    assert get_action_item(db, added.id, today=TODAY) == added
    stack.undo()
    assert list_action_items(db, today=TODAY) == []
    stack.redo()
    assert get_action_item(db, added.id, today=TODAY) == added


def test_a_refused_action_item_leaves_nothing_on_the_stack(
    qtbot, show, db: Database, meeting_id: int
) -> None:
    stack = QUndoStack()
    dialog = show(ActionItemDialog(db, meeting_id, today=TODAY, undo_stack=stack), active=True)
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)
    assert dialog.problem_label.text() == "An action item needs some text."
    assert stack.count() == 0


def test_a_dispute_logged_in_the_console_is_undone_from_its_edit_menu(
    qtbot, db: Database, meeting_id: int, open_console
) -> None:
    console = open_console(meeting_id)
    qtbot.keyClick(console, Qt.Key.Key_D, CONTROL)
    dialog = console.capture_dialog
    assert isinstance(dialog, DisputeDialog)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.title_edit, "Who owns the trial users")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: console.capture_dialog is None)
    [dispute] = list_disputes(db)
    assert console.undo_action.text() == "&Undo new dispute"

    console.undo_action.trigger()
    assert list_disputes(db) == []
    console.redo_action.trigger()
    assert list_disputes(db) == [dispute]
