"""The agenda editor's table model: a plan's items as rows, every edit an undoable command."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from enum import IntEnum
from typing import Any, NamedTuple, TypeAlias, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoStack

from facilitator.rules.agenda import AgendaPlan, PlannedItem, format_duration
from facilitator.ui.common.tooltips import plain_tooltip
from facilitator.ui.planning.agenda_commands import AddItem, EditItem, MoveItem, RemoveItem, SetCap
from facilitator.vocabulary import ItemKind, MeetingKind, Team

ROWS_MIME_TYPE = "application/x-facilitator-agenda-rows"
NEW_ITEM_TITLE = QT_TRANSLATE_NOOP("AgendaModel", "New item")
NEW_ITEM_SECONDS = 5 * 60
NO_PRESENTER = ""
"""What the team and presenter columns hold in the edit role when the slot names nobody."""

_ROOT = QModelIndex()
_E = TypeVar("_E", ItemKind, Team)
_DURATION = re.compile(r"^\s*(\d{1,3})\s*(?::\s*(\d{1,2})\s*)?$")

AnyIndex: TypeAlias = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    TITLE = 0
    KIND = 1
    MINUTES = 2
    TEAM = 3
    PRESENTER = 4

    @property
    def header(self) -> str:
        return QCoreApplication.translate("AgendaModel", _HEADERS[self])


_HEADERS = {
    Column.TITLE: QT_TRANSLATE_NOOP("AgendaModel", "Title"),
    Column.KIND: QT_TRANSLATE_NOOP("AgendaModel", "Kind"),
    Column.MINUTES: QT_TRANSLATE_NOOP("AgendaModel", "Minutes"),
    Column.TEAM: QT_TRANSLATE_NOOP("AgendaModel", "Presenter team"),
    Column.PRESENTER: QT_TRANSLATE_NOOP("AgendaModel", "Presenter"),
}

_FIELDS = {
    Column.TITLE: "title",
    Column.KIND: "kind",
    Column.MINUTES: "planned_seconds",
    Column.TEAM: "presenter_team",
    Column.PRESENTER: "presenter_id",
}


class Person(NamedTuple):
    """Someone who can fill a presenter slot."""

    id: int
    name: str
    team: Team


def parse_duration(text: str) -> int | None:
    """Seconds from what a moderator types: "12" is minutes, "12:30" and "0:45" add seconds.

    Returns None for anything else, so a typo is refused rather than guessed at.
    """
    match = _DURATION.match(text)
    if match is None:
        return None
    minutes = int(match.group(1))
    seconds = int(match.group(2) or 0)
    if seconds >= 60:
        return None
    return minutes * 60 + seconds


def duration_for_editing(seconds: int) -> str:
    """Whole minutes edit as "12", others as "12:30": what the moderator would type back."""
    minutes, rest = divmod(seconds, 60)
    return f"{minutes}" if rest == 0 else f"{minutes}:{rest:02d}"


class AgendaModel(QAbstractTableModel):
    """The plan being edited.

    Views and delegates only ask for changes (setData, add_item, move_item, ...); each request
    becomes a command on `undo_stack`, and only the commands call the `apply_*` methods that
    really change the rows. That is what makes every edit undoable.
    """

    planChanged = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self._items: list[PlannedItem] = []
        self._kind = MeetingKind.OTHER
        self._cap_seconds = 0
        self._people: dict[int, Person] = {}

    # The plan as a whole

    def set_plan(self, plan: AgendaPlan) -> None:
        """Start editing another plan; its history starts empty, so Ctrl+Z cannot reach back."""
        self.beginResetModel()
        self._items = list(plan.items)
        self._kind = plan.kind
        self._cap_seconds = plan.cap_seconds
        self.endResetModel()
        self.undo_stack.clear()
        self.planChanged.emit()

    def plan(self) -> AgendaPlan:
        return AgendaPlan(kind=self._kind, cap_seconds=self._cap_seconds, items=tuple(self._items))

    @property
    def cap_seconds(self) -> int:
        return self._cap_seconds

    @property
    def total_seconds(self) -> int:
        return sum(item.planned_seconds for item in self._items)

    def item(self, row: int) -> PlannedItem:
        return self._items[row]

    def items(self) -> tuple[PlannedItem, ...]:
        return tuple(self._items)

    # People who can present

    def set_people(self, people: Iterable[tuple[int, str, Team]]) -> None:
        self._people = {entry[0]: Person(*entry) for entry in people}
        if self._items:
            self.dataChanged.emit(
                self.index(0, Column.PRESENTER), self.index(len(self._items) - 1, Column.PRESENTER)
            )

    def people_of(self, team: Team | None) -> list[Person]:
        """The people a presenter slot of this team can name, by name."""
        if team is None:
            return []
        return sorted(
            (p for p in self._people.values() if p.team == team), key=lambda p: p.name.casefold()
        )

    def presenters(self) -> dict[int, Team]:
        """Each known person's team, as check_plan wants it."""
        return {person.id: person.team for person in self._people.values()}

    def presenter_names(self) -> dict[int, str]:
        """Each known person's name, so check_plan's messages can say who."""
        return {person.id: person.name for person in self._people.values()}

    # Edits a user asks for: each one goes on the undo stack

    def add_item(self, row: int | None = None, item: PlannedItem | None = None) -> int:
        """Insert an item (a fresh one unless given) before row, or at the end; returns its row."""
        row = len(self._items) if row is None else max(0, min(row, len(self._items)))
        item = item or _new_item()
        self.undo_stack.push(AddItem(self, row, item))
        return row

    def remove_item(self, row: int) -> bool:
        if not 0 <= row < len(self._items):
            return False
        self.undo_stack.push(RemoveItem(self, row))
        return True

    def move_item(self, source: int, destination: int) -> bool:
        """Move the item at source so it ends up at row destination."""
        count = len(self._items)
        if source == destination or not (0 <= source < count and 0 <= destination < count):
            return False
        self.undo_stack.push(MoveItem(self, source, destination))
        return True

    def set_cap_seconds(self, seconds: int) -> None:
        if seconds != self._cap_seconds:
            self.undo_stack.push(SetCap(self, self._cap_seconds, seconds))

    # Changes the commands make; nothing else calls these

    def apply_insert(self, row: int, item: PlannedItem) -> None:
        self.beginInsertRows(_ROOT, row, row)
        self._items.insert(row, item)
        self.endInsertRows()
        self.planChanged.emit()

    def apply_remove(self, row: int) -> None:
        self.beginRemoveRows(_ROOT, row, row)
        del self._items[row]
        self.endRemoveRows()
        self.planChanged.emit()

    def apply_replace(self, row: int, item: PlannedItem) -> None:
        self._items[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        self.planChanged.emit()

    def apply_move(self, source: int, destination: int) -> None:
        # Qt counts the destination before the move: one further down when moving down.
        before = destination + 1 if destination > source else destination
        self.beginMoveRows(_ROOT, source, source, _ROOT, before)
        self._items.insert(destination, self._items.pop(source))
        self.endMoveRows()
        self.planChanged.emit()

    def apply_cap(self, seconds: int) -> None:
        self._cap_seconds = seconds
        self.planChanged.emit()

    # Qt's table model interface

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return Column(section).header if 0 <= section < len(Column) else None
        return str(section + 1)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.MINUTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )
        if index.column() != Column.PRESENTER or self._items[index.row()].presenter_team:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Turn an edit into an EditItem command; refuse values that make no sense."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = index.row()
        column = Column(index.column())
        old = self._items[row]
        new = self._edited(old, column, value)
        if new is None:
            return False
        if new != old:
            self.undo_stack.push(EditItem(self, row, _FIELDS[column], old, new))
        return True

    # Drag and drop: rows travel as their numbers and land as a MoveItem command

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROWS_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        data = QMimeData()
        data.setData(ROWS_MIME_TYPE, QByteArray(",".join(map(str, rows)).encode("ascii")))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return action == Qt.DropAction.MoveAction and self._dragged_row(data) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        """Row is where the item lands, counted before it leaves its old place (Qt's way)."""
        source = self._dragged_row(data)
        if action != Qt.DropAction.MoveAction or source is None:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._items)
        destination = row - 1 if row > source else row
        return self.move_item(source, destination)

    # Helpers

    def _dragged_row(self, data: QMimeData) -> int | None:
        if not data.hasFormat(ROWS_MIME_TYPE):
            return None
        text = bytes(data.data(ROWS_MIME_TYPE).data()).decode("ascii", "replace")
        rows = [int(part) for part in text.split(",") if part.isdigit()]
        if len(rows) != 1 or not 0 <= rows[0] < len(self._items):
            return None
        return rows[0]

    def _display(self, item: PlannedItem, column: Column) -> str:
        match column:
            case Column.TITLE:
                return item.title
            case Column.KIND:
                return item.kind.label
            case Column.MINUTES:
                return format_duration(item.planned_seconds)
            case Column.TEAM:
                return item.presenter_team.label if item.presenter_team else self.tr("Moderator")
            case Column.PRESENTER:
                return self._presenter_name(item)

    def _presenter_name(self, item: PlannedItem) -> str:
        if item.presenter_id is not None:
            person = self._people.get(item.presenter_id)
            unknown = self.tr("Person #{number}").format(number=item.presenter_id)
            return person.name if person else unknown
        if item.presenter_team is None:
            return ""
        return self.tr("(not chosen)")

    def _edit_value(self, item: PlannedItem, column: Column) -> Any:
        match column:
            case Column.TITLE:
                return item.title
            case Column.KIND:
                return item.kind.value
            case Column.MINUTES:
                return duration_for_editing(item.planned_seconds)
            case Column.TEAM:
                return item.presenter_team.value if item.presenter_team else NO_PRESENTER
            case Column.PRESENTER:
                return item.presenter_id if item.presenter_id is not None else NO_PRESENTER

    def _tooltip(self, item: PlannedItem, column: Column) -> str | None:
        match column:
            case Column.TITLE:  # and a review's goal values since the decision, a note in full
                return plain_tooltip("\n\n".join(filter(None, (item.title, item.description))))
            case Column.MINUTES:
                return self.tr("Minutes, or minutes:seconds (12, 12:30, 0:45)")
            case Column.PRESENTER if item.presenter_team is None:
                return self.tr("The moderator leads this item; choose a team to name a presenter.")
        return None

    def _edited(self, old: PlannedItem, column: Column, value: Any) -> PlannedItem | None:
        """The item after the edit, or None when the value is refused."""
        match column:
            case Column.TITLE:
                title = str(value).strip()
                return dataclasses.replace(old, title=title) if title else None
            case Column.KIND:
                kind = _enum_or_none(ItemKind, value)
                return dataclasses.replace(old, kind=kind) if kind else None
            case Column.MINUTES:
                seconds = _seconds_from(value)
                if seconds is None:
                    return None
                return dataclasses.replace(old, planned_seconds=seconds)
            case Column.TEAM:
                return self._with_team(old, value)
            case Column.PRESENTER:
                return self._with_presenter(old, value)

    def _with_team(self, old: PlannedItem, value: Any) -> PlannedItem | None:
        if value in (None, NO_PRESENTER):
            return dataclasses.replace(old, presenter_team=None, presenter_id=None)
        team = _enum_or_none(Team, value)
        if team is None:
            return None
        presenter = self._people.get(old.presenter_id) if old.presenter_id is not None else None
        keep = presenter is not None and presenter.team == team
        return dataclasses.replace(
            old, presenter_team=team, presenter_id=old.presenter_id if keep else None
        )

    def _with_presenter(self, old: PlannedItem, value: Any) -> PlannedItem | None:
        """Naming a person also names their team, so a slot never mixes two teams."""
        if value in (None, NO_PRESENTER):
            return dataclasses.replace(old, presenter_id=None)
        try:
            person = self._people.get(int(value))
        except (TypeError, ValueError):
            return None
        if person is None:
            return None
        return dataclasses.replace(old, presenter_id=person.id, presenter_team=person.team)


def _new_item() -> PlannedItem:
    """A fresh item, titled in the moderator's language until they name it."""
    title = QCoreApplication.translate("AgendaModel", NEW_ITEM_TITLE)
    return PlannedItem(title, ItemKind.DISCUSSION, NEW_ITEM_SECONDS)


def _enum_or_none(enum: type[_E], value: Any) -> _E | None:
    try:
        return enum(value)
    except ValueError:
        return None


def _seconds_from(value: Any) -> int | None:
    """Minutes as typed text, or a number of minutes from code."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return int(round(value * 60)) if value >= 0 else None
    return parse_duration(str(value))
