"""Writers that meet: two copies of the app, or the app and a long import in another process.

A write waits for the other's lock (each busy timeout, then again, up to WRITE_ATTEMPTS); one
still locked out after that is a one-line SaveRefused, as a full disk is, with what was typed
kept in the console. The last test imports a large file in one process for about twenty
seconds while another commits notes the whole time, and counts the failures: none.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from facilitator.record.notes import add_note, notes_of
from facilitator.storage import database
from facilitator.storage.database import Database, open_database
from facilitator.storage.write_errors import SaveRefused
from facilitator.vocabulary import NoteKind

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.contention import IMPORT_NOTES, contention_trial, large_import  # noqa: E402


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


def test_a_read_goes_on_while_another_copy_holds_the_write_lock(
    db: Database, meeting_id: int, other_copy: sqlite3.Connection
) -> None:
    """Reading waits for no writer: the console can show its notes during a long import."""
    add_note(db, meeting_id, None, NoteKind.NOTE, "Saved before the import", 5.0)
    other_copy.execute("BEGIN IMMEDIATE")
    other_copy.execute("UPDATE notes SET text = 'changed by the other copy'")

    assert _texts(db, meeting_id) == ["Saved before the import"]


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


def test_a_twenty_second_import_and_another_copy_writing_notes_both_succeed(
    tmp_path: Path, db_path: Path, meeting_id: int, db: Database
) -> None:
    outcome = contention_trial(db_path, meeting_id, large_import(tmp_path))

    assert outcome.import_status == 0, outcome.import_output
    assert outcome.imported_notes == IMPORT_NOTES
    assert outcome.failures == ()
    assert outcome.stored == len(outcome.committed)
    assert outcome.waits >= 1, "the import never made the other copy wait past a timeout"
    assert outcome.before_and_after
    assert outcome.ok
