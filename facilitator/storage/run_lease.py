"""One console runs a meeting at a time: a lease that dies with the process holding it.

On a team database the lease is a PostgreSQL advisory lock on a connection of its own, held
for the console's life: a process that is killed drops its connection, and the server drops
the lock with it. Its holder is named from pg_stat_activity (server.application_name()). On an
SQLite file (one laptop, perhaps two copies of the app) it is an exclusive lock on a small
file beside the database, which the operating system drops when the process dies; the holder
writes its name into the file. Both are taken without waiting: a lease held elsewhere is
refused at once with who holds it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from facilitator.storage.server import application_name, is_connection_lost

if TYPE_CHECKING:
    from facilitator.storage.database import Database

LEASE_SPACE = 0x46434C52
"""The first key of the run leases' advisory locks ("FCLR"); the meeting's id is the second.
Two-key locks never meet the schema lock's one-key SCHEMA_LOCK."""
SOMEONE = "another copy of Facilitator"


class RunLeaseHeld(Exception):
    """Another console runs the meeting; the message names it, in one line for the user."""

    def __init__(self, holder: str) -> None:
        super().__init__(
            f"This meeting is being run from {holder}. One console runs a meeting at a time: "
            "end it or close its console there, then run it here."
        )
        self.holder = holder


class RunLease(Protocol):
    """A held lease; release() gives it up (again is harmless)."""

    meeting_id: int

    def release(self) -> None: ...


def take_run_lease(db: Database, meeting_id: int) -> RunLease:
    """The lease to run meeting_id from this process, or RunLeaseHeld naming who runs it.

    A server that cannot be reached gives a lease that holds nothing: a meeting is never kept
    from running by the network (its notes wait in the journal meanwhile).
    """
    if db.on_server:
        try:
            return _ServerLease.take(db, meeting_id)
        except Exception as error:  # the pool's connect raises the driver's own error
            if not is_connection_lost(error):
                raise
            return _Unheld(meeting_id)
    assert db.path is not None
    return _FileLease.take(lease_folder(db.path), meeting_id)


def lease_folder(path: Path) -> Path:
    """Where an SQLite file's leases are: a folder beside it, one small file per meeting."""
    return path.with_name(f"{path.name}-run-leases")


class _Unheld:
    """The lease of a console opened while the server was away: nothing to give up."""

    def __init__(self, meeting_id: int) -> None:
        self.meeting_id = meeting_id

    def release(self) -> None:
        """Nothing is held."""


class _ServerLease:
    """An advisory lock on a connection taken out of the pool, autocommit, for the lease alone."""

    def __init__(self, meeting_id: int, connection: Any, driver: Any) -> None:
        self.meeting_id = meeting_id
        self._connection: Any = connection
        self._driver: Any = driver

    @classmethod
    def take(cls, db: Database, meeting_id: int) -> _ServerLease:
        pooled = db.engine.raw_connection()
        connection = pooled.driver_connection
        assert connection is not None
        pooled.detach()  # its own, closed with the lease: never back into the pool
        try:
            connection.autocommit = True
            taken = connection.execute(
                "SELECT pg_try_advisory_lock(%s, %s)", (LEASE_SPACE, meeting_id)
            ).fetchone()
            if taken is None or not taken[0]:
                raise RunLeaseHeld(_server_holder(db, meeting_id))
        except BaseException:
            pooled.close()
            raise
        return cls(meeting_id, pooled, connection)

    def release(self) -> None:
        if self._connection is None:
            return
        connection, self._connection = self._connection, None
        try:  # unlocked at once: a closed session's locks go only once its backend has ended
            self._driver.execute(
                "SELECT pg_advisory_unlock(%s, %s)", (LEASE_SPACE, self.meeting_id)
            )
        except Exception as error:  # a lost connection holds nothing any more
            if not is_connection_lost(error):
                raise
        finally:
            connection.close()  # detached: really closed, never back into the pool


def _server_holder(db: Database, meeting_id: int) -> str:
    """The application_name of the session holding the meeting's lease."""
    from sqlalchemy import text

    with db.engine.connect() as connection:
        name = connection.execute(
            text(
                "SELECT a.application_name FROM pg_locks l "
                "JOIN pg_stat_activity a ON a.pid = l.pid "
                "WHERE l.locktype = 'advisory' AND l.granted AND l.database = "
                "(SELECT oid FROM pg_database WHERE datname = current_database()) "
                "AND l.classid = :space AND l.objid = :meeting AND l.objsubid = 2"
            ),
            {"space": LEASE_SPACE, "meeting": meeting_id},
        ).scalar()
    return str(name) if name else SOMEONE


class _FileLease:
    """An exclusive lock on the meeting's lease file (flock on POSIX, msvcrt on Windows):
    the lock belongs to this open file, so a second one in the same process is refused too."""

    def __init__(self, meeting_id: int, handle: int | None) -> None:
        self.meeting_id = meeting_id
        self._handle = handle

    @classmethod
    def take(cls, folder: Path, meeting_id: int) -> _FileLease:
        folder.mkdir(exist_ok=True)
        path = folder / f"meeting-{meeting_id}"
        handle = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            if not _lock(handle):
                raise RunLeaseHeld(_file_holder(path))
            name = f" {application_name()}".encode()  # byte 0 is the one Windows locks
            os.ftruncate(handle, 0)
            os.write(handle, name)
        except BaseException:
            os.close(handle)
            raise
        return cls(meeting_id, handle)

    def release(self) -> None:
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        os.close(handle)  # closing the file drops its lock


def _lock(handle: int) -> bool:
    """Lock the open file without waiting; False when another holds it."""
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _file_holder(path: Path) -> str:
    try:
        name = path.read_bytes()[1:].decode("utf-8", "replace").strip()
    except OSError:
        return SOMEONE
    return name or SOMEONE
