"""Any text a moderator types survives storage and a JSON export and import unchanged, and
its words are found."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.formats.exchange import dumps, export_meeting, import_meeting
from facilitator.record.action_items import action_items_of, add_action_item
from facilitator.record.disputes import (
    MAX_DISPUTE_TITLE_LENGTH,
    get_dispute,
    open_dispute,
    set_dispute_status,
    update_dispute,
)
from facilitator.record.meetings import load_meeting
from facilitator.record.notes import add_note, notes_of
from facilitator.record.search import search, search_terms
from facilitator.storage.database import Database, open_database
from facilitator.vocabulary import DisputeCategory, DisputeStatus, NoteKind, Team

THURSDAY = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
TODAY = date(2026, 11, 1)
SEARCHED_LENGTH = 40

# Everything but NUL (which SQLite's text functions end a string at) and lone surrogates
# (which are not Unicode text and cannot be written as UTF-8).
ANY_TEXT = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
TYPED = st.text(ANY_TEXT, min_size=1).filter(lambda text: text.strip() != "")


def _without_stamp(doc: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in doc.items() if key != "exported_at"}


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    note=TYPED,
    action=TYPED,
    title=TYPED.filter(lambda text: len(text) <= MAX_DISPUTE_TITLE_LENGTH),
    position=st.text(ANY_TEXT),
    resolution=TYPED,
)
def test_any_text_survives_storage_export_and_import(
    db: Database,
    note: str,
    action: str,
    title: str,
    position: str,
    resolution: str,
    new_weekly_meeting: Callable[..., int],
) -> None:
    meeting_id = new_weekly_meeting("Weekly", THURSDAY)
    item_id = load_meeting(db, meeting_id).items[1].id
    note_id = add_note(db, meeting_id, item_id, NoteKind.DECISION, note, 12.5)
    add_action_item(db, meeting_id, text=action, today=TODAY)
    dispute_id = open_dispute(
        db, meeting_id, title=title, category=DisputeCategory.OTHER, raised_by_team=Team.SALES
    )
    update_dispute(db, dispute_id, sales_position=position, marketing_position=position)
    set_dispute_status(db, dispute_id, DisputeStatus.RESOLVED, meeting_id, resolution=resolution)

    assert [view.text for view in notes_of(db, meeting_id)] == [note]
    word = search_terms(note)[0][:SEARCHED_LENGTH]
    assert note_id in {hit.ref_id for hit in search(db, word, limit=None)}
    assert [view.text for view in action_items_of(db, meeting_id)] == [action]
    stored = get_dispute(db, dispute_id)
    assert (stored.title, stored.sales_position, stored.resolution) == (title, position, resolution)

    first = export_meeting(db, meeting_id)
    with tempfile.TemporaryDirectory() as folder:
        target = open_database(Path(folder) / "target.sqlite")
        try:
            imported = import_meeting(target, json.loads(dumps(first)))
            assert [view.text for view in notes_of(target, imported)] == [note]
            assert [view.text for view in action_items_of(target, imported)] == [action]
            second = export_meeting(target, imported)
        finally:
            target.close()
    assert _without_stamp(second) == _without_stamp(first)
    [disputed] = second["disputes"]
    assert (disputed["title"], disputed["marketing_position"], disputed["resolution"]) == (
        title,
        position,
        resolution,
    )
