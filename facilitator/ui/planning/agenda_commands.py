"""The agenda editor's undoable edits: one QUndoCommand per thing a moderator can do to a plan."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from facilitator.rules.agenda import PlannedItem

if TYPE_CHECKING:
    from facilitator.ui.planning.agenda_model import AgendaModel

_CAP_MERGE_ID = 1
_CONTEXT = "AgendaEditor"

FIELD_NAMES = {
    "title": QT_TRANSLATE_NOOP("AgendaEditor", "Rename item {number}"),
    "kind": QT_TRANSLATE_NOOP("AgendaEditor", "Change kind of item {number}"),
    "planned_seconds": QT_TRANSLATE_NOOP("AgendaEditor", "Change duration of item {number}"),
    "presenter_team": QT_TRANSLATE_NOOP("AgendaEditor", "Change presenter team of item {number}"),
    "presenter_id": QT_TRANSLATE_NOOP("AgendaEditor", "Change presenter of item {number}"),
    "description": QT_TRANSLATE_NOOP("AgendaEditor", "Change description of item {number}"),
}
EDIT_ITEM = QT_TRANSLATE_NOOP("AgendaEditor", "Edit item {number}")


def _tr(text: str) -> str:
    """Undo commands are no QObjects: their texts are translated in the agenda editor's context."""
    return QCoreApplication.translate(_CONTEXT, text)


def _quoted(item: PlannedItem) -> str:
    """Undo menu entries name the item as the moderator sees it, shortened to stay readable."""
    title = item.title if len(item.title) <= 30 else item.title[:29] + "…"
    return f"'{title}'"


class AddItem(QUndoCommand):
    """Insert one item at a row; undo takes it out again."""

    def __init__(self, model: AgendaModel, row: int, item: PlannedItem) -> None:
        super().__init__(
            QCoreApplication.translate("AgendaEditor", "Add item {number}").format(number=row + 1)
        )
        self._model = model
        self._row = row
        self._item = item

    def redo(self) -> None:
        self._model.apply_insert(self._row, self._item)

    def undo(self) -> None:
        self._model.apply_remove(self._row)


class RemoveItem(QUndoCommand):
    """Take one item out; undo puts the very same item back where it was."""

    def __init__(self, model: AgendaModel, row: int) -> None:
        self._model = model
        self._row = row
        self._item = model.item(row)
        super().__init__(
            QCoreApplication.translate("AgendaEditor", "Remove {item}").format(
                item=_quoted(self._item)
            )
        )

    def redo(self) -> None:
        self._model.apply_remove(self._row)

    def undo(self) -> None:
        self._model.apply_insert(self._row, self._item)


class EditItem(QUndoCommand):
    """Replace one item by an edited copy.

    The whole item is kept before and after, so an edit that must change two fields at once
    (a new team clears a presenter of the old team) is still one step to undo.
    """

    def __init__(
        self, model: AgendaModel, row: int, field: str, old: PlannedItem, new: PlannedItem
    ) -> None:
        super().__init__(_tr(FIELD_NAMES.get(field, EDIT_ITEM)).format(number=row + 1))
        self._model = model
        self._row = row
        self.field = field
        self._old = old
        self._new = new

    def redo(self) -> None:
        self._model.apply_replace(self._row, self._new)

    def undo(self) -> None:
        self._model.apply_replace(self._row, self._old)


class MoveItem(QUndoCommand):
    """Move one item so that it ends up at row `destination`; undo moves it back."""

    def __init__(self, model: AgendaModel, source: int, destination: int) -> None:
        item = model.item(source)
        if destination == source - 1:
            text = QCoreApplication.translate("AgendaEditor", "Move {item} up")
        elif destination == source + 1:
            text = QCoreApplication.translate("AgendaEditor", "Move {item} down")
        else:
            text = QCoreApplication.translate("AgendaEditor", "Move {item} to position {number}")
        super().__init__(text.format(item=_quoted(item), number=destination + 1))
        self._model = model
        self._source = source
        self._destination = destination

    def redo(self) -> None:
        self._model.apply_move(self._source, self._destination)

    def undo(self) -> None:
        self._model.apply_move(self._destination, self._source)


class SetCap(QUndoCommand):
    """Change the meeting's cap.

    Steps of the cap spin box follow each other quickly; they merge into one undo step so
    Ctrl+Z does not walk back one minute at a time.
    """

    def __init__(self, model: AgendaModel, old_seconds: int, new_seconds: int) -> None:
        super().__init__(
            QCoreApplication.translate("AgendaEditor", "Set cap to {minutes} min").format(
                minutes=new_seconds // 60
            )
        )
        self._model = model
        self._old = old_seconds
        self._new = new_seconds

    def id(self) -> int:
        return _CAP_MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetCap) or other._model is not self._model:
            return False
        self._new = other._new
        self.setText(other.text())
        self.setObsolete(self._new == self._old)
        return True

    def redo(self) -> None:
        self._model.apply_cap(self._new)

    def undo(self) -> None:
        self._model.apply_cap(self._old)
