"""Undoable changes to stored notes: file, edit, move, park and delete.

Each change is made (and checked) before its command is pushed, so a refused change never
reaches the undo stack; the first redo() Qt calls on push is therefore skipped. A deleted note
may come back under a new id (restore_note hands it back), so commands hold a NoteRef that
NoteRefs keeps pointing at the note's current id.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QUndoCommand

from facilitator.record.meetings import MeetingNotFound
from facilitator.record.notes import (
    NoteNotFound,
    NoteRefused,
    NoteView,
    delete_note,
    edit_note,
    move_note,
    park_note,
    restore_note,
)
from facilitator.storage.database import Database
from facilitator.storage.write_errors import SaveRefused
from facilitator.vocabulary import NoteKind

Report = Callable[[int | None, str], None]
"""Told after every undo/redo: the note to select (None: gone) and an error message or ''."""


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


class NoteCommand(QUndoCommand):
    """A change already made when pushed; undo and redo report to the panel."""

    def __init__(self, text: str, db: Database, refs: NoteRefs, ref: NoteRef, report: Report):
        super().__init__(text)
        self._db = db
        self._refs = refs
        self._ref = ref
        self._report = report
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._run(self._apply)

    def undo(self) -> None:
        self._run(self._revert)

    def _run(self, change: Callable[[], int | None]) -> None:
        """A note gone meanwhile or a disk that refuses is a message, never a crash."""
        try:
            selected = change()
        except (NoteNotFound, NoteRefused, MeetingNotFound, SaveRefused) as error:
            self._report(None, str(error))
            return
        self._report(selected, "")

    def _apply(self) -> int | None:
        raise NotImplementedError

    def _revert(self) -> int | None:
        raise NotImplementedError


class FileNoteCommand(NoteCommand):
    """A note typed in and filed; undo takes it out again."""

    def __init__(self, db: Database, refs: NoteRefs, ref: NoteRef, report: Report) -> None:
        super().__init__("File note", db, refs, ref, report)
        self._view: NoteView | None = None

    def _apply(self) -> int | None:
        if self._view is not None:
            self._refs.place(self._ref, restore_note(self._db, self._view))
        return self._ref.id

    def _revert(self) -> int | None:
        self._view = delete_note(self._db, self._ref.id)
        self._refs.forget(self._ref)
        return None


class DeleteNoteCommand(NoteCommand):
    def __init__(
        self, db: Database, refs: NoteRefs, ref: NoteRef, view: NoteView, report: Report
    ) -> None:
        super().__init__("Delete note", db, refs, ref, report)
        self._view = view
        refs.forget(ref)

    def _apply(self) -> int | None:
        self._view = delete_note(self._db, self._ref.id)
        self._refs.forget(self._ref)
        return None

    def _revert(self) -> int | None:
        self._refs.place(self._ref, restore_note(self._db, self._view))
        return self._ref.id


@dataclass(frozen=True)
class NoteContent:
    text: str
    kind: NoteKind


class EditNoteCommand(NoteCommand):
    def __init__(
        self,
        db: Database,
        refs: NoteRefs,
        ref: NoteRef,
        before: NoteContent,
        after: NoteContent,
        report: Report,
    ) -> None:
        label = "Edit note" if before.text != after.text else "Change note kind"
        super().__init__(label, db, refs, ref, report)
        self._before = before
        self._after = after

    def _apply(self) -> int | None:
        edit_note(self._db, self._ref.id, text=self._after.text, kind=self._after.kind)
        return self._ref.id

    def _revert(self) -> int | None:
        edit_note(self._db, self._ref.id, text=self._before.text, kind=self._before.kind)
        return self._ref.id


class MoveNoteCommand(NoteCommand):
    def __init__(
        self,
        db: Database,
        refs: NoteRefs,
        ref: NoteRef,
        before: int | None,
        after: int | None,
        report: Report,
    ) -> None:
        super().__init__("Move note", db, refs, ref, report)
        self._before = before
        self._after = after

    def _apply(self) -> int | None:
        move_note(self._db, self._ref.id, self._after)
        return self._ref.id

    def _revert(self) -> int | None:
        move_note(self._db, self._ref.id, self._before)
        return self._ref.id


class ParkNoteCommand(NoteCommand):
    def __init__(
        self, db: Database, refs: NoteRefs, ref: NoteRef, parked: bool, report: Report
    ) -> None:
        super().__init__("Park note" if parked else "Unpark note", db, refs, ref, report)
        self._parked = parked

    def _apply(self) -> int | None:
        park_note(self._db, self._ref.id, self._parked)
        return self._ref.id

    def _revert(self) -> int | None:
        park_note(self._db, self._ref.id, not self._parked)
        return self._ref.id
