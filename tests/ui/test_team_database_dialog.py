"""File ▸ Open team database…: a moderator types where the team's server is, presses Enter, and
the app reopens on that database; a refusal is said in the dialog and keeps nothing.

The connections go to the test server ($FACILITATOR_TEST_POSTGRES; skipped without one). The
app's own settings (QSettings()) are written below the test's folder, and read back as text to
show the password never reaches them.
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from facilitator.record.meetings import count_meetings
from facilitator.storage.database import Database, open_database
from facilitator.storage.server import KEYRING_SERVICE, ServerAddress
from facilitator.ui import app as app_module
from facilitator.ui.common import messages
from facilitator.ui.main_window import MainWindow
from facilitator.ui.team.database_switch import TEAM_DATABASE_KEY, DatabaseSwitch
from facilitator.ui.team.team_database_dialog import TeamDatabaseDialog

PASSWORD = "s3cret-Pa55"


pytestmark = pytest.mark.usefixtures("app_settings_folder")


def app_settings() -> QSettings:
    """The settings the app's QSettings() reads (its organisation and name)."""
    return QSettings(app_module.ORGANISATION, app_module.APP_NAME)


def settings_text(folder: Path) -> str:
    """Everything the app's settings files hold, as text."""
    return "".join(
        path.read_text(encoding="utf-8") for path in sorted(folder.rglob("*")) if path.is_file()
    )


@pytest.fixture
def dialog(show, settings: QSettings) -> TeamDatabaseDialog:
    """Shown and active, as the tests type, paste and Tab through it (on xcb a field of an
    inactive window keeps its focus on Tab, so a pasted address was never taken)."""
    return show(TeamDatabaseDialog(settings=settings), active=True)


def type_into(qtbot, field: QWidget, text: str) -> None:
    """Select what the field holds and type over it, as a user does."""
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        qtbot.keyClicks(field, text)
    else:
        qtbot.keyClick(field, Qt.Key.Key_Delete)


def fill(qtbot, shown: TeamDatabaseDialog, address: str, password: str = "") -> None:
    """Type an address's host, port, database and user, and a password, into the dialog."""
    parts = urlsplit(address)
    type_into(qtbot, shown.host_edit, parts.hostname or "")
    type_into(qtbot, shown.port_spin, str(parts.port or 5432))
    type_into(qtbot, shown.database_edit, parts.path.lstrip("/"))
    type_into(qtbot, shown.user_edit, parts.username or "")
    type_into(qtbot, shown.password_edit, password)


def free_port() -> int:
    """A port on this machine nothing listens on (bound, then let go)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_the_address_is_made_of_the_fields_and_never_holds_the_password(
    qtbot, dialog: TeamDatabaseDialog
) -> None:
    fill(qtbot, dialog, "postgresql://dana@db.example.com:5433/team", PASSWORD)
    assert dialog.address() == "postgresql://dana@db.example.com:5433/team"
    assert not dialog.ca_edit.isEnabled()
    dialog.ssl_combo.setCurrentIndex(dialog.ssl_combo.findData("verify-full"))
    assert dialog.ca_edit.isEnabled() and dialog.ca_button.isEnabled()
    type_into(qtbot, dialog.ca_edit, "/etc/team/ca.pem")
    type_into(qtbot, dialog.port_spin, "5432")

    address = dialog.address()

    assert address == (
        "postgresql://dana@db.example.com/team?sslmode=verify-full&sslrootcert=%2Fetc%2Fteam%2Fca.pem"
    )
    assert PASSWORD not in address
    parsed = ServerAddress.parse(address).url
    assert parsed.query == {"sslmode": "verify-full", "sslrootcert": "/etc/team/ca.pem"}


def paste_into(qtbot, field: QWidget, text: str) -> None:
    """Ctrl+V of text over what the field holds, then Tab on to the next field."""
    QApplication.clipboard().setText(text)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def test_an_address_pasted_into_host_fills_in_every_field(
    qtbot, dialog: TeamDatabaseDialog
) -> None:
    address = (
        "postgresql://dana@db.example.com:5433/team"
        "?sslmode=verify-full&sslrootcert=/etc/team/ca.pem&connect_timeout=3"
    )
    paste_into(qtbot, dialog.host_edit, address)

    assert dialog.error_label.isHidden()
    assert (dialog.host_edit.text(), dialog.port_spin.value()) == ("db.example.com", 5433)
    assert (dialog.database_edit.text(), dialog.user_edit.text()) == ("team", "dana")
    assert dialog.ssl_mode == "verify-full" and dialog.ca_edit.text() == "/etc/team/ca.pem"
    assert ServerAddress.parse(dialog.address()).url == ServerAddress.parse(address).url

    paste_into(qtbot, dialog.host_edit, "postgresql://dana:secret@db.example.com/team")
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text().startswith("a database address never carries a password")
    assert dialog.host_edit.text() == "" and "secret" not in dialog.address()


def test_a_pasted_address_refused_is_never_tried(qtbot, dialog: TeamDatabaseDialog) -> None:
    paste_into(qtbot, dialog.host_edit, "postgresql://dana@db.example.com")
    refusal = "postgresql://dana@db.example.com: name the database, as in postgresql://user@host/dbname"
    assert dialog.error_label.text() == refusal
    assert dialog.host_edit.text() == "postgresql://dana@db.example.com"  # kept to be mended

    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible() and not dialog.busy_bar.isVisible()
    assert dialog.error_label.text() == refusal


def test_a_pasted_address_opens_the_database_it_names(
    qtbot, dialog: TeamDatabaseDialog, server_database: Callable[..., str]
) -> None:
    address = server_database()
    paste_into(qtbot, dialog.host_edit, f"{address}?sslmode=disable")
    with qtbot.waitSignal(dialog.opened, timeout=20000) as opened:
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    database = opened.args[0]
    try:
        assert database.location == f"{ServerAddress.parse(address).display}?sslmode=disable"
    finally:
        database.close()


def test_without_a_database_name_the_dialog_asks_for_one(
    qtbot, dialog: TeamDatabaseDialog
) -> None:
    type_into(qtbot, dialog.host_edit, "db.example.com")
    qtbot.keyClick(dialog.host_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Name the database on the server, such as facilitator."


def refused_in_dialog(qtbot, shown: TeamDatabaseDialog) -> str:
    """Press Enter in the dialog and wait for the refusal it shows: meanwhile the cursor is busy
    and Connect waits."""
    qtbot.keyClick(shown.user_edit, Qt.Key.Key_Return)
    cursor = QApplication.overrideCursor()
    assert cursor is not None and cursor.shape() == Qt.CursorShape.WaitCursor
    assert not shown.connect_button.isEnabled()
    qtbot.waitUntil(lambda: shown.error_label.isVisible(), timeout=15000)
    assert QApplication.overrideCursor() is None
    assert shown.isVisible()
    assert shown.connect_button.isEnabled()
    return shown.error_label.text()


@pytest.mark.parametrize("what", ["no such database", "unreachable port"])
def test_a_refused_connection_is_said_in_the_dialog_and_nothing_is_kept(
    qtbot,
    dialog: TeamDatabaseDialog,
    settings: QSettings,
    memory_keyring,
    postgres_url: str,
    what: str,
) -> None:
    server = urlsplit(postgres_url)
    port = server.port if what == "no such database" else free_port()
    typed = f"postgresql://{server.username}@{server.hostname}:{port}/no_such_team_database"
    fill(qtbot, dialog, typed, PASSWORD)

    said = refused_in_dialog(qtbot, dialog)

    expected = "has no database 'no_such_team_database'" if what == "no such database" else (
        "cannot reach the server"
    )
    assert expected in said
    assert "\n" not in said
    assert "Nothing was changed on the server." in said
    assert dialog.database_edit.text() == "no_such_team_database"
    assert dialog.password_edit.text() == PASSWORD
    assert dialog.database is None
    settings.sync()
    assert settings.allKeys() == []
    keyring_user = ServerAddress.parse(typed).keyring_user
    assert memory_keyring.get_password(KEYRING_SERVICE, keyring_user) is None


def test_a_good_address_opens_and_the_dialog_remembers_it_but_not_the_password(
    qtbot,
    dialog: TeamDatabaseDialog,
    settings: QSettings,
    memory_keyring,
    server_database: Callable[..., str],
    tmp_path: Path,
) -> None:
    address = server_database()
    fill(qtbot, dialog, address, PASSWORD)
    dialog.ssl_combo.setCurrentIndex(dialog.ssl_combo.findData("require"))
    dialog.ssl_combo.setCurrentIndex(dialog.ssl_combo.findData("prefer"))

    with qtbot.waitSignal(dialog.opened, timeout=15000) as opened:
        qtbot.keyClick(dialog.database_edit, Qt.Key.Key_Return)

    database = opened.args[0]
    try:
        assert database.on_server and database.location == address
        assert count_meetings(database) == 0
    finally:
        database.close()
    assert not dialog.isVisible()
    keyring_user = ServerAddress.parse(address).keyring_user
    assert memory_keyring.get_password(KEYRING_SERVICE, keyring_user) == PASSWORD
    settings.sync()
    ini = (tmp_path / "window.ini").read_text(encoding="utf-8")
    assert "127.0.0.1" in ini and PASSWORD not in ini

    again = TeamDatabaseDialog(settings=settings)
    qtbot.addWidget(again)
    assert again.address() == address
    assert again.password_edit.text() == ""


def test_escape_cancels_and_keeps_nothing(
    qtbot, dialog: TeamDatabaseDialog, settings: QSettings
) -> None:
    fill(qtbot, dialog, "postgresql://dana@db.example.com/team", PASSWORD)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.host_edit, Qt.Key.Key_Escape)
    settings.sync()
    assert settings.allKeys() == []


def test_tab_goes_through_the_fields_in_reading_order(
    qtbot, show, settings: QSettings
) -> None:
    shown = show(TeamDatabaseDialog(settings=settings), active=True)
    shown.ssl_combo.setCurrentIndex(shown.ssl_combo.findData("verify-ca"))
    shown.host_edit.setFocus()
    order = [shown.host_edit]
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert [widget.objectName() for widget in order] == [
        "hostEdit",
        "portSpin",
        "databaseEdit",
        "userEdit",
        "passwordEdit",
        "sslCombo",
        "caEdit",
        "caButton",
        "connectButton",
    ]


# --- the app on a team database ---------------------------------------------------------------


@pytest.fixture
def app_windows(qapp) -> Iterator[None]:
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch, app_windows: None) -> list[tuple[str, str]]:
    """Every message and question of the app, collected instead of shown (questions: No)."""
    collected: list[tuple[str, str]] = []

    def record(_parent, title, text, *_args, **_kwargs):
        collected.append((title, text))
        return QMessageBox.StandardButton.No

    for name in ("warn", "refuse", "inform", "ask"):
        monkeypatch.setattr(messages, name, record)
    return collected


def main_window() -> MainWindow:
    return next(
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, MainWindow) and widget.isVisible()
    )


Step = Callable[[MainWindow], None]


def run_app(
    monkeypatch: pytest.MonkeyPatch, target: Path | str, steps: list[Step], *, is_default: bool
) -> int:
    """Start the app; each time it waits for the user, the next step acts on its main window.

    The replaced exec returns at once, so a run's last window is still open when run()
    returns; windows left open (here or by an earlier test) are closed before and after, so
    a step never acts on another run's window."""
    remaining = list(steps)

    def exec_step(_app: QApplication) -> int:
        remaining.pop(0)(main_window())
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_step)
    _close_main_windows()
    try:
        code = app_module.run(target, is_default=is_default, argv=[])
    finally:
        _close_main_windows()
    assert remaining == []
    return code


def _close_main_windows() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            widget.close()


def test_open_team_database_reopens_the_app_on_it_and_back_to_the_laptops_file(
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
    said: list[tuple[str, str]],
    memory_keyring,
    server_database: Callable[..., str],
    tmp_path: Path,
    app_settings_folder: Path,
) -> None:
    address = server_database()
    laptop = tmp_path / "laptop.sqlite"
    seen: dict[str, object] = {}

    def open_team(window: MainWindow) -> None:
        seen["laptop title"] = window.windowTitle()
        assert not window.menus.open_local_action.isEnabled()
        window.menus.open_team_action.trigger()
        shown = window.findChild(TeamDatabaseDialog)
        qtbot.waitExposed(shown)
        fill(qtbot, shown, address, PASSWORD)
        qtbot.keyClick(shown.database_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=15000)

    def on_team(window: MainWindow) -> None:
        seen["team title"] = window.windowTitle()
        seen["status"] = window.findChild(QWidget, "databasePath").text()
        seen["settings"] = settings_text(app_settings_folder)
        assert window.db.on_server
        assert window.menus.open_local_action.isEnabled()
        window.menus.open_local_action.trigger()

    def back_home(window: MainWindow) -> None:
        seen["home title"] = window.windowTitle()
        assert not window.db.on_server

    code = run_app(monkeypatch, laptop, [open_team, on_team, back_home], is_default=False)

    assert code == 0
    database, server = urlsplit(address).path.lstrip("/"), urlsplit(address).netloc.split("@")[-1]
    assert seen["laptop title"] == "Facilitator — laptop.sqlite[*]"
    assert seen["team title"] == f"Facilitator — {database} on {server}[*]"
    assert seen["status"] == f"Database: {address}"
    assert seen["home title"] == "Facilitator — laptop.sqlite[*]"
    assert address in str(seen["settings"]) and PASSWORD not in str(seen["settings"])
    assert TEAM_DATABASE_KEY not in settings_text(app_settings_folder)
    keyring_user = ServerAddress.parse(address).keyring_user
    assert memory_keyring.get_password(KEYRING_SERVICE, keyring_user) == PASSWORD
    assert said == []


def test_a_start_without_db_opens_the_team_database_chosen_last_without_backups_or_demo(
    monkeypatch: pytest.MonkeyPatch,
    said: list[tuple[str, str]],
    server_database: Callable[..., str],
    tmp_path: Path,
) -> None:
    address = server_database()
    app_settings().setValue(TEAM_DATABASE_KEY, address)
    laptop = tmp_path / "laptop.sqlite"
    titles: list[str] = []

    code = run_app(
        monkeypatch, laptop, [lambda window: titles.append(window.windowTitle())], is_default=True
    )

    assert code == 0
    where = urlsplit(address)
    assert titles == [f"Facilitator — {where.path.lstrip('/')} on {where.netloc.split('@')[-1]}[*]"]
    assert said == []  # an empty team database is shared: no demo offered into it
    assert not laptop.exists()
    assert not (tmp_path / "backups").exists()
    team = open_database(address)
    try:
        assert count_meetings(team) == 0
    finally:
        team.close()


def test_a_team_database_away_at_start_opens_the_laptops_file_instead(
    monkeypatch: pytest.MonkeyPatch, said: list[tuple[str, str]], tmp_path: Path
) -> None:
    away = f"postgresql://facilitator@127.0.0.1:{free_port()}/team"
    app_settings().setValue(TEAM_DATABASE_KEY, away)
    laptop = tmp_path / "laptop.sqlite"
    titles: list[str] = []

    code = run_app(
        monkeypatch, laptop, [lambda window: titles.append(window.windowTitle())], is_default=True
    )

    assert code == 0
    assert titles == ["Facilitator — laptop.sqlite[*]"]
    assert said[0][0] == "The team database could not be opened"
    assert "cannot reach the server" in said[0][1]
    assert "File ▸ Open team database…" in said[0][1]
    assert app_settings().value(TEAM_DATABASE_KEY) == away  # the server may be back tomorrow


def test_a_team_database_named_by_db_that_is_refused_ends_with_2(
    monkeypatch: pytest.MonkeyPatch, said: list[tuple[str, str]], tmp_path: Path
) -> None:
    away = f"postgresql://facilitator@127.0.0.1:{free_port()}/team"

    code = run_app(monkeypatch, away, [], is_default=False)

    assert code == app_module.EXIT_REFUSED
    assert [title for title, _ in said] == ["Facilitator cannot open this database"]
    assert "cannot reach the server" in said[0][1]


@pytest.fixture
def window_with_switch(
    show, db, settings: QSettings, tmp_path: Path, meeting_id: int
) -> tuple[MainWindow, DatabaseSwitch]:
    """The main window on the test's database with a meeting open, and its Open entries."""
    window = show(MainWindow(db, settings=settings))
    window.select_meeting(meeting_id)
    return window, DatabaseSwitch(window, settings, tmp_path / "laptop.sqlite")


def test_cancel_on_unsaved_edits_keeps_the_window_and_closes_the_team_database(
    qtbot,
    window_with_switch: tuple[MainWindow, DatabaseSwitch],
    monkeypatch: pytest.MonkeyPatch,
    settings: QSettings,
    server_database: Callable[..., str],
) -> None:
    window, switch = window_with_switch
    editor = window.editor
    editor.title_edit.selectAll()
    qtbot.keyClicks(editor.title_edit, "Week 12, moved")
    asked: list[str] = []

    def cancel(_parent, title, *_args):
        asked.append(title)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(messages, "ask", cancel)
    closed: list[str] = []
    real_close = Database.close

    def close(database: Database) -> None:
        closed.append(database.location)
        real_close(database)

    address = server_database()
    monkeypatch.setattr(Database, "close", close)
    window.menus.open_team_action.trigger()
    shown = window.findChild(TeamDatabaseDialog)
    fill(qtbot, shown, address)

    with qtbot.waitSignal(shown.opened, timeout=15000):
        qtbot.keyClick(shown.database_edit, Qt.Key.Key_Return)

    assert asked == ["Unsaved changes"]
    assert window.isVisible() and switch.target is None
    assert closed == [address]
    assert editor.title_edit.text() == "Week 12, moved"
    assert window.statusBar().currentMessage() == f"Stayed on {window.db.location}."
    assert settings.value(TEAM_DATABASE_KEY) is None


def test_a_running_console_keeps_the_app_on_its_database(
    qtbot,
    window_with_switch: tuple[MainWindow, DatabaseSwitch],
    meeting_id: int,
    said: list[tuple[str, str]],
) -> None:
    window, _switch = window_with_switch
    console = window.run_meeting(meeting_id)
    qtbot.waitExposed(console)

    window.menus.open_team_action.trigger()

    assert said == [
        (
            "A meeting's console is open",
            "Close the meeting's console before opening another database.",
        )
    ]
    assert window.findChild(TeamDatabaseDialog) is None
    console.close()
    window.menus.open_team_action.trigger()
    assert window.findChild(TeamDatabaseDialog) is not None
