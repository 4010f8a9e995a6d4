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

from facilitator.meetings import create_meeting
from facilitator.run import MeetingRun
from facilitator.storage.database import open_database
from facilitator.templates import builtin_template

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
