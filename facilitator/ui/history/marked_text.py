"""A search result's text with the words that matched in bold.

An item view draws its text plain, so the marked text is rich text made here from escaped
pieces: what a moderator typed (a note saying "<b>again</b>") stays exactly as typed and only
the marks the core found are bold.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

MARKED_ROLE = Qt.ItemDataRole.UserRole + 2
"""A cell's text as rich text with its matches in bold; the display role keeps it plain."""


def marked_html(text: str, marks: Sequence[tuple[int, int]]) -> str:
    """text as escaped rich text, each (start, end) stretch of it in <b>…</b>."""
    pieces: list[str] = []
    at = 0
    for start, end in marks:
        start, end = max(start, at), min(end, len(text))
        if start >= end:
            continue
        pieces.append(html.escape(text[at:start]))
        pieces.append(f"<b>{html.escape(text[start:end])}</b>")
        at = end
    pieces.append(html.escape(text[at:]))
    return "".join(pieces)


class MarkedTextDelegate(QStyledItemDelegate):
    """Draws a cell's MARKED_ROLE rich text on one line, cut at the cell's edge; cells
    without it are drawn as usual."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        marked = index.data(MARKED_ROLE)
        if not isinstance(marked, str):
            super().paint(painter, option, index)
            return
        cell = QStyleOptionViewItem(option)
        self.initStyleOption(cell, index)
        cell.text = ""
        widget = cell.widget
        style = widget.style() if widget is not None else None
        if style is None:
            super().paint(painter, option, index)
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, cell, painter, widget)
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, cell, widget)
        document = QTextDocument()
        document.setDefaultFont(cell.font)
        document.setDocumentMargin(0)
        document.setHtml(f"<span style='white-space:pre'>{marked}</span>")
        selected = bool(cell.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, cell.palette.color(role))
        painter.save()
        painter.setClipRect(area)
        top = area.top() + (area.height() - document.size().height()) / 2
        painter.translate(QPointF(area.left() + 2, top))
        document.documentLayout().draw(painter, context)
        painter.restore()
