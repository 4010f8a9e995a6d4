"""Notes typed during a meeting: one input line, filed under the current item, never lost.

The console files each note the moment typing stops, so every function here is one short
write transaction. Text is stored exactly as typed, however long, in whatever script, with
emoji and control characters; only a note that is empty (or only whitespace) is refused.

The kind comes from a leading marker: ``!`` decision, ``*`` highlight, ``?`` question,
``#`` metric, anything else a plain note. The marker and one space after it are removed.
A backslash before a marker (``\\#3 in the queue``) files a plain note that starts with the
marker itself; only that one backslash is removed.
"""

from __future__ import annotations

import math
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.language import _
from facilitator.meeting_views import MAX_NOTE_LENGTH, NoteNotFound, NoteRefused, NoteView
from facilitator.meeting_views import parse_note_input as parse_note_input
from facilitator.record.meetings import MeetingNotFound
from facilitator.storage.database import Database
from facilitator.storage.models import ActionItem, AgendaItem, Base, Dispute, Meeting, Note
from facilitator.team.conflicts import check_version, refused_when_stale
from facilitator.vocabulary import NoteKind


def check_note_text(text: str) -> None:
    """Refuse what can't be a note; everything else is kept exactly as typed."""
    if not text.strip():
        raise NoteRefused(_("A note needs some text."))
    if len(text) > MAX_NOTE_LENGTH:
        raise NoteRefused(
            _("The note is {length:,} characters; at most {max_note_length:,} fit.").format(
                length=len(text), max_note_length=MAX_NOTE_LENGTH
            )
        )


def _check_offset(offset_seconds: float) -> None:
    if not math.isfinite(offset_seconds):
        raise NoteRefused(_("A note's time into the meeting must be a finite number of seconds."))


def _view(note: Note) -> NoteView:
    return NoteView(
        id=note.id,
        meeting_id=note.meeting_id,
        item_id=note.item_id,
        kind=note.kind,
        text=note.text,
        offset_seconds=note.offset_seconds,
        parked=note.parked,
        created_at=note.created_at,
        updated_at=note.updated_at,
        version=note.version,
    )


def _note(session: Session, note_id: int) -> Note:
    note = session.get(Note, note_id)
    if note is None:
        raise NoteNotFound(note_id)
    return note


def _check_item(session: Session, meeting_id: int, item_id: int | None) -> None:
    """A note is filed under an item of its own meeting, or under none."""
    if item_id is None:
        return
    item = session.get(AgendaItem, item_id)
    if item is None or item.meeting_id != meeting_id:
        raise NoteRefused(
            _("Agenda item {item_id} is not on this meeting's agenda.").format(item_id=item_id)
        )


def check_note_of(session: Session, note_id: int | None, meeting_id: int) -> None:
    """A dispute or action item made from a note names a note of the meeting it is made at."""
    if note_id is None:
        return
    note = session.get(Note, note_id)
    if note is None or note.meeting_id != meeting_id:
        raise NoteRefused(
            _("Note {note_id} is not one of this meeting's notes.").format(note_id=note_id)
        )


def forget_gone_note(session: Session, record: Base) -> None:
    """A dispute or action item put back by an undo names its note only while it is there."""
    if not isinstance(record, Dispute | ActionItem) or record.note_id is None:
        return
    with session.no_autoflush:  # the record, not flushed yet, still names the gone note
        if session.get(Note, record.note_id) is None:
            record.note_id = None


def add_note(
    db: Database,
    meeting_id: int,
    item_id: int | None,
    kind: NoteKind,
    text: str,
    offset_seconds: float,
) -> int:
    """File a note under an item (None: the meeting as a whole); returns its id."""
    check_note_text(text)
    _check_offset(offset_seconds)
    with db.write() as session:
        if session.get(Meeting, meeting_id) is None:
            raise MeetingNotFound(meeting_id)
        _check_item(session, meeting_id, item_id)
        note = Note(
            meeting_id=meeting_id,
            item_id=item_id,
            kind=kind,
            text=text,
            offset_seconds=offset_seconds,
        )
        session.add(note)
        session.flush()
        return note.id


def edit_note(
    db: Database,
    note_id: int,
    *,
    text: str | None = None,
    kind: NoteKind | None = None,
    expected_version: int | None = None,
) -> NoteView:
    """Change a note's text, its kind or both; returns the note as it was before, for undo.
    ChangedElsewhere when the note is no longer at expected_version (the one read)."""
    if text is not None:
        check_note_text(text)
    with refused_when_stale("note"), db.write() as session:
        note = _note(session, note_id)
        check_version("note", note.version, expected_version)
        before = _view(note)
        if text is not None:
            note.text = text
        if kind is not None:
            note.kind = kind
        return before


def move_note(db: Database, note_id: int, item_id: int | None) -> int | None:
    """File a note under another item of its meeting; returns the item it was under, for undo."""
    with db.write() as session:
        note = _note(session, note_id)
        _check_item(session, note.meeting_id, item_id)
        before = note.item_id
        note.item_id = item_id
        return before


def park_note(db: Database, note_id: int, parked: bool = True) -> None:
    """Put a note in the parking lot (or take it out): parked notes are offered to the next
    meeting's agenda."""
    with db.write() as session:
        _note(session, note_id).parked = parked


def delete_note(db: Database, note_id: int) -> NoteView:
    """Remove a note; the returned view is all restore_note needs to undo it."""
    with db.write() as session:
        note = _note(session, note_id)
        view = replace(
            _view(note),
            dispute_ids=_made_from(session, Dispute, note_id),
            action_ids=_made_from(session, ActionItem, note_id),
        )
        session.delete(note)
        return view


def _made_from(
    session: Session, model: type[Dispute] | type[ActionItem], note_id: int
) -> tuple[int, ...]:
    return tuple(session.scalars(select(model.id).where(model.note_id == note_id)))


def restore_note(db: Database, view: NoteView) -> int:
    """Put a deleted note back as it was; returns its id, the old one when it is still free.

    If its item has gone meanwhile, it comes back under the meeting as a whole. The disputes
    and action items made from it name it again, unless they were linked elsewhere meanwhile.
    """
    with db.write() as session:
        if session.get(Meeting, view.meeting_id) is None:
            raise MeetingNotFound(view.meeting_id)
        item = None if view.item_id is None else session.get(AgendaItem, view.item_id)
        note = Note(
            id=None if session.get(Note, view.id) is not None else view.id,
            meeting_id=view.meeting_id,
            item_id=item.id if item is not None and item.meeting_id == view.meeting_id else None,
            kind=view.kind,
            text=view.text,
            offset_seconds=view.offset_seconds,
            parked=view.parked,
            created_at=view.created_at,
            updated_at=view.updated_at,
        )
        session.add(note)
        session.flush()
        for model, ids in ((Dispute, view.dispute_ids), (ActionItem, view.action_ids)):
            for record in session.scalars(select(model).where(model.id.in_(ids))):
                if record.note_id is None:
                    record.note_id = note.id
        return note.id


def get_note(db: Database, note_id: int) -> NoteView:
    with db.read() as session:
        return _view(_note(session, note_id))


def notes_of(db: Database, meeting_id: int) -> list[NoteView]:
    """A meeting's notes in the order they were typed: by time into the meeting, then id."""
    with db.read() as session:
        notes = session.scalars(
            select(Note).where(Note.meeting_id == meeting_id).order_by(Note.offset_seconds, Note.id)
        ).all()
        return [_view(note) for note in notes]


def parked_notes(db: Database, meeting_id: int) -> list[NoteView]:
    return [note for note in notes_of(db, meeting_id) if note.parked]
