"""Backups of the database while the app sits idle, and their rotation.

Every copy goes through SQLite's online backup API (database.backup_copy), never a file copy
of the live database, and is checked with PRAGMA integrity_check before it takes the place of
an older one. One backup a day is kept for a week and one a week for a quarter; the copies
made before a schema upgrade are left alone.

A backup belongs to its database without doubt: its name carries the database's file stem and
its identity (the uuid of migration 0005), and the same uuid is inside it, so another
database's backups in the same folder are never taken for its own (recovery.py).
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from uuid import UUID

from facilitator import timesource
from facilitator.language import _
from facilitator.storage.database import Database, backup_copy, remove_with_side_files
from facilitator.storage.migrations import IDENTITY_TABLE

IDLE_SECONDS = 5 * 60
"""How long the data must have stood still before a backup is made."""
DAILY_KEPT = timedelta(days=7)
WEEKLY_KEPT = timedelta(days=92)
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "sshfs",
        "fuse.sshfs",
        "9p",
        "afs",
        "ceph",
        "glusterfs",
        "fuse.glusterfs",
        "lustre",
        "davfs",
        "fuse.davfs2",
        "gpfs",
        "ncpfs",
        "fuse.rclone",
    }
)
_SLOT = re.compile(
    r"^(?P<stem>.+)-(?P<identity>[0-9a-f]{32})-(?P<kind>daily|weekly)-"
    r"(?P<day>\d{4}-\d{2}-\d{2})\.sqlite$"
)
_UNNAMED_SLOT = re.compile(
    r"^(?P<stem>.+)-(?P<kind>daily|weekly)-(?P<day>\d{4}-\d{2}-\d{2})\.sqlite$"
)
"""Backups made before databases had an identity: `{stem}-daily-YYYY-MM-DD.sqlite`."""
_CHECKING = re.compile(r"^(?P<stem>.+)-checking-\d{8}T\d{6}Z\.sqlite(?:-journal|-wal|-shm)?$")
_SIDE_SUFFIXES = ("-journal", "-wal", "-shm", ".partial")


class BackupFailed(Exception):
    """A backup that could not be made or did not pass its check; the older ones are kept."""


@dataclass(frozen=True)
class Slot:
    """One daily or weekly backup; identity is None for one named before databases had one."""

    path: Path
    identity: str | None
    kind: str
    day: date


def backup_folder(path: Path) -> Path:
    return path.parent / "backups"


def read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection that leaves nothing beside the file.

    Without a -wal no connection is live and every commit is in the file itself, which is then
    read as immutable: no lock taken, no -shm made. With one, SQLite must read it too.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if not path.with_name(path.name + "-wal").exists():
        uri += "&immutable=1"
    return sqlite3.connect(uri, uri=True)


def integrity_ok(path: Path) -> bool:
    """True when SQLite's full integrity check of the file at path says ok."""
    try:
        with closing(read_only(path)) as connection:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.Error:
        return False
    return rows == [("ok",)]


def database_identity(path: Path) -> str | None:
    """The identity stored in the database or backup at path (32 hex digits), None if unread."""
    try:
        with closing(read_only(path)) as connection:
            row = connection.execute(
                f"SELECT uuid FROM {IDENTITY_TABLE} ORDER BY rowid LIMIT 1"
            ).fetchone()
        return None if row is None else UUID(str(row[0])).hex
    except (sqlite3.Error, ValueError):
        return None


def _slot_day(kind: str, day: date) -> date:
    """Daily slots are named by their day, weekly ones by the Monday of their week."""
    return day if kind == "daily" else day - timedelta(days=day.weekday())


def _slot_path(path: Path, identity: str, kind: str, day: date) -> Path:
    name = f"{path.stem}-{identity}-{kind}-{_slot_day(kind, day).isoformat()}.sqlite"
    return backup_folder(path) / name


def slots(path: Path) -> list[Slot]:
    """The daily and weekly backups made for a database at path: its stem, any identity."""
    found = []
    folder = backup_folder(path)
    if not folder.is_dir():
        return []
    for candidate in sorted(folder.iterdir()):
        named = _SLOT.match(candidate.name)
        match = named or _UNNAMED_SLOT.match(candidate.name)
        if match is None or match.group("stem") != path.stem:
            continue
        identity = named.group("identity") if named else None
        day = date.fromisoformat(match.group("day"))
        found.append(Slot(candidate, identity, match.group("kind"), day))
    return found


def make_backup(path: Path, now: datetime) -> Path:
    """Back up the database into today's daily and this week's weekly slot; the daily one.

    The fresh copy is checked, and must carry the database's identity, before it replaces
    anything, so a failed or damaged copy leaves the older backups as they were.
    """
    try:
        fresh = backup_copy(path, "checking")
    except (OSError, sqlite3.Error) as error:
        raise BackupFailed(
            _("The backup of {path} could not be written ({error}).").format(path=path, error=error)
        ) from error
    try:
        if not integrity_ok(fresh):
            raise BackupFailed(
                _(
                    "The backup of {path} failed its integrity check; the older backups are "
                    "kept. The database itself may be damaged."
                ).format(path=path)
            )
        identity = database_identity(fresh)
        if identity is None:
            raise BackupFailed(
                _("The backup of {path} carries no database identity; not kept.").format(path=path)
            )
        daily = _slot_path(path, identity, "daily", now.date())
        weekly = _slot_path(path, identity, "weekly", now.date())
        made = (now.timestamp(), now.timestamp())
        os.utime(fresh, made)
        os.replace(fresh, daily)
        if not weekly.exists():
            copy_synced(daily, weekly)
            os.utime(weekly, made)
    except OSError as error:
        raise BackupFailed(
            _("The backup of {path} could not be written ({error}).").format(path=path, error=error)
        ) from error
    finally:
        remove_with_side_files(fresh)
    rotate(path, now.date())
    return daily


def copy_synced(source: Path, target: Path) -> None:
    """Copy a finished file (never a live database) and put it in place in one step, on disk.

    A copy that cannot finish (a full disk) is removed; target is then as it was.
    """
    partial = target.with_name(target.name + ".partial")
    try:
        shutil.copyfile(source, partial)
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def rotate(path: Path, today: date) -> list[Path]:
    """Delete the database's daily backups older than a week and weekly ones older than a
    quarter, with anything a backup leaves beside its file, and unfinished backups' files.

    Only the files backups are made as are touched: copies made before an upgrade, and other
    databases' backups in the same folder, are left alone.
    """
    removed = []
    for slot in slots(path):
        kept = DAILY_KEPT if slot.kind == "daily" else WEEKLY_KEPT
        if today - slot.day > kept:
            remove_with_side_files(slot.path)
            removed.append(slot.path)
        for suffix in _SIDE_SUFFIXES:
            slot.path.with_name(slot.path.name + suffix).unlink(missing_ok=True)
    folder = backup_folder(path)
    for leftover in folder.glob("*-checking-*") if folder.is_dir() else []:
        match = _CHECKING.match(leftover.name)
        if match is not None and match.group("stem") == path.stem:
            leftover.unlink(missing_ok=True)
            removed.append(leftover)
    return removed


def _newest_change(path: Path) -> float:
    """The last time SQLite wrote the database or its write-ahead log."""
    times = [
        candidate.stat().st_mtime
        for candidate in (path, path.with_name(path.name + "-wal"))
        if candidate.exists()
    ]
    return max(times, default=0.0)


def _newest_backup_time(path: Path) -> float:
    return max((slot.path.stat().st_mtime for slot in slots(path)), default=0.0)


class IdleBackup:
    """Backs up when the data changed since the last backup and then stood still a while.

    A private read-only connection watches PRAGMA data_version, which moves whenever another
    connection commits; the caller polls with a monotonic now (a QTimer in the app).
    """

    def __init__(
        self,
        db: Database,
        *,
        idle_seconds: float = IDLE_SECONDS,
        wall_clock: Callable[[], datetime] = timesource.now,
    ) -> None:
        self._path = db.path
        self._idle_seconds = idle_seconds
        self._wall_clock = wall_clock
        self._watch = sqlite3.connect(f"{db.path.resolve().as_uri()}?mode=ro", uri=True)
        self._version = self._data_version()
        self._dirty = _newest_change(db.path) > _newest_backup_time(db.path)
        self._changed_at: float | None = None

    def _data_version(self) -> int:
        return int(self._watch.execute("PRAGMA data_version").fetchone()[0])

    @property
    def path(self) -> Path:
        return self._path

    def due(self, now: float) -> bool:
        """True (once) when the data changed and has since stood still for the idle time.

        The caller then makes the backup, in the background if it likes: make_backup.
        """
        version = self._data_version()
        if version != self._version:
            self._version = version
            self._dirty = True
            self._changed_at = now
        if not self._dirty:
            return False
        if self._changed_at is None:
            self._changed_at = now
        if now - self._changed_at < self._idle_seconds:
            return False
        self._dirty = False
        return True

    def maybe_backup(self, now: float) -> Path | None:
        """The new backup when one was due and made, else None; BackupFailed when it failed."""
        if not self.due(now):
            return None
        return make_backup(self._path, self._wall_clock())

    def close(self) -> None:
        self._watch.close()


def _mount_type(path: Path, mounts: str) -> str | None:
    """The filesystem type of the longest mount point that holds path, from /proc/mounts text."""
    target = str(path)
    best, best_type = "", None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, fields[2]
    return best_type


def network_filesystem(path: Path, mounts: str | None = None) -> str | None:
    """The network filesystem type the database's folder is on, or None when it is local."""
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    kind = _mount_type(Path(os.path.realpath(path.parent)), mounts)
    if kind is None:
        return None
    if kind in NETWORK_FILESYSTEMS or kind.startswith(("nfs", "fuse.sshfs")):
        return kind
    return None


def network_warning(path: Path, mounts: str | None = None) -> str | None:
    """A warning for the user when the database sits on a network filesystem."""
    kind = network_filesystem(path, mounts)
    if kind is None:
        return None
    return _(
        "The database {path} is on a network filesystem ({kind}). SQLite's write-ahead log "
        "does not work across computers: if another computer opens this file at the same "
        "time, it can be damaged. Keep the database on a local disk."
    ).format(path=path, kind=kind)
