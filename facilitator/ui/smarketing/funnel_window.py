"""Metrics ▸ Funnel…: a period's funnel per lead source, its conversion rates against the period
before and the goals, and which sources bring good and poor leads, said in words and colour.

Import CSV… reads the app's own format or a HubSpot or Salesforce export (docs/funnel-csv.md);
a refused file lists its bad lines and imports nothing. The numbers come from
facilitator.funnel.scorecard, the same place the minutes read them from.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QLocale, QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.funnel.crm_exports import ExportFormat
from facilitator.funnel.csv_import import revenue_unit
from facilitator.funnel.periods import period_label
from facilitator.funnel.scorecard import QUALITY_STEP, WHOLE_STEP, Scorecard, SourceLine
from facilitator.funnel.scorecard_reading import funnel_periods, scorecard
from facilitator.funnel.stages import STAGES, step_label
from facilitator.measures.metric_units import format_gap, format_value
from facilitator.storage.database import Database
from facilitator.ui.common.commands import push_edit
from facilitator.ui.common.csv_choice import choose_csv
from facilitator.ui.common.palette_colours import MISSED, MUTED, SUCCESS, SchemeColour, tint
from facilitator.ui.common.undo_keys import add_undo_actions
from facilitator.ui.smarketing.funnel_import_command import ImportFunnelCommand
from facilitator.vocabulary import GoalUnit, Period

GEOMETRY_KEY = "funnel/geometry"
LAST_FOLDER_KEY = "funnel/importFolder"
FORMAT_KEY = "funnel/importFormat"

FORMATS = (
    (
        ExportFormat.FACILITATOR,
        QT_TRANSLATE_NOOP("FunnelDialog", "Facilitator CSV (a row per period and source)"),
    ),
    (ExportFormat.HUBSPOT, QT_TRANSLATE_NOOP("FunnelDialog", "HubSpot contacts export")),
    (ExportFormat.SALESFORCE, QT_TRANSLATE_NOOP("FunnelDialog", "Salesforce leads report")),
)
QUALITY_WORDS = {
    "good": (QT_TRANSLATE_NOOP("FunnelDialog", "Good leads"), SUCCESS),
    "poor": (QT_TRANSLATE_NOOP("FunnelDialog", "Poor leads"), MISSED),
    "average": (QT_TRANSLATE_NOOP("FunnelDialog", "Average"), None),
    "few": (QT_TRANSLATE_NOOP("FunnelDialog", "Too few to judge"), MUTED),
}


def _plain(text: str = "", name: str = "") -> QLabel:
    shown = QLabel(text, objectName=name)
    shown.setTextFormat(Qt.TextFormat.PlainText)
    shown.setWordWrap(True)
    return shown


def _percent(value: float | None) -> str:
    return "—" if value is None else format_value(round(value, 1), GoalUnit.PERCENT)


def _change(value: float | None) -> str:
    """Points up or down on the period before, with an arrow so it reads without colour."""
    if value is None:
        return "—"
    arrow = "▲" if value > 0.05 else "▼" if value < -0.05 else "="
    return f"{arrow} {format_gap(round(abs(value), 1), GoalUnit.PERCENT)}"


def _item(
    text: str, *, right: bool = False, colour: SchemeColour | None = None
) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if colour is not None:
        item.setForeground(colour.colour())
    return item


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), objectName=name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.setWordWrap(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def _fit_rows(table: QTableWidget, most: int) -> None:
    """Make the table as tall as its rows (at most most pixels), so the total row shows."""
    rows = table.verticalHeader().defaultSectionSize() * max(1, table.rowCount())
    frame = 2 * table.frameWidth() + table.horizontalHeader().sizeHint().height() + 2
    table.setFixedHeight(min(most, frame + rows))


class FunnelDialog(QDialog):
    """The closed-loop scorecard of one period, chosen from those imported."""

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, settings: QSettings | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Funnel"))
        self._db = db
        self._settings = settings if settings is not None else QSettings()
        self._unit = revenue_unit(db)
        self.card: Scorecard | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_action, self.redo_action = add_undo_actions(self.undo_stack, self)
        self.undo_stack.indexChanged.connect(lambda _index: self.reload())

        self.period = QComboBox(objectName="funnelPeriod")
        self.period.setAccessibleName(self.tr("Period"))
        self.period.setToolTip(self.tr("The month or quarter whose funnel is shown"))
        self.period.currentIndexChanged.connect(lambda _i: self.show_period())
        self.format = QComboBox(objectName="funnelFormat")
        self.format.setAccessibleName(self.tr("CSV format"))
        self.format.setToolTip(self.tr("The kind of file Import CSV… reads"))
        for fmt, text in FORMATS:
            self.format.addItem(self.tr(text), fmt.value)
        saved = self.format.findData(str(self._settings.value(FORMAT_KEY, "") or ""))
        self.format.setCurrentIndex(max(saved, 0))
        self.import_button = QPushButton(
            self.tr("&Import CSV…"),
            objectName="funnelImport",
            toolTip=self.tr("Read a funnel export in the chosen format (Undo takes it back)"),
        )
        self.import_button.clicked.connect(self.choose_import)
        top = QHBoxLayout()
        period_label_ = QLabel(self.tr("&Period:"))
        period_label_.setBuddy(self.period)
        top.addWidget(period_label_)
        top.addWidget(self.period, 1)
        top.addSpacing(16)
        top.addWidget(self.format)
        top.addWidget(self.import_button)

        stage_heads = [stage.label for stage in STAGES]
        self.stages = _table(
            [
                self.tr("Source"),
                *stage_heads,
                self.tr("Revenue"),
                step_label(QUALITY_STEP),
                step_label(WHOLE_STEP),
                self.tr("Verdict"),
            ],
            "funnelStages",
        )
        self.stages.setAccessibleName(self.tr("Stage counts per source"))
        self.stages.setAccessibleDescription(
            self.tr("Leads at each stage, revenue and verdict per lead source, with the total")
        )
        self.rates = _table(
            [
                self.tr("Conversion"),
                self.tr("This period"),
                self.tr("Period before"),
                self.tr("Change"),
            ],
            "funnelRates",
        )
        self.rates.setAccessibleName(self.tr("Conversion rates"))
        self.rates.setAccessibleDescription(
            self.tr("Each step's conversion rate against the period before")
        )
        self.goals = _table(
            [self.tr("Goal"), self.tr("Funnel"), self.tr("Target"), self.tr("Result")],
            "funnelGoals",
        )
        self.goals.setAccessibleName(self.tr("Goals the funnel measures"))
        self.goals.setAccessibleDescription(
            self.tr("The funnel's value for each goal, its target and whether it was met")
        )
        self.verdicts = _plain(name="funnelVerdicts")
        self.verdicts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = _plain(name="funnelMessage")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty = _plain(
            self.tr("No funnel yet: import a CSV from your CRM (Import CSV…)."), "funnelEmpty"
        )

        lower = QHBoxLayout()
        lower.addWidget(self.rates, 3, Qt.AlignmentFlag.AlignTop)
        lower.addWidget(self.goals, 2, Qt.AlignmentFlag.AlignTop)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setToolTip(self.tr("Close the funnel"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.stages, 2)
        sources = _plain(self.tr("Lead sources"))
        font = sources.font()
        font.setBold(True)
        sources.setFont(font)
        layout.addWidget(sources)
        layout.addWidget(self.verdicts)
        layout.addLayout(lower, 3)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(1100, 640)
        geometry = self._settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        self.reload()

    # --- what is shown --------------------------------------------------------------------

    def reload(self, keep: tuple[Period, date] | None = None) -> None:
        """Read the periods again, showing keep (or the one shown, or the newest)."""
        current = keep or self.period.currentData()
        self.period.blockSignals(True)
        self.period.clear()
        for period, start in funnel_periods(self._db):
            self.period.addItem(period_label(period, start), (period, start))
        found = self.period.findData(current) if current is not None else -1
        self.period.setCurrentIndex(max(found, 0))
        self.period.blockSignals(False)
        self.show_period()

    def show_period(self) -> None:
        chosen = self.period.currentData()
        self.card = None if chosen is None else scorecard(self._db, *chosen)
        self.empty.setVisible(self.card is None)
        self.period.setEnabled(self.card is not None)
        self._fill_stages()
        self._fill_rates()

    def _source_row(self, row: int, line: SourceLine, total: bool) -> None:
        counts = line.counts
        cells = [
            _item(line.source),
            *(_item(QLocale().toString(counts.count(stage)), right=True) for stage in STAGES),
            _item(format_value(counts.revenue, self._unit), right=True),
            _item(_percent(counts.rate(QUALITY_STEP)), right=True),
            _item(_percent(counts.rate(WHOLE_STEP)), right=True),
        ]
        verdict = None if total or self.card is None else self.card.verdict_of(line.source)
        if verdict is not None:
            words, colour = QUALITY_WORDS[verdict.quality]
            cells.append(_item(self.tr(words), colour=colour))
            cells[0].setToolTip(verdict.sentence)
        else:
            cells.append(_item(""))
        for column, cell in enumerate(cells):
            if total:
                font = cell.font()
                font.setBold(True)
                cell.setFont(font)
            self.stages.setItem(row, column, cell)

    def _fill_stages(self) -> None:
        card = self.card
        lines = [] if card is None else [*card.sources, card.total]
        self.stages.setRowCount(len(lines))
        for row, line in enumerate(lines):
            self._source_row(row, line, total=card is not None and line is card.total)
        _fit_rows(self.stages, 360)
        verdicts = () if card is None else card.verdicts
        said = [v.sentence for v in verdicts if v.quality == "good"]
        said += [v.sentence for v in verdicts if v.quality == "poor"]
        for quality, sentence in (
            ("average", self.tr("About average: {sources}.")),
            ("few", self.tr("Too few leads to judge: {sources}.")),
        ):
            named = [v.source for v in verdicts if v.quality == quality]
            if named:
                said.append(sentence.format(sources=", ".join(named)))
        self.verdicts.setText("\n".join(said))

    def _fill_rates(self) -> None:
        card = self.card
        rates = () if card is None else card.rates
        self.rates.setRowCount(len(rates))
        for row, rate in enumerate(rates):
            change = rate.change
            colour = (
                None
                if change is None or abs(change) < 0.05
                else (SUCCESS if change > 0 else MISSED)
            )
            for column, cell in enumerate(
                (
                    _item(step_label(rate.step)),
                    _item(_percent(rate.rate), right=True),
                    _item(_percent(rate.previous), right=True),
                    _item(_change(change), right=True, colour=colour),
                )
            ):
                self.rates.setItem(row, column, cell)
        _fit_rows(self.rates, 300)
        goals = () if card is None else card.goals
        self.goals.setRowCount(len(goals))
        for row, goal in enumerate(goals):
            met = goal.met
            result = {True: (self.tr("Met"), SUCCESS), False: (self.tr("Missed"), MISSED)}.get(
                met, ("—", None)
            )
            for column, cell in enumerate(
                (
                    _item(goal.name),
                    _item(
                        "—"
                        if goal.value is None
                        else format_value(round(goal.value, 1), goal.unit),
                        right=True,
                    ),
                    _item(
                        "—" if goal.target is None else format_value(goal.target, goal.unit),
                        right=True,
                    ),
                    _item(result[0], colour=result[1]),
                )
            ):
                self.goals.setItem(row, column, cell)
        _fit_rows(self.goals, 300)

    # --- importing ------------------------------------------------------------------------

    def choose_import(self) -> None:
        path = choose_csv(self, self._settings, LAST_FOLDER_KEY, self.tr("Import funnel"))
        if path is not None:
            self.import_csv(path)

    def import_csv(self, path: Path) -> bool:
        """Import a file in the chosen format, or say line by line why nothing was imported."""
        fmt = ExportFormat(self.format.currentData())
        self._settings.setValue(FORMAT_KEY, fmt.value)
        command = ImportFunnelCommand(self._db, path, fmt, self._refused)
        if not push_edit(self.undo_stack, command):
            return False
        assert command.imported is not None
        entries = command.imported.entries
        newest = max(entries, key=lambda e: e.start)
        periods = len(command.imported.starts)
        tint(self.message, None)
        self.message.setText(self._imported(len(entries), periods, path.name))
        self.reload(keep=(newest.period, newest.start))
        return True

    def _imported(self, rows: int, periods: int, file: str) -> str:
        """What an import brought, said in whole words; English's singular is a text of its
        own (no English catalogue gives the forms), each with the numerus forms for others."""
        if periods == 1:
            spans = self.tr("%n period", "", periods)
        else:
            spans = self.tr("%n periods", "", periods)
        if rows == 1:
            said = self.tr("Imported %n row for {periods} from {file}.", "", rows)
        else:
            said = self.tr("Imported %n rows for {periods} from {file}.", "", rows)
        return said.format(periods=spans, file=file)

    def _refused(self, reason: str) -> None:
        tint(self.message, MISSED)
        self.message.setText(reason)

    def done(self, result: int) -> None:
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)
