"""Managing SLA goals: name, team, unit, direction, period, the target's history, and what makes
a goal SMART besides its target: a deadline and the objective it serves.

A target change is a new step from a date on, never an overwrite, so past meetings keep
being judged by the target they had. Every change is a command (goal_commands) on the dialog's
one undo stack, shown as Undo / Redo buttons, since the dialog has no menu bar.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QDate, QLocale, QSettings, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator import timesource
from facilitator.measures.metric_units import UNIT_LABELS, edit_text, format_value
from facilitator.measures.metrics import (
    MAX_OBJECTIVE_LENGTH,
    GoalView,
    MetricRefused,
    SmartTerms,
    edit_goal,
    ensure_default_goals,
    list_goals,
    parse_value,
    set_active,
    set_target,
)
from facilitator.storage.database import Database
from facilitator.ui.common.commands import EditCommand, push_edit
from facilitator.ui.common.undo_buttons import undo_buttons
from facilitator.ui.metrics.goal_commands import ChangeGoal, CreateGoal, NewGoal
from facilitator.vocabulary import Direction, GoalUnit, Period, Team

GEOMETRY_KEY = "goals/geometry"
GOAL_ID = Qt.ItemDataRole.UserRole
TEAMS: tuple[Team | None, ...] = (Team.MARKETING, Team.SALES, None)
TIPS = {
    "goalName": QT_TRANSLATE_NOOP(
        "GoalsDialog", "The goal's name, as the grid and the minutes show it"
    ),
    "goalTeam": QT_TRANSLATE_NOOP("GoalsDialog", "The team the goal is set for"),
    "goalDirection": QT_TRANSLATE_NOOP(
        "GoalsDialog", "Whether a value meets the target by being above it or below it"
    ),
    "goalPeriod": QT_TRANSLATE_NOOP("GoalsDialog", "The span of time each value covers"),
    "goalTarget": QT_TRANSLATE_NOOP("GoalsDialog", "The value the goal aims for, in its unit"),
    "targetFrom": QT_TRANSLATE_NOOP(
        "GoalsDialog", "The day a new target takes effect; earlier meetings keep the old one"
    ),
    "goalHasDeadline": QT_TRANSLATE_NOOP(
        "GoalsDialog", "Whether the goal is to be reached by a date"
    ),
    "goalDeadline": QT_TRANSLATE_NOOP("GoalsDialog", "The day the goal is to be reached by"),
    "goalObjective": QT_TRANSLATE_NOOP("GoalsDialog", "The objective the goal serves"),
    "newGoalButton": QT_TRANSLATE_NOOP("GoalsDialog", "Clear the form to add a goal"),
    "saveGoalButton": QT_TRANSLATE_NOOP(
        "GoalsDialog", "Store the goal; a changed target takes effect from the In force date"
    ),
    "activeGoalButton": QT_TRANSLATE_NOOP(
        "GoalsDialog", "An inactive goal is no longer tracked; its recorded values stay"
    ),
}
"""What each field and button of the goals dialog is for, its tooltip by objectName."""


def _plain_label(name: str) -> QLabel:
    label = QLabel(objectName=name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _combo(name: str, pairs: list[tuple[str, object]]) -> QComboBox:
    box = QComboBox(objectName=name)
    for label, value in pairs:
        box.addItem(label, value)
    return box


def _day(day: date) -> str:
    """A day as "01 Dec 2026", the month in the language spoken."""
    return QLocale().toString(day, "dd MMM yyyy")


def _select(box: QComboBox, value: object) -> None:
    for index in range(box.count()):
        if box.itemData(index) == value:
            box.setCurrentIndex(index)
            return


class GoalsDialog(QDialog):
    """Goals on the left, the chosen goal's details and target history on the right."""

    goalsChanged = Signal()  # noqa: N815 (Qt signal naming)

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Goals"))
        self._db = db
        self._settings = settings if settings is not None else QSettings()
        self._today = today or timesource.today()
        self._goals: list[GoalView] = []
        self.undo_stack = QUndoStack(self)
        self._pushing = False
        self._index = 0
        ensure_default_goals(db)
        self._build()
        self.reload()
        geometry = self._settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)

    # --- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.goal_list = QListWidget(objectName="goalList", accessibleName=self.tr("Goals"))
        self.goal_list.setAccessibleDescription(self.tr("The goals set; select one to edit it"))
        self.goal_list.currentRowChanged.connect(self._show_current)
        self.new_button = QPushButton(self.tr("&New goal"), objectName="newGoalButton")
        self.new_button.clicked.connect(self.start_new)
        self._build_fields()
        self.history_list = QListWidget(objectName="targetHistory")
        self.history_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.history_list.setAccessibleDescription(
            self.tr("The goal's targets, newest first, each from the day it took effect")
        )
        self.save_button = QPushButton(self.tr("&Save"), objectName="saveGoalButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.active_button = QPushButton(objectName="activeGoalButton")
        self.active_button.clicked.connect(self._toggle_active)
        self.message = _plain_label("goalsMessage")

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Team:"), self.team_combo)
        form.addRow(self.tr("&Unit:"), self.unit_combo)
        form.addRow(self.tr("&Direction:"), self.direction_combo)
        form.addRow(self.tr("&Period:"), self.period_combo)
        form.addRow(self.tr("Tar&get:"), self.target_edit)
        form.addRow(self.tr("In force &from:"), self.from_edit)
        form.addRow(self.deadline_check, self.deadline_edit)
        form.addRow(self.tr("O&bjective:"), self.objective_edit)
        history = QGroupBox(self.tr("Target history"))
        history_layout = QVBoxLayout(history)
        history_layout.addWidget(self.history_list)
        self.undo_button, self.redo_button = undo_buttons(self.undo_stack, self)
        self.undo_stack.indexChanged.connect(self._on_stack_moved)
        actions = QHBoxLayout()
        actions.addWidget(self.active_button)
        actions.addWidget(self.undo_button)
        actions.addWidget(self.redo_button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(history, 1)  # the list fills its frame, with no empty band
        right.addWidget(self.message)
        right.addLayout(actions)

        left = QVBoxLayout()
        left.addWidget(self.goal_list, 1)
        left.addWidget(self.new_button)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.StandardButton.Close).setToolTip(
            self.tr("Close the goals; a form not saved is dropped")
        )
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(close)
        self.resize(760, 460)
        for widget in self.findChildren(QWidget):
            if widget.objectName() in TIPS:
                widget.setToolTip(self.tr(TIPS[widget.objectName()]))

    def _build_fields(self) -> None:
        """The goal's fields; TIPS says what each is for."""
        self.name_edit = QLineEdit(objectName="goalName")
        self.name_edit.setMaxLength(200)
        self.team_combo = _combo(
            "goalTeam", [(t.label if t else self.tr("Both teams"), t) for t in TEAMS]
        )
        self.unit_combo = _combo("goalUnit", [(v, k) for k, v in UNIT_LABELS.items()])
        self.direction_combo = _combo("goalDirection", [(d.label, d) for d in Direction])
        self.period_combo = _combo("goalPeriod", [(p.label, p) for p in Period])
        self.target_edit = QLineEdit(objectName="goalTarget")
        self.from_edit = QDateEdit(objectName="targetFrom")
        self.from_edit.setCalendarPopup(True)
        self.from_edit.setDisplayFormat("d MMM yyyy")
        self.deadline_check = QCheckBox(self.tr("Dead&line:"), objectName="goalHasDeadline")
        self.deadline_edit = QDateEdit(
            objectName="goalDeadline", accessibleName=self.tr("Deadline")
        )
        self.deadline_edit.setCalendarPopup(True)
        self.deadline_edit.setDisplayFormat("d MMM yyyy")
        self.deadline_check.toggled.connect(self.deadline_edit.setEnabled)
        self.objective_edit = QLineEdit(objectName="goalObjective")
        self.objective_edit.setMaxLength(MAX_OBJECTIVE_LENGTH)
        self.objective_edit.setPlaceholderText(
            self.tr("What the goal serves, e.g. fewer leads wasted")
        )

    # --- state -----------------------------------------------------------------------------

    @property
    def current_goal(self) -> GoalView | None:
        row = self.goal_list.currentRow()
        return self._goals[row] if 0 <= row < len(self._goals) else None

    def message_text(self) -> str:
        return self.message.text()

    def reload(self, select: int | None = None) -> None:
        self._goals = list_goals(self._db, include_inactive=True)
        self.goal_list.blockSignals(True)
        self.goal_list.clear()
        for goal in self._goals:
            text = goal.name if goal.active else self.tr("{goal} (inactive)").format(goal=goal.name)
            item = QListWidgetItem(text)
            item.setData(GOAL_ID, goal.id)
            self.goal_list.addItem(item)
        self.goal_list.blockSignals(False)
        ids = [g.id for g in self._goals]
        row = ids.index(select) if select in ids else (0 if ids else -1)
        self.goal_list.setCurrentRow(row)
        self._show_current(row)

    def _show_current(self, row: int) -> None:
        goal = self.current_goal
        self.history_list.clear()
        if goal is None:
            self.start_new()
            return
        self.name_edit.setText(goal.name)
        _select(self.team_combo, goal.team)
        _select(self.unit_combo, goal.unit)
        self.unit_combo.setEnabled(False)
        self.unit_combo.setToolTip(self.tr("A goal's unit stays: its recorded values are in it"))
        _select(self.direction_combo, goal.direction)
        _select(self.period_combo, goal.period)
        current = goal.target_on(self._today)
        self.target_edit.setText("" if current is None else edit_text(current))
        self.from_edit.setDate(QDate(self._today))
        self._show_smart(goal.deadline, goal.objective)
        for step in reversed(goal.history):
            self.history_list.addItem(
                self.tr("from {day}: {target}").format(
                    day=_day(step.effective_from), target=format_value(step.target, goal.unit)
                )
            )
        self.active_button.setEnabled(True)
        self.active_button.setText(
            self.tr("&Deactivate") if goal.active else self.tr("Re&activate")
        )

    def start_new(self) -> None:
        """Clear the form for a goal not yet stored."""
        self.goal_list.blockSignals(True)
        self.goal_list.setCurrentRow(-1)
        self.goal_list.blockSignals(False)
        self.name_edit.clear()
        self.unit_combo.setEnabled(True)
        self.unit_combo.setToolTip(
            self.tr("The unit the goal's values are in; it stays once saved")
        )
        self.target_edit.clear()
        self.from_edit.setDate(QDate(self._today))
        self._show_smart(None, "")
        self.history_list.clear()
        self.active_button.setEnabled(False)
        self.active_button.setText(self.tr("&Deactivate"))
        self.name_edit.setFocus()

    def _show_smart(self, deadline: date | None, objective: str) -> None:
        self.deadline_check.setChecked(deadline is not None)
        self.deadline_edit.setEnabled(deadline is not None)
        self.deadline_edit.setDate(QDate(deadline or self._today))
        self.objective_edit.setText(objective)
        self.objective_edit.setCursorPosition(0)  # a long objective reads from its start

    def _smart(self) -> SmartTerms:
        checked = self.deadline_check.isChecked()
        deadline = self.deadline_edit.date().toPython() if checked else None
        return SmartTerms(deadline, self.objective_edit.text())

    # --- saving ----------------------------------------------------------------------------

    def save(self) -> bool:
        """Store the form: a new goal, or the chosen one's details and (changed) target."""
        goal = self.current_goal
        unit = GoalUnit(self.unit_combo.currentData())
        team = self.team_combo.currentData()
        direction = Direction(self.direction_combo.currentData())
        period = Period(self.period_combo.currentData())
        since = self.from_edit.date().toPython()
        name = self.name_edit.text()
        smart = self._smart()
        try:
            target = parse_value(self.target_edit.text(), unit)
        except MetricRefused as refused:
            self._tell(str(refused))
            return False
        command: EditCommand
        if goal is None:
            new = NewGoal(name, team, unit, direction, period, target, since, smart)
            command = created = CreateGoal(self._db, new, self._tell)
            said = self.tr("Goal added.")
        else:
            new_target = target != goal.target_on(since)
            goal_id = goal.id

            def change() -> None:
                edit_goal(
                    self._db,
                    goal_id,
                    name=name,
                    team=team,
                    direction=direction,
                    period=period,
                    smart=smart,
                )
                if new_target:
                    set_target(self._db, goal_id, target, since)

            command = ChangeGoal(
                self._db,
                goal_id,
                self.tr("Save goal {goal}").format(goal=goal.name),
                self.tr("goal changes"),
                change,
                self._tell,
            )
            said = self.tr("Goal saved.")
            if new_target:
                said = self.tr("Goal saved; target {target} from {day}.").format(
                    target=format_value(target, unit), day=_day(since)
                )
        if not self._push(command):
            return False
        if goal is None:
            assert created.goal_id is not None
            goal_id = created.goal_id
        self.reload(select=goal_id)
        self.message.setText(said)
        self.goalsChanged.emit()
        return True

    def _toggle_active(self) -> None:
        goal = self.current_goal
        if goal is None:
            return
        if goal.active:
            text, noun = self.tr("Deactivate goal {goal}"), self.tr("deactivate")
        else:
            text, noun = self.tr("Reactivate goal {goal}"), self.tr("reactivate")
        command = ChangeGoal(
            self._db,
            goal.id,
            text.format(goal=goal.name),
            noun,
            lambda: set_active(self._db, goal.id, not goal.active),
            self._tell,
        )
        if not self._push(command):
            return
        self.reload(select=goal.id)
        self.message.setText(
            self.tr("Goal deactivated; its recorded values stay.")
            if goal.active
            else self.tr("Goal active again.")
        )
        self.goalsChanged.emit()

    def _tell(self, refusal: str) -> None:
        self.message.setText(self.tr("Not saved — {reason}").format(reason=refusal))

    def _push(self, command: EditCommand) -> bool:
        """Do a change through the stack; the caller shows its result."""
        self._pushing = True
        try:
            return push_edit(self.undo_stack, command)
        finally:
            self._pushing = False

    def _on_stack_moved(self, index: int) -> None:
        """An undo or redo: show the goals as they now are, the one changed chosen."""
        moved_back, self._index = index < self._index, index
        if self._pushing:
            return
        command = self.undo_stack.command(index if moved_back else index - 1)
        goal_id = getattr(command, "goal_id", None)
        self.reload(select=goal_id if isinstance(goal_id, int) else None)
        self.message.setText("")
        self.goalsChanged.emit()

    def done(self, result: int) -> None:
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)
