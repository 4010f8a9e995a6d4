"""Taking notes in a meeting and tidying them afterwards: one input, a table, undoable changes.

What is typed is stored while it is typed (DEBOUNCE_MS after the last key, at once on Enter,
on leaving the input and on closing), so a crash loses at most the last keystrokes. Enter
finishes the note; the next key starts a new one. During a run the console says where a new
note goes (current item, time into the meeting); after the end there is no clock, so the
moderator picks the item and the note gets the meeting's end time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.record.meetings import AgendaItemView, MeetingNotFound, load_meeting
from facilitator.record.notes import (
    MARKERS,
    MAX_NOTE_LENGTH,
    NoteNotFound,
    NoteRefused,
    NoteView,
    add_note,
    delete_note,
    edit_note,
    move_note,
    notes_of,
    parse_note_input,
)
from facilitator.record.run import MeetingRun
from facilitator.storage.database import Database
from facilitator.storage.write_errors import SaveRefused
from facilitator.ui.common.column_widths import fit_column
from facilitator.ui.common.commands import push_edit
from facilitator.ui.common.undo_keys import add_undo_actions, undo_actions
from facilitator.ui.console.note_commands import (
    DeleteNoteCommand,
    EditNoteCommand,
    FileNoteCommand,
    MoveNoteCommand,
    NewNote,
    NoteBook,
    NoteCommand,
    NoteContent,
    NoteRefs,
    ParkNoteCommand,
)
from facilitator.ui.console.notes_model import NotesTableModel, item_label
from facilitator.vocabulary import NoteKind

DEBOUNCE_MS = 700
"""Quiet time after the last key before the draft is stored: well under the promised second."""
EMPTY_MESSAGE = "Type a note first; an empty note is not filed."
NO_ITEM = -1
"""The item box's value for "the meeting as a whole" (a combo box can't hold None)."""
KIND_MARKERS = {kind: marker for marker, kind in MARKERS.items()}

_ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class NotePlace:
    """Where a new note is filed: under an item (None: the meeting), at a time into the meeting."""

    item_id: int | None
    offset_seconds: float


PlaceSource = Callable[[], NotePlace]


def end_offset(db: Database, meeting_id: int) -> float:
    """The time into the meeting at which it ended; read from its run, the clock stays stopped."""
    state = MeetingRun.open(db, meeting_id).state()
    return state.meeting_elapsed if state.started else 0.0


TIME_SAMPLES = ("-888:88", "888:88")
"""The widest times a note shows; the column is sized to them, not to every note."""


def kind_samples() -> tuple[str, ...]:
    """Every text the kind column can show, parked included."""
    return tuple(text for kind in NoteKind for text in (kind.label, f"{kind.label} (parked)"))


class _NoteTextDelegate(QStyledItemDelegate):
    """Edits a note's text in full: the default editor would cut it at 32,767 characters."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: _ModelIndex
    ) -> QWidget:
        editor = QLineEdit(parent, objectName="noteEditor")
        editor.setMaxLength(MAX_NOTE_LENGTH)
        editor.setFrame(False)
        return editor


class NotesPanel(QWidget):
    """A meeting's notes: capture (debounced), and edit, move, park and delete with undo."""

    notesChanged = Signal()
    """A note was stored, changed or removed."""

    def __init__(
        self,
        db: Database,
        meeting_id: int,
        place: PlaceSource | None = None,
        parent: QWidget | None = None,
        items: tuple[AgendaItemView, ...] | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        """items: the meeting's agenda when the caller has just read it, so it is not read
        again. undo_stack: the window's, when the window holds Ctrl+Z for all its panes."""
        super().__init__(parent)
        self._db = db
        self._meeting_id = meeting_id
        self._items: tuple[AgendaItemView, ...] = ()
        self._book = self._new_book()
        self._draft_id: int | None = None
        self._draft_place: NotePlace | None = None
        self._stored: NoteContent | None = None
        self._in_editor = False
        """The table's editor is handing its text over: the table is reloaded once it closed."""
        self._after_end = place is None
        self._end_offset: float | None = None if place is None else 0.0
        self._place: PlaceSource = place if place is not None else self._chosen_place
        self._shared_stack = undo_stack is not None
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.flush)
        self._edited_id: int | None = None
        self._after_edit = QTimer(self)
        self._after_edit.setSingleShot(True)
        self._after_edit.setInterval(0)
        self._after_edit.timeout.connect(lambda: self._after_change(self._edited_id))
        self.model = NotesTableModel(self._request_edit, self)
        self._init_widgets()
        self._init_actions()
        self.reload(items)

    # --- public ---------------------------------------------------------------------------

    @property
    def meeting_id(self) -> int:
        return self._meeting_id

    @property
    def draft_id(self) -> int | None:
        """The note being typed, once stored; None before the first commit and after Enter."""
        return self._draft_id

    def flush(self) -> None:
        """Store what is typed now (a new note or the draft's latest text); typing may go on."""
        self._debounce.stop()
        self._commit()

    def reload(self, items: tuple[AgendaItemView, ...] | None = None) -> None:
        """Read the agenda (unless given, just read) and the notes again, keeping the
        selected note selected."""
        selected = self.selected_note()
        try:
            if items is None:
                items = load_meeting(self._db, self._meeting_id).items
        except MeetingNotFound as error:
            self.note_error.setText(str(error))
            return
        self._items = items
        self.model.set_notes(notes_of(self._db, self._meeting_id), self._items)
        self._fill_item_box()
        self._fill_move_menu()
        if selected is not None:
            self._select(selected.id)
        self._update_actions()

    def show_meeting(
        self, meeting_id: int, items: tuple[AgendaItemView, ...] | None = None
    ) -> None:
        """Take another ended meeting's notes into this panel, so browsing the history does
        not build a panel per meeting. What was typed for the one before is stored first;
        its undo history goes, as it would with its panel."""
        if meeting_id == self._meeting_id:
            self.reload(items)
            return
        self.flush()
        self._after_edit.stop()
        self.undo_stack.clear()
        self._book = self._new_book()
        self._draft_id = None
        self._draft_place = None
        self._stored = None
        self._edited_id = None
        self._meeting_id = meeting_id
        if self._after_end:
            self._end_offset = None
        self.note_input.clear()
        self.kind_box.setCurrentIndex(0)
        self.note_error.clear()
        self.notes_view.setCurrentIndex(QModelIndex())
        self.reload(items)
        self.notes_view.scrollToTop()

    def selected_note(self) -> NoteView | None:
        return self.model.note_at(self.notes_view.currentIndex().row())

    # --- building --------------------------------------------------------------------------

    def _new_book(self) -> NoteBook:
        return NoteBook(self._db, NoteRefs(), self._on_shown, self._on_refused)

    def _init_widgets(self) -> None:
        self.kind_box = QComboBox(objectName="noteKindBox")
        for kind in NoteKind:
            marker = KIND_MARKERS.get(kind)
            self.kind_box.addItem(f"{kind.label} ({marker})" if marker else kind.label, kind.value)
        self.kind_box.setToolTip("The kind of the note being typed; a leading ! * ? # sets it too")
        self.kind_box.activated.connect(self._on_kind_chosen)
        self.item_box = QComboBox(objectName="noteItemBox")
        self.item_box.setToolTip("The agenda item a new note is filed under")
        self.item_box.activated.connect(self._on_item_chosen)
        self.item_box.setVisible(self._after_end)
        self.note_input = QLineEdit(objectName="noteInput")
        self.note_input.setMaxLength(MAX_NOTE_LENGTH)
        self.note_input.setPlaceholderText(
            "New note under the chosen item — ! decision, * highlight, ? question, # metric"
            if self._after_end
            else "Note under the current item — start with ! for a decision — Enter files it"
        )
        self.note_input.textEdited.connect(self._on_text_edited)
        self.note_input.returnPressed.connect(self.finish_note)
        self.note_input.installEventFilter(self)
        self.note_error = QLabel(objectName="noteError", wordWrap=True)
        self.note_error.setTextFormat(Qt.TextFormat.PlainText)
        self.note_error.setStyleSheet("color: #7a0000;")

        view = QTableView(objectName="notesList")
        view.setModel(self.model)
        view.setItemDelegateForColumn(NotesTableModel.TEXT, _NoteTextDelegate(view))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setAccessibleName("Notes")
        view.verticalHeader().hide()
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        fit_column(view, NotesTableModel.TIME, TIME_SAMPLES)
        fit_column(view, NotesTableModel.KIND, kind_samples())
        header.setSectionResizeMode(NotesTableModel.ITEM, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NotesTableModel.TEXT, QHeaderView.ResizeMode.Stretch)
        view.doubleClicked.connect(self._on_double_clicked)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._show_context_menu)
        self.notes_view = view

        entry = QHBoxLayout()
        entry.addWidget(self.kind_box)
        entry.addWidget(self.item_box)
        entry.addWidget(self.note_input, 1)
        self._buttons = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view, 1)
        layout.addLayout(self._buttons)
        layout.addLayout(entry)
        layout.addWidget(self.note_error)

    def _view_action(
        self, text: str, keys: list[QKeySequence], slot: Callable[[], None]
    ) -> QAction:
        """An action for the table only, so its keys never reach the note input."""
        action = QAction(text, self.notes_view)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.notes_view.addAction(action)
        return action

    def _init_actions(self) -> None:
        self.edit_action = self._view_action("&Edit text", [QKeySequence("F2")], self.edit_selected)
        self.park_action = self._view_action(
            "&Park / unpark", [QKeySequence("Ctrl+P")], self.toggle_park_selected
        )
        self.delete_action = self._view_action(
            "&Delete", [QKeySequence(Qt.Key.Key_Delete)], self.delete_selected
        )
        self.move_menu = QMenu("&Move to item", self)
        self.move_action = self.move_menu.menuAction()
        self.kind_menu = QMenu("&Kind", self)
        for kind in NoteKind:
            action = self.kind_menu.addAction(kind.label)
            action.triggered.connect(lambda _=False, k=kind: self.change_kind_selected(k))
        if self._shared_stack:
            self.undo_action, self.redo_action = undo_actions(self.undo_stack, self)
        else:
            self.undo_action, self.redo_action = add_undo_actions(
                self.undo_stack, self.notes_view, Qt.ShortcutContext.WidgetShortcut
            )
        for action in (
            self.edit_action,
            self.move_action,
            self.park_action,
            self.delete_action,
            self.undo_action,
            self.redo_action,
        ):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            if action is self.move_action:
                button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            self._buttons.addWidget(button)
        self._buttons.addStretch(1)
        self.notes_view.selectionModel().currentRowChanged.connect(self._update_actions)

    def _fill_item_box(self) -> None:
        chosen = self.item_box.currentData()
        self.item_box.clear()
        for item in self._items:
            self.item_box.addItem(item_label(self._items, item.id), item.id)
        self.item_box.addItem("Meeting as a whole", NO_ITEM)
        index = self.item_box.findData(chosen)
        self.item_box.setCurrentIndex(max(index, 0))

    def _fill_move_menu(self) -> None:
        self.move_menu.clear()
        targets: list[tuple[str, int | None]] = [
            (item_label(self._items, item.id), item.id) for item in self._items
        ]
        targets.append(("Meeting as a whole", None))
        for label, item_id in targets:
            action = self.move_menu.addAction(label)
            action.setData(NO_ITEM if item_id is None else item_id)
            action.triggered.connect(lambda _=False, i=item_id: self.move_selected(i))

    def _show_context_menu(self, position: object) -> None:
        menu = QMenu(self)
        menu.addAction(self.edit_action)
        menu.addMenu(self.kind_menu)
        menu.addMenu(self.move_menu)
        menu.addAction(self.park_action)
        menu.addAction(self.delete_action)
        menu.addSeparator()
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        menu.popup(self.notes_view.viewport().mapToGlobal(position))

    def _update_actions(self) -> None:
        note = self.selected_note()
        for action in (self.edit_action, self.move_action, self.park_action, self.delete_action):
            action.setEnabled(note is not None)
        self.kind_menu.setEnabled(note is not None)
        if note is not None:
            self.park_action.setText("Un&park" if note.parked else "&Park")

    # --- typing a note ---------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Leaving the input stores what it holds at once."""
        if watched is self.note_input and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)

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
        draft = self._draft_id
        if draft is not None and self._guard(lambda: move_note(self._db, draft, place.item_id)):
            self._after_change(draft)

    def _commit(self) -> bool:
        """Store the draft as typed; an emptied draft is removed. True when something is stored."""
        content = self._content()
        if not content.text.strip():
            draft = self._draft_id
            if draft is not None:
                self._guard(lambda: delete_note(self._db, draft))
                self._draft_id = None
                self._stored = None
                self._after_change(None)
            return False
        if content == self._stored and self._draft_id is not None:
            return True
        try:
            self._store(content)
        except (NoteRefused, MeetingNotFound, SaveRefused) as error:
            self.note_error.setText(str(error))
            return False
        self._stored = content
        self._after_change(self._draft_id)
        return True

    def _store(self, content: NoteContent) -> None:
        if self._draft_id is not None:
            try:
                edit_note(self._db, self._draft_id, text=content.text, kind=content.kind)
                return
            except NoteNotFound:
                self._draft_id = None
        place = self._draft_place or self._place()
        self._draft_place = place
        self._draft_id = add_note(
            self._db,
            self._meeting_id,
            place.item_id,
            content.kind,
            content.text,
            place.offset_seconds,
        )

    def finish_note(self) -> None:
        """Enter: store the note at once and start afresh; an empty one is refused."""
        self._debounce.stop()
        if not self._content().text.strip():
            self._commit()
            self.note_error.setText(EMPTY_MESSAGE)
            return
        self._file_draft()

    def _file_draft(self) -> None:
        """The draft becomes a finished note undo can take out; the input starts a new one.

        A refused note stays in the input (and as a draft) to be filed again.
        """
        place = self._draft_place or self._place()
        self._draft_place = place
        note = NewNote(
            self._meeting_id, place.item_id, place.offset_seconds, self._content(), self._draft_id
        )
        if not self._push(FileNoteCommand(self._book, note)):
            return
        self._draft_id = None
        self._draft_place = None
        self._stored = None
        self.note_input.clear()
        self.kind_box.setCurrentIndex(0)
        self.note_error.clear()

    # --- changing listed notes -------------------------------------------------------------

    def _selected_for_change(self) -> NoteView | None:
        """The selected note, with the note being typed filed first so changes can't race it."""
        note = self.selected_note()
        if note is None:
            return None
        self.flush()
        if self._draft_id is not None:
            self._file_draft()
        self._select(note.id)
        return self.selected_note()

    def edit_selected(self) -> None:
        if self._selected_for_change() is None:
            return
        index = self.notes_view.currentIndex()
        self.notes_view.edit(index.siblingAtColumn(NotesTableModel.TEXT))

    def _on_double_clicked(self, index: QModelIndex) -> None:
        note = self.model.note_at(index.row())
        if note is not None:
            self._select(note.id)
            self.edit_selected()

    def _request_edit(self, note_id: int, text: str) -> bool:
        """The table's editor asks for a new text: stored now, undoable later.

        The table is reloaded once the editor has closed, not while it hands its text over.
        """
        note = self.model.note_at(self.model.row_of(note_id))
        if note is None:
            return False
        self._in_editor = True
        try:
            return self._push_edit(note, NoteContent(text, note.kind))
        finally:
            self._in_editor = False

    def change_kind_selected(self, kind: NoteKind) -> None:
        note = self._selected_for_change()
        if note is None or note.kind == kind:
            return
        self._push_edit(note, NoteContent(note.text, kind))

    def _push_edit(self, before: NoteView, after: NoteContent) -> bool:
        ref = self._book.refs.get(before.id)
        content = NoteContent(before.text, before.kind)
        return self._push(EditNoteCommand(self._book, ref, content, after))

    def move_selected(self, item_id: int | None) -> None:
        note = self._selected_for_change()
        if note is None or note.item_id == item_id:
            return
        ref = self._book.refs.get(note.id)
        self._push(MoveNoteCommand(self._book, ref, note.item_id, item_id))

    def toggle_park_selected(self) -> None:
        note = self._selected_for_change()
        if note is None:
            return
        ref = self._book.refs.get(note.id)
        self._push(ParkNoteCommand(self._book, ref, not note.parked))

    def delete_selected(self) -> None:
        note = self._selected_for_change()
        if note is None:
            return
        row = self.notes_view.currentIndex().row()
        if not self._push(DeleteNoteCommand(self._book, self._book.refs.get(note.id))):
            return
        following = self.model.note_at(min(row, self.model.rowCount() - 1))
        if following is not None:
            self._select(following.id)

    def _guard(self, change: Callable[[], object]) -> bool:
        """A note removed or refused meanwhile becomes a message and a fresh list."""
        try:
            change()
        except (NoteNotFound, NoteRefused, MeetingNotFound, SaveRefused) as error:
            self.note_error.setText(str(error))
            self.reload()
            return False
        return True

    def _push(self, command: NoteCommand) -> bool:
        """Make a change through its command; False when it was refused (and said why)."""
        return push_edit(self.undo_stack, command)

    def _on_shown(self, note_id: int | None) -> None:
        """A change, its undo or its redo went through: show it and select the note."""
        self.note_error.clear()
        if self._in_editor:
            self._edited_id = note_id
            self._after_edit.start()
        else:
            self._after_change(note_id)

    def _on_refused(self, message: str) -> None:
        """A note removed or refused meanwhile becomes a message and a fresh list."""
        self.note_error.setText(message)
        if not self._in_editor:
            self.reload()

    def _after_change(self, note_id: int | None) -> None:
        self.reload()
        if note_id is not None:
            self._select(note_id)
        self.notesChanged.emit()

    def _select(self, note_id: int) -> None:
        row = self.model.row_of(note_id)
        if row < 0:
            return
        index = self.model.index(row, NotesTableModel.TEXT)
        self.notes_view.setCurrentIndex(index)
        self.notes_view.scrollTo(index)
