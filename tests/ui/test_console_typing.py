"""Typing is never an action: a sentence typed with the focus in any list of the console is a
note, and ticks are deliberate (Ctrl+Enter, a click, a button), said in the status line and
undone by Ctrl+Z wherever the focus is. After each action the keys are back in the note field."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from meeting_builders import MONDAY
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyleOptionViewItem,
)
from review_keys import ctrl_enter_on, focus_row

from facilitator.record.action_items import ActionItemView, get_action_item
from facilitator.record.carry_over import carry_over_into
from facilitator.record.disputes import DisputeView, get_dispute, list_disputes
from facilitator.record.notes import notes_of
from facilitator.storage.database import Database
from facilitator.ui.common import messages
from facilitator.ui.console.console import ConsoleWindow
from facilitator.vocabulary import (
    ActionStatus,
    DisputeStatus,
    NoteKind,
    Settlement,
)

CONTROL = Qt.KeyboardModifier.ControlModifier
SENTENCE = "Sales will call every webinar lead within a day, says Dana"
LISTS = ("agenda", "carried_actions", "carried_disputes", "notes")


@dataclass(frozen=True)
class Record:
    """What the review can change, read through the core's views."""

    action_items: tuple[ActionItemView, ...]
    disputes: tuple[DisputeView, ...]
    carried: object
    started: bool


def record_of(db: Database, console: ConsoleWindow, ids: dict[str, int]) -> Record:
    return Record(
        tuple(get_action_item(db, ids[name]) for name in ("utm", "deck")),
        tuple(list_disputes(db)),
        carry_over_into(db, ids["meeting"]),
        console.run.state().started,
    )


@pytest.fixture
def carried(carried_meeting) -> dict[str, int]:
    """The second meeting of a series, with two action items and two disputes carried in."""
    return carried_meeting(
        actions={
            "utm": ("Fix UTM tags", date(2026, 12, 1)),
            "deck": ("Send the pricing deck", None),
        },
        disputes={title: title for title in ("MQL threshold", "Who owns webinar leads")},
    )


@pytest.fixture
def console(open_console, carried: dict[str, int]) -> ConsoleWindow:
    # run on its day: starting asks nothing
    return open_console(carried["meeting"], wall=lambda: MONDAY + timedelta(weeks=1))


def the_list(console: ConsoleWindow, name: str):
    return {
        "agenda": console.agenda_list,
        "carried_actions": console.review_panel.actions_list,
        "carried_disputes": console.review_panel.disputes_list,
        "notes": console.notes_list,
    }[name]


def resolution_asked(qtbot, console: ConsoleWindow):
    """The review's Resolve dialog, once it is open with the keys in its resolution field."""
    dialog = console.review_panel.resolution_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.resolution_edit.hasFocus)
    return dialog


def type_on_the_keyboard(qtbot, text: str) -> None:
    """Each key goes where the keyboard's focus is at that moment, as on a real keyboard."""
    for character in text:
        qtbot.keyClick(QApplication.focusWidget(), character)


def file_note(qtbot, console: ConsoleWindow, text: str) -> None:
    console.note_input.setFocus()
    qtbot.keyClicks(console.note_input, text)
    qtbot.keyClick(console.note_input, Qt.Key.Key_Return)


def back_home(qtbot, console: ConsoleWindow) -> None:
    qtbot.waitUntil(console.note_input.hasFocus)


@pytest.mark.parametrize("name", LISTS)
def test_a_sentence_typed_in_a_list_is_a_note_and_changes_nothing_else(
    qtbot, db: Database, console: ConsoleWindow, carried: dict[str, int], name: str
) -> None:
    if name == "notes":
        file_note(qtbot, console, "A note to select")
    before = record_of(db, console, carried)
    notes_before = [note.text for note in notes_of(db, carried["meeting"])]
    widget = the_list(console, name)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    if isinstance(widget, QListWidget) and widget.count():
        widget.setCurrentRow(0)

    type_on_the_keyboard(qtbot, SENTENCE)

    assert console.note_input.hasFocus()
    assert console.note_input.text() == SENTENCE
    assert record_of(db, console, carried) == before
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    notes = notes_of(db, carried["meeting"])
    assert [note.text for note in notes] == [*notes_before, SENTENCE]
    assert notes[-1].kind is NoteKind.NOTE
    assert record_of(db, console, carried) == before


def test_ctrl_enter_ticks_an_item_says_so_and_ctrl_z_in_the_note_field_undoes_it(
    qtbot, db: Database, console: ConsoleWindow, carried: dict[str, int]
) -> None:
    actions = console.review_panel.actions_list
    focus_row(qtbot, actions)
    qtbot.keyClick(actions, Qt.Key.Key_Space)
    assert get_action_item(db, carried["utm"]).status is ActionStatus.OPEN
    assert console.note_input.hasFocus() and console.note_input.text() == " "
    qtbot.keyClick(console.note_input, Qt.Key.Key_Backspace)

    actions.setFocus()
    qtbot.waitUntil(actions.hasFocus)
    qtbot.keyClick(actions, Qt.Key.Key_Return, CONTROL)
    assert get_action_item(db, carried["utm"]).status is ActionStatus.DONE
    assert console.status_text() == "Done: Fix UTM tags — Ctrl+Z undoes"
    back_home(qtbot, console)

    qtbot.keyClick(console.note_input, Qt.Key.Key_Z, CONTROL)
    assert get_action_item(db, carried["utm"]).status is ActionStatus.OPEN
    assert console.status_text() == "Undone: Done: Fix UTM tags — Ctrl+Shift+Z redoes"


def test_the_tick_button_and_edit_undo_work_on_the_selected_item(
    qtbot, db: Database, console: ConsoleWindow, carried: dict[str, int]
) -> None:
    panel = console.review_panel
    panel.actions_list.setCurrentRow(1)
    qtbot.mouseClick(panel.tick_button, Qt.MouseButton.LeftButton)
    assert get_action_item(db, carried["deck"]).status is ActionStatus.DONE
    assert console.status_text() == "Done: Send the pricing deck — Ctrl+Z undoes"
    back_home(qtbot, console)
    [undo] = [a for a in console.edit_menu.actions() if a.text().startswith("&Undo")]
    undo.trigger()
    assert get_action_item(db, carried["deck"]).status is ActionStatus.OPEN


def test_a_click_on_the_box_still_ticks_and_the_keys_go_back_to_the_note_field(
    qtbot, db: Database, console: ConsoleWindow, carried: dict[str, int]
) -> None:
    actions = console.review_panel.actions_list
    item = actions.item(0)
    option = QStyleOptionViewItem()
    option.rect = actions.visualItemRect(item)
    option.features = QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = actions.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option)
    qtbot.mouseClick(actions.viewport(), Qt.MouseButton.LeftButton, pos=box.center())
    assert get_action_item(db, carried["utm"]).status is ActionStatus.DONE
    back_home(qtbot, console)
    type_on_the_keyboard(qtbot, "next words")
    assert console.note_input.text() == "next words"


def test_ctrl_enter_resolves_a_dispute_after_asking_and_the_keys_go_home(
    qtbot, db: Database, console: ConsoleWindow, carried: dict[str, int]
) -> None:
    disputes = console.review_panel.disputes_list
    ctrl_enter_on(qtbot, disputes)
    dialog = resolution_asked(qtbot, console)
    qtbot.keyClicks(dialog.resolution_edit, "Score 60 and up is an MQL")
    qtbot.keyClick(dialog.resolution_edit, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.settlement_buttons.settlement() is Settlement.COMPROMISE)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    view = get_dispute(db, carried["MQL threshold"])
    assert (view.status, view.resolution) == (DisputeStatus.RESOLVED, "Score 60 and up is an MQL")
    assert view.settlement is Settlement.COMPROMISE
    assert console.status_text() == "Resolved: MQL threshold — Ctrl+Z undoes"
    back_home(qtbot, console)
    qtbot.keyClick(console.note_input, Qt.Key.Key_Z, CONTROL)
    assert get_dispute(db, carried["MQL threshold"]).status is DisputeStatus.OPEN


def test_a_cancelled_resolution_changes_nothing_and_the_keys_go_home(
    qtbot, db: Database, console: ConsoleWindow, carried: dict[str, int]
) -> None:
    panel = console.review_panel
    panel.disputes_list.setCurrentRow(1)
    qtbot.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)
    dialog = resolution_asked(qtbot, console)
    qtbot.keyClick(dialog.resolution_edit, Qt.Key.Key_Escape)
    assert get_dispute(db, carried["Who owns webinar leads"]).status is DisputeStatus.OPEN
    back_home(qtbot, console)


RUN_BUTTONS = ("toggleButton", "nextButton", "previousButton", "extend2Button")


@pytest.mark.parametrize("button", RUN_BUTTONS)
def test_after_a_button_of_the_run_the_keys_are_back_in_the_note_field(
    qtbot, console: ConsoleWindow, button: str
) -> None:
    qtbot.keyClick(console.note_input, Qt.Key.Key_Space, CONTROL)
    qtbot.keyClick(console.note_input, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    [pressed] = [b for b in console.findChildren(QPushButton) if b.objectName() == button]
    before = console.run.state()
    pressed.setFocus()
    qtbot.waitUntil(pressed.hasFocus)
    qtbot.mouseClick(pressed, Qt.MouseButton.LeftButton)
    assert console.run.state() != before
    back_home(qtbot, console)


@pytest.mark.parametrize("opened", ["dispute", "action_item", "thresholds", "metrics"])
def test_after_a_dialog_closes_the_keys_are_back_in_the_note_field(
    qtbot, console: ConsoleWindow, opened: str
) -> None:
    console.review_panel.actions_list.setFocus()
    qtbot.waitUntil(console.review_panel.actions_list.hasFocus)
    dialog = {
        "dispute": console.new_dispute,
        "action_item": console.new_action_item,
        "thresholds": console.edit_thresholds,
        "metrics": console.open_metrics,
    }[opened]()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.close()
    back_home(qtbot, console)
    type_on_the_keyboard(qtbot, "after the dialog")
    assert console.note_input.text() == "after the dialog"


def test_after_the_end_question_is_answered_no_the_keys_are_back_in_the_note_field(
    qtbot, console: ConsoleWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(messages, "ask", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.keyClick(console.note_input, Qt.Key.Key_Space, CONTROL)
    console.end_button.setFocus()
    qtbot.waitUntil(console.end_button.hasFocus)
    qtbot.mouseClick(console.end_button, Qt.MouseButton.LeftButton)
    assert not console.run.state().ended
    back_home(qtbot, console)


def test_space_never_ticks_in_the_review_lists(
    qtbot, db: Database, console: ConsoleWindow, carried: dict[str, int]
) -> None:
    for widget in (console.review_panel.actions_list, console.review_panel.disputes_list):
        focus_row(qtbot, widget)
        qtbot.waitUntil(widget.hasFocus)
        qtbot.keyClick(widget, Qt.Key.Key_Space)
    assert get_action_item(db, carried["utm"]).status is ActionStatus.OPEN
    assert console.review_panel.resolution_dialog is None
    assert console.note_input.text() == "  "
