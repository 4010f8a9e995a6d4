"""Full-text search: found in any script, in step with every change and import, and never
broken by what the user types."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import select, text

from facilitator.formats.exchange import export_meeting, import_meeting
from facilitator.record.action_items import add_action_item, edit_action_item
from facilitator.record.disputes import open_dispute, set_dispute_status, update_dispute
from facilitator.record.meetings import load_meeting
from facilitator.record.notes import add_note, delete_note, edit_note, restore_note
from facilitator.record.search import (
    MAX_QUERY_LENGTH,
    SearchKind,
    SearchRefused,
    format_hit,
    search,
    snippet,
)
from facilitator.storage.database import (
    APPLICATION_ID,
    MIGRATIONS,
    Database,
    make_engine,
    open_database,
)
from facilitator.storage.models import Meeting, Note
from facilitator.vocabulary import DisputeCategory, DisputeStatus, ItemKind, NoteKind, Team

THURSDAY = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
TODAY = date(2026, 11, 1)


@pytest.fixture
def meeting_in_week(new_weekly_meeting: Callable[..., int]) -> Callable[..., int]:
    """A weekly meeting `weeks` after THURSDAY."""
    return lambda weeks=0, title="Weekly": new_weekly_meeting(
        title, THURSDAY + timedelta(weeks=weeks)
    )


def _item(db: Database, meeting_id: int, kind: ItemKind) -> int:
    return next(item.id for item in load_meeting(db, meeting_id).items if item.kind is kind)


def _note(db: Database, meeting_id: int, body: str, kind: NoteKind = NoteKind.NOTE) -> int:
    return add_note(db, meeting_id, _item(db, meeting_id, ItemKind.PRESENTATION), kind, body, 1)


def _found(db: Database, query: str) -> list[tuple[SearchKind, int]]:
    return [(hit.kind, hit.ref_id) for hit in search(db, query)]


def test_notes_decisions_disputes_and_action_items_are_found_by_a_word(
    db: Database, meeting_in_week: Callable[..., int]
) -> None:
    meeting_id = meeting_in_week()
    note = _note(db, meeting_id, "Webinar leads were students")
    decision = _note(db, meeting_id, "Webinar forms need a company email", NoteKind.DECISION)
    dispute = open_dispute(
        db,
        meeting_id,
        title="Lead quality",
        category=DisputeCategory.LEAD_QUALITY,
        raised_by_team=Team.SALES,
    )
    update_dispute(db, dispute, marketing_position="The webinar reached the right accounts")
    action = add_action_item(db, meeting_id, text="Pull webinar job titles", today=TODAY)
    assert set(_found(db, "webinar")) == {
        (SearchKind.NOTE, note),
        (SearchKind.DECISION, decision),
        (SearchKind.DISPUTE, dispute),
        (SearchKind.ACTION_ITEM, action),
    }
    assert _found(db, "company email") == [(SearchKind.DECISION, decision)]
    assert _found(db, "students email") == []


@pytest.mark.parametrize(
    ("stored", "query"),
    [
        ("José Álvarez signed Müller Bau", "jose"),
        ("José Álvarez signed Müller Bau", "MULLER"),
        ("José Álvarez signed Müller Bau", "álvarez"),
        ("Встреча в Москве: ПРИВЕТ", "москв"),
        ("Встреча в Москве: ПРИВЕТ", "привет"),
        ("我们决定提高MQL目标", "目标"),
        ("我们决定提高MQL目标", "决定提高"),
        ("我们决定提高MQL目标", "mql"),
        ("Mei Chen 陈美", "陈美"),
        ("Three webinars this month", "binar"),
        ("Three webinars this month", "webin"),
        ("Q3 pipeline", "q3"),
        ("مرحبا بالعالم", "مرحبا"),
        ("Launch 🚀 today", "🚀"),
    ],
)
def test_text_in_any_script_is_found(
    db: Database, stored: str, query: str, meeting_in_week: Callable[..., int]
) -> None:
    note = _note(db, meeting_in_week(), stored)
    _note(db, meeting_in_week(1), "something else entirely")
    assert _found(db, query) == [(SearchKind.NOTE, note)]


def test_the_index_follows_edits_deletes_and_restores(
    db: Database, meeting_in_week: Callable[..., int]
) -> None:
    meeting_id = meeting_in_week()
    note = _note(db, meeting_id, "Kestrel Bank slips")
    edit_note(db, note, text="Kestrel Bank signed")
    assert _found(db, "slips") == []
    assert _found(db, "signed") == [(SearchKind.NOTE, note)]
    edit_note(db, note, kind=NoteKind.HIGHLIGHT)
    assert _found(db, "signed") == [(SearchKind.HIGHLIGHT, note)]
    deleted = delete_note(db, note)
    assert _found(db, "kestrel") == []
    restored = restore_note(db, deleted)
    assert _found(db, "kestrel") == [(SearchKind.HIGHLIGHT, restored)]


def test_the_index_follows_disputes_and_action_items(
    db: Database, meeting_in_week: Callable[..., int]
) -> None:
    meeting_id = meeting_in_week()
    dispute = open_dispute(
        db,
        meeting_id,
        title="Reason codes",
        category=DisputeCategory.SLA_TERMS,
        raised_by_team=Team.MARKETING,
    )
    update_dispute(db, dispute, sales_position="Reps have no time")
    assert _found(db, "reps") == [(SearchKind.DISPUTE, dispute)]
    set_dispute_status(db, dispute, DisputeStatus.RESOLVED, meeting_id, resolution="Picklist")
    assert _found(db, "picklist") == [(SearchKind.DISPUTE, dispute)]
    update_dispute(db, dispute, title="Recycled leads", sales_position="")
    assert _found(db, "reason") == []
    assert _found(db, "reps") == []
    action = add_action_item(db, meeting_id, text="Book a booth", today=TODAY)
    edit_action_item(db, action, text="Book a stand")
    assert _found(db, "booth") == []
    assert _found(db, "stand") == [(SearchKind.ACTION_ITEM, action)]


def test_deleting_a_meeting_takes_its_notes_out_of_the_index(
    db: Database, meeting_in_week: Callable[..., int]
) -> None:
    by_orm, by_sql = meeting_in_week(), meeting_in_week(1)
    _note(db, by_orm, "Halvorsen Maritime")
    _note(db, by_sql, "Halvorsen Maritime")
    with db.write() as session:
        session.delete(session.get(Meeting, by_orm))
    with db.write() as session:
        session.execute(text("DELETE FROM meetings WHERE id = :id"), {"id": by_sql})
    assert _found(db, "halvorsen") == []


def test_an_imported_meeting_is_found_at_once(
    db: Database, tmp_path: Path, meeting_in_week: Callable[..., int]
) -> None:
    meeting_id = meeting_in_week()
    _note(db, meeting_id, "Tessera Insurance replaces a competitor", NoteKind.HIGHLIGHT)
    open_dispute(
        db,
        meeting_id,
        title="Tessera leads arrive late",
        category=DisputeCategory.OTHER,
        raised_by_team=Team.SALES,
    )
    add_action_item(db, meeting_id, text="Tessera case study", today=TODAY)
    document = export_meeting(db, meeting_id)
    target = open_database(tmp_path / "target.sqlite")
    try:
        imported = import_meeting(target, document)
        hits = search(target, "tessera")
        assert {hit.kind for hit in hits} == {
            SearchKind.HIGHLIGHT,
            SearchKind.DISPUTE,
            SearchKind.ACTION_ITEM,
        }
        assert {hit.meeting_id for hit in hits} == {imported}
    finally:
        target.close()
    again = import_meeting(db, document)
    assert {hit.meeting_id for hit in search(db, "tessera")} == {meeting_id, again}


def test_a_hit_opens_its_meeting_at_its_item(
    db: Database, meeting_in_week: Callable[..., int]
) -> None:
    meeting_id = meeting_in_week(title="Weekly\nsmarketing")
    note = _note(db, meeting_id, "First line\nsecond line with Acme")
    dispute = open_dispute(
        db,
        meeting_id,
        title="Acme routing",
        category=DisputeCategory.OTHER,
        raised_by_team=Team.SALES,
    )
    action = add_action_item(db, meeting_id, text="Call Acme", today=TODAY)
    hits = {(hit.kind, hit.ref_id): hit for hit in search(db, "acme")}
    assert hits[SearchKind.NOTE, note].item_id == _item(db, meeting_id, ItemKind.PRESENTATION)
    assert hits[SearchKind.DISPUTE, dispute].item_id == _item(db, meeting_id, ItemKind.DISPUTES)
    assert hits[SearchKind.ACTION_ITEM, action].item_id == _item(db, meeting_id, ItemKind.WRAP_UP)
    hit = hits[SearchKind.NOTE, note]
    assert (hit.meeting_id, hit.meeting_date, hit.meeting_title) == (
        meeting_id,
        THURSDAY,
        "Weekly\nsmarketing",
    )
    assert hit.snippet == "First line second line with Acme"
    line = format_hit(hit)
    assert "\n" not in line
    assert line.split("\t") == [
        str(meeting_id),
        THURSDAY.astimezone().date().isoformat(),
        "note",
        "Weekly smarketing",
        "First line second line with Acme",
    ]


def test_hits_come_newest_meeting_first_up_to_the_limit(
    db: Database, meeting_in_week: Callable[..., int]
) -> None:
    notes = [_note(db, meeting_in_week(weeks), f"Forecast week {weeks}") for weeks in range(5)]
    assert [hit.ref_id for hit in search(db, "forecast", limit=3)] == notes[::-1][:3]
    assert len(search(db, "forecast", limit=None)) == 5


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""',
        '"unterminated',
        "*",
        "AND",
        "OR NOT",
        "-",
        "NEAR(",
        "( )",
        "a:b",
        "body:x",
        "^start",
        "%",
        "_",
        "\\",
        "x\x00y",
        "a'b",
        "{body}",
    ],
)
def test_a_query_with_quotes_or_operators_never_breaks(
    db: Database, query: str, meeting_in_week: Callable[..., int]
) -> None:
    _note(db, meeting_in_week(), "plain")
    assert search(db, query) == []


def test_quotes_and_operators_are_searched_for_as_text(
    db: Database, meeting_in_week: Callable[..., int]
) -> None:
    note = _note(db, meeting_in_week(), 'He said "MQL" AND -5% (NEAR) x_y *now*')
    for query in ['"MQL"', "AND", "-5%", "(NEAR)", "x_y", "*now*", "said AND"]:
        assert _found(db, query) == [(SearchKind.NOTE, note)], query


@pytest.mark.parametrize("query", ["", "   ", "\n\t", "\x00"])
def test_an_empty_query_is_refused(db: Database, query: str) -> None:
    with pytest.raises(SearchRefused, match="Type a word"):
        search(db, query)


def test_an_overlong_query_is_refused(db: Database) -> None:
    with pytest.raises(SearchRefused, match="at most"):
        search(db, "x" * (MAX_QUERY_LENGTH + 1))


def test_a_snippet_is_the_text_around_the_first_match_on_one_line() -> None:
    body = "intro " * 30 + "the Größe\nmatters " + "tail " * 60
    shown = snippet(body, ["grosse"])
    assert shown.startswith("…intro")
    assert "the Größe matters" in shown
    assert shown.endswith("…")
    assert "\n" not in shown
    assert snippet("short", ["absent"]) == "short"


def test_the_migration_indexes_what_was_there_before(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.commit()
    connection.close()
    engine = make_engine(path)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO meetings (id, kind, title, scheduled_at, cap_seconds, status, "
                "location, created_at) VALUES (1, 'weekly', 'Old', :at, 2400, 'ended', '', :at)"
            ),
            {"at": THURSDAY.replace(tzinfo=None)},
        )
        connection.execute(
            text(
                "INSERT INTO notes (meeting_id, kind, text, offset_seconds, parked, created_at, "
                "updated_at) VALUES (1, 'decision', 'Führung entschied', 0, 0, :at, :at)"
            ),
            {"at": THURSDAY.replace(tzinfo=None)},
        )
    engine.dispose()
    upgraded = open_database(path)
    try:
        assert upgraded.backup is not None
        with upgraded.read() as session:
            note_id = session.scalar(select(Note.id))
        assert _found(upgraded, "fuhrung") == [(SearchKind.DECISION, note_id)]
    finally:
        upgraded.close()
