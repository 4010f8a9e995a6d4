"""Recovery of a damaged database from its own newest good backup, and nothing else.

Only SQLite's verdict calls a database damaged: DatabaseDamaged (SQLITE_CORRUPT or
SQLITE_NOTADB while opening), a quick_check at open that reports problems, or SQLITE_CORRUPT
at any later query (the app and the command line call recover on that too). A full disk, a
lock, a permission or an I/O error is refused with its real reason and the file left exactly as
it was (storage.open_errors).

Recovery first makes the replacement in full beside the database (a copy of the backup, or a
new empty database), and only then renames the damaged file aside; a step that fails puts
back what the earlier ones moved, so a recovery that cannot finish leaves everything as it was.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import threading
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from facilitator import timesource
from facilitator.language import _
from facilitator.safety.backups import (
    backup_folder,
    copy_synced,
    database_identity,
    integrity_ok,
    slots,
)
from facilitator.storage.database import (
    APPLICATION_ID,
    SQLITE_MAGIC,
    Database,
    DatabaseDamaged,
    DatabaseRefused,
    connect_file,
    open_database,
    refusal,
    remove_with_side_files,
)
from facilitator.storage.open_errors import NOTHING_CHANGED, disk_is_full

CHECK_REPORTED = 3
"""How many of quick_check's problems the message quotes."""
_SIDE_SUFFIXES = ("-wal", "-shm")


@dataclass(frozen=True)
class Recovery:
    """What happened to a damaged database; message is one paragraph for the user."""

    damaged_kept_as: Path
    restored_from: Path | None
    backup_date: date | None
    reason: str = ""
    not_used: tuple[Path, ...] = field(default=())

    @property
    def message(self) -> str:
        why = f" ({self.reason})" if self.reason else ""
        kept = _("The damaged file is kept as {path}.").format(path=self.damaged_kept_as)
        if self.restored_from is None or self.backup_date is None:
            doubt = ""
            if self.not_used:
                names = ", ".join(p.name for p in self.not_used[:3])
                doubt = " " + _(
                    "Backups in {folder} that cannot be shown to be this database's were "
                    "not used ({names})."
                ).format(folder=backup_folder(self.damaged_kept_as), names=names)
            return _(
                "The database was damaged{why} and there is no backup of it, so a new "
                "empty database was started. {kept}{doubt}"
            ).format(why=why, kept=kept, doubt=doubt)
        return _(
            "The database was damaged{why}. It was restored from the backup "
            "{restored_from_name} of {backup_date}; changes made after that are "
            "missing. {kept}"
        ).format(
            why=why,
            restored_from_name=self.restored_from.name,
            backup_date=self.backup_date.isoformat(),
            kept=kept,
        )


def looks_ours(path: Path) -> bool:
    """A Facilitator header, so a damaged body is ours to recover rather than a foreign file."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError:
        return False
    return (
        len(header) == 100
        and header.startswith(SQLITE_MAGIC)
        and int.from_bytes(header[68:72], "big") == APPLICATION_ID
    )


def _identity_for_recovery(path: Path) -> str | None:
    """The database's identity: read from it, else the one identity its backups' names carry.

    A damaged file may not give its uuid; the backups named after its stem then say it, unless
    they name more than one database (a file replaced by another of the same name): no guess.
    """
    identity = database_identity(path)
    if identity is not None:
        return identity
    named = {slot.identity for slot in slots(path) if slot.identity is not None}
    return named.pop() if len(named) == 1 else None


def backup_day(candidate: Path) -> date:
    """The local day the backup was made: its file time, which make_backup sets to its `now`."""
    return datetime.fromtimestamp(candidate.stat().st_mtime).date()


def newest_good_backup(path: Path) -> Path | None:
    """The most recent backup of this very database that passes the integrity check.

    Its name must carry the database's stem and identity, and the uuid inside it must be the
    same; backups of other databases, and those named before identities, never qualify.
    """
    identity = _identity_for_recovery(path)
    if identity is None:
        return None
    own = [slot.path for slot in slots(path) if slot.identity == identity]
    own.sort(key=lambda candidate: candidate.stat().st_mtime, reverse=True)
    for candidate in own:
        if integrity_ok(candidate) and database_identity(candidate) == identity:
            return candidate
    return None


def restore_offer(path: Path, reason: str) -> str:
    """The question put to the user when a running app meets damage: what restoring does."""
    source = newest_good_backup(path)
    found = (
        _("{path} is damaged ({reason}).").format(path=path, reason=reason)
        if reason
        else _("{path} is damaged.").format(path=path)
    )
    if source is None:
        return _(
            "{found} There is no backup of it. Start a new empty database in its "
            "place? The damaged file is kept beside it."
        ).format(found=found)
    return _(
        "{found} Restore it from the backup {source_name} of {day}? Changes "
        "made after that are missing; the damaged file is kept beside it."
    ).format(found=found, source_name=source.name, day=backup_day(source).isoformat())


def quick_check(db: Database) -> str | None:
    """SQLite's quick_check of an open database: None when sound, else its problems in a line.

    An error that is not corruption (a lock, a full disk) is no verdict: DatabaseRefused.
    It asks through sqlite3 alone, so a check left running at start imports no SQLAlchemy.
    """
    assert db.path is not None
    try:
        with closing(connect_file(db.path)) as connection:
            problems = [
                problem
                for (problem,) in connection.execute(f"PRAGMA quick_check({CHECK_REPORTED})")
            ]
    except sqlite3.Error as error:
        refused = refusal(db.path, error)
        if isinstance(refused, DatabaseDamaged):
            return refused.reason
        raise refused from error
    if problems == ["ok"]:
        return None
    found = "; ".join(" ".join(str(p).split()) for p in problems)
    return _("SQLite's check found: {problems}").format(problems=found)


def _kept_name(path: Path, now: datetime) -> Path:
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    kept = path.with_name(f"{path.stem}-damaged-{stamp}{path.suffix}")
    count = 1
    while kept.exists():
        count += 1
        kept = path.with_name(f"{path.stem}-damaged-{stamp}-{count}{path.suffix}")
    return kept


def _not_restored(path: Path, error: BaseException) -> DatabaseRefused:
    full = disk_is_full(path) or getattr(error, "errno", None) in (errno.ENOSPC, errno.EDQUOT)
    if full:
        return DatabaseRefused(
            _(
                "{path} is damaged, and the disk holding it is too full to restore it: "
                "free some space and start again. {nothing_changed}"
            ).format(path=path, nothing_changed=_(NOTHING_CHANGED))
        )
    reason = " ".join(str(error).split())
    return DatabaseRefused(
        _("{path} is damaged and could not be restored ({reason}). {nothing_changed}").format(
            path=path, reason=reason, nothing_changed=_(NOTHING_CHANGED)
        )
    )


def _prepare(path: Path, source: Path | None) -> Path:
    """The replacement, complete beside the database: the backup's copy or a new database."""
    replacement = path.with_name(f"{path.name}.restoring")
    remove_with_side_files(replacement)
    try:
        if source is not None:
            copy_synced(source, replacement)
        else:
            open_database(replacement).close()
    except (OSError, DatabaseRefused) as error:
        remove_with_side_files(replacement)
        raise _not_restored(path, error) from error
    return replacement


def recover(path: Path, now: datetime, reason: str = "") -> Recovery:
    """Put the newest good backup of this database in place of the damaged file (a new empty
    database when there is none) and keep the damaged file, renamed, beside it."""
    source = newest_good_backup(path)
    replacement = _prepare(path, source)
    kept = _kept_name(path, now)
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in ("", *_SIDE_SUFFIXES):
            side = path.with_name(path.name + suffix)
            if side.exists():
                target = kept.with_name(kept.name + suffix)
                os.replace(side, target)
                moved.append((side, target))
        os.replace(replacement, path)
    except OSError as error:
        for original, target in reversed(moved):
            os.replace(target, original)
        remove_with_side_files(replacement)
        raise _not_restored(path, error) from error
    if source is None:
        doubtful = tuple(slot.path for slot in slots(path))
        return Recovery(kept, None, None, reason, doubtful)
    return Recovery(kept, source, backup_day(source), reason)


def _new_side_files(path: Path, before: set[Path]) -> None:
    """Remove the -wal and -shm an attempt to open made, so a refused file is left as found.

    Only files that were not there before, and a -wal holding nothing, are removed.
    """
    wal = path.with_name(path.name + "-wal")
    if wal in before or (wal.exists() and wal.stat().st_size > 0):
        return
    wal.unlink(missing_ok=True)
    shm = path.with_name(path.name + "-shm")
    if shm not in before:
        shm.unlink(missing_ok=True)


def open_or_recover(
    path: Path | str, now: Callable[[], datetime] = timesource.now
) -> tuple[Database, Recovery | None]:
    """Open the database and check it; when SQLite says it is damaged, recover it first.

    Any other refusal (a file not ours, a full disk, a lock) propagates as DatabaseRefused
    with the file as it was.
    """
    path = Path(path).expanduser()
    before = {side for side in _sides(path) if side.exists()}
    try:
        db = open_database(path)
    except DatabaseDamaged as damage:
        reason: str | None = damage.reason
    except DatabaseRefused:
        _new_side_files(path, before)
        raise
    else:
        try:
            reason = quick_check(db)
        except DatabaseRefused:
            db.close()
            _new_side_files(path, before)
            raise
        if reason is None:
            return db, None
        db.close()
    if not looks_ours(path):
        raise DatabaseRefused(_("{path}: is not a Facilitator database").format(path=path))
    recovery = recover(path, now(), reason)
    return open_database(path), recovery


class StartCheck:
    """quick_check of a database just opened, left running on a thread of its own while the app
    fills its window: SQLite reads the whole file without holding Python's lock, so on a
    ten-year history most of its 0.1–0.3 s goes by beside the window's own work. verdict()
    waits for it: None when sound, else what SQLite found (DatabaseRefused, as from
    quick_check, when it could not tell)."""

    def __init__(self, db: Database) -> None:
        self._verdict: str | None = None
        self._error: DatabaseRefused | None = None
        self._thread = threading.Thread(target=self._run, args=(db,), name="start check")
        self._thread.start()

    def _run(self, db: Database) -> None:
        try:
            self._verdict = quick_check(db)
        except DatabaseRefused as error:
            self._error = error

    def verdict(self) -> str | None:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._verdict


def open_checking(
    path: Path | str, now: Callable[[], datetime] = timesource.now
) -> tuple[Database, Recovery | None, StartCheck | None]:
    """open_or_recover with its check left running (StartCheck): a file SQLite refuses as
    damaged when opening is recovered first, as there; what the check finds is the caller's
    to act on before the database is written, by opening again with recover()."""
    path = Path(path).expanduser()
    before = {side for side in _sides(path) if side.exists()}
    try:
        db = open_database(path)
    except DatabaseDamaged as damage:
        if not looks_ours(path):
            raise DatabaseRefused(
                _("{path}: is not a Facilitator database").format(path=path)
            ) from damage
        recovery = recover(path, now(), damage.reason)
        return open_database(path), recovery, None
    except DatabaseRefused:
        _new_side_files(path, before)
        raise
    return db, None, StartCheck(db)


def _sides(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in _SIDE_SUFFIXES]
