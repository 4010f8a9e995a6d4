"""Typing a note: the kind, the item (after the end), the input and its message line.

What is typed is stored while it is typed (DEBOUNCE_MS after the last key, at once on Enter,
on leaving the input and on closing), so a crash loses at most the last keystrokes. That
stored draft is not yet an edit to undo; Enter files it, and filing is the undoable step.
During a run the console says where a new note goes (current item, time into the meeting);
after the end there is no clock, so the moderator picks the item and the note gets the
meeting's end time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from facilitator.meeting_views import (
    MARKERS,
    MAX_NOTE_LENGTH,
    AgendaItemView,
    MeetingNotFound,
    NoteNotFound,
    NoteRefused,
    parse_note_input,
)
from facilitator.storage.database import Database
from facilitator.storage.write_errors import SaveRefused
from facilitator.ui.common.palette_colours import CAUTION, tint
from facilitator.ui.notes.note_commands import NewNote, NoteContent, NoteStore, NoteWrites
from facilitator.ui.notes.notes_model import item_label
from facilitator.vocabulary import NoteKind

DEBOUNCE_MS = 700
"""Quiet time after the last key before the draft is stored: well under the promised second."""
EMPTY_MESSAGE = QT_TRANSLATE_NOOP("NoteEntry", "Type a note first; an empty note is not filed.")
NO_ITEM = -1
ITEM_BOX_CHARACTERS = 24
"""The item chooser shows this much of a title (its list all of it), not the widest title."""
"""The item box's value for "the meeting as a whole" (a combo box can't hold None)."""
KIND_MARKERS = {kind: marker for marker, kind in MARKERS.items()}


@dataclass(frozen=True)
class NotePlace:
    """Where a new note is filed: under an item (None: the meeting), at a time into the meeting."""

    item_id: int | None
    offset_seconds: float


PlaceSource = Callable[[], NotePlace]


def end_offset(db: Database, meeting_id: int) -> float:
    """The time into the meeting at which it ended; read from its run, the clock stays stopped."""
    from facilitator.record.run import MeetingRun

    state = MeetingRun.open(db, meeting_id).state()
    return state.meeting_elapsed if state.started else 0.0


class NoteEntry(QWidget):
    """The input row of the notes pane, and the draft behind it.

    file: files a finished note through an undoable command; False when it was refused.
    changed: a note was stored or removed (the one to select, or None).
    refused: a change to the draft was refused; the message, and the list read again.
    """

    def __init__(
        self,
        db: Database,
        meeting_id: int,
        place: PlaceSource | None,
        *,
        file: Callable[[NewNote], bool],
        changed: Callable[[int | None], None],
        refused: Callable[[str], None],
        store: NoteStore | None = None,
    ) -> None:
        super().__init__()
        self._db = db
        self.store = store if store is not None else NoteWrites(db)
        self._meeting_id = meeting_id
        self._file, self._changed, self._refused = file, changed, refused
        self._draft_id: int | None = None
        self._draft_place: NotePlace | None = None
        self._stored: NoteContent | None = None
        self.after_end = place is None
        self._end_offset: float | None = None if place is None else 0.0
        self._place: PlaceSource = place if place is not None else self._chosen_place
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.flush)
        self._init_widgets()

    def _init_widgets(self) -> None:
        self.kind_box = QComboBox(objectName="noteKindBox")
        for kind in NoteKind:
            marker = KIND_MARKERS.get(kind)
            self.kind_box.addItem(f"{kind.label} ({marker})" if marker else kind.label, kind.value)
        self.kind_box.setToolTip(
            self.tr("The kind of the note being typed; a leading ! * ? # sets it too")
        )
        self.kind_box.activated.connect(self._on_kind_chosen)
        self.item_box = QComboBox(objectName="noteItemBox")
        self.item_box.setToolTip(self.tr("The agenda item a new note is filed under"))
        self.item_box.activated.connect(self._on_item_chosen)
        self.item_box.setVisible(self.after_end)
        shortest = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        self.item_box.setSizeAdjustPolicy(shortest)
        self.item_box.setMinimumContentsLength(ITEM_BOX_CHARACTERS)  # the note keeps the width
        self.note_input = QLineEdit(objectName="noteInput", accessibleName=self.tr("Note"))
        self.note_input.setMaxLength(MAX_NOTE_LENGTH)
        self.note_input.setPlaceholderText(
            self.tr(
                "New note under the chosen item — ! decision, * highlight, ? question, # metric"
            )
            if self.after_end
            else self.tr(
                "Note under the current item — start with ! for a decision — Enter files it"
            )
        )
        self.note_input.setToolTip(
            self.tr(
                "A note under the chosen item. Start it with ! for a decision, * for a "
                "highlight, ? for a question or # for a metric; Enter files it."
            )
            if self.after_end
            else self.tr(
                "A note under the current item, at the time into the meeting. Start it with ! "
                "for a decision, * for a highlight, ? for a question or # for a metric; Enter "
                "files it."
            )
        )
        self.note_input.textEdited.connect(self._on_text_edited)
        self.note_input.returnPressed.connect(self.finish_note)
        self.note_input.installEventFilter(self)
        self.note_error = QLabel(objectName="noteError", wordWrap=True)
        self.note_error.setTextFormat(Qt.TextFormat.PlainText)
        tint(self.note_error, CAUTION)
        row = QHBoxLayout()
        row.addWidget(self.kind_box)
        row.addWidget(self.item_box)
        row.addWidget(self.note_input, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.note_error)

    @property
    def draft_id(self) -> int | None:
        """The note being typed, once stored; None before the first commit and after Enter."""
        return self._draft_id

    def show_items(self, items: tuple[AgendaItemView, ...]) -> None:
        """The items a note can go under after the end, keeping the one chosen."""
        chosen = self.item_box.currentData()
        self.item_box.clear()
        for item in items:
            self.item_box.addItem(item_label(items, item.id), item.id)
        self.item_box.addItem(self.tr("Meeting as a whole"), NO_ITEM)
        index = self.item_box.findData(chosen)
        self.item_box.setCurrentIndex(max(index, 0))

    def start_meeting(self, meeting_id: int) -> None:
        """Type for another meeting; what was typed for the one before is stored first."""
        self.flush()
        self._draft_id = None
        self._draft_place = None
        self._stored = None
        self._meeting_id = meeting_id
        if self.after_end:
            self._end_offset = None
        self.note_input.clear()
        self.kind_box.setCurrentIndex(0)
        self.note_error.clear()

    def flush(self) -> None:
        """Store what is typed now (a new note or the draft's latest text); typing may go on."""
        self._debounce.stop()
        self._commit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Leaving the input stores what it holds at once."""
        if watched is self.note_input and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)

    def _chosen_place(self) -> NotePlace:
        chosen = self.item_box.currentData()
        item_id = None if chosen is None or chosen == NO_ITEM else int(chosen)
        if self._end_offset is None:
            # Read on the first note filed after the end, not each time a meeting is shown.
            self._end_offset = end_offset(self._db, self._meeting_id)
        return NotePlace(item_id, self._end_offset)

    def _content(self) -> NoteContent:
        """What the input holds: a leading marker wins over the kind box."""
        raw = self.note_input.text()
        kind, text = parse_note_input(raw)
        if raw[:1] not in MARKERS:
            kind = NoteKind(self.kind_box.currentData())
        return NoteContent(text, kind)

    def _on_text_edited(self) -> None:
        self.note_error.clear()
        if self._draft_place is None:
            self._draft_place = self._place()
        self._debounce.start()

    def _on_kind_chosen(self) -> None:
        if self.note_input.text():
            self._debounce.start()
        self.note_input.setFocus()

    def _on_item_chosen(self) -> None:
        """After the end: the note being typed goes where the moderator now points."""
        if self._draft_place is None:
            return
        place = self._chosen_place()
        self._draft_place = place
        from facilitator.record.notes import move_note

        draft = self._draft_id
        if draft is not None and self._guard(lambda: move_note(self._db, draft, place.item_id)):
            self._changed(draft)

    def _guard(self, change: Callable[[], object]) -> bool:
        """A draft removed or refused meanwhile becomes a message and a fresh list."""
        try:
            change()
        except (NoteNotFound, NoteRefused, MeetingNotFound, SaveRefused) as error:
            self._refused(str(error))
            return False
        return True

    def _commit(self) -> bool:
        """Store the draft as typed; an emptied draft is removed. True when something is stored."""
        content = self._content()
        if not content.text.strip():
            draft = self._draft_id
            if draft is not None:
                from facilitator.record.notes import delete_note

                self._guard(
                    lambda: (
                        self.store.forget(draft) or delete_note(self._db, self.store.sent_id(draft))
                    )
                )
                self._draft_id = None
                self._stored = None
                self._changed(None)
            return False
        if content == self._stored and self._draft_id is not None:
            return True
        try:
            self._store(content)
        except (NoteRefused, MeetingNotFound, SaveRefused) as error:
            self.note_error.setText(str(error))
            return False
        self._stored = content
        self._changed(self._draft_id)
        return True

    def _store(self, content: NoteContent) -> None:
        if self._draft_id is not None:
            try:
                self.store.edit_note(self._draft_id, content.text, content.kind)
                return
            except NoteNotFound:
                self._draft_id = None
        place = self._draft_place or self._place()
        self._draft_place = place
        self._draft_id = self.store.add_note(
            self._meeting_id, place.item_id, content.kind, content.text, place.offset_seconds
        )

    def finish_note(self) -> None:
        """Enter: store the note at once and start afresh; an empty one is refused."""
        self._debounce.stop()
        if not self._content().text.strip():
            self._commit()
            self.note_error.setText(self.tr(EMPTY_MESSAGE))
            return
        self.file_draft()

    def file_draft(self) -> None:
        """The draft becomes a finished note undo can take out; the input starts a new one.

        A refused note stays in the input (and as a draft) to be filed again.
        """
        place = self._draft_place or self._place()
        self._draft_place = place
        note = NewNote(
            self._meeting_id, place.item_id, place.offset_seconds, self._content(), self._draft_id
        )
        if not self._file(note):
            return
        self._draft_id = None
        self._draft_place = None
        self._stored = None
        self.note_input.clear()
        self.kind_box.setCurrentIndex(0)
        self.note_error.clear()
