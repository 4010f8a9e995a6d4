"""Metrics ▸ Win/loss…: a quarter's deals typed with their reason, campaign and idea, the tally
below, a new reason added to the list, each change undone and redone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QSettings, Qt

from facilitator.decisions.deals import deals_in, list_reasons
from facilitator.decisions.quarters import Quarter
from facilitator.storage.database import Database
from facilitator.ui.smarketing.winloss_window import WinLossDialog
from facilitator.vocabulary import DealOutcome

Q4 = Quarter(2026, 4)


@pytest.fixture
def dialog(show, db: Database, settings: QSettings) -> WinLossDialog:
    return show(WinLossDialog(db, settings=settings), active=True)


def _choose(box, text: str) -> None:
    index = box.findText(text)
    assert index >= 0, text
    box.setCurrentIndex(index)


def _type_lost_deal(qtbot, dialog: WinLossDialog) -> None:
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.name_edit, "Brightwell Ltd")
    _choose(dialog.outcome_combo, "Lost")
    _choose(dialog.reason_combo, "Price")
    qtbot.keyClicks(dialog.campaign_edit, "Trade show")
    qtbot.keyClicks(dialog.amount_edit, "18,000")
    qtbot.keyClicks(dialog.idea_edit, "A TCO calculator")


def test_a_lost_deal_is_typed_tallied_undone_and_redone(
    qtbot, dialog: WinLossDialog, db: Database
) -> None:
    assert dialog.quarter_label.text() == "Q4 2026"
    assert dialog.tally_label.text() == "No deals closed in this quarter yet."
    assert dialog.closed_edit.date() == QDate(2026, 11, 23)
    _type_lost_deal(qtbot, dialog)
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.message.text() == "Deal added."
    [deal] = deals_in(db, Q4)
    assert (deal.draft.name, deal.reason, deal.draft.amount, deal.draft.campaign_idea) == (
        "Brightwell Ltd",
        "Price",
        18_000,
        "A TCO calculator",
    )
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 5).text() == "18,000"
    assert dialog.tally_label.text() == (
        "Won 0 · Lost 1 (Price 1)\nBy campaign (won–lost): Trade show 0–1."
        "\nCampaign ideas from lost deals: 1."
    )
    dialog.undo_stack.undo()
    assert deals_in(db, Q4) == []
    assert dialog.table.rowCount() == 0
    dialog.undo_stack.redo()
    assert [d.draft.name for d in deals_in(db, Q4)] == ["Brightwell Ltd"]


def test_a_won_deal_takes_no_idea_and_a_bad_amount_is_refused(
    qtbot, dialog: WinLossDialog, db: Database
) -> None:
    _type_lost_deal(qtbot, dialog)
    dialog.amount_edit.setText("lots")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Not saved — the amount: “lots” is not a number"
    assert deals_in(db, Q4) == []
    _choose(dialog.outcome_combo, "Won")
    assert not dialog.idea_edit.isEnabled()
    assert dialog.reason_combo.findText("Speed of follow-up") > 0
    assert dialog.reason_combo.findText("Poor lead quality") < 0


def test_a_deal_moved_to_another_quarter_is_followed_there(
    qtbot, dialog: WinLossDialog, db: Database
) -> None:
    _type_lost_deal(qtbot, dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    dialog.table.selectRow(0)
    dialog.closed_edit.setDate(QDate(2026, 9, 30))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.quarter_label.text() == "Q3 2026"
    assert dialog.table.rowCount() == 1 and dialog.current_deal is not None
    assert deals_in(db, Q4) == []
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.quarter_label.text() == "Q4 2026"
    assert dialog.table.rowCount() == 0


def test_a_new_reason_joins_its_outcomes_list_and_undo_takes_it_back(
    qtbot, dialog: WinLossDialog, db: Database
) -> None:
    _choose(dialog.outcome_combo, "Lost")
    qtbot.keyClicks(dialog.new_reason_edit, "Budget freeze")
    qtbot.mouseClick(dialog.add_reason_button, Qt.MouseButton.LeftButton)
    assert dialog.reason_combo.currentText() == "Budget freeze"
    assert "Budget freeze" in [r.name for r in list_reasons(db, DealOutcome.LOST)]
    qtbot.keyClicks(dialog.new_reason_edit, "budget FREEZE")
    qtbot.mouseClick(dialog.add_reason_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == (
        "Not saved — “budget FREEZE” is already a reason for lost deals."
    )
    dialog.undo_stack.undo()
    assert "Budget freeze" not in [r.name for r in list_reasons(db, DealOutcome.LOST)]
    assert dialog.reason_combo.findText("Budget freeze") < 0


def test_the_metrics_menu_opens_win_loss_and_the_decision_log(
    qtbot, show, db: Database, settings: QSettings
) -> None:
    from facilitator.ui.main_window import MainWindow
    from facilitator.ui.smarketing.decisions_log import DecisionLogDialog

    window = show(MainWindow(db, settings=settings), active=True)
    menu = window.metrics_menu
    shift_control = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_W, shift_control)
    assert isinstance(menu.dialogs["win/loss"], WinLossDialog)
    assert isinstance(menu.open_decision_log(), DecisionLogDialog)
    for dialog in list(menu.dialogs.values()):
        dialog.close()
    window.close()
