"""A page found among the newest meetings (search's first try, before every match of the
index is read) is exactly the start of the full result, whatever the newest meetings hold:
empty meetings planned ahead, a meeting planned later for the latest date, a dispute taken up
there but raised long before, a newest meeting with more notes than the first try takes.
Runs on the engine --postgres chooses."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import event

import facilitator.record.search as search_module
from facilitator.record.action_items import add_action_item
from facilitator.record.disputes import mark_discussed, open_dispute
from facilitator.record.meetings import create_meeting, load_meeting
from facilitator.record.notes import add_note
from facilitator.record.search import search
from facilitator.record.templates import builtin_template
from facilitator.storage.database import Database
from facilitator.vocabulary import DisputeCategory, ItemKind, NoteKind, Team

MONDAY = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
TODAY = date(2026, 11, 1)
QUERIES = ("webinar", "ebina", "webinar 2", "budget", "nothing")


@dataclass(frozen=True)
class History:
    planned_ahead: int
    """A meeting planned after all the others, without notes."""
    latest_with_notes: int
    """Planned first (its notes have the smallest ids), for the latest date that has notes."""
    raised_early: int
    """A dispute raised in the first week and taken up in the latest meeting."""


def _plan(db: Database, title: str, weeks: int) -> int:
    return create_meeting(
        db,
        builtin_template("weekly").plan,
        title=title,
        scheduled_at=MONDAY + timedelta(weeks=weeks),
    )


def _notes(db: Database, meeting_id: int, *bodies: str) -> None:
    item = next(i.id for i in load_meeting(db, meeting_id).items if i.kind is ItemKind.PRESENTATION)
    for body in bodies:
        add_note(db, meeting_id, item, NoteKind.NOTE, body, 1)


def _dispute(db: Database, meeting_id: int, title: str) -> int:
    return open_dispute(
        db,
        meeting_id,
        title=title,
        category=DisputeCategory.SLA_TERMS,
        raised_by_team=Team.MARKETING,
    )


def _history(db: Database) -> History:
    latest = _plan(db, "Week 6", 6)
    weeks = {week: _plan(db, f"Week {week}", week) for week in range(6)}
    ahead = _plan(db, "Week 9", 9)
    for week, meeting_id in weeks.items():
        _notes(db, meeting_id, f"Webinar {week} leads", "Pipeline review", f"Webinar {week} budget")
    _notes(db, latest, "Webinar 6 recap", "Budget for the webinar", "Nothing on webinars")
    add_action_item(db, ahead, text="Webinar invite list", today=TODAY)
    add_action_item(db, weeks[4], text="Send the webinar deck", today=TODAY)
    raised_early = _dispute(db, weeks[0], "Webinar budget split")
    mark_discussed(db, raised_early, latest)
    _dispute(db, latest, "Who owns webinar leads")
    return History(ahead, latest, raised_early)


@pytest.fixture
def history(db: Database) -> History:
    return _history(db)


@pytest.fixture
def statements(db: Database) -> Iterator[list[str]]:
    """The SQL statements the test's searches send, in order."""
    sent: list[str] = []

    def record(_connection, _cursor, statement, *_rest) -> None:
        sent.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    yield sent
    event.remove(db.engine, "before_cursor_execute", record)


@pytest.mark.parametrize("first_notes", [1, 3, 4, 6, 9, 12, 1000])
def test_every_page_is_the_start_of_the_full_result(
    db: Database, history: History, monkeypatch: pytest.MonkeyPatch, first_notes: int
) -> None:
    monkeypatch.setattr(search_module, "FIRST_NOTES", first_notes)
    for query in QUERIES:
        full = search(db, query, limit=None)
        for limit in range(len(full) + 2):
            assert search(db, query, limit=limit) == full[:limit], (query, limit)


def test_what_the_newest_meetings_hold_comes_first_in_its_place(
    db: Database, history: History
) -> None:
    hits = search(db, "webinar", limit=None)
    assert (hits[0].kind.value, hits[0].meeting_id) == ("action_item", history.planned_ahead)
    assert {hit.meeting_id for hit in hits[1:5]} == {history.latest_with_notes}
    assert hits[5].meeting_title == "Week 5"
    disputes = {hit.ref_id: hit.meeting_title for hit in hits if hit.kind.value == "dispute"}
    assert disputes[history.raised_early] == "Week 0"
    assert search(db, "webinar", limit=6) == hits[:6]


def test_a_common_word_fills_its_page_without_every_match(
    db: Database, history: History, statements: list[str]
) -> None:
    assert len(search(db, "webinar", limit=5)) == 5
    assert statements
    assert not [sql for sql in statements if sql.startswith("WITH matched(")]
    assert len(search(db, "pipeline")) == 6
    assert [sql for sql in statements if sql.startswith("WITH matched(")]


def test_a_word_in_part_of_a_page_of_the_newest_notes_is_looked_for_among_more(
    db: Database, history: History, statements: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue #20: a word in one note of three fills a third of a page in the newest notes, so
    WIDER times as many are looked at before every match; a word the newest notes lack is
    not looked for there twice."""
    monkeypatch.setattr(search_module, "FIRST_NOTES", 3)
    full = search(db, "budget", limit=None)
    statements.clear()
    assert search(db, "budget", limit=3) == full[:3]
    boundaries = [sql for sql in statements if sql.startswith("WITH newest(")]
    assert len(boundaries) == 2
    assert not [sql for sql in statements if sql.startswith("WITH matched(")]
    statements.clear()
    assert search(db, "leads", limit=3) == search(db, "leads", limit=None)[:3]
    assert len([sql for sql in statements if sql.startswith("WITH newest(")]) == 1


PAIRS = {
    "zoe binar": ["accent", "substring", "both"],
    "zoe webinar": ["accent", "substring", "both"],
    "webinar zoe": ["accent", "substring", "both"],
    "binar zoe": ["accent", "substring", "both"],
    "alone webinar": ["webinar"],
    "zoe nothing": [],
}
"""Two terms, one matching a note by its words only (an accent: Zoë, Wébinar) or by its
text only (a part of a word: bazoe, xwebinarx), the other either way."""


@pytest.mark.parametrize(("query", "expected"), PAIRS.items(), ids=list(PAIRS))
def test_two_terms_anded_inside_each_index_find_what_each_way_finds(
    db: Database, monkeypatch: pytest.MonkeyPatch, query: str, expected: list[str]
) -> None:
    meeting_id = _plan(db, "Week 0", 0)
    notes = {
        "accent": "Zoë's xwebinarx plan",
        "substring": "The bazoe list for Wébinar",
        "both": "Kickoff with Zoe on webinars",
        "zoe": "Zoe alone",
        "webinar": "webinar alone",
    }
    _notes(db, meeting_id, *notes.values())
    keys = {body: key for key, body in notes.items()}
    found = search(db, query, limit=None)
    assert sorted(keys[hit.snippet] for hit in found) == sorted(expected)
    monkeypatch.setattr(search_module, "RARE_MATCHES", 0)
    assert search(db, query, limit=None) == found
