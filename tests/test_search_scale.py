"""Search on a large generated history: the first hits are exactly those of a full search.

search() loads only the rows that can make the first page (benchmarks: a common word in a
ten-year history); this checks that shortcut against the full, unlimited result.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from facilitator.record.search import search
from facilitator.storage.database import Database, open_database

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> Database:
    from benchmarks.generator import Sizes, generate_ten_year

    path = tmp_path_factory.mktemp("history") / "history.sqlite"
    generate_ten_year(path, Sizes(meetings=40, notes=4000, action_items=400, disputes=150))
    database = open_database(path)
    yield database
    database.close()


@pytest.mark.parametrize(
    "query", ["webinar", "pipeline forecast", "dispute", "follow", "renew", "Norfalmon", "ix"]
)
def test_the_first_page_equals_the_start_of_the_full_result(history: Database, query: str):
    full = search(history, query, limit=None)
    assert len(full) > 0
    assert search(history, query) == full[:50]
    assert search(history, query, limit=7) == full[:7]


def test_a_common_word_finds_notes_disputes_and_action_items(history: Database) -> None:
    kinds = {hit.kind.value for hit in search(history, "webinar", limit=None)}
    assert {"dispute", "action_item"} <= kinds
    assert kinds & {"note", "decision", "highlight", "question", "metric"}
