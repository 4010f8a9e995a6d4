"""The meeting editor's tabs: the agenda, who is invited, and the meeting as it ran.

The agenda, the attendance list and the as-run notes each keep their own undo stack; the tabs
join them in a QUndoGroup whose active stack is the tab shown, so Edit ▸ Undo / Redo names that
tab's edit ("Undo note" on the As run tab).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QUndoGroup
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QWidget

from facilitator.meeting_views import MeetingView
from facilitator.storage.database import Database
from facilitator.ui.planning.agenda_editor import AgendaEditor
from facilitator.ui.planning.attendance_panel import AttendancePanel
from facilitator.ui.planning.meeting_detail import AsRunView
from facilitator.vocabulary import MeetingStatus, Team


class MeetingTabs(QTabWidget):
    """Agenda, Attendance and As run; the last only once the meeting has started."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="meetingTabs")
        self.setDocumentMode(True)
        self.agenda = AgendaEditor()
        self.attendance = AttendancePanel()
        self.as_run = AsRunView()
        self.agenda_tab = self.addTab(self.agenda, self.tr("Agen&da"))
        self.attendance_area = _scrolled(self.attendance)
        self.attendance_tab = self.addTab(self.attendance_area, self.tr("Atte&ndance"))
        self.as_run_tab = self.addTab(self.as_run, self.tr("A&s run"))
        self.undo_group = QUndoGroup(self)
        self.undo_group.addStack(self.agenda.undo_stack)
        self.undo_group.addStack(self.attendance.undo_stack)
        self.undo_group.addStack(self.as_run.undo_stack)
        self.undo_action = self._keyed(
            self.undo_group.createUndoAction(self, self.tr("&Undo")),
            [self.agenda.undo_action, self.attendance.undo_action],
        )
        self.redo_action = self._keyed(
            self.undo_group.createRedoAction(self, self.tr("&Redo")),
            [self.agenda.redo_action, self.attendance.redo_action],
        )
        self.currentChanged.connect(self._follow_tab)
        self._follow_tab(self.currentIndex())

    def _keyed(self, action: QAction, pane_actions: list[QAction]) -> QAction:
        """The group's action takes over the panes' keys, so a key never means two actions."""
        action.setShortcuts(pane_actions[0].shortcuts())
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        for pane_action in pane_actions:
            pane_action.setShortcuts([])
        return action

    def _follow_tab(self, index: int) -> None:
        pane = self.widget(index)
        if pane is self.agenda:
            self.undo_group.setActiveStack(self.agenda.undo_stack)
        elif pane is self.attendance_area:
            self.undo_group.setActiveStack(self.attendance.undo_stack)
        elif pane is self.as_run:
            self.undo_group.setActiveStack(self.as_run.undo_stack)
        else:
            self.undo_group.setActiveStack(None)

    def show_meeting(
        self, db: Database, view: MeetingView, presenters: list[tuple[int, str, Team]]
    ) -> None:
        """Fill every tab from the meeting as stored; its plan is editable only while planned,
        and a plan that is no longer edited offers no edits (nor Undo) at all."""
        self.agenda.set_plan(view.plan(), presenters)
        self.attendance.set_meeting(db, view.id)
        self.as_run.show_run(db, view)
        planned = view.status == MeetingStatus.PLANNED
        self.agenda.setEnabled(planned)
        self.agenda.toolbar.setVisible(planned)
        ran = view.status in (MeetingStatus.RUNNING, MeetingStatus.ENDED)
        self.setTabVisible(self.as_run_tab, ran)
        self.setCurrentIndex(self.as_run_tab if ran else self.agenda_tab)

    def show_item(self, view: MeetingView, item_id: int, *, edited: bool) -> bool:
        """Select one agenda item, in the as-run table once the meeting has started, else in
        the agenda (found by its title there when the agenda has unsaved edits)."""
        found = [item for item in view.items if item.id == item_id]
        if not found:
            return False
        row = view.items.index(found[0])
        if self.isTabVisible(self.as_run_tab):
            self.setCurrentIndex(self.as_run_tab)
            table = self.as_run.agenda_table
        else:
            self.setCurrentIndex(self.agenda_tab)
            table = self.agenda.view
            if edited:
                titles = [item.title for item in self.agenda.plan().items]
                if found[0].title not in titles:
                    return False
                row = titles.index(found[0].title)
        current = table.currentIndex()
        index = table.model().index(row, current.column() if current.isValid() else 0)
        table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        table.scrollTo(index)
        table.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def show_problems(self, messages: list[str]) -> None:
        """The core's reasons go where the agenda shows its own."""
        problems = self.agenda.problems_label
        problems.setText("\n".join(f"• {message}" for message in messages))
        problems.setVisible(True)
        self.setCurrentIndex(self.agenda_tab)


def _scrolled(pane: QWidget) -> QScrollArea:
    """The pane in a frameless scroll area, so its list and the informed under it never make
    the window taller than a small laptop screen: the pane scrolls instead."""
    area = QScrollArea(frameShape=QFrame.Shape.NoFrame, widgetResizable=True)
    area.setWidget(pane)
    return area
