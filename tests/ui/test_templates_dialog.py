"""Managing templates as a moderator: copy a built-in one, change the copy, delete it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox, QWidget

from facilitator.record.templates import builtin_template
from facilitator.record.user_templates import list_templates, load_template
from facilitator.storage.database import Database
from facilitator.ui.common import messages
from facilitator.ui.planning.agenda_model import Column
from facilitator.ui.planning.templates_dialog import BUILTIN_NOTE, TemplatesDialog

CTRL = Qt.KeyboardModifier.ControlModifier
BUILTIN_NAMES = [
    builtin_template(key).name for key in ("weekly", "management", "campaign", "win_loss")
]


@pytest.fixture
def dialog(show, db: Database) -> TemplatesDialog:
    return show(TemplatesDialog(db), active=True)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """What the moderator answers in the name prompt and the confirmations; asked ones logged."""
    given: dict[str, object] = {"name": "Our weekly", "confirm": QMessageBox.StandardButton.Yes}
    asked: list[str] = []
    given["asked"] = asked

    def get_text(_parent, title, _label, _echo, text, *_args):
        asked.append(f"{title}: {text}")
        return str(given["name"]), True

    def question(_parent, title, text, *_args):
        asked.append(f"{title}: {text}")
        return given["confirm"]

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    monkeypatch.setattr(messages, "ask", question)
    return given


def listed(dialog: TemplatesDialog) -> list[str]:
    return [dialog.template_list.item(i).text() for i in range(dialog.template_list.count())]


def user_names(db: Database) -> list[str]:
    return [choice.name for choice in list_templates(db) if not choice.builtin]


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_built_in_templates_are_listed_marked_and_read_only(dialog):
    assert listed(dialog) == [f"{name} (built-in)" for name in BUILTIN_NAMES]
    assert dialog.current_key == "builtin:weekly"
    assert dialog.note_label.isVisible()
    assert dialog.note_label.text() == BUILTIN_NOTE
    assert dialog.name_edit.isReadOnly()
    assert not dialog.editor.isEnabled()
    assert not dialog.save_button.isEnabled()
    assert not dialog.delete_button.isEnabled()
    assert dialog.duplicate_button.isEnabled()


def test_duplicating_a_built_in_makes_an_editable_copy_and_leaves_it_unchanged(
    qtbot, dialog, db, answers
):
    qtbot.mouseClick(dialog.duplicate_button, Qt.MouseButton.LeftButton)

    assert answers["asked"] == ["Duplicate template: Weekly smarketing meeting (copy)"]
    assert user_names(db) == ["Our weekly"]
    assert listed(dialog)[-1] == "Our weekly"
    assert dialog.current_key.startswith("user:")
    assert dialog.note_label.isHidden()
    assert dialog.editor.isEnabled()
    assert dialog.delete_button.isEnabled()
    assert load_template(db, "builtin:weekly") == builtin_template("weekly")
    assert load_template(db, dialog.current_key).plan == builtin_template("weekly").plan


def test_the_copy_is_edited_with_undo_and_saved_with_ctrl_s(qtbot, dialog, db, answers):
    key = dialog.duplicate()
    view = dialog.editor.view
    view.setFocus()
    rect = view.visualRect(dialog.editor.model.index(4, Column.TITLE))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    editor_field = focused()
    assert isinstance(editor_field, QLineEdit)
    qtbot.keyClicks(editor_field, "Lead scoring")
    with qtbot.waitSignal(dialog.editor.planChanged, timeout=1000):
        qtbot.keyClick(editor_field, Qt.Key.Key_Return)
    assert [item.title for item in dialog.editor.plan().items][-1] == "Lead scoring"
    assert dialog.save_button.isEnabled()

    qtbot.keyClick(focused(), Qt.Key.Key_Z, CTRL)
    assert len(dialog.editor.plan().items) == 6
    assert dialog.editor.plan().items[5].title == "New item"
    qtbot.keyClick(focused(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(focused(), Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(focused(), Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert dialog.editor.plan().items[5].title == "Lead scoring"

    dialog.name_edit.selectAll()
    qtbot.keyClicks(dialog.name_edit, "Our weekly, longer")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_S, CTRL)

    stored = load_template(db, key)
    assert stored.name == "Our weekly, longer"
    assert [item.title for item in stored.plan.items][-1] == "Lead scoring"
    assert not dialog.has_unsaved_changes()
    assert dialog.status_label.text() == "Saved “Our weekly, longer”."


def test_a_name_taken_by_a_built_in_is_refused_on_save(qtbot, dialog, db, answers):
    key = dialog.duplicate()
    dialog.name_edit.selectAll()
    qtbot.keyClicks(dialog.name_edit, BUILTIN_NAMES[1])
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.problem_label.isVisible()
    assert "already a template named" in dialog.problem_label.text()
    assert load_template(db, key).name == "Our weekly"
    assert dialog.name_edit.text() == BUILTIN_NAMES[1], "the refused edit stays"


def test_deleting_a_user_template_asks_first(qtbot, dialog, db, answers):
    dialog.duplicate()
    answers["confirm"] = QMessageBox.StandardButton.No
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert user_names(db) == ["Our weekly"]

    answers["confirm"] = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert user_names(db) == []
    assert listed(dialog) == [f"{name} (built-in)" for name in BUILTIN_NAMES]
    assert answers["asked"][-1].startswith("Delete template?: Delete the template “Our weekly”?")
    assert dialog.current_key == "builtin:win_loss"


def test_leaving_a_changed_template_asks_save_discard_or_cancel(qtbot, dialog, db, answers):
    key = dialog.duplicate()
    dialog.name_edit.selectAll()
    qtbot.keyClicks(dialog.name_edit, "Renamed")

    answers["confirm"] = QMessageBox.StandardButton.Cancel
    dialog.template_list.setCurrentRow(0)
    assert dialog.current_key == key
    assert dialog.template_list.currentItem().text() == "Our weekly"
    assert dialog.name_edit.text() == "Renamed"

    answers["confirm"] = QMessageBox.StandardButton.Discard
    dialog.template_list.setCurrentRow(0)
    assert dialog.current_key == "builtin:weekly"
    assert user_names(db) == ["Our weekly"]

    assert dialog.select_template(key)
    dialog.name_edit.selectAll()
    qtbot.keyClicks(dialog.name_edit, "Renamed")
    answers["confirm"] = QMessageBox.StandardButton.Save
    dialog.template_list.setCurrentRow(0)
    assert dialog.current_key == "builtin:weekly"
    assert user_names(db) == ["Renamed"]
