"""What an SQLite file of ours holds, read with the standard sqlite3 module alone.

Importing SQLAlchemy and the models costs more than a cached command's whole work, so the
command line's minutes ask this module whether the data changed since they were cached (the
revision kept by migration 0011's triggers). It only reads and never leaves a byte changed or
a file behind; anything unexpected is None, and the caller opens the database the usual way,
which reports the problem in its own words.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import NamedTuple

APPLICATION_ID = 0x46434C54  # "FCLT" in the SQLite header marks a file as ours
SQLITE_MAGIC = b"SQLite format 3\x00"


class FileRevision(NamedTuple):
    """Changes whenever a committed write changes any data of the database."""

    database_id: str
    counter: int
    schema: str
    """The Alembic revision: the same data may be read differently by another schema."""


def read_only_uri(path: Path) -> str:
    """A URI that reads the file without leaving anything beside it.

    A read-only connection to a WAL file makes a -wal and -shm that it cannot remove, so a
    refused file would keep them. Without a -wal no other connection is live and every commit
    is in the file itself, which can then be read as immutable: no lock, nothing created.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    wal = path.with_name(path.name + "-wal")
    return uri if wal.exists() else uri + "&immutable=1"


def _ours(path: Path) -> bool:
    with path.open("rb") as handle:
        header = handle.read(100)
    return (
        len(header) == 100
        and header.startswith(SQLITE_MAGIC)
        and int.from_bytes(header[68:72], "big") == APPLICATION_ID
    )


def read_revision(path: Path) -> FileRevision | None:
    """The file's revision, in one read transaction; None for anything but a plain answer
    (no such file or table, another program's file, a locked or damaged one)."""
    try:
        if not path.is_file() or not _ours(path):
            return None
        connection = sqlite3.connect(read_only_uri(path), uri=True, timeout=0)
        try:
            rows = connection.execute(
                "SELECT database_id, counter, (SELECT group_concat(version_num) "
                "FROM alembic_version) FROM data_revision"
            ).fetchall()
        finally:
            connection.close()
    except (OSError, ValueError, sqlite3.Error):
        return None
    if len(rows) != 1:
        return None
    database_id, counter, schema = rows[0]
    if not (isinstance(database_id, str) and isinstance(counter, int) and isinstance(schema, str)):
        return None
    return FileRevision(database_id, counter, schema)
