"""The decision log: a decision note's owner, goal and review date set from the console
(Capture ▸ Decision details…, Ctrl+Shift+O) and undone with Ctrl+Z; the log window lists the
decisions, keeps those due for review, and edits one with Enter."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from meeting_builders import Series
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtGui import QUndoStack

from facilitator.decisions.decision_log import (
    DecisionDetails,
    decision_details,
    decision_log,
    set_decision,
    set_reviewed,
)
from facilitator.measures.metrics import ensure_default_goals, list_goals
from facilitator.record.meetings import create_meeting, load_meeting
from facilitator.record.notes import add_note
from facilitator.record.templates import builtin_template
from facilitator.rules.agenda import PlannedItem, with_items
from facilitator.storage.database import Database
from facilitator.ui.planning.agenda_editor import AgendaEditor
from facilitator.ui.planning.agenda_model import Column
from facilitator.ui.planning.new_meeting_dialog import NewMeetingDialog
from facilitator.ui.smarketing.decisions_dialog import NO_DECISION, DecisionDialog
from facilitator.ui.smarketing.decisions_log import DecisionLogDialog
from facilitator.vocabulary import ItemKind, NoteKind, Team

CONTROL = Qt.KeyboardModifier.ControlModifier
CONTROL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _choose(box, text: str) -> None:
    index = box.findText(text)
    assert index >= 0, text
    box.setCurrentIndex(index)


def test_the_console_key_sets_the_last_decisions_details_and_ctrl_z_undoes_it(
    qtbot, db: Database, open_console, meeting_id: int, three_teams
) -> None:
    ensure_default_goals(db)
    console = open_console(meeting_id)
    qtbot.keyClick(console, Qt.Key.Key_O, CONTROL_SHIFT)
    assert console.status_text() == NO_DECISION
    for typed in ("! Lower the MQL threshold to 60", "Coffee ran out"):
        console.note_input.setFocus()
        qtbot.keyClicks(console.note_input, typed)
        qtbot.keyClick(console.note_input, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: console.note_input.text() == "")
    qtbot.keyClick(console, Qt.Key.Key_O, CONTROL_SHIFT)
    dialog = console.decisions.dialog
    assert isinstance(dialog, DecisionDialog)
    note_id = dialog.note_id
    _choose(dialog.owner_combo, "Max Ode (Marketing)")
    _choose(dialog.goal_combo, "MQLs delivered")
    dialog.review_check.setChecked(True)
    dialog.review_edit.setDate(QDate(2027, 1, 15))
    qtbot.mouseClick(dialog.buttons_ok(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: console.decisions.dialog is None)
    assert console.status_text() == "Decision details saved."
    mqls = next(g.id for g in list_goals(db) if g.name == "MQLs delivered")
    assert decision_details(db, note_id) == DecisionDetails(
        three_teams["Max"], mqls, date(2027, 1, 15)
    )
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow)
    qtbot.keyClick(console, Qt.Key.Key_Z, CONTROL)
    assert decision_details(db, note_id) == DecisionDetails()


def test_a_review_before_the_decision_is_refused_in_the_dialog(
    qtbot, db: Database, meeting_id: int
) -> None:
    note = add_note(db, meeting_id, None, NoteKind.DECISION, "Recycle leads after 90 days", 5)
    stack = QUndoStack()
    dialog = DecisionDialog(db, note, "Recycle leads after 90 days", stack)
    qtbot.addWidget(dialog)
    dialog.review_check.setChecked(True)
    dialog.review_edit.setDate(QDate(2020, 1, 1))
    dialog.accept()
    assert dialog.problem.text().startswith("The review date is before the decision")
    assert dialog.isVisible() is False or dialog.result() == 0
    assert stack.count() == 0


@pytest.fixture
def log_history(db: Database, add_people) -> dict[str, int]:
    people = add_people(Ada=("Ada Sales", Team.SALES))
    plan = builtin_template("weekly").plan
    early = create_meeting(
        db, plan, title="Weekly 1 Oct", scheduled_at=datetime(2026, 10, 1, 9, tzinfo=UTC)
    )
    later = create_meeting(
        db, plan, title="Weekly 5 Nov", scheduled_at=datetime(2026, 11, 5, 9, tzinfo=UTC)
    )
    due = add_note(db, early, None, NoteKind.DECISION, "Call every webinar lead in 24 h", 5)
    set_decision(db, due, DecisionDetails(people["Ada"], None, date(2026, 11, 1)))
    done = add_note(db, early, None, NoteKind.DECISION, "Drop the cold list", 6)
    set_decision(db, done, DecisionDetails(None, None, date(2026, 10, 20)))
    set_reviewed(db, done, later)
    plain = add_note(db, later, None, NoteKind.DECISION, "Share the SLA dashboard", 5)
    return {"due": due, "done": done, "plain": plain, "later": later}


def test_the_log_lists_decisions_and_keeps_those_due(
    qtbot, show, db: Database, settings: QSettings, log_history: dict[str, int]
) -> None:
    log = show(DecisionLogDialog(db, settings=settings), active=True)
    texts = [log.table.item(row, 1).text() for row in range(log.table.rowCount())]
    assert texts == [
        "Share the SLA dashboard",
        "Call every webinar lead in 24 h",
        "Drop the cold list",
    ]
    assert [log.table.item(row, 5).text() for row in range(3)] == [
        "",
        "due",
        "Weekly 5 Nov, 05 Nov 2026",
    ]
    assert log.table.item(1, 2).text() == "Ada Sales"
    assert log.count_label.text() == "3 in the log; 1 due now."
    qtbot.mouseClick(log.due_check, Qt.MouseButton.LeftButton)
    assert [log.table.item(row, 1).text() for row in range(log.table.rowCount())] == [
        "Call every webinar lead in 24 h"
    ]
    # the choice is remembered for the next time the log opens
    again = show(DecisionLogDialog(db, settings=settings))
    assert again.due_check.isChecked() and again.table.rowCount() == 1


def test_enter_edits_the_chosen_decision_and_undo_puts_it_back(
    qtbot, show, db: Database, settings: QSettings, log_history: dict[str, int]
) -> None:
    log = show(DecisionLogDialog(db, settings=settings), active=True)
    log.table.selectRow(0)
    log.table.setFocus()
    qtbot.keyClick(log.table, Qt.Key.Key_Return)
    dialog = log.details_dialog
    assert isinstance(dialog, DecisionDialog)
    dialog.review_check.setChecked(True)
    dialog.review_edit.setDate(QDate(2027, 2, 1))
    dialog.accept()
    assert log.table.item(0, 4).text() == "01 Feb 2027"
    log.undo_stack.undo()
    assert decision_details(db, log_history["plain"]) == DecisionDetails()
    assert log.table.item(0, 4).text() == ""


def test_a_new_meeting_of_the_series_offers_a_due_decision_and_adding_it_reviews_it(
    qtbot, show, db: Database, carried_meeting, settings: QSettings
) -> None:
    carried = carried_meeting()
    decided_at = load_meeting(db, carried["meeting"])
    note = add_note(
        db, carried["meeting"], None, NoteKind.DECISION, "Decision: recycle at 90 days", 9
    )
    set_decision(db, note, DecisionDetails(review_on=decided_at.scheduled_at.astimezone().date()))
    Series(db, carried["series"]).end(carried["meeting"])
    dialog = show(NewMeetingDialog(db, settings=settings), active=True)
    qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Space)
    offers = dialog.carry_over_dialog
    assert offers is not None
    texts = [offers.offers_list.item(row).text() for row in range(offers.offers_list.count())]
    assert texts == ["Review decision: recycle at 90 days (Discussion, 5:00)"]
    offers.offers_list.setFocus()
    qtbot.keyClick(offers.offers_list, Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.meeting_created) as created:
        qtbot.keyClick(offers.add_button, Qt.Key.Key_Space)
    [entry] = decision_log(db)
    assert entry.reviewed_meeting_id == created.args[0]
    assert "Review decision: recycle at 90 days" in [
        item.title for item in load_meeting(db, created.args[0]).items
    ]


def test_a_due_decision_is_put_on_the_next_agenda_from_the_log_and_undone(
    qtbot, show, db: Database, settings: QSettings, log_history: dict[str, int]
) -> None:
    log = show(DecisionLogDialog(db, settings=settings), active=True)
    log.table.selectRow(0)  # not due: no review date
    assert not log.agenda_button.isEnabled()
    log.table.selectRow(1)
    assert log.agenda_button.isEnabled()
    qtbot.mouseClick(log.agenda_button, Qt.MouseButton.LeftButton)
    assert (
        log.message.text() == "On the agenda of Weekly 5 Nov, 05 Nov 2026; marked reviewed there."
    )
    titles = [item.title for item in load_meeting(db, log_history["later"]).items]
    assert "Review decision: Call every webinar lead in 24 h" in titles
    assert log.table.item(1, 5).text() == "Weekly 5 Nov, 05 Nov 2026"
    log.undo_stack.undo()
    titles = [item.title for item in load_meeting(db, log_history["later"]).items]
    assert "Review decision: Call every webinar lead in 24 h" not in titles
    assert log.table.item(1, 5).text() == "due"


def test_a_review_on_the_agenda_shows_its_goals_values_over_its_title(qtbot) -> None:
    """Once accepted, the review's description (owner, the goal's values since the decision)
    is what the moderator reads on hovering its title in the agenda editor, as typed."""
    review = PlannedItem(
        "Review decision: recycle at 90 days",
        ItemKind.DISCUSSION,
        300,
        description="Owner: <Zoë>.\nMQLs delivered since the decision: 05 Oct 2026: 320 (met).",
    )
    plan = builtin_template("weekly").plan
    editor = AgendaEditor()
    qtbot.addWidget(editor)
    editor.set_plan(with_items(plan, [review, *plan.items[1:]]))
    tip = editor.model.index(0, Column.TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert "MQLs delivered since the decision: 05 Oct 2026: 320 (met)." in tip
    assert "Owner: &lt;Zoë&gt;." in tip, "user text is escaped, never markup"
    plain = editor.model.index(1, Column.TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert "\n" not in plain, "an item without a description shows its title alone"
