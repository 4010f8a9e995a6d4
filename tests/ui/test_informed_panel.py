"""The informed list under a meeting's attendance (#17 point 2), as a moderator uses it: a
person from the roster, a typed address, for the whole series, removed by Delete, all undone
and redone with the attendance list's Ctrl+Z / Ctrl+Shift+Z."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from facilitator.mailing.informed import add_informed_person, informed_list, informed_of
from facilitator.record.meetings import create_meeting
from facilitator.record.people import PersonInput, add_person
from facilitator.record.templates import builtin_template
from facilitator.rules.schedule import create_series
from facilitator.storage.database import Database
from facilitator.ui.mail.informed_panel import InformedPanel
from facilitator.ui.planning.attendance_panel import AttendancePanel
from facilitator.vocabulary import Frequency, MeetingKind, Team

WHEN = datetime(2026, 3, 5, 15, 30, tzinfo=UTC)


@pytest.fixture
def roster(db: Database) -> dict[str, int]:
    people = [
        PersonInput("Ana Ruiz", "ana@example.com", Team.SALES, "Sales manager"),
        PersonInput("Bo Seller", "bo@example.com", Team.SALES),
    ]
    return {person.name.split()[0]: add_person(db, person) for person in people}


@pytest.fixture
def series(db: Database) -> int:
    return create_series(db, "Weekly smarketing", MeetingKind.WEEKLY, Frequency.WEEKLY)


def _meeting(db: Database, series_id: int | None = None) -> int:
    plan = builtin_template("weekly").plan
    return create_meeting(db, plan, title="Weekly", scheduled_at=WHEN, series_id=series_id)


def _panel(show, db: Database, meeting: int) -> tuple[AttendancePanel, InformedPanel]:
    attendance = AttendancePanel()
    attendance.set_meeting(db, meeting)
    attendance.resize(640, 560)
    show(attendance, active=True)
    return attendance, attendance.informed_panel


def lines(panel: InformedPanel) -> list[str]:
    return [panel.list_widget.item(row).text() for row in range(panel.list_widget.count())]


def ctrl(qtbot, widget, key: Qt.Key, shift: bool = False) -> None:
    modifiers = Qt.KeyboardModifier.ControlModifier
    if shift:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(widget, key, modifiers)


def test_an_address_typed_then_a_person_chosen_removed_and_undone(qtbot, show, db, roster):
    meeting = _meeting(db)
    attendance, panel = _panel(show, db, meeting)
    assert lines(panel) == []
    assert panel.empty_label.isVisible()
    assert not panel.series_box.isVisible()  # no series: nothing to name it for
    assert not panel.add_address_button.isEnabled()

    panel.address_edit.setFocus()
    qtbot.keyClicks(panel.address_edit, "smarketing@example.com")
    qtbot.keyClicks(panel.name_edit, "Smarketing <list>")
    with qtbot.waitSignal(panel.informedChanged, timeout=1000):
        qtbot.keyClick(panel.name_edit, Qt.Key.Key_Return)
    assert lines(panel) == ["Smarketing <list> (smarketing@example.com)"]
    assert panel.address_edit.text() == "" and panel.name_edit.text() == ""

    panel.person_combo.setFocus()
    qtbot.keyClick(panel.person_combo, Qt.Key.Key_Down)
    assert panel.person_combo.currentText() == "Ana Ruiz · ana@example.com"
    qtbot.mouseClick(panel.add_person_button, Qt.MouseButton.LeftButton)
    assert lines(panel) == [
        "Smarketing <list> (smarketing@example.com)",
        "Ana Ruiz (Sales manager) · ana@example.com",
    ]
    assert [view.email for view in informed_of(db, meeting)] == [
        "smarketing@example.com", "ana@example.com",
    ]
    assert not panel.empty_label.isVisible()

    panel.list_widget.setFocus()
    panel.list_widget.setCurrentRow(0)
    qtbot.keyClick(panel.list_widget, Qt.Key.Key_Delete)
    assert lines(panel) == ["Ana Ruiz (Sales manager) · ana@example.com"]

    ctrl(qtbot, panel.list_widget, Qt.Key.Key_Z)
    assert lines(panel) == [
        "Smarketing <list> (smarketing@example.com)",
        "Ana Ruiz (Sales manager) · ana@example.com",
    ]  # back under its own id, so in the order added
    ctrl(qtbot, panel.list_widget, Qt.Key.Key_Z)
    ctrl(qtbot, attendance.table, Qt.Key.Key_Z)  # the list is hidden once empty
    assert lines(panel) == []
    assert not panel.list_widget.isVisible()
    assert informed_of(db, meeting) == []
    ctrl(qtbot, attendance.table, Qt.Key.Key_Z, shift=True)
    assert lines(panel) == ["Smarketing <list> (smarketing@example.com)"]
    assert attendance.undo_action.text() == "&Undo inform"
    assert panel.undo_stack.command(0).text() == (
        "Inform Smarketing <list> (smarketing@example.com)"
    )


def test_a_bad_or_duplicate_address_is_refused_in_one_line(qtbot, show, db, roster):
    meeting = _meeting(db)
    add_informed_person(db, roster["Ana"], meeting_id=meeting)
    _attendance, panel = _panel(show, db, meeting)

    panel.address_edit.setFocus()
    qtbot.keyClicks(panel.address_edit, "not an address")
    qtbot.keyClick(panel.address_edit, Qt.Key.Key_Return)
    assert panel.error_label.isVisible()
    assert panel.error_label.text() == "'not an address' is not a valid email address."
    assert panel.address_edit.text() == "not an address"  # kept, to be corrected

    panel.address_edit.clear()
    qtbot.keyClicks(panel.address_edit, "ANA@example.com")
    qtbot.keyClick(panel.address_edit, Qt.Key.Key_Return)
    assert panel.error_label.text() == (
        "Ana Ruiz (Sales manager) is already informed of this meeting."
    )
    assert len(informed_list(db, meeting_id=meeting)) == 1
    assert not panel.undo_stack.canUndo()  # a refused edit is never on the stack

    panel.address_edit.clear()
    qtbot.keyClicks(panel.address_edit, "cmo@example.org")
    qtbot.keyClick(panel.address_edit, Qt.Key.Key_Return)
    assert not panel.error_label.isVisible()


def test_for_every_meeting_of_the_series(qtbot, show, db, roster, series):
    meeting = _meeting(db, series)
    later = _meeting(db, series)
    _attendance, panel = _panel(show, db, meeting)
    assert panel.series_box.isVisible()
    assert panel.series_box.text() == "For every meeting of the series"
    assert "Weekly smarketing" in panel.series_box.toolTip()

    panel.series_box.setFocus()
    qtbot.keyClick(panel.series_box, Qt.Key.Key_Space)
    assert panel.series_box.isChecked()
    panel.person_combo.setCurrentIndex(2)
    qtbot.mouseClick(panel.add_person_button, Qt.MouseButton.LeftButton)

    assert lines(panel) == ["Bo Seller · bo@example.com — every meeting of the series"]
    assert [view.name for view in informed_of(db, later)] == ["Bo Seller"]
    assert informed_list(db, meeting_id=meeting) == []

    ctrl(qtbot, panel.list_widget, Qt.Key.Key_Z)
    assert informed_of(db, later) == []
