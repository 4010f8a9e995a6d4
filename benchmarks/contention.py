"""Write contention trial: a long import in one process while another copy commits notes.

An import is one transaction, so it holds SQLite's write lock from start to end (about twenty
seconds for IMPORT_NOTES notes on the development machine). Meanwhile a second process commits
notes in a loop, as a second copy of the app would; every one of its writes must wait for the
lock and succeed. Used by the benchmark and by tests/test_write_contention.py.
"""

from __future__ import annotations

import json
import os
import select
import sqlite3
import subprocess
import sys
import textwrap
import time
from dataclasses import dataclass
from pathlib import Path

from facilitator import timesource
from facilitator.formats.exchange import export_meeting
from facilitator.record.meetings import create_meeting
from facilitator.record.notes import add_note
from facilitator.record.templates import builtin_template
from facilitator.storage.database import open_database
from facilitator.vocabulary import NoteKind

ROOT = Path(__file__).resolve().parents[1]
IMPORT_NOTES = 60_000
"""Notes in the large import: about twenty seconds of one write transaction."""
STEP_TIMEOUT = 300.0
"""Seconds after which a child that says nothing is taken as hung."""

COMMITTER = textwrap.dedent(
    """
    import json
    import sys
    from pathlib import Path

    from facilitator.record.notes import add_note
    from facilitator.storage import database
    from facilitator.vocabulary import NoteKind

    db = database.open_database(Path(sys.argv[1]), create=False)
    meeting_id, stop = int(sys.argv[2]), Path(sys.argv[3])
    real_is_busy, waits = database.is_busy, []

    def counted(error):
        waits.append(1)
        return real_is_busy(error)

    database.is_busy = counted
    committed, failures = [], []
    for attempt in range(200_000):
        last = stop.exists()
        try:
            text = f"Note {attempt} from the other copy"
            committed.append(add_note(db, meeting_id, None, NoteKind.NOTE, text, float(attempt)))
        except Exception as error:
            failures.append(f"{type(error).__name__}: {error}")
        if attempt == 0:
            print("READY", flush=True)
        if last:
            break
    db.close()
    print(json.dumps({"committed": committed, "failures": failures, "waits": len(waits)}))
    """
)


@dataclass(frozen=True)
class ContentionOutcome:
    """What the two processes did; ok when both succeeded and every note is in the file."""

    committed: tuple[int, ...]
    """The ids of the notes the other copy was told were saved."""
    failures: tuple[str, ...]
    """The other copy's writes that raised instead."""
    waits: int
    """How often the other copy still found the lock held after a whole busy timeout."""
    import_status: int
    import_output: str
    stored: int
    """How many of the committed notes the file holds afterwards."""
    imported_notes: int
    before_and_after: bool
    """Whether the other copy committed notes both before and after the import's."""
    import_seconds: float

    @property
    def ok(self) -> bool:
        return (
            not self.failures
            and self.import_status == 0
            and self.stored == len(self.committed)
            and self.imported_notes == IMPORT_NOTES
        )


def large_import(folder: Path, notes: int = IMPORT_NOTES) -> Path:
    """An exported meeting with that many notes, as another team's tool might send."""
    source = open_database(folder / "import-source.sqlite")
    try:
        meeting_id = create_meeting(
            source,
            builtin_template("weekly").plan,
            title="Quarterly pipeline review",
            scheduled_at=timesource.now(),
        )
        add_note(source, meeting_id, None, NoteKind.NOTE, "Opening remarks", 1.0)
        document = export_meeting(source, meeting_id)
    finally:
        source.close()
    [note] = document["notes"]
    document["notes"] = [
        note | {"text": f"Imported note {n}", "offset_seconds": float(n % 3600)}
        for n in range(notes)
    ]
    path = folder / "pipeline-review.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def _child_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def _note_ids(db_path: Path, meeting_id: int) -> list[int]:
    connection = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = connection.execute("SELECT id FROM notes WHERE meeting_id = ?", (meeting_id,))
        return [row[0] for row in rows]
    finally:
        connection.close()


def contention_trial(db_path: Path, meeting_id: int, import_file: Path) -> ContentionOutcome:
    """Import the file with the command line while another process commits notes to the
    meeting from before the import starts until after it has finished."""
    stop = import_file.with_name("stop-committing")
    committer = subprocess.Popen(
        [sys.executable, "-c", COMMITTER, str(db_path), str(meeting_id), str(stop)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_child_env(),
    )
    try:
        assert committer.stdout is not None
        ready, _, _ = select.select([committer.stdout], [], [], STEP_TIMEOUT)
        if not ready or committer.stdout.readline() != "READY\n":
            raise RuntimeError("the committing process never started")
        started = time.perf_counter()
        imported = subprocess.run(
            [sys.executable, "-m", "facilitator", "import", str(import_file), "--db", str(db_path)],
            capture_output=True,
            text=True,
            env=_child_env(),
            timeout=STEP_TIMEOUT,
        )
        import_seconds = time.perf_counter() - started
    finally:
        stop.touch()
        out, err = committer.communicate(timeout=STEP_TIMEOUT)
    if committer.returncode != 0:
        raise RuntimeError(f"the committing process failed: {err.strip()}")
    result = json.loads(out.splitlines()[-1])
    committed = tuple(result["committed"])
    stored = set(_note_ids(db_path, meeting_id))
    words = imported.stdout.split()
    new_meeting = int(words[-1]) if imported.returncode == 0 and words else None
    imported_ids = _note_ids(db_path, new_meeting) if new_meeting is not None else []
    return ContentionOutcome(
        committed=committed,
        failures=tuple(result["failures"]),
        waits=int(result["waits"]),
        import_status=imported.returncode,
        import_output=(imported.stdout + imported.stderr).strip(),
        stored=len(stored.intersection(committed)),
        imported_notes=len(imported_ids),
        before_and_after=bool(imported_ids)
        and any(n < min(imported_ids) for n in committed)
        and any(n > max(imported_ids) for n in committed),
        import_seconds=import_seconds,
    )
