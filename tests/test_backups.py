"""Idle-time backups, their check and rotation, recovery of a damaged database, network warning."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from facilitator.record.notes import add_note, notes_of
from facilitator.safety.backups import (
    BackupFailed,
    IdleBackup,
    backup_folder,
    integrity_ok,
    make_backup,
    network_filesystem,
    network_warning,
    rotate,
)
from facilitator.safety.recovery import open_or_recover
from facilitator.storage.database import Database, DatabaseRefused
from facilitator.storage.models import Note
from facilitator.vocabulary import NoteKind

NOON = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


@pytest.fixture
def weekly(new_weekly_meeting: Callable[..., int]) -> Callable[..., int]:
    """A weekly meeting at NOON."""
    return lambda: new_weekly_meeting("Weekly", NOON)


def _note(db: Database, meeting: int, text: str) -> None:
    add_note(db, meeting, None, NoteKind.NOTE, text, 0.0)


def _note_count(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM notes").fetchone()[0])
    finally:
        connection.close()


def _slots(path: Path) -> list[str]:
    return sorted(p.name for p in backup_folder(path).glob("*.sqlite"))


def test_no_backup_until_the_data_has_been_idle(
    db: Database, db_path: Path, weekly: Callable[..., int]
) -> None:
    meeting = weekly()
    watcher = IdleBackup(db, idle_seconds=300, wall_clock=lambda: NOON)
    try:
        assert watcher.maybe_backup(0.0) is None
        _note(db, meeting, "Pipeline is up 12%")
        assert watcher.maybe_backup(10.0) is None
        assert watcher.maybe_backup(300.0) is None
        made = watcher.maybe_backup(311.0)
        assert made is not None
        assert _note_count(made) == 1
        assert integrity_ok(made)
        assert watcher.maybe_backup(2000.0) is None, "nothing changed since the backup"
    finally:
        watcher.close()


def test_a_change_during_the_wait_restarts_it(
    db: Database, db_path: Path, weekly: Callable[..., int]
) -> None:
    meeting = weekly()
    watcher = IdleBackup(db, idle_seconds=300, wall_clock=lambda: NOON)
    try:
        watcher.maybe_backup(0.0)
        _note(db, meeting, "first")
        assert watcher.maybe_backup(1.0) is None
        _note(db, meeting, "second")
        assert watcher.maybe_backup(250.0) is None
        assert watcher.maybe_backup(400.0) is None
        made = watcher.maybe_backup(551.0)
        assert made is not None and _note_count(made) == 2
    finally:
        watcher.close()


def test_a_database_changed_before_the_app_started_is_backed_up(
    db: Database, db_path: Path, weekly: Callable[..., int]
) -> None:
    weekly()
    watcher = IdleBackup(db, idle_seconds=60, wall_clock=lambda: NOON)
    try:
        assert watcher.maybe_backup(0.0) is None
        assert watcher.maybe_backup(61.0) is not None
    finally:
        watcher.close()
    again = IdleBackup(db, idle_seconds=60, wall_clock=lambda: NOON)
    try:
        assert again.maybe_backup(1000.0) is None, "already backed up"
    finally:
        again.close()


def test_daily_and_weekly_slots_rotate(
    db: Database, db_path: Path, weekly: Callable[..., int]
) -> None:
    meeting = weekly()
    start = datetime(2026, 6, 1, 12, tzinfo=UTC)  # a Monday
    for day in range(120):
        _note(db, meeting, f"day {day}")
        make_backup(db_path, start + timedelta(days=day))
    today = (start + timedelta(days=119)).date()
    names = _slots(db_path)
    daily = [n for n in names if "-daily-" in n]
    weekly = [n for n in names if "-weekly-" in n]
    assert len(daily) == 8
    assert daily[0].endswith(f"{(today - timedelta(days=7)).isoformat()}.sqlite")
    assert all(date.fromisoformat(n[-17:-7]).weekday() == 0 for n in weekly)
    assert 13 <= len(weekly) <= 14
    assert not [n for n in names if "checking" in n]
    assert _note_count(backup_folder(db_path) / daily[-1]) == 120


def test_rotation_leaves_other_files_alone(db_path: Path, db: Database) -> None:
    folder = backup_folder(db_path)
    folder.mkdir()
    upgrade = folder / f"{db_path.stem}-before-upgrade-from-0001-20200101T000000Z.sqlite"
    upgrade.write_bytes(b"")
    old_daily = folder / f"{db_path.stem}-daily-2020-01-01.sqlite"
    old_daily.write_bytes(b"")
    assert rotate(db_path, date(2026, 1, 1)) == [old_daily]
    assert upgrade.exists()


def test_a_backup_that_fails_its_check_replaces_nothing(
    db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch, weekly: Callable[..., int]
) -> None:
    meeting = weekly()
    _note(db, meeting, "kept")
    good = make_backup(db_path, NOON)
    _note(db, meeting, "newer")
    monkeypatch.setattr("facilitator.safety.backups.integrity_ok", lambda _path: False)
    with pytest.raises(BackupFailed, match="integrity check"):
        make_backup(db_path, NOON)
    monkeypatch.undo()
    assert _note_count(good) == 1
    assert not [n for n in _slots(db_path) if "checking" in n]


def _damage(path: Path) -> None:
    """Overwrite everything after the first page: the header still says Facilitator."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(4096)
        handle.write(b"\x5a" * (size - 4096))


def _checkpointed(db: Database) -> None:
    """Closing the last connection folds the write-ahead log into the file."""
    db.close()
    assert not db.path.with_name(db.path.name + "-wal").exists()


def test_a_damaged_database_is_restored_from_the_newest_good_backup(
    db: Database, db_path: Path, weekly: Callable[..., int]
) -> None:
    meeting = weekly()
    _note(db, meeting, "in the backup")
    make_backup(db_path, NOON)
    _note(db, meeting, "after the backup")
    _checkpointed(db)
    _damage(db_path)
    damaged_bytes = db_path.read_bytes()

    reopened, recovery = open_or_recover(db_path, lambda: NOON)
    try:
        assert recovery is not None
        assert recovery.damaged_kept_as.read_bytes() == damaged_bytes
        assert recovery.backup_date == NOON.astimezone().date()
        assert NOON.astimezone().date().isoformat() in recovery.message
        assert str(recovery.damaged_kept_as) in recovery.message
        assert [n.text for n in notes_of(reopened, meeting)] == ["in the backup"]
    finally:
        reopened.close()


def test_a_damaged_database_without_backup_starts_fresh_and_says_so(
    db: Database, db_path: Path, weekly: Callable[..., int]
) -> None:
    weekly()
    _checkpointed(db)
    _damage(db_path)
    reopened, recovery = open_or_recover(db_path, lambda: NOON)
    try:
        assert recovery is not None and recovery.restored_from is None
        assert "no backup" in recovery.message
        assert recovery.damaged_kept_as.exists()
        with reopened.read() as session:
            assert session.scalar(select(func.count()).select_from(Note)) == 0
    finally:
        reopened.close()


def test_a_sound_database_opens_without_recovery(
    db: Database, db_path: Path, weekly: Callable[..., int]
) -> None:
    weekly()
    db.close()
    reopened, recovery = open_or_recover(db_path)
    reopened.close()
    assert recovery is None


def test_a_foreign_file_is_still_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "random.sqlite"
    path.write_bytes(os.urandom(8192))
    before = path.read_bytes()
    with pytest.raises(DatabaseRefused):
        open_or_recover(path)
    assert path.read_bytes() == before
    assert list(tmp_path.iterdir()) == [path]


MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
server:/export/home /home/team nfs4 rw,relatime 0 0
//nas/share /mnt/share\\040drive cifs rw 0 0
user@host:/data /media/remote fuse.sshfs rw 0 0
tmpfs /home/team/local tmpfs rw 0 0
"""


@pytest.mark.parametrize(
    ("where", "kind"),
    [
        ("/home/team/db/facilitator.sqlite", "nfs4"),
        ("/mnt/share drive/facilitator.sqlite", "cifs"),
        ("/media/remote/facilitator.sqlite", "fuse.sshfs"),
        ("/home/team/local/facilitator.sqlite", None),
        ("/home/teammate/facilitator.sqlite", None),
        ("/var/facilitator.sqlite", None),
    ],
)
def test_network_filesystems_are_recognised(where: str, kind: str | None) -> None:
    assert network_filesystem(Path(where), MOUNTS) == kind


def test_the_network_warning_names_the_filesystem() -> None:
    warning = network_warning(Path("/home/team/facilitator.sqlite"), MOUNTS)
    assert warning is not None and "nfs4" in warning and "local disk" in warning
    assert network_warning(Path("/var/facilitator.sqlite"), MOUNTS) is None
