"""The agenda editor used as a moderator would: keys and clicks on the weekly template."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget

from facilitator.record.templates import builtin_template
from facilitator.ui.planning.agenda_editor import AgendaEditor
from facilitator.ui.planning.agenda_model import Column
from facilitator.vocabulary import Team

WEEKLY_TITLES = [
    "Open action items",
    "Marketing update: SLA status, planned promotions, highlights",
    "Sales update: SLA status, deals in progress, big wins",
    "Disputes and decisions",
    "Wrap-up and new action items",
]
PEOPLE = [
    (1, "Ana Marketer", Team.MARKETING),
    (2, "Bo Seller", Team.SALES),
    (3, "Cy Seller", Team.SALES),
]


@pytest.fixture
def editor(qtbot, show) -> AgendaEditor:
    widget = AgendaEditor()
    widget.set_plan(builtin_template("weekly").plan, PEOPLE)
    widget.resize(900, 420)
    show(widget, active=True)
    widget.view.setFocus()
    qtbot.waitUntil(lambda: widget.view.hasFocus())
    return widget


def titles(editor: AgendaEditor) -> list[str]:
    return [item.title for item in editor.plan().items]


def click_cell(qtbot, editor: AgendaEditor, row: int, column: Column) -> None:
    view = editor.view
    rect = view.visualRect(editor.model.index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key goes where the moderator's focus is, as on a real keyboard."""
    qtbot.keyClick(focused(), key, modifier)


def commit(qtbot, editor: AgendaEditor) -> None:
    """Enter closes a cell editor; Qt hands the value over on its next turn of the event loop."""
    with qtbot.waitSignal(editor.planChanged, timeout=1000):
        press(qtbot, Qt.Key.Key_Return)


def test_add_type_a_title_reorder_then_undo_and_redo(qtbot, editor):
    click_cell(qtbot, editor, 3, Column.TITLE)
    qtbot.mouseClick(editor.toolbar.widgetForAction(editor.add_action), Qt.MouseButton.LeftButton)

    title_editor = focused()
    assert isinstance(title_editor, QLineEdit)
    qtbot.keyClicks(title_editor, "Lead scoring review")
    commit(qtbot, editor)
    assert titles(editor)[4] == "Lead scoring review"
    assert len(titles(editor)) == 6

    press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert titles(editor)[4:] == ["Wrap-up and new action items", "Lead scoring review"]
    assert editor.view.currentIndex().row() == 5
    assert editor.undo_stack.undoText() == "Move 'Lead scoring review' down"

    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(editor)[4] == "Lead scoring review"
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(editor)[4] == "New item"
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(editor) == WEEKLY_TITLES
    assert not editor.undo_stack.canUndo()

    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Z, redo)
    assert titles(editor)[4:] == ["Wrap-up and new action items", "Lead scoring review"]


def test_insert_key_adds_and_delete_key_removes(qtbot, editor):
    click_cell(qtbot, editor, 4, Column.TITLE)
    press(qtbot, Qt.Key.Key_Insert)
    qtbot.keyClicks(focused(), "Questions")
    commit(qtbot, editor)
    assert titles(editor)[-1] == "Questions"

    click_cell(qtbot, editor, 0, Column.KIND)
    press(qtbot, Qt.Key.Key_Delete)
    assert titles(editor) == [*WEEKLY_TITLES[1:], "Questions"]

    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(editor) == [*WEEKLY_TITLES, "Questions"]


def test_going_over_the_cap_is_shown_and_refused_until_undone(qtbot, editor):
    assert editor.total_label.text() == "35:00 of 40:00 — 5:00 to spare"
    assert editor.can_save()
    assert editor.problems_label.isHidden()

    click_cell(qtbot, editor, 2, Column.MINUTES)
    press(qtbot, Qt.Key.Key_F2)
    minutes = focused()
    assert isinstance(minutes, QLineEdit)
    assert minutes.text() == "12"
    qtbot.keyClicks(minutes, "20")
    commit(qtbot, editor)

    assert editor.plan().items[2].planned_seconds == 20 * 60
    assert editor.model.index(2, Column.MINUTES).data() == "20:00"
    assert editor.total_label.text() == "43:00 of 40:00 — 3:00 over"
    assert not editor.can_save()
    assert editor.problems_label.isVisible()
    refusal = editor.problems_label.text()
    assert "3:00 over" in refusal
    assert "Sales update" in refusal  # the longest item is named as one that could shrink
    assert editor.total_bar.value() == editor.total_bar.maximum()

    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.total_label.text() == "35:00 of 40:00 — 5:00 to spare"
    assert editor.can_save()
    assert editor.problems() == []
    assert editor.problems_label.isHidden()


def test_minutes_take_seconds_and_refuse_nonsense(qtbot, editor):
    click_cell(qtbot, editor, 0, Column.MINUTES)
    press(qtbot, Qt.Key.Key_F2)
    qtbot.keyClicks(focused(), "2:30")
    commit(qtbot, editor)
    assert editor.plan().items[0].planned_seconds == 150
    assert editor.total_label.text() == "34:30 of 40:00 — 5:30 to spare"

    model = editor.model
    assert not model.setData(model.index(0, Column.MINUTES), "2:75")
    assert not model.setData(model.index(0, Column.MINUTES), "soon")
    assert not model.setData(model.index(0, Column.TITLE), "   ")
    assert editor.plan().items[0].planned_seconds == 150


def test_presenter_is_chosen_from_the_slot_team_and_a_new_team_clears_it(qtbot, editor):
    click_cell(qtbot, editor, 2, Column.PRESENTER)
    press(qtbot, Qt.Key.Key_F2)
    combo = focused()
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "(not chosen)",
        "Bo Seller",
        "Cy Seller",
    ]
    press(qtbot, Qt.Key.Key_Down)
    commit(qtbot, editor)
    assert editor.plan().items[2].presenter_id == 2
    assert editor.model.index(2, Column.PRESENTER).data() == "Bo Seller"

    click_cell(qtbot, editor, 2, Column.TEAM)
    press(qtbot, Qt.Key.Key_F2)
    qtbot.keyClicks(focused(), "Marketing")
    commit(qtbot, editor)
    item = editor.plan().items[2]
    assert (item.presenter_team, item.presenter_id) == (Team.MARKETING, None)

    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    item = editor.plan().items[2]
    assert (item.presenter_team, item.presenter_id) == (Team.SALES, 2)


def test_cap_is_set_from_the_keyboard_and_undone(qtbot, editor):
    assert (editor.cap_spin.minimum(), editor.cap_spin.maximum()) == (30, 40)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.cap_spin.lineEdit() or focused() is editor.cap_spin
    for _ in range(10):
        press(qtbot, Qt.Key.Key_Down)
    assert editor.plan().cap_seconds == 30 * 60
    assert editor.total_label.text() == "35:00 of 30:00 — 5:00 over"
    assert not editor.can_save()

    editor.view.setFocus()
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.plan().cap_seconds == 40 * 60
    assert editor.cap_spin.value() == 40


def test_dragging_the_first_item_below_the_fourth_and_undoing_it(editor):
    model = editor.model
    dragged = model.mimeData([model.index(0, column) for column in Column])
    assert model.canDropMimeData(dragged, Qt.DropAction.MoveAction, 4, 0, QModelIndex())

    assert model.dropMimeData(dragged, Qt.DropAction.MoveAction, 4, 0, QModelIndex())
    assert titles(editor) == [*WEEKLY_TITLES[1:4], WEEKLY_TITLES[0], WEEKLY_TITLES[4]]
    assert titles(editor)[3] == "Open action items"

    editor.undo_stack.undo()
    assert titles(editor) == WEEKLY_TITLES


def test_a_new_plan_starts_a_fresh_history(editor):
    editor.model.add_item()
    assert editor.undo_stack.canUndo()
    editor.set_plan(builtin_template("management").plan)
    assert not editor.undo_stack.canUndo()
    assert editor.total_label.text() == "1:00:00 of 1:00:00 — exactly the cap"


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen pop-ups
def test_kind_is_picked_from_the_open_list(qtbot, editor):
    click_cell(qtbot, editor, 3, Column.KIND)
    press(qtbot, Qt.Key.Key_F2)
    combo = focused()
    assert isinstance(combo, QComboBox)
    press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(combo.view().isVisible)
    with qtbot.waitSignal(editor.planChanged, timeout=1000):
        qtbot.keyClick(combo.view(), Qt.Key.Key_Up)
        qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    assert editor.model.index(3, Column.KIND).data() == "Discussion"
    assert editor.undo_stack.undoText() == "Change kind of item 4"
