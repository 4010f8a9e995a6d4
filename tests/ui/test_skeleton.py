"""The walking skeleton as a moderator meets it: plan a meeting, see its agenda, restart."""

from __future__ import annotations

import os
import random
import sys
import types
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QSplitter

from facilitator.meetings import count_meetings, create_meeting, list_meetings
from facilitator.storage.database import Database, open_database
from facilitator.storage.vocabulary import MeetingKind
from facilitator.templates import builtin_template
from facilitator.ui.app import build_main_window, run
from facilitator.ui.main_window import MainWindow
from facilitator.ui.meeting_list_model import MeetingListModel
from facilitator.ui.new_meeting_dialog import NewMeetingDialog

WEEKLY_TITLES = [
    "Open action items",
    "Marketing update: SLA status, planned promotions, highlights",
    "Sales update: SLA status, deals in progress, big wins",
    "Disputes and decisions",
    "Wrap-up and new action items",
]


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path: Path) -> None:
    """QSettings() of the app writes below this test's folder, never to the user's settings."""
    folder = str(tmp_path / "settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, folder)


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
    model = window.detail.agenda_table.model()
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def test_new_weekly_meeting_shows_its_agenda_and_survives_a_restart(
    qtbot, open_window, db_path: Path
) -> None:
    window = open_window(db_path)
    assert window.no_meetings_pane.isVisible()
    assert window.meeting_table.model().rowCount() == 0

    dialog = open_new_meeting_dialog(qtbot, window)
    assert dialog.template.key == "weekly"
    title = dialog.findChild(QLineEdit, "titleEdit")
    title.selectAll()
    qtbot.keyClicks(title, "Weekly smarketing, week 12")
    with qtbot.waitSignal(window.meeting_created, timeout=2000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    table = window.meeting_table
    assert table.model().rowCount() == 1
    assert table.model().index(0, MeetingListModel.TITLE).data() == "Weekly smarketing, week 12"
    assert table.model().index(0, MeetingListModel.KIND).data() == MeetingKind.WEEKLY.label
    assert table.model().index(0, MeetingListModel.STATUS).data() == "Planned"
    click_row(qtbot, window, 0)
    assert window.detail.isVisible()
    assert window.detail.title_label.text() == "Weekly smarketing, week 12"
    assert agenda_titles(window) == WEEKLY_TITLES
    path_label = window.statusBar().findChild(QLabel, "databasePath")
    assert str(db_path) in path_label.text()

    window.close()
    window.db.close()

    reopened = open_window(db_path)
    assert reopened.meeting_table.model().rowCount() == 1
    click_row(qtbot, reopened, 0)
    assert reopened.detail.title_label.text() == "Weekly smarketing, week 12"
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
    assert window.detail.title_label.text() == "March management"
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
        QMessageBox, "critical", lambda _parent, title, text, *_: shown.append((title, text))
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
        QMessageBox, "critical", lambda _parent, _title, text, *_: shown.append(text)
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

    monkeypatch.setattr(QMessageBox, "question", answer_no)

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
        sys.modules, "facilitator.demo", types.SimpleNamespace(load_demo=fake_load_demo)
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)

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
        QMessageBox,
        "question",
        lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.No,
    )
    assert run(db_path, is_default=False, argv=[]) == 0
    assert asked == []


def test_help_lists_the_keyboard_shortcuts(
    qtbot, open_window, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, _title, text, *_: shown.append(text)
    )
    window = open_window(db_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    qtbot.keyClick(window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)

    assert len(shown) == 1
    assert "Ctrl+N" in shown[0]
    assert "New meeting" in shown[0]
    assert "Ctrl+Q" in shown[0]
