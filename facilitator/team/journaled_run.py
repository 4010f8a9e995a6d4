"""A meeting run on a team database whose clock keeps going while the server is away.

A press is committed as on a local file while the server answers, under a uuid committed with
it in applied_writes. Once a write finds it gone (or while the journal still waits to be sent),
the press is checked against the clock this run holds, applied to it, and kept in the journal
with its run_clock reading, wall time and boot (and the uuid it was tried under, so a press
the server saved before its answer was lost is not pressed twice), so the server gets the same
event, with the same actual times, when it is back.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from facilitator import timesource
from facilitator.record.run import MeetingRun, Operation, WallClock
from facilitator.rules.clock import ClockState, Thresholds
from facilitator.storage.database import Database
from facilitator.storage.models import AppliedWrite
from facilitator.storage.write_errors import SaveRefused
from facilitator.team.offline import Journaling, is_offline
from facilitator.timesource import TimeSource, boot_id, run_clock
from facilitator.vocabulary import RunEventKind


class _StampedWrites(Database):
    """The team database whose writes carry key, while set, into applied_writes."""

    def __init__(self, db: Database) -> None:
        super().__init__(db.path, db.engine, db.sessions, db.backup, db.address)
        self.key: str | None = None

    @contextmanager
    def write(self) -> Iterator[Session]:
        with super().write() as session:
            yield session
            if self.key is not None:
                session.add(AppliedWrite(uuid=self.key, applied_at=timesource.now()))


class JournaledRun(MeetingRun):
    """MeetingRun whose presses go to the journaling's journal while the server is away."""

    journaling: Journaling | None = None
    """Set by open_journaled; None runs as MeetingRun does."""
    _kept_start: datetime | None = None
    """The wall time of a start pressed while the server was away."""

    @classmethod
    def open_journaled(
        cls,
        journaling: Journaling,
        meeting_id: int,
        *,
        time_source: TimeSource = run_clock,
        wall: WallClock = timesource.now,
        thresholds: Thresholds | None = None,
    ) -> JournaledRun:
        """The meeting's run on journaling's database, its presses kept while it is away."""
        run = cls(
            _StampedWrites(journaling.db),
            meeting_id,
            time_source=time_source,
            wall=wall,
            boot=boot_id,
            thresholds=thresholds or Thresholds(),
        )
        run.journaling = journaling
        run._start_press_wall()
        return run

    def _start_press_wall(self) -> datetime | None:
        """Read once from the server; while it is away, the start as pressed here, if any."""
        journaling = self.journaling
        if journaling is None or self._start_wall is not None:
            return super()._start_press_wall()
        read = journaling.attempt(super()._start_press_wall)
        return read if read is not None else self._kept_start

    def _press(
        self, kind: RunEventKind | None, operation: Operation, *, move: bool = False
    ) -> ClockState:
        journaling = self.journaling
        if journaling is None:
            return super()._press(kind, operation, move=move)
        key = str(uuid.uuid4())
        if not journaling.offline:
            try:
                state = self._stamped(key, kind, operation, move)
            except (SaveRefused, DBAPIError) as error:
                if not is_offline(error):
                    raise
                journaling.went_offline()
            else:
                self._start_press_wall()  # read while the server answers, kept for later
                return state
        now, wall, boot = self._time(), self._wall(), self._boot()
        event = operation(self._clock, now)
        if event.kind == RunEventKind.START:
            self._kept_start = wall
        journaling.keep(
            "run",
            {
                "meeting_id": self.meeting_id,
                "kind": event.kind.value,
                "at": event.at,
                "seconds": event.seconds,
                "now": now,
                "wall": wall.isoformat(),
                "boot": boot,
                "move": move,
            },
            key,
        )
        self._clock = self._clock.apply(event)
        return self._clock.state(now)

    def _stamped(
        self, key: str, kind: RunEventKind | None, operation: Operation, move: bool
    ) -> ClockState:
        """The press committed with key in applied_writes."""
        db = self._db
        assert isinstance(db, _StampedWrites)
        db.key = key
        try:
            return super()._press(kind, operation, move=move)
        finally:
            db.key = None
