"""Planning refuses what a neutral meeting cannot have, as the moderator meets it in the editor
and the New meeting dialog: a moderator in a presenter slot, a moderator with a stake (asked),
a cap typed out of its range, and an over-cap agenda that holds back only itself."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget

from facilitator.record.meetings import create_meeting, list_meetings, load_meeting
from facilitator.record.templates import builtin_template
from facilitator.rules.agenda import AgendaPlan
from facilitator.storage.database import Database
from facilitator.ui.common import messages
from facilitator.ui.common.range_spin_box import RangeExplainingSpinBox
from facilitator.ui.planning.agenda_model import Column
from facilitator.ui.planning.meeting_editor import MeetingEditor
from facilitator.ui.planning.new_meeting_dialog import NewMeetingDialog

WHEN = datetime(2030, 3, 12, 15, 30, tzinfo=UTC)
SALES_SLOT = 2
STAKE_QUESTION = (
    "Dana Kim is in Sales. The moderator is meant to be neutral: someone with no stake in "
    "either team. Make Dana Kim the moderator anyway?"
)


@pytest.fixture
def roster(three_teams: dict[str, int]) -> dict[str, int]:
    return three_teams


def weekly(sales: int | None = None) -> AgendaPlan:
    plan = builtin_template("weekly").plan
    items = list(plan.items)
    items[SALES_SLOT] = replace(items[SALES_SLOT], presenter_id=sales)
    return replace(plan, items=tuple(items))


class Asked:
    """Answers messages.ask as the moderator would, and keeps what was asked."""

    def __init__(self, answer: messages.Button) -> None:
        self.answer = answer
        self.questions: list[str] = []

    def __call__(self, _parent, _title, text, _buttons, _default) -> messages.Button:
        self.questions.append(text)
        return self.answer


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Asked:
    answers = Asked(messages.Button.Yes)
    monkeypatch.setattr(messages, "ask", answers)
    return answers


def open_editor(show, db: Database, meeting_id: int) -> MeetingEditor:
    editor = MeetingEditor(db, meeting_id)
    editor.resize(1000, 700)
    return show(editor, active=True)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def choose_moderator(qtbot, editor_box: QComboBox, name: str) -> None:
    editor_box.setFocus()
    qtbot.keyClicks(editor_box, name)


def click_save(qtbot, editor: MeetingEditor) -> None:
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)


def edit_cell(qtbot, editor: MeetingEditor, row: int, column: Column) -> QWidget:
    view = editor.agenda.view
    rect = view.visualRect(editor.agenda.model.index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(focused(), Qt.Key.Key_F2)
    return focused()


def commit(qtbot, editor: MeetingEditor) -> None:
    with qtbot.waitSignal(editor.agenda.planChanged, timeout=1000):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)


def test_the_moderator_cannot_also_present_and_the_form_keeps_what_was_typed(
    qtbot, show, db, roster, asked
):
    meeting_id = create_meeting(
        db, weekly(sales=roster["Dana"]), title="Week 11", scheduled_at=WHEN,
        moderator_id=roster["Nia"],
    )
    editor = open_editor(show, db, meeting_id)
    editor.title_edit.selectAll()
    qtbot.keyClicks(editor.title_edit, "Week 11, Dana chairs")
    choose_moderator(qtbot, editor.moderator_box, "Dana")
    refusal = (
        "Dana Kim can't be both the moderator and the Sales presenter: "
        "the moderator runs the meeting and holds no slot."
    )
    assert editor.agenda.problems_label.text() == f"• {refusal}", "shown as soon as chosen"

    click_save(qtbot, editor)

    assert editor.status_label.text() == f"Not saved: {refusal}"
    assert refusal in editor.agenda.problems_label.text()
    assert editor.moderator_box.currentData() == roster["Dana"], "the choice stays on screen"
    assert editor.title_edit.text() == "Week 11, Dana chairs"
    stored = load_meeting(db, meeting_id)
    assert (stored.title, stored.moderator_id) == ("Week 11", roster["Nia"])


def test_a_moderator_with_a_stake_is_asked_for_and_no_keeps_the_previous_one(
    qtbot, show, db, roster, asked
):
    meeting_id = create_meeting(
        db, weekly(), title="Week 12", scheduled_at=WHEN, moderator_id=roster["Nia"]
    )
    editor = open_editor(show, db, meeting_id)
    asked.answer = messages.Button.No
    choose_moderator(qtbot, editor.moderator_box, "Dana")
    assert asked.questions == [], "browsing the list asks nothing"

    click_save(qtbot, editor)

    assert asked.questions == [STAKE_QUESTION]
    assert editor.moderator_box.currentData() == roster["Nia"]
    assert editor.status_label.text() == "Nia Neutral (Customer service) stays the moderator; " \
        "nothing saved."
    assert not editor.has_unsaved_changes()
    assert load_meeting(db, meeting_id).moderator_id == roster["Nia"]

    asked.answer = messages.Button.Yes
    editor.moderator_box.setFocus()
    for _ in range(2):  # the list reads Dana Kim, Max Ode, Nia Neutral
        qtbot.keyClick(editor.moderator_box, Qt.Key.Key_Up)
    assert editor.moderator_box.currentData() == roster["Dana"]
    with qtbot.waitSignal(editor.saved, timeout=1000):
        click_save(qtbot, editor)
    assert len(asked.questions) == 2
    assert load_meeting(db, meeting_id).moderator_id == roster["Dana"]

    editor.title_edit.selectAll()
    qtbot.keyClicks(editor.title_edit, "Week 12, renamed")
    with qtbot.waitSignal(editor.saved, timeout=1000):
        click_save(qtbot, editor)
    assert len(asked.questions) == 2, "a moderator already saved is not asked about again"


def test_a_cap_typed_beyond_its_range_explains_the_range(
    qtbot, show, db, roster, new_weekly_meeting: Callable[..., int]
):
    editor = open_editor(show, db, new_weekly_meeting("Week 13", WHEN))
    spin = editor.agenda.cap_spin
    spin.setFocus()
    for _ in range(5):
        qtbot.keyClick(spin, Qt.Key.Key_Down)
    assert editor.agenda.plan().cap_seconds == 35 * 60

    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "90")
    assert editor.status_label.text() == "The weekly meeting is capped at 40 min (30–40)."
    assert spin.text() == "40 min", "the number over the range becomes the most it can be"
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert editor.agenda.plan().cap_seconds == 40 * 60
    assert editor.status_label.text() == "The weekly meeting is capped at 40 min (30–40).", (
        "taking the maximum in does not wipe the reason"
    )

    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "9")
    assert editor.agenda.plan().cap_seconds == 40 * 60
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert editor.status_label.text() == "The weekly meeting takes at least 30 min (30–40)."
    assert spin.value() == 40, "a number under the range leaves the cap as it was"
    assert editor.agenda.plan().cap_seconds == 40 * 60


def test_an_over_cap_agenda_lets_the_title_and_presenters_be_saved(
    qtbot, show, db, roster, asked
):
    meeting_id = create_meeting(
        db, weekly(), title="Week 14", scheduled_at=WHEN, moderator_id=roster["Nia"]
    )
    editor = open_editor(show, db, meeting_id)
    combo = edit_cell(qtbot, editor, SALES_SLOT, Column.PRESENTER)
    assert isinstance(combo, QComboBox)
    qtbot.keyClicks(combo, "Dana")
    commit(qtbot, editor)
    minutes = edit_cell(qtbot, editor, SALES_SLOT, Column.MINUTES)
    assert isinstance(minutes, QLineEdit)
    minutes.selectAll()
    qtbot.keyClicks(minutes, "24")
    commit(qtbot, editor)
    editor.title_edit.selectAll()
    qtbot.keyClicks(editor.title_edit, "Week 14, long sales update")
    assert editor.save_button.isEnabled()

    with qtbot.waitSignal(editor.saved, timeout=1000):
        click_save(qtbot, editor)

    assert editor.status_label.text() == (
        "Saved the title and presenters. The agenda is 47 min, over the 40-min cap: "
        "shorten it by 7 min to save it."
    )
    stored = load_meeting(db, meeting_id)
    assert stored.title == "Week 14, long sales update"
    assert stored.items[SALES_SLOT].presenter_id == roster["Dana"]
    assert stored.items[SALES_SLOT].planned_seconds == 12 * 60
    assert editor.agenda.plan().items[SALES_SLOT].planned_seconds == 24 * 60, "kept on screen"
    assert editor.has_unsaved_changes()
    assert not editor.save_button.isEnabled(), "only the over-cap minutes are left"
    assert asked.questions == []


def test_the_new_meeting_dialog_asks_before_a_moderator_with_a_stake(
    qtbot, show, db, roster, asked, settings: QSettings
):
    dialog = show(NewMeetingDialog(db, settings=settings), active=True)
    asked.answer = messages.Button.No
    choose_moderator(qtbot, dialog.moderator_box, "Dana")

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert asked.questions == [STAKE_QUESTION]
    assert dialog.moderator_box.currentText() == "(no moderator yet)"
    assert dialog.problem_label.text() == (
        "Not created yet: the moderator is back to (no moderator yet)."
    )
    assert list_meetings(db) == []

    asked.answer = messages.Button.Yes
    dialog.moderator_box.setFocus()
    qtbot.keyClick(dialog.moderator_box, Qt.Key.Key_Down)
    assert dialog.moderator_box.currentText() == "Dana Kim (Sales)"
    with qtbot.waitSignal(dialog.meeting_created, timeout=2000) as created:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert load_meeting(db, created.args[0]).moderator_name == "Dana Kim"


def test_any_range_box_says_its_range_in_words_of_its_own(qtbot, show):
    box = RangeExplainingSpinBox()
    box.setRange(1, 60)
    box.setSuffix(" min")
    box.setValue(20)
    show(box, active=True)
    box.lineEdit().selectAll()
    with qtbot.waitSignal(box.explained, timeout=1000) as said:
        qtbot.keyClicks(box, "75")
    assert said.args == ["Between 1 and 60 min."]
    assert box.text() == "60 min"
    assert box.value() == 60

    box.set_explain(lambda typed: f"{typed} is not a number of minutes this box takes.")
    box.lineEdit().selectAll()
    qtbot.keyClick(box, Qt.Key.Key_0)
    with qtbot.waitSignal(box.explained, timeout=1000) as said:
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert said.args == ["0 is not a number of minutes this box takes."]
    assert box.value() == 60, "a number under the range leaves the value as it was"
