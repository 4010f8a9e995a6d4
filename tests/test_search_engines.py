"""Search finds the same hits in the same order on both engines: SQLite (FTS5 words and
trigrams) and PostgreSQL (a tsvector under GIN and pg_trgm). Every test here runs on each
engine whatever --postgres says; the last one writes the same history to both and compares
the whole hit lists."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from facilitator.record.action_items import add_action_item, edit_action_item
from facilitator.record.disputes import open_dispute, update_dispute
from facilitator.record.meetings import create_meeting, load_meeting
from facilitator.record.notes import add_note, delete_note, edit_note
from facilitator.record.search import search
from facilitator.record.templates import builtin_template
from facilitator.storage.database import Database, open_database
from facilitator.vocabulary import DisputeCategory, ItemKind, NoteKind, Team

MONDAY = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
TODAY = date(2026, 11, 1)
ENGINES = ("sqlite", "postgresql")

NOTES = {
    "jose": "José presented the Q4 pipeline",
    "moscow": "Встреча в Москве: план продаж",
    "chinese": "提高MQL目标",
    "quoted": 'He said "ship it" AND NOT later, NEAR(the end)',
    "signs": "a:b * ^start 100% done_ok back\\slash it's {body} -",
    "standard": "Standard handoff",
}
"""The notes of the older meeting, in the order they are written (so by id)."""
WEBINAR = "Webinar follow-up with Zoë"
"""The one note of the newer meeting."""
DECK = "Send the webinar deck to José"
"""The newer meeting's action item."""
SPLIT = "Lead scoring split"
"""The older meeting's dispute; its sales position says MQL."""

QUERIES = {
    "jose": ["deck", "jose"],
    "JOSÉ": ["deck", "jose"],
    "zoe": ["webinar"],
    "москв": ["moscow"],
    "МОСКВЕ": ["moscow"],
    "оскве": ["moscow"],
    "目标": ["chinese"],
    "MQL目标": ["chinese"],
    "提高": ["chinese"],
    "mql": ["split", "chinese"],
    "webin": ["deck", "webinar"],
    "inar": ["deck", "webinar"],
    "follow-up": ["webinar"],
    "low-u": ["webinar"],
    "q4": ["jose"],
    "Q4 pipeline": ["jose"],
    "pipe": ["jose"],
    "pipeline jose": ["jose"],
    "jose webin": ["deck"],
    "presented pipeline JOSÉ": ["jose"],
    "q4 the jose": ["jose"],
    '"ship': ["quoted"],
    '"ship it"': ["quoted"],
    '"': ["quoted"],
    "AND": ["quoted", "standard"],
    "NOT": ["quoted"],
    "NEAR(": ["quoted"],
    "a:b": ["signs"],
    "*": ["signs"],
    "-": ["webinar", "signs"],
    "^start": ["signs"],
    "100%": ["signs"],
    "%": ["signs"],
    "_": ["signs"],
    "done_ok": ["signs"],
    "done%ok": ["signs"],
    "d_ne": [],
    "\\": ["signs"],
    "back\\slash": ["signs"],
    "it's": ["signs"],
    "'": ["signs"],
    "{body}": ["signs"],
    "(the": ["deck", "jose", "quoted"],
    "xyz": [],
}
"""What each query finds, in the page's order: the newer meeting first; in a meeting by kind
(action_item, dispute, note), then as written. Quotes, wildcards and operators are text, and a
term's words still match word by word ("done%ok" finds "done_ok" by the words done and ok…,
"(the" finds the word the)."""


def _plan(db: Database, title: str, weeks: int) -> int:
    return create_meeting(
        db,
        builtin_template("weekly").plan,
        title=title,
        scheduled_at=MONDAY + timedelta(weeks=weeks),
    )


def _item(db: Database, meeting_id: int) -> int:
    return next(i.id for i in load_meeting(db, meeting_id).items if i.kind is ItemKind.PRESENTATION)


def _note(db: Database, meeting_id: int, body: str) -> int:
    return add_note(db, meeting_id, _item(db, meeting_id), NoteKind.NOTE, body, 1)


def _history(db: Database) -> dict[str, tuple[str, int]]:
    """The same small history on any engine: what each key is, by (kind, id)."""
    older, newer = _plan(db, "Older", 0), _plan(db, "Newer", 1)
    written = {key: ("note", _note(db, older, body)) for key, body in NOTES.items()}
    written["webinar"] = ("note", _note(db, newer, WEBINAR))
    written["deck"] = ("action_item", add_action_item(db, newer, text=DECK, today=TODAY))
    split = open_dispute(
        db, older, title=SPLIT, category=DisputeCategory.SLA_TERMS, raised_by_team=Team.SALES
    )
    update_dispute(db, split, sales_position="MQL too loose", marketing_position="Leads fine")
    written["split"] = ("dispute", split)
    return written


def _open(engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> Database:
    if engine == "sqlite":
        return open_database(tmp_path / f"{engine}.sqlite")
    return open_database(request.getfixturevalue("server_database")())


@pytest.fixture(params=ENGINES)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """This file's database on each engine in turn (PostgreSQL skipped without a server)."""
    database = _open(request.param, tmp_path, request)
    yield database
    database.close()


@pytest.fixture
def history(db: Database) -> Callable[[str], list[str]]:
    """The history written to db; gives the keys of what a query finds, in the page's order."""
    written = _history(db)
    keys = {ref: key for key, ref in written.items()}
    return lambda query: [keys[(hit.kind.value, hit.ref_id)] for hit in search(db, query)]


@pytest.mark.parametrize(("query", "expected"), QUERIES.items(), ids=list(QUERIES))
def test_a_query_finds_the_same_hits_in_the_same_order(
    history: Callable[[str], list[str]], query: str, expected: list[str]
) -> None:
    assert history(query) == expected


def test_an_edited_note_is_found_by_its_new_words_only(db: Database) -> None:
    meeting_id = _plan(db, "Weekly", 0)
    note_id = _note(db, meeting_id, "Renewal plan for Müller")
    assert [hit.ref_id for hit in search(db, "muller")] == [note_id]
    edit_note(db, note_id, text="Churn risk at Zürich")
    assert search(db, "muller") == []
    assert [hit.ref_id for hit in search(db, "zurich")] == [note_id]
    assert [hit.snippet for hit in search(db, "churn")] == ["Churn risk at Zürich"]
    delete_note(db, note_id)
    assert search(db, "zurich") == []
    assert search(db, "churn") == []


def test_edited_action_items_and_disputes_reach_the_index(db: Database) -> None:
    meeting_id = _plan(db, "Weekly", 0)
    action = add_action_item(db, meeting_id, text="Call Gdańsk office", today=TODAY)
    dispute = open_dispute(
        db, meeting_id, title="Attribution", category=DisputeCategory.SLA_TERMS,
        raised_by_team=Team.MARKETING,
    )
    assert [hit.ref_id for hit in search(db, "gdansk")] == [action]
    edit_action_item(db, action, text="Call Kraków office")
    update_dispute(db, dispute, marketing_position="Kraków leads are ours")
    assert [(hit.kind.value, hit.ref_id) for hit in search(db, "krakow")] == [
        ("action_item", action),
        ("dispute", dispute),
    ]
    assert search(db, "gdansk") == []


def _shown(db: Database, query: str) -> list[tuple[object, ...]]:
    """A query's hits as the user sees them (ids aside: each engine numbers its own rows)."""
    return [
        (hit.kind, hit.meeting_title, hit.meeting_date, hit.snippet, hit.marks)
        for hit in search(db, query, limit=None)
    ]


def test_both_engines_give_the_same_hit_lists(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    file, server = (_open(engine, tmp_path, request) for engine in ENGINES)
    try:
        for database in (file, server):
            _history(database)
        for query in [*QUERIES, "e", "the", "o", "з", "ё"]:
            assert _shown(file, query) == _shown(server, query), query
    finally:
        file.close()
        server.close()


@pytest.mark.parametrize(("written", "query"), [("Ørsted", "orsted"), ("Straße", "strasse")])
def test_letters_with_no_accent_to_take_off_fold_on_postgresql_alone(
    db: Database, written: str, query: str
) -> None:
    """Where the engines differ: unaccent also spells Ø as O and ß as ss; SQLite's tokenizer
    only takes accents off letters that have them (Ö, é), so there the word is found as written."""
    meeting_id = _plan(db, "Weekly", 0)
    note_id = _note(db, meeting_id, f"Call {written} today")
    assert [hit.ref_id for hit in search(db, written.lower())] == [note_id]
    on_server = db.engine.dialect.name == "postgresql"
    assert [hit.ref_id for hit in search(db, query)] == ([note_id] if on_server else [])
