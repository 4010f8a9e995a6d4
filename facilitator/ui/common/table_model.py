"""The part every flat table model of the app shares: rows from a sequence, named columns."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

_ModelIndex = QModelIndex | QPersistentModelIndex

DISPLAY_ROLE = 0
"""Qt.ItemDataRole.DisplayRole as a number, for what a model module sets when it loads: the
main window's list model loads before the window's first paint, which builds no Qt namespace
(see facilitator/ui/app.py); inside the methods, which run later, Qt is named."""
USER_ROLE = 0x0100
"""Qt.ItemDataRole.UserRole as a number, for the same reason."""


class HeaderedTableModel(QAbstractTableModel):
    """A table with one row per entry of rows() and one column per name in HEADERS.

    The headers are shown translated in the subclass's context, so a subclass marks them
    with QT_TRANSLATE_NOOP("ItsClassName", "Title") for lupdate to find.
    """

    HEADERS: tuple[str, ...] = ()

    def rows(self) -> Sequence[object]:
        raise NotImplementedError

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows())

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE
    ) -> Any:
        from PySide6.QtCore import Qt

        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None
