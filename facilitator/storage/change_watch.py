"""Whether someone else changed the database since the window last asked: one question for
both engines, cheap enough to ask every two seconds and never waiting on the network.

On a team database the question is answered by LISTEN on the channel every table notifies
(migration 0007), on a connection of its own in autocommit, polled without blocking; a
notification whose payload is this app's application_name is our own write and is ignored.
A connection that was lost is made again at a later question (not before RETRY_S after a
failed try), which then answers yes: what was notified meanwhile was missed.

On an SQLite file PRAGMA data_version, read on a connection of its own, moves whenever
another connection commits, this app's own included. So the app's own writes are taken out:
just before one of them commits (BEGIN IMMEDIATE holds the lock, nobody else can commit in
between) a moved counter is noted as someone else's change, and just after it the counter
is read afresh.
"""

from __future__ import annotations

import sqlite3
import time
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from facilitator.storage.database import READ_ONLY

if TYPE_CHECKING:
    from facilitator.storage.database import Database
from facilitator.storage.server import application_name

CHANNEL = "facilitator_changes"
RETRY_S = 30.0
"""After a failed connection the watch waits this long before it tries again: a connection to
a server gone silent can take connect_timeout, which a window must not wait every two seconds."""


class ChangeWatch(Protocol):
    def changed_elsewhere(self) -> bool:
        """Whether another app (or another connection to the file) changed the database
        since the last call; never raises, never waits on the network."""
        ...

    def close(self) -> None: ...


def watch_changes(db: Database) -> ChangeWatch:
    """A watch on db's database for changes made elsewhere; close it with the window."""
    if db.on_server:
        return _ServerWatch(db)
    assert db.path is not None
    return _FileWatch(db, db.path)


class _ServerWatch:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._me = application_name()
        self._pooled: Any = None
        self._listening: Any = None
        self._retry_at = 0.0
        self.heard = 0
        """Notifications received, our own included: a test knows its own write arrived."""
        self._connect()

    def _connect(self) -> bool:
        if time.monotonic() < self._retry_at:
            return False
        try:
            pooled = self._db.engine.raw_connection()
        except Exception:  # the pool hands over the driver's own error: the server is away
            self._retry_at = time.monotonic() + RETRY_S
            return False
        connection = pooled.driver_connection
        pooled.detach()  # its own, closed with the watch: never back into the pool
        try:
            connection.autocommit = True
            connection.execute(f"LISTEN {CHANNEL}")
        except Exception:
            pooled.close()
            return False
        self._pooled, self._listening = pooled, connection
        return True

    def changed_elsewhere(self) -> bool:
        if self._listening is None:
            return self._connect()  # back after a loss: anything may have been missed
        try:
            payloads = [note.payload for note in self._listening.notifies(timeout=0)]
        except Exception:
            self._drop()
            return False
        self.heard += len(payloads)
        return any(payload != self._me for payload in payloads)

    def _drop(self) -> None:
        pooled, self._pooled, self._listening = self._pooled, None, None
        if pooled is not None:
            with suppress(Exception):  # a connection already lost closes with an error
                pooled.close()

    def close(self) -> None:
        self._drop()


class _FileWatch:
    def __init__(self, db: Database, path: Path) -> None:
        self._db = db
        self._connection: sqlite3.Connection | None = sqlite3.connect(
            path, check_same_thread=False, isolation_level=None
        )
        self._seen = self._version()
        self._missed = False
        self._ours_committing = False
        from sqlalchemy import event  # not at import: the window follows changes before the ORM

        event.listen(db.engine, "commit", self._before_our_commit)
        event.listen(db.engine, "rollback", self._after_our_rollback)
        event.listen(db.sessions, "after_commit", self._after_our_commit)

    def _version(self) -> int:
        if self._connection is None:
            return 0
        try:
            return int(self._connection.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error:
            return self._seen

    def _before_our_commit(self, connection: Any) -> None:
        if connection.get_execution_options().get(READ_ONLY, False):
            return
        if self._version() != self._seen:
            self._missed = True
        self._ours_committing = True

    def _after_our_commit(self, _session: Any) -> None:
        if self._ours_committing:
            self._ours_committing = False
            self._seen = self._version()

    def _after_our_rollback(self, _connection: Any) -> None:
        self._ours_committing = False

    def changed_elsewhere(self) -> bool:
        now = self._version()
        changed = self._missed or now != self._seen
        self._seen, self._missed = now, False
        return changed

    def close(self) -> None:
        if self._connection is None:
            return
        from sqlalchemy import event

        event.remove(self._db.engine, "commit", self._before_our_commit)
        event.remove(self._db.engine, "rollback", self._after_our_rollback)
        event.remove(self._db.sessions, "after_commit", self._after_our_commit)
        self._connection.close()
        self._connection = None
