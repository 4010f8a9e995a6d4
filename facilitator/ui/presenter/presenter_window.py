"""The presenter screen: a second window the moderator can put full screen on any display.

DESIGN.md section 3: large, high-contrast digits that scale with the window; current item,
presenter and team; progress; next item; total time left; the moderator's message. A phase is
never told by colour alone (a word and the progress bar say it too) and every phase keeps a
text contrast of at least 7:1 (WCAG AAA), so a washed-out projector still reads it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from facilitator.record.meetings import AgendaItemView, MeetingView
from facilitator.rules.clock import ClockState, Phase, until_text
from facilitator.sharing.view_state import presenter_text, ran_text
from facilitator.ui.common.palette_colours import (
    OVERRUN_PULSE,
    PHASE_COLOURS,
    TEAM_COLOURS,
    PhaseColours,
)
from facilitator.ui.presenter.presenter_placement import PlacedWindow

WINDOW_TITLE = QT_TRANSLATE_NOOP("PresenterWindow", "Facilitator — presenter screen")
STARTING_SOON = QT_TRANSLATE_NOOP("PresenterWindow", "Starting soon")
ENDED = QT_TRANSLATE_NOOP("PresenterWindow", "ENDED")
"""In English; the window shows them through self.tr, in the language the app speaks."""
PULSE_MILLISECONDS = 500
FLASH_MILLISECONDS = 600
CLOCK_CHARACTERS = 6
"""The clock's font is sized for '+12:34', so the digits don't jump as the text changes."""
class ElidedLabel(QLabel):
    """One line that ends in '…' when it does not fit; text() keeps the whole line."""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        rect = self.contentsRect()
        line = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(rect, int(self.alignment()), line)
        painter.end()


def _plain_label(name: str, alignment: Qt.AlignmentFlag, *, elided: bool = False) -> QLabel:
    """Plain text only (titles and messages are user text); ignored size so fonts can't
    stop the window from shrinking."""
    label = ElidedLabel() if elided else QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(alignment)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
    return label


class PresenterWindow(PlacedWindow):
    """What the room sees: the clock of the current item and what comes next; where it
    stands (which display, full screen or not) is PlacedWindow's part."""

    def __init__(
        self, parent: QWidget | None = None, *, settings: QSettings | None = None
    ) -> None:
        super().__init__(parent, settings=settings)
        if parent is not None:
            self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowTitle(self.tr(WINDOW_TITLE))
        self.setAutoFillBackground(True)
        self._colours = PHASE_COLOURS[Phase.NORMAL]
        self._phase = Phase.NORMAL
        self._pulse_on = False
        self._flash_on = False
        self._countdown: str | None = None
        self._ended = False

        centre = Qt.AlignmentFlag.AlignCenter
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        self.item_label = _plain_label("item", centre)
        self.item_label.setWordWrap(True)
        self.presenter_label = _plain_label("presenter", left, elided=True)
        self.presenter_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.presenter_label.setMinimumWidth(1)
        self.team_bar = QFrame()
        self.team_bar.setAutoFillBackground(True)
        self.team_bar.setFixedWidth(16)
        self.team_bar.hide()
        self.clock_label = _plain_label("clock", centre)
        self.phase_label = _plain_label("phase", centre)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Item progress"))
        self.progress.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.message_label = _plain_label("message", centre)
        self.message_label.setWordWrap(True)
        self.message_label.setAutoFillBackground(True)
        self.message_label.hide()
        self.next_label = _plain_label("next", left, elided=True)
        self.meeting_label = _plain_label("meeting", right)

        presenter_row = QHBoxLayout()
        presenter_row.addStretch(1)
        presenter_row.addWidget(self.team_bar)
        presenter_row.addSpacing(12)
        presenter_row.addWidget(self.presenter_label, 0)
        presenter_row.addStretch(1)
        bottom_row = QHBoxLayout()
        bottom_row.addWidget(self.next_label, 3)
        bottom_row.addWidget(self.meeting_label, 2)

        self._running_parts: tuple[QWidget, ...] = (
            self.item_label,
            self.presenter_label,
            self.progress,
            self.next_label,
            self.meeting_label,
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.item_label, 12)
        layout.addLayout(presenter_row, 6)
        layout.addWidget(self.clock_label, 36)
        layout.addWidget(self.phase_label, 9)
        layout.addWidget(self.progress, 4)
        layout.addWidget(self.message_label, 12)
        layout.addLayout(bottom_row, 7)

        self._pulse_timer = QTimer(self)
        self._pulse_timer.setInterval(PULSE_MILLISECONDS)
        self._pulse_timer.timeout.connect(self._toggle_pulse)
        self._flash_timer = QTimer(self)
        self._flash_timer.setInterval(FLASH_MILLISECONDS)
        self._flash_timer.timeout.connect(self._toggle_flash)

        self.resize(1024, 576)
        self._apply_colours()
        self._rescale()

    # --- what it shows ---------------------------------------------------------------------

    def show_state(self, meeting: MeetingView, state: ClockState) -> None:
        """Show one moment of the run; called on every clock tick."""
        self._show_ended(state)
        if state.ended:
            return
        items = meeting.items
        item = items[state.current_index] if 0 <= state.current_index < len(items) else None
        self.item_label.setText(item.title if item is not None else meeting.title)
        self._show_presenter(item)
        self.clock_label.setText(state.item_clock_text)
        self.phase_label.setText(self._phase_text(state))
        self.progress.setValue(round(min(max(state.item_progress, 0.0), 1.0) * 1000))
        nxt = state.next_index
        if nxt is not None and 0 <= nxt < len(items):
            self.next_label.setText(self.tr("Next: {title}").format(title=items[nxt].title))
        else:
            self.next_label.setText(self.tr("Last item"))
        meeting_time = (
            self.tr("Meeting: {time} left")
            if state.meeting_remaining > 0
            else self.tr("Meeting: {time} over")
        )
        self.meeting_label.setText(meeting_time.format(time=state.meeting_clock_text))
        self._set_phase(state.phase, pulsing=state.pulsing)

    def _show_ended(self, state: ClockState) -> None:
        """After the end the room reads only "ENDED" and how long the meeting ran: no item, no
        next, no colour of an overrun that no longer matters."""
        for part in self._running_parts:
            part.setVisible(not state.ended)
        if state.ended and not self._ended:
            self.clear_message()  # a message sent after the end is the moderator's to show
        self._ended = state.ended
        if state.ended:
            self.team_bar.hide()
            self.clock_label.setText(self.tr(ENDED))
            self.phase_label.setText(ran_text(state.since_start))
            self._set_phase(Phase.NORMAL, pulsing=False)

    def show_countdown(self, seconds_to_start: float | None) -> None:
        """Before the start: 'Starts in 4:59', or 'Starting soon' once the time has come."""
        if seconds_to_start is None or seconds_to_start <= 0:
            self._countdown = self.tr(STARTING_SOON)
        else:
            self._countdown = self.tr("Starts in {time}").format(time=until_text(seconds_to_start))
        self.phase_label.setText(self._countdown)

    def show_message(self, text: str, *, flash: bool = False) -> None:
        """The moderator's message to the room; flashing inverts its colours to catch eyes."""
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
        self._flash_on = False
        if flash and text:
            self._flash_timer.start()
        else:
            self._flash_timer.stop()
        self._apply_colours()

    def clear_message(self) -> None:
        self.show_message("")

    @property
    def background_colour(self) -> QColor:
        """The background shown now (pulse included), for tests and the console's preview."""
        return QColor(self.palette().color(QPalette.ColorRole.Window))

    @property
    def phase(self) -> Phase:
        return self._phase

    @property
    def is_pulsing(self) -> bool:
        return self._pulse_timer.isActive()

    @property
    def is_flashing(self) -> bool:
        return self._flash_timer.isActive()

    def _phase_text(self, state: ClockState) -> str:
        if not state.started:
            return self._countdown or self.tr("Not started")
        if state.paused:
            if state.phase_word:
                return self.tr("{phase} · PAUSED").format(phase=state.phase_word)
            return self.tr("PAUSED")
        return state.phase_word

    def _show_presenter(self, item: AgendaItemView | None) -> None:
        text = presenter_text(item) if item is not None else ""
        self.presenter_label.setText(text)
        self._relayout()
        team = item.presenter_team if item is not None else None
        if team is None:
            self.team_bar.hide()
            return
        palette = self.team_bar.palette()
        palette.setColor(QPalette.ColorRole.Window, TEAM_COLOURS[team])
        self.team_bar.setPalette(palette)
        self.team_bar.show()

    # --- colours ---------------------------------------------------------------------------

    def _set_phase(self, phase: Phase, *, pulsing: bool) -> None:
        self._phase = phase
        if pulsing and not self._pulse_timer.isActive():
            self._pulse_on = False
            self._pulse_timer.start()
        elif not pulsing:
            self._pulse_timer.stop()
        self._apply_colours()

    def _toggle_pulse(self) -> None:
        self._pulse_on = not self._pulse_on
        self._apply_colours()

    def _toggle_flash(self) -> None:
        self._flash_on = not self._flash_on
        self._apply_colours()

    def _current_colours(self) -> PhaseColours:
        if self._pulse_timer.isActive():
            return OVERRUN_PULSE[1 if self._pulse_on else 0]
        return PHASE_COLOURS[self._phase]

    def _apply_colours(self) -> None:
        colours = self._current_colours()
        self._colours = colours
        fg, bg = colours.foreground, colours.background
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, bg)
        palette.setColor(QPalette.ColorRole.WindowText, fg)
        palette.setColor(QPalette.ColorRole.Base, bg)
        palette.setColor(QPalette.ColorRole.Highlight, fg)
        self.setPalette(palette)
        message = self.message_label.palette()
        text, back = (bg, fg) if self._flash_on else (fg, bg)
        message.setColor(QPalette.ColorRole.Window, back)
        message.setColor(QPalette.ColorRole.WindowText, text)
        self.message_label.setPalette(message)
        self.progress.setStyleSheet(
            f"QProgressBar {{ border: 2px solid {fg.name()}; background: {bg.name()}; }}"
            f" QProgressBar::chunk {{ background: {fg.name()}; }}"
        )

    # --- size ------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._rescale()

    def clock_pixel_size(self) -> int:
        return self.clock_label.font().pixelSize()

    def _rescale(self) -> None:
        """Font sizes follow the window, so the digits fill a projector or a shared window."""
        width, height = max(self.width(), 1), max(self.height(), 1)
        clock = min(height * 0.30, width / (CLOCK_CHARACTERS * 0.62))
        sizes = {
            self.clock_label: clock,
            self.item_label: min(height * 0.055, width * 0.04),
            self.presenter_label: min(height * 0.045, width * 0.035),
            self.phase_label: min(height * 0.075, width * 0.06),
            self.message_label: min(height * 0.06, width * 0.045),
            self.next_label: min(height * 0.045, width * 0.03),
            self.meeting_label: min(height * 0.045, width * 0.03),
        }
        for label, pixels in sizes.items():
            font = QFont(label.font())
            font.setPixelSize(max(10, int(pixels)))
            font.setBold(label in (self.clock_label, self.phase_label, self.message_label))
            label.setFont(font)
        self.progress.setMinimumHeight(max(8, int(height * 0.025)))
        self._relayout()

    def _relayout(self) -> None:
        """Lay out now, so the rows fit the new fonts before the next paint."""
        layout = self.layout()
        if layout is not None:
            layout.invalidate()
            layout.activate()
