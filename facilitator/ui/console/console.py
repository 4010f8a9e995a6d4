"""The moderator's console: the running meeting's clock, controls, notes and presenter messages.

Everything shown is recomputed from MeetingRun.state() on a timer; the console never counts
time itself, so it cannot drift and a restart shows the same clock. The window puts together
parts that each do one job: the clock view, the agenda list, the run controls, the presenter
link, the notes and review panes (sharing the window's one undo stack, shown as Edit ▸ Undo /
Redo), and the status line where every refusal is said.
"""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QScreen, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from facilitator import timesource
from facilitator.record.meetings import MeetingView
from facilitator.record.notes import NoteView
from facilitator.record.run import MeetingRun, WallClock
from facilitator.rules.clock import format_seconds
from facilitator.rules.display_tick import next_refresh_ms
from facilitator.storage.database import Database
from facilitator.timesource import TimeSource, run_clock
from facilitator.ui.common.undo_keys import add_undo_actions
from facilitator.ui.common.window_geometry import RememberedGeometry
from facilitator.ui.console.agenda_list import AgendaList
from facilitator.ui.console.capture_dialogs import ActionItemDialog, DisputeDialog
from facilitator.ui.console.clock_view import ClockView
from facilitator.ui.console.console_keys import ConsoleKeys
from facilitator.ui.console.jump_and_correct import JumpAndCorrect
from facilitator.ui.console.review_panel import ReviewPanel
from facilitator.ui.console.roll_call import RollCall
from facilitator.ui.console.run_controls import RunControls, window_action
from facilitator.ui.console.shortcuts import CONSOLE_SHORTCUTS as CONSOLE_SHORTCUTS
from facilitator.ui.console.shortcuts import SHORTCUTS_TEXT as SHORTCUTS_TEXT
from facilitator.ui.console.shortcuts import shortcuts_text
from facilitator.ui.console.status_line import StatusLine
from facilitator.ui.console.this_meeting import NoteToRecord, ThisMeetingPanel
from facilitator.ui.console.thresholds import ThresholdsDialog, save_thresholds, thresholds_from
from facilitator.ui.mail.minutes_export import export_minutes
from facilitator.ui.metrics.metrics_grid import MetricsDialog
from facilitator.ui.notes.notes_panel import NotePlace, NotesPanel
from facilitator.ui.presenter.presenter_link import PresenterLink
from facilitator.ui.presenter.presenter_window import PresenterWindow
from facilitator.ui.sharing.sharing_part import SharingPart
from facilitator.ui.smarketing.decisions_dialog import DecisionFromNote
from facilitator.ui.team.offline_capture import say_saved
from facilitator.ui.team.offline_console import OfflineConsole

REFRESH_MS = 250
GEOMETRY_KEY = "console/geometry"
FIRST_SIZE = QSize(1600, 960)
"""The console's size the first time, shrunk to the screen: a 1366×768 laptop gets all of it."""
NOTE_PLACEHOLDER = QT_TRANSLATE_NOOP(
    "ConsoleWindow", "Note — ! decision, * highlight, ? question — Enter files it"
)
NOTE_TOOLTIP = QT_TRANSLATE_NOOP(
    "ConsoleWindow",
    "A note under the current item, at the time into the meeting. Start it with ! for a "
    "decision, * for a highlight, ? for a question or # for a metric; Enter files it.",
)


def thresholds_text(warn_seconds: int, warn_percent: int) -> str:
    """What the status line says once new warning thresholds are applied."""
    return QCoreApplication.translate(
        "ConsoleWindow", "Warning at {time} or {percent} % left."
    ).format(time=format_seconds(int(warn_seconds)), percent=int(warn_percent))


class ConsoleWindow(QMainWindow):
    """One meeting run from the keyboard; every control commits at once and errors stay inline."""

    closed = Signal(int)
    """The console was closed; carries the meeting id so the meeting list can show its status."""
    moved = Signal(int)
    """The meeting was moved to the day it is run on; carries its id so the list can show it."""

    def __init__(
        self,
        db: Database,
        meeting_id: int,
        *,
        time_source: TimeSource | None = None,
        wall: WallClock | None = None,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._settings = settings if settings is not None else QSettings()
        self._wall: WallClock = wall if wall is not None else timesource.now
        self.offline = OfflineConsole(self, db)  # on a team database: notes kept while away
        self._run = self.offline.open_run(
            db,
            meeting_id,
            time_source=time_source or run_clock,
            wall=self._wall,
            thresholds=thresholds_from(self._settings),
        )
        self.thresholds_dialog: ThresholdsDialog | None = None
        self.capture_dialog: QDialog | None = None
        self.metrics_dialog: MetricsDialog | None = None
        self._meeting: MeetingView | None = None
        self.undo_stack = QUndoStack(self)
        """The console's one undo stack: notes and review changes, newest last."""
        self.setWindowTitle(self.tr("Run — {title}").format(title=self._run.meeting.title))
        self.status_line = StatusLine()
        say, refuse = self.status_line.say, self.status_line.refuse
        self.controls = RunControls(self, self._run, self._wall, say, self.refresh, refuse=refuse)
        self.controls.moved.connect(self.moved)
        self._init_actions()
        self._init_widgets()
        self.jumps = JumpAndCorrect(self)
        self._init_menus()
        self.roll_call = RollCall(self, db, meeting_id)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self._reload_meeting()
        self.refresh()
        self.geometry_keeper = RememberedGeometry(self, self._settings, GEOMETRY_KEY, FIRST_SIZE)
        self.keys = ConsoleKeys(self, self.note_input)  # the keys start in the note field
        self.keys.home_after(self.controls.pressed, self.review_panel.changed)
        self.review_panel.told.connect(self.status_line.say)
        self.offline.watch(self)

    # --- public ---------------------------------------------------------------------------

    @property
    def run(self) -> MeetingRun:
        return self._run

    @property
    def presenter(self) -> PresenterWindow | None:
        return self.presenter_link.presenter

    def refresh(self) -> None:
        """Show the clock as it is now; called by the timer and after every control."""
        state = self._run.state()
        if self._timer.isActive():
            self._timer.start(next_refresh_ms(state))  # the next redraw lands on the new second
        meeting = self._run.meeting
        if meeting is not self._meeting:
            self._reload_meeting()
        self.clock.show_state(meeting, state)
        self.agenda_list.show_state(state)
        self.controls.enable(state)
        to_start = None if state.started else self.seconds_to_start()
        self.clock.show_start(to_start, meeting.scheduled_at, self._wall())
        self.presenter_link.mirror(meeting, state, to_start)
        self.sharing.show(meeting, state, to_start)

    def seconds_to_start(self) -> float:
        """Seconds from the wall clock now to the scheduled start; negative once it has passed."""
        scheduled = self._run.meeting.scheduled_at
        if scheduled.tzinfo is None:
            scheduled = scheduled.replace(tzinfo=UTC)
        return (scheduled - self._wall()).total_seconds()

    def apply_thresholds(self, warn_seconds: int, warn_percent: int) -> None:
        """Save the warning thresholds in the settings and colour the clock by them at once."""
        self._run.set_thresholds(save_thresholds(self._settings, warn_seconds, warn_percent))
        self.status_line.setText(thresholds_text(warn_seconds, warn_percent))
        self.refresh()

    def edit_thresholds(self) -> ThresholdsDialog:
        """Open the thresholds dialog (without blocking); OK saves and applies."""
        dialog = ThresholdsDialog(self._run.thresholds, self)
        dialog.accepted.connect(lambda: self.apply_thresholds(*dialog.values()))
        self._open(dialog, "thresholds_dialog")
        return dialog

    def status_text(self) -> str:
        return self.status_line.text()

    def export_minutes(self) -> Path | None:
        """Save the ended meeting's minutes as a PDF where the moderator chooses."""
        if not self._run.state().ended or self.offline.refuse_while_away():
            return None
        path = export_minutes(self, self._db, self._run.meeting_id, self._settings)
        if path is not None:
            self.status_line.setText(self.tr("Minutes saved to {path}").format(path=path))
        return path

    def send_minutes(self) -> QDialog | None:
        """Open Send minutes for the ended meeting (window-modal)."""
        if not self._run.state().ended or self.offline.refuse_while_away():
            return None
        from facilitator.ui.mail.send_dialog import SendDialog

        dialog = SendDialog(self._db, self._run.meeting_id, self, settings=self._settings)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def new_dispute(self, *, note: NoteView | None = None) -> DisputeDialog:
        """Log a dispute raised in this meeting (without blocking the clock), or from a note."""
        dialog = DisputeDialog(
            self._db, self._run.meeting_id, parent=self, undo_stack=self.undo_stack, note=note,
            source=self.offline.capture,
        )
        say_saved(dialog.saved, self.status_line, self.tr("Dispute logged."), self.tr("Dispute"))
        self._open(dialog, "capture_dialog")
        return dialog

    def new_action_item(self, *, note: NoteView | None = None) -> ActionItemDialog:
        """Record an action item made here, or from a note (without blocking the clock)."""
        dialog = ActionItemDialog(
            self._db, self._run.meeting_id, parent=self, undo_stack=self.undo_stack, note=note,
            source=self.offline.capture,
        )
        told, noun = self.tr("Action item recorded."), self.tr("Action item")
        say_saved(dialog.saved, self.status_line, told, noun)
        self._open(dialog, "capture_dialog")
        return dialog

    def open_metrics(self) -> MetricsDialog:
        """The metrics grid for this meeting, beside the console so the clock stays in view."""
        if self.metrics_dialog is not None:
            self.metrics_dialog.raise_()
            self.metrics_dialog.activateWindow()
            return self.metrics_dialog
        dialog = MetricsDialog(
            self._db, self._run.meeting_id, parent=self, settings=self._settings
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda: setattr(self, "metrics_dialog", None))
        self.metrics_dialog = dialog
        dialog.show()
        dialog.activateWindow()  # typed numbers go to the grid, whatever the window manager does
        return dialog

    def show_presenter(self, screen: QScreen | None) -> None:
        """Show the presenter screen full screen on a display, or as a window for None."""
        presenter = self.presenter_link.show_on(screen)
        state = self._run.state()
        if not state.started:
            presenter.show_countdown(self.seconds_to_start())
        presenter.show_state(self._run.meeting, state)

    def _open(self, dialog: QDialog, slot: str) -> None:
        """Open a dialog without blocking the clock; `slot` names it until it is closed."""
        setattr(self, slot, dialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda: setattr(self, slot, None))
        dialog.open()

    # --- building --------------------------------------------------------------------------

    def _init_actions(self) -> None:
        self.close_action = window_action(self, self.tr("Close console"), "Ctrl+W", self.close)
        self.thresholds_action = window_action(
            self, self.tr("Warning thresholds…"), "", self.edit_thresholds
        )
        self.dispute_action = window_action(
            self, self.tr("New &dispute…"), "Ctrl+D", self.new_dispute
        )
        self.action_item_action = window_action(
            self, self.tr("New &action item…"), "Ctrl+T", self.new_action_item
        )
        self.metrics_action = window_action(self, self.tr("&Metrics…"), "Ctrl+M", self.open_metrics)
        self.undo_action, self.redo_action = add_undo_actions(
            self.undo_stack, self, Qt.ShortcutContext.WindowShortcut
        )
        controls = self.controls
        self.toggle_action, self.next_action = controls.toggle_action, controls.next_action
        self.previous_action, self.extend_action = controls.previous_action, controls.extend_action
        self.end_action, self.rebalance_action = controls.end_action, controls.rebalance_action

    def _init_menus(self) -> None:
        run_menu = self.menuBar().addMenu(self.tr("&Run"))
        run_menu.addActions([self.toggle_action, self.next_action, self.previous_action])
        run_menu.addActions(self.jumps.actions)
        run_menu.addSeparator()
        run_menu.addActions([self.extend_action, self.rebalance_action])
        run_menu.addSeparator()
        run_menu.addAction(self.end_action)
        run_menu.addSeparator()
        run_menu.addAction(self.thresholds_action)
        run_menu.addSeparator()
        run_menu.addAction(self.close_action)
        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        capture_menu = self.menuBar().addMenu(self.tr("&Capture"))
        capture_menu.addActions([self.dispute_action, self.action_item_action])
        self.from_note = NoteToRecord(self, self.notes_panel, capture_menu, self.status_line.say)
        self.decisions = DecisionFromNote(self, self._db, self.notes_panel, capture_menu)
        capture_menu.addAction(self.metrics_action)
        self.presenter_menu = self.menuBar().addMenu(self.tr("&Presenter screen"))
        self.presenter_menu.aboutToShow.connect(
            lambda: self.presenter_link.fill_screens(self.presenter_menu)
        )
        self.presenter_link.fill_screens(self.presenter_menu)
        self.sharing = SharingPart(self, self._settings)  # Share on the local network…

    def _init_widgets(self) -> None:
        self.clock = ClockView(self.rebalance_action)
        self.agenda_list = AgendaList()
        self.notes_panel = NotesPanel(
            self._db, self._run.meeting_id, self._note_place, undo_stack=self.undo_stack,
            store=self.offline.note_store,
        )
        self.this_meeting = ThisMeetingPanel(self._db, self._run, self.undo_stack, self._open)
        self.review_panel = ReviewPanel(self._db, self._run.meeting_id, undo_stack=self.undo_stack)
        self.status_line.hear(self.notes_panel.refused, self.review_panel.refused)
        self.presenter_link = PresenterLink(self, self._settings)
        self.presenter_link.quick_sent.connect(self.controls.message)  # kept in the run events
        self.shortcuts_label = QLabel(shortcuts_text(), objectName="shortcutsLine", wordWrap=True)
        self._expose()
        self.note_input.setPlaceholderText(self.tr(NOTE_PLACEHOLDER))
        self.note_input.setToolTip(self.tr(NOTE_TOOLTIP))

        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Agenda")))
        right.addWidget(self.agenda_list)
        right.addWidget(QLabel(self.tr("Review: carried over from earlier meetings")))
        right.addWidget(self.review_panel, 3 if self.review_panel.has_rows else 0)
        right.addWidget(self.this_meeting, 1)
        left = QVBoxLayout()  # the clock above the notes typed under it: both read at 1366×768
        left.addWidget(self.clock, 2)
        left.addWidget(QLabel(self.tr("Notes")))
        left.addWidget(self.notes_panel, 3)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(columns, 1)
        layout.addWidget(self.controls)
        layout.addWidget(self.presenter_link)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_line, 1)
        status_row.addWidget(self.message_state, 1)
        layout.addLayout(status_row)
        layout.addWidget(self.shortcuts_label)
        self.setCentralWidget(central)
        for label in central.findChildren(QLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)  # titles and messages are user text
        for view in central.findChildren(QAbstractItemView):
            view.installEventFilter(self.controls)  # a clicker's keys move the item there too

    def _expose(self) -> None:
        """The parts' widgets under the console's own names, for the tests and the shots."""
        clock, controls, link = self.clock, self.controls, self.presenter_link
        self.item_title, self.presenter_label = clock.item_title, clock.presenter_label
        self.clock_label, self.phase_label = clock.clock_label, clock.phase_label
        self.progress, self.clock_panel = clock.progress, clock.clock_panel
        self.next_label, self.meeting_label = clock.next_label, clock.meeting_label
        self.projected_label, self.warning_label = clock.projected_label, clock.warning_label
        self.rebalance_button = clock.rebalance_button
        self.countdown_label, self.reminder_label = clock.countdown_label, clock.reminder_label
        self.toggle_button, self.end_button = controls.toggle_button, controls.end_button
        self.previous_button, self.next_button = controls.previous_button, controls.next_button
        self.extend_buttons = controls.extend_buttons
        self.export_button, self.send_button = controls.export_button, controls.send_button
        self.export_button.clicked.connect(self.export_minutes)
        self.send_button.clicked.connect(self.send_minutes)
        self.message_input, self.flash_box = link.message_input, link.flash_box
        self.message_state, self.presenter_button = link.message_state, link.presenter_button
        notes = self.notes_panel
        self.notes_list, self.note_input = notes.notes_view, notes.note_input
        self.note_error = notes.note_error

    # --- showing ---------------------------------------------------------------------------

    def _reload_meeting(self) -> None:
        meeting = self._run.meeting
        self._meeting = meeting
        self.agenda_list.show_meeting(meeting)
        self.clock.show_meeting(meeting)

    def _note_place(self) -> NotePlace:
        """A new note goes under the current item at the time into the meeting now."""
        state = self._run.state()
        item = self._run.meeting.items[state.current_index]
        return NotePlace(item.id, state.meeting_elapsed)

    # --- keys and closing ------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.notes_panel.flush()
        self._timer.stop()
        self.offline.close()
        self.presenter_link.close_presenter()
        self.sharing.close()
        super().closeEvent(event)
        self.closed.emit(self._run.meeting_id)
