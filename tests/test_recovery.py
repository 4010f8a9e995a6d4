"""Recovery only for damage SQLite reports, only from the database's own backups (issue #13).

A full disk, a lock and a missing permission are refused with their reason and leave every
file as it was; damage in the middle of the notes table is found at open and the newest good
backup of the same database, never another's, is put in its place.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from fake_time import FakeWall

from facilitator.record.meetings import count_meetings, create_meeting
from facilitator.record.notes import add_note, notes_of
from facilitator.record.templates import builtin_template
from facilitator.safety.backups import backup_folder, database_identity, make_backup, rotate
from facilitator.safety.recovery import newest_good_backup, open_or_recover
from facilitator.storage.database import Database, DatabaseRefused, open_database
from facilitator.vocabulary import NoteKind

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.faults import damage_notes_pages, fill  # noqa: E402


def _meeting(db: Database, wall: FakeWall) -> int:
    plan = builtin_template("weekly").plan
    return create_meeting(db, plan, title="Weekly", scheduled_at=wall.now)


def _notes(db: Database, meeting: int, count: int, label: str) -> None:
    for number in range(count):
        add_note(db, meeting, None, NoteKind.NOTE, f"{label} {number} " + "pipeline " * 40, 0.0)


def _backed_up(path: Path, wall: FakeWall, notes: int) -> Path:
    """A database at path holding one meeting's notes, backed up once, then closed."""
    db = open_database(path)
    _notes(db, _meeting(db, wall), notes, "saved")
    made = make_backup(path, wall.now)
    _closed(db)
    return made


def _listing(folder: Path) -> dict[str, bytes]:
    """Every file under folder with its bytes: what 'left exactly as it was' compares."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def damage_after_the_first_page(path: Path) -> None:
    """Overwrite everything but the header page: SQLite says so as soon as it reads the schema."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(4096)
        handle.write(b"\x5a" * (size - 4096))


def _closed(db: Database) -> None:
    """Closing the last connection folds the write-ahead log into the file."""
    db.close()
    assert not db.path.with_name(db.path.name + "-wal").exists()


def test_damage_in_the_notes_table_is_found_and_the_own_backup_restored(
    tmp_path: Path, wall: FakeWall
) -> None:
    team = tmp_path / "team.sqlite"
    db = open_database(team)
    meeting = _meeting(db, wall)
    _notes(db, meeting, 60, "backed up")
    own = make_backup(team, wall.now)
    _notes(db, meeting, 5, "after the backup")
    _closed(db)
    wall.advance(days=1)
    other = open_database(tmp_path / "team-old.sqlite")
    _notes(other, _meeting(other, wall), 80, "another database")
    newer_of_another = make_backup(other.path, wall.now)
    other.close()
    assert damage_notes_pages(team) > 0

    reopened, recovery = open_or_recover(team, lambda: wall.now)
    try:
        assert recovery is not None
        assert recovery.restored_from == own != newer_of_another
        assert own.name in recovery.message
        assert (wall.now - timedelta(days=1)).astimezone().date().isoformat() in recovery.message
        assert "\n" not in recovery.message
        texts = [n.text for n in notes_of(reopened, meeting)]
        assert len(texts) == 60 and all(t.startswith("backed up") for t in texts)
    finally:
        reopened.close()
    assert newer_of_another.exists()


def test_another_databases_backups_are_never_restored(tmp_path: Path, wall: FakeWall) -> None:
    team = tmp_path / "team.sqlite"
    db = open_database(team)
    _notes(db, _meeting(db, wall), 60, "never backed up")
    _closed(db)
    other = open_database(tmp_path / "team-old.sqlite")
    _notes(other, _meeting(other, wall), 10, "another database")
    make_backup(other.path, wall.now)
    other.close()
    copied_under_its_name = backup_folder(team) / "team-daily-2026-11-22.sqlite"
    another = next(backup_folder(team).glob("team-old-*-daily-*.sqlite"))
    shutil.copyfile(another, copied_under_its_name)
    damage_notes_pages(team)

    reopened, recovery = open_or_recover(team, lambda: wall.now)
    try:
        assert recovery is not None and recovery.restored_from is None
        assert "no backup" in recovery.message
        assert copied_under_its_name.name in recovery.message, "the doubtful backup is named"
        assert count_meetings(reopened) == 0
    finally:
        reopened.close()


def test_an_unreadable_identity_is_taken_from_the_backups_names(
    db: Database, db_path: Path, wall: FakeWall
) -> None:
    meeting = _meeting(db, wall)
    _notes(db, meeting, 3, "kept")
    made = make_backup(db_path, wall.now)
    identity = database_identity(db_path)
    assert identity is not None and identity in made.name
    _closed(db)
    damage_after_the_first_page(db_path)
    assert database_identity(db_path) is None
    assert newest_good_backup(db_path) == made


def test_a_full_disk_at_start_is_refused_and_nothing_moves(
    small_disk: Path, wall: FakeWall
) -> None:
    path = small_disk / "team.sqlite"
    _backed_up(path, wall, 20)
    fill(small_disk)
    before = _listing(small_disk)

    with pytest.raises(DatabaseRefused) as refused:
        open_or_recover(path, lambda: wall.now)

    message = str(refused.value)
    assert message.startswith(f"The disk holding {path} is full")
    assert "Nothing was changed." in message and "\n" not in message
    assert _listing(small_disk) == before


def test_a_recovery_that_cannot_finish_puts_everything_back(
    small_disk: Path, wall: FakeWall
) -> None:
    path = small_disk / "team.sqlite"
    _backed_up(path, wall, 60)
    damage_after_the_first_page(path)
    fill(small_disk)
    before = _listing(small_disk)

    with pytest.raises(DatabaseRefused, match="too full to restore it"):
        open_or_recover(path, lambda: wall.now)

    assert _listing(small_disk) == before, "no file renamed, none left empty or half-copied"


def test_a_rename_that_fails_half_way_is_undone(
    db: Database, db_path: Path, wall: FakeWall, monkeypatch: pytest.MonkeyPatch
) -> None:
    _notes(db, _meeting(db, wall), 60, "saved")
    make_backup(db_path, wall.now)
    _closed(db)
    damage_notes_pages(db_path)
    before = _listing(db_path.parent)
    real_replace = os.replace

    def refuse_the_last(source: Path, target: Path) -> None:
        if Path(source).name.endswith(".restoring"):
            raise PermissionError(13, "Permission denied")
        real_replace(source, target)

    monkeypatch.setattr("facilitator.safety.recovery.os.replace", refuse_the_last)
    with pytest.raises(DatabaseRefused, match="could not be restored"):
        open_or_recover(db_path, lambda: wall.now)
    assert _listing(db_path.parent) == before


LOCK_HOLDER = textwrap.dedent(
    """
    import sqlite3, sys
    connection = sqlite3.connect(sys.argv[1], isolation_level=None)
    connection.execute("PRAGMA locking_mode = EXCLUSIVE")
    connection.execute("BEGIN EXCLUSIVE")
    connection.execute("UPDATE alembic_version SET version_num = version_num")
    print("LOCKED", flush=True)
    sys.stdin.readline()
    """
)


def test_a_lock_held_by_another_program_is_refused_and_nothing_moves(
    db: Database, db_path: Path, wall: FakeWall
) -> None:
    _notes(db, _meeting(db, wall), 5, "saved")
    _closed(db)
    holder = subprocess.Popen(
        [sys.executable, "-c", LOCK_HOLDER, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "LOCKED"
        before = db_path.read_bytes()
        with pytest.raises(DatabaseRefused) as refused:
            open_or_recover(db_path, lambda: wall.now)
        assert db_path.read_bytes() == before
    finally:
        holder.kill()
        holder.wait()
    assert "in use: another program holds it locked" in str(refused.value)
    assert not list(db_path.parent.glob("*-damaged-*"))
    reopened, recovery = open_or_recover(db_path, lambda: wall.now)
    reopened.close()
    assert recovery is None


AS_USER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, sys.argv[2])
    from facilitator.safety.recovery import open_or_recover
    from facilitator.storage.database import DatabaseRefused
    try:
        open_or_recover(sys.argv[1])
    except DatabaseRefused as error:
        print(error)
    """
)


def _as_normal_user(*args: str) -> subprocess.CompletedProcess[str]:
    """Run AS_USER without the powers that let root read any file (CI runs as root)."""
    command = [sys.executable, "-c", AS_USER, *args, str(ROOT)]
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("runs as root and setpriv is missing: root would read any file")
        command = ["setpriv", "--bounding-set=-all", "--inh-caps=-all", *command]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)


def test_a_database_without_read_permission_is_refused_and_left_alone(
    db: Database, db_path: Path, wall: FakeWall
) -> None:
    _notes(db, _meeting(db, wall), 5, "saved")
    _closed(db)
    db_path.chmod(0o000)
    try:
        result = _as_normal_user(str(db_path))
    finally:
        db_path.chmod(0o644)
    assert "permission denied" in result.stdout and "Nothing was changed." in result.stdout
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]


def test_backups_leave_nothing_beside_them_and_rotation_removes_what_they_left(
    db: Database, db_path: Path, wall: FakeWall
) -> None:
    _notes(db, _meeting(db, wall), 5, "saved")
    made = make_backup(db_path, wall.now)
    assert newest_good_backup(db_path) == made
    folder = backup_folder(db_path)
    assert all(name.endswith(".sqlite") for name in os.listdir(folder)), os.listdir(folder)
    assert not [n for n in os.listdir(folder) if "checking" in n]
    crashed = folder / f"{db_path.stem}-checking-20261120T101010Z.sqlite"
    leftovers = [
        crashed,
        crashed.with_name(crashed.name + "-journal"),
        made.with_name(made.name + "-wal"),
        made.with_name(made.name + "-shm"),
        made.with_name(made.name + ".partial"),
    ]
    others = folder / "facilitator-old-checking-20261120T101010Z.sqlite"
    for leftover in [*leftovers, others]:
        leftover.write_bytes(b"")
    removed = rotate(db_path, wall.now.date())
    assert crashed in removed
    assert not [p for p in leftovers if p.exists()]
    assert made.exists() and others.exists()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """An 8 MB filesystem of the test's own, so a full disk is a real one."""
    folder = tmp_path / "small-disk"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        reason = " ".join(mounted.stderr.split()) or f"exit {mounted.returncode}"
        pytest.skip(f"cannot mount a small tmpfs here ({reason}); the full-disk cases need one")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
