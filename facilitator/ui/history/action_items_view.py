"""Every action item across all meetings: filter by owner, team and status; close, reopen, edit.

Overdue items say OVERDUE in their status and are drawn in dark red, so colour is never the
only sign. An item whose meeting has ended is never deleted: Delete drops it instead. Every
change is a command on the window's undo stack (Edit ▸ Undo), so none asks "are you sure?".
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.record.action_items import (
    ActionItemView,
    list_action_items,
    set_action_status,
)
from facilitator.record.meetings import list_meetings
from facilitator.record.people import list_people
from facilitator.storage.database import Database
from facilitator.ui.common.palette_colours import ERROR
from facilitator.ui.console.capture_dialogs import ActionItemDialog
from facilitator.ui.history.filtered_table import (
    FilteredTableWindow,
    filter_box,
    record_table,
    refill_filter_box,
)
from facilitator.ui.history.record_commands import ChangeActionItem, DeleteActionItem
from facilitator.vocabulary import ActionStatus, Team

GEOMETRY_KEY = "actionItemsWindow/geometry"
COLUMNS = (
    QT_TRANSLATE_NOOP("ActionItemsWindow", "What"),
    QT_TRANSLATE_NOOP("ActionItemsWindow", "Owner"),
    QT_TRANSLATE_NOOP("ActionItemsWindow", "Team"),
    QT_TRANSLATE_NOOP("ActionItemsWindow", "Due"),
    QT_TRANSLATE_NOOP("ActionItemsWindow", "Status"),
    QT_TRANSLATE_NOOP("ActionItemsWindow", "Made at"),
)
OVERDUE = "overdue"
"""The status filter's entry for the open items past their due date."""


def status_text(item: ActionItemView) -> str:
    """The status in words, with OVERDUE for an open item past its due date."""
    if item.overdue:
        return QCoreApplication.translate("ActionItemsWindow", "{status} — OVERDUE").format(
            status=item.status.label
        )
    return item.status.label


def made_at(item: ActionItemView, days: dict[int, str]) -> str:
    """The meeting an item was made at, dated: a series' meetings share one title."""
    title = item.created_meeting_title or ""
    day = days.get(item.created_meeting_id) if item.created_meeting_id is not None else None
    return f"{day} · {title}" if day else title


class ActionItemsWindow(FilteredTableWindow):
    """A table of action items with filters and the commands that change them."""

    geometry_key = GEOMETRY_KEY
    default_size = (1120, 640)

    def __init__(
        self,
        db: Database,
        *,
        today: date | None = None,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = QCoreApplication.translate("ActionItemsWindow", "Action items")
        super().__init__(db, title=title, settings=settings, parent=parent)
        self._today = today
        self._views: list[ActionItemView] = []
        self._build()

    # --- building --------------------------------------------------------------------------

    def _init_widgets(self) -> None:
        self.owner_filter = filter_box("ownerFilter", self.tr("All owners"), self._owners())
        self.team_filter = filter_box(
            "teamFilter", self.tr("All teams"), [(t.label, t.value) for t in Team]
        )
        self.status_filter = filter_box(
            "statusFilter",
            self.tr("All statuses"),
            [*((s.label, s.value) for s in ActionStatus), (self.tr("Overdue"), OVERDUE)],
        )
        self.owner_filter.setToolTip(self.tr("Show only the items of this owner"))
        self.team_filter.setToolTip(self.tr("Show only the items of owners in this team"))
        self.status_filter.setToolTip(self.tr("Show only open, done, dropped or overdue items"))
        self.count_label = QLabel(objectName="actionCount")
        filters = self._filter_bar(
            (
                (self.tr("&Owner"), self.owner_filter),
                (self.tr("&Team"), self.team_filter),
                (self.tr("&Status"), self.status_filter),
            ),
            self.count_label,
        )

        self.table = record_table([self.tr(column) for column in COLUMNS], "actionItemsTable")
        self.table.setAccessibleName(self.tr("Action items"))
        self.table.setAccessibleDescription(
            self.tr("Every action item recorded; select one to change it")
        )
        self.table.doubleClicked.connect(self.edit_selected)

        self.done_button = QPushButton(self.tr("Mark &done"), objectName="doneButton")
        self.done_button.setToolTip(self.tr("Close the selected item as done (Ctrl+Return)"))
        self.drop_button = QPushButton(self.tr("D&rop"), objectName="dropButton")
        self.drop_button.setToolTip(self.tr("Close the selected item without doing it"))
        self.reopen_button = QPushButton(self.tr("Re&open"), objectName="reopenButton")
        self.reopen_button.setToolTip(self.tr("Make the selected done or dropped item open again"))
        self.edit_button = QPushButton(self.tr("&Edit…"), objectName="editButton")
        self.edit_button.setToolTip(
            self.tr("Change the selected item's text, owner or due date (F2)")
        )
        self.delete_button = QPushButton(self.tr("De&lete"), objectName="deleteButton")
        self.delete_button.setToolTip(
            self.tr("Delete an item typed by mistake; one from an ended meeting is dropped (Del)")
        )
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
        self.edit_action = self._shortcut(self.tr("Edit"), QKeySequence("F2"), self.edit_selected)
        self.delete_action = self._shortcut(
            self.tr("Delete"), QKeySequence(QKeySequence.StandardKey.Delete), self.delete_selected
        )
        self.done_action = self._shortcut(
            self.tr("Mark done"),
            QKeySequence("Ctrl+Return"),
            lambda: self.set_selected_status(ActionStatus.DONE),
        )
        self.close_action = self._shortcut(self.tr("Close"), QKeySequence("Ctrl+W"), self.close)

    # --- showing ---------------------------------------------------------------------------

    def _owners(self) -> list[tuple[str, object]]:
        people = list_people(self._db, include_inactive=True)
        return [(person.name, person.id) for person in people]

    def reload(self) -> None:
        """Fill the table by the filters, keeping the selected item selected.

        The owner filter is brought up to date first: people added since the window opened
        appear in it.
        """
        refill_filter_box(self.owner_filter, self._owners())
        owner = self.owner_filter.currentData()
        team = self.team_filter.currentData()
        status = self.status_filter.currentData()
        keep = self.selected_id()
        only_overdue = status == OVERDUE
        if only_overdue:
            status = ActionStatus.OPEN.value
        self._views = list_action_items(
            self._db,
            owner_id=owner if isinstance(owner, int) else None,
            team=Team(team) if team else None,
            status=ActionStatus(status) if status else None,
            today=self._today,
        )
        if only_overdue:
            self._views = [view for view in self._views if view.overdue]
        days = {
            m.id: m.scheduled_at.astimezone().strftime("%Y-%m-%d") for m in list_meetings(self._db)
        }
        self.table.setRowCount(len(self._views))
        for row, view in enumerate(self._views):
            cells = (
                view.text,
                view.owner_name or "",
                view.team.label if view.team else "",
                view.due_date.isoformat() if view.due_date else "",
                status_text(view),
                made_at(view, days),
            )
            for item in self._set_row(row, view.id, cells):
                if view.overdue:
                    item.setForeground(ERROR.colour())
        count = len(self._views)
        overdue = sum(1 for view in self._views if view.overdue)
        if count == 1:
            text = self.tr("1 action item, {overdue} overdue")
        else:
            text = self.tr("{count} action items, {overdue} overdue")
        self.count_label.setText(text.format(count=count, overdue=overdue))
        self._select_kept(keep, [view.id for view in self._views])

    def show_overdue(self) -> None:
        """Only the overdue items, whoever owns them (the start's notice opens this)."""
        self.owner_filter.setCurrentIndex(0)
        self.team_filter.setCurrentIndex(0)
        self.status_filter.setCurrentIndex(self.status_filter.findData(OVERDUE))

    # --- commands --------------------------------------------------------------------------

    def set_selected_status(self, status: ActionStatus) -> None:
        """Close or reopen between meetings: no meeting is recorded as the one it closed at."""
        action_id = self.selected_id()
        if action_id is None:
            self.message_label.setText(self.tr("Select an action item first."))
            return
        text, noun, marked = self._status_words(status)
        version = next((view.version for view in self._views if view.id == action_id), None)
        command = ChangeActionItem(
            self._db,
            action_id,
            text,
            noun,
            lambda: set_action_status(self._db, action_id, status, None),
            self.tell,
            expected_version=version,
        )
        if self._push(command):
            self.message_label.setText(marked)
            self.reload()

    def _status_words(self, status: ActionStatus) -> tuple[str, str, str]:
        """What was done, the Undo action's noun, and the message after it, for one status."""
        if status is ActionStatus.DONE:
            return (self.tr("Mark action item done"), self.tr("mark done"), self.tr("Marked done."))
        if status is ActionStatus.DROPPED:
            return (
                self.tr("Mark action item dropped"),
                self.tr("mark dropped"),
                self.tr("Marked dropped."),
            )
        return (self.tr("Mark action item open"), self.tr("mark open"), self.tr("Marked open."))

    def edit_selected(self) -> None:
        action_id = self.selected_id()
        if action_id is None:
            return
        self._open_edit_dialog(
            ActionItemDialog(
                self._db,
                action_id=action_id,
                today=self._today,
                parent=self,
                undo_stack=self.undo_stack,
            )
        )

    def delete_selected(self) -> None:
        """Delete one typed by mistake; once its meeting has ended, drop it instead."""
        action_id = self.selected_id()
        if action_id is None:
            return
        command = DeleteActionItem(self._db, action_id, self.tell)
        if not self._push(command):
            return
        self.reload()
        if command.kept_because:
            self.message_label.setText(
                self.tr("{reason} Dropped it: Undo (Ctrl+Z) brings it back.").format(
                    reason=command.kept_because
                )
            )
        else:
            self.message_label.setText(self.tr("Deleted: Undo (Ctrl+Z) brings it back."))

    def tell(self, message: str) -> None:
        self.message_label.setText(message)
