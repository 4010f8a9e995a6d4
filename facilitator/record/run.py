"""Running a meeting against the database: every clock press is committed the moment it happens.

The clock itself lives in facilitator.rules.clock and is rebuilt from the stored run events, so a
crash, a kill or a power cut loses nothing: reopening the meeting recomputes its clock.

Each event keeps two instants: `monotonic` (run_clock seconds, with the boot they belong to)
and `at` (wall time). Events of the current boot are placed by their monotonic reading, so a
change of the system time cannot move them. Events of an earlier boot (the machine was
rebooted or lost power mid-meeting) keep their spacing within that boot and are anchored to
the current timeline through the wall time of that boot's last event, the only bridge there is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator import timesource
from facilitator.language import _
from facilitator.record.meetings import (
    MeetingNotFound,
    MeetingSummary,
    MeetingView,
    load_meeting,
    meeting_summaries,
    reschedule,
)
from facilitator.rules.clock import (
    ALREADY_ENDED_MESSAGE,
    HAS_ENDED_MESSAGE,
    ClockError,
    ClockEvent,
    ClockState,
    ItemPacing,
    MeetingClock,
    RebalancePlan,
    Thresholds,
)
from facilitator.storage.database import Database
from facilitator.storage.models import Meeting, RunEvent
from facilitator.timesource import TimeSource, boot_id, run_clock
from facilitator.vocabulary import MeetingStatus, RunEventKind

WallClock = Callable[[], datetime]
"""Returns the current wall time as an aware datetime; injected so tests can move it."""

Operation = Callable[[MeetingClock, float], ClockEvent]



def running_meetings(db: Database) -> list[MeetingSummary]:
    """Meetings started and not ended, newest first: what the app offers to resume on start-up."""
    with db.read() as session:
        return meeting_summaries(session, Meeting.status == MeetingStatus.RUNNING)


class MeetingRun:
    """One meeting being run: clock controls that commit at once, and the clock's state now.

    Every control validates against the clock rebuilt from the database inside its own write
    transaction, so two windows (or two processes) on the same meeting can't record a press
    the other has made impossible. Controls raise ClockError with a message for the moderator.
    """

    def __init__(
        self,
        db: Database,
        meeting_id: int,
        *,
        time_source: TimeSource,
        wall: WallClock,
        boot: Callable[[], str],
        thresholds: Thresholds,
    ) -> None:
        self._db = db
        self._meeting_id = meeting_id
        self._time = time_source
        self._wall = wall
        self._boot = boot
        self._thresholds = thresholds
        self._offsets: dict[str, float] = {}
        self._view: MeetingView | None = None
        self._start_wall: datetime | None = None
        with db.read() as session:
            meeting, rows = self._load(session)
            self._clock = self._build(meeting, rows, self._time(), self._wall(), self._boot())

    @classmethod
    def open(
        cls,
        db: Database,
        meeting_id: int,
        *,
        time_source: TimeSource = run_clock,
        wall: WallClock = timesource.now,
        boot: Callable[[], str] = boot_id,
        thresholds: Thresholds | None = None,
    ) -> MeetingRun:
        """Load a meeting's plan and recorded run; raises MeetingNotFound for an unknown id."""
        return cls(
            db,
            meeting_id,
            time_source=time_source,
            wall=wall,
            boot=boot,
            thresholds=thresholds or Thresholds(),
        )

    # --- what the screens read -------------------------------------------------------------

    @property
    def meeting_id(self) -> int:
        return self._meeting_id

    @property
    def meeting(self) -> MeetingView:
        """Titles, presenters and actual times as stored; reloaded after each control."""
        if self._view is None:
            self._view = load_meeting(self._db, self._meeting_id)
        return self._view

    @property
    def clock(self) -> MeetingClock:
        return self._clock

    @property
    def thresholds(self) -> Thresholds:
        return self._thresholds

    def set_thresholds(self, thresholds: Thresholds) -> None:
        self._thresholds = thresholds
        self._clock = self._clock.with_thresholds(thresholds)

    def now(self) -> float:
        return self._time()

    def state(self) -> ClockState:
        return self._clock.state(self._time())

    def pacing(self) -> list[ItemPacing]:
        """Planned against actual per item, now or, after the end, as the meeting ended."""
        return self._clock.pacing(self._time())

    def rebalance_preview(self) -> RebalancePlan:
        return self._clock.rebalance(self._time())

    def started_at(self) -> datetime | None:
        """The wall time the meeting began, its start's correction included; None before."""
        return self._wall_of(self._clock.started_at)

    def latest_start(self) -> datetime | None:
        """The latest wall time a corrected start may name now; None before the start."""
        if self._clock.started_at is None:
            return None
        return self._wall_of(self._clock.latest_start(self._time()))

    # --- the controls ----------------------------------------------------------------------

    def start(self, *, move_to_today: bool = False) -> ClockState:
        """Start the clock; move_to_today also dates the meeting by this start, in one commit."""
        return self._press(RunEventKind.START, MeetingClock.start, move=move_to_today)

    def pause(self) -> ClockState:
        return self._press(RunEventKind.PAUSE, MeetingClock.pause)

    def resume(self) -> ClockState:
        return self._press(RunEventKind.RESUME, MeetingClock.resume)

    def toggle(self) -> ClockState:
        """Start, pause or resume, whichever the clock allows now: the space bar."""
        return self._press(None, MeetingClock.toggle)

    def next_item(self) -> ClockState:
        return self._press(RunEventKind.NEXT, MeetingClock.next_item)

    def previous_item(self) -> ClockState:
        return self._press(RunEventKind.PREVIOUS, MeetingClock.previous_item)

    def jump(self, index: int) -> ClockState:
        """Straight to the item at index (from 0); the time spent so far stays on each item."""
        return self._press(RunEventKind.JUMP, lambda clock, now: clock.jump(now, index))

    def extend(self, seconds: int) -> ClockState:
        return self._press(RunEventKind.EXTEND, lambda clock, now: clock.extend(now, seconds))

    def correct_start(self, started: datetime) -> ClockState:
        """The meeting really began at the wall time `started` ("we started at 16:33").

        Recorded as the seconds between the start press and `started`, so the clock, the first
        item's time, the pacing and the stored start all follow, and a reopened run agrees.
        """
        pressed = self._start_press_wall()
        shift = 0 if pressed is None else round((pressed - started).total_seconds())
        return self._press(
            RunEventKind.START_CORRECTED, lambda clock, now: clock.correct_start(now, shift)
        )

    def end(self) -> ClockState:
        """End the meeting; records the actual times. A meeting cannot be ended twice."""
        return self._press(RunEventKind.END, MeetingClock.end)

    def message(self, index: int) -> ClockState:
        """Record that the quick message at index (from 0) was shown to the room."""
        return self._press(RunEventKind.MESSAGE, lambda clock, now: clock.message(now, index))

    def rebalance(self) -> RebalancePlan:
        """Shorten the items ahead so the meeting ends on its cap, and save their new times."""
        now, wall, boot = self._time(), self._wall(), self._boot()
        with self._db.write() as session:
            meeting, rows = self._load(session)
            if meeting.status == MeetingStatus.ENDED:
                raise ClockError(_(HAS_ENDED_MESSAGE))
            clock = self._build(meeting, rows, now, wall, boot)
            plan = clock.rebalance(now)
            if plan.changed:
                for item, seconds in zip(meeting.items, plan.planned, strict=True):
                    item.planned_seconds = seconds
                clock = clock.with_planned(plan.planned)
        self._clock = clock
        self._view = None
        return plan

    def record(self, event: ClockEvent, *, move: bool = False) -> ClockState:
        """Commit a press decided earlier on the clock as it was then (one kept on the laptop
        while the team server was away): the stored status is checked, the actuals follow."""
        return self._press(event.kind, lambda _clock, _now: event, move=move)

    def reload(self) -> ClockState:
        """Rebuild the clock from the database, e.g. after another window pressed a control."""
        now, wall, boot = self._time(), self._wall(), self._boot()
        with self._db.read() as session:
            meeting, rows = self._load(session)
            self._clock = self._build(meeting, rows, now, wall, boot)
        self._view = None
        return self._clock.state(now)

    # --- inside ----------------------------------------------------------------------------

    def _start_press_wall(self) -> datetime | None:
        """The wall time of the start press; recorded once, so it is read once."""
        if self._start_wall is None:
            with self._db.read() as session:
                self._start_wall = session.scalar(
                    select(RunEvent.at).where(
                        RunEvent.meeting_id == self._meeting_id,
                        RunEvent.kind == RunEventKind.START,
                    )
                )
        return self._start_wall

    def _wall_of(self, instant: float | None) -> datetime | None:
        start_wall = self._start_press_wall() if instant is not None else None
        return _wall_time(self._clock, start_wall, instant)

    def _press(
        self, kind: RunEventKind | None, operation: Operation, *, move: bool = False
    ) -> ClockState:
        """Validate a control against the stored run and commit its event before returning.

        With move, the meeting is rescheduled to the press's wall time in the same transaction.
        """
        now, wall, boot = self._time(), self._wall(), self._boot()
        with self._db.write() as session:
            meeting, rows = self._load(session)
            _refuse_by_status(meeting.status, kind)
            if move:
                reschedule(meeting, wall)
            clock = self._build(meeting, rows, now, wall, boot)
            event = operation(clock, now)
            session.add(
                RunEvent(
                    meeting_id=meeting.id,
                    seq=rows[-1].seq + 1 if rows else 0,
                    kind=event.kind,
                    at=wall,
                    monotonic=event.at,
                    boot_id=boot,
                    seconds=event.seconds,
                )
            )
            clock = clock.apply(event)
            start_wall = next((r.at for r in rows if r.kind == RunEventKind.START), wall)
            _record_actuals(meeting, clock, start_wall)
        self._clock = clock
        self._view = None
        return clock.state(now)

    def _load(self, session: Session) -> tuple[Meeting, list[RunEvent]]:
        meeting = session.get(Meeting, self._meeting_id)
        if meeting is None:
            raise MeetingNotFound(self._meeting_id)
        rows = list(
            session.scalars(
                select(RunEvent)
                .where(RunEvent.meeting_id == self._meeting_id)
                .order_by(RunEvent.seq)
            )
        )
        return meeting, rows

    def _build(
        self,
        meeting: Meeting,
        rows: Sequence[RunEvent],
        now: float,
        wall: datetime,
        boot: str,
    ) -> MeetingClock:
        events = [
            ClockEvent(row.kind, self._place(row, rows, now, wall, boot), row.seconds)
            for row in rows
        ]
        planned = [item.planned_seconds for item in meeting.items]
        return MeetingClock(planned, meeting.cap_seconds, events, self._thresholds)

    def _place(
        self,
        row: RunEvent,
        rows: Sequence[RunEvent],
        now: float,
        wall: datetime,
        boot: str,
    ) -> float:
        """The event's instant on this boot's run_clock timeline."""
        if row.boot_id == boot and boot:
            return row.monotonic
        offset = self._offsets.get(row.boot_id)
        if offset is None:
            last = next(r for r in reversed(rows) if r.boot_id == row.boot_id)
            placed = now - (wall - last.at).total_seconds()
            offset = placed - last.monotonic
            self._offsets[row.boot_id] = offset
        return row.monotonic + offset


def _refuse_by_status(status: MeetingStatus, kind: RunEventKind | None) -> None:
    """The stored status wins over the events: an ended or cancelled meeting takes no presses."""
    if status == MeetingStatus.ENDED:
        raise ClockError(
            _(ALREADY_ENDED_MESSAGE if kind == RunEventKind.END else HAS_ENDED_MESSAGE)
        )
    if status == MeetingStatus.CANCELLED:
        raise ClockError(_("This meeting was cancelled; it cannot be run."))


def _record_actuals(meeting: Meeting, clock: MeetingClock, start_wall: datetime) -> None:
    """Status, start and end of the meeting and of each item, from the clock's timeline.

    Wall times are the start press's wall time plus run_clock seconds since that press, so a
    change of the system time during the meeting does not distort them, and a corrected start
    moves the meeting's start and its first item's with it.
    """
    if clock.started_at is None:
        return
    meeting.started_at = _wall_time(clock, start_wall, clock.started_at)
    meeting.ended_at = _wall_time(clock, start_wall, clock.ended_at)
    meeting.status = MeetingStatus.ENDED if clock.ended_at is not None else MeetingStatus.RUNNING
    for item, (first, last) in zip(meeting.items, clock.windows(), strict=True):
        item.actual_start = _wall_time(clock, start_wall, first)
        item.actual_end = _wall_time(clock, start_wall, last)


def _wall_time(
    clock: MeetingClock, start_wall: datetime | None, instant: float | None
) -> datetime | None:
    """An instant of the clock's timeline as wall time, counted from the start press."""
    pressed = clock.start_pressed_at
    if instant is None or pressed is None or start_wall is None:
        return None
    return start_wall + timedelta(seconds=instant - pressed)
