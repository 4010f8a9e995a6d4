"""Plain words for the ways a disk can refuse a write, so the user sees why and what to do."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from facilitator.language import _

SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14


class SaveRefused(Exception):
    """A write the disk refused; nothing of it was committed and the message is for the user."""


def _primary_code(error: BaseException) -> int | None:
    """SQLite's primary result code behind an error (SQLAlchemy's or sqlite3's), if any."""
    original = getattr(error, "orig", error)
    if not isinstance(original, sqlite3.Error):
        return None
    code = getattr(original, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_busy(error: BaseException) -> bool:
    """Whether another connection held the lock past the busy timeout: worth asking again."""
    return _primary_code(error) in (SQLITE_BUSY, SQLITE_LOCKED)


def explain_write_error(path: Path, error: BaseException) -> str | None:
    """A one-line message for a refused write, or None when the error is not about the disk."""
    primary = _primary_code(error)
    if is_busy(error):
        return _(
            "{path} is busy: another copy of Facilitator or an import is still "
            "writing to it, so this change was not saved. Try again when it has "
            "finished; everything saved before is intact."
        ).format(path=path)
    if primary == SQLITE_FULL:
        return _(
            "The disk holding {path} is full, so this change was not saved. Free "
            "some space and try again; everything saved before is intact."
        ).format(path=path)
    if primary in (SQLITE_READONLY, SQLITE_CANTOPEN):
        return _(
            "{path} cannot be written (the file or its folder is read-only), so this "
            "change was not saved. Everything saved before is intact."
        ).format(path=path)
    if primary == SQLITE_IOERR:
        return _(
            "The disk reported an error while saving to {path}, so this change was "
            "not saved. Everything saved before is intact."
        ).format(path=path)
    return None
