"""The offline journal: writes for a team database taken on this laptop while its server could
not be reached, kept in a small SQLite file beside the settings until they are sent.

Each entry is committed the moment it is made (a killed app loses none), in the order made
(seq), under a uuid that the server remembers once the write is applied (applied_writes), so
an entry sent twice is written once, and one the server saved before its answer was lost (kept
here under the uuid it was tried with) is not written again. An entry that made a row keeps
the row's id on the server once sent, so later entries that name what was made offline (by
its local id, -seq) find it.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from platformdirs import user_data_path

from facilitator import timesource
from facilitator.paths import APP_NAME

JOURNAL_FILE = "journal.sqlite"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid TEXT NOT NULL UNIQUE,
    database TEXT NOT NULL,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at TEXT NOT NULL,
    sent INTEGER NOT NULL DEFAULT 0,
    made_id INTEGER
)
"""


def journal_path() -> Path:
    """Beside the settings, in the platform's data folder of the app."""
    return user_data_path(APP_NAME, appauthor=False) / JOURNAL_FILE


@dataclass(frozen=True)
class Entry:
    """One write taken while offline: what to call (kind) with what (payload)."""

    seq: int
    uuid: str
    kind: str
    payload: dict[str, Any]
    created_at: str

    @property
    def local_id(self) -> int:
        """The id the row this entry makes has until it is on the server: negative, so it
        never meets a server's id."""
        return -self.seq


class Journal:
    """The journal file; every method opens, commits and closes, so two processes (a console
    and the app starting) can share it and nothing waits in memory."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else journal_path()

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self.path, timeout=5)
        connection.execute("PRAGMA journal_mode = WAL")  # one sync a commit; reads never wait
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute(_SCHEMA)
        return connection

    def add(
        self, database: str, kind: str, payload: dict[str, Any], key: str | None = None
    ) -> Entry:
        """Keep a write for database (its address); committed before this returns. key: the
        uuid the write was tried under on the server already (its answer lost), if any."""
        key = key if key is not None else str(uuid.uuid4())
        created = timesource.now().isoformat()
        text = json.dumps(payload, ensure_ascii=False)
        connection = self._connect()
        try:
            with connection:
                cursor = connection.execute(
                    "INSERT INTO entries (uuid, database, kind, payload, created_at) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (key, database, kind, text, created),
                )
            seq = cursor.lastrowid
        finally:
            connection.close()
        assert seq is not None
        return Entry(seq, key, kind, payload, created)

    def waiting(self, database: str) -> list[Entry]:
        """The entries for database not yet sent, in the order they were made."""
        connection = self._connect()
        try:
            rows = connection.execute(
                "SELECT seq, uuid, kind, payload, created_at FROM entries "
                "WHERE database = ? AND sent = 0 ORDER BY seq",
                (database,),
            ).fetchall()
        finally:
            connection.close()
        return [Entry(seq, key, kind, json.loads(text), at) for seq, key, kind, text, at in rows]

    def databases_waiting(self) -> list[str]:
        """The team databases that have entries still to send."""
        if not self.path.exists():
            return []
        connection = self._connect()
        try:
            rows = connection.execute(
                "SELECT DISTINCT database FROM entries WHERE sent = 0 ORDER BY database"
            ).fetchall()
        finally:
            connection.close()
        return [database for (database,) in rows]

    def mark_sent(self, entry: Entry, made_id: int | None) -> None:
        """The entry is on the server (made_id: the row it made there, which later entries
        naming its local id are sent to)."""
        connection = self._connect()
        try:
            with connection:
                connection.execute(
                    "UPDATE entries SET sent = 1, made_id = ? WHERE seq = ?", (made_id, entry.seq)
                )
        finally:
            connection.close()

    def clear_sent(self, database: str) -> None:
        """Once nothing is left to send for database, its sent entries go. Called by whoever
        makes the entries (the console), when no more can come that name them."""
        connection = self._connect()
        try:
            with connection:
                connection.execute(
                    "DELETE FROM entries WHERE database = ? AND NOT EXISTS "
                    "(SELECT 1 FROM entries WHERE sent = 0 AND database = ?)",
                    (database, database),
                )
        finally:
            connection.close()

    def amend(self, local_id: int, changes: dict[str, Any]) -> bool:
        """Change what an entry not yet sent will write (a note kept offline, typed on), so it
        is sent once with its last words; False when it is sent already (or not there)."""
        connection = self._connect()
        try:
            with connection:
                connection.execute("BEGIN IMMEDIATE")
                row = connection.execute(
                    "SELECT payload FROM entries WHERE seq = ? AND sent = 0", (-local_id,)
                ).fetchone()
                if row is None:
                    return False
                payload = {**json.loads(row[0]), **changes}
                connection.execute(
                    "UPDATE entries SET payload = ? WHERE seq = ?",
                    (json.dumps(payload, ensure_ascii=False), -local_id),
                )
        finally:
            connection.close()
        return True

    def drop(self, local_id: int) -> bool:
        """Take back an entry not yet sent (a note kept offline, then emptied); False when it
        is sent already or not there."""
        connection = self._connect()
        try:
            with connection:
                cursor = connection.execute(
                    "DELETE FROM entries WHERE seq = ? AND sent = 0", (-local_id,)
                )
        finally:
            connection.close()
        return cursor.rowcount == 1

    def made_id(self, local_id: int) -> int | None:
        """The server's id of a row made offline under local_id; None while it is not sent."""
        connection = self._connect()
        try:
            row = connection.execute(
                "SELECT made_id FROM entries WHERE seq = ? AND sent = 1", (-local_id,)
            ).fetchone()
        finally:
            connection.close()
        return None if row is None else row[0]
