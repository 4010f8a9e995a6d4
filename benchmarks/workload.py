"""Timings inside one app process on the ten-year database: minutes, search, opening a
meeting, committing a note. Run as a child; prints one JSON line (seconds, lists of runs)."""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from benchmarks.generator import ACCOUNTS
from facilitator.minutes import write_minutes
from facilitator.record.notes import add_note
from facilitator.record.search import search
from facilitator.storage.database import open_database
from facilitator.storage.models import Meeting
from facilitator.vocabulary import MeetingStatus, NoteKind

TYPICAL_QUERIES = (
    ACCOUNTS[7].split()[0],
    ACCOUNTS[300].split()[0].lower()[:5],
    f"{ACCOUNTS[42].split()[0]} pipeline",
)
"""A customer's name, the start of one, a name and a jargon word."""
FREQUENT_QUERY = "webinar"
"""A word in one note of five: the worst case, reported beside the target."""
NOTE_COMMITS = 50


MINUTES_RUNS = 15


def _timed(call) -> float:  # type: ignore[no-untyped-def]
    began = time.perf_counter()
    call()
    return time.perf_counter() - began


def main(ten_year: str, heavy: str, heavy_meeting: int, runs: int) -> None:
    from PySide6.QtWidgets import QApplication

    from facilitator.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    db = open_database(ten_year)
    heavy_db = open_database(heavy)
    results: dict[str, list[float]] = {}
    out = Path(tempfile.mkdtemp())
    with db.read() as session:
        ended = list(
            session.scalars(
                select(Meeting.id)
                .where(Meeting.status == MeetingStatus.ENDED)
                .order_by(Meeting.scheduled_at.desc())
            )
        )
    typical = ended[0]
    # The first exports of a process fill the font and layout caches, so the typical figure
    # takes the median of at least 15; the first (cold) export is reported beside it.
    results["minutes_typical"] = [
        _timed(lambda: write_minutes(db, typical, out / "typical.pdf"))
        for _ in range(max(runs, MINUTES_RUNS))
    ]
    results["minutes_heavy"] = [
        _timed(lambda: write_minutes(heavy_db, heavy_meeting, out / "heavy.pdf"))
        for _ in range(runs)
    ]
    for query in TYPICAL_QUERIES:
        results[f"search {query}"] = [_timed(lambda q=query: search(db, q)) for _ in range(runs)]
    results["frequent_search"] = [_timed(lambda: search(db, FREQUENT_QUERY)) for _ in range(runs)]
    window = MainWindow(db)
    window.show()
    app.processEvents()
    opened = []
    for meeting_id in ended[1 : 1 + max(runs, 5) * 2 : 2]:
        opened.append(
            _timed(lambda m=meeting_id: (window.select_meeting(m), app.processEvents()))
        )
    results["open_meeting"] = opened
    results["note_commit"] = [
        _timed(lambda: add_note(db, typical, None, NoteKind.NOTE, "Benchmark note", 1.0))
        for _ in range(NOTE_COMMITS)
    ]
    window.close()
    heavy_db.close()
    db.close()
    print(json.dumps(results), flush=True)
    os._exit(0)  # the figures are out; Qt's teardown is not what is measured


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
