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

from facilitator.language import N_, _
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
NOTHING_CHANGED = N_("Nothing was changed.")


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
    return _(
        "The disk holding {path} is full: free some space and start again. {nothing_changed}"
    ).format(path=path, nothing_changed=_(NOTHING_CHANGED))


def unavailable_message(path: Path, error: BaseException) -> str:
    """One line for an open that failed for any reason but damage: why, and what to do."""
    if isinstance(error, OSError) and not isinstance(error, sqlite3.Error):
        return _os_message(path, error)
    code = primary_code(error)
    if code == SQLITE_FULL or (code in (SQLITE_IOERR, SQLITE_CANTOPEN) and disk_is_full(path)):
        return _full(path)
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return _(
            "{path} is in use: another program holds it locked. Close that program "
            "or wait for it to finish, then start again. {nothing_changed}"
        ).format(path=path, nothing_changed=_(NOTHING_CHANGED))
    if code in (SQLITE_PERM, SQLITE_AUTH, SQLITE_CANTOPEN):
        return _(
            "{path} cannot be opened (permission denied): give your user read and "
            "write access to the file and its folder, then start again. "
            "{nothing_changed}"
        ).format(path=path, nothing_changed=_(NOTHING_CHANGED))
    if code == SQLITE_READONLY:
        return _(
            "{path} is read-only: give your user write access to the file and its "
            "folder, then start again. {nothing_changed}"
        ).format(path=path, nothing_changed=_(NOTHING_CHANGED))
    if code == SQLITE_NOMEM:
        return _(
            "Not enough memory to open {path}: close other programs and start again. "
            "{nothing_changed}"
        ).format(path=path, nothing_changed=_(NOTHING_CHANGED))
    if code == SQLITE_IOERR:
        return _(
            "The disk reported an error reading {path}: check the disk or its "
            "connection, then start again. {nothing_changed}"
        ).format(path=path, nothing_changed=_(NOTHING_CHANGED))
    reason = " ".join(str(getattr(error, "orig", error)).split())
    return _("{path} cannot be opened right now ({reason}). {nothing_changed}").format(
        path=path, reason=reason, nothing_changed=_(NOTHING_CHANGED)
    )


def _os_message(path: Path, error: OSError) -> str:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return _full(path)
    if error.errno in (errno.EACCES, errno.EPERM):
        return _(
            "{path} cannot be written (permission denied): give your user read and "
            "write access to it, then start again. {nothing_changed}"
        ).format(path=path, nothing_changed=_(NOTHING_CHANGED))
    if error.errno == errno.EROFS:
        return _(
            "{path} cannot be written (the disk is mounted read-only): start with a "
            "database on a writable disk. {nothing_changed}"
        ).format(path=path, nothing_changed=_(NOTHING_CHANGED))
    reason = error.strerror or str(error)
    return _("{path} cannot be written ({reason}). {nothing_changed}").format(
        path=path, reason=reason, nothing_changed=_(NOTHING_CHANGED)
    )
