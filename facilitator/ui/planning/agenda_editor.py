"""The agenda editor: a meeting's items, their times against the cap, and what stops a save."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractItemModel,
    QRegularExpression,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QKeySequence,
    QPalette,
    QRegularExpressionValidator,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.rules.agenda import (
    AgendaPlan,
    cap_bounds,
    cap_range_text,
    check_plan,
    format_duration,
)
from facilitator.ui.common.palette_colours import OVER_CAP_BAR
from facilitator.ui.common.range_spin_box import RangeExplainingSpinBox
from facilitator.ui.common.undo_buttons import keep_short
from facilitator.ui.common.undo_keys import add_undo_actions
from facilitator.ui.planning.agenda_model import NO_PRESENTER, AgendaModel, AnyIndex, Column
from facilitator.vocabulary import ItemKind, Team


class _PickingComboBox(QComboBox):
    """A combo box that says when an entry was picked from its open list, to commit at once.

    Arrow keys on the closed box only change the choice; Enter then commits, as in any cell.
    """

    picked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._list_open = False
        self.activated.connect(self._on_activated)

    def showPopup(self) -> None:
        self._list_open = True
        super().showPopup()

    def hidePopup(self) -> None:
        super().hidePopup()
        # Qt closes the list before it reports the pick; forget the list only after that.
        QTimer.singleShot(0, self, self._forget_list)

    def _forget_list(self) -> None:
        self._list_open = False

    def _on_activated(self) -> None:
        if self._list_open:
            self._list_open = False
            self.picked.emit()


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a list to choose from; arrows or typing pick, Enter or a click commits."""

    def choices(self, index: AnyIndex) -> Sequence[tuple[str, Any]]:
        raise NotImplementedError

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        combo = _PickingComboBox(parent)
        for label, value in self.choices(index):
            combo.addItem(label, value)
        combo.picked.connect(lambda: self._commit_and_close(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def _commit_and_close(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)


class KindDelegate(ChoiceDelegate):
    def choices(self, index: AnyIndex) -> Sequence[tuple[str, Any]]:
        return [(kind.label, kind.value) for kind in ItemKind]


class TeamDelegate(ChoiceDelegate):
    def choices(self, index: AnyIndex) -> Sequence[tuple[str, Any]]:
        return [(self.tr("Moderator"), NO_PRESENTER)] + [(team.label, team.value) for team in Team]


class PresenterDelegate(ChoiceDelegate):
    """Offers only the people of the slot's team: a slot names a team first, then a person."""

    def choices(self, index: AnyIndex) -> Sequence[tuple[str, Any]]:
        model = index.model()
        if not isinstance(model, AgendaModel):
            return [(self.tr("(not chosen)"), NO_PRESENTER)]
        team = model.item(index.row()).presenter_team
        people = [(person.name, person.id) for person in model.people_of(team)]
        return [(self.tr("(not chosen)"), NO_PRESENTER), *people]


class DurationDelegate(QStyledItemDelegate):
    """Minutes, with optional seconds: "12", "12:30", "0:45"; anything else is not accepted."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{1,3}(:[0-5]\d)?"), editor)
        )
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        editor.setToolTip(self.tr("Minutes, or minutes:seconds"))
        return editor


class AgendaEditor(QWidget):
    """Where the moderator shapes a meeting's agenda before it runs.

    All changes travel through the model's undo stack; this widget only arranges the table,
    the actions and the read-outs, and asks the core what keeps the plan from being saved.
    """

    planChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AgendaModel(self)
        self._problems: list[str] = []
        self._moderator_id: int | None = None
        self._init_actions()
        self._init_view()
        self._init_totals()
        self._add_widgets()
        self._connect_signals()
        self._refresh()

    # Public interface

    @property
    def undo_stack(self) -> QUndoStack:
        return self.model.undo_stack

    def set_plan(self, plan: AgendaPlan, people: Iterable[tuple[int, str, Team]] = ()) -> None:
        """Show a plan to edit, with the people who may present; the undo history starts here."""
        self.model.set_people(people)
        self.model.set_plan(plan)
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, Column.TITLE))

    def plan(self) -> AgendaPlan:
        return self.model.plan()

    def set_moderator(self, person_id: int | None) -> None:
        """The meeting's moderator, who may hold no slot: a clash shows among the problems."""
        if person_id != self._moderator_id:
            self._moderator_id = person_id
            self._refresh()

    def problems(self) -> list[str]:
        """What the core says stands between this plan and a save; empty when it may be saved."""
        return list(self._problems)

    def can_save(self) -> bool:
        return not self._problems

    # Building

    def _init_actions(self) -> None:
        stack = self.model.undo_stack
        self.add_action = self._action(
            self.tr("&Add item"), [QKeySequence("Ctrl+Shift+N"), QKeySequence(Qt.Key.Key_Insert)]
        )
        self.add_action.setToolTip(
            self.tr("Add an item below the selected one (Ctrl+Shift+N or Insert)")
        )
        self.remove_action = self._action(self.tr("&Remove"), [QKeySequence(Qt.Key.Key_Delete)])
        self.remove_action.setToolTip(self.tr("Remove the selected item (Delete)"))
        self.move_up_action = self._action(self.tr("Move &up"), [QKeySequence("Ctrl+Up")])
        self.move_up_action.setToolTip(self.tr("Move the selected item up (Ctrl+Up)"))
        self.move_down_action = self._action(self.tr("Move &down"), [QKeySequence("Ctrl+Down")])
        self.move_down_action.setToolTip(self.tr("Move the selected item down (Ctrl+Down)"))

        self.undo_action, self.redo_action = add_undo_actions(stack, self)

    def _action(self, text: str, shortcuts: list[QKeySequence]) -> QAction:
        action = QAction(text, self)
        action.setShortcuts(shortcuts)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    def _init_view(self) -> None:
        view = QTableView(self)
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        # Tab leaves the table for the cap; arrows move between cells.
        view.setTabKeyNavigation(False)
        view.setDragEnabled(True)
        view.setAcceptDrops(True)
        view.setDropIndicatorShown(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setDragDropOverwriteMode(False)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setAccessibleName(self.tr("Agenda items"))
        view.setAccessibleDescription(
            self.tr(
                "F2 or typing edits a cell, Enter keeps it; Insert adds an item, Delete removes "
                "it; Ctrl+Up and Ctrl+Down move it; Tab goes on to the cap."
            )
        )

        self._delegates = {
            Column.KIND: KindDelegate(view),
            Column.MINUTES: DurationDelegate(view),
            Column.TEAM: TeamDelegate(view),
            Column.PRESENTER: PresenterDelegate(view),
        }
        for column, delegate in self._delegates.items():
            view.setItemDelegateForColumn(column, delegate)

        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view = view

    def _init_totals(self) -> None:
        self.cap_spin = RangeExplainingSpinBox(
            lambda typed: cap_range_text(self.model.plan().kind, typed), self
        )
        self.cap_spin.setSuffix(self.tr(" min"))
        self.cap_spin.setKeyboardTracking(False)
        self.cap_spin.setAccessibleName(self.tr("Cap in minutes"))
        self.cap_spin.setAccessibleDescription(
            self.tr("The most minutes the meeting may take; the items' times are held against it")
        )
        self.cap_label = QLabel(self.tr("&Cap:"), self)
        self.cap_label.setBuddy(self.cap_spin)

        self.total_bar = QProgressBar(self)
        self.total_bar.setTextVisible(False)
        self.total_bar.setAccessibleName(self.tr("Planned time against the cap"))
        self.total_bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        self.total_label = QLabel(self)
        self.total_label.setTextFormat(Qt.TextFormat.PlainText)

        self.problems_label = QLabel(self)
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems_label.setAccessibleName(self.tr("Why the plan cannot be saved"))

    def _add_widgets(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.add_action,
            self.remove_action,
            self.move_up_action,
            self.move_down_action,
        ):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)
        for action in (self.undo_action, self.redo_action):
            keep_short(cast(QToolButton, self.toolbar.widgetForAction(action)))

        totals = QHBoxLayout()
        totals.addWidget(self.cap_label)
        totals.addWidget(self.cap_spin)
        totals.addSpacing(12)
        totals.addWidget(self.total_bar, 1)
        totals.addWidget(self.total_label)

        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        layout.addLayout(totals)
        layout.addWidget(self.problems_label)
        self.setFocusProxy(self.view)
        QWidget.setTabOrder(self.view, self.cap_spin)

    def _connect_signals(self) -> None:
        self.add_action.triggered.connect(self._add_item)
        self.remove_action.triggered.connect(self._remove_item)
        self.move_up_action.triggered.connect(lambda: self._move_item(-1))
        self.move_down_action.triggered.connect(lambda: self._move_item(+1))
        self.cap_spin.valueChanged.connect(lambda minutes: self.model.set_cap_seconds(minutes * 60))
        self.model.planChanged.connect(self._refresh)
        self.model.planChanged.connect(self.planChanged)
        self.view.selectionModel().currentRowChanged.connect(self._update_row_actions)

    # Behaviour

    def _current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def _add_item(self) -> None:
        """A new item goes below the selected one and opens for its title straight away."""
        current = self._current_row()
        row = self.model.add_item(current + 1 if current >= 0 else None)
        index = self.model.index(row, Column.TITLE)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def _remove_item(self) -> None:
        row = self._current_row()
        if not self.model.remove_item(row):
            return
        remaining = self.model.rowCount()
        if remaining:
            column = max(self.view.currentIndex().column(), 0)
            self.view.setCurrentIndex(self.model.index(min(row, remaining - 1), column))

    def _move_item(self, step: int) -> None:
        """The moved item stays selected (the model moves rows), so the key can be pressed again."""
        row = self._current_row()
        if row >= 0:
            self.model.move_item(row, row + step)
            self.view.scrollTo(self.view.currentIndex())

    def _refresh(self) -> None:
        plan = self.model.plan()
        self._problems = [
            problem.message
            for problem in check_plan(
                plan,
                self.model.presenters(),
                names=self.model.presenter_names(),
                moderator_id=self._moderator_id,
            )
        ]
        self._show_cap(plan)
        self._show_total(plan)
        self.problems_label.setText("\n".join(f"• {message}" for message in self._problems))
        self.problems_label.setVisible(bool(self._problems))
        self._update_row_actions()

    def _show_cap(self, plan: AgendaPlan) -> None:
        """The spin box offers the caps the core allows for this kind of meeting.

        A plan that came in with a cap outside them keeps it on show (and as a problem) until
        the moderator moves it back in.
        """
        low, high = cap_bounds(plan.kind)
        minutes = plan.cap_seconds // 60
        self.cap_spin.blockSignals(True)
        self.cap_spin.setRange(min(max(1, -(-low // 60)), minutes), max(high // 60, minutes))
        self.cap_spin.setValue(minutes)
        self.cap_spin.blockSignals(False)

    def _show_total(self, plan: AgendaPlan) -> None:
        total, cap = plan.total_seconds, plan.cap_seconds
        over = total > cap
        if over:
            verdict = self.tr("{duration} over").format(duration=format_duration(total - cap))
        elif total == cap:
            verdict = self.tr("exactly the cap")
        else:
            verdict = self.tr("{duration} to spare").format(duration=format_duration(cap - total))
        text = self.tr("{total} of {cap} — {verdict}").format(
            total=format_duration(total), cap=format_duration(cap), verdict=verdict
        )
        self.total_label.setText(text)
        self.total_bar.setRange(0, max(cap, 1))
        self.total_bar.setValue(min(total, cap))
        bar = QPalette()  # only the roles set here; the rest follow the theme
        if over:
            bar.setColor(QPalette.ColorRole.Highlight, OVER_CAP_BAR.colour())
        self.total_bar.setPalette(bar)
        self.total_bar.setAccessibleDescription(text)
        font = self.total_label.font()
        font.setBold(over)
        self.total_label.setFont(font)

    def _update_row_actions(self) -> None:
        row = self._current_row()
        count = self.model.rowCount()
        self.remove_action.setEnabled(0 <= row < count)
        self.move_up_action.setEnabled(0 < row < count)
        self.move_down_action.setEnabled(0 <= row < count - 1)
