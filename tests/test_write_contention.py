"""Writers that meet: two copies of the app, or the app and a long import in another process.

A write waits for the other's lock (each busy timeout, then again, up to WRITE_ATTEMPTS); one
still locked out after that is a one-line SaveRefused, as a full disk is, with what was typed
kept in the console. The last test imports a large file in one process for about twenty
seconds while another commits notes the whole time, and counts the failures: none.
"""

from __future__ import annotations

import json
import os
import select
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from facilitator import timesource
from facilitator.exchange import export_meeting
from facilitator.meetings import create_meeting
from facilitator.notes import add_note, notes_of
from facilitator.storage import database
from facilitator.storage.database import Database, open_database
from facilitator.storage.vocabulary import NoteKind
from facilitator.storage.write_errors import SaveRefused
from facilitator.templates import builtin_template

ROOT = Path(__file__).parents[1]
IMPORTED_NOTES = 60_000
"""Notes in the large import: about twenty seconds of one write transaction on this machine."""
STEP_TIMEOUT = 300.0
"""Seconds after which a child process that says nothing is taken as hung (never reached)."""

COMMITTER = textwrap.dedent(
    """
    import json
    import sys
    from pathlib import Path

    from facilitator.notes import add_note
    from facilitator.storage import database
    from facilitator.storage.vocabulary import NoteKind

    db = database.open_database(Path(sys.argv[1]), create=False)
    meeting_id, stop = int(sys.argv[2]), Path(sys.argv[3])
    real_is_busy, waits = database.is_busy, []

    def counted(error):
        waits.append(1)
        return real_is_busy(error)

    database.is_busy = counted
    committed, failures = [], []
    for attempt in range(200_000):
        last = stop.exists()
        try:
            text = f"Note {attempt} from the other copy"
            committed.append(add_note(db, meeting_id, None, NoteKind.NOTE, text, float(attempt)))
        except Exception as error:
            failures.append(f"{type(error).__name__}: {error}")
        if attempt == 0:
            print("READY", flush=True)
        if last:
            break
    db.close()
    print(json.dumps({"committed": committed, "failures": failures, "waits": len(waits)}))
    """
)


@pytest.fixture
def db(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    """The test's database with a short busy timeout and three tries, so a lock held by
    another connection is given up on at once rather than after a minute."""
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 50)
    monkeypatch.setattr(database, "WRITE_ATTEMPTS", 3)
    opened = open_database(db_path)
    yield opened
    opened.close()


@pytest.fixture
def other_copy(db_path: Path, db: Database) -> Iterator[sqlite3.Connection]:
    """A second connection to the same file, as another copy of the app would hold."""
    connection = sqlite3.connect(db_path, isolation_level=None, timeout=0)
    yield connection
    if connection.in_transaction:
        connection.execute("ROLLBACK")
    connection.close()


def _texts(db: Database, meeting_id: int) -> list[str]:
    return [note.text for note in notes_of(db, meeting_id)]


def test_a_write_asks_again_while_another_copy_holds_the_lock(
    db: Database, meeting_id: int, other_copy: sqlite3.Connection, monkeypatch
) -> None:
    other_copy.execute("BEGIN IMMEDIATE")
    asked: list[BaseException] = []
    real_is_busy = database.is_busy

    def other_copy_commits(error: BaseException) -> bool:
        """The other copy finishes its write while this one waits for the lock."""
        asked.append(error)
        other_copy.execute("COMMIT")
        return real_is_busy(error)

    monkeypatch.setattr(database, "is_busy", other_copy_commits)
    add_note(db, meeting_id, None, NoteKind.NOTE, "Pipeline review moves to Thursday", 12.0)

    assert len(asked) == 1
    assert _texts(db, meeting_id) == ["Pipeline review moves to Thursday"]


def test_a_lock_held_past_every_wait_is_a_one_line_save_message(
    db: Database, db_path: Path, meeting_id: int, other_copy: sqlite3.Connection
) -> None:
    other_copy.execute("BEGIN IMMEDIATE")
    with pytest.raises(SaveRefused) as refused:
        add_note(db, meeting_id, None, NoteKind.NOTE, "MQL threshold stays at 60", 30.0)
    message = str(refused.value)
    assert message == (
        f"{db_path} is busy: another copy of Facilitator or an import is still writing to it, "
        "so this change was not saved. Try again when it has finished; everything saved "
        "before is intact."
    )
    assert "\n" not in message
    other_copy.execute("COMMIT")
    assert _texts(db, meeting_id) == []

    add_note(db, meeting_id, None, NoteKind.NOTE, "MQL threshold stays at 60", 30.0)
    assert _texts(db, meeting_id) == ["MQL threshold stays at 60"]


def test_the_console_keeps_a_note_the_busy_database_did_not_take(
    qtbot, db: Database, meeting_id: int, open_console, other_copy: sqlite3.Connection
) -> None:
    console = open_console(meeting_id)
    other_copy.execute("BEGIN IMMEDIATE")
    qtbot.keyClicks(console.note_input, "! Webinar leads go to nurture first")
    qtbot.keyClick(console.note_input, Qt.Key.Key_Return)
    assert console.note_error.text().startswith(f"{db.path} is busy: another copy of")
    assert console.note_input.text() == "! Webinar leads go to nurture first"
    other_copy.execute("COMMIT")
    assert _texts(db, meeting_id) == []

    qtbot.keyClick(console.note_input, Qt.Key.Key_Return)
    assert _texts(db, meeting_id) == ["Webinar leads go to nurture first"]
    assert console.note_input.text() == ""


def _large_import(folder: Path) -> Path:
    """An exported meeting with IMPORTED_NOTES notes, as another team's tool might send."""
    source = open_database(folder / "source.sqlite")
    try:
        meeting_id = create_meeting(
            source,
            builtin_template("weekly").plan,
            title="Quarterly pipeline review",
            scheduled_at=timesource.now(),
        )
        add_note(source, meeting_id, None, NoteKind.NOTE, "Opening remarks", 1.0)
        document = export_meeting(source, meeting_id)
    finally:
        source.close()
    [note] = document["notes"]
    document["notes"] = [
        note | {"text": f"Imported note {n}", "offset_seconds": float(n % 3600)}
        for n in range(IMPORTED_NOTES)
    ]
    path = folder / "pipeline-review.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def _child_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def test_a_twenty_second_import_and_another_copy_writing_notes_both_succeed(
    tmp_path: Path, db_path: Path, meeting_id: int, db: Database
) -> None:
    big = _large_import(tmp_path)
    stop = tmp_path / "stop"
    committer = subprocess.Popen(
        [sys.executable, "-c", COMMITTER, str(db_path), str(meeting_id), str(stop)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_child_env(),
    )
    try:
        assert committer.stdout is not None
        ready, _, _ = select.select([committer.stdout], [], [], STEP_TIMEOUT)
        assert ready, "the committing process never started"
        assert committer.stdout.readline() == "READY\n"
        imported = subprocess.run(
            [sys.executable, "-m", "facilitator", "import", str(big), "--db", str(db_path)],
            capture_output=True,
            text=True,
            env=_child_env(),
            timeout=STEP_TIMEOUT,
        )
    finally:
        stop.touch()
        out, err = committer.communicate(timeout=STEP_TIMEOUT)
    assert imported.returncode == 0, imported.stderr
    assert imported.stderr == ""
    new_meeting = int(imported.stdout.split()[-1])
    assert committer.returncode == 0, err
    result = json.loads(out.splitlines()[-1])

    assert result["failures"] == []
    assert result["waits"] >= 1, "the import never made the other copy wait past a timeout"
    assert sorted(note.id for note in notes_of(db, meeting_id)) == result["committed"]
    imported_notes = notes_of(db, new_meeting)
    assert len(imported_notes) == IMPORTED_NOTES
    first, last = min(n.id for n in imported_notes), max(n.id for n in imported_notes)
    assert any(n < first for n in result["committed"])
    assert any(n > last for n in result["committed"])
