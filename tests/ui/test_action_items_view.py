"""The action items window: filters, overdue marked in words and colour, close, edit, delete."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from facilitator.record.action_items import add_action_item, get_action_item, list_action_items
from facilitator.record.people import PersonInput, add_person
from facilitator.storage.database import Database
from facilitator.storage.models import ActionItem, Meeting
from facilitator.ui.common import messages
from facilitator.ui.common.palette_colours import ERROR
from facilitator.ui.history.action_items_view import ActionItemsWindow
from facilitator.vocabulary import ActionStatus, MeetingStatus, Team

TODAY = date(2026, 12, 10)
MADE = date(2026, 11, 1)


@pytest.fixture
def items(db: Database, new_weekly_meeting) -> dict[str, int]:
    meeting = new_weekly_meeting("Weekly 1", datetime(2026, 11, 2, 16, 30, tzinfo=UTC))
    ana = add_person(db, PersonInput("Ana Sales", "ana@example.com", Team.SALES))
    mo = add_person(db, PersonInput("Mo Marketing", "mo@example.com", Team.MARKETING))

    def add(text: str, owner: int, due: date) -> int:
        return add_action_item(db, meeting, text=text, owner_id=owner, due_date=due, today=MADE)

    return {
        "meeting": meeting,
        "late": add("Call the webinar leads", ana, date(2026, 12, 1)),
        "soon": add("Fix the UTM tags", mo, date(2026, 12, 20)),
        "deck": add("Send the campaign deck", mo, date(2026, 12, 24)),
    }


@pytest.fixture
def window(show, db: Database, items: dict[str, int], settings: QSettings) -> ActionItemsWindow:
    return show(ActionItemsWindow(db, today=TODAY, settings=settings), active=True)


def _texts(window: ActionItemsWindow) -> list[str]:
    return [window.table.item(row, 0).text() for row in range(window.table.rowCount())]


def _choose(box, text: str) -> None:
    box.setCurrentIndex(box.findText(text))


def _select(window: ActionItemsWindow, text: str) -> None:
    window.table.selectRow(_texts(window).index(text))


def test_overdue_items_say_so_in_words_and_colour(window: ActionItemsWindow) -> None:
    assert _texts(window)[0] == "Call the webinar leads"
    assert window.table.item(0, 4).text() == "Open — OVERDUE"
    assert window.table.item(0, 0).foreground().color() == ERROR.colour()
    assert window.table.item(1, 4).text() == "Open"
    assert window.count_label.text() == "3 action items, 1 overdue"


def test_filters_narrow_the_table(window: ActionItemsWindow) -> None:
    _choose(window.owner_filter, "Mo Marketing")
    assert _texts(window) == ["Fix the UTM tags", "Send the campaign deck"]
    _choose(window.owner_filter, "All owners")
    _choose(window.team_filter, "Sales")
    assert _texts(window) == ["Call the webinar leads"]
    _choose(window.team_filter, "All teams")
    _select(window, "Fix the UTM tags")
    window.done_button.click()
    _choose(window.status_filter, "Done")
    assert _texts(window) == ["Fix the UTM tags"]
    _choose(window.status_filter, "Open")
    assert _texts(window) == ["Call the webinar leads", "Send the campaign deck"]


def test_status_changes_between_meetings_record_no_meeting(
    qtbot, db: Database, window: ActionItemsWindow, items: dict[str, int]
) -> None:
    _select(window, "Call the webinar leads")
    qtbot.keyClick(window.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    view = get_action_item(db, items["late"], today=TODAY)
    assert (view.status, view.closed_meeting_id, view.overdue) == (ActionStatus.DONE, None, False)
    assert window.table.item(_texts(window).index("Call the webinar leads"), 4).text() == "Done"
    window.reopen_button.click()
    assert get_action_item(db, items["late"], today=TODAY).status is ActionStatus.OPEN


def test_f2_edits_the_selected_item(
    qtbot, db: Database, window: ActionItemsWindow, items: dict[str, int]
) -> None:
    _select(window, "Send the campaign deck")
    qtbot.keyClick(window.table, Qt.Key.Key_F2)
    dialog = window.edit_dialog
    assert dialog is not None
    dialog.text_edit.selectAll()
    qtbot.keyClicks(dialog.text_edit, "Send the Q1 campaign deck")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)
    assert get_action_item(db, items["deck"]).text == "Send the Q1 campaign deck"
    assert "Send the Q1 campaign deck" in _texts(window)


def test_delete_works_before_the_meeting_ended_and_drops_after(
    qtbot,
    db: Database,
    window: ActionItemsWindow,
    items: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _select(window, "Fix the UTM tags")
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert "Fix the UTM tags" not in _texts(window)

    with db.write() as session:
        meeting = session.get(Meeting, items["meeting"])
        assert meeting is not None
        meeting.status = MeetingStatus.ENDED
    asked: list[str] = []

    def question(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(messages, "ask", question)
    _select(window, "Send the campaign deck")
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)

    assert asked == []  # nothing to confirm: Undo takes the drop back
    assert "close or drop it instead" in window.message_label.text()
    assert get_action_item(db, items["deck"]).status is ActionStatus.DROPPED
    assert len(list_action_items(db)) == 2


def test_coming_back_to_the_window_shows_items_added_elsewhere(
    qtbot, db: Database, window: ActionItemsWindow, items: dict[str, int]
) -> None:
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    other.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow())
    add_action_item(db, items["meeting"], text="Added in the console", today=MADE)
    window.activateWindow()
    qtbot.waitUntil(lambda: "Added in the console" in _texts(window))


def test_someone_added_while_the_window_is_open_joins_the_owner_filter(
    window: ActionItemsWindow, db: Database, items: dict[str, int]
) -> None:
    _choose(window.owner_filter, "Mo Marketing")
    assert _texts(window) == ["Fix the UTM tags", "Send the campaign deck"]
    zoe = add_person(db, PersonInput("Zoë Lindqvist", "zoe@example.com", Team.MARKETING))
    add_action_item(
        db, items["meeting"], text="Tag the event leads", owner_id=zoe, due_date=date(2026, 12, 30),
        today=MADE,
    )
    window.reload()
    assert window.owner_filter.findText("Zoë Lindqvist") > 0
    assert window.owner_filter.currentText() == "Mo Marketing"
    _choose(window.owner_filter, "Zoë Lindqvist")
    assert _texts(window) == ["Tag the event leads"]


def _undo_keys(qtbot, window: ActionItemsWindow, redo: bool = False) -> None:
    modifiers = Qt.KeyboardModifier.ControlModifier
    if redo:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.table, Qt.Key.Key_Z, modifiers)


def test_a_status_change_is_undone_and_redone_by_the_keys(
    qtbot, db: Database, window: ActionItemsWindow, items: dict[str, int]
) -> None:
    _select(window, "Fix the UTM tags")
    qtbot.keyClick(window.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert get_action_item(db, items["soon"]).status is ActionStatus.DONE
    assert window.undo_action.text() == "&Undo mark done"
    assert window.edit_menu.actions()[:2] == [window.undo_action, window.redo_action]

    _undo_keys(qtbot, window)
    assert get_action_item(db, items["soon"]).status is ActionStatus.OPEN
    assert window.table.item(_texts(window).index("Fix the UTM tags"), 4).text() == "Open"
    _undo_keys(qtbot, window, redo=True)
    assert get_action_item(db, items["soon"]).status is ActionStatus.DONE
    assert window.table.item(_texts(window).index("Fix the UTM tags"), 4).text() == "Done"


def test_a_delete_and_a_drop_are_taken_back_from_the_edit_menu(
    qtbot, db: Database, window: ActionItemsWindow, items: dict[str, int]
) -> None:
    before = get_action_item(db, items["soon"], today=TODAY)
    _select(window, "Fix the UTM tags")
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert window.message_label.text() == "Deleted: Undo (Ctrl+Z) brings it back."
    assert window.undo_action.text() == "&Undo delete"
    window.undo_action.trigger()
    assert get_action_item(db, items["soon"], today=TODAY) == before  # the same item, same id
    assert "Fix the UTM tags" in _texts(window)

    with db.write() as session:
        meeting = session.get(Meeting, items["meeting"])
        assert meeting is not None
        meeting.status = MeetingStatus.ENDED
    _select(window, "Fix the UTM tags")
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert get_action_item(db, items["soon"]).status is ActionStatus.DROPPED
    assert window.undo_action.text() == "&Undo drop"
    window.undo_action.trigger()
    assert get_action_item(db, items["soon"], today=TODAY) == before


def test_an_edit_in_the_dialog_is_undone_in_the_window(
    qtbot, db: Database, window: ActionItemsWindow, items: dict[str, int]
) -> None:
    _select(window, "Send the campaign deck")
    qtbot.keyClick(window.table, Qt.Key.Key_F2)
    dialog = window.edit_dialog
    assert dialog is not None
    dialog.text_edit.selectAll()
    qtbot.keyClicks(dialog.text_edit, "Send the Q1 campaign deck")
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.edit_dialog is None)
    assert get_action_item(db, items["deck"]).text == "Send the Q1 campaign deck"

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    _undo_keys(qtbot, window)
    assert get_action_item(db, items["deck"]).text == "Send the campaign deck"
    assert "Send the campaign deck" in _texts(window)


def test_a_refused_change_shows_why_and_leaves_nothing_to_undo(
    qtbot, db: Database, window: ActionItemsWindow, items: dict[str, int]
) -> None:
    _select(window, "Fix the UTM tags")
    with db.write() as session:  # another window deleted it meanwhile
        session.delete(session.get(ActionItem, items["soon"]))
    qtbot.keyClick(window.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.message_label.text() == f"There is no action item {items['soon']}."
    assert window.undo_stack.count() == 0
    assert not window.undo_action.isEnabled()
