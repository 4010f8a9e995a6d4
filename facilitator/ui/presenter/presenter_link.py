"""The console's link to the presenter screen: which display shows it, the messages sent to
it (typed or quick, flashing or not), and the clock it mirrors."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QSettings,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QMenu, QPushButton, QWidget

from facilitator.record.meetings import MeetingView
from facilitator.rules.clock import ClockState
from facilitator.ui.presenter.presenter_window import PresenterWindow

MAX_MESSAGE_LENGTH = 120
QUICK_MESSAGES = (
    QT_TRANSLATE_NOOP("PresenterLink", "2 minutes"),
    QT_TRANSLATE_NOOP("PresenterLink", "Wrap up"),
    QT_TRANSLATE_NOOP("PresenterLink", "Time"),
)
"""The quick messages in English; quick_messages() gives them in the language the app speaks.
A run event records one shown by its place here (RunEventKind.MESSAGE): add new ones last."""


def quick_messages() -> tuple[str, ...]:
    """The quick messages as the room reads them, in the app's language."""
    return tuple(QCoreApplication.translate("PresenterLink", text) for text in QUICK_MESSAGES)


class PresenterLink(QWidget):
    """The message row; the presenter window is made the first time it is shown."""

    quick_sent = Signal(int)
    """A quick message reached a screen; carries its place in QUICK_MESSAGES, for the run."""

    def __init__(self, window: QWidget, settings: QSettings) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self.presenter: PresenterWindow | None = None
        self.message: tuple[str, bool] = ("", False)
        """The message on show now and whether it flashes, for every screen that shows it."""
        self.shown_elsewhere: Callable[[], bool] = lambda: False
        """Whether a screen other than the presenter window shows messages now (sharing)."""
        self.message_input = QLineEdit(
            objectName="messageInput", accessibleName=self.tr("Message to the presenter")
        )
        self.message_input.setMaxLength(MAX_MESSAGE_LENGTH)
        self.message_input.setPlaceholderText(
            self.tr("Message for the presenter screen — Enter sends")
        )
        self.message_input.setToolTip(
            self.tr("A short message the room reads on the presenter screen; Enter sends it")
        )
        self.message_input.returnPressed.connect(lambda: self.send(self.message_input.text()))
        self.flash_box = QCheckBox(self.tr("Flash"), objectName="flashBox")
        self.flash_box.setToolTip(self.tr("Make the next message flash to catch the room's eye"))
        self.message_state = QLabel(objectName="messageState", wordWrap=True)
        self.message_state.setTextFormat(Qt.TextFormat.PlainText)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.message_input, 1)
        self.quick_buttons: list[QPushButton] = []
        """The quick messages' buttons, in the order of QUICK_MESSAGES: the remote presses them."""
        for index, text in enumerate(quick_messages()):
            button = QPushButton(text, objectName="quickMessage")
            tip = self.tr("Show “{message}” on the presenter screen").format(message=text)
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, i=index: self.send_quick(i))
            row.addWidget(button)
            self.quick_buttons.append(button)
        row.addWidget(self.flash_box)
        clear = QPushButton(self.tr("Clear"), objectName="clearMessage")
        clear.setToolTip(self.tr("Take the message off the presenter screen"))
        clear.clicked.connect(self.clear)
        row.addWidget(clear)
        self.presenter_button = QPushButton(
            self.tr("Presenter screen"), objectName="presenterButton"
        )
        self.presenter_button.setToolTip(
            self.tr("Show the presenter screen in a window or full screen on a display")
        )
        self.presenter_button.setMenu(QMenu(self.presenter_button))
        self.presenter_button.menu().aboutToShow.connect(
            lambda: self.fill_screens(self.presenter_button.menu())
        )
        row.addWidget(self.presenter_button)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)

    def message_buttons(self) -> list[SignalInstance]:
        """The clicks that send or clear a message (the quick ones and Clear)."""
        return [
            button.clicked
            for button in self.findChildren(QPushButton)
            if button.objectName() in ("quickMessage", "clearMessage")
        ]

    def fill_screens(self, menu: QMenu) -> None:
        """The displays connected now, read each time so plugging one in shows it at once."""
        menu.clear()
        menu.addAction(self.tr("Show in a window")).triggered.connect(lambda: self.show_on(None))
        for screen in QGuiApplication.screens():
            size = screen.geometry()
            action = menu.addAction(
                self.tr("Full screen on {screen} ({width}×{height})").format(
                    screen=screen.name(), width=size.width(), height=size.height()
                )
            )
            action.triggered.connect(lambda _=False, s=screen: self.show_on(s))

    def show_on(self, screen: QScreen | None) -> PresenterWindow:
        """Show the presenter screen full screen on a display, or as a window for None."""
        if self.presenter is None:
            self.presenter = PresenterWindow(self._window, settings=self._settings)
        self.presenter.put_on_screen(screen)
        return self.presenter

    def mirror(self, meeting: MeetingView, state: ClockState, to_start: float | None) -> None:
        """Show the clock on the presenter screen while it is up (to_start: before the start)."""
        if self.presenter is None or not self.presenter.isVisible():
            return
        if to_start is not None:
            self.presenter.show_countdown(to_start)
        self.presenter.show_state(meeting, state)

    def send_quick(self, index: int) -> None:
        """Show the quick message at index; once a screen shows it, the run records it."""
        if self.send(quick_messages()[index]):
            self.quick_sent.emit(index)

    def send(self, text: str) -> bool:
        """Show text on the screens that show messages; False when none does (said why)."""
        text = text.strip()[:MAX_MESSAGE_LENGTH]
        if not text:
            self.message_state.setText(self.tr("Type a message first."))
            return False
        self.message_input.setText(text)
        flash = self.flash_box.isChecked()
        if self.presenter is None and not self.shown_elsewhere():
            self.message_state.setText(
                self.tr("Not sent: open the presenter screen first. Message: {text}").format(
                    text=text
                )
            )
            return False
        self.message = (text, flash)
        if self.presenter is None:
            said = (
                self.tr("On the shared view (flashing): {text}")
                if flash
                else self.tr("On the shared view: {text}")
            )
            self.message_state.setText(said.format(text=text))
            return True
        self.presenter.show_message(text, flash=flash)
        said = (
            self.tr("On the presenter screen (flashing): {text}")
            if flash
            else self.tr("On the presenter screen: {text}")
        )
        self.message_state.setText(said.format(text=text))
        return True

    def clear(self) -> None:
        self.message_input.clear()
        self.message = ("", False)
        if self.presenter is not None:
            self.presenter.clear_message()
        self.message_state.setText("")

    def close_presenter(self) -> None:
        if self.presenter is not None:
            self.presenter.close()
