"""The moderator's console: the running meeting's clock, controls, notes and presenter messages.

Everything shown is recomputed from MeetingRun.state() on a timer; the console never counts
time itself, so it cannot drift and a restart shows the same clock.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import UTC
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator import timesource
from facilitator.record.meetings import AgendaItemView, MeetingView
from facilitator.record.people import moderator_warning
from facilitator.record.run import MeetingRun, WallClock
from facilitator.rules.clock import (
    ALREADY_ENDED_MESSAGE,
    NOT_STARTED_MESSAGE,
    ClockError,
    ClockState,
    Phase,
    Thresholds,
    ago_text,
    format_seconds,
    until_text,
)
from facilitator.rules.display_tick import next_refresh_ms
from facilitator.rules.schedule import day_text, move_question, needs_move
from facilitator.storage.database import Database
from facilitator.storage.write_errors import SaveRefused
from facilitator.timesource import TimeSource, run_clock
from facilitator.ui.common import messages
from facilitator.ui.console.capture_dialogs import ActionItemDialog, DisputeDialog
from facilitator.ui.console.notes_panel import NotePlace, NotesPanel
from facilitator.ui.console.review_panel import ReviewPanel
from facilitator.ui.mail.minutes_export import export_minutes
from facilitator.ui.metrics.metrics_grid import MetricsDialog

REFRESH_MS = 250
MAX_MESSAGE_LENGTH = 120
QUICK_MESSAGES = ("2 minutes", "Wrap up", "Time")
SHORTCUTS_TEXT = (
    "Ctrl+Space start / pause / resume  ·  Alt+→ / Page Down next  ·  "
    "Alt+← / Page Up previous  ·  Ctrl+= +1 min  ·  Ctrl+E end  ·  Ctrl+D dispute  ·  "
    "Ctrl+T action item  ·  Ctrl+M metrics  ·  Ctrl+W close  ·  "
    "Notes list: F2 edit, Del delete, Ctrl+P park, Ctrl+Z undo  ·  "
    "Review lists: Space ticks, Ctrl+Z undo"
)

CONSOLE_SHORTCUTS = (
    ("Ctrl+Space", "Start / pause / resume the clock"),
    ("Alt+Right", "Next item"),
    ("Alt+Left", "Previous item"),
    ("Ctrl+=", "Extend the item by 1 min"),
    ("Ctrl+E", "End the meeting"),
    ("Page Down / Page Up", "Next / previous item (presentation clicker)"),
    ("Ctrl+W", "Close the console"),
    ("F2 / Delete", "Edit / delete the selected note (in the notes list)"),
    ("Ctrl+P", "Park or unpark the selected note (in the notes list)"),
    ("Ctrl+Z / Ctrl+Shift+Z", "Undo / redo a note change (in the notes list)"),
    ("Enter", "File the note being typed (in the note input)"),
    ("Space", "Tick a carried action item done / resolve a dispute (in the review lists)"),
    ("Ctrl+Z / Ctrl+Shift+Z", "Undo / redo a review change (in the review lists)"),
    ("Ctrl+D", "New dispute raised in this meeting"),
    ("Ctrl+T", "New action item made in this meeting"),
    ("Ctrl+M", "Metrics: enter this meeting's numbers against the goals"),
)
"""The console's keys as Help lists them; the console shows them as SHORTCUTS_TEXT."""

PHASE_STYLE = {
    Phase.NORMAL: ("#ffffff", "#111111"),
    Phase.WARNING: ("#ffd54f", "#000000"),
    Phase.TIME: ("#8b0000", "#ffffff"),
    Phase.OVERRUN: ("#8b0000", "#ffffff"),
}
"""Background and text per phase; every pair has a contrast of at least 7:1 (WCAG AAA)."""

TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox)
CLICKER_KEYS = (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)
NOTE_PLACEHOLDER = "Note — ! decision, * highlight, ? question — Enter files it"
NOTE_TOOLTIP = (
    "A note under the current item, at the time into the meeting. Start it with ! for a "
    "decision, * for a highlight, ? for a question or # for a metric; Enter files it."
)
AGENDA_ROWS_SHOWN = 8
"""The agenda list grows with the agenda up to this many rows, then scrolls."""

WARN_SECONDS_KEY = "clock/warn_seconds"
WARN_PERCENT_KEY = "clock/warn_percent"
DEFAULT_WARN_SECONDS = 60
DEFAULT_WARN_PERCENT = 20
REMINDER_STYLE = "background: #ffd54f; color: #000000; font-weight: bold; padding: 6px;"
"""Amber with black text (contrast above 7:1); the words say it too, never colour alone."""


def _setting_int(settings: QSettings, key: str, default: int, top: int) -> int:
    """A whole number from the settings, the default when missing or unreadable."""
    try:
        value = int(settings.value(key, default))
    except (TypeError, ValueError):
        return default
    return min(max(value, 0), top)


def thresholds_from(settings: QSettings) -> Thresholds:
    """The warning thresholds saved in the settings (DESIGN's defaults when none are)."""
    seconds = _setting_int(settings, WARN_SECONDS_KEY, DEFAULT_WARN_SECONDS, 3600)
    percent = _setting_int(settings, WARN_PERCENT_KEY, DEFAULT_WARN_PERCENT, 100)
    return Thresholds(warn_seconds=float(seconds), warn_fraction=percent / 100)


class ThresholdsDialog(QDialog):
    """When an item turns amber: seconds left or a share of the item, whichever comes first."""

    def __init__(self, thresholds: Thresholds, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Warning thresholds")
        self.seconds_box = QSpinBox(objectName="warnSecondsBox")
        self.seconds_box.setRange(0, 3600)
        self.seconds_box.setSuffix(" s")
        self.seconds_box.setValue(round(thresholds.warn_seconds))
        self.percent_box = QSpinBox(objectName="warnPercentBox")
        self.percent_box.setRange(0, 100)
        self.percent_box.setSuffix(" %")
        self.percent_box.setValue(round(thresholds.warn_fraction * 100))
        form = QFormLayout(self)
        form.addRow(
            QLabel(
                "An item turns amber when this much time is left, or this share of the item, "
                "whichever comes first.",
                wordWrap=True,
            )
        )
        form.addRow("Seconds &left:", self.seconds_box)
        form.addRow("&Share of the item:", self.percent_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


def _presenter_class() -> type | None:
    """The presenter window if that module is installed; the console works without it."""
    try:
        module = importlib.import_module("facilitator.ui.console.presenter_window")
    except ImportError:
        return None
    return getattr(module, "PresenterWindow", None)


def _presenter_of(item: AgendaItemView) -> str:
    if item.presenter_name and item.presenter_team is not None:
        return f"{item.presenter_name} ({item.presenter_team.label})"
    if item.presenter_name:
        return item.presenter_name
    if item.presenter_team is not None:
        return item.presenter_team.label
    return "No presenter"


def _scaled(base: QFont, scale: float, *, bold: bool = True) -> QFont:
    font = QFont(base)
    font.setBold(bold)
    font.setPointSizeF(font.pointSizeF() * scale)
    return font


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
        self._run = MeetingRun.open(
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
        self._presenter: Any = None
        self._presenter_class = _presenter_class()
        self.setWindowTitle(f"Run — {self._run.meeting.title}")
        self._init_actions()
        self._init_widgets()
        self._init_menus()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self._reload_meeting()
        self.refresh()
        self.resize(1100, 760)
        self.note_input.setFocus()

    # --- public ---------------------------------------------------------------------------

    @property
    def run(self) -> MeetingRun:
        return self._run

    @property
    def presenter(self) -> Any:
        return self._presenter

    def refresh(self) -> None:
        """Show the clock as it is now; called by the timer and after every control."""
        state = self._run.state()
        if self._timer.isActive():
            self._timer.start(next_refresh_ms(state))  # the next redraw lands on the new second
        meeting = self._run.meeting
        if meeting is not self._meeting:
            self._reload_meeting()
        self._show_state(state)
        to_start = self._show_start(state)
        if self._presenter is not None and self._presenter.isVisible():
            if to_start is not None:
                self._presenter.show_countdown(to_start)
            self._presenter.show_state(meeting, state)

    def seconds_to_start(self) -> float:
        """Seconds from the wall clock now to the scheduled start; negative once it has passed."""
        scheduled = self._run.meeting.scheduled_at
        if scheduled.tzinfo is None:
            scheduled = scheduled.replace(tzinfo=UTC)
        return (scheduled - self._wall()).total_seconds()

    def apply_thresholds(self, warn_seconds: int, warn_percent: int) -> None:
        """Save the warning thresholds in the settings and colour the clock by them at once."""
        self._settings.setValue(WARN_SECONDS_KEY, int(warn_seconds))
        self._settings.setValue(WARN_PERCENT_KEY, int(warn_percent))
        self._run.set_thresholds(thresholds_from(self._settings))
        self.status_line.setText(
            f"Warning at {format_seconds(int(warn_seconds))} or {int(warn_percent)} % left."
        )
        self.refresh()

    def edit_thresholds(self) -> ThresholdsDialog:
        """Open the thresholds dialog (without blocking); OK saves and applies."""
        dialog = ThresholdsDialog(self._run.thresholds, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.apply_thresholds(dialog.seconds_box.value(), dialog.percent_box.value())
        )
        dialog.finished.connect(self._on_thresholds_finished)
        self.thresholds_dialog = dialog
        dialog.open()
        return dialog

    def _on_thresholds_finished(self) -> None:
        self.thresholds_dialog = None

    def status_text(self) -> str:
        return self.status_line.text()

    def export_minutes(self) -> Path | None:
        """Save the ended meeting's minutes as a PDF where the moderator chooses."""
        if not self._run.state().ended:
            return None
        path = export_minutes(self, self._db, self._run.meeting_id, self._settings)
        if path is not None:
            self.status_line.setText(f"Minutes saved to {path}")
        return path

    def send_minutes(self) -> QDialog | None:
        """Open Send minutes for the ended meeting (window-modal)."""
        if not self._run.state().ended:
            return None
        from facilitator.ui.mail.send_dialog import SendDialog

        dialog = SendDialog(self._db, self._run.meeting_id, self, settings=self._settings)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def new_dispute(self) -> DisputeDialog:
        """Log a dispute raised in this meeting (without blocking the clock)."""
        dialog = DisputeDialog(self._db, self._run.meeting_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _id: self.status_line.setText("Dispute logged."))
        dialog.finished.connect(self._on_capture_finished)
        self.capture_dialog = dialog
        dialog.open()
        return dialog

    def new_action_item(self) -> ActionItemDialog:
        """Record an action item made in this meeting (without blocking the clock)."""
        dialog = ActionItemDialog(self._db, self._run.meeting_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _id: self.status_line.setText("Action item recorded."))
        dialog.finished.connect(self._on_capture_finished)
        self.capture_dialog = dialog
        dialog.open()
        return dialog

    def _on_capture_finished(self) -> None:
        self.capture_dialog = None

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
        dialog.finished.connect(self._on_metrics_finished)
        self.metrics_dialog = dialog
        dialog.show()
        dialog.activateWindow()  # typed numbers go to the grid, whatever the window manager does
        return dialog

    def _on_metrics_finished(self) -> None:
        self.metrics_dialog = None

    # --- building --------------------------------------------------------------------------

    def _action(self, text: str, shortcut: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _init_actions(self) -> None:
        self.toggle_action = self._action("Start", "Ctrl+Space", self._on_toggle)
        self.next_action = self._action("Next item", "Alt+Right", self._on_next)
        self.previous_action = self._action("Previous item", "Alt+Left", self._on_previous)
        self.extend_action = self._action("Extend +1 min", "Ctrl+=", lambda: self._on_extend(60))
        self.extend_action.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self.end_action = self._action("End meeting…", "Ctrl+E", self._on_end)
        self.rebalance_action = QAction("Rebalance…", self)
        self.rebalance_action.triggered.connect(self._on_rebalance)
        self.close_action = self._action("Close console", "Ctrl+W", self.close)
        self.thresholds_action = QAction("Warning thresholds…", self)
        self.thresholds_action.triggered.connect(self.edit_thresholds)
        self.dispute_action = self._action("New &dispute…", "Ctrl+D", self.new_dispute)
        self.action_item_action = self._action(
            "New &action item…", "Ctrl+T", self.new_action_item
        )
        self.metrics_action = self._action("&Metrics…", "Ctrl+M", self.open_metrics)

    def _init_menus(self) -> None:
        run_menu = self.menuBar().addMenu("&Run")
        for action in (self.toggle_action, self.next_action, self.previous_action):
            run_menu.addAction(action)
        run_menu.addSeparator()
        run_menu.addAction(self.extend_action)
        run_menu.addAction(self.rebalance_action)
        run_menu.addSeparator()
        run_menu.addAction(self.end_action)
        run_menu.addSeparator()
        run_menu.addAction(self.thresholds_action)
        run_menu.addSeparator()
        run_menu.addAction(self.close_action)
        capture_menu = self.menuBar().addMenu("&Capture")
        capture_menu.addAction(self.dispute_action)
        capture_menu.addAction(self.action_item_action)
        capture_menu.addAction(self.metrics_action)
        self.presenter_menu = self.menuBar().addMenu("&Presenter screen")
        self.presenter_menu.aboutToShow.connect(self._fill_presenter_menu)
        self._fill_presenter_menu()

    def _init_widgets(self) -> None:
        base = self.font()
        self.item_title = QLabel(objectName="itemTitle", wordWrap=True)
        self.item_title.setFont(_scaled(base, 1.6))
        self.presenter_label = QLabel(objectName="presenterLabel")
        self.presenter_label.setFont(_scaled(base, 1.15, bold=False))
        self.clock_label = QLabel("0:00", objectName="itemClock")
        self.clock_label.setFont(_scaled(base, 6.0))
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase_label = QLabel(objectName="phaseWord")
        self.phase_label.setFont(_scaled(base, 2.0))
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress = QProgressBar(objectName="itemProgress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(True)
        self.clock_panel = QWidget(objectName="clockPanel")
        self.clock_panel.setAutoFillBackground(True)
        panel_layout = QVBoxLayout(self.clock_panel)
        panel_layout.addWidget(self.clock_label)
        panel_layout.addWidget(self.phase_label)
        panel_layout.addWidget(self.progress)

        self.next_label = QLabel(objectName="nextItem", wordWrap=True)
        self.meeting_label = QLabel(objectName="meetingTotal")
        self.meeting_label.setFont(_scaled(base, 1.15))
        self.projected_label = QLabel(objectName="projectedEnd", wordWrap=True)
        self.rebalance_button = QToolButton(objectName="rebalanceButton")
        self.rebalance_button.setDefaultAction(self.rebalance_action)
        self.warning_label = QLabel(objectName="moderatorWarning", wordWrap=True)
        self.warning_label.setStyleSheet("color: #7a0000; font-weight: bold;")
        self.countdown_label = QLabel(objectName="startCountdown")
        self.countdown_label.setFont(_scaled(base, 1.15))
        self.reminder_label = QLabel(objectName="startReminder", wordWrap=True)
        self.reminder_label.setStyleSheet(REMINDER_STYLE)
        self.reminder_label.setFont(_scaled(base, 1.15))

        self.toggle_button = QPushButton(objectName="toggleButton")
        self.toggle_button.clicked.connect(self.toggle_action.trigger)
        self.previous_button = QPushButton("◀ Previous", objectName="previousButton")
        self.previous_button.clicked.connect(self.previous_action.trigger)
        self.next_button = QPushButton("Next ▶", objectName="nextButton")
        self.next_button.clicked.connect(self.next_action.trigger)
        self.extend_buttons: dict[int, QPushButton] = {}
        controls = QHBoxLayout()
        controls.addWidget(self.toggle_button)
        controls.addWidget(self.previous_button)
        controls.addWidget(self.next_button)
        for minutes in (1, 2, 5):
            button = QPushButton(f"+{minutes} min", objectName=f"extend{minutes}Button")
            button.clicked.connect(lambda _=False, s=minutes * 60: self._on_extend(s))
            self.extend_buttons[minutes] = button
            controls.addWidget(button)
        self.end_button = QPushButton("End meeting…", objectName="endButton")
        self.end_button.clicked.connect(self.end_action.trigger)
        self.export_button = QPushButton("Export minutes…", objectName="exportMinutesButton")
        self.export_button.setToolTip("Save this meeting's minutes as a PDF")
        self.export_button.clicked.connect(self.export_minutes)
        self.export_button.setVisible(False)
        self.send_button = QPushButton("Send minutes…", objectName="sendMinutesButton")
        self.send_button.setToolTip("Email this meeting's minutes to its attendees")
        self.send_button.clicked.connect(self.send_minutes)
        self.send_button.setVisible(False)
        controls.addStretch(1)
        controls.addWidget(self.end_button)
        controls.addWidget(self.export_button)
        controls.addWidget(self.send_button)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)

        self.shortcuts_label = QLabel(SHORTCUTS_TEXT, objectName="shortcutsLine", wordWrap=True)
        self.status_line = QLabel(objectName="statusLine", wordWrap=True)
        self.status_line.setStyleSheet("color: #7a0000;")

        self.agenda_list = QListWidget(objectName="agendaList")
        self.agenda_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.agenda_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.agenda_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.notes_panel = NotesPanel(self._db, self._run.meeting_id, self._note_place)
        self.notes_list = self.notes_panel.notes_view
        self.note_input = self.notes_panel.note_input
        self.note_error = self.notes_panel.note_error
        self.note_input.setPlaceholderText(NOTE_PLACEHOLDER)
        self.note_input.setToolTip(NOTE_TOOLTIP)

        self.message_input = QLineEdit(objectName="messageInput")
        self.message_input.setMaxLength(MAX_MESSAGE_LENGTH)
        self.message_input.setPlaceholderText("Message for the presenter screen — Enter sends")
        self.message_input.returnPressed.connect(self._on_send_message)
        self.flash_box = QCheckBox("Flash", objectName="flashBox")
        self.message_state = QLabel(objectName="messageState", wordWrap=True)
        message_row = QHBoxLayout()
        message_row.addWidget(self.message_input, 1)
        for text in QUICK_MESSAGES:
            button = QPushButton(text, objectName="quickMessage")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, t=text: self._send_message(t))
            message_row.addWidget(button)
        message_row.addWidget(self.flash_box)
        clear = QPushButton("Clear", objectName="clearMessage")
        clear.setAutoDefault(False)
        clear.clicked.connect(self._on_clear_message)
        message_row.addWidget(clear)
        self.presenter_button = QPushButton("Presenter screen", objectName="presenterButton")
        self.presenter_button.setAutoDefault(False)
        self.presenter_button.setMenu(QMenu(self.presenter_button))
        self.presenter_button.menu().aboutToShow.connect(self._fill_presenter_button_menu)
        message_row.addWidget(self.presenter_button)

        left = QVBoxLayout()
        left.addWidget(self.reminder_label)
        left.addWidget(self.countdown_label)
        left.addWidget(self.item_title)
        left.addWidget(self.presenter_label)
        left.addWidget(self.clock_panel, 1)
        left.addWidget(self.next_label)
        left.addWidget(self.meeting_label)
        projected_row = QHBoxLayout()
        projected_row.addWidget(self.projected_label, 1)
        projected_row.addWidget(self.rebalance_button)
        left.addLayout(projected_row)
        left.addWidget(self.warning_label)
        right = QVBoxLayout()
        right.addWidget(QLabel("Agenda"))
        right.addWidget(self.agenda_list)
        self.review_panel = ReviewPanel(self._db, self._run.meeting_id)
        right.addWidget(QLabel("Review: carried over from earlier meetings"))
        right.addWidget(self.review_panel, 3 if self.review_panel.has_rows else 0)
        right.addWidget(QLabel("Notes"))
        right.addWidget(self.notes_panel, 2)
        grid = QGridLayout()
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(grid, 1)
        layout.addLayout(controls)
        layout.addLayout(message_row)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_line, 1)
        status_row.addWidget(self.message_state, 1)
        layout.addLayout(status_row)
        layout.addWidget(self.shortcuts_label)
        self.setCentralWidget(central)
        for label in central.findChildren(QLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)  # titles and messages are user text
        for view in central.findChildren(QAbstractItemView):
            view.installEventFilter(self)

    # --- showing ---------------------------------------------------------------------------

    def _reload_meeting(self) -> None:
        meeting = self._run.meeting
        self._meeting = meeting
        self.agenda_list.clear()
        for index, item in enumerate(meeting.items):
            self.agenda_list.addItem(f"{index + 1}. {item.title}")
        rows = min(max(len(meeting.items), 1), AGENDA_ROWS_SHOWN)
        row_height = max(self.agenda_list.sizeHintForRow(0), self.fontMetrics().height())
        self.agenda_list.setFixedHeight(rows * row_height + 2 * self.agenda_list.frameWidth() + 4)
        warning = moderator_warning(meeting.moderator_team)
        self.warning_label.setText(warning or "")
        self.warning_label.setVisible(warning is not None)

    def _note_place(self) -> NotePlace:
        """A new note goes under the current item at the time into the meeting now."""
        state = self._run.state()
        item = self._run.meeting.items[state.current_index]
        return NotePlace(item.id, state.meeting_elapsed)

    def _show_state(self, state: ClockState) -> None:
        meeting = self._run.meeting
        item = meeting.items[state.current_index]
        self.item_title.setText(f"{state.current_index + 1}/{state.item_count}  {item.title}")
        self.presenter_label.setText(f"Presenter: {_presenter_of(item)}")
        self.clock_label.setText(state.item_clock_text)
        self.phase_label.setText(self._phase_text(state))
        background, text = PHASE_STYLE[state.phase]
        self.clock_panel.setStyleSheet(
            f"#clockPanel {{ background: {background}; }} "
            f"#clockPanel QLabel {{ color: {text}; background: transparent; }}"
        )
        self.progress.setValue(round(min(max(state.item_progress, 0.0), 1.0) * 1000))
        self.progress.setFormat(f"{round(state.item_progress * 100)} % of the item")
        if state.next_index is None:
            self.next_label.setText("Next: nothing — this is the last item")
        else:
            following = meeting.items[state.next_index]
            self.next_label.setText(
                f"Next: {following.title} — {_presenter_of(following)} "
                f"({format_seconds(state.items_planned[state.next_index])})"
            )
        self.meeting_label.setText(
            f"Meeting {format_seconds(int(state.meeting_elapsed))} of "
            f"{format_seconds(state.cap_seconds)} — {state.meeting_clock_text} left"
        )
        projected = format_seconds(round(state.projected_end_seconds))
        if state.projected_over_cap > 0:
            over = format_seconds(round(state.projected_over_cap))
            self.projected_label.setText(
                f"Projected end {projected} against a cap of "
                f"{format_seconds(state.cap_seconds)}: {over} over"
            )
        else:
            self.projected_label.setText(
                f"Projected end {projected} within the cap of {format_seconds(state.cap_seconds)}"
            )
        self._show_agenda(state)
        self._enable(state)

    def _show_start(self, state: ClockState) -> float | None:
        """Before the start: the countdown, or the reminder once the time has passed.

        Returns the seconds to the start while the clock is not started, else None.
        """
        if state.started:
            self.countdown_label.setVisible(False)
            self.reminder_label.setVisible(False)
            return None
        to_start = self.seconds_to_start()
        if to_start > 0:
            self.countdown_label.setText(f"Starts in {until_text(to_start)}")
            self.countdown_label.setVisible(True)
            self.reminder_label.setVisible(False)
        else:
            scheduled = self._run.meeting.scheduled_at.astimezone()
            at = f"{scheduled:%H:%M}"
            if scheduled.date() != self._wall().astimezone().date():
                at = f"{day_text(scheduled)} {at}"
            self.reminder_label.setText(
                f"Scheduled {at} — {ago_text(-to_start)}. Press Ctrl+Space to start."
            )
            self.reminder_label.setVisible(True)
            self.countdown_label.setVisible(False)
        return to_start

    def _phase_text(self, state: ClockState) -> str:
        """The word is always there, so the phase is never told by colour alone."""
        if state.ended:
            return "ENDED"
        if not state.started:
            return "NOT STARTED"
        if state.paused:
            return f"PAUSED {format_seconds(int(state.pause_elapsed))}"
        return state.phase_word or "ON TIME"

    def _show_agenda(self, state: ClockState) -> None:
        meeting = self._run.meeting
        for index in range(self.agenda_list.count()):
            row = self.agenda_list.item(index)
            planned = format_seconds(state.items_planned[index])
            current = index == state.current_index
            if current:
                marker = "▶ NOW  "
            elif state.items_reached[index] and index < state.current_index:
                marker = "✓ "
            else:
                marker = ""
            text = f"{marker}{index + 1}. {meeting.items[index].title}  ({planned})"
            if row.text() != text:
                row.setText(text)
            font = row.font()
            if font.bold() != current:
                font.setBold(current)
                row.setFont(font)
        if self.agenda_list.currentRow() != state.current_index:
            self.agenda_list.setCurrentRow(state.current_index)

    def _enable(self, state: ClockState) -> None:
        live = not state.ended
        toggle_text = "Pause" if state.running else ("Resume" if state.paused else "Start")
        self.toggle_action.setText(toggle_text)
        self.toggle_button.setText(f"{toggle_text} (Ctrl+Space)")
        self.toggle_action.setEnabled(live)
        self.next_action.setEnabled(live and state.started and not state.is_last)
        self.previous_action.setEnabled(live and state.started and not state.is_first)
        self.extend_action.setEnabled(live and state.started)
        self.end_action.setEnabled(live and state.started)
        self.rebalance_action.setEnabled(live and state.projected_over_cap > 0)
        self.toggle_button.setEnabled(self.toggle_action.isEnabled())
        self.next_button.setEnabled(self.next_action.isEnabled())
        self.previous_button.setEnabled(self.previous_action.isEnabled())
        self.end_button.setEnabled(self.end_action.isEnabled())
        self.export_button.setVisible(state.ended)
        self.export_button.setEnabled(state.ended)
        self.send_button.setVisible(state.ended)
        self.send_button.setEnabled(state.ended)
        for button in self.extend_buttons.values():
            button.setEnabled(self.extend_action.isEnabled())

    # --- controls --------------------------------------------------------------------------

    def _control(self, press: Callable[[], object], done: str = "") -> bool:
        """Run one control; a ClockError or a refused save becomes the status line."""
        try:
            press()
        except (ClockError, SaveRefused) as error:
            self.status_line.setText(str(error))
            self.refresh()
            return False
        self.status_line.setText(done)
        self.refresh()
        return True

    def _on_toggle(self) -> None:
        if self._run.state().started:
            self._control(self._run.toggle)
            return
        scheduled, now = self._run.meeting.scheduled_at, self._wall()
        if not needs_move(scheduled, now):
            self._control(self._run.toggle)
            return
        answer = messages.ask(
            self,
            "Start on another day",
            move_question(scheduled, now),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.status_line.setText("Not started: the meeting stays as planned.")
            return
        start = partial(self._run.start, move_to_today=True)
        if self._control(start, "Started and moved to today."):
            self.moved.emit(self._run.meeting_id)

    def _on_next(self) -> None:
        self._control(self._run.next_item)

    def _on_previous(self) -> None:
        self._control(self._run.previous_item)

    def _on_extend(self, seconds: int) -> None:
        self._control(lambda: self._run.extend(seconds), f"Item extended by {seconds // 60} min.")

    def _on_end(self) -> None:
        if not self.end_action.isEnabled():
            return
        answer = messages.ask(
            self,
            "End meeting",
            f"End “{self._run.meeting.title}” now? The clock stops and cannot be restarted.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._control(self._run.end, "The meeting has ended.")

    def _on_rebalance(self) -> None:
        try:
            preview = self._run.rebalance_preview()
        except ClockError as error:
            self.status_line.setText(str(error))
            return
        if not preview.changed:
            self.status_line.setText(preview.message)
            return
        answer = messages.ask(
            self,
            "Rebalance",
            f"{preview.message}\n\nShorten the items ahead?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._control(self._run.rebalance, preview.message)

    # --- presenter screen ------------------------------------------------------------------

    def _ensure_presenter(self) -> Any:
        if self._presenter is None and self._presenter_class is not None:
            self._presenter = self._presenter_class(self, settings=self._settings)
        return self._presenter

    def _fill_presenter_menu(self) -> None:
        self._fill_screens(self.presenter_menu)

    def _fill_presenter_button_menu(self) -> None:
        self._fill_screens(self.presenter_button.menu())

    def _fill_screens(self, menu: QMenu) -> None:
        """The displays connected now, read each time so plugging one in shows it at once."""
        menu.clear()
        available = self._presenter_class is not None
        window = menu.addAction("Show in a window")
        window.setEnabled(available)
        window.triggered.connect(lambda: self.show_presenter(None))
        for screen in QGuiApplication.screens():
            size = screen.geometry()
            action = menu.addAction(
                f"Full screen on {screen.name()} ({size.width()}×{size.height()})"
            )
            action.setEnabled(available)
            action.triggered.connect(lambda _=False, s=screen: self.show_presenter(s))
        if not available:
            menu.addSeparator()
            menu.addAction("The presenter screen is not available.").setEnabled(False)

    def show_presenter(self, screen: Any) -> None:
        """Show the presenter screen full screen on a display, or as a window for None."""
        presenter = self._ensure_presenter()
        if presenter is None:
            self.status_line.setText("The presenter screen is not available.")
            return
        presenter.put_on_screen(screen)
        state = self._run.state()
        if not state.started:
            presenter.show_countdown(self.seconds_to_start())
        presenter.show_state(self._run.meeting, state)

    def _on_send_message(self) -> None:
        self._send_message(self.message_input.text())

    def _send_message(self, text: str) -> None:
        text = text.strip()[:MAX_MESSAGE_LENGTH]
        if not text:
            self.message_state.setText("Type a message first.")
            return
        self.message_input.setText(text)
        flash = self.flash_box.isChecked()
        if self._presenter is None:
            self.message_state.setText(
                f"Not sent: open the presenter screen first. Message: {text}"
            )
            return
        self._presenter.show_message(text, flash=flash)
        self.message_state.setText(
            f"On the presenter screen{' (flashing)' if flash else ''}: {text}"
        )

    def _on_clear_message(self) -> None:
        self.message_input.clear()
        if self._presenter is not None:
            self._presenter.clear_message()
        self.message_state.setText("")

    # --- keys and closing ------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The lists would scroll on Page Down / Page Up; a clicker's press moves the item."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self._clicker(event)
        ):
            return True
        return super().eventFilter(watched, event)

    def _clicker(self, event: QKeyEvent) -> bool:
        """Page Down / Page Up from a presentation clicker, unless a text field has the keys."""
        key = event.key()
        if key not in CLICKER_KEYS or event.modifiers() != Qt.KeyboardModifier.NoModifier:
            return False
        if self._typing():
            return False
        if key == Qt.Key.Key_PageDown:
            self._on_next()
        else:
            self._on_previous()
        event.accept()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._clicker(event):
            return
        if QKeySequence(event.keyCombination()) == self.end_action.shortcut():
            self._explain_end_refused()
            event.accept()
            return
        super().keyPressEvent(event)

    def _explain_end_refused(self) -> None:
        """Ctrl+E reaches here only while End is disabled: say why instead of doing nothing."""
        state = self._run.state()
        if state.ended:
            self.status_line.setText(ALREADY_ENDED_MESSAGE)
        elif not state.started:
            self.status_line.setText(NOT_STARTED_MESSAGE)

    def _typing(self) -> bool:
        return isinstance(self.focusWidget(), TEXT_INPUTS)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.notes_panel.flush()
        self._timer.stop()
        if self._presenter is not None:
            self._presenter.close()
        super().closeEvent(event)
        self.closed.emit(self._run.meeting_id)
