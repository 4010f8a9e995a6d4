"""Metrics ▸ Win/loss…: a quarter's won and lost deals, each with its main reason, campaign,
amount, closing day, the rundown it was brought to and, for a lost one, a campaign idea; the
quarter's tally by reason and campaign below. Every change is an undoable command
(winloss_commands) on the window's one stack; the reasons' short list grows from here.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QDate,
    QLocale,
    QSettings,
    Qt,
)
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator import timesource
from facilitator.decisions.deals import (
    MAX_IDEA,
    DealDraft,
    DealView,
    deals_in,
    ensure_standard_reasons,
    latest_quarter,
    list_reasons,
    rundown_meetings,
)
from facilitator.decisions.quarters import Quarter, quarter_of
from facilitator.decisions.win_loss import (
    amount_text,
    campaign_ideas,
    campaign_tally,
    reason_tally,
)
from facilitator.measures.metrics import MetricRefused, parse_value
from facilitator.storage.database import Database
from facilitator.ui.common.commands import EditCommand, push_edit
from facilitator.ui.common.undo_buttons import undo_buttons
from facilitator.ui.smarketing.winloss_commands import AddDeal, AddReason, ChangeDeal, DeleteDeal
from facilitator.vocabulary import DealOutcome, GoalUnit

GEOMETRY_KEY = "winloss/geometry"
COLUMNS = (
    QT_TRANSLATE_NOOP("WinLossDialog", "Closed"),
    QT_TRANSLATE_NOOP("WinLossDialog", "Deal"),
    QT_TRANSLATE_NOOP("WinLossDialog", "Outcome"),
    QT_TRANSLATE_NOOP("WinLossDialog", "Reason"),
    QT_TRANSLATE_NOOP("WinLossDialog", "Campaign"),
    QT_TRANSLATE_NOOP("WinLossDialog", "Amount"),
    QT_TRANSLATE_NOOP("WinLossDialog", "Rundown"),
    QT_TRANSLATE_NOOP("WinLossDialog", "Campaign idea"),
)


def _plain(name: str) -> QLabel:
    label = QLabel(objectName=name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def tally_text(deals: list[DealView]) -> str:
    """The quarter in three lines: deals per outcome and reason, won and lost per campaign, and
    how many ideas the lost ones left."""
    if not deals:
        return QCoreApplication.translate("WinLossDialog", "No deals closed in this quarter yet.")
    parts = []
    for outcome in (DealOutcome.WON, DealOutcome.LOST):
        counts = [c for c in reason_tally(deals) if c.outcome is outcome]
        total = sum(c.deals for c in counts)
        named = ", ".join(f"{c.reason} {c.deals}" for c in counts)
        parts.append(f"{outcome.label} {total}" + (f" ({named})" if named else ""))
    campaigns = ", ".join(f"{c.campaign} {c.won}–{c.lost}" for c in campaign_tally(deals))
    ideas = len(campaign_ideas(deals))
    by_campaign = QCoreApplication.translate(
        "WinLossDialog", "By campaign (won–lost): {campaigns}."
    )
    if ideas:
        idea_line = QCoreApplication.translate(
            "WinLossDialog", "Campaign ideas from lost deals: {count}."
        ).format(count=ideas)
    else:
        idea_line = QCoreApplication.translate(
            "WinLossDialog", "Campaign ideas from lost deals: none."
        )
    return "\n".join((" · ".join(parts), by_campaign.format(campaigns=campaigns), idea_line))


def _describe(d: WinLossDialog) -> None:
    """What each control below the table does, as its tooltip (kept out of the class, which
    is long enough)."""
    for widget, text in (
        (d.name_edit, QT_TRANSLATE_NOOP("WinLossDialog", "The deal's name, as the CRM knows it")),
        (d.outcome_combo, QT_TRANSLATE_NOOP("WinLossDialog", "Whether the deal was won or lost")),
        (d.reason_combo, QT_TRANSLATE_NOOP("WinLossDialog", "The main reason it was won or lost")),
        (
            d.new_reason_edit,
            QT_TRANSLATE_NOOP("WinLossDialog", "A new reason; Add reason puts it on the list"),
        ),
        (
            d.add_reason_button,
            QT_TRANSLATE_NOOP("WinLossDialog", "Add the typed reason to the list for this outcome"),
        ),
        (d.campaign_edit, QT_TRANSLATE_NOOP("WinLossDialog", "The campaign the deal came from")),
        (d.amount_edit, QT_TRANSLATE_NOOP("WinLossDialog", "The deal's amount, in euros")),
        (
            d.closed_edit,
            QT_TRANSLATE_NOOP("WinLossDialog", "The day the deal closed; it decides the quarter"),
        ),
        (
            d.rundown_combo,
            QT_TRANSLATE_NOOP("WinLossDialog", "The meeting whose rundown took the deal up"),
        ),
        (
            d.idea_edit,
            QT_TRANSLATE_NOOP("WinLossDialog", "For a lost deal: a campaign idea it suggests"),
        ),
        (
            d.new_button,
            QT_TRANSLATE_NOOP("WinLossDialog", "Clear the form for a deal not yet in the list"),
        ),
        (
            d.delete_button,
            QT_TRANSLATE_NOOP("WinLossDialog", "Delete the chosen deal (Undo brings it back)"),
        ),
        (d.save_button, QT_TRANSLATE_NOOP("WinLossDialog", "Store the deal as the form shows it")),
        (d._close, QT_TRANSLATE_NOOP("WinLossDialog", "Close the win/loss window")),
    ):
        widget.setToolTip(QCoreApplication.translate("WinLossDialog", text))


class WinLossDialog(QDialog):
    """The quarter's deals on top, the chosen deal's form below, the tally at the foot."""

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
        quarter: Quarter | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Win/loss"))
        self._db = db
        self._settings = settings if settings is not None else QSettings()
        self._today = timesource.today()
        ensure_standard_reasons(db)
        self.quarter = quarter or latest_quarter(db, self._today)
        self.deals: list[DealView] = []
        self.undo_stack = QUndoStack(self)
        self.undo_stack.indexChanged.connect(lambda _index: self._after_undo())
        self._pushing = False
        self._build()
        self.reload()
        geometry = self._settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)

    # --- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.previous_button = QPushButton("◀", objectName="previousQuarter")
        self.previous_button.setShortcut(QKeySequence("Alt+Left"))
        self.previous_button.setToolTip(self.tr("The quarter before (Alt+Left)"))
        self.previous_button.clicked.connect(lambda: self.show_quarter(self.quarter.previous()))
        self.next_button = QPushButton("▶", objectName="nextQuarter")
        self.next_button.setShortcut(QKeySequence("Alt+Right"))
        self.next_button.setToolTip(self.tr("The quarter after (Alt+Right)"))
        self.next_button.clicked.connect(lambda: self.show_quarter(self.quarter.next()))
        for button in (self.previous_button, self.next_button):
            button.setMaximumWidth(button.fontMetrics().horizontalAdvance("▶") * 4)
        self.quarter_label = _plain("quarterLabel")
        self.quarter_label.setStyleSheet("font-weight: bold")
        top = QHBoxLayout()
        top.addWidget(self.previous_button)
        top.addWidget(self.quarter_label)
        top.addWidget(self.next_button)
        top.addStretch(1)

        self.table = QTableWidget(0, len(COLUMNS), objectName="dealsTable")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setAccessibleDescription(
            self.tr("The quarter's closed deals; choose one to edit it in the form below")
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch
        )
        self.table.itemSelectionChanged.connect(self._show_current)

        self.name_edit = QLineEdit(objectName="dealName")
        self.name_edit.setMaxLength(200)
        self.outcome_combo = QComboBox(objectName="dealOutcome")
        for outcome in (DealOutcome.WON, DealOutcome.LOST):
            self.outcome_combo.addItem(outcome.label, outcome)
        self.outcome_combo.currentIndexChanged.connect(self._outcome_changed)
        self.reason_combo = QComboBox(objectName="dealReason")
        self.new_reason_edit = QLineEdit(objectName="newReason")
        self.new_reason_edit.setPlaceholderText(self.tr("A reason not on the list"))
        self.add_reason_button = QPushButton(self.tr("&Add reason"), objectName="addReasonButton")
        self.add_reason_button.clicked.connect(self.add_reason)
        reason_row = QHBoxLayout()
        reason_row.addWidget(self.reason_combo, 2)
        reason_row.addWidget(self.new_reason_edit, 2)
        reason_row.addWidget(self.add_reason_button)
        self.campaign_edit = QLineEdit(objectName="dealCampaign")
        self.campaign_edit.setMaxLength(200)
        self.amount_edit = QLineEdit(objectName="dealAmount")
        self.closed_edit = QDateEdit(objectName="dealClosed")
        self.closed_edit.setCalendarPopup(True)
        self.closed_edit.setDisplayFormat("d MMM yyyy")
        self.rundown_combo = QComboBox(objectName="dealRundown")
        self.idea_edit = QLineEdit(objectName="dealIdea")
        self.idea_edit.setMaxLength(MAX_IDEA)
        self.idea_edit.setPlaceholderText(self.tr("What marketing could try to win the next one"))
        form = QFormLayout()
        form.addRow(self.tr("Dea&l:"), self.name_edit)
        form.addRow(self.tr("&Outcome:"), self.outcome_combo)
        reason_label = QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason_combo)  # a row of several widgets names its first
        form.addRow(reason_label, reason_row)
        form.addRow(self.tr("Campai&gn:"), self.campaign_edit)
        form.addRow(self.tr("A&mount:"), self.amount_edit)
        form.addRow(self.tr("&Closed on:"), self.closed_edit)
        form.addRow(self.tr("R&undown:"), self.rundown_combo)
        form.addRow(self.tr("Campaign &idea:"), self.idea_edit)

        self.new_button = QPushButton(self.tr("&New deal"), objectName="newDealButton")
        self.new_button.clicked.connect(self.start_new)
        self.delete_button = QPushButton(self.tr("&Delete"), objectName="deleteDealButton")
        self.delete_button.clicked.connect(self.delete)
        self.save_button = QPushButton(self.tr("&Save"), objectName="saveDealButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.undo_button, self.redo_button = undo_buttons(self.undo_stack, self)
        actions = QHBoxLayout()
        for button in (self.new_button, self.delete_button, self.undo_button, self.redo_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        self.message = _plain("winLossMessage")
        self.tally_label = _plain("winLossTally")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._close = close.button(QDialogButtonBox.StandardButton.Close)
        _describe(self)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.tally_label)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        layout.addWidget(close)
        self.resize(980, 640)

    # --- showing ---------------------------------------------------------------------------

    @property
    def current_deal(self) -> DealView | None:
        row = self.table.currentRow()
        selected = self.table.selectionModel().hasSelection()
        return self.deals[row] if selected and 0 <= row < len(self.deals) else None

    def show_quarter(self, quarter: Quarter) -> None:
        self.quarter = quarter
        self.message.clear()
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.quarter_label.setText(self.quarter.label)
        self.deals = deals_in(self._db, self.quarter)
        self._fill_rundowns()
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(self.deals))
        for row, deal in enumerate(self.deals):
            d = deal.draft
            cells = (
                QLocale().toString(QDate(d.closed_on), "dd MMM yyyy"),
                d.name,
                d.outcome.label,
                deal.reason,
                d.campaign,
                "" if d.amount is None else amount_text(d.amount),
                deal.meeting_title,
                d.campaign_idea,
            )
            for column, value in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.blockSignals(False)
        self.tally_label.setText(tally_text(self.deals))
        ids = [deal.id for deal in self.deals]
        if select in ids:
            self.table.selectRow(ids.index(select))
        else:
            self.start_new()

    def _fill_rundowns(self) -> None:
        chosen = self.rundown_combo.currentData()
        self.rundown_combo.clear()
        self.rundown_combo.addItem(self.tr("Not brought to a rundown"), None)
        for choice in rundown_meetings(self._db):
            self.rundown_combo.addItem(choice.label, choice.meeting_id)
        self._select(self.rundown_combo, chosen)

    @staticmethod
    def _select(box: QComboBox, value: object) -> None:
        index = box.findData(value)
        box.setCurrentIndex(max(index, 0))

    def _fill_reasons(self, outcome: DealOutcome, chosen: int | None) -> None:
        self.reason_combo.clear()
        self.reason_combo.addItem(self.tr("No reason given"), None)
        for reason in list_reasons(self._db, outcome):
            self.reason_combo.addItem(reason.name, reason.id)
        self._select(self.reason_combo, chosen)

    def _outcome(self) -> DealOutcome:
        return DealOutcome(self.outcome_combo.currentData())

    def _outcome_changed(self) -> None:
        outcome = self._outcome()
        self._fill_reasons(outcome, self.reason_combo.currentData())
        self.idea_edit.setEnabled(outcome is DealOutcome.LOST)

    def _show_current(self) -> None:
        deal = self.current_deal
        if deal is None:
            return
        d = deal.draft
        self.name_edit.setText(d.name)
        self._select(self.outcome_combo, d.outcome)
        self._fill_reasons(d.outcome, d.reason_id)
        self.idea_edit.setEnabled(d.outcome is DealOutcome.LOST)
        self.campaign_edit.setText(d.campaign)
        self.amount_edit.setText("" if d.amount is None else amount_text(d.amount))
        self.closed_edit.setDate(QDate(d.closed_on))
        self._select(self.rundown_combo, d.meeting_id)
        self.idea_edit.setText(d.campaign_idea)
        self.delete_button.setEnabled(True)

    def start_new(self) -> None:
        """Clear the form for a deal not yet stored, closed today or in the quarter shown."""
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.blockSignals(False)
        self.name_edit.clear()
        self._select(self.outcome_combo, DealOutcome.WON)
        self._outcome_changed()
        self._select(self.reason_combo, None)
        self.campaign_edit.clear()
        self.amount_edit.clear()
        day = self._today if self.quarter.holds(self._today) else self.quarter.last_day
        self.closed_edit.setDate(QDate(day))
        self.idea_edit.clear()
        self.delete_button.setEnabled(False)
        self.name_edit.setFocus()

    # --- editing ---------------------------------------------------------------------------

    def _draft(self) -> DealDraft | None:
        text = self.amount_edit.text().strip()
        try:
            amount = parse_value(text, GoalUnit.EUR) if text else None
        except MetricRefused as refused:
            self._tell(self.tr("the amount: {problem}").format(problem=refused))
            return None
        return DealDraft(
            name=self.name_edit.text(),
            outcome=self._outcome(),
            closed_on=self.closed_edit.date().toPython(),
            reason_id=self.reason_combo.currentData(),
            campaign=self.campaign_edit.text(),
            amount=amount,
            meeting_id=self.rundown_combo.currentData(),
            campaign_idea=self.idea_edit.text(),
        )

    def save(self) -> bool:
        draft = self._draft()
        if draft is None:
            return False
        deal = self.current_deal
        if deal is None:
            command: EditCommand = AddDeal(self._db, draft, self._tell)
        else:
            command = ChangeDeal(self._db, deal.id, deal.draft, draft, self._tell)
        if not self._push(command):
            return False
        deal_id = getattr(command, "deal_id", None)
        self.quarter = quarter_of(draft.closed_on)
        self.reload(select=deal_id)
        self.message.setText(self.tr("Deal added.") if deal is None else self.tr("Deal saved."))
        return True

    def delete(self) -> None:
        deal = self.current_deal
        if deal is None:
            return
        if self._push(DeleteDeal(self._db, deal.id, deal.draft, self._tell)):
            self.reload()
            self.message.setText(
                self.tr("Deleted {name}; Undo brings it back.").format(name=deal.draft.name)
            )

    def add_reason(self) -> None:
        outcome = self._outcome()
        command = AddReason(self._db, outcome, self.new_reason_edit.text(), self._tell)
        if not self._push(command):
            return
        self.new_reason_edit.clear()
        self._fill_reasons(outcome, command.reason_id)
        self.message.setText(
            self.tr("Reason added to the {outcome} list.").format(outcome=outcome.label.lower())
        )

    def _tell(self, refusal: str) -> None:
        self.message.setText(self.tr("Not saved — {reason}").format(reason=refusal))

    def _push(self, command: EditCommand) -> bool:
        self._pushing = True
        try:
            return push_edit(self.undo_stack, command)
        finally:
            self._pushing = False

    def _after_undo(self) -> None:
        if self._pushing:
            return
        self.reload()
        self._fill_reasons(self._outcome(), self.reason_combo.currentData())
        self.message.clear()

    def done(self, result: int) -> None:
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)
