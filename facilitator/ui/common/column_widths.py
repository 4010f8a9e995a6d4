"""Column widths worked out from the texts a column can hold, not from its rows.

Sizing a column to its contents asks the model for every row it measures, again on each
reset: with a ten-year history or a long meeting's notes that cost most of a start or of
opening a meeting (issue #8). A column whose texts come from a short known set (a date
format, a vocabulary's labels) is sized once from them instead and stays resizable.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QFontMetrics

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTableView

CELL_PADDING = 16
"""Room for a cell's margins and the grid line beside the measured text."""


def fit_column(view: QTableView, column: int, samples: Iterable[str]) -> None:
    """Make a column wide enough for its header and for any of samples (in bold too, as a
    row may be emphasised), and let the user resize it from there."""
    from PySide6.QtWidgets import QHeaderView  # its table classes: not in the first frame

    bold = QFont(view.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    widest = max((metrics.horizontalAdvance(text) for text in samples), default=0)
    header = view.horizontalHeader()
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(column, max(widest + CELL_PADDING, header.sectionSizeHint(column)))
