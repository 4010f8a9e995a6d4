"""Going straight to any agenda item, and correcting when the meeting really started.

Both are clock presses recorded through MeetingRun (a jump, a corrected start), so the clock
stays derived from run events; like next and previous they are history, not edits, and are not
on the undo stack. A double-click on an agenda item jumps to it; Ctrl+G asks for the number.
Run ▸ Correct start time… asks for the wall time of the real start ("we started at 16:33").
What they did, or why not, is said in the status line, and the keys go back to the note field.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator.language import _
from facilitator.rules.clock import (
    HAS_ENDED_MESSAGE,
    NOT_STARTED_MESSAGE,
    ClockError,
    no_item_message,
)
from facilitator.storage.write_errors import SaveRefused
from facilitator.ui.common.palette_colours import ERROR, tint
from facilitator.ui.console.run_controls import window_action
from facilitator.ui.console.status_line import refusal_prefix

if TYPE_CHECKING:
    from facilitator.ui.console.console import ConsoleWindow

GO_TO_KEY = "Ctrl+G"
CORRECT_START_KEY = "Ctrl+Shift+S"
DIALOG_WIDTH_CHARS = 48
"""Wide enough for a refusal on one or two whole lines."""
TIME_FORMAT = "HH:mm"
"""Hours and minutes, as a start is said and typed ("16:33"); the recorded start's seconds
are kept while the time shown is left as it is."""

Attempt = Callable[[], str | None]
"""Tries a press; gives the refusal to show, or None when it was done."""


def _time_text(moment: datetime) -> str:
    return moment.astimezone().strftime("%H:%M:%S")


def nearest_day(chosen: QTime, near: datetime) -> datetime:
    """The wall time `chosen` on the day that puts it nearest to `near` (local time): a start
    typed as 23:58 for a clock started at 00:05 means the evening before."""
    local = near.astimezone()
    naive = datetime.combine(local.date(), chosen.toPython())
    candidates = [(naive + timedelta(days=days)).astimezone() for days in (-1, 0, 1)]
    return min(candidates, key=lambda moment: abs((moment - local).total_seconds()))


class _AskDialog(QDialog):
    """A small question whose OK tries the press: a refusal stays in view, in the dialog."""

    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.error_label = QLabel(objectName="refusalLabel", wordWrap=True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        tint(self.error_label, ERROR)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            self.tr("Close without changing the clock (Esc)")
        )
        self._rows = QVBoxLayout(self)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * DIALOG_WIDTH_CHARS)

    def add_rows(self, *widgets: QWidget) -> None:
        """The question's own widgets, then the refusal and the buttons below them."""
        for widget in (*widgets, self.error_label, self.buttons):
            self._rows.addWidget(widget)

    def refuse(self, text: str) -> None:
        self.error_label.setText(refusal_prefix() + text)
        self.error_label.show()
        self.adjustSize()  # the whole refusal in view, however it wraps

    def request(self) -> Attempt | None:
        """What OK tries, or None when the input itself is refused (and said so)."""
        raise NotImplementedError

    def accept(self) -> None:
        attempt = self.request()
        if attempt is None:
            return
        refusal = attempt()
        if refusal is not None:
            self.refuse(refusal)
            return
        super().accept()


class GoToDialog(_AskDialog):
    """Ctrl+G: "Go to item (1–7)"; Enter jumps, Escape cancels, a number not on the agenda
    is refused in the dialog, which stays open for another."""

    def __init__(self, count: int, jump: Callable[[int], str | None], parent: QWidget) -> None:
        super().__init__(QCoreApplication.translate("GoToDialog", "Go to item"), parent)
        self._count, self._jump = count, jump
        self.prompt = QLabel(self.tr("Go to item (1–{count})").format(count=count))
        self.number_input = QLineEdit(objectName="goToNumber")
        self.number_input.setMaxLength(6)
        self.number_input.setToolTip(self.tr("The item's number on the agenda; Enter goes there"))
        self.prompt.setBuddy(self.number_input)
        go = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        go.setText(self.tr("Go"))
        go.setToolTip(self.tr("Make the item with this number the running one"))
        self.add_rows(self.prompt, self.number_input)
        self.number_input.setFocus()

    def request(self) -> Attempt | None:
        text = self.number_input.text().strip()
        if not text.isdigit():
            self.refuse(self.tr("Type the number of an item, 1–{count}.").format(count=self._count))
            return None
        number = int(text)
        if not 1 <= number <= self._count:
            self.refuse(no_item_message(number, self._count))
            return None
        return lambda: self._jump(number - 1)


class CorrectStartDialog(_AskDialog):
    """Run ▸ Correct start time…: the wall time the meeting really started, the recorded start
    shown first; a time later than the latest possible one is refused in the dialog."""

    def __init__(
        self,
        recorded: datetime,
        latest: datetime,
        correct: Callable[[datetime], str | None],
        parent: QWidget,
    ) -> None:
        title = QCoreApplication.translate("CorrectStartDialog", "Correct start time")
        super().__init__(title, parent)
        self._recorded, self._correct = recorded, correct
        local = recorded.astimezone()
        self._shown = QTime(local.hour, local.minute)
        self.time_edit = QTimeEdit(objectName="startTimeEdit")
        self.time_edit.setDisplayFormat(TIME_FORMAT)
        self.time_edit.setTime(self._shown)
        self.time_edit.setToolTip(self.tr("The wall-clock time the meeting really started"))
        prompt = QLabel(self.tr("When did the meeting really start?"))
        prompt.setBuddy(self.time_edit)
        self.hint = QLabel(
            self.tr(
                "Recorded start {recorded}. The start can be any time up to {latest}; the "
                "first item and the meeting's time count from it."
            ).format(recorded=_time_text(recorded), latest=_time_text(latest)),
            wordWrap=True,
        )
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        correct = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        correct.setText(self.tr("Correct start"))
        correct.setToolTip(self.tr("Count the meeting's time from the start given here"))
        self.add_rows(prompt, self.time_edit, self.hint)
        self.time_edit.setFocus()

    def chosen(self) -> datetime:
        """The start typed, or the recorded one to the second when the time was left alone."""
        typed = self.time_edit.time()
        if typed == self._shown:
            return self._recorded
        return nearest_day(QTime(typed.hour(), typed.minute()), self._recorded)

    def request(self) -> Attempt | None:
        started = self.chosen()
        return lambda: self._correct(started)


class JumpAndCorrect:
    """The Go to item and Correct start time actions, their dialogs and the agenda's
    double-click; each press goes to the console's MeetingRun at once, and its status line
    says what was done or why not."""

    def __init__(self, console: ConsoleWindow) -> None:
        """Built once the console's agenda list and note field exist."""
        self._window, self._run = console, console.run
        self._note_input, self._agenda_list = console.note_input, console.agenda_list
        self._say, self._refuse = console.status_line.say, console.status_line.refuse
        self._refresh = console.refresh
        go_to = QCoreApplication.translate("JumpAndCorrect", "Go to item…")
        correct = QCoreApplication.translate("JumpAndCorrect", "Correct start time…")
        self.go_to_action = window_action(console, go_to, GO_TO_KEY, self.open_go_to)
        self.correct_start_action = window_action(
            console, correct, CORRECT_START_KEY, self.open_correct_start
        )
        self.go_to_dialog: GoToDialog | None = None
        self.start_dialog: CorrectStartDialog | None = None
        self._agenda_list.itemDoubleClicked.connect(self._double_clicked)

    @property
    def actions(self) -> list[QAction]:
        """For the Run menu, after previous item."""
        return [self.go_to_action, self.correct_start_action]

    # --- the presses -----------------------------------------------------------------------

    def jump(self, index: int) -> str | None:
        """Go to the item at index (from 0); gives the refusal, or None when done."""
        refusal = self._press(lambda: self._run.jump(index))
        if refusal is None:
            title = self._run.meeting.items[index].title
            said = QCoreApplication.translate("JumpAndCorrect", "Jumped to item {number}: {title}")
            self._say(said.format(number=index + 1, title=title))
        return refusal

    def correct_start(self, started: datetime) -> str | None:
        """Record that the meeting began at `started`; gives the refusal, or None when done."""
        if started == self._run.started_at():
            said = QCoreApplication.translate("JumpAndCorrect", "The start stays at {time}.")
            self._say(said.format(time=_time_text(started)))
            return None
        refusal = self._press(lambda: self._run.correct_start(started))
        if refusal is None:
            said = QCoreApplication.translate(
                "JumpAndCorrect", "Start corrected to {time}: the meeting's time counts from then."
            )
            self._say(said.format(time=_time_text(started)))
        return refusal

    def _press(self, press: Callable[[], object]) -> str | None:
        try:
            press()
        except (ClockError, SaveRefused) as error:
            self._refresh()
            return str(error)
        self._refresh()
        return None

    def _double_clicked(self, item: QListWidgetItem) -> None:
        refusal = self.jump(self._agenda_list.row(item))
        if refusal is not None:
            self._refuse(refusal)
        self._home()

    # --- the dialogs -----------------------------------------------------------------------

    def _live_refusal(self) -> str | None:
        """Both presses need a running meeting: say so before asking anything."""
        state = self._run.state()
        if not state.started:
            return _(NOT_STARTED_MESSAGE)
        if state.ended:
            return _(HAS_ENDED_MESSAGE)
        return None

    def open_go_to(self) -> GoToDialog | None:
        """Ask for the number of the item to go to (without blocking the clock)."""
        refusal = self._live_refusal()
        if refusal is not None:
            self._refuse(refusal)
            self._home()
            return None
        dialog = GoToDialog(len(self._run.meeting.items), self.jump, self._window)
        self.go_to_dialog = dialog
        self._open(dialog, "go_to_dialog")
        return dialog

    def open_correct_start(self) -> CorrectStartDialog | None:
        """Ask when the meeting really started (without blocking the clock)."""
        refusal = self._live_refusal()
        recorded, latest = self._run.started_at(), self._run.latest_start()
        if refusal is not None or recorded is None or latest is None:
            self._refuse(refusal or _(NOT_STARTED_MESSAGE))
            self._home()
            return None
        dialog = CorrectStartDialog(recorded, latest, self.correct_start, self._window)
        self.start_dialog = dialog
        self._open(dialog, "start_dialog")
        return dialog

    def _open(self, dialog: QDialog, slot: str) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, slot, None))
        dialog.finished.connect(self._home)
        dialog.open()

    def _home(self, *_args: object) -> None:
        """The keys back to the note field, the console active again after a dialog."""
        if not self._window.isActiveWindow():
            self._window.activateWindow()
        self._note_input.setFocus(Qt.FocusReason.OtherFocusReason)
