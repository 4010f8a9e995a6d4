"""Notes typed in the console and tidied afterwards, driven as the moderator drives them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from fake_time import FakeClock
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from facilitator.record.meetings import create_meeting, load_meeting
from facilitator.record.notes import add_note, notes_of
from facilitator.record.run import MeetingRun
from facilitator.record.templates import builtin_template
from facilitator.storage.database import Database
from facilitator.storage.models import RunEvent
from facilitator.ui.console.console import ConsoleWindow
from facilitator.ui.notes.notes_model import NotesTableModel
from facilitator.ui.notes.notes_panel import EMPTY_MESSAGE, NotesPanel
from facilitator.ui.planning.meeting_editor import MeetingEditor
from facilitator.vocabulary import MeetingStatus, NoteKind

CTRL = Qt.KeyboardModifier.ControlModifier
MIXED = "Ünïcødé 中文 العربية हिन्दी 🚀👍🏽 bell\x07 tab\there <b>not bold</b> &amp;"


@pytest.fixture
def meeting_id(new_weekly_meeting: Callable[..., int]) -> int:
    return new_weekly_meeting(scheduled_at=datetime(2026, 11, 23, 9, 0, tzinfo=UTC))


@pytest.fixture
def console(qtbot, open_console, meeting_id: int, fake_clock: FakeClock) -> ConsoleWindow:
    window = open_console(meeting_id)
    focus(qtbot, window.note_input)
    qtbot.keyClick(window.note_input, Qt.Key.Key_Space, CTRL)
    assert window.run.state().running
    fake_clock.now += 90
    return window


def panel_of(console: ConsoleWindow) -> NotesPanel:
    return console.notes_panel


def focus(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def type_note(qtbot, panel: NotesPanel, text: str) -> None:
    focus(qtbot, panel.note_input)
    qtbot.keyClicks(panel.note_input, text)
    qtbot.keyClick(panel.note_input, Qt.Key.Key_Return)


def paste_note(qtbot, panel: NotesPanel, text: str) -> None:
    """Text a key can't type (control characters, 100,000 characters) arrives by pasting."""
    QApplication.clipboard().setText(text)
    focus(qtbot, panel.note_input)
    qtbot.keyClick(panel.note_input, Qt.Key.Key_V, CTRL)
    qtbot.keyClick(panel.note_input, Qt.Key.Key_Return)


def texts(db: Database, meeting_id: int) -> list[str]:
    return [note.text for note in notes_of(db, meeting_id)]


def select_row(qtbot, panel: NotesPanel, row: int) -> None:
    view = panel.notes_view
    focus(qtbot, view)
    rect = view.visualRect(panel.model.index(row, NotesTableModel.TEXT))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.currentIndex().row() == row


def edit_row(qtbot, panel: NotesPanel, row: int) -> QLineEdit:
    """Selects a note's row and presses F2: the line editing its text, open."""
    select_row(qtbot, panel, row)
    qtbot.keyClick(panel.notes_view, Qt.Key.Key_F2)
    line = panel.notes_view.findChild(QLineEdit, "noteEditor")
    assert line is not None
    return line


def undo(qtbot, panel: NotesPanel) -> None:
    qtbot.keyClick(panel.notes_view, Qt.Key.Key_Z, CTRL)


def redo(qtbot, panel: NotesPanel) -> None:
    qtbot.keyClick(panel.notes_view, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)


def test_typing_is_stored_once_typing_stops_without_enter(
    qtbot, db: Database, meeting_id: int, console: ConsoleWindow
) -> None:
    panel = panel_of(console)
    focus(qtbot, panel.note_input)
    qtbot.keyClicks(panel.note_input, "Lead scoring v2")
    qtbot.waitUntil(lambda: texts(db, meeting_id) == ["Lead scoring v2"], timeout=1000)
    note = notes_of(db, meeting_id)[0]
    assert note.item_id == load_meeting(db, meeting_id).items[0].id
    assert note.offset_seconds == pytest.approx(90)
    assert panel.note_input.text() == "Lead scoring v2"

    qtbot.keyClicks(panel.note_input, " agreed")
    qtbot.waitUntil(lambda: texts(db, meeting_id) == ["Lead scoring v2 agreed"], timeout=1000)
    assert notes_of(db, meeting_id)[0].id == note.id
    assert panel.model.rowCount() == 1


def test_enter_stores_at_once_and_starts_a_new_note(
    qtbot, db: Database, meeting_id: int, console: ConsoleWindow, fake_clock: FakeClock
) -> None:
    panel = panel_of(console)
    type_note(qtbot, panel, "first")
    assert texts(db, meeting_id) == ["first"]
    assert panel.note_input.text() == ""
    fake_clock.now += 10
    type_note(qtbot, panel, "second")
    assert texts(db, meeting_id) == ["first", "second"]
    assert [n.offset_seconds for n in notes_of(db, meeting_id)] == pytest.approx([90, 100])
    assert panel.model.rowCount() == 2


def test_a_leading_marker_sets_the_kind(
    qtbot, db: Database, meeting_id: int, console: ConsoleWindow
) -> None:
    panel = panel_of(console)
    type_note(qtbot, panel, "! MQL needs a demo request")
    type_note(qtbot, panel, "* Closed the Acme deal")
    type_note(qtbot, panel, "? Who owns webinars")
    type_note(qtbot, panel, "# 412 MQLs")
    kinds = [(n.kind, n.text) for n in notes_of(db, meeting_id)]
    assert kinds == [
        (NoteKind.DECISION, "MQL needs a demo request"),
        (NoteKind.HIGHLIGHT, "Closed the Acme deal"),
        (NoteKind.QUESTION, "Who owns webinars"),
        (NoteKind.METRIC, "412 MQLs"),
    ]


def test_the_selector_sets_the_kind(
    qtbot, db: Database, meeting_id: int, console: ConsoleWindow
) -> None:
    panel = panel_of(console)
    focus(qtbot, panel.kind_box)
    qtbot.keyClick(panel.kind_box, Qt.Key.Key_Down)
    assert panel.kind_box.currentData() == NoteKind.DECISION.value
    assert panel.note_input.hasFocus()
    qtbot.keyClicks(panel.note_input, "Ship the new SLA")
    qtbot.keyClick(panel.note_input, Qt.Key.Key_Return)
    note = notes_of(db, meeting_id)[0]
    assert (note.kind, note.text) == (NoteKind.DECISION, "Ship the new SLA")
    assert panel.kind_box.currentData() == NoteKind.NOTE.value


def test_edit_is_undone_and_redone(
    qtbot, db: Database, meeting_id: int, console: ConsoleWindow
) -> None:
    panel = panel_of(console)
    type_note(qtbot, panel, "old text")
    editor = edit_row(qtbot, panel, 0)
    assert editor is not None and editor.text() == "old text"
    editor.selectAll()
    qtbot.keyClicks(editor, "new text")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: texts(db, meeting_id) == ["new text"])
    qtbot.waitUntil(lambda: panel.notes_view.hasFocus())
    undo(qtbot, panel)
    assert texts(db, meeting_id) == ["old text"]
    redo(qtbot, panel)
    assert texts(db, meeting_id) == ["new text"]
    assert panel.model.data(panel.model.index(0, NotesTableModel.TEXT)) == "new text"


def test_filing_a_note_is_undone_and_redone(
    qtbot, db: Database, meeting_id: int, console: ConsoleWindow
) -> None:
    panel = panel_of(console)
    type_note(qtbot, panel, "! keep this")
    focus(qtbot, panel.notes_view)
    undo(qtbot, panel)
    assert notes_of(db, meeting_id) == []
    redo(qtbot, panel)
    stored = [(n.kind, n.text) for n in notes_of(db, meeting_id)]
    assert stored == [(NoteKind.DECISION, "keep this")]


def test_move_is_undone_and_redone(
    qtbot, db: Database, meeting_id: int, console: ConsoleWindow
) -> None:
    panel = panel_of(console)
    items = load_meeting(db, meeting_id).items
    type_note(qtbot, panel, "belongs later")
    select_row(qtbot, panel, 0)
    target = next(a for a in panel.move_menu.actions() if a.data() == items[2].id)
    assert target.text().startswith("3. ")
    target.trigger()
    assert notes_of(db, meeting_id)[0].item_id == items[2].id
    assert panel.model.data(panel.model.index(0, NotesTableModel.ITEM)).startswith("3. ")
    undo(qtbot, panel)
    assert notes_of(db, meeting_id)[0].item_id == items[0].id
    redo(qtbot, panel)
    assert notes_of(db, meeting_id)[0].item_id == items[2].id


def test_park_is_undone_and_redone(
    qtbot, db: Database, meeting_id: int, console: ConsoleWindow
) -> None:
    panel = panel_of(console)
    type_note(qtbot, panel, "for next time")
    select_row(qtbot, panel, 0)
    qtbot.keyClick(panel.notes_view, Qt.Key.Key_P, CTRL)
    assert notes_of(db, meeting_id)[0].parked
    assert "parked" in panel.model.data(panel.model.index(0, NotesTableModel.KIND))
    undo(qtbot, panel)
    assert not notes_of(db, meeting_id)[0].parked
    redo(qtbot, panel)
    assert notes_of(db, meeting_id)[0].parked


def test_delete_is_undone_and_redone(
    qtbot, db: Database, meeting_id: int, console: ConsoleWindow
) -> None:
    panel = panel_of(console)
    type_note(qtbot, panel, "! keep")
    type_note(qtbot, panel, "drop me")
    select_row(qtbot, panel, 1)
    qtbot.keyClick(panel.notes_view, Qt.Key.Key_Delete)
    assert texts(db, meeting_id) == ["keep"]
    assert panel.model.rowCount() == 1
    undo(qtbot, panel)
    assert texts(db, meeting_id) == ["keep", "drop me"]
    assert panel.selected_note() is not None and panel.selected_note().text == "drop me"
    redo(qtbot, panel)
    assert texts(db, meeting_id) == ["keep"]
    undo(qtbot, panel)
    undo(qtbot, panel)
    assert texts(db, meeting_id) == ["keep"]
    undo(qtbot, panel)
    assert texts(db, meeting_id) == []


def test_ctrl_z_in_the_input_undoes_typing_not_notes(
    qtbot, db: Database, meeting_id: int, console: ConsoleWindow
) -> None:
    panel = panel_of(console)
    type_note(qtbot, panel, "filed")
    qtbot.keyClicks(panel.note_input, "abc")
    qtbot.keyClick(panel.note_input, Qt.Key.Key_Z, CTRL)
    assert panel.note_input.text() == ""
    assert texts(db, meeting_id)[0] == "filed"


def _focus_another_field(qtbot, console: ConsoleWindow) -> None:
    focus(qtbot, console.message_input)


def _close_the_console(qtbot, console: ConsoleWindow) -> None:
    qtbot.keyClick(console, Qt.Key.Key_W, CTRL)
    assert not console.isVisible()


@pytest.mark.parametrize(
    ("typed", "leave"),
    [("half a thought", _focus_another_field), ("last words", _close_the_console)],
    ids=["leaving_the_input_stores_at_once", "closing_the_console_stores_the_draft"],
)
def test_a_draft_is_stored_when_the_moderator_leaves_it(
    qtbot,
    db: Database,
    meeting_id: int,
    console: ConsoleWindow,
    typed: str,
    leave: Callable[..., None],
) -> None:
    panel = panel_of(console)
    focus(qtbot, panel.note_input)
    qtbot.keyClicks(panel.note_input, typed)
    assert texts(db, meeting_id) == []
    leave(qtbot, console)
    assert texts(db, meeting_id) == [typed]


def test_a_draft_emptied_again_is_removed(
    qtbot, db: Database, meeting_id: int, console: ConsoleWindow
) -> None:
    panel = panel_of(console)
    focus(qtbot, panel.note_input)
    qtbot.keyClicks(panel.note_input, "x")
    qtbot.waitUntil(lambda: texts(db, meeting_id) == ["x"], timeout=1000)
    qtbot.keyClick(panel.note_input, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: texts(db, meeting_id) == [], timeout=1000)
    assert panel.model.rowCount() == 0


@pytest.mark.parametrize("typed", ["   ", "!", "! "])
def test_empty_text_is_refused_with_a_message(
    qtbot, db: Database, meeting_id: int, console: ConsoleWindow, typed: str
) -> None:
    panel = panel_of(console)
    type_note(qtbot, panel, typed)
    assert notes_of(db, meeting_id) == []
    assert panel.note_error.text() == EMPTY_MESSAGE
    assert panel.note_input.text() == typed


def test_a_hundred_thousand_characters_are_stored_and_shown_exactly(
    qtbot, db: Database, meeting_id: int, console: ConsoleWindow
) -> None:
    panel = panel_of(console)
    text = ("Pipeline review 🚀 " * 6000)[:100_000]
    paste_note(qtbot, panel, text)
    assert texts(db, meeting_id) == [text]
    index = panel.model.index(0, NotesTableModel.TEXT)
    assert panel.model.data(index, Qt.ItemDataRole.EditRole) == text
    editor = edit_row(qtbot, panel, 0)
    assert editor.text() == text
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert texts(db, meeting_id) == [text]


def test_any_script_emoji_and_control_characters_are_kept_as_typed(
    qtbot, db: Database, meeting_id: int, console: ConsoleWindow
) -> None:
    panel = panel_of(console)
    paste_note(qtbot, panel, MIXED)
    assert texts(db, meeting_id) == [MIXED]
    index = panel.model.index(0, NotesTableModel.TEXT)
    assert panel.model.data(index) == MIXED
    tooltip = panel.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;not bold&lt;/b&gt;" in tooltip
    assert "&amp;amp;" in tooltip


@pytest.fixture
def ended_meeting(db: Database, meeting_id: int) -> int:
    time = FakeClock()
    run = MeetingRun.open(db, meeting_id, time_source=time)
    run.start()
    time.now += 200
    add_note(db, meeting_id, run.meeting.items[0].id, NoteKind.NOTE, "typo'd note", 100.0)
    run.next_item()
    time.now += 100
    run.end()
    return meeting_id


def run_events(db: Database, meeting_id: int) -> int:
    with db.read() as session:
        return session.query(RunEvent).filter_by(meeting_id=meeting_id).count()


def test_an_ended_meetings_notes_are_edited_and_added_from_the_as_run_view(
    qtbot, show, db: Database, ended_meeting: int
) -> None:
    events = run_events(db, ended_meeting)
    editor = MeetingEditor(db)
    editor.set_meeting(ended_meeting)
    show(editor, active=True)
    assert editor.tabs.currentWidget() is editor.as_run
    panel = editor.as_run.notes_panel
    assert panel is not None and panel.isVisible()
    assert panel.item_box.isVisible()

    line = edit_row(qtbot, panel, 0)
    line.selectAll()
    qtbot.keyClicks(line, "fixed note")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: texts(db, ended_meeting) == ["fixed note"])

    items = load_meeting(db, ended_meeting).items
    focus(qtbot, panel.item_box)
    qtbot.keyClick(panel.item_box, Qt.Key.Key_Down)
    assert panel.item_box.currentData() == items[1].id
    qtbot.keyClicks(panel.note_input, "! follow up with sales")
    qtbot.keyClick(panel.note_input, Qt.Key.Key_Return)
    added = notes_of(db, ended_meeting)[-1]
    assert (added.kind, added.text, added.item_id) == (
        NoteKind.DECISION,
        "follow up with sales",
        items[1].id,
    )
    assert added.offset_seconds == pytest.approx(300)

    select_row(qtbot, panel, 0)
    qtbot.keyClick(panel.notes_view, Qt.Key.Key_Delete)
    assert texts(db, ended_meeting) == ["follow up with sales"]
    undo(qtbot, panel)
    assert texts(db, ended_meeting) == ["fixed note", "follow up with sales"]

    assert load_meeting(db, ended_meeting).status == MeetingStatus.ENDED
    assert run_events(db, ended_meeting) == events
    assert MeetingRun.open(db, ended_meeting).state().ended


def test_a_planned_meeting_has_no_notes_panel_in_the_as_run_view(
    qtbot, db: Database, meeting_id: int
) -> None:
    editor = MeetingEditor(db)
    qtbot.addWidget(editor)
    editor.set_meeting(meeting_id)
    assert editor.as_run.notes_panel is None


def test_undo_finds_a_note_restored_under_a_new_id(
    qtbot, db: Database, meeting_id: int, console: ConsoleWindow
) -> None:
    """The draft typed after a delete takes the freed id; undo and redo still hit the right note."""
    panel = panel_of(console)
    type_note(qtbot, panel, "deleted one")
    select_row(qtbot, panel, 0)
    deleted_id = panel.selected_note().id
    qtbot.keyClick(panel.notes_view, Qt.Key.Key_Delete)
    focus(qtbot, panel.note_input)
    qtbot.keyClicks(panel.note_input, "typed after")
    focus(qtbot, panel.notes_view)
    assert notes_of(db, meeting_id)[0].id == deleted_id
    undo(qtbot, panel)
    assert sorted(texts(db, meeting_id)) == ["deleted one", "typed after"]
    redo(qtbot, panel)
    assert texts(db, meeting_id) == ["typed after"]
    undo(qtbot, panel)
    assert sorted(texts(db, meeting_id)) == ["deleted one", "typed after"]


def test_an_edit_to_empty_text_is_refused_and_the_note_kept(
    qtbot, db: Database, meeting_id: int, console: ConsoleWindow
) -> None:
    panel = panel_of(console)
    type_note(qtbot, panel, "keep me")
    editor = edit_row(qtbot, panel, 0)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Space)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.note_error.text() != "")
    assert "needs some text" in panel.note_error.text()
    assert texts(db, meeting_id) == ["keep me"]
    qtbot.waitUntil(lambda: panel.notes_view.hasFocus())
    undo(qtbot, panel)  # the refused edit never reached the stack: undo takes the filing out
    assert texts(db, meeting_id) == []


def test_switching_meetings_stores_the_draft_typed_after_the_end(
    qtbot, show, db: Database, ended_meeting: int
) -> None:
    other = create_meeting(
        db,
        builtin_template("weekly").plan,
        title="Next weekly",
        scheduled_at=datetime(2026, 11, 30, 9, 0, tzinfo=UTC),
    )
    editor = MeetingEditor(db)
    editor.set_meeting(ended_meeting)
    show(editor, active=True)
    panel = editor.as_run.notes_panel
    focus(qtbot, panel.note_input)
    qtbot.keyClicks(panel.note_input, "afterthought")
    editor.set_meeting(other)
    assert editor.as_run.notes_panel is None
    assert texts(db, ended_meeting) == ["typo'd note", "afterthought"]
    editor.set_meeting(ended_meeting)
    assert editor.as_run.notes_panel.model.rowCount() == 2
