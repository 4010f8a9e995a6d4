"""A list of long entries that shows each whole: wrapped to the list's width, every row as
high as its text, and never a row cut in half at the bottom edge.

The carried action items and disputes are sentences with an owner and a date; cut to one line,
or cut through the middle of a wrapped line at the list's edge, the moderator reads half an
entry to the room. Here a row that does not fit below the last whole one is left out of view
(the scroll bar says there is more), and scrolling goes a whole entry at a time.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget


class WholeRowsList(QListWidget):
    """A QListWidget whose rows wrap to its width and whose bottom edge never cuts a row."""

    def __init__(self, *, objectName: str) -> None:  # noqa: N803 (Qt's keyword)
        super().__init__(objectName=objectName)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)  # each row as high as its wrapped text
        self.setResizeMode(QListView.ResizeMode.Adjust)  # wrapped again when the width changes
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.verticalScrollBar().valueChanged.connect(self._hide_cut_row)

    def doItemsLayout(self) -> None:  # noqa: N802 (Qt override: the rows laid out again)
        super().doItemsLayout()
        self._hide_cut_row()

    def updateGeometries(self) -> None:  # noqa: N802 (Qt override: scroll range and size)
        super().updateGeometries()
        self._hide_cut_row()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._hide_cut_row()

    def hidden_height(self) -> int:
        """How much of the list's height is kept empty below the last whole row."""
        return self.viewportMargins().bottom()

    def _hide_cut_row(self) -> None:
        """Keep empty, below the last whole row from the top one, the room a cut row would
        take; nothing when every row from there fits or the top row alone is too high."""
        room = self.contentsRect().height()
        used, spacing = 0, self.spacing()
        for row in range(max(self.verticalScrollBar().value(), 0), self.count()):
            height = self.visualItemRect(self.item(row)).height() + spacing
            if used + height > room:
                break
            used += height
        else:
            used = room
        margin = room - used if used > 0 else 0
        if margin != self.viewportMargins().bottom():
            self.setViewportMargins(0, 0, 0, margin)
