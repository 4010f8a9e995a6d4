"""A dispute or action item made from a note keeps a link to it: stored, read back, emptied when
the note goes, and added by migration 0006 to databases made before it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from test_migrations_upgrade import _build_at as build_at  # a database at a past revision

from facilitator.record.action_items import (
    ActionItemRefused,
    action_item_state,
    action_items_made_at,
    add_action_item,
    get_action_item,
    restore_action_item,
    set_action_status,
)
from facilitator.record.disputes import (
    DisputeRefused,
    dispute_state,
    disputes_raised_at,
    get_dispute,
    mark_discussed,
    open_dispute,
    restore_dispute,
)
from facilitator.record.notes import add_note, delete_note, restore_note
from facilitator.storage.database import (
    Database,
    open_database,
)
from facilitator.vocabulary import ActionStatus, DisputeCategory, NoteKind, Team


def _note(db: Database, meeting_id: int, text: str = "Dana sends the webinar list") -> int:
    return add_note(db, meeting_id, None, NoteKind.NOTE, text, 61.0)


def _dispute(db: Database, meeting_id: int, title: str, note_id: int | None = None) -> int:
    return open_dispute(
        db,
        meeting_id,
        title=title,
        category=DisputeCategory.OTHER,
        raised_by_team=Team.SALES,
        note_id=note_id,
    )


def test_an_action_item_made_from_a_note_names_it(db: Database, meeting_id: int) -> None:
    note_id = _note(db, meeting_id)
    action_id = add_action_item(db, meeting_id, text="Send the webinar list", note_id=note_id)
    plain_id = add_action_item(db, meeting_id, text="Book the room")
    assert get_action_item(db, action_id).note_id == note_id
    assert get_action_item(db, plain_id).note_id is None


def test_a_dispute_made_from_a_note_names_it(db: Database, meeting_id: int) -> None:
    note_id = _note(db, meeting_id, "Webinar leads are students")
    dispute_id = _dispute(db, meeting_id, "Webinar leads are students", note_id)
    assert get_dispute(db, dispute_id).note_id == note_id


def test_deleting_the_note_keeps_the_records_without_the_link(
    db: Database, meeting_id: int
) -> None:
    note_id = _note(db, meeting_id)
    action_id = add_action_item(db, meeting_id, text="Send the list", note_id=note_id)
    dispute_id = _dispute(db, meeting_id, "Who owns the list", note_id)
    delete_note(db, note_id)
    assert get_action_item(db, action_id).text == "Send the list"
    assert get_action_item(db, action_id).note_id is None
    assert get_dispute(db, dispute_id).title == "Who owns the list"
    assert get_dispute(db, dispute_id).note_id is None


def test_a_note_of_another_meeting_or_none_at_all_is_refused(
    db: Database, new_weekly_meeting: Callable[..., int]
) -> None:
    here = new_weekly_meeting("Here")
    elsewhere = new_weekly_meeting("Elsewhere")
    other_note = _note(db, elsewhere)
    message = f"Note {other_note} is not one of this meeting's notes."
    with pytest.raises(ActionItemRefused, match=message):
        add_action_item(db, here, text="Send it", note_id=other_note)
    with pytest.raises(DisputeRefused, match="Note 999 is not one of this meeting's notes."):
        _dispute(db, here, "Lost", 999)
    assert action_items_made_at(db, here) == []
    assert disputes_raised_at(db, here) == []


def test_an_undo_puts_a_record_back_without_a_note_deleted_since(
    db: Database, meeting_id: int
) -> None:
    note_id = _note(db, meeting_id)
    action_id = add_action_item(db, meeting_id, text="Send the list", note_id=note_id)
    saved = action_item_state(db, action_id)
    restore_action_item(db, action_id, None)
    deleted = delete_note(db, note_id)
    restore_action_item(db, action_id, saved)
    assert get_action_item(db, action_id).note_id is None
    restore_note(db, deleted)
    restore_action_item(db, action_id, saved)
    assert get_action_item(db, action_id).note_id == note_id


def test_a_dispute_put_back_without_its_deleted_note(db: Database, meeting_id: int) -> None:
    note_id = _note(db, meeting_id)
    dispute_id = _dispute(db, meeting_id, "Who owns the list", note_id)
    saved = dispute_state(db, dispute_id)
    restore_dispute(db, dispute_id, None)
    delete_note(db, note_id)
    restore_dispute(db, dispute_id, saved)
    assert get_dispute(db, dispute_id).note_id is None
    assert get_dispute(db, dispute_id).title == "Who owns the list"


def test_what_a_meeting_raised_in_the_order_logged(
    db: Database, new_weekly_meeting: Callable[..., int]
) -> None:
    here = new_weekly_meeting("Here")
    earlier = new_weekly_meeting("Earlier")
    carried = _dispute(db, earlier, "Old")
    mark_discussed(db, carried, here)
    old_action = add_action_item(db, earlier, text="Old action")
    set_action_status(db, old_action, ActionStatus.DONE, here)
    first = _dispute(db, here, "First")
    second = _dispute(db, here, "Second")
    made = [add_action_item(db, here, text=text) for text in ("One", "Two", "Three")]
    assert [view.id for view in disputes_raised_at(db, here)] == [first, second]
    assert [view.id for view in action_items_made_at(db, here)] == made


# --- the migration ------------------------------------------------------------------------


def test_the_upgrade_from_0005_keeps_records_and_their_search(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    build_at(path, "0005")
    connection = sqlite3.connect(path)
    try:
        connection.executescript(
            """
            INSERT INTO meetings (id, uuid, kind, title, scheduled_at, cap_seconds, status,
                                  location, created_at)
                VALUES (1, '6f1c0b6e-3a8d-4f5e-9b1a-2d7c4e8f9a01', 'weekly', 'Weekly',
                        '2026-11-23 16:00:00', 3600, 'planned', '', '2026-11-20 09:00:00');
            INSERT INTO notes (id, meeting_id, kind, text, offset_seconds, parked, created_at,
                               updated_at)
                VALUES (1, 1, 'note', 'A note', 0, 0, '2026-11-23 16:01:00',
                        '2026-11-23 16:01:00');
            INSERT INTO disputes (id, uuid, title, category, raised_by_team, sales_position,
                                  marketing_position, status, resolution, created_at)
                VALUES (1, '6f1c0b6e-3a8d-4f5e-9b1a-2d7c4e8f9a02', 'Pricing leaflets', 'other',
                        'sales', '', '', 'open', '', '2026-11-23 16:02:00');
            INSERT INTO action_items (id, uuid, text, status, created_meeting_id, created_at)
                VALUES (1, '6f1c0b6e-3a8d-4f5e-9b1a-2d7c4e8f9a03', 'Reprint the leaflets',
                        'open', 1, '2026-11-23 16:03:00');
            """
        )
        connection.commit()
    finally:
        connection.close()

    db = open_database(path)
    try:
        assert get_dispute(db, 1).title == "Pricing leaflets"
        assert get_dispute(db, 1).note_id is None
        assert get_action_item(db, 1).text == "Reprint the leaflets"
        assert get_action_item(db, 1).note_id is None
        linked = add_action_item(db, 1, text="Call the printer", note_id=1)
        assert get_action_item(db, linked).note_id == 1
    finally:
        db.close()
    connection = sqlite3.connect(path)
    try:
        triggers = {
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'"
            )
        }
        found = connection.execute(
            "SELECT count(*) FROM search_words WHERE search_words MATCH 'leaflets'"
        ).fetchone()[0]
    finally:
        connection.close()
    assert {"search_disputes_insert", "search_action_items_update"} <= triggers
    assert found == 2


def test_undoing_the_note_s_delete_links_its_records_again(db: Database, meeting_id: int) -> None:
    note_id = _note(db, meeting_id)
    action_id = add_action_item(db, meeting_id, text="Send the list", note_id=note_id)
    dispute_id = _dispute(db, meeting_id, "Who owns the list", note_id)
    deleted = delete_note(db, note_id)
    assert get_action_item(db, action_id).note_id is None
    restored = restore_note(db, deleted)
    assert get_action_item(db, action_id).note_id == restored
    assert get_dispute(db, dispute_id).note_id == restored
