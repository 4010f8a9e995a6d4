"""The engines benchmark's harness (benchmarks/engines.py, engine_workload.py) on a small
generated history, on an SQLite file and on a team database (skipped without a server), so it
does not rot between runs. What the timings are is never asserted: only that each figure is
measured, with as many samples as asked."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from facilitator.storage.database import open_database
from facilitator.storage.models import Note

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import engine_workload, engines  # noqa: E402
from benchmarks.generator import Sizes, generate_ten_year  # noqa: E402
from benchmarks.workload import FREQUENT_QUERY, TYPICAL_QUERIES  # noqa: E402

SMALL = Sizes(meetings=12, notes=600, action_items=60, disputes=20)


@pytest.fixture(params=["sqlite", "postgresql"])
def history(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A small generated history, as --db takes it: a file, or a team database's address."""
    if request.param == "sqlite":
        target = str(tmp_path / "history.sqlite")
    else:
        make: Callable[..., str] = request.getfixturevalue("server_database")
        target = make()
    generate_ten_year(target, SMALL)  # type: ignore[arg-type]
    return target


def test_every_figure_is_measured_on_both_engines(history: str, qapp: object) -> None:
    db = open_database(history, create=False)
    try:
        meetings = engine_workload.ended_meetings(db)
        assert len(meetings) == SMALL.meetings
        found = engine_workload.searches(db, 2)
        opened = engine_workload.meeting_opens(db, meetings, 3)
        committed = engine_workload.note_commits(db, meetings[0], 4)
        with db.read() as session:
            notes = session.scalar(select(func.count()).select_from(Note))
    finally:
        db.close()
    assert set(found) == {f"search {q}" for q in (*TYPICAL_QUERIES, FREQUENT_QUERY)}
    for samples in (*found.values(), opened, committed):
        assert isinstance(samples, list), samples
    assert [len(s) for s in found.values()] == [2] * 4
    assert len(opened) == 3 and len(committed) == 4
    assert notes == SMALL.notes + 4
    figures = engines.engine_figures("engine", {**found, "open_meeting": opened,
                                                "note_commit": committed})
    assert [f.figure for f in figures] == [
        "note commit", "open a meeting", "search, typical (slowest of three)",
        "search, common word",
    ]
    assert all(f.median_ms is not None and f.p95_ms >= f.median_ms for f in figures)


def test_the_workload_runs_as_its_own_process(tmp_path: Path) -> None:
    target = generate_ten_year(tmp_path / "history.sqlite", SMALL)
    samples = engines.workload(str(target), runs=2, commits=3)
    assert len(samples["note_commit"]) == 3 and len(samples["open_meeting"]) == 2


def test_a_figure_that_failed_says_why_and_misses() -> None:
    failed = engines.figure("search, common word", "PostgreSQL", {"error": "boom"}, "search")
    assert (failed.median_ms, failed.met, failed.note) == (None, False, "boom")
    slow = engines.figure("note commit", "SQLite", [0.001, 0.002, 0.030], "note commit")
    assert slow.median_ms == 2.0 and slow.met
    assert slow.p95_ms is not None and 2.0 < slow.p95_ms <= 30.0
    alone = engines.engine_figures("PostgreSQL, fsync on", {"note_commit": [0.004, 0.006]})
    assert [(f.figure, f.median_ms) for f in alone] == [("note commit", 5.0)]
