"""The metrics grid: a meeting's SLA and funnel numbers, typed from the keyboard alone.

Type a number on a goal's row, Enter or Tab stores it and moves down (Shift+Tab up). A value
its unit can't hold is refused with the reason and stays in the field to be corrected.
Delete clears a value; every change can be undone.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.measures.metric_units import edit_text, format_value
from facilitator.measures.metrics import (
    MetricRefused,
    MetricRow,
    clear_value,
    ensure_default_goals,
    meeting_rows,
    parse_value,
    set_value,
)
from facilitator.measures.metrics_import import ImportRefused, import_metrics
from facilitator.record.meetings import MeetingNotFound
from facilitator.storage.database import Database
from facilitator.ui.common.commands import EditCommand, push_edit
from facilitator.ui.common.csv_choice import choose_csv
from facilitator.ui.common.palette_colours import MISSED, SUCCESS, tint
from facilitator.ui.common.table_model import HeaderedTableModel
from facilitator.ui.common.tooltips import plain_tooltip
from facilitator.ui.common.undo_keys import add_undo_actions

GOAL, TARGET, VALUE, VERDICT = range(4)
GEOMETRY_KEY = "metrics/geometry"
LAST_FOLDER_KEY = "metrics/importFolder"

_ModelIndex = QModelIndex | QPersistentModelIndex


class MetricsModel(HeaderedTableModel):
    """One row per goal; only the value column is editable, and only with valid numbers."""

    HEADERS = (
        QT_TRANSLATE_NOOP("MetricsModel", "Goal"),
        QT_TRANSLATE_NOOP("MetricsModel", "Target"),
        QT_TRANSLATE_NOOP("MetricsModel", "Value"),
        QT_TRANSLATE_NOOP("MetricsModel", "Verdict"),
    )

    refused = Signal(str)
    """A typed value was not stored; carries the reason."""

    def __init__(self, db: Database, meeting_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._meeting_id = meeting_id
        self.undo_stack = QUndoStack(self)
        self._rows: list[MetricRow] = []
        self.last_refusal: str | None = None
        """Why the latest typed value was not stored; None once one is."""
        self.reload()

    @property
    def db(self) -> Database:
        return self._db

    @property
    def meeting_id(self) -> int:
        return self._meeting_id

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = meeting_rows(self._db, self._meeting_id)
        self.endResetModel()

    def row(self, number: int) -> MetricRow:
        return self._rows[number]

    def values(self) -> dict[int, float | None]:
        return {r.goal_id: r.value for r in self._rows}

    def rows(self) -> Sequence[object]:
        return self._rows

    def flags(self, index: _ModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == VALUE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole and column == VALUE:
            return "" if row.value is None else edit_text(row.value)
        if role == Qt.ItemDataRole.ToolTipRole and column == GOAL:
            team = row.team.label if row.team else self.tr("Both teams")
            return plain_tooltip(f"{row.name} — {team}")
        if role == Qt.ItemDataRole.ForegroundRole and column == VERDICT and row.met is not None:
            return QBrush((SUCCESS if row.met else MISSED).colour())
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (TARGET, VALUE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(row: MetricRow, column: int) -> str:
        if column == GOAL:
            return row.name
        if column == TARGET:
            return "—" if row.target is None else format_value(row.target, row.unit)
        if column == VALUE:
            return "" if row.value is None else format_value(row.value, row.unit)
        return "" if row.value is None else row.verdict

    def check(self, number: int, text: str) -> str | None:
        """Why text can't be this row's value, or None when it can (empty clears it)."""
        if not text.strip():
            return None
        try:
            parse_value(text, self._rows[number].unit)
        except MetricRefused as refused:
            return f"{self._rows[number].name}: {refused}"
        return None

    def setData(  # noqa: N802
        self, index: _ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != VALUE:
            return False
        row = self._rows[index.row()]
        text = str(value)
        reason = self.check(index.row(), text)
        self.last_refusal = reason
        if reason is not None:
            self.refused.emit(reason)
            return False
        new = parse_value(text, row.unit) if text.strip() else None
        if new == row.value:
            return True
        return self._change(row, new, typed=text)

    def clear(self, number: int) -> None:
        row = self._rows[number]
        if row.value is not None:
            self._change(row, None, typed="")

    def _change(self, row: MetricRow, new: float | None, *, typed: str) -> bool:
        """Store one value through an undoable command; a refused save keeps the old value."""
        command = SetValueCommand(self, row, new, typed.strip())
        return push_edit(self.undo_stack, command)

    def write(self, changes: dict[int, float | None]) -> None:
        """Write values (None clears) and show them; the commands call this.

        A write the disk refuses raises SaveRefused, leaving the grid (and any open editor) as
        it is unless an earlier goal of the same change was stored.
        """
        written = 0
        try:
            for goal_id, value in changes.items():
                if value is None:
                    clear_value(self._db, self._meeting_id, goal_id)
                else:
                    set_value(self._db, self._meeting_id, goal_id, value)
                written += 1
        finally:
            if written:
                self.refresh()

    def import_file(self, path: Path) -> int | None:
        """Import a CSV into this meeting as one undoable step; returns the rows imported,
        or None when the file was refused (and refused said why)."""
        command = ImportCommand(self, path)
        return command.count if push_edit(self.undo_stack, command) else None

    def tell(self, reason: str) -> None:
        """A change was not stored: say why."""
        self.last_refusal = reason
        self.refused.emit(reason)

    def refresh(self) -> None:
        fresh = meeting_rows(self._db, self._meeting_id)
        if [r.goal_id for r in fresh] != [r.goal_id for r in self._rows]:
            self.beginResetModel()
            self._rows = fresh
            self.endResetModel()
            return
        self._rows = fresh
        if fresh:
            self.dataChanged.emit(self.index(0, 0), self.index(len(fresh) - 1, VERDICT))


class SetValueCommand(EditCommand):
    """One goal's value typed or cleared; undo writes the earlier one back."""

    refusals = (MetricRefused,)

    def __init__(self, model: MetricsModel, row: MetricRow, new: float | None, typed: str) -> None:
        if new is None:
            text = QCoreApplication.translate("SetValueCommand", "Clear {goal}")
        else:
            text = QCoreApplication.translate("SetValueCommand", "Set {goal}")
        noun = QCoreApplication.translate("SetValueCommand", "value")
        super().__init__(text.format(goal=row.name), noun, model.tell)
        self._model, self._goal_id, self._name = model, row.goal_id, row.name
        self._old, self._new, self._typed = row.value, new, typed
        self._writing_typed = False

    def apply(self) -> None:
        self._writing_typed = True
        self._model.write({self._goal_id: self._new})

    def revert(self) -> None:
        self._writing_typed = False
        self._model.write({self._goal_id: self._old})

    def describe(self, error: Exception) -> str:
        """Names the goal, and the typed value when that is what was refused."""
        if self._typed and self._writing_typed:
            return QCoreApplication.translate(
                "SetValueCommand", "{goal}: {reason} (you typed {typed})"
            ).format(goal=self._name, reason=error, typed=self._typed)
        return f"{self._name}: {error}"


class ImportCommand(EditCommand):
    """A CSV imported through the core; undo puts the earlier values back, redo the imported."""

    refusals = (ImportRefused, MetricRefused, MeetingNotFound)

    def __init__(self, model: MetricsModel, path: Path) -> None:
        super().__init__(
            QCoreApplication.translate("ImportCommand", "Import {file}").format(file=path.name),
            QCoreApplication.translate("ImportCommand", "import"),
            model.tell,
        )
        self._model, self._path = model, path
        self._changed: dict[int, tuple[float | None, float | None]] | None = None
        """Each goal's value before and after, once the file is imported."""
        self.count = 0
        """The rows the file held."""

    def apply(self) -> None:
        if self._changed is None:
            before = self._model.values()
            self.count = len(import_metrics(self._model.db, self._model.meeting_id, self._path))
            self._model.refresh()
            after = self._model.values()
            self._changed = {
                goal: (before.get(goal), value)
                for goal, value in after.items()
                if before.get(goal) != value
            }
        else:
            self._model.write({goal: new for goal, (_, new) in self._changed.items()})

    def revert(self) -> None:
        assert self._changed is not None
        self._model.write({goal: old for goal, (old, _) in self._changed.items()})

    def describe(self, error: Exception) -> str:
        """A refused file says line by line why nothing of it was imported."""
        if self._changed is not None:
            return str(error)
        if isinstance(error, ImportRefused):
            lines = "\n".join(str(p) for p in error.problems[:10])
            more = len(error.problems) - 10
            if more == 1:
                lines += "\n" + QCoreApplication.translate("ImportCommand", "… and 1 more")
            elif more > 1:
                lines += "\n" + QCoreApplication.translate(
                    "ImportCommand", "… and {count} more"
                ).format(count=more)
            return QCoreApplication.translate(
                "ImportCommand", "nothing from {file} was imported:\n{problems}"
            ).format(file=self._path.name, problems=lines)
        return QCoreApplication.translate(
            "ImportCommand", "nothing from {file} was imported: {reason}"
        ).format(file=self._path.name, reason=error)


_ADVANCE_KEYS = {
    Qt.Key.Key_Return: 1,
    Qt.Key.Key_Enter: 1,
    Qt.Key.Key_Tab: 1,
    Qt.Key.Key_Backtab: -1,
}


class ValueDelegate(QStyledItemDelegate):
    """A plain line edit that checks the value on Enter/Tab before letting it go."""

    def __init__(self, view: MetricsTable) -> None:
        super().__init__(view)
        self._view = view
        self._editing: QPersistentModelIndex | None = None

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: _ModelIndex
    ) -> QWidget:
        editor = QLineEdit(parent, objectName="metricValueEditor")
        editor.setFrame(False)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        self._editing = QPersistentModelIndex(index)
        return editor

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and isinstance(editor, QLineEdit)
            and event.key() in _ADVANCE_KEYS
            and self._editing is not None
        ):
            model = self._view.metrics_model
            reason = model.check(self._editing.row(), editor.text())
            if reason is not None:
                model.refused.emit(reason)
                return True
            shifted = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            step = -1 if shifted else _ADVANCE_KEYS[Qt.Key(event.key())]
            self.commitData.emit(editor)
            if model.last_refusal is not None:
                return True  # not stored: the typed value stays in the field
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self._view.advance(step)
            return True
        return super().eventFilter(editor, event)


class MetricsTable(QTableView):
    """Moves along the value column: Enter/Tab down, Shift+Tab up, Delete clears."""

    def __init__(self, model: MetricsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.metrics_model = model
        self.setModel(model)
        self.setObjectName("metricsTable")
        self.setAccessibleName(self.tr("Metrics"))
        self.setAccessibleDescription(
            self.tr("Each goal's target, value and verdict; type a value on its row")
        )
        self.setItemDelegateForColumn(VALUE, ValueDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setTabKeyNavigation(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(GOAL, QHeaderView.ResizeMode.Stretch)
        for column in (TARGET, VALUE, VERDICT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        model.modelReset.connect(self.go_to_first)
        self.go_to_first()

    def go_to_first(self) -> None:
        if self.model().rowCount() > 0:
            self.setCurrentIndex(self.model().index(0, VALUE))

    def advance(self, step: int) -> None:
        row = self.currentIndex().row() if self.currentIndex().isValid() else 0
        target = max(0, min(self.model().rowCount() - 1, row + step))
        self.setCurrentIndex(self.model().index(target, VALUE))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and key in _ADVANCE_KEYS:
            shifted = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            self.advance(-1 if shifted else _ADVANCE_KEYS[Qt.Key(key)])
            event.accept()
            return
        if not editing and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if self.currentIndex().isValid():
                self.metrics_model.clear(self.currentIndex().row())
            event.accept()
            return
        super().keyPressEvent(event)

    def currentChanged(self, current: _ModelIndex, previous: _ModelIndex) -> None:  # noqa: N802
        """Keep the cursor on the value column, the only one there is to type into."""
        super().currentChanged(current, previous)
        if current.isValid() and current.column() != VALUE:
            self.setCurrentIndex(current.sibling(current.row(), VALUE))


class MetricsGrid(QWidget):
    """A meeting's goals with target, value and verdict; values typed, imported or undone."""

    def __init__(
        self,
        db: Database,
        meeting_id: int,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings if settings is not None else QSettings()
        ensure_default_goals(db)
        self.model = MetricsModel(db, meeting_id, self)
        self.undo_stack = self.model.undo_stack
        self.table = MetricsTable(self.model, self)
        self.message = QLabel(objectName="metricsMessage", wordWrap=True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.import_button = QPushButton(self.tr("&Import CSV…"), objectName="importCsvButton")
        self.import_button.setToolTip(
            self.tr("Fill the grid from a CRM export: goal, period, value")
        )
        self.import_button.clicked.connect(self.choose_import)
        self.undo_action, self.redo_action = add_undo_actions(self.undo_stack, self)
        self.model.refused.connect(self._show_refusal)
        self.model.dataChanged.connect(lambda *_: self._clear_refusal())

        hint = QLabel(
            self.tr(
                "Type a number, Enter or Tab for the next goal, Delete to clear, Ctrl+Z to undo."
            ),
            objectName="metricsHint",
        )
        hint.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        buttons.addWidget(hint, 1)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setFocusProxy(self.table)

    def message_text(self) -> str:
        return self.message.text()

    def _show_refusal(self, reason: str) -> None:
        tint(self.message, MISSED)
        self.message.setText(self.tr("Not stored — {reason}").format(reason=reason))

    def _clear_refusal(self) -> None:
        tint(self.message, None)
        self.message.setText("")

    def choose_import(self) -> None:
        path = choose_csv(self, self._settings, LAST_FOLDER_KEY, self.tr("Import metrics"))
        if path is not None:
            self.import_csv(path)

    def import_csv(self, path: Path) -> bool:
        """Import a file, or say line by line why nothing was imported."""
        count = self.model.import_file(path)
        if count is None:
            return False
        tint(self.message, None)
        self.message.setText(
            (
                self.tr("Imported 1 value from {file}.")
                if count == 1
                else self.tr("Imported {count} values from {file}.")
            ).format(count=count, file=path.name)
        )
        return True


class MetricsDialog(QDialog):
    """The grid in its own window, for the console's Ctrl+M; geometry remembered."""

    def __init__(
        self,
        db: Database,
        meeting_id: int,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Metrics"))
        self._settings = settings if settings is not None else QSettings()
        self.grid = MetricsGrid(db, meeting_id, self, settings=self._settings)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.StandardButton.Close).setToolTip(
            self.tr("Close the metrics; every value typed is already stored")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid)
        layout.addWidget(close)
        self.resize(640, 320)
        geometry = self._settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        self.grid.table.setFocus()

    def done(self, result: int) -> None:
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)
