"""Every action item across all meetings: filter by owner, team and status; close, reopen, edit.

Overdue items say OVERDUE in their status and are drawn in dark red, so colour is never the
only sign. An item whose meeting has ended is never deleted: Delete offers to drop it instead.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.action_items import (
    ActionItemRefused,
    ActionItemView,
    delete_action_item,
    list_action_items,
    set_action_status,
)
from facilitator.people import list_people
from facilitator.storage.database import Database
from facilitator.storage.vocabulary import ActionStatus, Team
from facilitator.ui.capture_dialogs import ActionItemDialog

GEOMETRY_KEY = "actionItemsWindow/geometry"
COLUMNS = ("What", "Owner", "Team", "Due", "Status", "Made at")
STATUS_COLUMN = 4
ID_ROLE = Qt.ItemDataRole.UserRole
OVERDUE_COLOUR = QColor("#b3261e")
"""Dark red at 7:1 on white; the status cell says OVERDUE too."""


def status_text(item: ActionItemView) -> str:
    """The status in words, with OVERDUE for an open item past its due date."""
    if item.overdue:
        return f"{item.status.label} — OVERDUE"
    return item.status.label


class ActionItemsWindow(QMainWindow):
    """A table of action items with filters and the commands that change them."""

    def __init__(
        self,
        db: Database,
        *,
        today: date | None = None,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._today = today
        self._settings = settings if settings is not None else QSettings()
        self._views: list[ActionItemView] = []
        self.edit_dialog: ActionItemDialog | None = None
        self.setWindowTitle("Action items")
        self._init_widgets()
        self._init_actions()
        self.reload()
        geometry = self._settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1000, 600)

    # --- building --------------------------------------------------------------------------

    def _init_widgets(self) -> None:
        self.owner_filter = QComboBox(objectName="ownerFilter")
        self.owner_filter.addItem("All owners", None)
        for person in list_people(self._db, include_inactive=True):
            self.owner_filter.addItem(person.name, person.id)
        self.team_filter = QComboBox(objectName="teamFilter")
        self.team_filter.addItem("All teams", None)
        for team in Team:
            self.team_filter.addItem(team.label, team.value)
        self.status_filter = QComboBox(objectName="statusFilter")
        self.status_filter.addItem("All statuses", None)
        for status in ActionStatus:
            self.status_filter.addItem(status.label, status.value)
        self.count_label = QLabel(objectName="actionCount")
        filters = QHBoxLayout()
        for label, box in (
            ("&Owner", self.owner_filter),
            ("&Team", self.team_filter),
            ("&Status", self.status_filter),
        ):
            caption = QLabel(label)
            caption.setBuddy(box)
            filters.addWidget(caption)
            filters.addWidget(box)
            box.currentIndexChanged.connect(self.reload)
        filters.addStretch(1)
        filters.addWidget(self.count_label)

        self.table = QTableWidget(0, len(COLUMNS), objectName="actionItemsTable")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self.edit_selected)

        self.done_button = QPushButton("Mark &done", objectName="doneButton")
        self.drop_button = QPushButton("D&rop", objectName="dropButton")
        self.reopen_button = QPushButton("Re&open", objectName="reopenButton")
        self.edit_button = QPushButton("&Edit…", objectName="editButton")
        self.delete_button = QPushButton("De&lete", objectName="deleteButton")
        self.message_label = QLabel(objectName="messageLabel", wordWrap=True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.done_button.clicked.connect(lambda: self.set_selected_status(ActionStatus.DONE))
        self.drop_button.clicked.connect(lambda: self.set_selected_status(ActionStatus.DROPPED))
        self.reopen_button.clicked.connect(lambda: self.set_selected_status(ActionStatus.OPEN))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        for button in (
            self.done_button,
            self.drop_button,
            self.reopen_button,
            self.edit_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        self.setCentralWidget(central)

    def _init_actions(self) -> None:
        def action(text: str, keys: QKeySequence, slot: Callable[[], object]) -> QAction:
            made = QAction(text, self)
            made.setShortcut(keys)
            made.triggered.connect(slot)
            self.addAction(made)
            return made

        self.edit_action = action("Edit", QKeySequence("F2"), self.edit_selected)
        self.delete_action = action(
            "Delete", QKeySequence(QKeySequence.StandardKey.Delete), self.delete_selected
        )
        self.done_action = action(
            "Mark done",
            QKeySequence("Ctrl+Return"),
            lambda: self.set_selected_status(ActionStatus.DONE),
        )
        self.close_action = action("Close", QKeySequence("Ctrl+W"), self.close)

    # --- showing ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Fill the table by the filters, keeping the selected item selected."""
        owner = self.owner_filter.currentData()
        team = self.team_filter.currentData()
        status = self.status_filter.currentData()
        keep = self.selected_id()
        self._views = list_action_items(
            self._db,
            owner_id=owner if isinstance(owner, int) else None,
            team=Team(team) if team else None,
            status=ActionStatus(status) if status else None,
            today=self._today,
        )
        self.table.setRowCount(len(self._views))
        for row, view in enumerate(self._views):
            cells = (
                view.text,
                view.owner_name or "",
                view.team.label if view.team else "",
                view.due_date.isoformat() if view.due_date else "",
                status_text(view),
                view.created_meeting_title or "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, view.id)
                if view.overdue:
                    item.setForeground(OVERDUE_COLOUR)
                if column == 0:
                    item.setToolTip(text)
                self.table.setItem(row, column, item)
        count = len(self._views)
        overdue = sum(1 for view in self._views if view.overdue)
        self.count_label.setText(f"{count} action item{'s' * (count != 1)}, {overdue} overdue")
        ids = [view.id for view in self._views]
        if keep in ids:
            self.table.selectRow(ids.index(keep))
        elif ids:
            self.table.selectRow(0)

    def selected_id(self) -> int | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        if not rows:
            return None
        return int(self.table.item(rows[0].row(), 0).data(ID_ROLE))

    # --- commands --------------------------------------------------------------------------

    def set_selected_status(self, status: ActionStatus) -> None:
        """Close or reopen between meetings: no meeting is recorded as the one it closed at."""
        action_id = self.selected_id()
        if action_id is None:
            self.message_label.setText("Select an action item first.")
            return
        set_action_status(self._db, action_id, status, None)
        self.message_label.setText(f"Marked {status.label.lower()}.")
        self.reload()

    def edit_selected(self) -> None:
        action_id = self.selected_id()
        if action_id is None:
            return
        dialog = ActionItemDialog(self._db, action_id=action_id, today=self._today, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _id: self.reload())
        dialog.finished.connect(self._on_edit_finished)
        self.edit_dialog = dialog
        dialog.open()

    def _on_edit_finished(self) -> None:
        self.edit_dialog = None

    def delete_selected(self) -> None:
        """Delete one typed by mistake; once its meeting has ended, offer to drop it instead."""
        action_id = self.selected_id()
        if action_id is None:
            return
        try:
            delete_action_item(self._db, action_id)
        except ActionItemRefused as error:
            answer = QMessageBox.question(
                self,
                "Action item kept",
                f"{error}\n\nDrop it now?",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.set_selected_status(ActionStatus.DROPPED)
            return
        self.message_label.setText("Deleted.")
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        """Coming back to the window shows what the console or another window changed."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.reload()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)
