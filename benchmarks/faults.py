"""SIGKILL trials: a scripted run killed at random moments loses no committed note.

Used by the benchmark (20 trials) and by tests/test_faults.py (a few).
"""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from facilitator.record.meetings import create_meeting
from facilitator.record.run import MeetingRun
from facilitator.record.templates import builtin_template
from facilitator.storage.database import open_database

ROOT = Path(__file__).resolve().parents[1]
LINE_TIMEOUT = 60.0


@dataclass(frozen=True)
class TrialOutcome:
    """What one kill left behind; ok when nothing promised was lost and the file is sound."""

    committed: int
    missing: tuple[int, ...]
    integrity: str
    resumed: bool

    @property
    def ok(self) -> bool:
        return not self.missing and self.integrity == "ok" and self.resumed


def new_meeting(db_path: Path) -> int:
    db = open_database(db_path)
    try:
        return create_meeting(
            db,
            builtin_template("weekly").plan,
            title="Killed weekly",
            scheduled_at=datetime.now(UTC),
        )
    finally:
        db.close()


def _line(child: subprocess.Popen[str]) -> str:
    assert child.stdout is not None
    ready, _, _ = select.select([child.stdout], [], [], LINE_TIMEOUT)
    if not ready:
        raise TimeoutError("the scripted run printed nothing")
    return child.stdout.readline().strip()


def _check(db_path: Path, meeting_id: int, committed: list[int]) -> TrialOutcome:
    connection = sqlite3.connect(db_path)
    try:
        present = {row[0] for row in connection.execute("SELECT id FROM notes")}
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()
    db = open_database(db_path)
    try:
        state = MeetingRun.open(db, meeting_id).state()
        resumed = state.started and not state.ended
    finally:
        db.close()
    missing = tuple(sorted(set(committed) - present))
    return TrialOutcome(len(committed), missing, integrity, resumed)


def kill_trial(db_path: Path, meeting_id: int, rng: random.Random) -> TrialOutcome:
    """Run the script, kill it after a random number of committed notes, check the file."""
    child = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.scripted_run", str(db_path), str(meeting_id)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    committed: list[int] = []
    try:
        if _line(child) != "READY":
            raise RuntimeError("the scripted run did not start")
        for _ in range(rng.randint(1, 40)):
            committed.append(int(_line(child)))
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    return _check(db_path, meeting_id, committed)


def kill_trials(db_path: Path, trials: int, seed: int = 1) -> list[TrialOutcome]:
    """Several kills of the same meeting's run, each resuming where the last one died."""
    rng = random.Random(seed)
    meeting_id = new_meeting(db_path)
    return [kill_trial(db_path, meeting_id, rng) for _ in range(trials)]


@dataclass(frozen=True)
class CaseOutcome:
    """How many trials of one storage fault ended as issue #13 asks."""

    name: str
    passed: int
    trials: int
    note: str = ""


def damage_notes_pages(path: Path, rng: random.Random | None = None) -> int:
    """Overwrite leaf pages in the middle of the notes table; how many were overwritten."""
    connection = sqlite3.connect(path)
    try:
        size = connection.execute("PRAGMA page_size").fetchone()[0]
        pages = [
            number
            for (number,) in connection.execute(
                "SELECT pageno FROM dbstat WHERE name = 'notes' AND pagetype = 'leaf' "
                "ORDER BY pageno"
            )
        ]
    finally:
        connection.close()
    middle = pages[len(pages) // 3 : 2 * len(pages) // 3] or pages[1:2]
    if rng is not None:
        middle = rng.sample(middle, max(1, len(middle) // 2))
    with path.open("r+b") as handle:
        for page in middle:
            handle.seek((page - 1) * size)
            handle.write(bytes(rng.randrange(256) if rng else 0x5A for _ in range(size)))
    return len(middle)


def fill(folder: Path) -> None:
    """Fill the filesystem holding folder to the last byte."""
    descriptor = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        for chunk in (1 << 16, 4096, 1):
            try:
                while True:
                    os.write(descriptor, b"\0" * chunk)
            except OSError:
                continue
    finally:
        os.close(descriptor)


def _filled(path: Path, notes: int, label: str) -> int:
    from facilitator.record.notes import add_note
    from facilitator.vocabulary import NoteKind

    meeting = new_meeting(path)
    db = open_database(path)
    try:
        for number in range(notes):
            add_note(db, meeting, None, NoteKind.NOTE, f"{label} {number} " + "lead " * 60, 0.0)
    finally:
        db.close()
    return meeting


def _listing(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _damaged_pages_trial(folder: Path, rng: random.Random) -> bool:
    """Damage in the notes table: the own backup is restored, never another database's."""
    from facilitator.safety.backups import make_backup
    from facilitator.safety.recovery import open_or_recover

    team, other = folder / "team.sqlite", folder / "team-old.sqlite"
    _filled(team, 80, "own")
    own = make_backup(team, datetime(2026, 11, 22, 12, tzinfo=UTC))
    _filled(other, 90, "other")
    make_backup(other, datetime(2026, 11, 23, 12, tzinfo=UTC))
    damage_notes_pages(team, rng)
    db, recovery = open_or_recover(team, lambda: datetime(2026, 11, 23, 13, tzinfo=UTC))
    db.close()
    return recovery is not None and recovery.restored_from == own


def _refused_untouched(folder: Path, path: Path, words: str) -> bool:
    from facilitator.safety.recovery import open_or_recover
    from facilitator.storage.database import DatabaseRefused

    before = _listing(folder)
    try:
        open_or_recover(path)[0].close()
    except DatabaseRefused as error:
        return words in str(error) and _listing(folder) == before
    return False


def _full_disk_trial(folder: Path) -> bool | None:
    """A database on a filesystem filled to the last byte; None where none can be mounted."""
    disk = folder / "disk"
    disk.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(disk)], capture_output=True
    )
    if mounted.returncode != 0:
        return None
    try:
        path = disk / "team.sqlite"
        _filled(path, 20, "saved")
        fill(disk)
        return _refused_untouched(disk, path, "is full")
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


LOCK_HOLDER = (
    "import sqlite3, sys\n"
    "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
    "c.execute('PRAGMA locking_mode = EXCLUSIVE')\n"
    "c.execute('BEGIN EXCLUSIVE')\n"
    "c.execute('UPDATE alembic_version SET version_num = version_num')\n"
    "print('LOCKED', flush=True)\n"
    "sys.stdin.readline()\n"
)


def _lock_trial(folder: Path) -> bool:
    """Another process holds the database locked: refused in one line, nothing moved."""
    path = folder / "team.sqlite"
    _filled(path, 5, "saved")
    holder = subprocess.Popen(
        [sys.executable, "-c", LOCK_HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        if _line(holder) != "LOCKED":
            return False
        return _refused_untouched(folder, path, "another program holds it locked")
    finally:
        holder.kill()
        holder.wait()


def storage_fault_trials(folder: Path, trials: int, seed: int = 1) -> list[CaseOutcome]:
    """Damaged pages, a full disk and a held lock, each tried in a fresh folder."""
    rng = random.Random(seed)
    counter = iter(range(1_000_000))

    def fresh() -> Path:
        place = folder / f"case-{next(counter)}"
        place.mkdir(parents=True)
        return place

    damaged = sum(_damaged_pages_trial(fresh(), rng) for _ in range(trials))
    full = [_full_disk_trial(fresh()) for _ in range(trials)]
    lock = [_lock_trial(fresh()) for _ in range(max(1, trials // 5))]
    outcomes = [
        CaseOutcome("damaged notes pages: own backup restored", damaged, trials),
        CaseOutcome("held lock at start: refused, nothing moved", sum(lock), len(lock)),
    ]
    if None in full:
        outcomes.append(CaseOutcome("full disk at start", 0, 0, "skipped: no tmpfs can be mounted"))
    else:
        outcomes.append(
            CaseOutcome("full disk at start: refused, nothing moved", sum(map(bool, full)), trials)
        )
    return outcomes
