"""The start's word on overdue action items: "3 action items are overdue — show them" in the
main window's status bar; a click opens the Action items window showing only those. Nothing
is said when none is overdue. "Overdue" is the app's one rule (open, due before today, today
from timesource), so the notice and the window count alike.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from facilitator.first_fill import count_overdue
from facilitator.storage.database import Database
from facilitator.ui.common.palette_colours import ERROR, tint

if TYPE_CHECKING:  # the window's module loads on first use, not at start
    from facilitator.ui.history.action_items_view import ActionItemsWindow


def notice_text(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("OverdueNotice", "1 action item is overdue — show it")
    return QCoreApplication.translate(
        "OverdueNotice", "{count} action items are overdue — show them"
    ).format(count=count)


class OverdueNotice(QPushButton):
    """A flat button in the status bar; hidden while nothing is overdue, and once clicked."""

    opened = Signal(object)
    """The Action items window was opened on the overdue items (the window)."""

    def __init__(
        self, open_list: Callable[[], ActionItemsWindow], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, objectName="overdueNotice")
        self._open_list = open_list
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        tint(self, ERROR, bold=True)
        self.setToolTip(self.tr("Open Meeting ‣ Action items on the overdue ones"))
        self.clicked.connect(self.show_overdue)
        self.setVisible(False)

    def count_in(self, db: Database) -> int:
        """Say how many items are overdue in db (nothing when none); returns the count."""
        count = count_overdue(db)
        self.setText(notice_text(count) if count else "")
        self.setVisible(count > 0)
        return count

    def show_overdue(self) -> ActionItemsWindow:
        window = self._open_list()
        window.show_overdue()
        self.setVisible(False)
        self.opened.emit(window)
        return window
