"""Plain words for the ways a disk can refuse a write, so the user sees why and what to do."""

from __future__ import annotations

import sqlite3
from pathlib import Path

SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14


class SaveRefused(Exception):
    """A write the disk refused; nothing of it was committed and the message is for the user."""


def explain_write_error(path: Path, error: BaseException) -> str | None:
    """A one-line message for a refused write, or None when the error is not about the disk."""
    original = getattr(error, "orig", error)
    if not isinstance(original, sqlite3.Error):
        return None
    code = getattr(original, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == SQLITE_FULL:
        return (
            f"The disk holding {path} is full, so this change was not saved. "
            "Free some space and try again; everything saved before is intact."
        )
    if primary in (SQLITE_READONLY, SQLITE_CANTOPEN):
        return (
            f"{path} cannot be written (the file or its folder is read-only), so this change "
            "was not saved. Everything saved before is intact."
        )
    if primary == SQLITE_IOERR:
        return (
            f"The disk reported an error while saving to {path}, so this change was not "
            "saved. Everything saved before is intact."
        )
    return None
