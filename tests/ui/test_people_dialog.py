"""The People dialog used as a moderator would: typing, clicking, Enter, Ctrl+N and Ctrl+S."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from facilitator.record.attendance import invite
from facilitator.record.meetings import create_meeting
from facilitator.record.people import (
    PersonInput,
    add_person,
    deactivate_person,
    get_person,
    list_people,
)
from facilitator.record.templates import builtin_template
from facilitator.storage.database import Database
from facilitator.ui.planning.people_dialog import COLUMNS, GEOMETRY_KEY, NAME, STATUS, PeopleDialog
from facilitator.vocabulary import Team

ANA = PersonInput("Ana Marketer", "ana@example.com", Team.MARKETING, "Campaign manager")
BO = PersonInput("Bo Seller", "bo@example.com", Team.SALES, "Account executive")


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "people.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def open_dialog(show, db: Database, settings: QSettings) -> Callable[[], PeopleDialog]:
    """Open the dialog over the roster as it stands, the way the app shows it."""
    return lambda: show(PeopleDialog(db, settings=settings), active=True)


def a_meeting(db: Database, moderator_id: int | None = None) -> int:
    return create_meeting(
        db,
        builtin_template("weekly").plan,
        title="Weekly smarketing",
        scheduled_at=datetime(2026, 3, 5, 15, 30, tzinfo=UTC),
        moderator_id=moderator_id,
    )


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_text(qtbot, field: QLineEdit, text: str) -> None:
    """Type at the cursor; letters beyond ASCII arrive as an input method commits them."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(field, char)
        else:
            field.insert(char)


def type_into(qtbot, field: QLineEdit, text: str) -> None:
    """Replace a field's text by keyboard, as a user selecting it all and typing does."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    type_text(qtbot, field, text)


def table_names(dialog: PeopleDialog) -> list[str]:
    table = dialog.table
    return [table.item(row, NAME).text() for row in range(table.rowCount())]


def click_person(qtbot, dialog: PeopleDialog, name: str) -> None:
    row = table_names(dialog).index(name)
    rect = dialog.table.visualItemRect(dialog.table.item(row, NAME))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_an_invalid_email_is_refused_and_nothing_typed_is_lost(qtbot, db, open_dialog):
    dialog = open_dialog()
    assert dialog.form_title.text() == "New person"
    assert focused() is dialog.name_edit
    assert [dialog.table.horizontalHeaderItem(c).text() for c in range(5)] == list(COLUMNS)

    type_text(qtbot, dialog.name_edit, "Zoë Lindqvist")
    type_into(qtbot, dialog.email_edit, "zoe-at-example")
    dialog.team_combo.setCurrentIndex(dialog.team_combo.findText("Marketing"))
    type_into(qtbot, dialog.role_edit, "Campaign manager")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "'zoe-at-example' is not a valid email address."
    assert dialog.error_label.textFormat() == Qt.TextFormat.PlainText
    assert list_people(db) == []
    assert dialog.name_edit.text() == "Zoë Lindqvist"
    assert dialog.email_edit.text() == "zoe-at-example"
    assert dialog.role_edit.text() == "Campaign manager"
    assert focused() is dialog.email_edit

    type_into(qtbot, dialog.email_edit, "zoe@example.com")
    with qtbot.waitSignal(dialog.peopleChanged, timeout=1000):
        qtbot.keyClick(dialog.email_edit, Qt.Key.Key_Return)

    [zoe] = list_people(db)
    assert (zoe.name, zoe.email, zoe.team, zoe.role) == (
        "Zoë Lindqvist",
        "zoe@example.com",
        Team.MARKETING,
        "Campaign manager",
    )
    assert table_names(dialog) == ["Zoë Lindqvist"]
    assert dialog.table.item(0, STATUS).text() == "Active"
    assert dialog.error_label.isHidden()
    assert dialog.notice_label.text() == "Added Zoë Lindqvist to the roster."
    assert dialog.form_title.text() == "Edit person: Zoë Lindqvist"
    assert dialog.count_label.text() == "1 person"


def test_a_duplicate_email_in_another_case_is_caught(qtbot, db, open_dialog):
    add_person(db, ANA)
    dialog = open_dialog()
    qtbot.keyClicks(dialog.name_edit, "Anna Other")
    type_into(qtbot, dialog.email_edit, "ANA@Example.COM")
    qtbot.keyClick(dialog.email_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert (
        dialog.error_label.text() == "Ana Marketer already has the email address ana@example.com."
    )
    assert [person.name for person in list_people(db)] == ["Ana Marketer"]
    assert dialog.name_edit.text() == "Anna Other"
    assert dialog.email_edit.text() == "ANA@Example.COM"


def test_an_empty_or_overlong_name_is_refused_with_the_reason(qtbot, db, open_dialog):
    dialog = open_dialog()
    type_into(qtbot, dialog.email_edit, "kim@example.com")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "A name is needed."
    assert focused() is dialog.name_edit

    long_name = "K" * 201
    dialog.name_edit.insert(long_name)  # a paste: nothing is cut off silently
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.error_label.text() == "The name is 201 characters; the most is 200."
    assert dialog.name_edit.text() == long_name
    assert list_people(db) == []


def test_picking_a_person_fills_the_form_and_ctrl_s_saves_the_edit(qtbot, db, open_dialog):
    add_person(db, ANA)
    bo = add_person(db, BO)
    dialog = open_dialog()
    assert not dialog.save_button.isEnabled()

    click_person(qtbot, dialog, "Bo Seller")
    assert dialog.name_edit.text() == "Bo Seller"
    assert dialog.email_edit.text() == "bo@example.com"
    assert dialog.team_combo.currentText() == "Sales"
    assert not dialog.save_button.isEnabled()

    type_into(qtbot, dialog.role_edit, "Sales director")
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.peopleChanged, timeout=1000):
        qtbot.keyClick(dialog.role_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert get_person(db, bo).role == "Sales director"
    assert dialog.notice_label.text() == "Saved Bo Seller."
    assert not dialog.save_button.isEnabled()


def test_unsaved_changes_keep_the_form_until_saved_or_reverted(qtbot, db, open_dialog):
    add_person(db, ANA)
    add_person(db, BO)
    dialog = open_dialog()
    click_person(qtbot, dialog, "Ana Marketer")
    type_into(qtbot, dialog.role_edit, "Head of demand generation")

    click_person(qtbot, dialog, "Bo Seller")
    assert (
        dialog.error_label.text() == "Save (Ctrl+S) or revert your changes to Ana Marketer first."
    )
    assert dialog.role_edit.text() == "Head of demand generation"
    qtbot.waitUntil(lambda: dialog.table.selectedItems()[0].text() == "Ana Marketer")

    qtbot.keyClick(dialog.role_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert dialog.name_edit.text() == "Ana Marketer"

    qtbot.mouseClick(dialog.revert_button, Qt.MouseButton.LeftButton)
    assert dialog.role_edit.text() == "Campaign manager"
    click_person(qtbot, dialog, "Bo Seller")
    assert dialog.name_edit.text() == "Bo Seller"


def test_escape_with_unsaved_changes_warns_before_closing(qtbot, open_dialog):
    dialog = open_dialog()
    qtbot.keyClicks(dialog.name_edit, "Half-typed Name")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert "unsaved changes" in dialog.error_label.text()
    assert dialog.name_edit.text() == "Half-typed Name"

    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_ctrl_n_empties_the_form_and_offers_the_filtered_team(qtbot, db, open_dialog):
    add_person(db, ANA)
    dialog = open_dialog()
    dialog.team_filter.setCurrentIndex(dialog.team_filter.findText("Sales"))
    assert table_names(dialog) == []
    click_target = dialog.search_edit
    qtbot.keyClick(click_target, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert focused() is dialog.name_edit
    assert dialog.team_combo.currentText() == "Sales"

    dialog.team_filter.setCurrentIndex(0)
    click_person(qtbot, dialog, "Ana Marketer")
    qtbot.keyClick(dialog.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert dialog.form_title.text() == "New person"
    assert dialog.name_edit.text() == ""
    assert dialog.email_edit.text() == ""
    assert dialog.table.selectedItems() == []


def test_search_and_team_filters_narrow_the_list(qtbot, db, open_dialog):
    add_person(db, ANA)
    add_person(db, BO)
    add_person(db, PersonInput("Cy Service", "cy@help.example.com", Team.CUSTOMER_SERVICE))
    dialog = open_dialog()
    assert table_names(dialog) == ["Ana Marketer", "Bo Seller", "Cy Service"]

    qtbot.keyClick(dialog.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is dialog.search_edit
    qtbot.keyClicks(dialog.search_edit, "HELP")
    assert table_names(dialog) == ["Cy Service"]
    assert dialog.count_label.text() == "1 of 3 shown"

    dialog.search_edit.clear()
    dialog.team_filter.setCurrentIndex(dialog.team_filter.findText("Sales"))
    assert table_names(dialog) == ["Bo Seller"]


def test_deactivate_hides_and_show_inactive_brings_them_back(qtbot, db, open_dialog):
    ana = add_person(db, ANA)
    add_person(db, BO)
    dialog = open_dialog()
    click_person(qtbot, dialog, "Ana Marketer")
    assert dialog.active_button.text() == "&Deactivate"

    with qtbot.waitSignal(dialog.peopleChanged, timeout=1000):
        qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
    assert not get_person(db, ana).active
    assert table_names(dialog) == ["Bo Seller"]
    assert dialog.form_title.text() == "New person"
    assert "Deactivated Ana Marketer" in dialog.notice_label.text()

    qtbot.mouseClick(dialog.show_inactive, Qt.MouseButton.LeftButton)
    assert table_names(dialog) == ["Ana Marketer", "Bo Seller"]
    assert dialog.table.item(0, STATUS).text() == "Inactive"
    assert dialog.count_label.text() == "2 people, 1 inactive"

    click_person(qtbot, dialog, "Ana Marketer")
    assert dialog.active_button.text() == "Re&activate"
    qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
    assert get_person(db, ana).active
    assert dialog.table.item(0, STATUS).text() == "Active"


def test_a_duplicate_of_a_deactivated_person_says_to_reactivate(qtbot, db, open_dialog):
    deactivate_person(db, add_person(db, ANA))
    dialog = open_dialog()
    qtbot.keyClicks(dialog.name_edit, "Ana M.")
    type_into(qtbot, dialog.email_edit, "ana@example.com")
    qtbot.keyClick(dialog.email_edit, Qt.Key.Key_Return)
    assert "reactivate them instead" in dialog.error_label.text()


def test_delete_of_someone_in_the_meeting_records_is_refused(qtbot, db, open_dialog):
    ana = add_person(db, ANA)
    bo = add_person(db, BO)
    a_meeting(db, moderator_id=ana)
    invite(db, a_meeting(db), [bo])
    dialog = open_dialog()

    click_person(qtbot, dialog, "Ana Marketer")
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == (
        "Ana Marketer can't be deleted: the meeting records name them (moderator). "
        "Deactivate them instead."
    )
    assert focused() is dialog.active_button
    assert table_names(dialog) == ["Ana Marketer", "Bo Seller"]

    click_person(qtbot, dialog, "Bo Seller")
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert "on an attendance list" in dialog.error_label.text()
    assert len(list_people(db)) == 2


def test_delete_of_a_mistaken_entry_can_be_undone(qtbot, db, open_dialog):
    add_person(db, ANA)
    dialog = open_dialog()
    click_person(qtbot, dialog, "Ana Marketer")
    with qtbot.waitSignal(dialog.peopleChanged, timeout=1000):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert list_people(db, include_inactive=True) == []
    assert table_names(dialog) == []
    assert dialog.notice_label.text() == "Deleted Ana Marketer."
    assert dialog.undo_button.isVisible()

    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    [back] = list_people(db)
    assert (back.name, back.email, back.team, back.role) == (
        ANA.name,
        ANA.email,
        ANA.team,
        ANA.role,
    )
    assert table_names(dialog) == ["Ana Marketer"]
    assert dialog.undo_button.isHidden()


def test_user_text_is_shown_as_typed_never_as_markup(qtbot, db, open_dialog):
    add_person(db, PersonInput("<b>Bold</b> & Co", "bold@example.com", Team.OTHER))
    dialog = open_dialog()
    click_person(qtbot, dialog, "<b>Bold</b> & Co")
    assert dialog.form_title.text() == "Edit person: <b>Bold</b> & Co"
    assert dialog.form_title.textFormat() == Qt.TextFormat.PlainText


def test_window_geometry_is_remembered(qtbot, settings, open_dialog):
    dialog = open_dialog()
    dialog.resize(760, 540)
    qtbot.waitUntil(lambda: dialog.width() == 760)
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert settings.value(GEOMETRY_KEY) is not None

    again = open_dialog()
    assert (again.width(), again.height()) == (760, 540)


def undo_keys(qtbot, widget: QWidget, redo: bool = False) -> None:
    """Ctrl+Z, or Ctrl+Shift+Z to redo, where the keyboard focus is."""
    modifiers = Qt.KeyboardModifier.ControlModifier
    if redo:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(widget, Qt.Key.Key_Z, modifiers)


def test_adding_someone_is_undone_and_redone_by_the_keys(qtbot, db, open_dialog):
    dialog = open_dialog()
    assert dialog.undo_button.isHidden() and dialog.redo_button.isHidden()
    qtbot.keyClicks(dialog.name_edit, "Ana Marketer")
    type_into(qtbot, dialog.email_edit, "ana@example.com")
    qtbot.keyClick(dialog.email_edit, Qt.Key.Key_Return)
    [ana] = list_people(db)
    assert dialog.undo_button.isVisible()
    assert dialog.undo_button.text() == "Undo add person"

    dialog.table.setFocus()
    with qtbot.waitSignal(dialog.peopleChanged, timeout=1000):
        undo_keys(qtbot, dialog.table)
    assert list_people(db, include_inactive=True) == []
    assert table_names(dialog) == []
    assert dialog.form_title.text() == "New person"
    assert dialog.notice_label.text() == "Took Ana Marketer off the roster again."
    assert dialog.redo_button.text() == "Redo add person"

    dialog.table.setFocus()
    undo_keys(qtbot, dialog.table, redo=True)
    assert list_people(db) == [ana]  # the very entry, under its old id
    assert dialog.form_title.text() == "Edit person: Ana Marketer"


def test_an_edit_and_a_deactivation_are_undone_by_the_buttons(qtbot, db, open_dialog):
    ana = add_person(db, ANA)
    dialog = open_dialog()
    click_person(qtbot, dialog, "Ana Marketer")
    type_into(qtbot, dialog.role_edit, "Head of demand")
    qtbot.keyClick(dialog.role_edit, Qt.Key.Key_Return)
    qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
    assert (get_person(db, ana).role, get_person(db, ana).active) == ("Head of demand", False)
    assert dialog.undo_button.text() == "Undo deactivate"

    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert get_person(db, ana).active
    assert dialog.form_title.text() == "Edit person: Ana Marketer"
    assert dialog.undo_button.text() == "Undo edit person"
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert get_person(db, ana).role == "Campaign manager"
    assert dialog.role_edit.text() == "Campaign manager"
    assert dialog.undo_button.isHidden()

    qtbot.mouseClick(dialog.redo_button, Qt.MouseButton.LeftButton)
    assert get_person(db, ana).role == "Head of demand"


def test_a_refused_save_leaves_nothing_to_undo(qtbot, db, open_dialog):
    dialog = open_dialog()
    qtbot.keyClicks(dialog.name_edit, "Kim")
    type_into(qtbot, dialog.email_edit, "kim-at-example")
    qtbot.keyClick(dialog.email_edit, Qt.Key.Key_Return)
    assert dialog.error_label.text() == "'kim-at-example' is not a valid email address."
    assert dialog.undo_stack.count() == 0
    assert dialog.undo_button.isHidden()


def test_an_undo_the_records_forbid_is_refused_with_the_reason(qtbot, db, open_dialog):
    dialog = open_dialog()
    qtbot.keyClicks(dialog.name_edit, "Ana Marketer")
    type_into(qtbot, dialog.email_edit, "ana@example.com")
    qtbot.keyClick(dialog.email_edit, Qt.Key.Key_Return)
    [ana] = list_people(db)
    a_meeting(db, moderator_id=ana.id)  # the records name her now

    dialog.table.setFocus()
    undo_keys(qtbot, dialog.table)
    assert "can't be deleted" in dialog.error_label.text()
    assert list_people(db) == [ana]
    assert dialog.undo_stack.count() == 0
    assert dialog.undo_button.isHidden()


def test_typing_in_the_form_is_kept_when_another_change_is_undone(qtbot, db, open_dialog):
    add_person(db, ANA)
    add_person(db, BO)
    dialog = open_dialog()
    click_person(qtbot, dialog, "Ana Marketer")
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    click_person(qtbot, dialog, "Bo Seller")
    type_into(qtbot, dialog.role_edit, "Sales director")

    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert table_names(dialog) == ["Ana Marketer", "Bo Seller"]
    assert dialog.role_edit.text() == "Sales director"
    assert dialog.form_title.text() == "Edit person: Bo Seller"
