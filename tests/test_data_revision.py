"""The data's revision (migration 0011): every table's changes move it, and it is read
without SQLAlchemy, leaving the file as it was."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from facilitator.record.notes import add_note
from facilitator.storage.database import APPLICATION_ID, head_revision, open_database
from facilitator.storage.file_revision import read_revision
from facilitator.storage.migrations import NOT_COUNTED
from facilitator.vocabulary import NoteKind


def _tables_and_triggers(path: Path) -> tuple[set[str], dict[str, set[str]]]:
    connection = sqlite3.connect(path)
    try:
        tables = {
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }
        triggers: dict[str, set[str]] = {}
        for table, sql in connection.execute(
            "SELECT tbl_name, sql FROM sqlite_master WHERE type = 'trigger'"
        ):
            if "UPDATE data_revision SET counter = counter + 1" in sql:
                kind = sql.split(" ON ")[0].split()[-1]
                triggers.setdefault(table, set()).add(kind)
    finally:
        connection.close()
    return tables, triggers


def test_every_table_of_a_new_database_moves_the_revision(db_path: Path) -> None:
    open_database(db_path).close()
    tables, triggers = _tables_and_triggers(db_path)
    counted = tables - NOT_COUNTED
    assert "meetings" in counted and "notes" in counted
    missing = {
        t: triggers.get(t, set())
        for t in counted
        if triggers.get(t) != {"INSERT", "UPDATE", "DELETE"}
    }
    assert missing == {}, "give each new table migrations/triggers.py's count_changes"
    assert set(triggers) == counted


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_a_note_and_another_connection_move_it_and_reading_changes_nothing(
    db_path: Path, meeting_id: int
) -> None:
    db = open_database(db_path)
    try:
        first = read_revision(db_path)
        assert first is not None and first.schema == head_revision()
        assert read_revision(db_path) == first
        add_note(db, meeting_id, None, NoteKind.NOTE, "A change", 1.0)
        second = read_revision(db_path)
        assert second is not None and second.counter > first.counter
        assert second.database_id == first.database_id
    finally:
        db.close()
    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE meetings SET title = 'Renamed'")
    connection.commit()
    connection.close()
    third = read_revision(db_path)
    assert third is not None and third.counter > second.counter
    before = _digest(db_path.parent)
    assert read_revision(db_path) == third
    assert _digest(db_path.parent) == before


def test_another_database_has_another_id(tmp_path: Path) -> None:
    for name in ("a.sqlite", "b.sqlite"):
        open_database(tmp_path / name).close()
    a, b = read_revision(tmp_path / "a.sqlite"), read_revision(tmp_path / "b.sqlite")
    assert a is not None and b is not None and a.database_id != b.database_id


def test_anything_unexpected_is_none(tmp_path: Path) -> None:
    assert read_revision(tmp_path / "missing.sqlite") is None
    assert read_revision(tmp_path) is None
    text = tmp_path / "notes.txt"
    text.write_text("SQLite format 3 but not really\n" * 10)
    assert read_revision(text) is None
    foreign = tmp_path / "foreign.sqlite"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE data_revision (database_id TEXT, counter INTEGER)")
    connection.commit()
    connection.close()
    assert read_revision(foreign) is None  # another program's file, whatever its tables
    ours_without = tmp_path / "older.sqlite"
    connection = sqlite3.connect(ours_without)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute("CREATE TABLE alembic_version (version_num TEXT)")
    connection.execute("INSERT INTO alembic_version VALUES ('0010')")
    connection.commit()
    connection.close()
    before = _digest(tmp_path)
    assert read_revision(ours_without) is None
    assert _digest(tmp_path) == before
