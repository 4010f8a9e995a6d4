"""A meeting's MinutesSnapshot kept on disk, so `facilitator minutes` need not read it again.

Reading a meeting goes through SQLAlchemy and the models, whose import alone takes longer than
the rest of a short PDF. A snapshot is kept under a key made of everything it was read from
and with: the SQLite file (its resolved path, the inode and modification time that a restored
backup changes), the data's revision (migration 0011: its database id, its counter, which any
committed change moves, and the schema), the app's version, the day, the language, the time
zone, the meeting and FORMAT. Any of them changed is another key, so a cached snapshot is
only ever the one a fresh read would give; the PDF is rendered from it as usual.

A snapshot is kept only when the file's state after the read is the one before it, so a write
made during the read is never hidden. Each entry starts with a SHA-256 of the rest; one that
fails it or fails to unpickle is ignored (and replaced by the next read). The oldest entries
beyond KEEP are removed; a folder that can't be written only means nothing is kept.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import time
from pathlib import Path
from typing import TYPE_CHECKING

from facilitator import __version__, timesource
from facilitator.language import current_language
from facilitator.paths import app_cache_folder
from facilitator.safety.safe_write import write_atomically
from facilitator.storage.file_revision import FileRevision, read_revision

if TYPE_CHECKING:
    from facilitator.minutes.snapshot import MinutesSnapshot

FORMAT = 1
"""Bumped when a snapshot's classes change shape, so older entries are passed over."""
KEEP = 24
"""Entries kept: the meetings a user writes minutes of in a day or two, a few KB each."""
SUFFIX = ".minutes"

_FileState = tuple[FileRevision, int, int, int]


def cache_folder() -> Path:
    return app_cache_folder() / "minutes"


def _file_state(path: Path) -> _FileState | None:
    """The data's revision and the file's identity; None where the revision can't be read."""
    try:
        before = os.stat(path)
    except OSError:
        return None
    revision = read_revision(path)
    if revision is None:
        return None
    return revision, before.st_dev, before.st_ino, before.st_mtime_ns


class MinutesCache:
    """One meeting's minutes from one SQLite file: the cached snapshot, or a place to keep one.

    The file's state is read once, when made; `today` is the day the snapshot is for, and is
    what a fresh read must be given so that what is kept matches its key.
    """

    def __init__(self, path: Path, meeting_id: int) -> None:
        self._path = path
        self._state = _file_state(path)
        self.today = timesource.today()
        self._key = "|".join(
            str(part)
            for part in (
                FORMAT,
                path.resolve() if self._state is not None else path,  # it exists: no loop
                self._state,
                __version__,
                self.today.isoformat(),
                current_language(),
                time.tzname,
                time.timezone,
                time.altzone,
                meeting_id,
            )
        )
        digest = hashlib.sha256(self._key.encode("utf-8", "surrogateescape")).hexdigest()
        self._entry = cache_folder() / f"{digest[:40]}{SUFFIX}"

    def cached(self) -> MinutesSnapshot | None:
        """The snapshot kept under this key; None when there is none or it is damaged."""
        if self._state is None:
            return None
        try:
            blob = self._entry.read_bytes()
        except OSError:
            return None
        check, payload = blob[:32], blob[32:]
        if hashlib.sha256(payload).digest() != check:
            return None
        from facilitator.minutes.snapshot import MinutesSnapshot

        try:
            key, snapshot = pickle.loads(payload)
        except Exception:  # any unpickling error is a damaged entry: read the database
            return None
        if key != self._key or not isinstance(snapshot, MinutesSnapshot):
            return None
        return snapshot

    def keep(self, snapshot: MinutesSnapshot) -> None:
        """Keep snapshot, read after this cache was made, if the file did not change since."""
        if self._state is None or _file_state(self._path) != self._state:
            return
        try:
            payload = pickle.dumps((self._key, snapshot), protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # a snapshot that can't be pickled is rendered, just not kept
            return
        try:
            self._entry.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(self._entry, hashlib.sha256(payload).digest() + payload)
        except OSError:
            return
        _prune(self._entry.parent)


def _prune(folder: Path) -> None:
    """Remove the oldest entries beyond KEEP."""
    entries = []
    for entry in folder.glob(f"*{SUFFIX}"):
        with contextlib.suppress(OSError):
            entries.append((entry.stat().st_mtime_ns, entry))
    entries.sort(reverse=True)
    for _, entry in entries[KEEP:]:
        with contextlib.suppress(OSError):
            entry.unlink()
