"""The review of what a meeting's series carried into it: tick action items done and disputes
resolved, each change recorded against this meeting, and undone with Ctrl+Z.

A tick is a deliberate act: Ctrl+Enter on the selected row, a click on its box or a button.
Space never ticks, so a sentence typed while a list has the focus cannot tick a row per word.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from facilitator.record.action_items import (
    ActionItemNotFound,
    ActionItemRefused,
    ActionItemView,
    get_action_item,
    set_action_status,
)
from facilitator.record.carry_over import carry_over_into
from facilitator.record.disputes import (
    DisputeNotFound,
    DisputeRefused,
    DisputeView,
    get_dispute,
    mark_discussed,
    set_dispute_status,
)
from facilitator.storage.database import Database
from facilitator.storage.write_errors import SaveRefused
from facilitator.ui.common.commands import EditCommand, Tell, push_edit
from facilitator.ui.common.palette_colours import ERROR, tint
from facilitator.ui.common.tooltips import plain_tooltip
from facilitator.ui.common.undo_keys import add_undo_actions, undo_actions
from facilitator.ui.console.whole_rows import WholeRowsList
from facilitator.ui.smarketing.agreements_version_dialog import offer_new_version
from facilitator.ui.smarketing.neutrality_settlement import CHOOSE_A_WAY, SettlementButtons
from facilitator.vocabulary import ActionStatus, DisputeStatus, Settlement

ID_ROLE = Qt.ItemDataRole.UserRole
TICK_KEYS = ("Ctrl+Return", "Ctrl+Enter")
"""Tick or resolve the selected row: not a character, and no line edit's key on any platform."""


def action_line(item: ActionItemView) -> str:
    """One plain-text line for an action item: what, who, when, and its state in words."""
    owner = item.owner_name or QCoreApplication.translate("ReviewPanel", "no owner")
    if item.due_date:
        due = QCoreApplication.translate("ReviewPanel", "due {date}")
        due = due.format(date=item.due_date.isoformat())
    else:
        due = QCoreApplication.translate("ReviewPanel", "no due date")
    state = item.status.label.upper()
    if item.overdue:
        state += " · " + QCoreApplication.translate("ReviewPanel", "OVERDUE")
    return f"{item.text} — {owner} — {due} · {state}"


def dispute_line(dispute: DisputeView) -> str:
    who = dispute.raised_by_team.label
    if dispute.raised_by_name:
        who = f"{dispute.raised_by_name} ({who})"
    line = QCoreApplication.translate(
        "ReviewPanel", "{title} — {category} — raised by {who} · {state}"
    )
    return line.format(
        title=dispute.title,
        category=dispute.category.label,
        who=who,
        state=dispute.status.label.upper(),
    )


class _Change(EditCommand):
    """One status change: redo() makes it through the core, undo() puts the old status back.

    A change the core or the disk refuses is told to the panel and leaves the stack (it no
    longer says what the rows hold).
    """

    refusals = (ActionItemRefused, ActionItemNotFound, DisputeRefused, DisputeNotFound)

    def __init__(
        self,
        text: str,
        noun: str,
        change: tuple[Callable[[], None], Callable[[], None]],
        show: Callable[[str], None],
        tell: Tell,
    ) -> None:
        super().__init__(text, noun, tell)
        self._do, self._undo = change
        self._show = show
        self._undone = False

    def redo(self) -> None:
        self._undone = False
        super().redo()

    def undo(self) -> None:
        self._undone = True
        super().undo()

    def apply(self) -> None:
        self._do()

    def revert(self) -> None:
        self._undo()

    def shown(self) -> None:
        """Say what was done, and how to take it back ("Done: Fix UTM tags — Ctrl+Z undoes")."""
        if self._undone:
            said = QCoreApplication.translate(
                "ReviewPanel", "Undone: {change} — Ctrl+Shift+Z redoes"
            )
        else:
            said = QCoreApplication.translate("ReviewPanel", "{change} — Ctrl+Z undoes")
        self._show(said.format(change=self.text()))


class ResolutionDialog(QDialog):
    """Asks how a dispute was settled and which way; an empty answer or no way is refused
    with a message.

    With store, OK saves the answer first and stays open with the reason when it is refused,
    so the typed resolution is never lost.
    """

    def __init__(
        self,
        dispute: DisputeView,
        parent: QWidget | None = None,
        *,
        store: Callable[[str, Settlement], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.dispute = dispute
        self._store = store
        self.setWindowTitle(self.tr("Resolve dispute"))
        heading = QLabel(
            self.tr("How was “{title}” settled?").format(title=dispute.title), wordWrap=True
        )
        heading.setTextFormat(Qt.TextFormat.PlainText)
        self.resolution_edit = QLineEdit(dispute.resolution, objectName="resolutionEdit")
        self.resolution_edit.setMinimumWidth(420)
        self.resolution_edit.setToolTip(self.tr("How the dispute was settled, in a sentence"))
        self.settlement_buttons = SettlementButtons(dispute.settlement)
        self.problem_label = QLabel(objectName="problemLabel", wordWrap=True)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        tint(self.problem_label, ERROR)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        resolve = buttons.button(QDialogButtonBox.StandardButton.Ok)
        resolve.setText(self.tr("Resolve"))
        resolve.setToolTip(self.tr("Mark the dispute resolved with this resolution"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            self.tr("Close and leave the dispute open")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.resolution_edit)
        layout.addWidget(self.settlement_buttons)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)
        self.resolution_edit.setFocus()

    def resolution(self) -> str:
        return self.resolution_edit.text()

    def accept(self) -> None:
        if not self.resolution().strip():
            self.problem_label.setText(
                self.tr("Write down the resolution before marking it resolved.")
            )
            return
        settlement = self.settlement_buttons.settlement()
        if settlement is None:
            self.problem_label.setText(CHOOSE_A_WAY)
            return
        problem = self._store(self.resolution(), settlement) if self._store is not None else None
        if problem is not None:
            self.problem_label.setText(problem)
            return
        super().accept()


class ReviewPanel(QWidget):
    """Carried action items and disputes of one meeting, ticked off during its review."""

    changed = Signal()
    """A status changed (or was undone); anything showing these rows may refresh."""
    refused = Signal(str)
    """A change was refused; carries why, for the window's status line."""
    told = Signal(str)
    """A change went through (or was undone); carries what it did, for the status line."""

    def __init__(
        self,
        db: Database,
        meeting_id: int,
        parent: QWidget | None = None,
        *,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        """undo_stack: the window's, when the window holds Ctrl+Z for all its panes."""
        super().__init__(parent)
        self._db = db
        self._meeting_id = meeting_id
        self._shared_stack = undo_stack is not None
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.resolution_dialog: ResolutionDialog | None = None
        self._loading = False
        self._init_widgets()
        self._init_actions()
        self.reload()

    @property
    def meeting_id(self) -> int:
        return self._meeting_id

    @property
    def has_rows(self) -> bool:
        """Whether anything was carried over; a host can give an empty review less room."""
        return self.actions_list.count() + self.disputes_list.count() > 0

    def _init_widgets(self) -> None:
        self.actions_list = WholeRowsList(objectName="carriedActions")
        self.actions_list.setAccessibleName(self.tr("Carried action items"))
        self.actions_list.setAccessibleDescription(
            self.tr("Tick an action item from earlier meetings to review it")
        )
        self.actions_list.itemChanged.connect(self._on_action_ticked)
        self.disputes_list = WholeRowsList(objectName="carriedDisputes")
        self.disputes_list.setAccessibleName(self.tr("Carried disputes"))
        self.disputes_list.setAccessibleDescription(
            self.tr("Tick a dispute from earlier meetings to review it")
        )
        self.disputes_list.itemChanged.connect(self._on_dispute_ticked)
        self.drop_button = QPushButton(self.tr("&Drop item"), objectName="dropButton")
        self.drop_button.setToolTip(self.tr("Close the selected action item without doing it"))
        self.drop_button.clicked.connect(self.drop_selected)
        self.discussed_button = QPushButton(self.tr("Disc&ussed"), objectName="discussedButton")
        came_up = self.tr("The selected dispute came up here and stays as it is")
        self.discussed_button.setToolTip(came_up)
        self.discussed_button.clicked.connect(self.mark_selected_discussed)
        self.tick_button = QPushButton(self.tr("Tick d&one"), objectName="tickButton")
        self.tick_button.setToolTip(
            self.tr("Tick the selected action item done, or open again (Ctrl+Enter in the list)")
        )
        self.tick_button.clicked.connect(self.tick_selected)
        self.resolve_button = QPushButton(self.tr("Re&solve…"), objectName="resolveButton")
        self.resolve_button.setToolTip(
            self.tr("Resolve the selected dispute, or reopen it (Ctrl+Enter in the list)")
        )
        self.resolve_button.clicked.connect(self.resolve_selected)
        self.status_label = QLabel(objectName="reviewStatus", wordWrap=True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        for button in self._buttons():
            button.setAutoDefault(False)
        actions_heading = QLabel(self.tr("Carried action items — Ctrl+Enter ticks one done"))
        disputes_heading = QLabel(self.tr("Carried disputes — Ctrl+Enter resolves one"))
        self._listing: tuple[QWidget, ...] = (
            actions_heading,
            self.actions_list,
            disputes_heading,
            self.disputes_list,
            *self._buttons(),
        )
        """Hidden when nothing was carried over, so empty lists take no room."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(actions_heading)
        layout.addWidget(self.actions_list, 1)
        layout.addWidget(disputes_heading)
        layout.addWidget(self.disputes_list, 1)
        buttons = QHBoxLayout()
        for button in self._buttons():
            buttons.addWidget(button)
        buttons.addWidget(self.status_label, 1)  # beside the buttons: no empty line below them
        layout.addLayout(buttons)

    def _buttons(self) -> tuple[QPushButton, ...]:
        return (self.tick_button, self.drop_button, self.resolve_button, self.discussed_button)

    def _init_actions(self) -> None:
        tick, resolve = self.tr("Tick done"), self.tr("Resolve…")
        self.tick_action = self._list_action(self.actions_list, tick, self.tick_selected)
        self.resolve_action = self._list_action(self.disputes_list, resolve, self.resolve_selected)
        for widget in (self.actions_list, self.disputes_list):
            widget.installEventFilter(self)
        if self._shared_stack:
            self.undo_action, self.redo_action = undo_actions(self.undo_stack, self)
        else:
            self.undo_action, self.redo_action = add_undo_actions(self.undo_stack, self)

    @staticmethod
    def _list_action(widget: QListWidget, text: str, slot: Callable[[], None]) -> QAction:
        """The list's deliberate key, there only: the note field keeps its own keys."""
        action = QAction(text, widget)
        action.setShortcuts([QKeySequence(key) for key in TICK_KEYS])
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        widget.addAction(action)
        return action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Space would tick the current row; a tick is Ctrl+Enter, a click or a button."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
            and watched in (self.actions_list, self.disputes_list)
        ):
            return True
        return super().eventFilter(watched, event)

    # --- showing ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the carried rows again; the core decides what comes back."""
        over = carry_over_into(self._db, self._meeting_id)
        self._loading = True
        try:
            self._fill(self.actions_list, over.action_items)
            self._fill(self.disputes_list, over.disputes)
        finally:
            self._loading = False
        for widget in self._listing:
            widget.setVisible(self.has_rows)
        grows = QSizePolicy.Policy.Preferred if self.has_rows else QSizePolicy.Policy.Maximum
        self.setSizePolicy(QSizePolicy.Policy.Preferred, grows)  # empty: one line, no more
        if not self.has_rows:
            self.status_label.setText(self.tr("Nothing was carried over to this meeting."))

    def _fill(
        self, widget: QListWidget, rows: tuple[ActionItemView, ...] | tuple[DisputeView, ...]
    ) -> None:
        current = widget.currentRow()
        widget.clear()
        for row in rows:
            if isinstance(row, ActionItemView):
                item = QListWidgetItem(action_line(row))
                ticked = row.status is ActionStatus.DONE
                if row.overdue:
                    item.setForeground(ERROR.colour())  # the row says OVERDUE too
            else:
                item = QListWidgetItem(dispute_line(row))
                ticked = row.status is DisputeStatus.RESOLVED
            item.setData(ID_ROLE, row.id)
            item.setToolTip(plain_tooltip(item.text()))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            widget.addItem(item)
        if widget.count():
            widget.setCurrentRow(min(max(current, 0), widget.count() - 1))

    def _after_change(self, message: str) -> None:
        self.reload()
        self.status_label.setText(message)
        self.told.emit(message)
        self.changed.emit()

    def _push(
        self, text: str, noun: str, do: Callable[[], None], undo: Callable[[], None]
    ) -> str | None:
        """Make a change through its command; a refused one changes nothing.

        Returns why it was refused, or None when it is stored.
        """
        command = _Change(text, noun, (do, undo), self._after_change, self._refused)
        return None if push_edit(self.undo_stack, command) else command.refusal

    def _refused(self, message: str) -> None:
        """Show the rows as stored (a tick that was not saved comes off) and say why."""
        self.reload()
        self.status_label.setText(message)
        self.refused.emit(message)

    # --- action items ----------------------------------------------------------------------

    def _on_action_ticked(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        action_id = int(item.data(ID_ROLE))
        done = item.checkState() == Qt.CheckState.Checked
        self._set_action(action_id, ActionStatus.DONE if done else ActionStatus.OPEN)

    def _set_action(self, action_id: int, status: ActionStatus) -> None:
        before = get_action_item(self._db, action_id)
        meeting_id = self._meeting_id
        old_status, old_meeting = before.status, before.closed_meeting_id
        if old_status is status:
            return
        self._push(
            f"{status.label}: {before.text}",
            self.tr("drop") if status is ActionStatus.DROPPED else self.tr("tick"),
            lambda: set_action_status(self._db, action_id, status, meeting_id),
            lambda: set_action_status(self._db, action_id, old_status, old_meeting),
        )

    def tick_selected(self) -> None:
        """The selected action item done, or open again when it is done."""
        item = self.actions_list.currentItem()
        if item is None:
            self.status_label.setText(self.tr("Select an action item to tick."))
            return
        done = get_action_item(self._db, int(item.data(ID_ROLE))).status is ActionStatus.DONE
        self._set_action(int(item.data(ID_ROLE)), ActionStatus.OPEN if done else ActionStatus.DONE)

    def drop_selected(self) -> None:
        item = self.actions_list.currentItem()
        if item is None:
            self.status_label.setText(self.tr("Select an action item to drop."))
            return
        self._set_action(int(item.data(ID_ROLE)), ActionStatus.DROPPED)

    # --- disputes --------------------------------------------------------------------------

    def _on_dispute_ticked(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        dispute = get_dispute(self._db, int(item.data(ID_ROLE)))
        if item.checkState() == Qt.CheckState.Checked:
            self._loading = True
            item.setCheckState(Qt.CheckState.Unchecked)
            self._loading = False
            self._ask_resolution(dispute)
        else:
            self._set_dispute(dispute, DisputeStatus.OPEN, dispute.resolution)

    def resolve_selected(self) -> None:
        """Ask how the selected dispute was settled; a resolved one opens again."""
        item = self.disputes_list.currentItem()
        if item is None:
            self.status_label.setText(self.tr("Select a dispute to resolve."))
            return
        dispute = get_dispute(self._db, int(item.data(ID_ROLE)))
        if dispute.status is DisputeStatus.RESOLVED:
            self._set_dispute(dispute, DisputeStatus.OPEN, dispute.resolution)
        else:
            self._ask_resolution(dispute)

    def _ask_resolution(self, dispute: DisputeView) -> None:
        dialog = ResolutionDialog(
            dispute,
            self.window(),  # a window of the console's: its closing puts the keys back there
            store=lambda text, way: self._resolve(dispute, text, way),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_resolution_finished)
        self.resolution_dialog = dialog
        dialog.open()

    def _on_resolution_finished(self) -> None:
        self.resolution_dialog = None

    def _resolve(self, dispute: DisputeView, text: str, way: Settlement) -> str | None:
        """Resolve; once the dialog closed, a matching agreement's new version is offered."""
        refused = self._set_dispute(dispute, DisputeStatus.RESOLVED, text, way)
        if refused is None:
            offer = partial(offer_new_version, self.window(), self._db, self.undo_stack)
            QTimer.singleShot(0, lambda: offer(dispute, text, self._meeting_id))
        return refused

    def _set_dispute(
        self,
        before: DisputeView,
        status: DisputeStatus,
        resolution: str,
        settlement: Settlement | None = None,
    ) -> str | None:
        """Change a dispute's status; returns why it was not stored, None when it was."""
        dispute_id, meeting_id = before.id, self._meeting_id
        old_status, old_resolution, old_way = before.status, before.resolution, before.settlement
        return self._push(
            f"{status.label}: {before.title}",
            self.tr("tick"),
            lambda: set_dispute_status(
                self._db,
                dispute_id,
                status,
                meeting_id,
                resolution=resolution,
                settlement=settlement,
            ),
            lambda: set_dispute_status(
                self._db,
                dispute_id,
                old_status,
                meeting_id,
                resolution=old_resolution,
                settlement=old_way,
            ),
        )

    def mark_selected_discussed(self) -> None:
        item = self.disputes_list.currentItem()
        if item is None:
            self.status_label.setText(self.tr("Select a dispute that came up."))
            return
        try:
            mark_discussed(self._db, int(item.data(ID_ROLE)), self._meeting_id)
        except SaveRefused as error:
            self._refused(str(error))
            return
        self._after_change(self.tr("Recorded as discussed at this meeting."))
