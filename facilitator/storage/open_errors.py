"""Damage told apart from "cannot be opened right now", and plain words for the latter.

Only SQLite's own verdict calls a database damaged: SQLITE_CORRUPT or SQLITE_NOTADB, or a
check that reports problems. A full disk, a lock, a busy timeout, a permission or an I/O error
says nothing about the file: recovery must never touch it, and the user is told the real
reason and what to do in one line.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from facilitator.storage.write_errors import (
    SQLITE_CANTOPEN,
    SQLITE_FULL,
    SQLITE_IOERR,
    SQLITE_READONLY,
)

SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_NOMEM = 7
SQLITE_CORRUPT = 11
SQLITE_AUTH = 23
SQLITE_NOTADB = 26
NEARLY_FULL_BYTES = 1 << 20
"""Less free space than this beside the database: SQLite's I/O errors are a full disk."""
NOTHING_CHANGED = "Nothing was changed."


def primary_code(error: BaseException) -> int | None:
    """SQLite's primary result code of an sqlite3 error, or of the one SQLAlchemy wraps."""
    original = getattr(error, "orig", error)
    if not isinstance(original, sqlite3.Error):
        return None
    code = getattr(original, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_corruption(error: BaseException) -> bool:
    """True only when SQLite says the file is corrupt or not a database at all."""
    return primary_code(error) in (SQLITE_CORRUPT, SQLITE_NOTADB)


def disk_is_full(path: Path) -> bool:
    """True when the filesystem holding path has (almost) no room left for SQLite's files."""
    try:
        stats = os.statvfs(path.parent)
    except OSError:
        return False
    return stats.f_bavail * stats.f_frsize < NEARLY_FULL_BYTES


def _full(path: Path) -> str:
    return f"The disk holding {path} is full: free some space and start again. {NOTHING_CHANGED}"


def unavailable_message(path: Path, error: BaseException) -> str:
    """One line for an open that failed for any reason but damage: why, and what to do."""
    if isinstance(error, OSError) and not isinstance(error, sqlite3.Error):
        return _os_message(path, error)
    code = primary_code(error)
    if code == SQLITE_FULL or (code in (SQLITE_IOERR, SQLITE_CANTOPEN) and disk_is_full(path)):
        return _full(path)
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return (
            f"{path} is in use: another program holds it locked. Close that program or wait "
            f"for it to finish, then start again. {NOTHING_CHANGED}"
        )
    if code in (SQLITE_PERM, SQLITE_AUTH, SQLITE_CANTOPEN):
        return (
            f"{path} cannot be opened (permission denied): give your user read and write "
            f"access to the file and its folder, then start again. {NOTHING_CHANGED}"
        )
    if code == SQLITE_READONLY:
        return (
            f"{path} is read-only: give your user write access to the file and its folder, "
            f"then start again. {NOTHING_CHANGED}"
        )
    if code == SQLITE_NOMEM:
        return (
            f"Not enough memory to open {path}: close other programs and start again. "
            f"{NOTHING_CHANGED}"
        )
    if code == SQLITE_IOERR:
        return (
            f"The disk reported an error reading {path}: check the disk or its connection, "
            f"then start again. {NOTHING_CHANGED}"
        )
    reason = " ".join(str(getattr(error, "orig", error)).split())
    return f"{path} cannot be opened right now ({reason}). {NOTHING_CHANGED}"


def _os_message(path: Path, error: OSError) -> str:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return _full(path)
    if error.errno in (errno.EACCES, errno.EPERM):
        return (
            f"{path} cannot be written (permission denied): give your user read and write "
            f"access to it, then start again. {NOTHING_CHANGED}"
        )
    if error.errno == errno.EROFS:
        return (
            f"{path} cannot be written (the disk is mounted read-only): start with a database "
            f"on a writable disk. {NOTHING_CHANGED}"
        )
    reason = error.strerror or str(error)
    return f"{path} cannot be written ({reason}). {NOTHING_CHANGED}"
