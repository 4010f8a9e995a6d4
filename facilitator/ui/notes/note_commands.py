"""Undoable changes to stored notes: file, edit, move, park and delete.

Each command's redo() makes its change through the core, the first time too; a refused change
is told to the panel and never reaches the undo stack (see EditCommand). A deleted note may
come back under a new id (restore_note hands it back), so commands hold a NoteRef that NoteRefs
keeps pointing at the note's current id.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication

from facilitator.first_fill import load_meeting, notes_of
from facilitator.meeting_views import (
    AgendaItemView,
    MeetingNotFound,
    NoteNotFound,
    NoteRefused,
    NoteView,
)
from facilitator.storage.database import Database
from facilitator.ui.common.commands import EditCommand, Tell
from facilitator.vocabulary import NoteKind

Value = TypeVar("Value")


@dataclass
class NoteRef:
    """One note across deletes and restores; id is where it is stored now."""

    id: int


class NoteRefs:
    """The refs of notes now stored, by id, so later commands share them with earlier ones."""

    def __init__(self) -> None:
        self._by_id: dict[int, NoteRef] = {}

    def get(self, note_id: int) -> NoteRef:
        ref = self._by_id.get(note_id)
        if ref is None:
            ref = self._by_id[note_id] = NoteRef(note_id)
        return ref

    def forget(self, ref: NoteRef) -> None:
        if self._by_id.get(ref.id) is ref:
            del self._by_id[ref.id]

    def place(self, ref: NoteRef, note_id: int) -> None:
        """The note is stored again, under note_id."""
        self.forget(ref)
        ref.id = note_id
        self._by_id[note_id] = ref


class NoteStore(Protocol):
    """Where new notes and a draft's words go: the database (NoteWrites), or on a team database
    facilitator.team.offline.Journaling, which keeps them on the laptop while the server is
    away and lists them under negative ids until they are sent."""

    offline: bool

    def add_note(
        self, meeting_id: int, item_id: int | None, kind: NoteKind, text: str, offset: float
    ) -> int: ...

    def edit_note(self, note_id: int, text: str, kind: NoteKind) -> None: ...

    def notes_of(self, meeting_id: int) -> list[NoteView]: ...

    def agenda(self, meeting_id: int) -> tuple[AgendaItemView, ...]: ...

    def forget(self, note_id: int) -> bool:
        """Drop a note kept on the laptop and not sent (an emptied draft); False for others."""
        ...

    def sent_id(self, note_id: int) -> int:
        """The id a note kept offline has on the server once sent; any other id as it is."""
        ...


class NoteWrites:
    """Notes stored straight in the database."""

    offline = False

    def __init__(self, db: Database) -> None:
        self.db = db

    def add_note(
        self, meeting_id: int, item_id: int | None, kind: NoteKind, text: str, offset: float
    ) -> int:
        from facilitator.record.notes import add_note

        return add_note(self.db, meeting_id, item_id, kind, text, offset)

    def edit_note(self, note_id: int, text: str, kind: NoteKind) -> None:
        from facilitator.record.notes import edit_note

        edit_note(self.db, note_id, text=text, kind=kind)

    def notes_of(self, meeting_id: int) -> list[NoteView]:
        return notes_of(self.db, meeting_id)

    def agenda(self, meeting_id: int) -> tuple[AgendaItemView, ...]:
        return load_meeting(self.db, meeting_id).items

    def sent_id(self, note_id: int) -> int:
        return note_id

    def forget(self, note_id: int) -> bool:
        return False


@dataclass(frozen=True)
class NoteBook:
    """What every note command works on, and how it tells the panel what happened.

    show: after a change went through, the note to select (None: it is gone).
    tell: a refusal's message.
    """

    db: Database
    refs: NoteRefs
    show: Callable[[int | None], None]
    tell: Tell
    store: NoteStore


@dataclass(frozen=True)
class NoteContent:
    text: str
    kind: NoteKind


@dataclass(frozen=True)
class NewNote:
    """A note to file: its words, where it goes, and the draft already stored for it, if any."""

    meeting_id: int
    item_id: int | None
    offset_seconds: float
    content: NoteContent
    draft_id: int | None


class NoteCommand(EditCommand):
    """A change to one note; apply() and revert() name the note to select afterwards."""

    refusals = (NoteNotFound, NoteRefused, MeetingNotFound)

    def __init__(self, text: str, book: NoteBook) -> None:
        super().__init__(text, QCoreApplication.translate("NoteCommand", "note"), book.tell)
        self._book = book
        self._selected: int | None = None

    def shown(self) -> None:
        self._book.show(self._selected)

    def stored_id(self, ref: NoteRef) -> int:
        """Where the note is stored now; one kept on the laptop is refused until it is sent."""
        if ref.id < 0:
            self._book.refs.place(ref, self._book.store.sent_id(ref.id))
        if ref.id < 0:
            from facilitator.team.offline import WAITING_MESSAGE

            raise NoteRefused(WAITING_MESSAGE)
        return ref.id


class FileNoteCommand(NoteCommand):
    """A note typed in and filed (its draft stored with its last words); undo takes it out."""

    def __init__(self, book: NoteBook, note: NewNote) -> None:
        super().__init__(QCoreApplication.translate("NoteCommand", "File note"), book)
        self._note = note
        self._ref: NoteRef | None = None
        self._view: NoteView | None = None

    @property
    def note_id(self) -> int | None:
        """Where the filed note is stored now; None before it is filed."""
        return None if self._ref is None else self._ref.id

    def apply(self) -> None:
        from facilitator.record.notes import restore_note

        if self._ref is not None and self._view is not None:
            self._book.refs.place(self._ref, restore_note(self._book.db, self._view))
        else:
            self._ref = self._book.refs.get(self._store())
        self._selected = self._ref.id

    def _store(self) -> int:
        note, content, store = self._note, self._note.content, self._book.store
        if note.draft_id is not None:
            try:
                store.edit_note(note.draft_id, content.text, content.kind)
                return note.draft_id
            except NoteNotFound:
                pass
        return store.add_note(
            note.meeting_id, note.item_id, content.kind, content.text, note.offset_seconds
        )

    def revert(self) -> None:
        from facilitator.record.notes import delete_note

        assert self._ref is not None
        self._view = delete_note(self._book.db, self.stored_id(self._ref))
        self._book.refs.forget(self._ref)
        self._selected = None


class DeleteNoteCommand(NoteCommand):
    def __init__(self, book: NoteBook, ref: NoteRef) -> None:
        super().__init__(QCoreApplication.translate("NoteCommand", "Delete note"), book)
        self._ref = ref
        self._view: NoteView | None = None

    def apply(self) -> None:
        from facilitator.record.notes import delete_note

        self._view = delete_note(self._book.db, self.stored_id(self._ref))
        self._book.refs.forget(self._ref)
        self._selected = None

    def revert(self) -> None:
        from facilitator.record.notes import restore_note

        assert self._view is not None
        self._book.refs.place(self._ref, restore_note(self._book.db, self._view))
        self._selected = self._ref.id


class NoteChange(NoteCommand, Generic[Value]):
    """One note changed from one value to another: redo stores the value after, undo the value
    before, and either selects the note."""

    def __init__(
        self, text: str, book: NoteBook, ref: NoteRef, before: Value, after: Value
    ) -> None:
        super().__init__(text, book)
        self._ref = ref
        self._before = before
        self._after = after

    def apply(self) -> None:
        self._set(self._after)

    def revert(self) -> None:
        self._set(self._before)

    def _set(self, value: Value) -> None:
        self.store(self.stored_id(self._ref), value)
        self._selected = self._ref.id

    def store(self, note_id: int, value: Value) -> None:
        raise NotImplementedError


class EditNoteCommand(NoteChange[NoteContent]):
    def __init__(
        self, book: NoteBook, ref: NoteRef, before: NoteContent, after: NoteContent
    ) -> None:
        if before.text != after.text:
            label = QCoreApplication.translate("NoteCommand", "Edit note")
        else:
            label = QCoreApplication.translate("NoteCommand", "Change note kind")
        super().__init__(label, book, ref, before, after)

    def store(self, note_id: int, value: NoteContent) -> None:
        from facilitator.record.notes import edit_note

        edit_note(self._book.db, note_id, text=value.text, kind=value.kind)


class MoveNoteCommand(NoteChange[int | None]):
    def __init__(self, book: NoteBook, ref: NoteRef, before: int | None, after: int | None) -> None:
        super().__init__(
            QCoreApplication.translate("NoteCommand", "Move note"), book, ref, before, after
        )

    def store(self, note_id: int, value: int | None) -> None:
        from facilitator.record.notes import move_note

        move_note(self._book.db, note_id, value)


class ParkNoteCommand(NoteChange[bool]):
    def __init__(self, book: NoteBook, ref: NoteRef, parked: bool) -> None:
        text = (
            QCoreApplication.translate("NoteCommand", "Park note")
            if parked
            else QCoreApplication.translate("NoteCommand", "Unpark note")
        )
        super().__init__(text, book, ref, not parked, parked)

    def store(self, note_id: int, value: bool) -> None:
        from facilitator.record.notes import park_note

        park_note(self._book.db, note_id, value)
