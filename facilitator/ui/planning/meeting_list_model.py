"""The meeting list as a Qt table model: one row per meeting, newest first, read-only."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from facilitator.ui.common.table_model import HeaderedTableModel
from facilitator.ui.common.tooltips import plain_tooltip
from facilitator.vocabulary import MeetingStatus

if TYPE_CHECKING:
    from facilitator.record.meetings import MeetingSummary

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""A proxy sorts on this role: the date sorts as an instant, not as its text."""

MEETING_ID_ROLE = Qt.ItemDataRole.UserRole + 2

DATE_FORMAT = "%Y-%m-%d %H:%M"

_ModelIndex = QModelIndex | QPersistentModelIndex


class MeetingListModel(HeaderedTableModel):
    """Wraps the summaries the core hands out; the window refreshes it after every change."""

    DATE, TITLE, KIND, STATUS = range(4)
    HEADERS = ("Date", "Title", "Kind", "Status")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[MeetingSummary] = []
        self._texts: list[tuple[str, ...]] = []
        self._sort_keys: list[tuple[Any, ...]] = []

    def refresh(self, summaries: Sequence[MeetingSummary]) -> None:
        """Take the summaries and work out every cell's text and sort key once: sorting and
        sizing a ten-year list ask for them thousands of times (issue #8's start time)."""
        self.beginResetModel()
        self._rows = list(summaries)
        self._texts = [
            tuple(self._display(summary, column) for column in range(len(self.HEADERS)))
            for summary in self._rows
        ]
        self._sort_keys = [
            (summary.scheduled_at.timestamp(), *(text.casefold() for text in texts[1:]))
            for summary, texts in zip(self._rows, self._texts, strict=True)
        ]
        self.endResetModel()

    def meeting_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, meeting_id: int) -> int | None:
        for row, summary in enumerate(self._rows):
            if summary.id == meeting_id:
                return row
        return None

    def rows(self) -> Sequence[object]:
        return self._rows

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
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
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            return plain_tooltip(summary.title)
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
            return summary.kind.label
        return summary.status.label
