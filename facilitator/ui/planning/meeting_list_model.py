"""The meeting list as a Qt table model: one row per meeting, newest first, read-only."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
)
from PySide6.QtGui import QFont

from facilitator.ui.common.table_model import DISPLAY_ROLE, USER_ROLE, HeaderedTableModel
from facilitator.ui.common.tooltips import plain_tooltip
from facilitator.vocabulary import MeetingStatus

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

    from facilitator.record.meetings import MeetingSummary

SORT_ROLE = USER_ROLE + 1
"""A proxy sorts on this role: the date sorts as an instant, not as its text."""

MEETING_ID_ROLE = USER_ROLE + 2

KIND_ROLE = USER_ROLE + 3
"""The meeting's kind as its label, also where the Kind cell is left blank (see says_kind)."""

DATE_FORMAT = "%Y-%m-%d %H:%M"

_ModelIndex = QModelIndex | QPersistentModelIndex


def says_kind(summary: MeetingSummary) -> bool:
    """Whether the title already names the meeting's kind ("Weekly smarketing meeting" is a
    Weekly smarketing), in the language chosen or in English, which most titles are typed in:
    its Kind cell then stays blank, so the list never reads the same words twice and the
    title has the room."""
    title = summary.title.casefold()
    kind = summary.kind
    return kind.label.casefold() in title or kind.english_label.casefold() in title


class MeetingListModel(HeaderedTableModel):
    """Wraps the summaries the core hands out; the window refreshes it after every change.

    Made before the main window's first paint: Qt is named only in the methods the table
    calls, later (see facilitator/ui/app.py)."""

    DATE, TITLE, KIND, STATUS = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("MeetingListModel", "Date"),
        QT_TRANSLATE_NOOP("MeetingListModel", "Title"),
        QT_TRANSLATE_NOOP("MeetingListModel", "Kind"),
        QT_TRANSLATE_NOOP("MeetingListModel", "Status"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._given: list[MeetingSummary] = []
        self._given_keys: list[tuple[Any, ...]] = []
        self._given_texts: list[tuple[str, ...]] = []
        self._order_column = self.DATE
        self._descending = True
        self._rows: list[MeetingSummary] = []
        self._texts: list[tuple[str, ...]] = []
        self._sort_keys: list[tuple[Any, ...]] = []

    def refresh(self, summaries: Sequence[MeetingSummary]) -> None:
        """Take the summaries and work out every cell's text and sort key once: sorting and
        sizing a ten-year list ask for them thousands of times (issue #8's start time)."""
        self.beginResetModel()
        self._given = list(summaries)
        self._given_keys = [
            (
                summary.scheduled_at.timestamp(),
                summary.title.casefold(),
                summary.kind.label.casefold(),
                summary.status.label.casefold(),
            )
            for summary in self._given
        ]
        self._given_texts = [
            tuple(self._display(summary, column) for column in range(len(self.HEADERS)))
            for summary in self._given
        ]
        self._arrange(self._sorted_positions())
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder | None = None) -> None:
        """Put the rows in the column's order (ascending unless told) here, in Python, from
        keys worked out once: a proxy sorting them would ask for two cells per comparison
        through Qt, about 50 ms for a ten-year list at every refresh (issue #20). Ties keep the
        order the core gave, as a proxy's stable sort did; the selection follows its row."""
        from PySide6.QtCore import Qt

        if not 0 <= column < len(self.HEADERS):
            return
        self._order_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        before = {id(summary): row for row, summary in enumerate(self._rows)}
        positions = self._sorted_positions()
        self._arrange(positions)
        moved = {before[id(self._given[position])]: row for row, position in enumerate(positions)}
        old = self.persistentIndexList()
        self.changePersistentIndexList(
            old, [self.index(moved[index.row()], index.column()) for index in old]
        )
        self.layoutChanged.emit()

    def _sorted_positions(self) -> list[int]:
        column = self._order_column
        keys = self._given_keys
        return sorted(
            range(len(self._given)),
            key=lambda position: keys[position][column],
            reverse=self._descending,
        )

    def _arrange(self, positions: list[int]) -> None:
        self._rows = [self._given[position] for position in positions]
        self._sort_keys = [self._given_keys[position] for position in positions]
        self._texts = [self._given_texts[position] for position in positions]

    def kinds_shown(self) -> set[str]:
        """The kinds the Kind column spells out: those of meetings whose title does not."""
        return {texts[self.KIND] for texts in self._texts if texts[self.KIND]}

    def meeting_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, meeting_id: int) -> int | None:
        for row, summary in enumerate(self._rows):
            if summary.id == meeting_id:
                return row
        return None

    def rows(self) -> Sequence[object]:
        return self._rows

    def data(self, index: _ModelIndex, role: int = DISPLAY_ROLE) -> Any:
        from PySide6.QtCore import Qt

        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._rows):
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[row][column]
        if role == SORT_ROLE:
            return self._sort_keys[row][column]
        summary = self._rows[row]
        if role == MEETING_ID_ROLE:
            return summary.id
        if role == KIND_ROLE:
            return summary.kind.label
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            return plain_tooltip(summary.title)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.KIND:
            return summary.kind.label
        if role == Qt.ItemDataRole.FontRole and summary.status == MeetingStatus.RUNNING:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, summary: MeetingSummary, column: int) -> str:
        if column == self.DATE:
            return summary.scheduled_at.astimezone().strftime(DATE_FORMAT)
        if column == self.TITLE:
            return summary.title
        if column == self.KIND:
            return "" if says_kind(summary) else summary.kind.label
        return summary.status.label
