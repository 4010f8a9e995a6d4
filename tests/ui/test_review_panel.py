"""Ticking carried items off during the review, recorded against this meeting, with undo."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from meeting_builders import Series
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel
from review_keys import ctrl_enter_on, focus_row

from facilitator.record.action_items import get_action_item
from facilitator.record.carry_over import offer_for_next_agenda
from facilitator.record.disputes import dispute_history, get_dispute
from facilitator.record.meetings import load_meeting
from facilitator.record.notes import add_note, park_note
from facilitator.storage.database import Database
from facilitator.ui.console.review_panel import ReviewPanel
from facilitator.ui.planning.new_meeting_dialog import NewMeetingDialog
from facilitator.ui.smarketing.neutrality_settlement import CHOOSE_A_WAY
from facilitator.vocabulary import (
    ActionStatus,
    DisputeRole,
    DisputeStatus,
    NoteKind,
    Settlement,
)

CONTROL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def carried(carried_meeting) -> dict[str, int]:
    """The second meeting of a series with a late action item and a dispute carried into it."""
    return carried_meeting(
        actions={"late": ("Fix UTM tags", date(2026, 12, 1))},
        disputes={"dispute": "MQL threshold"},
    )


@pytest.fixture
def open_panel(show, db: Database) -> Callable[[int], ReviewPanel]:
    """The review of one meeting on its own, ready for the keyboard."""
    return lambda meeting_id: show(ReviewPanel(db, meeting_id), active=True)


def test_carried_items_are_listed_with_their_state_in_words(
    qtbot, open_panel, db: Database, carried: dict[str, int]
) -> None:
    panel = open_panel(carried["meeting"])
    assert panel.actions_list.count() == 1
    line = panel.actions_list.item(0).text()
    assert line.startswith("Fix UTM tags — no owner — due 2026-12-01 · OPEN")
    assert panel.disputes_list.item(0).text() == (
        "MQL threshold — MQL definition — raised by Sales · OPEN"
    )


def test_ticking_an_item_done_records_it_against_this_meeting_and_undo_reopens_it(
    qtbot, open_panel, db: Database, carried: dict[str, int]
) -> None:
    panel = open_panel(carried["meeting"])
    focus_row(qtbot, panel.actions_list)
    with qtbot.waitSignal(panel.changed):
        qtbot.keyClick(panel.actions_list, Qt.Key.Key_Return, CONTROL)

    view = get_action_item(db, carried["late"])
    assert (view.status, view.closed_meeting_id) == (ActionStatus.DONE, carried["meeting"])
    assert panel.actions_list.item(0).checkState() == Qt.CheckState.Checked
    assert "· DONE" in panel.actions_list.item(0).text()

    with qtbot.waitSignal(panel.changed):
        qtbot.keyClick(panel.actions_list, Qt.Key.Key_Z, CONTROL)
    view = get_action_item(db, carried["late"])
    assert (view.status, view.closed_meeting_id) == (ActionStatus.OPEN, None)

    with qtbot.waitSignal(panel.changed):
        qtbot.keyClick(panel.actions_list, Qt.Key.Key_Z, CONTROL | SHIFT)
    assert get_action_item(db, carried["late"]).closed_meeting_id == carried["meeting"]


def test_dropping_an_item_closes_it_here(
    qtbot, open_panel, db: Database, carried: dict[str, int]
) -> None:
    panel = open_panel(carried["meeting"])
    panel.actions_list.setCurrentRow(0)
    qtbot.mouseClick(panel.drop_button, Qt.MouseButton.LeftButton)
    view = get_action_item(db, carried["late"])
    assert (view.status, view.closed_meeting_id) == (ActionStatus.DROPPED, carried["meeting"])
    assert "· DROPPED" in panel.actions_list.item(0).text()


def test_resolving_a_dispute_asks_how_and_links_it_to_this_meeting(
    qtbot, open_panel, db: Database, carried: dict[str, int]
) -> None:
    panel = open_panel(carried["meeting"])
    ctrl_enter_on(qtbot, panel.disputes_list)
    dialog = panel.resolution_dialog
    assert dialog is not None
    assert get_dispute(db, carried["dispute"]).status is DisputeStatus.OPEN

    qtbot.keyClick(dialog.resolution_edit, Qt.Key.Key_Return)
    assert dialog.problem_label.text() == "Write down the resolution before marking it resolved."
    qtbot.keyClicks(dialog.resolution_edit, "Score 60 and up is an MQL")
    qtbot.keyClick(dialog.resolution_edit, Qt.Key.Key_Return)
    assert dialog.problem_label.text() == CHOOSE_A_WAY
    assert get_dispute(db, carried["dispute"]).status is DisputeStatus.OPEN
    qtbot.mouseClick(
        dialog.settlement_buttons.buttons[Settlement.TOWARDS_SALES], Qt.MouseButton.LeftButton
    )
    with qtbot.waitSignal(panel.changed):
        qtbot.keyClick(dialog.resolution_edit, Qt.Key.Key_Return)

    view = get_dispute(db, carried["dispute"])
    assert (view.status, view.resolution) == (DisputeStatus.RESOLVED, "Score 60 and up is an MQL")
    assert view.settlement is Settlement.TOWARDS_SALES
    history = [(e.meeting_id, e.role, e.status_after) for e in dispute_history(db, view.id)]
    assert history[-1] == (carried["meeting"], DisputeRole.SETTLED, DisputeStatus.RESOLVED)
    assert panel.disputes_list.item(0).checkState() == Qt.CheckState.Checked

    panel.disputes_list.setFocus()
    with qtbot.waitSignal(panel.changed):
        qtbot.keyClick(panel.disputes_list, Qt.Key.Key_Z, CONTROL)
    assert get_dispute(db, carried["dispute"]).status is DisputeStatus.OPEN


def test_a_dispute_that_came_up_and_stayed_open_is_linked_as_discussed(
    qtbot, open_panel, db: Database, carried: dict[str, int]
) -> None:
    panel = open_panel(carried["meeting"])
    panel.disputes_list.setCurrentRow(0)
    qtbot.mouseClick(panel.discussed_button, Qt.MouseButton.LeftButton)
    history = [(e.meeting_id, e.role) for e in dispute_history(db, carried["dispute"])]
    assert history == [
        (carried["first"], DisputeRole.RAISED),
        (carried["meeting"], DisputeRole.DISCUSSED),
    ]


def test_the_next_meeting_does_not_bring_back_what_was_ticked(
    qtbot, open_panel, db: Database, carried: dict[str, int]
) -> None:
    panel = open_panel(carried["meeting"])
    panel.actions_list.setCurrentRow(0)
    with qtbot.waitSignal(panel.changed):
        qtbot.keyClick(panel.actions_list, Qt.Key.Key_Return, CONTROL)
    series = Series(db, carried["series"])
    series.end(carried["meeting"])
    third = open_panel(series.meeting(2))
    assert third.actions_list.count() == 0
    assert third.disputes_list.count() == 1


def test_new_meeting_of_the_series_offers_parked_notes_for_its_agenda(
    qtbot, show, db: Database, carried: dict[str, int], settings: QSettings
) -> None:
    note = add_note(db, carried["meeting"], None, NoteKind.NOTE, "Pricing page review", 60)
    park_note(db, note)
    Series(db, carried["series"]).end(carried["meeting"])
    dialog = show(NewMeetingDialog(db, settings=settings), active=True)
    assert dialog.series_box.currentData() == carried["series"]
    qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Space)

    offers = dialog.carry_over_dialog
    assert offers is not None
    assert offers.findChild(QLabel, "carrySummary").text() == (
        "Carried over to its review items: 1 open action item and 1 open dispute."
    )
    assert offers.offers_list.item(0).text() == "Pricing page review (Discussion, 5:00)"
    offers.offers_list.setFocus()
    qtbot.keyClick(offers.offers_list, Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.meeting_created) as created:
        qtbot.keyClick(offers.add_button, Qt.Key.Key_Space)

    meeting = load_meeting(db, created.args[0])
    assert "Pricing page review" in [item.title for item in meeting.items]
    assert offer_for_next_agenda(db, meeting.id) == []


def test_the_console_shows_the_review_and_a_tick_is_recorded_there(
    qtbot, open_console, db: Database, carried: dict[str, int]
) -> None:
    console = open_console(carried["meeting"])
    panel = console.review_panel
    assert panel.meeting_id == carried["meeting"]
    focus_row(qtbot, panel.actions_list)
    with qtbot.waitSignal(panel.changed):
        qtbot.keyClick(panel.actions_list, Qt.Key.Key_Return, CONTROL)
    view = get_action_item(db, carried["late"])
    assert (view.status, view.closed_meeting_id) == (ActionStatus.DONE, carried["meeting"])
    console.close()
