"""The console's part on a team database: the meeting goes on while the server is away.

The first write that finds the server gone says so on the status line; from then on notes,
clock presses, disputes and action items go to the laptop's journal (facilitator.team.offline;
the capture dialogs open from what was read while it answered, see offline_capture) and the
lists show what was last read plus what is kept. Every PROBE_MS a worker thread asks whether
the server answers and sends the journal when it does (connecting may take connect_timeout, and
a long journal a while, which the clock must never wait for); once all is sent the status line
says what was.
On a local SQLite file none of this is made: writes go straight to the file.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from facilitator.language import _
from facilitator.record.run import MeetingRun, WallClock
from facilitator.rules.clock import Thresholds
from facilitator.storage.database import Database
from facilitator.team.journaled_run import JournaledRun
from facilitator.team.offline import OFFLINE_MESSAGE, Journaling, Sent, send_if_back
from facilitator.timesource import TimeSource
from facilitator.ui.notes.note_commands import NoteStore
from facilitator.ui.team.offline_capture import KeptCapture

if TYPE_CHECKING:
    from facilitator.ui.console.console import ConsoleWindow

PROBE_MS = 3000
"""How often the console asks whether the server is back while notes wait on the laptop."""
MINUTES_WAIT = QT_TRANSLATE_NOOP(
    "OfflineConsole",
    "The minutes are made from the server's record: export or send them once it is back.",
)


def back_message(sent: Sent) -> str:
    """'The server is back: 12 notes sent.', and what it refused, if anything."""
    if sent.total:
        said = QCoreApplication.translate("OfflineConsole", "The server is back: {summary} sent.")
        said = said.format(summary=sent.summary())
    else:
        said = QCoreApplication.translate("OfflineConsole", "The server is back.")
    return " ".join([said, *sent.refused])


class OfflineConsole(QObject):
    """Keeps the console's writes while the team server is away and sends them when it is back."""

    def __init__(self, console: QObject, db: Database) -> None:
        super().__init__(console)
        self.journaling = Journaling(db) if db.on_server else None
        self.capture = None if self.journaling is None else KeptCapture(self.journaling)
        """Where the capture dialogs read and save; None: straight in the database."""
        self._probes: ThreadPoolExecutor | None = None
        self._probe: Future[Sent | None] | None = None
        self._sending = Sent()
        """What the sends since the server came back wrote, said once all is sent."""
        self._timer = QTimer(self)
        self._timer.setInterval(PROBE_MS)
        self._timer.timeout.connect(self._on_tick)
        self._say: Callable[[str], None] = lambda _text: None
        self._refuse: Callable[[str], None] = lambda _text: None
        self._after_send: Callable[[], None] = lambda: None
        self._needs_server: list[QAction | QWidget] = []

    @property
    def note_store(self) -> NoteStore | None:
        """Where the notes panel files notes; None: straight into the database."""
        return self.journaling

    @property
    def offline(self) -> bool:
        return self.journaling is not None and self.journaling.offline

    def open_run(
        self,
        db: Database,
        meeting_id: int,
        *,
        time_source: TimeSource,
        wall: WallClock,
        thresholds: Thresholds,
    ) -> MeetingRun:
        """The meeting's run; on a team database one whose clock goes on while it is away."""
        if self.journaling is None:
            return MeetingRun.open(
                db, meeting_id, time_source=time_source, wall=wall, thresholds=thresholds
            )
        return JournaledRun.open_journaled(
            self.journaling, meeting_id, time_source=time_source, wall=wall, thresholds=thresholds
        )

    def watch(self, console: ConsoleWindow) -> None:
        """Say on the console's status line when the server goes and comes back, and read
        its lists again then. While it is away, what needs the server to open or to show its
        outcome (editing a logged record, the roll call, the metrics, the review's ticks) waits,
        End skips the roll call's question, and after a clock press (which clears the line)
        the line says so again."""
        if self.journaling is None or self.capture is None:
            return
        capture, meeting_id = self.capture, console.run.meeting_id
        status_line, this_meeting = console.status_line, console.this_meeting
        self._say, self._refuse = status_line.say, status_line.refuse
        self.journaling.on_offline = self._went_offline
        this_meeting.held = lambda: self.offline
        console.undo_stack.indexChanged.connect(
            lambda: capture.show_kept(this_meeting, meeting_id)
        )
        self._needs_server = [
            console.metrics_action,
            console.roll_call.action,
            console.roll_call.button,
            console.review_panel,  # a tick reads the carried rows again, saved or refused
            this_meeting.edit_action,
        ]
        roll_call_question = console.controls.confirm_end
        console.controls.confirm_end = lambda: None if self.offline else roll_call_question()
        console.controls.pressed.connect(
            lambda: self.offline and not status_line.text() and self._say(_(OFFLINE_MESSAGE))
        )

        def after_send() -> None:
            capture.read_now(meeting_id)
            console.run.reload()
            console.notes_panel.reload()
            this_meeting.reload()
            console.refresh()

        self._after_send = after_send
        capture.read_now(meeting_id)  # what a new dispute or action item needs while away
        if self.journaling.offline:  # a journal left waiting, the server there a moment ago
            sent = self.send_now()
            if sent is not None and not sent.complete:
                self._went_offline()

    def refuse_while_away(self) -> bool:
        """Whether the server is away, said on the status line: the minutes are made from its
        record, so they wait until it is back."""
        if self.offline:
            self._refuse(self.tr(MINUTES_WAIT))
        return self.offline

    def send_now(self) -> Sent | None:
        """Send what the journal holds; None on a local file."""
        if self.journaling is None:
            return None
        sent = self.journaling.send()
        if not self.journaling.offline:
            self._back(sent)
        return sent

    def _back(self, sent: Sent) -> None:
        self._timer.stop()
        self._enable(True)
        self._after_send()
        self._say(back_message(sent))

    def close(self) -> None:
        """Stop probing; what is kept stays in the journal, sent at the next start."""
        self._timer.stop()
        if self._probes is not None:
            self._probes.shutdown(wait=False, cancel_futures=True)
            self._probes = None

    def _went_offline(self) -> None:
        self._say(_(OFFLINE_MESSAGE))
        self._enable(False)
        self._timer.start()

    def _enable(self, enabled: bool) -> None:
        for action in self._needs_server:
            action.setEnabled(enabled)

    def _on_tick(self) -> None:
        """Start a send in the worker thread (if the server answers); at a later tick, take in
        what it sent, and once nothing waits, say so. Notes typed meanwhile are kept and go
        at the next tick, behind those sent."""
        journaling = self.journaling
        if journaling is None:
            return
        if self._probe is None:
            if self._probes is None:
                self._probes = ThreadPoolExecutor(max_workers=1, thread_name_prefix="journal")
            self._probe = self._probes.submit(
                send_if_back, journaling.db, journaling.journal, journaling.start_sending
            )
            return
        if not self._probe.done():
            return
        probe, self._probe = self._probe, None
        journaling.sending = False
        sent = probe.result()
        if sent is None:
            return
        self._sending.include(sent)
        if journaling.take_in(sent):
            said, self._sending = self._sending, Sent()
            self._back(said)
