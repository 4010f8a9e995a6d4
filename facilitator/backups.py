"""Backups of the database while the app sits idle, their rotation, and recovery from damage.

Every copy goes through SQLite's online backup API (database.backup_copy), never a file copy
of the live database, and is checked with PRAGMA integrity_check before it takes the place of
an older one. One backup a day is kept for a week and one a week for a quarter; the copies
made before a schema upgrade are left alone.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from facilitator import timesource
from facilitator.storage.database import (
    APPLICATION_ID,
    SQLITE_MAGIC,
    Database,
    DatabaseRefused,
    backup_copy,
    open_database,
)

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
_SLOT = re.compile(r"-(daily|weekly)-(\d{4}-\d{2}-\d{2})\.sqlite$")


class BackupFailed(Exception):
    """A backup that could not be made or did not pass its check; the older ones are kept."""


def backup_folder(path: Path) -> Path:
    return path.parent / "backups"


def integrity_ok(path: Path) -> bool:
    """True when SQLite's full integrity check of the file at path says ok."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return False
    return rows == [("ok",)]


def _slot_day(kind: str, day: date) -> date:
    """Daily slots are named by their day, weekly ones by the Monday of their week."""
    return day if kind == "daily" else day - timedelta(days=day.weekday())


def _slot(path: Path, kind: str, day: date) -> Path:
    return backup_folder(path) / f"{path.stem}-{kind}-{_slot_day(kind, day).isoformat()}.sqlite"


def make_backup(path: Path, now: datetime) -> Path:
    """Back up the database into today's daily and this week's weekly slot; the daily one.

    The fresh copy is checked before it replaces anything, so a failed or damaged copy
    leaves the older backups as they were.
    """
    try:
        fresh = backup_copy(path, "checking")
    except (OSError, sqlite3.Error) as error:
        raise BackupFailed(f"The backup of {path} could not be written ({error}).") from error
    if not integrity_ok(fresh):
        fresh.unlink(missing_ok=True)
        raise BackupFailed(
            f"The backup of {path} failed its integrity check; the older backups are kept. "
            "The database itself may be damaged."
        )
    daily = _slot(path, "daily", now.date())
    weekly = _slot(path, "weekly", now.date())
    made = (now.timestamp(), now.timestamp())
    try:
        os.utime(fresh, made)
        os.replace(fresh, daily)
        if not weekly.exists():
            _copy_beside(daily, weekly)
            os.utime(weekly, made)
    except OSError as error:
        fresh.unlink(missing_ok=True)
        raise BackupFailed(f"The backup of {path} could not be written ({error}).") from error
    rotate(path, now.date())
    return daily


def _copy_beside(backup: Path, target: Path) -> None:
    """Copy a finished backup (never the live database) and put it in place in one step."""
    partial = target.with_name(target.name + ".partial")
    shutil.copyfile(backup, partial)
    os.replace(partial, target)


def rotate(path: Path, today: date) -> list[Path]:
    """Delete daily backups older than a week and weekly ones older than a quarter."""
    removed = []
    for candidate in sorted(backup_folder(path).glob(f"{path.stem}-*.sqlite")):
        match = _SLOT.search(candidate.name)
        if match is None or not candidate.name.startswith(f"{path.stem}-{match.group(1)}-"):
            continue
        kind, day = match.group(1), date.fromisoformat(match.group(2))
        kept = DAILY_KEPT if kind == "daily" else WEEKLY_KEPT
        if today - day > kept:
            candidate.unlink()
            removed.append(candidate)
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
    times = [
        candidate.stat().st_mtime
        for candidate in backup_folder(path).glob(f"{path.stem}-*.sqlite")
        if _SLOT.search(candidate.name)
    ]
    return max(times, default=0.0)


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


@dataclass(frozen=True)
class Recovery:
    """What happened to a damaged database at open; message is one paragraph for the user."""

    damaged_kept_as: Path
    restored_from: Path | None
    backup_date: date | None

    @property
    def message(self) -> str:
        if self.restored_from is None or self.backup_date is None:
            return (
                f"The database was damaged and there is no backup of it, so a new empty "
                f"database was started. The damaged file is kept as {self.damaged_kept_as}."
            )
        return (
            f"The database was damaged. It was restored from the backup of "
            f"{self.backup_date.isoformat()}; changes made after that day are missing. "
            f"The damaged file is kept as {self.damaged_kept_as}."
        )


def _looks_ours(path: Path) -> bool:
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


def is_damaged(path: Path) -> bool:
    return path.is_file() and _looks_ours(path) and not integrity_ok(path)


def _backup_day(candidate: Path) -> date:
    """The local day the backup was made: its file time, which make_backup sets to its `now`."""
    return datetime.fromtimestamp(candidate.stat().st_mtime).date()


def newest_good_backup(path: Path) -> Path | None:
    """The most recent backup that passes the integrity check, or None."""
    candidates = sorted(
        backup_folder(path).glob(f"{path.stem}-*.sqlite"),
        key=lambda candidate: candidate.stat().st_mtime,
        reverse=True,
    )
    for candidate in candidates:
        if "-checking" not in candidate.name and integrity_ok(candidate):
            return candidate
    return None


def recover(path: Path, now: datetime) -> Recovery:
    """Rename the damaged file aside (never deleted) and put the newest good backup in place."""
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    kept = path.with_name(f"{path.stem}-damaged-{stamp}{path.suffix}")
    source = newest_good_backup(path)
    os.replace(path, kept)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, kept.with_name(kept.name + suffix))
    if source is None:
        return Recovery(kept, None, None)
    _copy_beside(source, path)
    return Recovery(kept, source, _backup_day(source))


def open_or_recover(
    path: Path, now: Callable[[], datetime] = timesource.now
) -> tuple[Database, Recovery | None]:
    """Open the database; when it is ours but damaged, recover it first and say what happened.

    A file that is not ours is still refused untouched (DatabaseRefused propagates).
    """
    try:
        return open_database(path), None
    except Exception as error:
        if not is_damaged(Path(path)):
            raise
        recovery = recover(Path(path), now())
        try:
            return open_database(path), recovery
        except DatabaseRefused:
            raise
        except Exception as again:
            raise DatabaseRefused(f"{path}: could not be recovered ({again})") from error


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
    return (
        f"The database {path} is on a network filesystem ({kind}). SQLite's write-ahead log "
        "does not work across computers: if another computer opens this file at the same "
        "time, it can be damaged. Keep the database on a local disk."
    )
