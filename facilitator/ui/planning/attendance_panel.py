"""The attendance panel: who is invited to a meeting, the roll call at its start, guests.

Every change is a command (people_commands.ChangeAttendance, AddGuest) on the panel's own undo
stack, shown as Undo / Redo buttons beside its list buttons and on Ctrl+Z / Ctrl+Shift+Z.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.first_fill import attendance_of, list_people
from facilitator.meeting_views import AttendanceView, MeetingNotFound, PersonView, count_marks
from facilitator.storage.database import Database
from facilitator.ui.common.commands import EditCommand, push_edit
from facilitator.ui.common.palette_colours import ERROR, tint
from facilitator.ui.common.tooltips import plain_tooltip
from facilitator.ui.common.undo_buttons import undo_buttons
from facilitator.ui.mail.informed_panel import InformedPanel
from facilitator.ui.planning.people_commands import AddGuest, ChangeAttendance
from facilitator.vocabulary import AttendanceStatus, Team

COLUMNS = (
    QT_TRANSLATE_NOOP("AttendanceTable", "Name"),
    QT_TRANSLATE_NOOP("AttendanceTable", "Team"),
    QT_TRANSLATE_NOOP("AttendanceTable", "Status"),
)
NAME, TEAM, STATUS = range(len(COLUMNS))
ID_ROLE = Qt.ItemDataRole.UserRole
WHOLE_TEAMS = (Team.SALES, Team.MARKETING)
DEFAULT_GUEST_TEAM = Team.OTHER
ROLL_CALL_HINT = QT_TRANSLATE_NOOP(
    "AttendancePanel",
    "Alt+P present · Alt+L late · Alt+A absent: each mark moves on to the next person.",
)


def summary_text(views: Sequence[AttendanceView]) -> str:
    """The line the moderator reads at a glance: how many were asked and how many came."""
    if not views:
        return QCoreApplication.translate("AttendancePanel", "No one invited yet.")
    counts = count_marks(views)
    parts = [
        QCoreApplication.translate("AttendancePanel", "{count} invited").format(count=len(views)),
        QCoreApplication.translate("AttendancePanel", "{count} present").format(
            count=counts.present
        ),
        QCoreApplication.translate("AttendancePanel", "{count} late").format(count=counts.late),
        QCoreApplication.translate("AttendancePanel", "{count} absent").format(count=counts.absent),
    ]
    if counts.unmarked:
        unmarked = QCoreApplication.translate("AttendancePanel", "{count} not marked yet")
        parts.append(unmarked.format(count=counts.unmarked))
    return " · ".join(parts)


def _mark_words(status: AttendanceStatus) -> tuple[str, str]:
    """The undo history's text and the Undo button's noun for a mark."""
    if status == AttendanceStatus.PRESENT:
        return (
            QCoreApplication.translate("AttendancePanel", "Mark present"),
            QCoreApplication.translate("AttendancePanel", "mark present"),
        )
    if status == AttendanceStatus.LATE:
        return (
            QCoreApplication.translate("AttendancePanel", "Mark late"),
            QCoreApplication.translate("AttendancePanel", "mark late"),
        )
    return (
        QCoreApplication.translate("AttendancePanel", "Mark absent"),
        QCoreApplication.translate("AttendancePanel", "mark absent"),
    )


def _error_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    tint(label, ERROR)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def _show(label: QLabel, message: str) -> None:
    label.setText(message)
    label.setVisible(bool(message))


class InvitePicker(QDialog):
    """Chooses roster people to invite; a whole team is one click, as the weekly is all hands."""

    def __init__(self, people: Iterable[PersonView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Invite people"))
        self._people = list(people)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search name or email"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search people to invite"))
        self.list_widget = QListWidget()
        self.list_widget.setAccessibleName(self.tr("People not yet invited; Space ticks one"))
        self.list_widget.setMinimumSize(360, 260)
        for person in self._people:
            text = (
                self.tr("{name} (guest) — {team}") if person.guest else self.tr("{name} — {team}")
            )
            item = QListWidgetItem(text.format(name=person.name, team=person.team.label))
            item.setData(ID_ROLE, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            if person.email:
                item.setToolTip(plain_tooltip(person.email))
            self.list_widget.addItem(item)

        self.team_buttons: dict[Team, QPushButton] = {}
        for team in WHOLE_TEAMS:
            button = QPushButton(self.tr("Whole {team} team").format(team=team.label))
            button.setAutoDefault(False)
            button.setToolTip(
                self.tr("Tick everyone in {team} (click again to untick them)").format(
                    team=team.label
                )
            )
            button.setEnabled(any(person.team == team for person in self._people))
            self.team_buttons[team] = button
        self.empty_label = QLabel(self.tr("Everyone active on the roster is invited already."))
        self.empty_label.setVisible(not self._people)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.invite_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.invite_button.setToolTip(self.tr("Invite the ticked people to the meeting"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setToolTip(self.tr("Close without inviting anyone"))
        self.search_edit.setToolTip(self.tr("Lists only people whose name or email holds this"))
        self.list_widget.setAccessibleDescription(
            self.tr("Ticked people are invited when you press the Invite button")
        )

        teams_row = QHBoxLayout()
        for button in self.team_buttons.values():
            teams_row.addWidget(button)
        teams_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_edit)
        layout.addLayout(teams_row)
        layout.addWidget(self.list_widget, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.buttons)

        self.search_edit.textChanged.connect(self._filter)
        self.list_widget.itemChanged.connect(self._update_count)
        for team, button in self.team_buttons.items():
            button.clicked.connect(lambda _checked=False, team=team: self.tick_team(team))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._update_count()
        self.list_widget.setFocus()
        if self.list_widget.count():
            self.list_widget.setCurrentRow(0)

    def chosen_ids(self) -> list[int]:
        return [item.data(ID_ROLE) for item in self._items() if self._ticked(item)]

    def tick(self, person_ids: Iterable[int], ticked: bool = True) -> None:
        wanted = set(person_ids)
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        for item in self._items():
            if item.data(ID_ROLE) in wanted:
                item.setCheckState(state)

    def tick_team(self, team: Team) -> None:
        """Ticks the whole team, or unticks it when all of it was ticked already."""
        members = [person.id for person in self._people if person.team == team]
        chosen = set(self.chosen_ids())
        self.tick(members, ticked=not set(members) <= chosen)

    def _items(self) -> list[QListWidgetItem]:
        return [self.list_widget.item(row) for row in range(self.list_widget.count())]

    @staticmethod
    def _ticked(item: QListWidgetItem) -> bool:
        return item.checkState() == Qt.CheckState.Checked

    def _filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        for item, person in zip(self._items(), self._people, strict=True):
            found = wanted in person.name.casefold() or wanted in (person.email or "").casefold()
            item.setHidden(bool(wanted) and not found)

    def _update_count(self) -> None:
        count = len(self.chosen_ids())
        self.invite_button.setText(self.tr("Invite %n", "", count) if count else self.tr("Invite"))
        self.invite_button.setEnabled(count > 0)


class GuestDialog(QDialog):
    """Someone who turned up unannounced: on the list as present the moment they are added."""

    def __init__(
        self,
        db: Database,
        meeting_id: int,
        parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a guest"))
        self._undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self._db = db
        self._meeting_id = meeting_id
        self.guest_id: int | None = None
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("First and last name"))
        self.name_edit.setMinimumWidth(300)
        self.team_combo = QComboBox()
        for team in Team:
            self.team_combo.addItem(team.label, team.value)
        self.team_combo.setCurrentIndex(self.team_combo.findData(DEFAULT_GUEST_TEAM.value))
        self.team_combo.setToolTip(self.tr("The team the guest works in"))
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText(self.tr("optional, for the minutes"))
        self.error_label = _error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.add_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(self.tr("Add as present"))
        self.add_button.setToolTip(self.tr("Put the guest on the list, marked present"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setToolTip(self.tr("Close without adding a guest"))

        form = QFormLayout()
        for text, field in (
            (self.tr("&Name"), self.name_edit),
            (self.tr("&Team"), self.team_combo),
            (self.tr("&Email"), self.email_edit),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.setFocus()

    def accept(self) -> None:
        """Store the guest; a refusal stays in the dialog with everything typed kept."""
        from facilitator.record.people import MAX_NAME_LENGTH, PersonInput

        team = Team(self.team_combo.currentData())
        guest = PersonInput(self.name_edit.text(), self.email_edit.text(), team)
        command = AddGuest(
            self._db, self._meeting_id, guest, lambda message: _show(self.error_label, message)
        )
        if push_edit(self._undo_stack, command):
            self.guest_id = command.guest_id
        else:
            name = self.name_edit.text().strip()
            name_wrong = not name or len(name) > MAX_NAME_LENGTH
            (self.name_edit if name_wrong else self.email_edit).setFocus()
            return
        super().accept()


class AttendanceTable(QTableWidget):
    """The meeting's list, one row per person (carrying their id), several rows selectable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels(
            [QCoreApplication.translate("AttendanceTable", column) for column in COLUMNS]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.setAccessibleName(self.tr("Attendance"))
        self.setAccessibleDescription(QCoreApplication.translate("AttendancePanel", ROLL_CALL_HINT))
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)

    def id_at(self, row: int) -> int | None:
        item = self.item(row, NAME) if row >= 0 else None
        return item.data(ID_ROLE) if item is not None else None

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        return [person_id for row in rows if (person_id := self.id_at(row)) is not None]

    def fill(self, views: Sequence[AttendanceView], keep: set[int], current: int | None) -> None:
        """Show the list, selecting the people in `keep`, `current` (else the first) current."""
        self.blockSignals(True)
        self.clearContents()
        self.setRowCount(len(views))
        for row, view in enumerate(views):
            name = self.tr("{name} (guest)").format(name=view.name) if view.guest else view.name
            for column, text in ((NAME, name), (TEAM, view.team.label), (STATUS, "")):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, view.person_id)
                self.setItem(row, column, item)
            self._show_status(row, view.status)
            if view.email:
                self.item(row, NAME).setToolTip(plain_tooltip(view.email))
        rows = [row for row, view in enumerate(views) if view.person_id in keep]
        ids = [view.person_id for view in views]
        current_row = ids.index(current) if current in ids else (rows[0] if rows else None)
        self.select_rows(rows, current=current_row)
        self.blockSignals(False)

    def select_rows(self, rows: Sequence[int], current: int | None) -> None:
        """Select whole rows at once; QTableView.selectRow would let each replace the last."""
        model = self.model()
        selection = QItemSelection()
        for row in rows:
            selection.select(model.index(row, 0), model.index(row, len(COLUMNS) - 1))
        flags = QItemSelectionModel.SelectionFlag
        selections = self.selectionModel()
        if current is not None:
            selections.setCurrentIndex(model.index(current, NAME), flags.NoUpdate)
        selections.select(selection, flags.ClearAndSelect)

    def _show_status(self, row: int, status: AttendanceStatus) -> None:
        item = self.item(row, STATUS)
        item.setText(
            status.label if status != AttendanceStatus.INVITED else self.tr("Invited, not marked")
        )
        font = item.font()
        font.setBold(status in (AttendanceStatus.PRESENT, AttendanceStatus.LATE))
        font.setItalic(status == AttendanceStatus.INVITED)
        item.setFont(font)


class AttendancePanel(QWidget):
    """The meeting's list: invite before it starts, mark everyone at the start, add guests.

    Every change goes straight to the core and the table is reread from it, so what is shown
    is what the minutes will say.
    """

    attendanceChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self._meeting_id: int | None = None
        self._views: list[AttendanceView] = []
        self.invite_picker: InvitePicker | None = None
        self.guest_dialog: GuestDialog | None = None
        self.undo_stack = QUndoStack(self)
        self._pushing = False
        self._init_actions()
        self._init_widgets()
        self._add_widgets()
        self._connect_signals()
        self.refresh()

    # Public interface

    @property
    def meeting_id(self) -> int | None:
        return self._meeting_id

    def set_meeting(self, db: Database, meeting_id: int | None) -> None:
        """Show a meeting's list; None leaves the panel empty and idle."""
        self._db = db
        self._meeting_id = meeting_id
        self.undo_stack.clear()  # the undo history is of the meeting shown
        self._show_error("")
        self.informed_panel.set_meeting(db, meeting_id)
        self.refresh()

    def refresh(self, select: Iterable[int] = ()) -> None:
        """Reread the list from the core, keeping (or moving) the selection by person."""
        keep = set(select) or set(self.selected_ids())
        current = self.table.id_at(self.table.currentRow())
        if self._db is None or self._meeting_id is None:
            self._views = []
        else:
            try:
                self._views = attendance_of(self._db, self._meeting_id)
            except MeetingNotFound as missing:
                self._views = []
                self._meeting_id = None
                self._show_error(str(missing))
        self.table.fill(self._views, keep, current if not select else None)
        self.summary_label.setText(
            summary_text(self._views)
            if self._meeting_id is not None
            else self.tr("No meeting chosen.")
        )
        self._update_actions()

    def attendance(self) -> list[AttendanceView]:
        """The list as shown, straight from the core."""
        return list(self._views)

    def selected_ids(self) -> list[int]:
        return self.table.selected_ids()

    def select_people(self, person_ids: Iterable[int]) -> None:
        """Select these people; the first of them becomes the current row."""
        wanted = set(person_ids)
        rows = [row for row in range(self.table.rowCount()) if self.table.id_at(row) in wanted]
        self.table.select_rows(rows, current=rows[0] if rows else None)
        self._update_actions()

    def mark_selected(self, status: AttendanceStatus) -> None:
        """Mark the chosen people; with one chosen, the next is selected for a quick roll call."""
        ids = self.selected_ids()
        if not ids or self._db is None or self._meeting_id is None:
            return
        from facilitator.record.attendance import mark
        db, meeting_id = self._db, self._meeting_id

        def mark_all() -> None:
            for person_id in ids:
                mark(db, meeting_id, person_id, status)

        text, noun = _mark_words(status)
        command = ChangeAttendance(db, meeting_id, ids, text, noun, mark_all, self._show_error)
        if not self._push(command):
            self.refresh()
            return
        self._show_error("")
        self.refresh(select=ids)
        if len(ids) == 1:
            row = self.table.currentRow()
            if 0 <= row < self.table.rowCount() - 1:
                self.table.select_rows([row + 1], current=row + 1)
                self._update_actions()
        self.attendanceChanged.emit()

    def uninvite_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self._db is None or self._meeting_id is None:
            return
        from facilitator.record.attendance import uninvite
        db, meeting_id = self._db, self._meeting_id

        def uninvite_all() -> None:
            for person_id in ids:
                uninvite(db, meeting_id, person_id)

        command = ChangeAttendance(
            db,
            meeting_id,
            ids,
            self.tr("Uninvite"),
            self.tr("uninvite"),
            uninvite_all,
            self._show_error,
        )
        if self._push(command):
            self._show_error("")
        self.refresh()
        self.attendanceChanged.emit()

    def open_invite_picker(self) -> InvitePicker | None:
        """Offer the active roster people not yet on the list; the picker is window-modal."""
        if self._db is None or self._meeting_id is None:
            return None
        on_list = {view.person_id for view in self._views}
        people = [person for person in list_people(self._db) if person.id not in on_list]
        picker = InvitePicker(people, self)
        picker.setWindowModality(Qt.WindowModality.WindowModal)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.accepted.connect(lambda: self.invite_people(picker.chosen_ids()))
        picker.destroyed.connect(self._forget_picker)
        self.invite_picker = picker
        picker.open()
        return picker

    def invite_people(self, person_ids: Sequence[int]) -> None:
        if not person_ids or self._db is None or self._meeting_id is None:
            return
        from facilitator.record.attendance import invite
        db, meeting_id = self._db, self._meeting_id
        command = ChangeAttendance(
            db,
            meeting_id,
            person_ids,
            self.tr("Invite"),
            self.tr("invite"),
            lambda: invite(db, meeting_id, person_ids),
            self._show_error,
        )
        if not self._push(command):
            return
        self._show_error("")
        self.refresh(select=person_ids)
        self.table.setFocus()
        self.attendanceChanged.emit()

    def open_guest_dialog(self) -> GuestDialog | None:
        if self._db is None or self._meeting_id is None:
            return None
        dialog = GuestDialog(self._db, self._meeting_id, self, undo_stack=self.undo_stack)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._guest_added(dialog.guest_id))
        dialog.destroyed.connect(self._forget_guest_dialog)
        self.guest_dialog = dialog
        dialog.open()
        return dialog

    # Building

    def _init_actions(self) -> None:
        self.present_action = self._action(
            AttendanceStatus.PRESENT.label, "Alt+P", self.tr("Mark present ({key})")
        )
        self.late_action = self._action(
            AttendanceStatus.LATE.label, "Alt+L", self.tr("Mark late ({key})")
        )
        self.absent_action = self._action(
            AttendanceStatus.ABSENT.label, "Alt+A", self.tr("Mark absent ({key})")
        )
        self.invite_action = self._action(
            self.tr("Invite…"), "Alt+I", self.tr("Invite people from the roster ({key})")
        )
        self.uninvite_action = self._action(
            self.tr("Uninvite"),
            "Alt+U",
            self.tr("Take the selected people off the list (only while not marked) ({key})"),
        )
        self.guest_action = self._action(
            self.tr("Add guest…"),
            "Alt+G",
            self.tr("Add someone who came unannounced, marked present ({key})"),
        )
        self.undo_button, self.redo_button = undo_buttons(
            self.undo_stack, self, Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self.undo_action = self.undo_button.defaultAction()
        self.redo_action = self.redo_button.defaultAction()
        self.undo_stack.indexChanged.connect(self._on_stack_moved)

    def _action(self, text: str, key: str, tip: str) -> QAction:
        action = QAction(text, self)
        action.setIconText(text)  # a tool button shows this; by default the "…" would be dropped
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shown = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(tip.format(key=shown))
        self.addAction(action)
        return action

    def _init_widgets(self) -> None:
        self.table = AttendanceTable()

        self.summary_label = QLabel()
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.summary_label.font()
        font.setBold(True)
        self.summary_label.setFont(font)
        self.summary_label.setAccessibleName(self.tr("Attendance summary"))
        self.hint_label = QLabel(QCoreApplication.translate("AttendancePanel", ROLL_CALL_HINT))
        self.hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.hint_label.setWordWrap(True)
        self.error_label = _error_label()

    def _tool_button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def _add_widgets(self) -> None:
        self.invite_button = self._tool_button(self.invite_action)
        self.uninvite_button = self._tool_button(self.uninvite_action)
        self.guest_button = self._tool_button(self.guest_action)
        self.present_button = self._tool_button(self.present_action)
        self.late_button = self._tool_button(self.late_action)
        self.absent_button = self._tool_button(self.absent_action)

        list_row = QHBoxLayout()
        list_row.addWidget(self.invite_button)
        list_row.addWidget(self.uninvite_button)
        list_row.addWidget(self.guest_button)
        list_row.addStretch(1)
        list_row.addWidget(self.undo_button)
        list_row.addWidget(self.redo_button)
        mark_row = QHBoxLayout()
        mark_row.addWidget(QLabel(self.tr("Mark:")))
        mark_row.addWidget(self.present_button)
        mark_row.addWidget(self.late_button)
        mark_row.addWidget(self.absent_button)
        mark_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(list_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(mark_row)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.error_label)
        self.informed_panel = InformedPanel(self.undo_stack)
        layout.addWidget(self.informed_panel)
        self.setFocusProxy(self.table)

    def _connect_signals(self) -> None:
        self.present_action.triggered.connect(lambda: self.mark_selected(AttendanceStatus.PRESENT))
        self.late_action.triggered.connect(lambda: self.mark_selected(AttendanceStatus.LATE))
        self.absent_action.triggered.connect(lambda: self.mark_selected(AttendanceStatus.ABSENT))
        self.invite_action.triggered.connect(self.open_invite_picker)
        self.uninvite_action.triggered.connect(self.uninvite_selected)
        self.guest_action.triggered.connect(self.open_guest_dialog)
        self.table.itemSelectionChanged.connect(self._update_actions)

    # Behaviour

    def _update_actions(self) -> None:
        has_meeting = self._meeting_id is not None
        ids = set(self.selected_ids())
        chosen = [view for view in self._views if view.person_id in ids]
        for action in (self.present_action, self.late_action, self.absent_action):
            action.setEnabled(bool(chosen))
        self.uninvite_action.setEnabled(
            bool(chosen) and all(view.status == AttendanceStatus.INVITED for view in chosen)
        )
        self.invite_action.setEnabled(has_meeting)
        self.guest_action.setEnabled(has_meeting)
        self.table.setEnabled(has_meeting)

    def _push(self, command: EditCommand) -> bool:
        """Do a change through the stack; the caller shows its result, with the selection."""
        self._pushing = True
        try:
            return push_edit(self.undo_stack, command)
        finally:
            self._pushing = False

    def _on_stack_moved(self) -> None:
        """An undo or redo: show the list as it now is."""
        if not self._pushing:
            self._show_error("")
            self.refresh()
            self.attendanceChanged.emit()

    def _guest_added(self, guest_id: int | None) -> None:
        self.refresh(select=[guest_id] if guest_id is not None else [])
        self.table.setFocus()
        self.attendanceChanged.emit()

    def _forget_picker(self) -> None:
        self.invite_picker = None

    def _forget_guest_dialog(self) -> None:
        self.guest_dialog = None

    def _show_error(self, message: str) -> None:
        _show(self.error_label, message)
