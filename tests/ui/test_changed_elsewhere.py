"""Another moderator changed what this window shows: a save made from the older read is
refused with the message and a Reload choice; No keeps what was typed on screen, Yes shows
their change. An undo never takes back their change either."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from facilitator.record.action_items import add_action_item, edit_action_item, get_action_item
from facilitator.record.meetings import (
    MeetingFields,
    create_meeting,
    load_meeting,
    save_meeting,
)
from facilitator.record.run import MeetingRun
from facilitator.record.templates import builtin_template
from facilitator.storage import server
from facilitator.storage.database import Database, open_database
from facilitator.storage.run_lease import RunLeaseHeld, take_run_lease
from facilitator.storage.server import application_name
from facilitator.ui.common import messages
from facilitator.ui.console.capture_dialogs import ActionItemDialog
from facilitator.ui.main_window import MainWindow
from facilitator.ui.planning.meeting_editor import MeetingEditor
from facilitator.ui.planning.meeting_list_model import MeetingListModel
from facilitator.ui.team.change_follow import FOLLOW_MS

CHANGED = "This {} was changed by someone else since you opened it."
TODAY = date(2026, 11, 23)
LATER = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
FOLLOW_WITHIN_MS = 3 * FOLLOW_MS
ELSEWHERE = "Facilitator on elsewhere (pid 1)"
Button = QMessageBox.StandardButton


@pytest.fixture
def elsewhere(db_target: str, db: Database) -> Iterator[Database]:
    """The same database opened by another moderator's app: on the server under another
    application_name (fixed when its engine is made), as another process has; with this
    process's name its writes would be taken for the window's own and never followed."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(server, "application_name", lambda: ELSEWHERE)
        other = open_database(db_target, create=False)
    yield other
    other.close()


class Answers:
    """messages.ask answered in turn; what was asked is kept."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.asked: list[str] = []
        self.replies: list[Button] = []
        monkeypatch.setattr(messages, "ask", self._ask)

    def _ask(self, _parent, _title, text, *_args) -> Button:
        self.asked.append(text)
        return self.replies.pop(0)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return Answers(monkeypatch)


def _retitle(elsewhere: Database, meeting_id: int, title: str) -> None:
    view = load_meeting(elsewhere, meeting_id)
    fields = MeetingFields(title, view.scheduled_at, view.moderator_id)
    save_meeting(elsewhere, meeting_id, fields, view.plan(), expected_version=view.version)


def test_a_meeting_changed_elsewhere_is_not_overwritten_and_reloads_on_yes(
    qtbot, show, db: Database, elsewhere: Database, meeting_id: int, answers: Answers
) -> None:
    editor = show(MeetingEditor(db, meeting_id), active=True)
    _retitle(elsewhere, meeting_id, "Their title")
    editor.title_edit.selectAll()
    qtbot.keyClicks(editor.title_edit, "My title")

    answers.replies.append(Button.No)
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert len(answers.asked) == 1
    assert answers.asked[0].startswith(CHANGED.format("meeting"))
    assert load_meeting(db, meeting_id).title == "Their title"
    assert editor.title_edit.text() == "My title"  # No keeps what was typed
    assert editor.has_unsaved_changes()
    assert CHANGED.format("meeting") in editor.status_label.text()

    answers.replies.append(Button.Yes)
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.title_edit.text() == "Their title"
    assert not editor.has_unsaved_changes()

    editor.title_edit.selectAll()
    qtbot.keyClicks(editor.title_edit, "My title, on top of theirs")
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert load_meeting(db, meeting_id).title == "My title, on top of theirs"
    assert len(answers.asked) == 2


def test_an_action_item_dialog_keeps_the_text_when_refused_and_reloads_on_yes(
    qtbot, show, db: Database, elsewhere: Database, meeting_id: int, answers: Answers
) -> None:
    item = add_action_item(db, meeting_id, text="Fix the UTM tags")
    stack = QUndoStack()
    dialog = show(
        ActionItemDialog(db, action_id=item, today=TODAY, undo_stack=stack), active=True
    )
    edit_action_item(elsewhere, item, text="Theirs")
    dialog.text_edit.selectAll()
    qtbot.keyClicks(dialog.text_edit, "Mine")

    answers.replies.append(Button.No)
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.text_edit.text() == "Mine"
    assert dialog.problem_label.text().startswith(CHANGED.format("action item"))
    assert get_action_item(db, item).text == "Theirs"
    assert stack.count() == 0

    answers.replies.append(Button.Yes)
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.text_edit.text() == "Theirs"
    assert not dialog.problem_label.isVisible()


def test_an_undo_refuses_to_take_back_a_change_made_elsewhere_since(
    qtbot, show, db: Database, elsewhere: Database, meeting_id: int
) -> None:
    item = add_action_item(db, meeting_id, text="Fix the UTM tags")
    stack = QUndoStack()
    dialog = show(
        ActionItemDialog(db, action_id=item, today=TODAY, undo_stack=stack), active=True
    )
    dialog.text_edit.selectAll()
    qtbot.keyClicks(dialog.text_edit, "Mine")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)
    assert get_action_item(db, item).text == "Mine"
    edit_action_item(elsewhere, item, text="Theirs, after mine")

    command = stack.command(0)
    stack.undo()
    assert command.refusal.startswith(CHANGED.format("action item"))
    assert get_action_item(db, item).text == "Theirs, after mine"


def _listed_titles(main: MainWindow) -> list[str]:
    model = main.meeting_table.model()
    return [model.index(row, MeetingListModel.TITLE).data() for row in range(model.rowCount())]


def test_the_main_window_lists_a_meeting_planned_in_another_app(
    qtbot, show, db: Database, elsewhere: Database, meeting_id: int, settings: QSettings
) -> None:
    main = show(MainWindow(db, settings=settings))
    main.select_meeting(meeting_id)
    assert len(_listed_titles(main)) == 1
    create_meeting(
        elsewhere, builtin_template("weekly").plan, title="Planned elsewhere", scheduled_at=LATER
    )
    qtbot.waitUntil(lambda: "Planned elsewhere" in _listed_titles(main), timeout=FOLLOW_WITHIN_MS)
    assert main.current_meeting_id == meeting_id  # the selection stays


def test_the_meeting_on_show_follows_another_app_unless_it_is_being_edited(
    qtbot, show, db: Database, elsewhere: Database, meeting_id: int, settings: QSettings
) -> None:
    main = show(MainWindow(db, settings=settings))
    main.select_meeting(meeting_id)
    _retitle(elsewhere, meeting_id, "Retitled elsewhere")
    qtbot.waitUntil(
        lambda: main.editor.title_edit.text() == "Retitled elsewhere", timeout=FOLLOW_WITHIN_MS
    )
    main.editor.title_edit.selectAll()
    qtbot.keyClicks(main.editor.title_edit, "Being typed here")
    _retitle(elsewhere, meeting_id, "Retitled again")
    qtbot.waitUntil(lambda: "Retitled again" in _listed_titles(main), timeout=FOLLOW_WITHIN_MS)
    assert main.editor.title_edit.text() == "Being typed here"
    main.editor.revert()  # closing the window would otherwise ask about the unsaved edit


def test_a_meeting_run_from_another_app_is_refused_naming_it(
    qtbot,
    show,
    db: Database,
    elsewhere: Database,
    meeting_id: int,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "warn", lambda _parent, title, text: warned.append((title, text)))
    main = show(MainWindow(db, settings=settings))
    other = take_run_lease(elsewhere, meeting_id)
    try:
        assert main.run_meeting(meeting_id) is None
    finally:
        other.release()
    holder = ELSEWHERE if db.on_server else application_name()  # a file's lease: this process
    assert warned == [("Meeting run elsewhere", str(RunLeaseHeld(holder)))]

    console = main.run_meeting(meeting_id)
    assert console is not None
    with pytest.raises(RunLeaseHeld):
        take_run_lease(elsewhere, meeting_id)
    console.close()
    qtbot.waitUntil(lambda: _free(elsewhere, meeting_id))


def _free(db: Database, meeting_id: int) -> bool:
    try:
        take_run_lease(db, meeting_id).release()
    except RunLeaseHeld:
        return False
    return True


def test_a_meeting_running_in_another_apps_console_is_not_offered_for_resume(
    qtbot,
    db: Database,
    elsewhere: Database,
    meeting_id: int,
    settings: QSettings,
    answers: Answers,
) -> None:
    MeetingRun.open(elsewhere, meeting_id).start()
    lease = take_run_lease(elsewhere, meeting_id)
    try:
        main = MainWindow(db, settings=settings)
        qtbot.addWidget(main)
        assert main.offer_resume() is None
        assert answers.asked == []  # nothing to resume here: it runs there
    finally:
        lease.release()
    answers.replies.append(Button.No)
    assert main.offer_resume() is None
    assert len(answers.asked) == 1  # left running with no console: offered again
