"""The console's run controls: start / pause / resume, next and previous item, extend, end
and rebalance, as actions with their keys and as the buttons below the clock.

Each press goes to MeetingRun at once; a clock rule that refuses it, or a disk that refuses
the save, becomes the console's status message.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from facilitator.language import _
from facilitator.record.run import MeetingRun, WallClock
from facilitator.rules.clock import (
    ALREADY_ENDED_MESSAGE,
    NOT_STARTED_MESSAGE,
    ClockError,
    ClockState,
)
from facilitator.rules.schedule import move_question, needs_move
from facilitator.storage.write_errors import SaveRefused
from facilitator.ui.common import messages

TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox)
CLICKER_KEYS = (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)


def window_action(
    window: QWidget, text: str, shortcut: str, slot: Callable[[], object]
) -> QAction:
    """An action whose key works anywhere in the window."""
    action = QAction(text, window)
    action.setShortcut(QKeySequence(shortcut))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(slot)
    window.addAction(action)
    return action


class RunControls(QWidget):
    """The run's actions (their keys held by the window) and its row of buttons."""

    moved = Signal(int)
    """The meeting was moved to the day it is run on; carries its id."""
    pressed = Signal()
    """A control ran (done or refused); the console puts the keys back in the note field."""

    def __init__(
        self,
        window: QMainWindow,
        run: MeetingRun,
        wall: WallClock,
        tell: Callable[[str], None],
        refresh: Callable[[], None],
        *,
        refuse: Callable[[str], None] | None = None,
    ) -> None:
        """tell shows a status message, refuse one that says a press was refused (tell when
        not given); refresh redraws the console after every press."""
        super().__init__(window)
        self._window, self._run, self._wall = window, run, wall
        self._tell, self._refresh = tell, refresh
        self._refuse = refuse if refuse is not None else tell
        self.toggle_action = window_action(window, self.tr("Start"), "Ctrl+Space", self.toggle)
        self.next_action = window_action(window, self.tr("Next item"), "Alt+Right", self.next_item)
        self.previous_action = window_action(
            window, self.tr("Previous item"), "Alt+Left", self.previous_item
        )
        self.extend_action = window_action(
            window, self.tr("Extend +1 min"), "Ctrl+=", lambda: self.extend(60)
        )
        self.extend_action.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self.end_action = window_action(window, self.tr("End meeting…"), "Ctrl+E", self.end)
        self.rebalance_action = QAction(self.tr("Rebalance…"), window)
        self.rebalance_action.setToolTip(
            self.tr("Shorten the items ahead so the meeting ends within its cap")
        )
        self.rebalance_action.triggered.connect(self.rebalance)
        self.confirm_end: Callable[[], bool | None] = lambda: None
        """Asked first at End: None to ask the usual question, else whether to end (the roll
        call asks when someone has no mark)."""
        self._init_buttons()
        window.installEventFilter(self)  # keys no widget took: the clicker's, End's refusal

    def _init_buttons(self) -> None:
        self.toggle_button = QPushButton(objectName="toggleButton")
        self.toggle_button.setToolTip(self.tr("Start, pause or resume the meeting's clock"))
        self.toggle_button.clicked.connect(self.toggle_action.trigger)
        self.previous_button = QPushButton(self.tr("◀ Previous"), objectName="previousButton")
        self.previous_button.setToolTip(self.tr("Go back to the item before this one"))
        self.previous_button.clicked.connect(self.previous_action.trigger)
        self.next_button = QPushButton(self.tr("Next ▶"), objectName="nextButton")
        self.next_button.setToolTip(self.tr("End this item and start the next one"))
        self.next_button.clicked.connect(self.next_action.trigger)
        self.extend_buttons: dict[int, QPushButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.toggle_button)
        row.addWidget(self.previous_button)
        row.addWidget(self.next_button)
        for minutes in (1, 2, 5):
            button = QPushButton(
                self.tr("+{minutes} min").format(minutes=minutes),
                objectName=f"extend{minutes}Button",
            )
            button.setToolTip(self._extend_tip(minutes))
            button.clicked.connect(lambda _=False, s=minutes * 60: self.extend(s))
            self.extend_buttons[minutes] = button
            row.addWidget(button)
        self.end_button = QPushButton(self.tr("End meeting…"), objectName="endButton")
        self.end_button.setToolTip(
            self.tr("Stop the clock for good and close the meeting's record")
        )
        self.end_button.clicked.connect(self.end_action.trigger)
        self.export_button = QPushButton(
            self.tr("Export minutes…"), objectName="exportMinutesButton"
        )
        self.export_button.setToolTip(self.tr("Save this meeting's minutes as a PDF"))
        self.export_button.setVisible(False)
        self.send_button = QPushButton(self.tr("Send minutes…"), objectName="sendMinutesButton")
        self.send_button.setToolTip(self.tr("Email this meeting's minutes to its attendees"))
        self.send_button.setVisible(False)
        row.addStretch(1)
        row.addWidget(self.end_button)
        row.addWidget(self.export_button)
        row.addWidget(self.send_button)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)

    def _extend_tip(self, minutes: int) -> str:
        if minutes == 1:
            return self.tr("Give the running item 1 more minute")
        return self.tr("Give the running item {minutes} more minutes").format(minutes=minutes)

    def enable(self, state: ClockState) -> None:
        """Offer what the clock allows now, and say which press starts, pauses or resumes."""
        live = not state.ended
        if state.running:
            toggle_text = self.tr("Pause")
        else:
            toggle_text = self.tr("Resume") if state.paused else self.tr("Start")
        self.toggle_action.setText(toggle_text)
        self.toggle_button.setText(self.tr("{action} (Ctrl+Space)").format(action=toggle_text))
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
        for button in (self.export_button, self.send_button):
            button.setVisible(state.ended)
            button.setEnabled(state.ended)
        for button in self.extend_buttons.values():
            button.setEnabled(self.extend_action.isEnabled())

    def clicker(self, event: QKeyEvent) -> bool:
        """Page Down / Page Up from a presentation clicker, unless a text field has the keys."""
        key = event.key()
        if key not in CLICKER_KEYS or event.modifiers() != Qt.KeyboardModifier.NoModifier:
            return False
        if isinstance(self._window.focusWidget(), TEXT_INPUTS):
            return False
        if key == Qt.Key.Key_PageDown:
            self.next_item()
        else:
            self.previous_item()
        event.accept()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """The lists would scroll on Page Down / Page Up; a clicker's press moves the item.
        Ctrl+E reaching the window means End is disabled now: say why instead of nothing."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if self.clicker(event):
            return True
        if watched is self._window and QKeySequence(event.keyCombination()) == (
            self.end_action.shortcut()
        ):
            self.explain_end_refused()
            return True
        return super().eventFilter(watched, event)

    def _control(self, press: Callable[[], object], done: str = "") -> bool:
        """Run one control; a ClockError or a refused save becomes the status line."""
        try:
            press()
        except (ClockError, SaveRefused) as error:
            self._refuse(str(error))
            self._refresh()
            self.pressed.emit()
            return False
        self._tell(done)
        self._refresh()
        self.pressed.emit()
        return True

    def toggle(self) -> None:
        if self._run.state().started:
            self._control(self._run.toggle)
            return
        scheduled, now = self._run.meeting.scheduled_at, self._wall()
        if not needs_move(scheduled, now):
            self._control(self._run.toggle)
            return
        answer = messages.ask(
            self._window,
            self.tr("Start on another day"),
            move_question(scheduled, now),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            self._tell(self.tr("Not started: the meeting stays as planned."))
            return
        start = partial(self._run.start, move_to_today=True)
        if self._control(start, self.tr("Started and moved to today.")):
            self.moved.emit(self._run.meeting_id)

    def next_item(self) -> None:
        self._control(self._run.next_item)

    def previous_item(self) -> None:
        self._control(self._run.previous_item)

    def extend(self, seconds: int) -> None:
        done = self.tr("Item extended by {minutes} min.").format(minutes=seconds // 60)
        self._control(lambda: self._run.extend(seconds), done)

    def message(self, index: int) -> None:
        """Record the quick message at index, shown to the room, with the presses; after the
        end the run takes no more, so one shown then is only shown."""
        if not self._run.state().ended:
            self._control(lambda: self._run.message(index))

    def end(self) -> None:
        if not self.end_action.isEnabled():
            return
        confirmed = self.confirm_end()
        if confirmed is None:
            confirmed = messages.confirm(
                self._window,
                self.tr("End meeting"),
                self.tr("End “{title}” now? The clock stops and cannot be restarted.").format(
                    title=self._run.meeting.title
                ),
                default_yes=False,
            )
        if confirmed:
            self._control(self._run.end, self.tr("The meeting has ended."))

    def explain_end_refused(self) -> None:
        """Ctrl+E while End is disabled: say why instead of doing nothing."""
        state = self._run.state()
        if state.ended:
            self._refuse(_(ALREADY_ENDED_MESSAGE))
        elif not state.started:
            self._refuse(_(NOT_STARTED_MESSAGE))

    def rebalance(self) -> None:
        try:
            preview = self._run.rebalance_preview()
        except ClockError as error:
            self._refuse(str(error))
            return
        if not preview.changed:
            self._tell(preview.message)
            return
        if messages.confirm(
            self._window,
            self.tr("Rebalance"),
            self.tr("{change}\n\nShorten the items ahead?").format(change=preview.message),
            default_yes=True,
        ):
            self._control(self._run.rebalance, preview.message)
