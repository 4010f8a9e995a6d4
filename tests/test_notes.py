"""Notes typed during a run: the kind markers, exact storage, edits, moves, parking and undo."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from engine_marks import sqlite_only

from facilitator.record.meetings import MeetingNotFound, load_meeting
from facilitator.record.notes import (
    MAX_NOTE_LENGTH,
    NoteNotFound,
    NoteRefused,
    add_note,
    delete_note,
    edit_note,
    get_note,
    move_note,
    notes_of,
    park_note,
    parked_notes,
    parse_note_input,
    restore_note,
)
from facilitator.storage.database import Database
from facilitator.vocabulary import NoteKind

THURSDAY = datetime(2026, 11, 26, 15, 30, tzinfo=UTC)
EVERY_KIND_OF_TEXT = (
    "Zoë: MQL ≥ 60 ✅ — Москва 陈美 مرحبا 👩🏽‍💻\n\ttab\r\nbell\x07 esc\x1b del\x7f "
    "zero-width\u200b rtl\u202e end  "
)


@pytest.fixture
def weekly(new_weekly_meeting: Callable[..., int]) -> Callable[..., int]:
    """A weekly meeting on THURSDAY."""
    return lambda title="Weekly": new_weekly_meeting(title, THURSDAY)


def _items(db: Database, meeting_id: int) -> list[int]:
    return [item.id for item in load_meeting(db, meeting_id).items]


@pytest.mark.parametrize(
    ("typed", "kind", "text"),
    [
        ("! We ship on Monday", NoteKind.DECISION, "We ship on Monday"),
        ("!We ship", NoteKind.DECISION, "We ship"),
        ("* Acme signed", NoteKind.HIGHLIGHT, "Acme signed"),
        ("? Who owns it", NoteKind.QUESTION, "Who owns it"),
        ("# MQLs 412", NoteKind.METRIC, "MQLs 412"),
        ("#  two spaces", NoteKind.METRIC, " two spaces"),
        ("plain words", NoteKind.NOTE, "plain words"),
        (" ! not first", NoteKind.NOTE, " ! not first"),
        ("\\#3 in the queue", NoteKind.NOTE, "#3 in the queue"),
        ("\\! literal", NoteKind.NOTE, "! literal"),
        ("\\n stays", NoteKind.NOTE, "\\n stays"),
        ("!", NoteKind.DECISION, ""),
        ("", NoteKind.NOTE, ""),
    ],
)
def test_a_leading_marker_sets_the_kind(typed: str, kind: NoteKind, text: str) -> None:
    assert parse_note_input(typed) == (kind, text)


def test_a_note_is_stored_under_its_item_with_its_time(
    db: Database, weekly: Callable[..., int]
) -> None:
    meeting_id = weekly()
    item_id = _items(db, meeting_id)[1]
    note_id = add_note(db, meeting_id, item_id, NoteKind.DECISION, "We ship", 61.5)
    [note] = notes_of(db, meeting_id)
    assert (note.id, note.item_id, note.kind, note.text) == (
        note_id,
        item_id,
        NoteKind.DECISION,
        "We ship",
    )
    assert note.offset_seconds == 61.5
    assert not note.parked


def test_notes_come_in_the_order_they_were_typed(db: Database, weekly: Callable[..., int]) -> None:
    meeting_id = weekly()
    late = add_note(db, meeting_id, None, NoteKind.NOTE, "late", 300)
    early = add_note(db, meeting_id, None, NoteKind.NOTE, "early", 10)
    assert [note.id for note in notes_of(db, meeting_id)] == [early, late]


@pytest.mark.parametrize("text", ["", " ", "\n\t  \r\n", "\u3000"])
def test_an_empty_note_is_refused_and_nothing_is_written(
    db: Database, text: str, weekly: Callable[..., int]
) -> None:
    meeting_id = weekly()
    with pytest.raises(NoteRefused, match="needs some text"):
        add_note(db, meeting_id, None, NoteKind.NOTE, text, 0)
    assert notes_of(db, meeting_id) == []


def test_long_text_in_any_script_is_stored_exactly(
    db: Database, weekly: Callable[..., int]
) -> None:
    meeting_id = weekly()
    text = (EVERY_KIND_OF_TEXT * 2000)[:100_000]
    note_id = add_note(db, meeting_id, None, NoteKind.NOTE, text, 0)
    assert get_note(db, note_id).text == text
    assert len(text) == 100_000


def test_text_over_the_limit_is_refused(db: Database, weekly: Callable[..., int]) -> None:
    meeting_id = weekly()
    with pytest.raises(NoteRefused, match="at most 1,000,000"):
        add_note(db, meeting_id, None, NoteKind.NOTE, "x" * (MAX_NOTE_LENGTH + 1), 0)


def test_a_time_that_is_not_a_number_is_refused(db: Database, weekly: Callable[..., int]) -> None:
    with pytest.raises(NoteRefused, match="finite"):
        add_note(db, weekly(), None, NoteKind.NOTE, "x", float("nan"))


def test_an_item_of_another_meeting_is_refused(db: Database, weekly: Callable[..., int]) -> None:
    meeting_id = weekly()
    other_item = _items(db, weekly("Other"))[0]
    with pytest.raises(NoteRefused, match="not on this meeting's agenda"):
        add_note(db, meeting_id, other_item, NoteKind.NOTE, "x", 0)


def test_an_unknown_meeting_is_named(db: Database) -> None:
    with pytest.raises(MeetingNotFound, match="no meeting 99"):
        add_note(db, 99, None, NoteKind.NOTE, "x", 0)


def test_editing_changes_text_and_kind_and_hands_back_the_old_note(
    db: Database, weekly: Callable[..., int]
) -> None:
    meeting_id = weekly()
    note_id = add_note(db, meeting_id, None, NoteKind.NOTE, "draft", 5)
    before = edit_note(db, note_id, text=" final\n", kind=NoteKind.DECISION)
    assert (before.text, before.kind) == ("draft", NoteKind.NOTE)
    after = get_note(db, note_id)
    assert (after.text, after.kind) == (" final\n", NoteKind.DECISION)
    edit_note(db, note_id, kind=NoteKind.QUESTION)
    assert get_note(db, note_id).text == " final\n"


def test_editing_to_empty_text_is_refused(db: Database, weekly: Callable[..., int]) -> None:
    note_id = add_note(db, weekly(), None, NoteKind.NOTE, "keep me", 0)
    with pytest.raises(NoteRefused):
        edit_note(db, note_id, text="   ")
    assert get_note(db, note_id).text == "keep me"


def test_a_note_moves_within_its_meeting_only(db: Database, weekly: Callable[..., int]) -> None:
    meeting_id = weekly()
    first, second = _items(db, meeting_id)[:2]
    note_id = add_note(db, meeting_id, first, NoteKind.NOTE, "x", 0)
    assert move_note(db, note_id, second) == first
    assert get_note(db, note_id).item_id == second
    assert move_note(db, note_id, None) == second
    other_item = _items(db, weekly("Other"))[0]
    with pytest.raises(NoteRefused):
        move_note(db, note_id, other_item)
    assert get_note(db, note_id).item_id is None


def test_parking_a_note_puts_it_in_the_parking_lot(
    db: Database, weekly: Callable[..., int]
) -> None:
    meeting_id = weekly()
    note_id = add_note(db, meeting_id, None, NoteKind.QUESTION, "Later", 0)
    add_note(db, meeting_id, None, NoteKind.NOTE, "Now", 1)
    park_note(db, note_id)
    assert [note.id for note in parked_notes(db, meeting_id)] == [note_id]
    park_note(db, note_id, parked=False)
    assert parked_notes(db, meeting_id) == []


def test_a_deleted_note_comes_back_as_it_was_with_its_id(
    db: Database, weekly: Callable[..., int]
) -> None:
    meeting_id = weekly()
    item_id = _items(db, meeting_id)[2]
    first = add_note(db, meeting_id, item_id, NoteKind.HIGHLIGHT, EVERY_KIND_OF_TEXT, 42.25)
    add_note(db, meeting_id, None, NoteKind.NOTE, "after", 50)
    park_note(db, first)
    before = get_note(db, first)
    deleted = delete_note(db, first)
    assert deleted == before
    assert first not in [note.id for note in notes_of(db, meeting_id)]
    assert restore_note(db, deleted) == first
    assert get_note(db, first) == before


@sqlite_only("SQLite gives a deleted row's id again; a PostgreSQL sequence never does")
def test_a_restored_note_takes_a_new_id_when_its_old_one_was_reused(
    db: Database, weekly: Callable[..., int]
) -> None:
    meeting_id = weekly()
    note_id = add_note(db, meeting_id, None, NoteKind.NOTE, "gone", 1)
    deleted = delete_note(db, note_id)
    reused = add_note(db, meeting_id, None, NoteKind.NOTE, "new", 2)
    assert reused == note_id
    restored = restore_note(db, deleted)
    assert restored != note_id
    assert get_note(db, restored).text == "gone"


def test_an_unknown_note_is_named(db: Database) -> None:
    with pytest.raises(NoteNotFound, match="no note 7"):
        edit_note(db, 7, text="x")
    with pytest.raises(NoteNotFound):
        delete_note(db, 7)
