"""The figures issue #16 compares across engines, inside one app process on one database (an
SQLite file or a team database's address): note commit, open a meeting, search. Run as a child
by benchmarks/engines.py; prints one JSON line: each figure's samples in seconds, or the one
line of the error that stopped it (search on a server before it works there)."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable

from sqlalchemy import select

from benchmarks.workload import FREQUENT_QUERY, TYPICAL_QUERIES
from facilitator.record.notes import add_note
from facilitator.record.search import search
from facilitator.storage.database import Database, open_database
from facilitator.storage.models import AgendaItem, Meeting
from facilitator.vocabulary import MeetingStatus, NoteKind

Samples = list[float] | dict[str, str]


def _timed(call: Callable[[], object]) -> float:
    began = time.perf_counter()
    call()
    return time.perf_counter() - began


def _samples(count: int, call: Callable[[], object]) -> Samples:
    """count timings of call, or the error that stopped it, in one line."""
    try:
        return [_timed(call) for _ in range(count)]
    except Exception as error:  # noqa: BLE001 - reported as the figure's outcome
        return {"error": f"{type(error).__name__}: {' '.join(str(error).split())[:300]}"}


def ended_meetings(db: Database) -> list[int]:
    """The history's ended meetings, newest first."""
    with db.read() as session:
        return list(
            session.scalars(
                select(Meeting.id)
                .where(Meeting.status == MeetingStatus.ENDED)
                .order_by(Meeting.scheduled_at.desc())
            )
        )


def _first_item(db: Database, meeting_id: int) -> int:
    with db.read() as session:
        return int(
            session.scalars(
                select(AgendaItem.id)
                .where(AgendaItem.meeting_id == meeting_id)
                .order_by(AgendaItem.position)
            ).first()
        )


def note_commits(db: Database, meeting_id: int, count: int) -> Samples:
    """add_note under the meeting's first agenda item, as the console files a typed note."""
    item = _first_item(db, meeting_id)
    return _samples(
        count, lambda: add_note(db, meeting_id, item, NoteKind.NOTE, "Benchmark note", 1.0)
    )


def searches(db: Database, runs: int) -> dict[str, Samples]:
    found = {f"search {q}": _samples(runs, lambda q=q: search(db, q)) for q in TYPICAL_QUERIES}
    found[f"search {FREQUENT_QUERY}"] = _samples(runs, lambda: search(db, FREQUENT_QUERY))
    return found


def meeting_opens(db: Database, meetings: list[int], count: int) -> Samples:
    """Selecting count different meetings in the main window's list until each is shown."""
    from PySide6.QtWidgets import QApplication

    from facilitator.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow(db)
    window.show()
    app.processEvents()
    chosen = iter(meetings[1 : 1 + 2 * count : 2])
    try:
        return _samples(
            count, lambda: (window.select_meeting(next(chosen)), app.processEvents())
        )
    finally:
        window.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python3 -m benchmarks.engine_workload")
    parser.add_argument("target", help="an SQLite file or a postgresql:// address")
    parser.add_argument("--runs", type=int, default=30, help="timings per search and open")
    parser.add_argument("--commits", type=int, default=200, help="notes committed")
    parser.add_argument("--only-commit", action="store_true", help="note commit alone")
    args = parser.parse_args(argv)
    db = open_database(args.target, create=False)
    meetings = ended_meetings(db)
    results: dict[str, Samples] = {}
    if not args.only_commit:
        results.update(searches(db, args.runs))
        results["open_meeting"] = meeting_opens(db, meetings, args.runs)
    results["note_commit"] = note_commits(db, meetings[0], args.commits)
    db.close()
    print(json.dumps(results), flush=True)
    os._exit(0)  # the figures are out; Qt's teardown is not what is measured


if __name__ == "__main__":
    main()
