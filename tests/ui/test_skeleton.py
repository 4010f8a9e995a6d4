"""The walking skeleton as a moderator meets it: plan a meeting, see its agenda, restart."""

from __future__ import annotations

import os
import random
import sys
import types
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTabBar,
    QWidget,
)

from facilitator import timesource
from facilitator.record.meetings import count_meetings, create_meeting, list_meetings, load_meeting
from facilitator.record.people import PersonInput, add_person
from facilitator.record.templates import builtin_template
from facilitator.rules.schedule import create_series
from facilitator.storage.database import Database, open_database
from facilitator.ui.app import build_main_window, run
from facilitator.ui.common import messages
from facilitator.ui.main_window import MainWindow
from facilitator.ui.planning.meeting_list_model import MeetingListModel
from facilitator.ui.planning.new_meeting_dialog import NewMeetingDialog
from facilitator.ui.planning.people_dialog import PeopleDialog
from facilitator.ui.planning.templates_dialog import TemplatesDialog
from facilitator.vocabulary import Frequency, MeetingKind, Team

WEEKLY_TITLES = [
    "Open action items",
    "Marketing update: SLA status, planned promotions, highlights",
    "Sales update: SLA status, deals in progress, big wins",
    "Disputes and decisions",
    "Wrap-up and new action items",
]


pytestmark = pytest.mark.usefixtures("app_settings_folder")


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def open_window(qtbot, settings: QSettings) -> Iterator[Callable[[Path], MainWindow]]:
    """Start the window over the database at a path, as the app does, and clean up after."""
    opened: list[Database] = []

    def start(path: Path) -> MainWindow:
        db = open_database(path)
        opened.append(db)
        window = build_main_window(db, settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield start
    for db in opened:
        db.close()


def open_new_meeting_dialog(qtbot, window: MainWindow) -> NewMeetingDialog:
    """Press Ctrl+N the way the moderator does and wait for the dialog."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(NewMeetingDialog) is not None)
    dialog = window.findChild(NewMeetingDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def click_row(qtbot, window: MainWindow, row: int) -> None:
    table = window.meeting_table
    rect = table.visualRect(table.model().index(row, MeetingListModel.TITLE))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def agenda_titles(window: MainWindow) -> list[str]:
    return [item.title for item in window.editor.agenda.plan().items]


def test_new_weekly_meeting_shows_its_agenda_and_survives_a_restart(
    qtbot, open_window, db_path: Path
) -> None:
    window = open_window(db_path)
    assert window.no_meetings_pane.isVisible()
    assert window.meeting_table.model().rowCount() == 0

    dialog = open_new_meeting_dialog(qtbot, window)
    assert dialog.template_key == "builtin:weekly"
    title = dialog.findChild(QLineEdit, "titleEdit")
    title.selectAll()
    qtbot.keyClicks(title, "Weekly smarketing, week 12")
    with qtbot.waitSignal(window.meeting_created, timeout=2000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    table = window.meeting_table
    assert table.model().rowCount() == 1
    assert table.model().index(0, MeetingListModel.TITLE).data() == "Weekly smarketing, week 12"
    kind = table.model().index(0, MeetingListModel.KIND)
    assert kind.data() == ""  # the title says the kind; the list does not say it twice
    assert kind.data(Qt.ItemDataRole.ToolTipRole) == MeetingKind.WEEKLY.label
    assert table.model().index(0, MeetingListModel.STATUS).data() == "Planned"
    click_row(qtbot, window, 0)
    assert window.editor.isVisible()
    assert window.editor.heading.text() == "Weekly smarketing, week 12"
    assert agenda_titles(window) == WEEKLY_TITLES
    path_label = window.statusBar().findChild(QLabel, "databasePath")
    assert str(db_path) in path_label.text()

    window.close()
    window.db.close()

    reopened = open_window(db_path)
    assert reopened.meeting_table.model().rowCount() == 1
    click_row(qtbot, reopened, 0)
    assert reopened.editor.heading.text() == "Weekly smarketing, week 12"
    assert agenda_titles(reopened) == WEEKLY_TITLES


def test_empty_state_button_opens_the_dialog_and_an_empty_title_is_refused(
    qtbot, open_window, db_path: Path
) -> None:
    window = open_window(db_path)
    qtbot.mouseClick(window.no_meetings_pane.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(NewMeetingDialog) is not None)
    dialog = window.findChild(NewMeetingDialog)
    qtbot.waitUntil(dialog.isVisible)
    title = dialog.findChild(QLineEdit, "titleEdit")
    assert dialog.ok_button.isEnabled()

    qtbot.keyClick(title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(title, Qt.Key.Key_Delete)
    assert title.text() == ""
    assert not dialog.ok_button.isEnabled()
    assert dialog.problem_label.isVisible()
    assert dialog.problem_label.text() == "A meeting needs a title."

    qtbot.keyClicks(title, "x" * 201)
    assert not dialog.ok_button.isEnabled()
    assert "200" in dialog.problem_label.text()

    qtbot.keyClick(title, Qt.Key.Key_Backspace)
    assert dialog.ok_button.isEnabled()
    assert not dialog.problem_label.isVisible()

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.findChild(NewMeetingDialog) is None)
    assert count_meetings(window.db) == 0


def test_picking_and_opening_a_meeting_from_the_list(qtbot, open_window, db: Database) -> None:
    start = datetime(2024, 3, 12, 15, 30, tzinfo=UTC)
    weekly = builtin_template("weekly").plan
    for week in range(3):
        create_meeting(
            db, weekly, title=f"Week {week + 1}", scheduled_at=start + timedelta(weeks=week)
        )
    management = builtin_template("management").plan
    create_meeting(db, management, title="March management", scheduled_at=start)
    db.close()

    window = open_window(db.path)
    model = window.meeting_table.model()
    assert [model.index(r, MeetingListModel.TITLE).data() for r in range(4)][0] == "Week 3"

    row = next(r for r in range(4) if model.index(r, 1).data() == "March management")
    with qtbot.waitSignal(window.meeting_selected, timeout=2000) as selected:
        click_row(qtbot, window, row)
    assert window.editor.heading.text() == "March management"
    assert len(agenda_titles(window)) == 4

    with qtbot.waitSignal(window.meeting_opened, timeout=2000) as opened:
        qtbot.keyClick(window.meeting_table, Qt.Key.Key_Return)
    assert opened.args == selected.args


def test_window_size_and_splitter_come_back_after_a_restart(
    qtbot, open_window, db_path: Path
) -> None:
    window = open_window(db_path)
    window.resize(720, 520)
    qtbot.waitUntil(lambda: window.size().width() == 720)
    splitter = window.findChild(QSplitter, "mainSplitter")
    splitter.setSizes([200, 520])
    sizes = splitter.sizes()
    window.close()
    window.db.close()

    again = open_window(db_path)
    assert (again.size().width(), again.size().height()) == (720, 520)
    assert again.findChild(QSplitter, "mainSplitter").sizes() == sizes


def random_bytes(count: int) -> bytes:
    return random.Random(12).randbytes(count)


def test_a_file_that_is_not_a_facilitator_database_is_refused_untouched(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(random_bytes(4096))
    before = path.read_bytes()
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        messages, "refuse", lambda _parent, title, text, *_: shown.append((title, text))
    )

    assert run(path, is_default=False, argv=[]) == 2

    assert len(shown) == 1
    message = shown[0][1]
    assert "not a Facilitator database" in message
    assert "\n" not in message
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.glob("notes*")) == ["notes.sqlite"]


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="a folder's write bit binds no root user"
)
def test_a_folder_that_cannot_be_written_is_refused(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    shown: list[str] = []
    monkeypatch.setattr(
        messages, "refuse", lambda _parent, _title, text, *_: shown.append(text)
    )
    try:
        assert run(folder / "facilitator.sqlite", is_default=True, argv=[]) == 2
    finally:
        folder.chmod(0o755)
    assert len(shown) == 1
    assert "cannot be written" in shown[0]
    assert list(folder.iterdir()) == []


@pytest.fixture
def event_loop_returns_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """run() ends where the user would start clicking: a real exec() here would block, and
    a quit() ends Qt's window activation for the rest of the session."""
    monkeypatch.setattr(QApplication, "exec", lambda *_args: 0)


def start_as_first_run(path: Path) -> int:
    return run(path, is_default=True, argv=[])


@pytest.mark.usefixtures("event_loop_returns_at_once")
def test_first_start_offers_the_demo_once_and_remembers_a_no(
    qapp, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer_no(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(messages, "ask", answer_no)

    assert start_as_first_run(db_path) == 0
    assert len(asked) == 1
    assert asked[0].startswith("Load a demo history to explore?")

    assert start_as_first_run(db_path) == 0
    assert len(asked) == 1


@pytest.mark.usefixtures("event_loop_returns_at_once")
def test_saying_yes_to_the_demo_fills_the_database(
    qapp, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fake_load_demo(db: Database, **_: object) -> None:
        create_meeting(
            db,
            builtin_template("weekly").plan,
            title="Demo weekly",
            scheduled_at=datetime(2024, 3, 12, 15, 30, tzinfo=UTC),
        )

    monkeypatch.setitem(
        sys.modules, "facilitator.record.demo", types.SimpleNamespace(load_demo=fake_load_demo)
    )
    monkeypatch.setattr(messages, "ask", lambda *_args: QMessageBox.StandardButton.Yes)

    assert start_as_first_run(db_path) == 0

    check = open_database(db_path)
    try:
        assert [m.title for m in list_meetings(check)] == ["Demo weekly"]
    finally:
        check.close()


@pytest.mark.usefixtures("event_loop_returns_at_once")
def test_a_database_named_on_the_command_line_is_not_offered_the_demo(
    qapp, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        messages,
        "ask",
        lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.No,
    )
    assert run(db_path, is_default=False, argv=[]) == 0
    assert asked == []


def test_help_lists_the_keyboard_shortcuts(
    qtbot, open_window, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        messages, "inform_markup", lambda _parent, _title, text, *_: shown.append(text)
    )
    window = open_window(db_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    qtbot.keyClick(window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)

    assert len(shown) == 1
    assert "Ctrl+N" in shown[0]
    assert "New meeting" in shown[0]
    assert "Ctrl+Q" in shown[0]


def rows_by_title(window: MainWindow) -> dict[str, int]:
    model = window.meeting_table.model()
    return {model.index(row, MeetingListModel.TITLE).data(): row for row in range(model.rowCount())}


def test_leaving_a_meeting_with_unsaved_changes_asks_save_discard_or_cancel(
    qtbot, open_window, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    weekly = builtin_template("weekly").plan
    start = datetime(2030, 3, 12, 15, 30, tzinfo=UTC)
    first = create_meeting(db, weekly, title="Week 1", scheduled_at=start)
    create_meeting(db, weekly, title="Week 2", scheduled_at=start + timedelta(weeks=1))
    db.close()
    answer = [QMessageBox.StandardButton.Cancel]
    asked: list[str] = []
    monkeypatch.setattr(
        messages, "ask", lambda _parent, _title, text, *_: asked.append(text) or answer[0]
    )
    window = open_window(db.path)
    window.select_meeting(first)
    editor = window.editor
    editor.title_edit.selectAll()
    qtbot.keyClicks(editor.title_edit, "Week 1, kick-off")
    assert window.isWindowModified()

    click_row(qtbot, window, rows_by_title(window)["Week 2"])
    assert asked == ["Save your changes to “Week 1”?"]
    assert editor.meeting_id == first
    assert window.current_meeting_id == first
    assert editor.title_edit.text() == "Week 1, kick-off"

    answer[0] = QMessageBox.StandardButton.Save
    click_row(qtbot, window, rows_by_title(window)["Week 2"])
    assert editor.heading.text() == "Week 2"
    assert set(rows_by_title(window)) == {"Week 1, kick-off", "Week 2"}
    assert not window.isWindowModified()

    editor.title_edit.selectAll()
    qtbot.keyClicks(editor.title_edit, "Never kept")
    answer[0] = QMessageBox.StandardButton.Discard
    click_row(qtbot, window, rows_by_title(window)["Week 1, kick-off"])
    assert editor.meeting_id == first
    assert set(rows_by_title(window)) == {"Week 1, kick-off", "Week 2"}


def on_the_wall(moment: datetime) -> datetime:
    """Local clock time: a series keeps its hour across a daylight-saving change."""
    return moment.astimezone().replace(tzinfo=None)


def test_new_meeting_joins_the_series_on_its_next_date_with_the_last_moderator(
    qtbot, open_window, db: Database
) -> None:
    nia = add_person(db, PersonInput("Nia Neutral", "nia@example.com", Team.CUSTOMER_SERVICE))
    add_person(db, PersonInput("Bo Seller", "bo@example.com", Team.SALES))
    series = create_series(db, "Weekly smarketing", MeetingKind.WEEKLY, Frequency.WEEKLY)
    last = (timesource.now() + timedelta(days=2)).replace(minute=0, second=0, microsecond=0)
    create_meeting(
        db, builtin_template("weekly").plan, title="W1", scheduled_at=last, series_id=series
    )
    db.close()
    window = open_window(db.path)

    dialog = open_new_meeting_dialog(qtbot, window)
    assert dialog.series_box.currentData() == series
    assert dialog.series_box.currentText() == "Weekly smarketing (weekly, 1 meeting)"
    assert on_the_wall(dialog.scheduled_at()) == on_the_wall(last) + timedelta(weeks=1)
    box = dialog.moderator_box
    assert box.currentText() == "(no moderator yet)"
    box.setFocus()
    qtbot.keyClicks(box, "Bo")
    warning = dialog.findChild(QLabel, "moderatorWarning")
    assert warning.isVisible()
    assert "not neutral" in warning.text()
    box.setCurrentIndex(box.findData(nia))
    assert warning.isHidden()
    with qtbot.waitSignal(window.meeting_created, timeout=2000) as created:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    made = load_meeting(window.db, created.args[0])
    assert made.series_id == series
    assert made.moderator_name == "Nia Neutral"
    assert window.editor.meeting_id == created.args[0]
    qtbot.waitUntil(lambda: window.findChild(NewMeetingDialog) is None)

    again = open_new_meeting_dialog(qtbot, window)
    assert again.moderator_box.currentData() == nia
    assert on_the_wall(again.scheduled_at()) == on_the_wall(last) + timedelta(weeks=2)
    management = again.template_box.findData("builtin:management")
    again.template_box.setCurrentIndex(management)
    assert again.series_box.currentText() == "New monthly series"
    assert again.scheduled_at().time() == builtin_template("management").start_time
    qtbot.keyClick(again, Qt.Key.Key_Escape)


def test_menus_reach_the_roster_the_templates_and_the_editor(
    qtbot, open_window, db: Database
) -> None:
    create_meeting(
        db,
        builtin_template("weekly").plan,
        title="Week 1",
        scheduled_at=datetime(2030, 3, 12, 15, 30, tzinfo=UTC),
    )
    db.close()
    window = open_window(db.path)
    menus = {
        action.text().replace("&", ""): [a.text() for a in action.menu().actions()]
        for action in window.menuBar().actions()
    }
    assert list(menus) == ["File", "Edit", "Meeting", "People", "Templates", "Metrics", "Help"]
    assert window.editor.save_action.text() in menus["File"]
    assert window.editor.calendar_action.text() in menus["File"]
    assert window.editor.save_template_action.text() in menus["Meeting"]
    edit = window.menuBar().actions()[1].menu().actions()
    assert edit[:2] == [window.editor.tabs.undo_action, window.editor.tabs.redo_action]

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        window,
        Qt.Key.Key_T,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: window.findChild(TemplatesDialog) is not None)
    templates = window.findChild(TemplatesDialog)
    qtbot.waitUntil(templates.isVisible)
    templates.reject()
    qtbot.waitUntil(lambda: window.findChild(TemplatesDialog) is None)

    window.roster_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(PeopleDialog) is not None)
    people = window.findChild(PeopleDialog)
    qtbot.waitUntil(people.isVisible)
    add_person(window.db, PersonInput("Ola Newcomer", "ola@example.com", Team.PRODUCT))
    people.peopleChanged.emit()
    box = window.editor.moderator_box
    assert "Ola Newcomer (Product)" in [box.itemText(i) for i in range(box.count())]
    people.reject()


def _reach(action: QAction, window: QWidget) -> list[QWidget]:
    """The widgets whose focus lets the action's keys fire: the whole window, or, for a key
    held by a pane (WidgetWithChildrenShortcut), the panes it was added to."""
    if action.shortcutContext() != Qt.ShortcutContext.WidgetWithChildrenShortcut:
        return [window]
    return [o for o in action.associatedObjects() if isinstance(o, QWidget)] or [window]


def _overlap(one: list[QWidget], other: list[QWidget]) -> bool:
    return any(a is b or a.isAncestorOf(b) or b.isAncestorOf(a) for a in one for b in other)


def test_no_two_keys_of_the_main_window_clash(open_window, db: Database) -> None:
    """Alt+letters and shortcuts from the menus, editor, agenda and attendance panel differ
    wherever both could fire; a clash would make Qt refuse both keys with an "ambiguous
    shortcut" warning. Two panes side by side may each take Ctrl+Z for their own undo."""
    create_meeting(
        db,
        builtin_template("weekly").plan,
        title="Week 1",
        scheduled_at=datetime(2030, 3, 12, 15, 30, tzinfo=UTC),
    )
    db.close()
    window = open_window(db.path)
    texts = [action.text() for action in window.menuBar().actions()]
    texts += [label.text() for label in window.findChildren(QLabel) if label.buddy() is not None]
    texts += [button.text() for button in window.findChildren(QAbstractButton)]
    for bar in window.findChildren(QTabBar):
        texts += [bar.tabText(index) for index in range(bar.count())]
    keys = [QKeySequence.mnemonic(text).toString() for text in texts]
    clashes = [key for key, count in Counter(k for k in keys if k).items() if count > 1]
    held: list[tuple[str, QAction]] = [
        (key.toString(), action)
        for action in window.findChildren(QAction)
        for key in action.shortcuts()
    ]
    assert {key for key, _ in held} & set(keys) == set()
    for index, (key, action) in enumerate(held):
        for other_key, other in held[index + 1 :]:
            if key == other_key and _overlap(_reach(action, window), _reach(other, window)):
                clashes.append(f"{key}: {action.text()!r} and {other.text()!r}")
    assert clashes == []
