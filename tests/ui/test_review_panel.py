"""Ticking carried items off during the review, recorded against this meeting, with undo."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel

from facilitator.record.action_items import add_action_item, get_action_item
from facilitator.record.carry_over import offer_for_next_agenda
from facilitator.record.disputes import dispute_history, get_dispute, open_dispute
from facilitator.record.meetings import load_meeting
from facilitator.record.next_meeting import create_next_meeting
from facilitator.record.notes import add_note, park_note
from facilitator.record.templates import builtin_template
from facilitator.rules.schedule import create_series
from facilitator.storage.database import Database
from facilitator.storage.models import Meeting
from facilitator.ui.console.review_panel import ReviewPanel
from facilitator.ui.planning.new_meeting_dialog import NewMeetingDialog
from facilitator.vocabulary import (
    ActionStatus,
    DisputeCategory,
    DisputeRole,
    DisputeStatus,
    Frequency,
    MeetingKind,
    MeetingStatus,
    NoteKind,
    Team,
)

MONDAY = datetime(2026, 11, 30, 16, 30, tzinfo=UTC)
CONTROL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


class Series:
    def __init__(self, db: Database, series_id: int | None = None) -> None:
        self.db = db
        self.id = series_id or create_series(db, "Weekly", MeetingKind.WEEKLY, Frequency.WEEKLY)

    def meeting(self, weeks: int) -> int:
        return create_next_meeting(
            self.db,
            builtin_template("weekly").plan,
            title=f"Weekly {weeks}",
            scheduled_at=MONDAY + timedelta(weeks=weeks),
            series_id=self.id,
        ).meeting_id

    def end(self, meeting_id: int) -> None:
        with self.db.write() as session:
            meeting = session.get(Meeting, meeting_id)
            assert meeting is not None
            meeting.status = MeetingStatus.ENDED


@pytest.fixture
def carried(db: Database) -> dict[str, int]:
    series = Series(db)
    first = series.meeting(0)
    ids = {
        "series": series.id,
        "first": first,
        "late": add_action_item(db, first, text="Fix UTM tags", due_date=date(2026, 12, 1)),
        "dispute": open_dispute(
            db,
            first,
            title="MQL threshold",
            category=DisputeCategory.MQL_DEFINITION,
            raised_by_team=Team.SALES,
        ),
    }
    series.end(first)
    ids["second"] = series.meeting(1)
    return ids


@pytest.fixture
def open_panel(show, db: Database) -> Callable[[int], ReviewPanel]:
    """The review of one meeting on its own, ready for the keyboard."""
    return lambda meeting_id: show(ReviewPanel(db, meeting_id), active=True)


def test_carried_items_are_listed_with_their_state_in_words(
    qtbot, open_panel, db: Database, carried: dict[str, int]
) -> None:
    panel = open_panel(carried["second"])
    assert panel.actions_list.count() == 1
    line = panel.actions_list.item(0).text()
    assert line.startswith("Fix UTM tags — no owner — due 2026-12-01 · OPEN")
    assert panel.disputes_list.item(0).text() == (
        "MQL threshold — MQL definition — raised by Sales · OPEN"
    )


def test_ticking_an_item_done_records_it_against_this_meeting_and_undo_reopens_it(
    qtbot, open_panel, db: Database, carried: dict[str, int]
) -> None:
    panel = open_panel(carried["second"])
    panel.actions_list.setFocus()
    panel.actions_list.setCurrentRow(0)
    with qtbot.waitSignal(panel.changed):
        qtbot.keyClick(panel.actions_list, Qt.Key.Key_Return, CONTROL)

    view = get_action_item(db, carried["late"])
    assert (view.status, view.closed_meeting_id) == (ActionStatus.DONE, carried["second"])
    assert panel.actions_list.item(0).checkState() == Qt.CheckState.Checked
    assert "· DONE" in panel.actions_list.item(0).text()

    with qtbot.waitSignal(panel.changed):
        qtbot.keyClick(panel.actions_list, Qt.Key.Key_Z, CONTROL)
    view = get_action_item(db, carried["late"])
    assert (view.status, view.closed_meeting_id) == (ActionStatus.OPEN, None)

    with qtbot.waitSignal(panel.changed):
        qtbot.keyClick(panel.actions_list, Qt.Key.Key_Z, CONTROL | SHIFT)
    assert get_action_item(db, carried["late"]).closed_meeting_id == carried["second"]


def test_dropping_an_item_closes_it_here(
    qtbot, open_panel, db: Database, carried: dict[str, int]
) -> None:
    panel = open_panel(carried["second"])
    panel.actions_list.setCurrentRow(0)
    qtbot.mouseClick(panel.drop_button, Qt.MouseButton.LeftButton)
    view = get_action_item(db, carried["late"])
    assert (view.status, view.closed_meeting_id) == (ActionStatus.DROPPED, carried["second"])
    assert "· DROPPED" in panel.actions_list.item(0).text()


def test_resolving_a_dispute_asks_how_and_links_it_to_this_meeting(
    qtbot, open_panel, db: Database, carried: dict[str, int]
) -> None:
    panel = open_panel(carried["second"])
    panel.disputes_list.setFocus()
    panel.disputes_list.setCurrentRow(0)
    qtbot.keyClick(panel.disputes_list, Qt.Key.Key_Return, CONTROL)
    dialog = panel.resolution_dialog
    assert dialog is not None
    assert get_dispute(db, carried["dispute"]).status is DisputeStatus.OPEN

    qtbot.keyClick(dialog.resolution_edit, Qt.Key.Key_Return)
    assert dialog.problem_label.text() == "Write down the resolution before marking it resolved."
    qtbot.keyClicks(dialog.resolution_edit, "Score 60 and up is an MQL")
    with qtbot.waitSignal(panel.changed):
        qtbot.keyClick(dialog.resolution_edit, Qt.Key.Key_Return)

    view = get_dispute(db, carried["dispute"])
    assert (view.status, view.resolution) == (DisputeStatus.RESOLVED, "Score 60 and up is an MQL")
    history = [(e.meeting_id, e.role, e.status_after) for e in dispute_history(db, view.id)]
    assert history[-1] == (carried["second"], DisputeRole.SETTLED, DisputeStatus.RESOLVED)
    assert panel.disputes_list.item(0).checkState() == Qt.CheckState.Checked

    panel.disputes_list.setFocus()
    with qtbot.waitSignal(panel.changed):
        qtbot.keyClick(panel.disputes_list, Qt.Key.Key_Z, CONTROL)
    assert get_dispute(db, carried["dispute"]).status is DisputeStatus.OPEN


def test_a_dispute_that_came_up_and_stayed_open_is_linked_as_discussed(
    qtbot, open_panel, db: Database, carried: dict[str, int]
) -> None:
    panel = open_panel(carried["second"])
    panel.disputes_list.setCurrentRow(0)
    qtbot.mouseClick(panel.discussed_button, Qt.MouseButton.LeftButton)
    history = [(e.meeting_id, e.role) for e in dispute_history(db, carried["dispute"])]
    assert history == [
        (carried["first"], DisputeRole.RAISED),
        (carried["second"], DisputeRole.DISCUSSED),
    ]


def test_the_next_meeting_does_not_bring_back_what_was_ticked(
    qtbot, open_panel, db: Database, carried: dict[str, int]
) -> None:
    panel = open_panel(carried["second"])
    panel.actions_list.setCurrentRow(0)
    with qtbot.waitSignal(panel.changed):
        qtbot.keyClick(panel.actions_list, Qt.Key.Key_Return, CONTROL)
    series = Series(db, carried["series"])
    series.end(carried["second"])
    third = open_panel(series.meeting(2))
    assert third.actions_list.count() == 0
    assert third.disputes_list.count() == 1


def test_new_meeting_of_the_series_offers_parked_notes_for_its_agenda(
    qtbot, show, db: Database, carried: dict[str, int], settings: QSettings
) -> None:
    note = add_note(db, carried["second"], None, NoteKind.NOTE, "Pricing page review", 60)
    park_note(db, note)
    Series(db, carried["series"]).end(carried["second"])
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
    console = open_console(carried["second"])
    panel = console.review_panel
    assert panel.meeting_id == carried["second"]
    panel.actions_list.setFocus()
    panel.actions_list.setCurrentRow(0)
    with qtbot.waitSignal(panel.changed):
        qtbot.keyClick(panel.actions_list, Qt.Key.Key_Return, CONTROL)
    view = get_action_item(db, carried["late"])
    assert (view.status, view.closed_meeting_id) == (ActionStatus.DONE, carried["second"])
    console.close()
