"""The console's part that shares the presenter's clock: the menu entry, the dialog, the
server's life, the pushes, the remote's presses and the presenter screen's chime.

The remote's presses arrive on the server's thread; a signal carries them to the window's,
where each triggers the console's own action, so it is recorded as the key press would be.
Stopping, ending the meeting and closing the console each stop the server, which closes
every connection.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from facilitator.record.meetings import MeetingView
from facilitator.rules.clock import ClockState
from facilitator.sharing.addresses import default_address, is_every_interface
from facilitator.sharing.chime_rule import ChimeWatch
from facilitator.sharing.server import ShareServer
from facilitator.sharing.view_state import ViewState, view_state
from facilitator.ui.presenter.presenter_link import quick_messages
from facilitator.ui.sharing.chime_player import ChimePlayer, chime_wanted
from facilitator.ui.sharing.presenter_badge import PresenterBadge
from facilitator.ui.sharing.share_dialog import ShareDialog

if TYPE_CHECKING:
    from facilitator.ui.console.console import ConsoleWindow

MENU_TEXT = QT_TRANSLATE_NOOP("SharingPart", "Share on the local network…")
RESYNC_SECONDS = 2.0
"""A running clock is pushed again this often: the pages count on by themselves between."""
RESYNC_STOPPED_SECONDS = 1.0
"""Before the start the countdown's words change each second, so they are pushed each second."""
JUMP_SECONDS = 0.01
TIMING_FIELDS = ("at", "clock_text", "phase", "phase_text", "item_remaining", "meeting_remaining")


class SharingPart(QObject):
    """Owns the sharing server of one console, from Start to Stop (or the end, or closing)."""

    remote_pressed = Signal(str, str)

    def __init__(self, console: ConsoleWindow, settings: QSettings) -> None:
        super().__init__(console)
        self._console, self._settings = console, settings
        self.server: ShareServer | None = None
        self.dialog: ShareDialog | None = None
        self.badge: PresenterBadge | None = None
        self.chime = ChimePlayer(self)
        self._watch = ChimeWatch()
        self._sent: tuple[ViewState, float] | None = None
        self._state_text = self.tr("Not sharing.")
        self.action = QAction(self.tr(MENU_TEXT), console)
        self.action.triggered.connect(self.open_dialog)
        self.remote_pressed.connect(self._apply_remote)
        link = console.presenter_link
        link.shown_elsewhere = lambda: self.sharing
        for sent in (link.message_input.returnPressed, *link.message_buttons()):
            sent.connect(console.refresh)  # after the link's own: the pages see it at once
        for menu in (console.presenter_menu, console.presenter_link.presenter_button.menu()):
            menu.aboutToShow.connect(lambda m=menu: self._add_to(m))  # after the screens' list
            self._add_to(menu)

    @property
    def sharing(self) -> bool:
        return self.server is not None

    def state_text(self) -> str:
        return self._state_text

    def open_dialog(self) -> ShareDialog:
        if self.dialog is not None:
            self.dialog.activateWindow()
            return self.dialog
        self.dialog = ShareDialog(self, self._settings, self._console)
        self.dialog.finished.connect(self._forget_dialog)
        self.dialog.show()
        return self.dialog

    def start(self, address: str) -> ShareServer | None:
        """Serve on `address` with fresh tokens; says why not when it can't bind."""
        self.stop("")
        run = self._console.run
        if run.state().ended:
            self._say(self.tr("Not sharing: the meeting has ended."))
            return None
        shown = default_address() if is_every_interface(address) else address
        server = ShareServer(
            address, clock=run.now, on_action=self.remote_pressed.emit, presets=quick_messages(),
            shown_host=shown,
        )
        try:
            server.start()
        except OSError as error:
            self._say(
                self.tr("Not sharing: {address} cannot be listened on ({error}).").format(
                    address=address, error=error.strerror or error
                )
            )
            return None
        self.server = server
        self._sent = None
        self._say(self.tr("Sharing at {address}").format(address=server.view_url))
        self._console.refresh()
        return server

    def stop(self, why: str) -> None:
        """Stop serving; every page's connection is closed before this returns."""
        server, self.server = self.server, None
        if server is not None:
            server.stop()
            self._say(why)
        if self.badge is not None:
            self.badge.deleteLater()
            self.badge = None

    def close(self) -> None:
        self.stop("")
        if self.dialog is not None:
            self.dialog.close()

    def show(self, meeting: MeetingView, state: ClockState, to_start: float | None) -> None:
        """Called on every console refresh: the chime, the badge and the push."""
        self._chime(state)
        server = self.server
        if server is None:
            return
        self._show_badge(server)
        self._push(server, meeting, state, to_start)
        if state.ended:
            self.stop(self.tr("Sharing stopped: the meeting has ended."))
        elif self.dialog is not None:
            self._state_text = self._watching(server.stream_count)
            self.dialog.state_label.setText(self._state_text)

    # --- inside ----------------------------------------------------------------------------

    def _watching(self, count: int) -> str:
        if count == 1:
            return self.tr("Sharing: 1 screen watching.")
        return self.tr("Sharing: {count} screens watching.").format(count=count)

    def _add_to(self, menu: QMenu) -> None:
        if self.action not in menu.actions():
            menu.addSeparator()
            menu.addAction(self.action)

    def _forget_dialog(self) -> None:
        self.dialog = None

    def _say(self, text: str) -> None:
        if text:
            self._state_text = text
            self._console.status_line.say(text)
        if self.dialog is not None:
            self.dialog.show_state()

    def _push(
        self, server: ShareServer, meeting: MeetingView, state: ClockState, to_start: float | None
    ) -> None:
        """Push when what is shown changed, else now and then to keep the pages in step."""
        message, flash = self._console.presenter_link.message
        current = view_state(
            meeting, state, self._console.run.thresholds, message=message, flash=flash,
            seconds_to_start=to_start,
        )
        now = self._console.run.now()
        if self._sent is not None:
            last, when = self._sent
            every = RESYNC_SECONDS if state.running else RESYNC_STOPPED_SECONDS
            if now - when < every and not _changed(last, current):
                return
        self._sent = (current, now)
        server.publish(current.to_json())

    def _show_badge(self, server: ShareServer) -> None:
        presenter = self._console.presenter
        if presenter is not None and self.badge is None:
            self.badge = PresenterBadge(presenter, server.view_url)

    def _chime(self, state: ClockState) -> None:
        self._watch, due = self._watch.after(state)
        presenter = self._console.presenter
        if due and chime_wanted(self._settings) and presenter is not None and presenter.isVisible():
            self.chime.ring()

    def _apply_remote(self, action: str, text: str) -> None:
        """A remote's press, done as the console's own key or button would do it."""
        console = self._console
        if action == "message":
            presets = quick_messages()  # the server's, unless the app's language changed since
            if text not in presets:
                refused = self.tr("Remote: {action} is not possible now.").format(action=text)
                console.status_line.refuse(refused)
                return
            console.presenter_link.quick_buttons[presets.index(text)].click()  # recorded
            console.status_line.say(self.tr("Remote: message “{text}”.").format(text=text))
            console.refresh()
            return
        pressed = {
            "toggle": console.toggle_action,
            "next": console.next_action,
            "previous": console.previous_action,
            "extend": console.extend_action,
        }[action]
        name = pressed.text()
        if not pressed.isEnabled():
            console.status_line.refuse(
                self.tr("Remote: {action} is not possible now.").format(action=name)
            )
            return
        pressed.trigger()
        console.status_line.say(self.tr("Remote: {action}.").format(action=name))


def _changed(last: ViewState, current: ViewState) -> bool:
    """Whether a page counting on from `last` would show something else than `current`: a
    new item, message or status, or a time that jumped (an extension, going back)."""
    if replace(last, **{name: getattr(current, name) for name in TIMING_FIELDS}) != current:
        return True
    if current.status != "running":
        return replace(last, at=current.at) != current
    passed = current.at - last.at
    return (
        abs(last.item_remaining - passed - current.item_remaining) > JUMP_SECONDS
        or abs(last.meeting_remaining - passed - current.meeting_remaining) > JUMP_SECONDS
    )
