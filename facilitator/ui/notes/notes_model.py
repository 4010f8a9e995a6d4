"""The table of a meeting's notes: time, kind, item and text, always shown as plain text."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from facilitator.meeting_views import AgendaItemView, NoteView
from facilitator.rules.clock import format_seconds
from facilitator.ui.common.table_model import HeaderedTableModel
from facilitator.ui.common.tooltips import plain_tooltip

_ModelIndex = QModelIndex | QPersistentModelIndex

SHOWN_CHARACTERS = 300
"""A longer note is cut here in the table; the tooltip and the editor hold more."""
TOOLTIP_CHARACTERS = 3000
"""A tooltip is a quick look; editing the note (F2) shows all of it."""

EditRequest = Callable[[int, str], bool]
"""Asked to store a note's new text (by note id); True when it was stored."""


def item_label(items: Sequence[AgendaItemView], item_id: int | None) -> str:
    """'2. Funnel review' for an item of the meeting, 'Meeting' for a note under none."""
    for item in items:
        if item.id == item_id:
            return f"{item.position + 1}. {item.title}"
    return QCoreApplication.translate("NotesTableModel", "Meeting")


def shortened(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


class NotesTableModel(HeaderedTableModel):
    """Notes in the order they were typed; editing the text column asks the panel to store it."""

    TIME, KIND, ITEM, TEXT = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("NotesTableModel", "Time"),
        QT_TRANSLATE_NOOP("NotesTableModel", "Kind"),
        QT_TRANSLATE_NOOP("NotesTableModel", "Item"),
        QT_TRANSLATE_NOOP("NotesTableModel", "Text"),
    )

    def __init__(self, request_edit: EditRequest, parent: Any = None) -> None:
        super().__init__(parent)
        self._request_edit = request_edit
        self._notes: list[NoteView] = []
        self._items: tuple[AgendaItemView, ...] = ()

    def set_notes(self, notes: list[NoteView], items: tuple[AgendaItemView, ...]) -> None:
        self.beginResetModel()
        self._notes = notes
        self._items = items
        self.endResetModel()

    def note_at(self, row: int) -> NoteView | None:
        return self._notes[row] if 0 <= row < len(self._notes) else None

    def row_of(self, note_id: int) -> int:
        """The row showing a note, -1 when it is not listed."""
        for row, note in enumerate(self._notes):
            if note.id == note_id:
                return row
        return -1

    def rows(self) -> Sequence[object]:
        return self._notes

    def kind_labels(self) -> list[str]:
        """The kinds the kind column shows now, each once, in a fixed order."""
        return sorted({self._display(note, self.KIND) for note in self._notes})

    def item_labels(self) -> list[str]:
        """Every label the item column can show for this meeting's agenda."""
        return [item_label(self._items, item.id) for item in self._items] + [self.tr("Meeting")]

    def flags(self, index: _ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.TEXT:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        note = self.note_at(index.row()) if index.isValid() else None
        if note is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(note, column)
        if role == Qt.ItemDataRole.EditRole and column == self.TEXT:
            return note.text
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT:
            return self._tooltip(note.text)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.ITEM:
            return plain_tooltip(item_label(self._items, note.item_id))
        if role == Qt.ItemDataRole.UserRole:
            return note.id
        return None

    def setData(self, index: _ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        note = self.note_at(index.row()) if index.isValid() else None
        if note is None or role != Qt.ItemDataRole.EditRole or index.column() != self.TEXT:
            return False
        text = str(value)
        if text == note.text:
            return False
        return self._request_edit(note.id, text)

    def _display(self, note: NoteView, column: int) -> str:
        if column == self.TIME:
            return format_seconds(int(note.offset_seconds))
        if column == self.KIND and note.id < 0:  # kept on the laptop, the server away
            return self.tr("{kind} (not sent)").format(kind=note.kind.label)
        if column == self.KIND and note.parked:
            return self.tr("{kind} (parked)").format(kind=note.kind.label)
        if column == self.KIND:
            return note.kind.label
        if column == self.ITEM:
            return item_label(self._items, note.item_id)
        return shortened(note.text, SHOWN_CHARACTERS)

    def _tooltip(self, text: str) -> str:
        """The note as typed, up to TOOLTIP_CHARACTERS, and where to read the rest."""
        more = ""
        if len(text) > TOOLTIP_CHARACTERS:
            more = "<i>" + self.tr("(F2 shows the whole note)") + "</i>"
        return plain_tooltip(shortened(text, TOOLTIP_CHARACTERS)) + more
