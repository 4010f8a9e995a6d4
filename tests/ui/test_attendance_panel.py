"""The attendance panel as a moderator uses it: invite, a roll call by keys, a guest at the door."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import delete

from facilitator.record.attendance import attendance_of, invite, mark
from facilitator.record.meetings import create_meeting
from facilitator.record.people import PersonInput, add_person, deactivate_person, list_people
from facilitator.record.templates import builtin_template
from facilitator.storage.database import Database
from facilitator.storage.models import Attendance, Person
from facilitator.ui.planning.attendance_panel import NAME, STATUS, AttendancePanel
from facilitator.vocabulary import AttendanceStatus, Team

PRESENT, LATE, ABSENT, INVITED = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.LATE,
    AttendanceStatus.ABSENT,
    AttendanceStatus.INVITED,
)


@pytest.fixture
def roster(db: Database) -> dict[str, int]:
    people = [
        PersonInput("Ana Marketer", "ana@example.com", Team.MARKETING, "Campaign manager"),
        PersonInput("Bo Seller", "bo@example.com", Team.SALES, "Account executive"),
        PersonInput("Cy Seller", "cy@example.com", Team.SALES),
        PersonInput("Dee Helper", "dee@example.com", Team.CUSTOMER_SERVICE),
    ]
    return {person.name.split()[0]: add_person(db, person) for person in people}


@pytest.fixture
def meeting(db: Database) -> int:
    return create_meeting(
        db,
        builtin_template("weekly").plan,
        title="Weekly smarketing",
        scheduled_at=datetime(2026, 3, 5, 15, 30, tzinfo=UTC),
    )


@pytest.fixture
def panel(show, db: Database, roster: dict[str, int], meeting: int) -> AttendancePanel:
    widget = AttendancePanel()
    widget.set_meeting(db, meeting)
    widget.resize(560, 420)
    show(widget, active=True)
    widget.table.setFocus()
    return widget


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def alt(qtbot, key: Qt.Key) -> None:
    qtbot.keyClick(focused(), key, Qt.KeyboardModifier.AltModifier)


def rows(panel: AttendancePanel) -> list[tuple[str, str]]:
    table = panel.table
    return [
        (table.item(row, NAME).text(), table.item(row, STATUS).text())
        for row in range(table.rowCount())
    ]


def click_row(qtbot, panel: AttendancePanel, name: str) -> None:
    row = [text for text, _status in rows(panel)].index(name)
    rect = panel.table.visualItemRect(panel.table.item(row, NAME))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def statuses(db: Database, meeting: int) -> dict[str, AttendanceStatus]:
    return {view.name: view.status for view in attendance_of(db, meeting)}


def test_invite_two_mark_by_keys_then_a_guest_walks_in(qtbot, db, meeting, panel):
    assert panel.summary_label.text() == "No one invited yet."
    assert not panel.present_action.isEnabled()

    qtbot.mouseClick(panel.invite_button, Qt.MouseButton.LeftButton)
    picker = panel.invite_picker
    assert picker is not None
    qtbot.waitUntil(picker.isVisible)
    names = [picker.list_widget.item(i).text() for i in range(picker.list_widget.count())]
    assert names == [
        "Ana Marketer — Marketing",
        "Bo Seller — Sales",
        "Cy Seller — Sales",
        "Dee Helper — Customer service",
    ]
    assert not picker.invite_button.isEnabled()
    qtbot.keyClick(picker.list_widget, Qt.Key.Key_Space)
    qtbot.keyClick(picker.list_widget, Qt.Key.Key_Down)
    qtbot.keyClick(picker.list_widget, Qt.Key.Key_Space)
    assert picker.invite_button.text() == "Invite 2"
    with qtbot.waitSignal(panel.attendanceChanged, timeout=1000):
        qtbot.keyClick(picker.list_widget, Qt.Key.Key_Return)

    assert rows(panel) == [
        ("Ana Marketer", "Invited, not marked"),
        ("Bo Seller", "Invited, not marked"),
    ]
    assert (
        panel.summary_label.text() == "2 invited · 0 present · 0 late · 0 absent · 2 not marked yet"
    )

    click_row(qtbot, panel, "Ana Marketer")
    with qtbot.waitSignal(panel.attendanceChanged, timeout=1000):
        alt(qtbot, Qt.Key.Key_P)
    assert panel.selected_ids() == [panel.attendance()[1].person_id]  # on to Bo: a roll call
    with qtbot.waitSignal(panel.attendanceChanged, timeout=1000):
        alt(qtbot, Qt.Key.Key_L)
    assert rows(panel) == [("Ana Marketer", "Present"), ("Bo Seller", "Late")]
    assert panel.summary_label.text() == "2 invited · 1 present · 1 late · 0 absent"

    qtbot.mouseClick(panel.guest_button, Qt.MouseButton.LeftButton)
    guest = panel.guest_dialog
    assert guest is not None
    qtbot.waitUntil(guest.isVisible)
    qtbot.keyClicks(guest.name_edit, "Kim Visitor")
    guest.team_combo.setCurrentIndex(guest.team_combo.findText("Product"))
    with qtbot.waitSignal(panel.attendanceChanged, timeout=1000):
        qtbot.keyClick(guest.name_edit, Qt.Key.Key_Return)

    assert ("Kim Visitor (guest)", "Present") in rows(panel)
    assert panel.summary_label.text() == "3 invited · 2 present · 1 late · 0 absent"
    assert statuses(db, meeting) == {
        "Ana Marketer": PRESENT,
        "Bo Seller": LATE,
        "Kim Visitor": PRESENT,
    }
    [kim] = [view for view in attendance_of(db, meeting) if view.guest]
    assert (kim.team, kim.email) == (Team.PRODUCT, None)


def test_the_mark_buttons_do_what_the_keys_do(qtbot, db, roster, meeting, panel):
    invite(db, meeting, [roster["Ana"], roster["Cy"]])
    panel.refresh()
    click_row(qtbot, panel, "Cy Seller")
    with qtbot.waitSignal(panel.attendanceChanged, timeout=1000):
        qtbot.mouseClick(panel.absent_button, Qt.MouseButton.LeftButton)
    assert statuses(db, meeting)["Cy Seller"] == ABSENT
    assert (
        panel.summary_label.text() == "2 invited · 0 present · 0 late · 1 absent · 1 not marked yet"
    )


def test_several_selected_are_marked_at_once(qtbot, db, roster, meeting, panel):
    invite(db, meeting, roster.values())
    panel.refresh()
    click_row(qtbot, panel, "Ana Marketer")
    qtbot.keyClick(panel.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(panel.selected_ids()) == 4
    alt(qtbot, Qt.Key.Key_A)
    assert set(statuses(db, meeting).values()) == {ABSENT}
    assert len(panel.selected_ids()) == 4
    assert panel.summary_label.text() == "4 invited · 0 present · 0 late · 4 absent"


def test_whole_team_is_one_click_and_only_active_uninvited_people_are_offered(
    qtbot, db, roster, meeting, panel
):
    invite(db, meeting, [roster["Ana"]])
    deactivate_person(db, roster["Dee"])
    panel.refresh()
    qtbot.keyClick(panel.table, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    picker = panel.invite_picker
    assert picker is not None
    qtbot.waitUntil(picker.isVisible)
    assert picker.list_widget.count() == 2  # Ana is invited, Dee deactivated
    assert not picker.team_buttons[Team.MARKETING].isEnabled()

    qtbot.mouseClick(picker.team_buttons[Team.SALES], Qt.MouseButton.LeftButton)
    assert picker.invite_button.text() == "Invite 2"
    with qtbot.waitSignal(panel.attendanceChanged, timeout=1000):
        qtbot.mouseClick(picker.invite_button, Qt.MouseButton.LeftButton)
    assert statuses(db, meeting) == {
        "Ana Marketer": INVITED,
        "Bo Seller": INVITED,
        "Cy Seller": INVITED,
    }
    assert sorted(panel.selected_ids()) == sorted([roster["Bo"], roster["Cy"]])


def test_uninvite_only_while_not_yet_marked(qtbot, db, roster, meeting, panel):
    invite(db, meeting, [roster["Ana"], roster["Bo"]])
    mark(db, meeting, roster["Ana"], PRESENT)
    panel.refresh()

    click_row(qtbot, panel, "Ana Marketer")
    assert not panel.uninvite_action.isEnabled()
    assert not panel.uninvite_button.isEnabled()

    click_row(qtbot, panel, "Bo Seller")
    assert panel.uninvite_action.isEnabled()
    with qtbot.waitSignal(panel.attendanceChanged, timeout=1000):
        alt(qtbot, Qt.Key.Key_U)
    assert statuses(db, meeting) == {"Ana Marketer": PRESENT}
    assert rows(panel) == [("Ana Marketer", "Present")]


def test_a_guest_with_a_bad_or_taken_email_is_refused_and_kept(qtbot, db, meeting, panel):
    qtbot.keyClick(panel.table, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    guest = panel.guest_dialog
    assert guest is not None
    qtbot.waitUntil(guest.isVisible)
    qtbot.keyClicks(guest.name_edit, "Lee Visitor")
    qtbot.keyClicks(guest.email_edit, "lee-at-example")
    qtbot.keyClick(guest.email_edit, Qt.Key.Key_Return)
    assert guest.isVisible()
    assert guest.error_label.text() == "'lee-at-example' is not a valid email address."
    assert guest.name_edit.text() == "Lee Visitor"

    guest.email_edit.clear()
    qtbot.keyClicks(guest.email_edit, "BO@example.com")
    qtbot.mouseClick(guest.add_button, Qt.MouseButton.LeftButton)
    assert guest.error_label.text() == "Bo Seller already has the email address bo@example.com."
    assert attendance_of(db, meeting) == []

    qtbot.mouseClick(
        guest.buttons.button(guest.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: panel.guest_dialog is None)
    assert panel.summary_label.text() == "No one invited yet."


def test_without_a_meeting_the_panel_waits(qtbot, db, meeting):
    widget = AttendancePanel()
    qtbot.addWidget(widget)
    assert widget.summary_label.text() == "No meeting chosen."
    assert not widget.invite_action.isEnabled()
    assert not widget.guest_action.isEnabled()
    assert widget.open_invite_picker() is None

    widget.set_meeting(db, meeting)
    assert widget.invite_action.isEnabled()
    widget.set_meeting(db, None)
    assert widget.summary_label.text() == "No meeting chosen."
    assert widget.table.rowCount() == 0


def undo_keys(qtbot, panel: AttendancePanel, redo: bool = False) -> None:
    modifiers = Qt.KeyboardModifier.ControlModifier
    if redo:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, modifiers)


def test_a_roll_call_is_undone_and_redone_by_the_keys(qtbot, db, roster, meeting, panel):
    invite(db, meeting, [roster["Ana"], roster["Bo"]])
    panel.refresh()
    assert panel.undo_button.isHidden()
    click_row(qtbot, panel, "Ana Marketer")
    alt(qtbot, Qt.Key.Key_P)
    alt(qtbot, Qt.Key.Key_L)
    assert statuses(db, meeting) == {"Ana Marketer": PRESENT, "Bo Seller": LATE}
    assert panel.undo_button.text() == "Undo mark late"

    with qtbot.waitSignal(panel.attendanceChanged, timeout=1000):
        undo_keys(qtbot, panel)
    assert rows(panel) == [("Ana Marketer", "Present"), ("Bo Seller", "Invited, not marked")]
    undo_keys(qtbot, panel)
    assert statuses(db, meeting) == {"Ana Marketer": INVITED, "Bo Seller": INVITED}
    undo_keys(qtbot, panel, redo=True)
    assert statuses(db, meeting) == {"Ana Marketer": PRESENT, "Bo Seller": INVITED}
    assert panel.summary_label.text() == (
        "2 invited · 1 present · 0 late · 0 absent · 1 not marked yet"
    )


def test_invite_uninvite_and_a_guest_are_taken_back_by_the_buttons(
    qtbot, db, roster, meeting, panel
):
    panel.invite_people([roster["Ana"], roster["Bo"]])
    click_row(qtbot, panel, "Bo Seller")
    alt(qtbot, Qt.Key.Key_U)
    assert statuses(db, meeting) == {"Ana Marketer": INVITED}
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert statuses(db, meeting) == {"Ana Marketer": INVITED, "Bo Seller": INVITED}

    qtbot.keyClick(panel.table, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    guest = panel.guest_dialog
    assert guest is not None
    qtbot.waitUntil(guest.isVisible)
    qtbot.keyClicks(guest.name_edit, "Kim Visitor")
    qtbot.keyClick(guest.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.guest_dialog is None)
    [kim] = [view for view in attendance_of(db, meeting) if view.guest]
    assert panel.undo_button.text() == "Undo add guest"

    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert "Kim Visitor (guest)" not in [name for name, _status in rows(panel)]
    assert kim.person_id not in [person.id for person in list_people(db, include_inactive=True)]
    qtbot.mouseClick(panel.redo_button, Qt.MouseButton.LeftButton)
    assert ("Kim Visitor (guest)", "Present") in rows(panel)
    assert [view for view in attendance_of(db, meeting) if view.guest] == [kim]

    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert attendance_of(db, meeting) == []
    assert panel.undo_button.isHidden()


def test_a_refused_mark_leaves_nothing_to_undo(qtbot, db, roster, meeting, panel):
    invite(db, meeting, [roster["Ana"], roster["Bo"]])
    panel.refresh()
    click_row(qtbot, panel, "Ana Marketer")
    qtbot.keyClick(panel.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    with db.write() as session:  # Bo is taken off the roster behind the panel's back
        session.execute(delete(Attendance).where(Attendance.person_id == roster["Bo"]))
        session.execute(delete(Person).where(Person.id == roster["Bo"]))
    alt(qtbot, Qt.Key.Key_P)
    assert panel.error_label.text() == f"There is no person {roster['Bo']}."
    assert statuses(db, meeting) == {"Ana Marketer": INVITED}  # all of the marks, or none
    assert panel.undo_stack.count() == 0
    assert panel.undo_button.isHidden()


def test_another_meeting_starts_with_nothing_to_undo(qtbot, db, roster, meeting, panel):
    panel.invite_people([roster["Ana"]])
    assert panel.undo_stack.count() == 1
    panel.set_meeting(db, meeting)
    assert panel.undo_stack.count() == 0


def test_the_edit_menu_undoes_in_the_tab_shown(qtbot, show, db, roster, meeting):
    from facilitator.ui.planning.meeting_editor import MeetingEditor

    invite(db, meeting, [roster["Ana"]])
    editor = show(MeetingEditor(db, meeting), active=True)
    tabs = editor.tabs
    assert not tabs.undo_action.isEnabled()
    tabs.setCurrentIndex(tabs.attendance_tab)
    panel = editor.attendance
    panel.select_people([roster["Ana"]])
    panel.present_action.trigger()
    assert statuses(db, meeting) == {"Ana Marketer": PRESENT}
    assert tabs.undo_action.text() == "&Undo mark present"

    tabs.setCurrentIndex(tabs.agenda_tab)
    assert not tabs.undo_action.isEnabled()  # the agenda has nothing to undo
    tabs.setCurrentIndex(tabs.attendance_tab)
    tabs.undo_action.trigger()
    assert statuses(db, meeting) == {"Ana Marketer": INVITED}
    assert tabs.redo_action.text() == "&Redo mark present"

    panel.table.setFocus()
    undo_keys(qtbot, panel, redo=True)  # the tabs hold the keys for both panes
    assert statuses(db, meeting) == {"Ana Marketer": PRESENT}
    undo_keys(qtbot, panel)
    assert statuses(db, meeting) == {"Ana Marketer": INVITED}
