"""Every dispute across all meetings: filter, read its history, and argue it forward.

A status change is always recorded against a meeting (the core links the dispute to it), so
the editor asks which meeting; it proposes the last one the dispute came up in. Saving is a
command on the window's undo stack: Edit ▸ Undo puts the dispute and its links back.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.record.disputes import (
    DisputeEvent,
    DisputeRefused,
    DisputeView,
    dispute_history,
    get_dispute,
    list_disputes,
    set_dispute_status,
    update_dispute,
)
from facilitator.record.meetings import list_meetings
from facilitator.storage.database import Database
from facilitator.ui.common import messages
from facilitator.ui.common.palette_colours import ERROR, tint
from facilitator.ui.console.capture_dialogs import DisputeDialog
from facilitator.ui.history.filtered_table import (
    ID_ROLE,
    FilteredTableWindow,
    filter_box,
    record_table,
)
from facilitator.ui.history.record_commands import ChangeDispute
from facilitator.ui.smarketing.agreements_version_dialog import offer_if_resolved
from facilitator.ui.smarketing.neutrality_settlement import CHOOSE_A_WAY, SettlementBox
from facilitator.vocabulary import (
    DisputeCategory,
    DisputeRole,
    DisputeStatus,
    MeetingStatus,
    Team,
)

GEOMETRY_KEY = "disputesWindow/geometry"
COLUMNS = (
    QT_TRANSLATE_NOOP("DisputesWindow", "Title"),
    QT_TRANSLATE_NOOP("DisputesWindow", "Category"),
    QT_TRANSLATE_NOOP("DisputesWindow", "Raised by"),
    QT_TRANSLATE_NOOP("DisputesWindow", "Status"),
    QT_TRANSLATE_NOOP("DisputesWindow", "Meetings"),
    QT_TRANSLATE_NOOP("DisputesWindow", "Last came up"),
)
ROLE_WORDS = {
    DisputeRole.RAISED: QT_TRANSLATE_NOOP("DisputesWindow", "raised"),
    DisputeRole.DISCUSSED: QT_TRANSLATE_NOOP("DisputesWindow", "discussed"),
    DisputeRole.SETTLED: QT_TRANSLATE_NOOP("DisputesWindow", "settled"),
}
"""What happened to a dispute at a meeting, as its history line says it."""
DESCRIPTIONS = {
    "statusFilter": QT_TRANSLATE_NOOP("DisputesWindow", "Show only the disputes with this status"),
    "categoryFilter": QT_TRANSLATE_NOOP(
        "DisputesWindow", "Show only the disputes of this category"
    ),
    "teamFilter": QT_TRANSLATE_NOOP("DisputesWindow", "Show only the disputes this team raised"),
    "salesPosition": QT_TRANSLATE_NOOP(
        "DisputesWindow", "What Sales says about the selected dispute"
    ),
    "marketingPosition": QT_TRANSLATE_NOOP(
        "DisputesWindow", "What Marketing says about the selected dispute"
    ),
    "statusBox": QT_TRANSLATE_NOOP(
        "DisputesWindow", "Where the dispute stands; a change is recorded at the meeting below"
    ),
    "resolutionEdit": QT_TRANSLATE_NOOP(
        "DisputesWindow", "How the dispute was resolved, or what was agreed so far"
    ),
    "recordedAt": QT_TRANSLATE_NOOP(
        "DisputesWindow", "The meeting a change of status or resolution was made at"
    ),
    "saveDispute": QT_TRANSLATE_NOOP(
        "DisputesWindow",
        "Store the positions, and a change of status or resolution at that meeting (Ctrl+S)",
    ),
    "editDispute": QT_TRANSLATE_NOOP(
        "DisputesWindow", "Change the selected dispute's title and category"
    ),
}
"""The tooltip of each control by its object name: what a screen reader says it is for."""
CATEGORY_CHARS = 24
"""The category column's widest, in average characters: the longest English label fits."""


def _raised_by(view: DisputeView) -> str:
    if view.raised_by_name:
        return f"{view.raised_by_name} ({view.raised_by_team.label})"
    return view.raised_by_team.label


def _day(view: DisputeView) -> str:
    if view.last_meeting_at is None:
        return ""
    return view.last_meeting_at.astimezone().strftime("%Y-%m-%d")


def _count_text(views: list[DisputeView]) -> str:
    """How many are shown and how many of them are unresolved: the minutes' "open disputes"."""
    if not views:
        return QCoreApplication.translate("DisputesWindow", "0 disputes")
    if len(views) == 1:
        text = QCoreApplication.translate("DisputesWindow", "1 dispute, {open} open")
    else:
        text = QCoreApplication.translate("DisputesWindow", "{count} disputes, {open} open")
    return text.format(count=len(views), open=sum(view.is_open for view in views))


def _history_line(event: DisputeEvent) -> str:
    """One meeting in a dispute's history: when, where, what happened and where it stood."""
    line = QCoreApplication.translate(
        "DisputesWindow", "{day}  {meeting} — {role}, {status} after it"
    )
    return line.format(
        day=event.scheduled_at.astimezone().strftime("%Y-%m-%d"),
        meeting=event.meeting_title,
        role=QCoreApplication.translate("DisputesWindow", ROLE_WORDS[event.role]),
        status=event.status_after.label.lower(),
    )


def _fit_category(table: QTableWidget) -> None:
    """The category column as wide as its labels, up to CATEGORY_CHARS: a longer label (as
    German ones are) wraps in its cell, so the titles keep their room."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
    needed = max(table.sizeHintForColumn(1), header.sectionSizeHint(1))
    header.resizeSection(1, min(needed, table.fontMetrics().averageCharWidth() * CATEGORY_CHARS))


def _describe(window: QWidget) -> None:
    """Give each control named in DESCRIPTIONS its tooltip, in the windows' language."""
    for widget in window.findChildren(QWidget):
        text = DESCRIPTIONS.get(widget.objectName())
        if text is not None:
            widget.setToolTip(QCoreApplication.translate("DisputesWindow", text))


def _save_question(parent: QWidget, title: str) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel for the unsaved edits of the dispute called title."""
    return messages.ask(
        parent,
        QCoreApplication.translate("DisputesWindow", "Unsaved changes"),
        QCoreApplication.translate("DisputesWindow", "Save the changes to “{title}”?").format(
            title=title
        ),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )


class DisputesWindow(FilteredTableWindow):
    """A table of disputes with filters, and the selected one's history and editor."""

    geometry_key = GEOMETRY_KEY
    default_size = (1264, 680)  # a 1280×720 screen less the frame

    def __init__(
        self,
        db: Database,
        *,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = QCoreApplication.translate("DisputesWindow", "Disputes")
        super().__init__(db, title=title, settings=settings, parent=parent)
        self._shown: DisputeView | None = None
        self._build()

    # --- building --------------------------------------------------------------------------

    def _init_widgets(self) -> None:
        self.status_filter = filter_box(
            "statusFilter", self.tr("All statuses"), [(s.label, s.value) for s in DisputeStatus]
        )
        self.category_filter = filter_box(
            "categoryFilter",
            self.tr("All categories"),
            [(c.label, c.value) for c in DisputeCategory],
        )
        self.team_filter = filter_box(
            "teamFilter", self.tr("Raised by any team"), [(t.label, t.value) for t in Team]
        )
        self.count_label = QLabel(objectName="disputeCount")
        filters = self._filter_bar(
            (
                (self.tr("&Status"), self.status_filter),
                (self.tr("&Category"), self.category_filter),
                (self.tr("&Team"), self.team_filter),
            ),
            self.count_label,
        )

        self.table = record_table([self.tr(column) for column in COLUMNS], "disputesTable")
        self.table.setAccessibleName(self.tr("Disputes"))
        self.table.setAccessibleDescription(
            self.tr("Every dispute recorded; select one to see or edit it")
        )
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.table.doubleClicked.connect(self.edit_selected)

        self.history_list = QListWidget(
            objectName="disputeHistory", accessibleName=self.tr("Dispute history"),
            accessibleDescription=self.tr("What happened to the selected dispute, oldest first"),
        )  # fmt: skip
        self.sales_edit = QPlainTextEdit(objectName="salesPosition", tabChangesFocus=True)
        self.marketing_edit = QPlainTextEdit(objectName="marketingPosition", tabChangesFocus=True)
        self.status_box = QComboBox(objectName="statusBox")
        for status in DisputeStatus:
            self.status_box.addItem(status.label, status.value)
        self.settlement_box = SettlementBox()
        self.status_box.currentIndexChanged.connect(
            lambda: self.settlement_box.follow(DisputeStatus(self.status_box.currentData()))
        )
        self.resolution_edit = QPlainTextEdit(objectName="resolutionEdit", tabChangesFocus=True)
        self.meeting_box = QComboBox(objectName="recordedAt")
        self.save_button = QPushButton(self.tr("&Save changes"), objectName="saveDispute")
        self.save_button.clicked.connect(self.save)
        self.edit_button = QPushButton(
            self.tr("&Edit title and category…"), objectName="editDispute"
        )
        self.edit_button.clicked.connect(self.edit_selected)
        self.problem_label = QLabel(objectName="problemLabel", wordWrap=True)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        tint(self.problem_label, ERROR)
        form = QFormLayout()
        form.addRow(self.tr("Sales &position"), self.sales_edit)
        form.addRow(self.tr("&Marketing position"), self.marketing_edit)
        form.addRow(self.tr("Stat&us"), self.status_box)
        form.addRow(self.tr("Sett&led"), self.settlement_box)
        form.addRow(self.tr("&Resolution"), self.resolution_edit)
        form.addRow(self.tr("Recorded &at meeting"), self.meeting_box)
        for field in (
            self.sales_edit,
            self.marketing_edit,
            self.status_box,
            self.settlement_box,
            self.resolution_edit,
            self.meeting_box,
        ):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)

        self.detail = QWidget(objectName="disputeDetail")
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.addWidget(QLabel(self.tr("History: the meetings where it came up")))
        detail_layout.addWidget(self.history_list, 1)
        detail_layout.addLayout(form)
        detail_layout.addWidget(self.problem_label)
        detail_layout.addLayout(buttons)
        self.detail.setEnabled(False)

        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([720, 520])  # the table's titles need more than its size hint
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        _describe(self)

    def _init_actions(self) -> None:
        self.save_action = self._shortcut(
            self.tr("Save changes"), QKeySequence(QKeySequence.StandardKey.Save), self.save
        )
        self.close_action = self._shortcut(self.tr("Close"), QKeySequence("Ctrl+W"), self.close)

    # --- showing ---------------------------------------------------------------------------

    def _chosen(self, box: QComboBox) -> str | None:
        value = box.currentData()
        return str(value) if value is not None else None

    def reload(self) -> None:
        """Fill the table by the filters, keeping the selected dispute selected."""
        status, category, team = (
            self._chosen(box)
            for box in (self.status_filter, self.category_filter, self.team_filter)
        )
        views = list_disputes(
            self._db,
            status=DisputeStatus(status) if status else None,
            category=DisputeCategory(category) if category else None,
            team=Team(team) if team else None,
        )
        keep = self._shown.id if self._shown is not None else None
        self.table.blockSignals(True)
        self.table.setRowCount(len(views))
        for row, view in enumerate(views):
            cells = (
                view.title,
                view.category.label,
                _raised_by(view),
                view.status.label,
                str(view.meeting_count),
                _day(view),
            )
            self._set_row(row, view.id, cells)
        self._select_kept(keep, [view.id for view in views])
        self.table.blockSignals(False)
        _fit_category(self.table)
        self.count_label.setText(_count_text(views))
        self._show_selected()

    def _show_selected(self) -> None:
        dispute_id = self.selected_id()
        shown = self._shown
        if shown is not None and dispute_id == shown.id and self.has_unsaved_edits():
            return
        if shown is not None and dispute_id != shown.id and not self._may_leave():
            self._reselect(shown.id)
            return
        self._show(get_dispute(self._db, dispute_id) if dispute_id is not None else None)

    def _reselect(self, dispute_id: int) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(ID_ROLE) == dispute_id:
                self.table.blockSignals(True)
                self.table.selectRow(row)
                self.table.blockSignals(False)
                return

    def has_unsaved_edits(self) -> bool:
        view = self._shown
        if view is None:
            return False
        return (
            self.sales_edit.toPlainText() != view.sales_position
            or self.marketing_edit.toPlainText() != view.marketing_position
            or self.resolution_edit.toPlainText() != view.resolution
            or self.status_box.currentData() != view.status.value
            or self.settlement_box.settlement() is not view.settlement
        )

    def _may_leave(self) -> bool:
        """Unsaved edits of the shown dispute are saved or dropped only when the user says."""
        if not self.has_unsaved_edits():
            return True
        assert self._shown is not None
        answer = _save_question(self, self._shown.title)
        if answer == QMessageBox.StandardButton.Save:
            return self._store()
        return answer == QMessageBox.StandardButton.Discard

    def _show(self, view: DisputeView | None) -> None:
        self._shown = view
        self.detail.setEnabled(view is not None)
        self.history_list.clear()
        self.meeting_box.clear()
        self.problem_label.clear()
        if view is None:
            for edit in (self.sales_edit, self.marketing_edit, self.resolution_edit):
                edit.clear()
            return
        history = dispute_history(self._db, view.id)
        for event in history:
            self.history_list.addItem(_history_line(event))
        self.sales_edit.setPlainText(view.sales_position)
        self.marketing_edit.setPlainText(view.marketing_position)
        self.resolution_edit.setPlainText(view.resolution)
        self.status_box.setCurrentIndex(self.status_box.findData(view.status.value))
        self.settlement_box.set_settlement(view.settlement)
        linked = {event.meeting_id for event in history}
        for meeting in list_meetings(self._db):
            if meeting.status is MeetingStatus.CANCELLED:
                continue
            day = meeting.scheduled_at.astimezone().strftime("%Y-%m-%d")
            self.meeting_box.addItem(f"{day}  {meeting.title}", meeting.id)
        last = history[-1].meeting_id if history else None
        if last in linked:
            self.meeting_box.setCurrentIndex(max(self.meeting_box.findData(last), 0))

    # --- editing ---------------------------------------------------------------------------

    def save(self) -> None:
        """Store the positions, and a status or resolution change at the chosen meeting."""
        if (before := self._shown) is not None and self._store():
            self.reload()
            self.statusBar().showMessage(self.tr("Saved."), 3000)
            offer_if_resolved(self, self._db, self.undo_stack, before, self._shown)

    def _store(self) -> bool:
        view = self._shown
        assert view is not None
        status = DisputeStatus(self.status_box.currentData())
        settlement = self.settlement_box.settlement()
        resolution = self.resolution_edit.toPlainText()
        resolving = status is DisputeStatus.RESOLVED and view.status is not status
        if resolving and settlement is None and resolution.strip():
            self.tell(QCoreApplication.translate("SettlementButtons", CHOOSE_A_WAY))
            return False
        meeting_id = self.meeting_box.currentData()
        sales = self.sales_edit.toPlainText()
        marketing = self.marketing_edit.toPlainText()

        def change() -> None:
            update_dispute(
                self._db,
                view.id,
                sales_position=sales,
                marketing_position=marketing,
            )
            if (status, resolution, settlement) != (view.status, view.resolution, view.settlement):
                if not isinstance(meeting_id, int):
                    raise DisputeRefused(self.tr("Choose the meeting the change was made at."))
                set_dispute_status(
                    self._db,
                    view.id,
                    status,
                    meeting_id,
                    resolution=resolution,
                    settlement=settlement,
                )

        command = ChangeDispute(
            self._db,
            view.id,
            self.tr("Save “{title}”").format(title=view.title),
            self.tr("dispute changes"),
            change,
            self.tell,
            expected_version=view.version,
        )
        if not self._push(command):
            if not command.changed_elsewhere and self._shown is view:
                # a refused second step took the first back: the version moved, the text not
                self._shown = replace(view, version=get_dispute(self._db, view.id).version)
            return False
        self.problem_label.clear()
        self._shown = get_dispute(self._db, view.id)
        return True

    def edit_selected(self) -> None:
        """Title and category in the dispute dialog; positions are edited beside the table."""
        dispute_id = self.selected_id()
        if dispute_id is None:
            return
        self._open_edit_dialog(
            DisputeDialog(self._db, dispute_id=dispute_id, parent=self, undo_stack=self.undo_stack)
        )

    def tell(self, message: str) -> None:
        self.problem_label.setText(message)

    def reload_discarding_edits(self) -> None:
        """The shown dispute as stored now: the positions typed here give way."""
        if self._shown is not None:
            self._show(get_dispute(self._db, self._shown.id))
        self.reload()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Unsaved edits may keep the window open; the base remembers the geometry."""
        if not self._may_leave():
            event.ignore()
            return
        super().closeEvent(event)
