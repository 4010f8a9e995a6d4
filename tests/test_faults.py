"""Faults: a run killed at random moments, a full disk, a read-only folder, a second instance."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import event, text

from facilitator import timesource
from facilitator.record.notes import add_note, notes_of
from facilitator.storage.database import Database, DatabaseRefused, open_database
from facilitator.storage.write_errors import SaveRefused
from facilitator.vocabulary import NoteKind

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture
def weekly(new_weekly_meeting: Callable[..., int]) -> Callable[..., int]:
    """A weekly meeting due now."""
    return lambda: new_weekly_meeting("Weekly", timesource.now())


def _integrity(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        connection.close()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_run_killed_at_random_moments_keeps_every_committed_note(db_path: Path) -> None:
    from benchmarks.faults import kill_trials

    outcomes = kill_trials(db_path, trials=3, seed=11)
    assert [o.missing for o in outcomes] == [(), (), ()]
    assert [o.integrity for o in outcomes] == ["ok"] * 3
    assert all(o.resumed for o in outcomes)
    assert sum(o.committed for o in outcomes) >= 3


def _limit_pages(db: Database) -> None:
    """Every new connection may grow the file by no page: the disk is full."""
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def _full(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")


def test_a_full_disk_gives_a_clear_message_and_keeps_what_was_saved(
    db: Database, db_path: Path, weekly: Callable[..., int]
) -> None:
    meeting = weekly()
    add_note(db, meeting, None, NoteKind.NOTE, "saved before", 0.0)
    _limit_pages(db)
    with pytest.raises(SaveRefused) as failure:
        for count in range(500):
            add_note(db, meeting, None, NoteKind.NOTE, f"{count} " + "x" * 4000, 1.0)
    message = str(failure.value)
    assert "full" in message and str(db_path) in message
    assert "\n" not in message
    db.close()
    reopened = open_database(db_path)
    try:
        texts = [n.text for n in notes_of(reopened, meeting)]
        assert texts[0] == "saved before"
        assert all(t == "saved before" or t.endswith("x" * 4000) for t in texts)
    finally:
        reopened.close()
    assert _integrity(db_path) == "ok"


def test_a_disk_that_turned_read_only_gives_a_clear_message(
    db: Database, db_path: Path, weekly: Callable[..., int]
) -> None:
    meeting = weekly()
    add_note(db, meeting, None, NoteKind.NOTE, "kept", 0.0)
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def _read_only(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.execute("PRAGMA query_only = ON")

    with pytest.raises(SaveRefused, match="cannot be written"):
        add_note(db, meeting, None, NoteKind.NOTE, "refused", 0.0)
    event.remove(db.engine, "connect", _read_only)
    db.engine.dispose()
    assert [n.text for n in notes_of(db, meeting)] == ["kept"]
    db.close()
    assert _integrity(db_path) == "ok"


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes to read-only folders"
)
def test_a_read_only_folder_is_refused_with_a_message(
    db: Database, db_path: Path, weekly: Callable[..., int]
) -> None:
    weekly()
    db.close()
    before = db_path.read_bytes()
    db_path.parent.chmod(0o555)
    try:
        with pytest.raises(DatabaseRefused, match="cannot be written"):
            open_database(db_path)
    finally:
        db_path.parent.chmod(0o755)
    assert db_path.read_bytes() == before


WRITER = textwrap.dedent(
    """
    import sys
    from facilitator.record.notes import add_note
    from facilitator.storage.database import open_database
    from facilitator.vocabulary import NoteKind

    db = open_database(sys.argv[1])
    print("READY", flush=True)
    sys.stdin.readline()
    for count in range(int(sys.argv[3])):
        add_note(db, int(sys.argv[2]), None, NoteKind.NOTE, sys.argv[4] + str(count), 0.0)
    db.close()
    """
)


def test_a_second_instance_on_the_same_database_is_safe(
    db: Database, db_path: Path, weekly: Callable[..., int]
) -> None:
    """Two processes writing the same file at once: both succeed, nothing lost or damaged."""
    meeting = weekly()
    each = 40
    children = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db_path), str(meeting), str(each), name],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        for name in ("first-", "second-")
    ]
    try:
        for child in children:
            assert child.stdout is not None and child.stdout.readline().strip() == "READY"
        for child in children:
            assert child.stdin is not None
            child.stdin.write("go\n")
            child.stdin.flush()
        for child in children:
            assert child.wait(timeout=120) == 0
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
                child.wait()
    texts = {n.text for n in notes_of(db, meeting)}
    expected = {f"{name}{count}" for name in ("first-", "second-") for count in range(each)}
    assert texts == expected
    with db.read() as session:
        assert session.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
