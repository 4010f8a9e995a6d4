"""Preparing one meeting as the moderator does: agenda by keyboard, moderator, save, calendar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLineEdit, QWidget

from facilitator.record.meetings import create_meeting, load_meeting
from facilitator.record.templates import builtin_template
from facilitator.record.user_templates import list_templates
from facilitator.rules.schedule import create_series
from facilitator.storage.database import Database
from facilitator.storage.models import Meeting
from facilitator.ui.common import messages
from facilitator.ui.planning.agenda_model import Column
from facilitator.ui.planning.meeting_editor import MeetingEditor
from facilitator.ui.planning.meeting_parts.exports import calendar_file_name
from facilitator.ui.planning.new_meeting_dialog import NewMeetingDialog
from facilitator.ui.planning.templates_dialog import TemplatesDialog
from facilitator.vocabulary import Frequency, MeetingKind, MeetingStatus, Team

TITLE = "Weekly smarketing, week 12"
WHEN = datetime(2030, 3, 12, 15, 30, tzinfo=UTC)
WEEKLY_TITLES = [
    "Open action items",
    "Marketing update: SLA status, planned promotions, highlights",
    "Sales update: SLA status, deals in progress, big wins",
    "Disputes and decisions",
    "Wrap-up and new action items",
]
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def roster(add_people: Callable[..., dict[str, int]]) -> dict[str, int]:
    return add_people(
        Ana=("Ana Marketer", Team.MARKETING),
        Bo=("Bo Seller", Team.SALES),
        Nia=("Nia Neutral", Team.CUSTOMER_SERVICE),
    )


@pytest.fixture
def meeting_id(new_weekly_meeting: Callable[..., int], roster: dict[str, int]) -> int:
    return new_weekly_meeting(TITLE, WHEN, moderator_id=roster["Nia"])


def open_editor(show, db: Database, meeting_id: int) -> MeetingEditor:
    editor = MeetingEditor(db, meeting_id)
    editor.resize(1000, 700)
    return show(editor, active=True)


@pytest.fixture
def editor(qtbot, show, db: Database, meeting_id: int) -> MeetingEditor:
    return open_editor(show, db, meeting_id)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def click_cell(qtbot, editor: MeetingEditor, row: int, column: Column) -> None:
    view = editor.agenda.view
    rect = view.visualRect(editor.agenda.model.index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def commit(qtbot, editor: MeetingEditor) -> None:
    with qtbot.waitSignal(editor.agenda.planChanged, timeout=1000):
        press(qtbot, Qt.Key.Key_Return)


def type_minutes(qtbot, editor: MeetingEditor, row: int, minutes: str) -> None:
    click_cell(qtbot, editor, row, Column.MINUTES)
    press(qtbot, Qt.Key.Key_F2)
    field = focused()
    assert isinstance(field, QLineEdit)
    field.selectAll()
    qtbot.keyClicks(field, minutes)
    commit(qtbot, editor)


def titles(editor: MeetingEditor) -> list[str]:
    return [item.title for item in editor.agenda.plan().items]


def stored_titles(db: Database, meeting_id: int) -> list[str]:
    return [item.title for item in load_meeting(db, meeting_id).items]


def test_add_reorder_undo_and_save_with_ctrl_s(qtbot, show, editor, db, meeting_id):
    assert editor.heading.text() == TITLE
    assert editor.attendance.meeting_id == meeting_id
    assert not editor.has_unsaved_changes()
    assert not editor.save_action.isEnabled()

    click_cell(qtbot, editor, 3, Column.TITLE)
    with qtbot.waitSignal(editor.dirtyChanged, timeout=1000) as dirty:
        press(qtbot, Qt.Key.Key_Insert)
    assert dirty.args == [True]
    qtbot.keyClicks(focused(), "Lead scoring review")
    commit(qtbot, editor)
    press(qtbot, Qt.Key.Key_Down, CTRL)
    assert titles(editor)[4:] == ["Wrap-up and new action items", "Lead scoring review"]
    assert editor.status_label.text() == "Unsaved changes"

    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert titles(editor)[4:] == ["Lead scoring review", "Wrap-up and new action items"]
    assert stored_titles(db, meeting_id) == WEEKLY_TITLES, "nothing is written before Save"

    with qtbot.waitSignal(editor.saved, timeout=1000):
        press(qtbot, Qt.Key.Key_S, CTRL)
    assert stored_titles(db, meeting_id) == [
        *WEEKLY_TITLES[:4],
        "Lead scoring review",
        WEEKLY_TITLES[4],
    ]
    assert not editor.has_unsaved_changes()
    assert not editor.save_action.isEnabled()
    assert editor.status_label.text() == "Saved."

    reopened = open_editor(show, db, meeting_id)
    assert titles(reopened)[4] == "Lead scoring review"


def test_a_plan_over_the_cap_is_refused_with_the_excess_and_what_could_shrink(
    qtbot, editor, db, meeting_id
):
    type_minutes(qtbot, editor, 2, "20")

    assert editor.has_unsaved_changes()
    assert not editor.save_action.isEnabled()
    assert not editor.save_button.isEnabled()
    shown = editor.agenda.problems_label
    assert shown.isVisible()
    assert "3:00 over the 40:00 cap" in shown.text()
    assert "Items that could shrink: Sales update" in shown.text()
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert load_meeting(db, meeting_id).planned_seconds == 35 * 60

    # Save reached another way (the window's Save on leaving) asks the core, which refuses too.
    assert editor.save() is False
    assert "3:00 over" in shown.text()
    assert "Items that could shrink" in shown.text()
    assert editor.status_label.text() == "Not saved: see the agenda's problems."
    assert editor.agenda.plan().items[2].planned_seconds == 20 * 60, "the refused edit stays"
    assert load_meeting(db, meeting_id).planned_seconds == 35 * 60

    type_minutes(qtbot, editor, 2, "15")
    assert editor.save_action.isEnabled()
    assert shown.isHidden()
    with qtbot.waitSignal(editor.saved, timeout=1000):
        press(qtbot, Qt.Key.Key_S, CTRL)
    assert load_meeting(db, meeting_id).items[2].planned_seconds == 15 * 60


def test_a_moderator_from_sales_is_called_not_neutral(
    qtbot, show, editor, db, meeting_id, roster, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(messages, "ask", lambda *_args: messages.Button.Yes)
    assert editor.moderator_box.currentText() == "Nia Neutral (Customer service)"
    assert editor.moderator_warning_label.isHidden()

    editor.moderator_box.setFocus()
    qtbot.keyClicks(editor.moderator_box, "Bo")
    assert editor.moderator_box.currentData() == roster["Bo"]
    warning = editor.moderator_warning_label
    assert warning.isVisible()
    assert warning.textFormat() == Qt.TextFormat.PlainText
    assert "Sales" in warning.text()
    assert "not neutral" in warning.text()

    with qtbot.waitSignal(editor.saved, timeout=1000):
        press(qtbot, Qt.Key.Key_S, CTRL)
    stored = load_meeting(db, meeting_id)
    assert (stored.moderator_name, stored.moderator_team) == ("Bo Seller", Team.SALES)

    reopened = open_editor(show, db, meeting_id)
    assert reopened.moderator_box.currentData() == roster["Bo"]
    assert reopened.moderator_warning_label.isVisible()


def test_title_and_date_are_saved_and_revert_drops_edits(qtbot, editor, db, meeting_id):
    editor.title_edit.selectAll()
    qtbot.keyClicks(editor.title_edit, "Week 12, moved")
    editor.when_edit.setFocus()
    editor.when_edit.setDateTime(editor.when_edit.dateTime().addDays(1))
    assert editor.has_unsaved_changes()

    with qtbot.waitSignal(editor.dirtyChanged, timeout=1000) as clean:
        qtbot.mouseClick(editor.revert_button, Qt.MouseButton.LeftButton)
    assert clean.args == [False]
    assert editor.title_edit.text() == TITLE

    editor.title_edit.selectAll()
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Delete)
    assert editor.title_problem_label.text() == "A meeting needs a title."
    assert not editor.save_action.isEnabled()
    qtbot.keyClicks(editor.title_edit, "Week 12, moved")
    editor.when_edit.setDateTime(editor.when_edit.dateTime().addDays(1))
    with qtbot.waitSignal(editor.saved, timeout=1000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    stored = load_meeting(db, meeting_id)
    assert stored.title == "Week 12, moved"
    assert stored.scheduled_at == datetime(2030, 3, 13, 15, 30, tzinfo=UTC)
    assert editor.heading.text() == "Week 12, moved"


def test_saving_the_agenda_as_a_template_offers_it_everywhere(
    qtbot, editor, db, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
):
    asked: list[str] = []

    def name_it(_parent, _title, label, _echo, text, *_args):
        asked.append(text)
        return "Our weekly", True

    monkeypatch.setattr(QInputDialog, "getText", name_it)
    type_minutes(qtbot, editor, 0, "4")
    editor.save_template_action.trigger()

    assert asked == [TITLE]
    mine = [choice for choice in list_templates(db) if not choice.builtin]
    assert [(c.name, c.cap_seconds, c.item_count) for c in mine] == [("Our weekly", 2400, 5)]
    assert "Our weekly" in editor.status_label.text()

    templates = TemplatesDialog(db)
    qtbot.addWidget(templates)
    names = [templates.template_list.item(i).text() for i in range(templates.template_list.count())]
    assert names[-1] == "Our weekly"

    new_meeting = NewMeetingDialog(
        db, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(new_meeting)
    box = new_meeting.template_box
    offered = [box.itemText(i) for i in range(box.count()) if box.itemData(i) is not None]
    builtins = ("weekly", "management", "campaign", "win_loss")
    assert offered[:4] == [builtin_template(key).name for key in builtins]
    assert offered[4:] == ["Our weekly"]
    box.setCurrentIndex(box.findText("Our weekly"))
    assert new_meeting.template.plan.items[0].planned_seconds == 4 * 60


def test_add_to_calendar_writes_an_ics_file_a_calendar_can_read(
    qtbot, editor, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
):
    offered: list[str] = []
    target = tmp_path / "week 12.ics"

    def choose(_parent, _caption, default, _filter, *_args):
        offered.append(default)
        return str(target), "Calendar files (*.ics)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    qtbot.mouseClick(editor.calendar_button, Qt.MouseButton.LeftButton)

    local_day = WHEN.astimezone().date()
    assert Path(offered[0]).name == f"{TITLE} {local_day:%Y-%m-%d}.ics"
    event = next(iter(Calendar.from_ical(target.read_bytes()).walk("VEVENT")))
    assert str(event["summary"]) == TITLE
    assert event.decoded("dtstart") == WHEN
    assert target.name in editor.status_label.text()


def test_an_unwritable_calendar_path_warns_and_leaves_no_file(
    qtbot, editor, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
):
    folder = tmp_path / "exports"
    folder.mkdir()
    blocker = folder / "notes.txt"
    blocker.write_text("a file, not a folder")
    target = blocker / "meeting.ics"
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_args: (str(target), "Calendar files (*.ics)")
    )
    monkeypatch.setattr(
        messages,
        "warn",
        lambda _parent, title, text, *_args: warnings.append((title, text)),
    )

    assert editor.add_to_calendar() is None

    assert len(warnings) == 1
    assert warnings[0][0] == "Calendar file not written"
    assert "could not be written" in warnings[0][1]
    assert str(blocker) in warnings[0][1]
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]


def test_an_ended_meeting_opens_read_only(qtbot, show, db, meeting_id):
    with db.write() as session:
        session.get(Meeting, meeting_id).status = MeetingStatus.ENDED
    editor = open_editor(show, db, meeting_id)

    assert editor.is_read_only()
    assert editor.locked_label.isVisible()
    assert "has ended" in editor.locked_label.text()
    assert "history" in editor.locked_label.text()
    assert not editor.agenda.isEnabled()
    assert not editor.title_edit.isEnabled()
    assert not editor.save_action.isEnabled()
    assert editor.tabs.currentWidget() is editor.as_run
    # Ended and in no series: there is no next meeting to put in a calendar.
    assert not editor.calendar_action.isEnabled()
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert stored_titles(db, meeting_id) == WEEKLY_TITLES


def test_the_series_and_its_next_date_are_shown(qtbot, show, db, roster):
    series_id = create_series(db, "Weekly smarketing", MeetingKind.WEEKLY, Frequency.WEEKLY)
    meeting_id = create_meeting(
        db, builtin_template("weekly").plan, title=TITLE, scheduled_at=WHEN, series_id=series_id
    )
    editor = open_editor(show, db, meeting_id)
    text = editor.series_label.text()
    assert text.startswith("Weekly smarketing (weekly, 1 meeting)")
    next_local = datetime(2030, 3, 19, 15, 30, tzinfo=UTC).astimezone()
    assert f"{next_local:%A} {next_local.day} {next_local:%B %Y}" in text


def test_calendar_file_names_are_safe():
    ics = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\n"
        b"SUMMARY:Q1/Q2: wins?\r\nDTSTART:20300312T153000Z\r\nUID:1\r\n"
        b"DTSTAMP:20300101T000000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    day = datetime(2030, 3, 12, 15, 30, tzinfo=UTC).astimezone().date()
    assert calendar_file_name(ics) == f"Q1-Q2- wins {day:%Y-%m-%d}.ics"
