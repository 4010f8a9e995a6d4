"""Connection settings read back on a fresh connection, and two writers that wait for each other.

Every write transaction starts with BEGIN IMMEDIATE, so a read-then-write from two connections
at once queues behind the lock instead of failing with SQLITE_BUSY half-way.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from facilitator.storage.database import Database, open_database
from facilitator.storage.models import Note, Person
from facilitator.vocabulary import NoteKind, Team

WRITES_EACH = 60


def test_pragmas_on_a_fresh_connection(db: Database, db_path: Path) -> None:
    db.close()
    fresh = open_database(db_path)
    try:
        connection = fresh.engine.raw_connection()
        try:
            cursor = connection.cursor()

            def pragma(name: str) -> object:
                return cursor.execute(f"PRAGMA {name}").fetchone()[0]

            assert pragma("journal_mode") == "wal"
            assert pragma("synchronous") == 2
            assert pragma("foreign_keys") == 1
            assert int(pragma("busy_timeout")) >= 5000
        finally:
            connection.close()
    finally:
        fresh.close()


def test_a_note_of_a_missing_meeting_is_refused_on_a_fresh_connection(
    db: Database, db_path: Path
) -> None:
    db.close()
    fresh = open_database(db_path)
    try:
        with pytest.raises(IntegrityError), fresh.write() as session:
            session.add(Note(meeting_id=4242, kind=NoteKind.NOTE, text="orphan"))
        with fresh.read() as session:
            assert session.scalars(select(Note)).all() == []
    finally:
        fresh.close()


def test_a_write_transaction_takes_the_write_lock_at_once(db: Database, db_path: Path) -> None:
    """While one write block is open, no other connection may start writing."""
    other = sqlite3.connect(db_path, timeout=0)
    try:
        with db.write() as session:
            session.execute(text("SELECT 1"))
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
    finally:
        other.close()


def _bump(database: Database, failures: list[BaseException]) -> None:
    """Read a counter then write it back, many times: lost updates show as a short count."""
    try:
        for _ in range(WRITES_EACH):
            with database.write() as session:
                person = session.scalars(select(Person).where(Person.email == "c@x")).one()
                person.role = str(int(person.role) + 1)
    except BaseException as error:  # reported by the test thread
        failures.append(error)


def test_two_connections_writing_at_once_both_succeed(db: Database, db_path: Path) -> None:
    with db.write() as session:
        session.add(Person(name="Counter", email="c@x", team=Team.SALES, role="0"))
    second = open_database(db_path)
    failures: list[BaseException] = []
    try:
        threads = [
            threading.Thread(target=_bump, args=(database, failures)) for database in (db, second)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert not any(thread.is_alive() for thread in threads)
    finally:
        second.close()
    assert failures == []
    with db.read() as session:
        person = session.scalars(select(Person).where(Person.email == "c@x")).one()
        assert person.role == str(2 * WRITES_EACH)
