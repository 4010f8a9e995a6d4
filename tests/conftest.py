"""Shared fixtures: a fresh database file per test, headless Qt, and a fixed date.

Every test runs on the same day, whatever the calendar says: the app's wall clock
(facilitator.timesource) is fixed at TODAY_NOON by the autouse `wall` fixture, and the
monotonic clock the run uses is the `fake_clock`. Both only move when a test moves them.
Also what many tests set up alike: window settings in a test ini file, a planned weekly meeting,
the demo data, an in-memory keyring, showing a widget, and a console on a fake clock.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale  # noqa: E402

# Dates and numbers the windows format through QLocale read the English way in tests, whatever
# the machine's locale; a test of another language sets its own.
QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))

import keyring  # noqa: E402
import server_databases  # noqa: E402
from fake_keyring import MemoryKeyring  # noqa: E402
from fake_time import TODAY_NOON, FakeClock, FakeWall  # noqa: E402
from meeting_builders import carry_into_second  # noqa: E402
from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QMessageBox, QWidget  # noqa: E402

from facilitator.record.demo import load_demo  # noqa: E402
from facilitator.record.meetings import create_meeting  # noqa: E402
from facilitator.record.people import PersonInput, add_person  # noqa: E402
from facilitator.record.templates import builtin_template  # noqa: E402
from facilitator.storage.database import Database, open_database  # noqa: E402
from facilitator.timesource import NOW_VARIABLE, use_wall_clock  # noqa: E402
from facilitator.vocabulary import Team  # noqa: E402

WEEKLY_AT = datetime(2026, 11, 23, 12, 30, tzinfo=UTC)
"""When the planned weekly meeting of many tests is due: half an hour after the fixed now."""
Shown = TypeVar("Shown", bound=QWidget)


@pytest.fixture(autouse=True)
def wall(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeWall]:
    """Fixes "now" and "today" for the app in this process and for any it starts."""
    clock = FakeWall()
    monkeypatch.setenv(NOW_VARIABLE, TODAY_NOON.isoformat())
    use_wall_clock(clock)
    yield clock
    use_wall_clock(None)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--postgres",
        action="store_true",
        help="run the tests' databases on the PostgreSQL server at $FACILITATOR_TEST_POSTGRES "
        "(scripts/throwaway_postgres.sh starts one); tests of SQLite files are skipped",
    )


def _on_postgres(config: pytest.Config) -> bool:
    return bool(config.getoption("--postgres"))


def pytest_configure(config: pytest.Config) -> None:
    if _on_postgres(config):
        url = server_databases.server_url()
        if url is None:
            raise pytest.UsageError(
                f"--postgres needs ${server_databases.SERVER_VARIABLE} "
                "(scripts/throwaway_postgres.sh start prints it)"
            )
        server_databases.make_template(url)


def pytest_unconfigure(config: pytest.Config) -> None:
    """The run's template goes, whether --postgres made it or a server test did."""
    url = server_databases.server_url()
    if url is not None and (_on_postgres(config) or server_databases.template_made):
        server_databases.drop_template(url)


@pytest.fixture
def postgres_url() -> str:
    """The test server's maintenance address; the test is skipped when there is no server."""
    url = server_databases.server_url()
    if url is None:
        pytest.skip(f"no PostgreSQL server for the tests (${server_databases.SERVER_VARIABLE})")
    return url


@pytest.fixture
def server_database(postgres_url: str) -> Iterator[Callable[..., str]]:
    """Makes fresh team databases on the test server (schema made, or empty=True for none);
    all dropped after the test."""
    made: list[str] = []

    def make(*, empty: bool = False) -> str:
        if not empty and not server_databases.template_ready(postgres_url):
            server_databases.make_template(postgres_url)
        made.append(server_databases.fresh_database(postgres_url, empty=empty))
        return made[-1]

    yield make
    for address in made:
        server_databases.drop_database(postgres_url, address)


@pytest.fixture
def db_path(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """The test's SQLite file; a test of the file itself is skipped on --postgres."""
    if _on_postgres(request.config):
        pytest.skip("a test of an SQLite file (run without --postgres)")
    return tmp_path / "facilitator.sqlite"


@pytest.fixture
def db_target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Where the test's database is, as --db takes it: a file, or with --postgres a fresh
    database on the test server."""
    if not _on_postgres(request.config):
        yield str(tmp_path / "facilitator.sqlite")
        return
    url = server_databases.server_url()
    assert url is not None
    address = server_databases.fresh_database(url)
    yield address
    server_databases.drop_database(url, address)


@pytest.fixture
def db(db_target: str) -> Iterator[Database]:
    database = open_database(db_target)
    yield database
    database.close()


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Keep tests away from the real user's data folder, settings and FACILITATOR_DB."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("FACILITATOR_DB", raising=False)
    # The app speaks English in tests whatever the machine's locale; a test of another
    # language sets its own (tests/ui/test_german.py).
    monkeypatch.setenv("FACILITATOR_LANGUAGE", "en")


@pytest.fixture(scope="session")
def core_locale(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The core's .po files compiled to .mo in a folder of the tests' own, as the build does
    into resources/ (scripts/translations.py), so a test of another language needs no build."""
    script = Path(__file__).resolve().parent.parent / "scripts" / "translations.py"
    spec = importlib.util.spec_from_file_location("translations", script)
    translations = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(translations)
    folder = tmp_path_factory.mktemp("locale")
    for code in translations.LANGUAGES:
        translations.write_mo_file(folder, code)
    return folder


@pytest.fixture
def speak(core_locale: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Sets the core's language for one test, from the compiled catalogues; English after."""
    from facilitator import language

    monkeypatch.setattr(language, "locale_folder", lambda: core_locale)
    yield language.set_language
    language.set_language("en")


@pytest.fixture
def demo(db: Database) -> Database:
    """The fresh database holding the demo company's meetings, people and metrics."""
    load_demo(db)
    return db


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """An empty in-memory keyring in place of the user's for one test."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Window settings in this test's own ini file, never the user's."""
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def app_settings_folder(tmp_path: Path) -> Path:
    """QSettings() as the app makes it writes below this test's folder, never to the user's
    settings: Qt reads XDG_CONFIG_HOME once, so _isolated_home cannot move it for each test.
    The tests that start the app as a user does use it (pytestmark)."""
    folder = tmp_path / "settings"
    for kind in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def new_weekly_meeting(db: Database) -> Callable[..., int]:
    """Plans a meeting from the built-in weekly template; returns its id. Other keywords
    (series_id, moderator_id, …) go to create_meeting as they are."""

    def plan(
        title: str = "Weekly smarketing", scheduled_at: datetime = WEEKLY_AT, **options: Any
    ) -> int:
        return create_meeting(
            db, builtin_template("weekly").plan, title=title, scheduled_at=scheduled_at, **options
        )

    return plan


@pytest.fixture
def add_people(db: Database) -> Callable[..., dict[str, int]]:
    """Adds people to the roster, `add_people(dana=("Dana Kim", Team.SALES), …)`, each at
    <key>@example.com unless a third item gives the address; returns their ids by key."""

    def add(**people: tuple[Any, ...]) -> dict[str, int]:
        ids = {}
        for key, (name, team, *address) in people.items():
            email = address[0] if address else f"{key.lower()}@example.com"
            ids[key] = add_person(db, PersonInput(name, email, team))
        return ids

    return add


@pytest.fixture
def three_teams(add_people: Callable[..., dict[str, int]]) -> dict[str, int]:
    """Dana Kim of Sales, Max Ode of Marketing and Nia Neutral of Customer service: a presenter
    for each team's slot and a neutral moderator."""
    return add_people(
        Dana=("Dana Kim", Team.SALES),
        Max=("Max Ode", Team.MARKETING),
        Nia=("Nia Neutral", Team.CUSTOMER_SERVICE),
    )


@pytest.fixture
def meeting_id(new_weekly_meeting: Callable[..., int]) -> int:
    """One planned weekly meeting, for tests that need a meeting to work in."""
    return new_weekly_meeting()


@pytest.fixture
def show(qtbot) -> Callable[..., Shown]:
    """Shows a widget the way the user sees it, closed with the test; `active=True` also waits
    for it to take the keyboard focus, for tests that type into it."""

    def shown(widget: Shown, *, active: bool = False) -> Shown:
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        if active:
            widget.activateWindow()
            qtbot.waitUntil(widget.isActiveWindow)
        return widget

    return shown


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def open_console(
    show, db: Database, settings: QSettings, fake_clock: FakeClock
) -> Callable[..., Any]:
    """Opens the console on a meeting, on the fake clock, ready for the keyboard; `wall=` gives
    it a wall clock of its own (a meeting run on its day is started without a question).

    The console is imported here, so only the tests that open it depend on it.
    """
    from facilitator.ui.console.console import ConsoleWindow

    def open_on(meeting_id: int, **options: Any) -> Any:
        return show(
            ConsoleWindow(db, meeting_id, time_source=fake_clock, settings=settings, **options),
            active=True,
        )

    return open_on


@pytest.fixture
def carried_meeting(db: Database) -> Callable[..., dict[str, int]]:
    """Builds the second meeting of a weekly series with action items and disputes carried into
    it (meeting_builders.carry_into_second): `carried_meeting(actions={name: (text, due)},
    disputes={name: title})` returns their ids by name, with "series", "first" and "meeting"."""
    return lambda actions=None, disputes=None: carry_into_second(db, actions or {}, disputes or {})


@pytest.fixture
def end_meeting(
    qtbot, monkeypatch: pytest.MonkeyPatch, fake_clock: FakeClock
) -> Callable[[Any], None]:
    """Runs the console's meeting for half a minute by the keyboard and ends it (saying Yes)."""

    def end(console: Any) -> None:
        from facilitator.ui.common import messages

        monkeypatch.setattr(
            messages, "ask", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
        )
        qtbot.keyClick(console, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
        fake_clock.now += 30
        qtbot.keyClick(console, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)

    return end
