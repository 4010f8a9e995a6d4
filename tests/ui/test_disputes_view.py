"""The disputes window: filters narrow the table, the history shows, edits are stored."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from facilitator.record.disputes import (
    get_dispute,
    mark_discussed,
    open_dispute,
    set_dispute_status,
)
from facilitator.storage.database import Database
from facilitator.ui.common import messages
from facilitator.ui.history.disputes_view import DisputesWindow
from facilitator.ui.main_window import MainWindow
from facilitator.ui.smarketing.neutrality_settlement import CHOOSE_A_WAY
from facilitator.vocabulary import DisputeCategory, DisputeRole, DisputeStatus, Settlement, Team

MONDAY = datetime(2026, 11, 30, 16, 30, tzinfo=UTC)
CONTROL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def disputes(db: Database, new_weekly_meeting) -> dict[str, int]:
    first, second = (
        new_weekly_meeting(f"Weekly {weeks}", MONDAY + timedelta(weeks=weeks)) for weeks in (0, 1)
    )
    ids = {"first": first, "second": second}
    for key, title, category, team in (
        ("quality", "Webinar leads are cold", DisputeCategory.LEAD_QUALITY, Team.SALES),
        ("sla", "Four-hour follow-up", DisputeCategory.SLA_TERMS, Team.MARKETING),
        ("mql", "What counts as an MQL", DisputeCategory.MQL_DEFINITION, Team.SALES),
    ):
        ids[key] = open_dispute(db, first, title=title, category=category, raised_by_team=team)
    set_dispute_status(db, ids["mql"], DisputeStatus.RESOLVED, second, resolution="Score 60+")
    mark_discussed(db, ids["quality"], second)
    return ids


@pytest.fixture
def window(show, db: Database, disputes: dict[str, int], settings: QSettings) -> DisputesWindow:
    return show(DisputesWindow(db, settings=settings))


def _titles(window: DisputesWindow) -> list[str]:
    return [window.table.item(row, 0).text() for row in range(window.table.rowCount())]


def _choose(box, text: str) -> None:
    box.setCurrentIndex(box.findText(text))


def test_filters_narrow_the_table(qtbot, window: DisputesWindow) -> None:
    assert len(_titles(window)) == 3
    assert window.count_label.text() == "3 disputes, 2 open"
    _choose(window.status_filter, "Open")
    assert sorted(_titles(window)) == ["Four-hour follow-up", "Webinar leads are cold"]
    _choose(window.team_filter, "Marketing")
    assert _titles(window) == ["Four-hour follow-up"]
    _choose(window.category_filter, "Lead quality")
    assert _titles(window) == []
    assert window.count_label.text() == "0 disputes"
    assert not window.detail.isEnabled()
    _choose(window.status_filter, "All statuses")
    _choose(window.team_filter, "Raised by any team")
    assert _titles(window) == ["Webinar leads are cold"]


def test_the_history_shows_every_meeting_where_it_came_up(
    qtbot, window: DisputesWindow, disputes: dict[str, int]
) -> None:
    _choose(window.category_filter, "Lead quality")
    history = [window.history_list.item(i).text() for i in range(window.history_list.count())]
    assert len(history) == 2
    assert history[0].endswith("Weekly 0 — raised, open after it")
    assert history[1].endswith("Weekly 1 — discussed, open after it")


def test_positions_status_and_resolution_are_saved_at_the_chosen_meeting(
    qtbot, db: Database, window: DisputesWindow, disputes: dict[str, int]
) -> None:
    _choose(window.category_filter, "SLA terms")
    qtbot.keyClicks(window.sales_edit, "Four hours is too short on Fridays")
    _choose(window.status_box, "Resolved")
    window.save_button.click()
    assert window.problem_label.text() == "Write down the resolution before marking it resolved."
    assert window.sales_edit.toPlainText() == "Four hours is too short on Fridays"

    qtbot.keyClicks(window.resolution_edit, "Six hours on Fridays")
    window.meeting_box.setCurrentIndex(window.meeting_box.findData(disputes["second"]))
    window.save_button.click()
    assert window.problem_label.text() == CHOOSE_A_WAY
    assert get_dispute(db, disputes["sla"]).status is DisputeStatus.OPEN
    _choose(window.settlement_box, "Compromise")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.resolution_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    view = get_dispute(db, disputes["sla"])
    assert view.sales_position == "Four hours is too short on Fridays"
    assert (view.status, view.resolution) == (DisputeStatus.RESOLVED, "Six hours on Fridays")
    assert view.settlement is Settlement.COMPROMISE
    assert not window.has_unsaved_edits()
    history = window.history_list.item(window.history_list.count() - 1).text()
    assert history.endswith(f"Weekly 1 — {DisputeRole.SETTLED.value}, resolved after it")
    assert window.table.item(0, 3).text() == "Resolved"


def test_the_main_window_opens_it_with_ctrl_shift_d(
    qtbot, show, db: Database, settings: QSettings
) -> None:
    main = show(MainWindow(db, settings=settings), active=True)
    qtbot.keyClick(main, Qt.Key.Key_D, CONTROL | Qt.KeyboardModifier.ShiftModifier)
    window = main.disputes_window
    assert isinstance(window, DisputesWindow)
    qtbot.waitExposed(window)
    qtbot.keyClick(main, Qt.Key.Key_A, CONTROL | Qt.KeyboardModifier.ShiftModifier)
    assert main.action_items_window is not None
    window.close()
    qtbot.waitUntil(lambda: main.disputes_window is None)


def test_unsaved_edits_are_saved_or_kept_when_the_selection_moves(
    qtbot,
    db: Database,
    window: DisputesWindow,
    disputes: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    monkeypatch.setattr(messages, "ask", lambda *args, **kwargs: answers.pop(0))
    _choose(window.category_filter, "SLA terms")
    qtbot.keyClicks(window.marketing_edit, "Leads go cold after a day")

    _choose(window.category_filter, "Lead quality")
    assert window.marketing_edit.toPlainText() == "Leads go cold after a day"
    assert get_dispute(db, disputes["sla"]).marketing_position == ""

    _choose(window.category_filter, "All categories")
    window.table.selectRow(_titles(window).index("Webinar leads are cold"))
    assert answers == []
    assert get_dispute(db, disputes["sla"]).marketing_position == "Leads go cold after a day"
    assert window.marketing_edit.toPlainText() == ""


def test_a_saved_resolution_is_undone_and_redone_by_the_keys(
    qtbot, db: Database, window: DisputesWindow, disputes: dict[str, int]
) -> None:
    before = get_dispute(db, disputes["sla"])
    _choose(window.category_filter, "SLA terms")
    qtbot.keyClicks(window.sales_edit, "Four hours is too short")
    qtbot.keyClicks(window.resolution_edit, "Six hours on Fridays")
    _choose(window.status_box, "Resolved")
    _choose(window.settlement_box, "Towards Marketing")
    window.meeting_box.setCurrentIndex(window.meeting_box.findData(disputes["second"]))
    window.save_button.click()
    assert get_dispute(db, disputes["sla"]).status is DisputeStatus.RESOLVED
    assert window.undo_action.text() == "&Undo dispute changes"
    assert window.edit_menu.actions()[:2] == [window.undo_action, window.redo_action]

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.table, Qt.Key.Key_Z, CONTROL)
    assert get_dispute(db, disputes["sla"]) == before  # status, texts and the link to Weekly 1
    assert window.table.item(0, 3).text() == "Open"
    assert window.sales_edit.toPlainText() == ""
    assert window.history_list.count() == 1

    qtbot.keyClick(window.table, Qt.Key.Key_Z, CONTROL | Qt.KeyboardModifier.ShiftModifier)
    assert get_dispute(db, disputes["sla"]).resolution == "Six hours on Fridays"
    assert window.history_list.count() == 2


def test_escalating_settles_it_escalated_and_reopening_clears_the_way(
    qtbot, db: Database, window: DisputesWindow, disputes: dict[str, int]
) -> None:
    _choose(window.category_filter, "SLA terms")
    assert not window.settlement_box.isEnabled()
    _choose(window.status_box, "Escalated")
    assert window.settlement_box.currentText() == "Escalated"
    window.meeting_box.setCurrentIndex(window.meeting_box.findData(disputes["second"]))
    window.save_button.click()
    assert get_dispute(db, disputes["sla"]).settlement is Settlement.ESCALATED
    _choose(window.status_box, "Open")
    assert window.settlement_box.currentText() == "—"
    window.save_button.click()
    assert get_dispute(db, disputes["sla"]).settlement is None


def test_a_dispute_resolved_before_settlements_were_asked_keeps_its_edits(
    qtbot, db: Database, window: DisputesWindow, disputes: dict[str, int]
) -> None:
    set_dispute_status(
        db, disputes["sla"], DisputeStatus.RESOLVED, disputes["second"], resolution="Six hours"
    )
    window.reload()
    _choose(window.category_filter, "SLA terms")
    assert window.settlement_box.currentText() == "—"
    qtbot.keyClicks(window.sales_edit, "Fridays are short")
    window.save_button.click()
    assert get_dispute(db, disputes["sla"]).sales_position == "Fridays are short"
    _choose(window.settlement_box, "Towards Sales")
    window.save_button.click()
    assert get_dispute(db, disputes["sla"]).settlement is Settlement.TOWARDS_SALES


def test_a_refused_save_keeps_nothing_and_leaves_nothing_to_undo(
    qtbot,
    db: Database,
    window: DisputesWindow,
    disputes: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    discard = QMessageBox.StandardButton.Discard
    monkeypatch.setattr(messages, "ask", lambda *args, **kwargs: discard)  # on closing
    _choose(window.category_filter, "SLA terms")
    qtbot.keyClicks(window.sales_edit, "Four hours is too short")
    _choose(window.status_box, "Resolved")
    window.save_button.click()
    assert window.problem_label.text() == "Write down the resolution before marking it resolved."
    assert get_dispute(db, disputes["sla"]).sales_position == ""  # all of the save, or none
    assert window.undo_stack.count() == 0
    assert not window.undo_action.isEnabled()


def test_a_title_edited_in_the_dialog_is_undone_from_the_edit_menu(
    qtbot, db: Database, window: DisputesWindow, disputes: dict[str, int]
) -> None:
    _choose(window.category_filter, "SLA terms")
    window.edit_button.click()
    dialog = window.edit_dialog
    assert dialog is not None
    dialog.title_edit.selectAll()
    qtbot.keyClicks(dialog.title_edit, "Four-hour follow-up on weekdays")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.edit_dialog is None)
    assert _titles(window) == ["Four-hour follow-up on weekdays"]

    window.undo_action.trigger()
    assert get_dispute(db, disputes["sla"]).title == "Four-hour follow-up"
    assert _titles(window) == ["Four-hour follow-up"]
