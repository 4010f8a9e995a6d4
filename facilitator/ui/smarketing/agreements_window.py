"""The agreements register's window (Metrics ▸ Agreements…): each agreement with its current
text, its history of versions (when each took effect, the meeting that agreed it and what led
to it), and the difference between two chosen versions.

The difference is plain text: a removed line begins with '−' and is shown in red, an added one
with '+' in green, so the marks say it without the colour. New versions and agreements are
undoable edits on the window's own stack.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, QSettings, QSize, Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.agreements.register import AgreementView, VersionView, list_agreements
from facilitator.agreements.standard import ensure_standard_agreements
from facilitator.agreements.text_diff import Change, line_diff
from facilitator.storage.database import Database
from facilitator.ui.common.palette_colours import ERROR, SUCCESS
from facilitator.ui.common.undo_buttons import undo_buttons
from facilitator.ui.common.window_geometry import RememberedGeometry
from facilitator.ui.smarketing.agreements_version_dialog import VersionDialog

GEOMETRY_KEY = "agreements/geometry"
AGREEMENT_ID = Qt.ItemDataRole.UserRole
MARKS = {Change.SAME: "  ", Change.REMOVED: "\N{MINUS SIGN} ", Change.ADDED: "+ "}
HISTORY_COLUMNS = (
    QT_TRANSLATE_NOOP("AgreementsDialog", "Version"),
    QT_TRANSLATE_NOOP("AgreementsDialog", "In force from"),
    QT_TRANSLATE_NOOP("AgreementsDialog", "Agreed at"),
    QT_TRANSLATE_NOOP("AgreementsDialog", "What led to it"),
)


def _day(day: object) -> str:
    """A day as '05 Mar 2024', with the month named in the app's language."""
    return QLocale().toString(QDate(day), "dd MMM yyyy")


def _plain_label(name: str) -> QLabel:
    label = QLabel(objectName=name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _reading_pane(name: str) -> QPlainTextEdit:
    pane = QPlainTextEdit(objectName=name)
    pane.setReadOnly(True)
    pane.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    return pane


class AgreementsDialog(QDialog):
    """Agreements on the left; the chosen one's text, history and a comparison on the right."""

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, settings: QSettings | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agreements"))
        self._db = db
        self._agreements: list[AgreementView] = []
        self.undo_stack = QUndoStack(self)
        ensure_standard_agreements(db)
        self._build()
        RememberedGeometry(
            self, settings if settings is not None else QSettings(), GEOMETRY_KEY, QSize(1040, 660)
        )
        self.reload()

    def _build(self) -> None:
        self.agreement_list = QListWidget(objectName="agreementList")
        self.agreement_list.currentRowChanged.connect(self._show_current)
        self.new_agreement_button = QPushButton(
            self.tr("New a&greement…"),
            objectName="newAgreement",
            toolTip=self.tr("Start a new agreement, with its first version"),
        )
        self.new_agreement_button.clicked.connect(self.new_agreement)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.agreement_list)
        left_layout.addWidget(self.new_agreement_button)

        self.title_label = _plain_label("agreementTitle")
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title_label.setFont(font)
        self.in_force_label = _plain_label("agreementInForce")
        self.text_view = _reading_pane("currentText")
        self.history_table = QTableWidget(0, len(HISTORY_COLUMNS), objectName="versionHistory")
        self.history_table.setHorizontalHeaderLabels([self.tr(c) for c in HISTORY_COLUMNS])
        self.history_table.verticalHeader().hide()
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.history_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.older_box = QComboBox(objectName="compareOlder")
        self.newer_box = QComboBox(objectName="compareNewer")
        self.older_box.currentIndexChanged.connect(self._show_difference)
        self.newer_box.currentIndexChanged.connect(self._show_difference)
        self.diff_view = _reading_pane("versionDifference")
        self._describe()
        self.legend_label = _plain_label("differenceLegend")
        self.legend_label.setWordWrap(False)
        self.legend_label.setText(self.tr("− removed (red)    + added (green)"))
        self.new_version_button = QPushButton(
            self.tr("New &version…"),
            objectName="newVersion",
            toolTip=self.tr("Record a new version of the chosen agreement"),
        )
        self.new_version_button.clicked.connect(self.new_version)
        undo, redo = undo_buttons(self.undo_stack, self)
        close = QPushButton(
            self.tr("Close"),
            objectName="closeAgreements",
            toolTip=self.tr("Close the agreements register"),
        )
        close.clicked.connect(self.accept)

        compare_row = QHBoxLayout()
        compare_row.addWidget(QLabel(self.tr("Compare version")))
        compare_row.addWidget(self.older_box)
        compare_row.addWidget(QLabel(self.tr("with version")))
        compare_row.addWidget(self.newer_box)
        compare_row.addStretch(1)
        compare_row.addWidget(self.legend_label)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title_label)
        right_layout.addWidget(self.in_force_label)
        right_layout.addWidget(self.text_view, 2)
        right_layout.addWidget(QLabel(self.tr("History")))
        right_layout.addWidget(self.history_table, 2)
        right_layout.addLayout(compare_row)
        right_layout.addWidget(self.diff_view, 2)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 780])
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_version_button)
        buttons.addWidget(undo)
        buttons.addWidget(redo)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addLayout(buttons)

    def _describe(self) -> None:
        """What each part holds, for a screen reader (the buttons have their tooltips)."""
        for widget, text in (
            (self.agreement_list, self.tr("The agreements; choose one to see its text")),
            (self.text_view, self.tr("The chosen agreement's text as it is in force now")),
            (self.history_table, self.tr("Every version of the agreement, newest first")),
            (self.older_box, self.tr("The older version to compare")),
            (self.newer_box, self.tr("The newer version to compare")),
            (self.diff_view, self.tr("Lines removed (−) and added (+) between the versions")),
        ):
            widget.setAccessibleDescription(text)

    # --- showing ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the agreements again, keeping the chosen one when it is still there."""
        chosen = self.current()
        self._agreements = list_agreements(self._db)
        self.agreement_list.blockSignals(True)
        self.agreement_list.clear()
        for agreement in self._agreements:
            item = QListWidgetItem(
                self.tr("{name}  (v{number})").format(
                    name=agreement.name, number=agreement.current.number
                )
            )
            item.setData(AGREEMENT_ID, agreement.id)
            self.agreement_list.addItem(item)
        self.agreement_list.blockSignals(False)
        ids = [a.id for a in self._agreements]
        row = ids.index(chosen.id) if chosen is not None and chosen.id in ids else 0
        self.agreement_list.setCurrentRow(row if ids else -1)
        self._show_current()

    def current(self) -> AgreementView | None:
        row = self.agreement_list.currentRow()
        return self._agreements[row] if 0 <= row < len(self._agreements) else None

    def _show_current(self) -> None:
        agreement = self.current()
        self.new_version_button.setEnabled(agreement is not None)
        self.history_table.setRowCount(0)
        for box in (self.older_box, self.newer_box):
            box.blockSignals(True)
            box.clear()
        if agreement is None:
            self.title_label.clear()
            self.in_force_label.clear()
            self.text_view.clear()
            self.diff_view.clear()
            return
        current = agreement.current
        self.title_label.setText(agreement.name)
        category = (
            self.tr(" · disputes on {category}").format(category=agreement.category.label)
            if agreement.category
            else ""
        )
        self.in_force_label.setText(
            self.tr("Version {number}, in force from {day}{category}").format(
                number=current.number, day=_day(current.effective_from), category=category
            )
        )
        self.text_view.setPlainText(current.text)
        for version in reversed(agreement.versions):
            self._add_history_row(version)
        for version in agreement.versions:
            label = f"{version.number} ({_day(version.effective_from)})"
            self.older_box.addItem(label, version.number)
            self.newer_box.addItem(label, version.number)
        last = len(agreement.versions) - 1
        self.older_box.setCurrentIndex(max(last - 1, 0))
        self.newer_box.setCurrentIndex(last)
        for box in (self.older_box, self.newer_box):
            box.blockSignals(False)
        self._show_difference()

    def _add_history_row(self, version: VersionView) -> None:
        row = self.history_table.rowCount()
        self.history_table.insertRow(row)
        held = version.meeting_on
        cells = (
            str(version.number),
            _day(version.effective_from),
            f"{version.meeting_title} ({_day(held)})" if held else "",
            version.led_by,
        )
        for column, value in enumerate(cells):
            item = QTableWidgetItem(" ".join(value.split()))
            item.setToolTip(value if column == 3 else "")
            self.history_table.setItem(row, column, item)

    def _show_difference(self) -> None:
        """The chosen versions' lines, each marked and coloured as kept, removed or added."""
        agreement = self.current()
        self.diff_view.clear()
        if agreement is None:
            return
        by_number = {v.number: v for v in agreement.versions}
        older = by_number.get(self.older_box.currentData())
        newer = by_number.get(self.newer_box.currentData())
        if older is None or newer is None:
            return
        cursor = QTextCursor(self.diff_view.document())
        colours = {Change.REMOVED: ERROR.colour(), Change.ADDED: SUCCESS.colour()}
        for number, line in enumerate(line_diff(older.text, newer.text)):
            look = QTextCharFormat()
            if line.change in colours:
                look.setForeground(colours[line.change])
            if number:
                cursor.insertText("\n", QTextCharFormat())
            cursor.insertText(MARKS[line.change] + line.text, look)
        self.diff_view.moveCursor(QTextCursor.MoveOperation.Start)

    # --- editing ---------------------------------------------------------------------------

    def new_version(self) -> VersionDialog | None:
        agreement = self.current()
        if agreement is None:
            return None
        others = [a for a in self._agreements if a.id != agreement.id]
        return self._open(
            VersionDialog(
                self._db,
                self.undo_stack,
                self,
                agreements=[agreement, *others],
                done=self.reload,
            )
        )

    def new_agreement(self) -> VersionDialog:
        return self._open(
            VersionDialog(self._db, self.undo_stack, self, agreements=[], done=self.reload)
        )

    def _open(self, dialog: VersionDialog) -> VersionDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
