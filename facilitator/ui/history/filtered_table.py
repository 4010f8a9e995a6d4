"""The window shape shared by the cross-meeting lists: a filter bar over a one-row-per-record table.

The action items and disputes windows differ in their records and commands; the filter boxes,
the read-only table, keeping the selection across reloads, the edit dialog's life, reloading on
activation and remembering geometry are the same, so they live here once. So is the window's
one undo stack, shown as Edit ▸ Undo / Redo: every change a window or its edit dialog makes is
a command pushed there, and each step on it reloads the table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from facilitator.storage.database import Database
from facilitator.ui.common.commands import EditCommand, push_edit
from facilitator.ui.common.escape_closes import close_on_escape
from facilitator.ui.common.tooltips import plain_tooltip
from facilitator.ui.common.undo_keys import add_undo_actions
from facilitator.ui.team.reload_offer import offer_reload

ID_ROLE = Qt.ItemDataRole.UserRole


def filter_box(name: str, everything: str, members: Sequence[tuple[str, object]]) -> QComboBox:
    """A combo box whose first entry (data None) means no filter."""
    box = QComboBox(objectName=name)
    box.addItem(everything, None)
    for label, value in members:
        box.addItem(label, value)
    return box


def refill_filter_box(box: QComboBox, members: Sequence[tuple[str, object]]) -> None:
    """Bring a filter's entries up to date, keeping its choice while that is still there."""
    current = [(box.itemText(i), box.itemData(i)) for i in range(1, box.count())]
    if current == list(members):
        return
    chosen = box.currentData()
    box.blockSignals(True)
    try:
        while box.count() > 1:
            box.removeItem(1)
        for label, value in members:
            box.addItem(label, value)
        box.setCurrentIndex(max(0, box.findData(chosen)) if chosen is not None else 0)
    finally:
        box.blockSignals(False)


def record_table(columns: Sequence[str], name: str) -> QTableWidget:
    """A read-only, single-row-selection table whose first column takes the spare width."""
    table = QTableWidget(0, len(columns), objectName=name)
    table.setHorizontalHeaderLabels(list(columns))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(columns)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table


class FilteredTableWindow(QMainWindow):
    """Base of a window listing records by filters; subclasses build widgets and fill rows.

    A subclass sets its own fields after calling this constructor, then calls `_build()`; it
    provides `_init_widgets`, `_init_actions` and `reload`, and sets `self.table`.
    """

    geometry_key: str = ""
    default_size: tuple[int, int] = (1000, 600)

    def __init__(
        self,
        db: Database,
        *,
        title: str,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._settings = settings if settings is not None else QSettings()
        self.edit_dialog: QDialog | None = None
        self.table: QTableWidget
        self.setWindowTitle(title)
        self.undo_stack = QUndoStack(self)
        self.undo_action, self.redo_action = add_undo_actions(
            self.undo_stack, self, Qt.ShortcutContext.WindowShortcut
        )
        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self._pushing = False
        self.undo_stack.indexChanged.connect(self._on_stack_moved)
        close_on_escape(self)

    def _build(self) -> None:
        """Widgets, shortcuts, the first fill, then the remembered size and place."""
        self._init_widgets()
        self._init_actions()
        self.reload()
        geometry = self._settings.value(self.geometry_key)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(*self.default_size)

    def _init_widgets(self) -> None:
        """Each subclass lays out its own filters, table and commands."""
        raise NotImplementedError

    def _init_actions(self) -> None:
        """Each subclass adds its own keyboard commands."""
        raise NotImplementedError

    def reload(self) -> None:
        """Each subclass fills the table from its own query."""
        raise NotImplementedError

    def tell(self, message: str) -> None:
        """Each subclass shows a refusal's message where it shows its messages."""
        raise NotImplementedError

    def _push(self, command: EditCommand) -> bool:
        """Make an edit undoable from Edit ▸ Undo; False (and told) when it was refused.

        The caller shows the result itself; the table reloads on its own for undo and redo.
        An edit refused because another moderator changed the record meanwhile offers to
        reload it.
        """
        self._pushing = True
        try:
            pushed = push_edit(self.undo_stack, command)
        finally:
            self._pushing = False
        if not pushed and command.changed_elsewhere and offer_reload(self, command.refusal):
            self.reload_discarding_edits()
        return pushed

    def reload_discarding_edits(self) -> None:
        """Show what is stored now, in place of any unsaved edit the moderator chose to drop."""
        self.reload()

    def _on_stack_moved(self) -> None:
        if not self._pushing:
            self.reload()

    # --- building --------------------------------------------------------------------------

    def _filter_bar(self, boxes: Sequence[tuple[str, QComboBox]], count: QLabel) -> QHBoxLayout:
        """Captioned filter boxes that reload on change, and the count at the right."""
        bar = QHBoxLayout()
        for number, (label, box) in enumerate(boxes):
            if number:
                bar.addSpacing(12)  # a gap between pairs, so each caption reads with its box
            caption = QLabel(label)
            caption.setBuddy(box)
            bar.addWidget(caption)
            bar.addWidget(box)
            box.currentIndexChanged.connect(self.reload)
        bar.addStretch(1)
        bar.addWidget(count)
        return bar

    def _shortcut(self, text: str, keys: QKeySequence, slot: Callable[[], object]) -> QAction:
        """A window-wide keyboard command."""
        made = QAction(text, self)
        made.setShortcut(keys)
        made.triggered.connect(slot)
        self.addAction(made)
        return made

    # --- rows and selection ----------------------------------------------------------------

    def _set_row(self, row: int, record_id: int, cells: Sequence[str]) -> list[QTableWidgetItem]:
        """One record's cells, each carrying its id; the first shows its full text on hover."""
        items = []
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(ID_ROLE, record_id)
            if column == 0:
                item.setToolTip(plain_tooltip(text))
            self.table.setItem(row, column, item)
            items.append(item)
        return items

    def _select_kept(self, keep: int | None, ids: list[int]) -> None:
        """After a fill: the record selected before, else the first, else nothing."""
        if keep in ids:
            self.table.selectRow(ids.index(keep))
        elif ids:
            self.table.selectRow(0)
        else:
            self.table.clearSelection()

    def selected_id(self) -> int | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        if not rows:
            return None
        return int(self.table.item(rows[0].row(), 0).data(ID_ROLE))

    # --- editing ---------------------------------------------------------------------------

    def _open_edit_dialog(self, dialog: QDialog) -> None:
        """Open window-modal; its `saved` signal reloads the table; it is freed when closed."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _id: self.reload())
        dialog.finished.connect(self._on_edit_finished)
        self.edit_dialog = dialog
        dialog.open()

    def _on_edit_finished(self) -> None:
        self.edit_dialog = None

    # --- window ----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """Coming back to the window shows what the console or another window changed."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.reload()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue(self.geometry_key, self.saveGeometry())
        super().closeEvent(event)
