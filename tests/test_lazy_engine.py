"""A file already at the schema's head opens without SQLAlchemy (issue #20 point 1): the start
reads it through sqlite3 first, and the engine is made when a read or write first needs it."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fresh_python import run_python

import facilitator.storage.database as database
from facilitator import timesource
from facilitator.record.meetings import create_meeting, list_meetings
from facilitator.record.templates import builtin_template
from facilitator.storage.database import Database, open_database

LOADED = "print(sorted({'sqlalchemy', 'facilitator.storage.models'} & set(sys.modules)))"


def _run(code: str, *args: str) -> list[str]:
    """What a fresh interpreter prints running code: nothing imported by this process counts."""
    result = run_python("-c", code, *args, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


@pytest.fixture
def at_head(db_path: Path, db: Database, new_weekly_meeting: Callable[..., int]) -> Path:
    """A file made and closed by an earlier run, with one meeting in it."""
    new_weekly_meeting("Weekly")
    db.close()
    return db_path


@pytest.mark.parametrize("module", ["facilitator.storage.database", "facilitator.safety.recovery"])
def test_the_opening_modules_import_no_sqlalchemy(module: str) -> None:
    assert _run(f"import sys, {module}\n{LOADED}") == ["[]"]


def test_a_file_at_head_opens_without_sqlalchemy_and_reads_on_first_use(at_head: Path) -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from facilitator.storage.database import open_database\n"
        "db = open_database(Path(sys.argv[1]))\n"
        f"{LOADED}\n"
        "print(db.engine_made)\n"
        "from sqlalchemy import select\n"
        "from facilitator.storage.models import Meeting\n"
        "with db.read() as session:\n"
        "    print(session.scalars(select(Meeting.title)).all())\n"
        f"{LOADED}\n"
        "print(db.engine_made)\n"
        "db.close()\n"
    )
    assert _run(code, str(at_head)) == [
        "[]",
        "False",
        "['Weekly']",
        "['facilitator.storage.models', 'sqlalchemy']",
        "True",
    ]


def test_the_start_check_of_a_file_at_head_imports_no_sqlalchemy(at_head: Path) -> None:
    code = (
        "import sys\n"
        "from facilitator.safety.recovery import open_checking\n"
        "db, recovery, check = open_checking(sys.argv[1])\n"
        "print(recovery, check.verdict(), db.engine_made)\n"
        f"{LOADED}\n"
        "db.close()\n"
    )
    assert _run(code, str(at_head)) == ["None None False", "[]"]


def test_closing_a_database_never_used_makes_no_engine(at_head: Path) -> None:
    db = open_database(at_head)
    db.close()
    assert not db.engine_made


def test_a_new_file_gets_its_engine_at_once_and_writes(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        assert db.engine_made
        create_meeting(
            db, builtin_template("weekly").plan, title="Weekly", scheduled_at=timesource.now()
        )
        assert [meeting.title for meeting in list_meetings(db)] == ["Weekly"]
    finally:
        db.close()


def test_a_lazy_engine_writes_with_the_same_pragmas(at_head: Path) -> None:
    db = open_database(at_head)
    try:
        create_meeting(
            db, builtin_template("weekly").plan, title="Second", scheduled_at=timesource.now()
        )
        with db.engine.connect() as connection:
            pragma = connection.exec_driver_sql
            assert pragma("PRAGMA journal_mode").scalar() == "wal"
            assert pragma("PRAGMA foreign_keys").scalar() == 1
        assert sorted(meeting.title for meeting in list_meetings(db)) == ["Second", "Weekly"]
    finally:
        db.close()


def _frame_in(thread: threading.Thread, function: str) -> bool:
    frame = sys._current_frames().get(thread.ident or -1)
    while frame is not None:
        if frame.f_code.co_name == function:
            return True
        frame = frame.f_back
    return False


def test_two_threads_asking_first_get_one_engine(
    at_head: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first asker is held inside make_engine until the second is asking too."""
    made: list[Any] = []
    inside, release = threading.Event(), threading.Event()
    real_make = database.make_engine

    def held_make(path: Path) -> Any:
        inside.set()
        assert release.wait(30)
        made.append(real_make(path))
        return made[-1]

    monkeypatch.setattr(database, "make_engine", held_make)
    db = Database(at_head)
    got: list[Any] = []
    first = threading.Thread(target=lambda: got.append(db.engine))
    second = threading.Thread(target=lambda: got.append(db.sessions.kw["bind"]))
    first.start()
    assert inside.wait(30)
    second.start()
    deadline = time.monotonic() + 30
    while not _frame_in(second, "engine") and time.monotonic() < deadline:
        time.sleep(0.001)
    release.set()
    first.join(30)
    second.join(30)
    try:
        assert len(made) == 1
        assert got == [made[0], made[0]]
    finally:
        db.close()
