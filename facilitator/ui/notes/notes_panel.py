"""A meeting's notes pane: the table of notes, tidied with undoable changes, above the input
where notes are typed (note_entry.py).

Every change to a listed note is an EditCommand pushed on the pane's undo stack (or its
window's): the command's redo() makes it, a refused one is a message and never on the stack.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.meeting_views import MAX_NOTE_LENGTH, AgendaItemView, MeetingNotFound, NoteView
from facilitator.storage.database import Database
from facilitator.ui.common.column_widths import CELL_PADDING, fit_column
from facilitator.ui.common.commands import push_edit
from facilitator.ui.common.undo_buttons import keep_short
from facilitator.ui.common.undo_keys import add_undo_actions, undo_actions
from facilitator.ui.notes.note_commands import (
    DeleteNoteCommand,
    EditNoteCommand,
    FileNoteCommand,
    MoveNoteCommand,
    NoteBook,
    NoteCommand,
    NoteContent,
    NoteRefs,
    NoteStore,
    ParkNoteCommand,
)
from facilitator.ui.notes.note_detail import NoteDetail
from facilitator.ui.notes.note_entry import EMPTY_MESSAGE as EMPTY_MESSAGE
from facilitator.ui.notes.note_entry import NO_ITEM, NoteEntry, PlaceSource
from facilitator.ui.notes.note_entry import NotePlace as NotePlace
from facilitator.ui.notes.notes_model import NotesTableModel, item_label
from facilitator.vocabulary import NoteKind

_ModelIndex = QModelIndex | QPersistentModelIndex


TIME_SAMPLES = ("-888:88", "888:88")
"""The widest times a note shows; the column is sized to them, not to every note."""
ITEM_CHARACTERS = 14
"""The item column shows about this many characters of an item's title (its tooltip all of
it), so the note's text keeps the free width."""


VIEW_ACTIONS = (
    (
        QT_TRANSLATE_NOOP("NotesPanel", "&Edit text"),
        QT_TRANSLATE_NOOP("NotesPanel", "Edit the selected note's text (F2)"),
        "F2",
        "edit_selected",
    ),
    (
        QT_TRANSLATE_NOOP("NotesPanel", "&Park / unpark"),
        QT_TRANSLATE_NOOP(
            "NotesPanel", "Park the selected note for a later meeting, or take it back (Ctrl+P)"
        ),
        "Ctrl+P",
        "toggle_park_selected",
    ),
    (
        QT_TRANSLATE_NOOP("NotesPanel", "&Delete"),
        QT_TRANSLATE_NOOP("NotesPanel", "Delete the selected note; Ctrl+Z brings it back (Del)"),
        "Del",
        "delete_selected",
    ),
)
"""The notes list's own actions: text, tooltip, key and the NotesPanel method it calls."""


def _view_action(
    view: QTableView, text: str, tip: str, key: str, slot: Callable[[], None]
) -> QAction:
    """An action for the table only, so its keys never reach the note input."""
    action = QAction(text, view)
    action.setToolTip(tip)
    action.setShortcuts([QKeySequence(key)])
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(slot)
    view.addAction(action)
    return action


class _NoteTextDelegate(QStyledItemDelegate):
    """Edits a note's text in full: the default editor would cut it at 32,767 characters."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: _ModelIndex
    ) -> QWidget:
        editor = QLineEdit(parent, objectName="noteEditor")
        editor.setMaxLength(MAX_NOTE_LENGTH)
        editor.setFrame(False)
        return editor


class NotesTable(QTableView):
    """One row per note, a line each, its text taking the free width; edited only through the
    pane's actions. `detail` shows the current note in full, to be placed under it."""

    def __init__(self, model: NotesTableModel) -> None:
        super().__init__(objectName="notesList")
        self.setModel(model)
        self.setItemDelegateForColumn(NotesTableModel.TEXT, _NoteTextDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAccessibleName(self.tr("Notes"))
        self.setAccessibleDescription(
            self.tr("The meeting's notes in the order typed; F2 edits the selected one")
        )
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        fit_column(self, NotesTableModel.TIME, TIME_SAMPLES)
        header.setSectionResizeMode(NotesTableModel.ITEM, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NotesTableModel.TEXT, QHeaderView.ResizeMode.Stretch)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._item_labels: list[str] | None = None
        self._kind_labels: list[str] | None = None
        model.modelReset.connect(self._fit_columns)
        self.detail = NoteDetail(self, NotesTableModel.TEXT)

    def _fit_columns(self) -> None:
        """Kind as wide as the kinds listed, item as the agenda's widest label up to
        ITEM_CHARACTERS; sized again only when those change, so a dragged width stays."""
        model = self.model()
        if not isinstance(model, NotesTableModel):
            return
        kinds, labels = model.kind_labels(), model.item_labels()
        if kinds != self._kind_labels:
            self._kind_labels = kinds
            fit_column(self, NotesTableModel.KIND, kinds)
        if labels == self._item_labels:
            return
        self._item_labels = labels
        fit_column(self, NotesTableModel.ITEM, labels)
        most = self.fontMetrics().averageCharWidth() * ITEM_CHARACTERS + CELL_PADDING
        width = min(self.horizontalHeader().sectionSize(NotesTableModel.ITEM), most)
        self.horizontalHeader().resizeSection(NotesTableModel.ITEM, width)

    def updateGeometries(self) -> None:  # noqa: N802 (Qt override: after each layout)
        """Keep empty, under the last whole row, the part of a row the bottom edge would cut."""
        super().updateGeometries()
        margins = self.viewportMargins()
        row = self.verticalHeader().defaultSectionSize()
        room = self.contentsRect().height() - margins.top()
        rows = self.model().rowCount() if self.model() is not None else 0
        cut = room % row if row > 0 and rows * row > room else 0
        if cut != margins.bottom():
            self.setViewportMargins(margins.left(), margins.top(), margins.right(), cut)

    def select_note(self, note_id: int) -> None:
        """Make a note's row current and scroll to it; a note not listed changes nothing."""
        model = self.model()
        row = model.row_of(note_id) if isinstance(model, NotesTableModel) else -1
        if row < 0:
            return
        index = model.index(row, NotesTableModel.TEXT)
        self.setCurrentIndex(index)
        self.scrollTo(index)


class NotesPanel(QWidget):
    """A meeting's notes: capture (debounced), and edit, move, park and delete with undo."""

    notesChanged = Signal()
    """A note was stored, changed or removed."""
    refused = Signal(str)
    """A change to a note was refused; carries why, for the window's status line."""

    def __init__(
        self,
        db: Database,
        meeting_id: int,
        place: PlaceSource | None = None,
        parent: QWidget | None = None,
        items: tuple[AgendaItemView, ...] | None = None,
        undo_stack: QUndoStack | None = None,
        store: NoteStore | None = None,
    ) -> None:
        """items: the meeting's agenda when the caller has just read it, so it is not read
        again. undo_stack: the window's, when the window holds Ctrl+Z for all its panes."""
        super().__init__(parent)
        self._db = db
        self._meeting_id = meeting_id
        self._items: tuple[AgendaItemView, ...] = ()
        self._in_editor = False
        """The table's editor is handing its text over: the table is reloaded once it closed."""
        self.entry = NoteEntry(
            db,
            meeting_id,
            place,
            file=lambda note: self._push(FileNoteCommand(self._book, note)),
            changed=self._after_change,
            refused=self._on_refused,
            store=store,
        )
        self._book = self._new_book()
        self.kind_box, self.item_box = self.entry.kind_box, self.entry.item_box
        self.note_input, self.note_error = self.entry.note_input, self.entry.note_error
        self._shared_stack = undo_stack is not None
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
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
        return self.entry.draft_id

    def flush(self) -> None:
        """Store what is typed now (a new note or the draft's latest text); typing may go on."""
        self.entry.flush()

    def finish_note(self) -> None:
        """Enter in the input: file the note typed and start afresh."""
        self.entry.finish_note()

    def reload(self, items: tuple[AgendaItemView, ...] | None = None) -> None:
        """Read the agenda (unless given, just read) and the notes again, keeping the
        selected note selected."""
        selected = self.selected_note()
        try:
            if items is None:
                items = self.entry.store.agenda(self._meeting_id)
        except MeetingNotFound as error:
            self.note_error.setText(str(error))
            return
        self._items = items
        self.model.set_notes(self.entry.store.notes_of(self._meeting_id), self._items)
        self.entry.show_items(items)
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
        self.entry.start_meeting(meeting_id)
        self._after_edit.stop()
        self.undo_stack.clear()
        self._book = self._new_book()
        self._edited_id = None
        self._meeting_id = meeting_id
        self.notes_view.setCurrentIndex(QModelIndex())
        self.reload(items)
        self.notes_view.scrollToTop()

    def selected_note(self) -> NoteView | None:
        return self.model.note_at(self.notes_view.currentIndex().row())

    # --- building --------------------------------------------------------------------------

    def _new_book(self) -> NoteBook:
        return NoteBook(self._db, NoteRefs(), self._on_shown, self._on_refused, self.entry.store)

    def _init_widgets(self) -> None:
        view = NotesTable(self.model)
        view.doubleClicked.connect(self._on_double_clicked)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._show_context_menu)
        self.notes_view = view

        self._buttons = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view, 1)
        layout.addWidget(view.detail)
        layout.addLayout(self._buttons)
        layout.addWidget(self.entry)

    def _init_actions(self) -> None:
        self.edit_action, self.park_action, self.delete_action = (
            _view_action(self.notes_view, self.tr(text), self.tr(tip), key, getattr(self, slot))
            for text, tip, key, slot in VIEW_ACTIONS
        )
        self.move_menu = QMenu(self.tr("&Move to item"), self)
        self.move_action = self.move_menu.menuAction()
        self.move_action.setToolTip(self.tr("File the selected note under another agenda item"))
        self.record_actions: list[QAction] = []  # what the window makes of a note
        self.kind_menu = QMenu(self.tr("&Kind"), self)
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
            if action in (self.undo_action, self.redo_action):
                keep_short(button)
            self._buttons.addWidget(button)
        self._buttons.addStretch(1)
        self.notes_view.selectionModel().currentRowChanged.connect(self._update_actions)

    def _fill_move_menu(self) -> None:
        self.move_menu.clear()
        targets: list[tuple[str, int | None]] = [
            (item_label(self._items, item.id), item.id) for item in self._items
        ]
        targets.append((self.tr("Meeting as a whole"), None))
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
        menu.addActions(self.record_actions)
        menu.addSeparator()  # collapsed into one without them
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        menu.popup(self.notes_view.viewport().mapToGlobal(position))

    def _update_actions(self) -> None:
        note = self.selected_note()
        for action in (self.edit_action, self.move_action, self.park_action, self.delete_action):
            action.setEnabled(note is not None)
        self.kind_menu.setEnabled(note is not None)
        if note is not None:
            self.park_action.setText(self.tr("Un&park") if note.parked else self.tr("&Park"))

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        self.flush()
        super().hideEvent(event)

    # --- changing listed notes -------------------------------------------------------------

    def _selected_for_change(self) -> NoteView | None:
        """The selected note, with the note being typed filed first so changes can't race it."""
        note = self.selected_note()
        if note is None:
            return None
        self.flush()
        if self.entry.draft_id is not None:
            self.entry.file_draft()
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
        self.refused.emit(message)
        if not self._in_editor:
            self.reload()

    def _after_change(self, note_id: int | None) -> None:
        self.reload()
        if note_id is not None:
            self._select(note_id)
        self.notesChanged.emit()

    def _select(self, note_id: int) -> None:
        self.notes_view.select_note(note_id)
