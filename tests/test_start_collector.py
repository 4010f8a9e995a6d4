"""The cyclic collector is off while a start loads its modules and on again, frozen, once the
start is done: before a command's own work, once the app's window is usable, and whenever
main() returns (tests call it in-process)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from fresh_python import run_python

import facilitator.record.meetings
from facilitator import start_collector
from facilitator.cli import main

EXIT_AFTER_PAINT = {"FACILITATOR_EXIT_AFTER_PAINT": "1"}


@pytest.fixture(autouse=True)
def _collector_as_it_was(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test starts with the collector on, nothing frozen and no start seen, and leaves it
    so."""
    gc.enable()
    gc.unfreeze()
    monkeypatch.setattr(start_collector, "_frozen", False)
    yield
    gc.enable()
    gc.unfreeze()


def test_resume_turns_the_collector_on_again_and_freezes_the_start() -> None:
    start_collector.pause()
    assert not gc.isenabled()
    start_collector.resume()
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0


def test_only_the_first_start_of_a_process_is_frozen() -> None:
    start_collector.pause()
    start_collector.resume()
    gc.unfreeze()
    start_collector.pause()
    start_collector.resume()
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_a_collector_turned_off_by_the_caller_stays_off() -> None:
    gc.disable()
    start_collector.pause()
    start_collector.resume()
    assert not gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_a_command_works_with_the_collector_on(
    db: object, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []
    listing = facilitator.record.meetings.list_meetings

    def list_meetings(database: object) -> object:
        seen.append(gc.isenabled())
        return listing(database)

    monkeypatch.setattr(facilitator.record.meetings, "list_meetings", list_meetings)
    assert main(["list", "--db", str(db_path)]) == 0
    assert seen == [True]
    assert gc.isenabled() and gc.get_freeze_count() > 0


def test_the_collector_is_on_when_main_ends_early() -> None:
    with pytest.raises(SystemExit):
        main(["--version"])
    assert gc.isenabled()
    with pytest.raises(SystemExit):
        main(["no-such-command"])
    assert gc.isenabled()


def test_the_app_is_usable_with_the_collector_on_and_its_start_frozen(tmp_path: Path) -> None:
    """`python -m facilitator` turns it off before the first import; at USABLE it is back."""
    code = (
        "import gc, runpy, facilitator.ui.app as app, facilitator.start_collector as collector\n"
        "resume = collector.resume\n"
        "def resumed():\n"
        "    print('BEFORE RESUME', gc.isenabled(), flush=True)\n"
        "    resume()\n"
        "collector.resume = resumed\n"
        "usable = app._report_usable\n"
        "def report(window, qt_app, *rest):\n"
        "    if window.attached:\n"
        "        print('COLLECTOR', gc.isenabled(), gc.get_freeze_count() > 0, flush=True)\n"
        "    usable(window, qt_app, *rest)\n"
        "app._report_usable = report\n"
        "print('AT START', gc.isenabled(), flush=True)\n"
        "runpy.run_module('facilitator', run_name='__main__')\n"
    )
    result = run_python(
        "-c",
        code,
        "--db",
        str(tmp_path / "f.db"),
        home=tmp_path,
        extra=EXIT_AFTER_PAINT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "AT START True" in result.stdout
    said = [line for line in result.stdout.splitlines() if not line.startswith("PAINTED ")]
    assert said[1] == "BEFORE RESUME False"
    assert "COLLECTOR True True" in result.stdout


def test_on_a_file_filled_before_the_orm_the_collector_is_back_once_the_orm_is_in(
    tmp_path: Path,
) -> None:
    """The ORM loads after usable on a file already made: the start ends, and the collector
    resumes, when it is in."""
    from facilitator.storage.database import open_database

    path = tmp_path / "made.db"
    open_database(path).close()
    code = (
        "import gc, runpy, facilitator.ui.app as app\n"
        "usable = app._report_usable\n"
        "def report(window, qt_app, *rest):\n"
        "    print('AT USABLE', gc.isenabled(), flush=True)\n"
        "    usable(window, qt_app, *rest)\n"
        "app._report_usable = report\n"
        "loaded = app._orm_loaded\n"
        "def orm_in(*args, **kwargs):\n"
        "    loaded(*args, **kwargs)\n"
        "    print('ORM IN', gc.isenabled(), gc.get_freeze_count() > 0, flush=True)\n"
        "app._orm_loaded = orm_in\n"
        "runpy.run_module('facilitator', run_name='__main__')\n"
    )
    result = run_python(
        "-c", code, "--db", str(path), home=tmp_path, extra=EXIT_AFTER_PAINT, check=False
    )
    assert result.returncode == 0, result.stderr
    said = [line for line in result.stdout.splitlines() if line.split()[0] != "PAINTED"]
    assert [line.rsplit(" ", 1)[0] for line in said[:2]] == ["AT USABLE", "USABLE"]
    assert said[0] == "AT USABLE False"
    assert "ORM IN True True" in said
