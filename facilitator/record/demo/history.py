"""What the demo's parts share while they write it: the open session, the seeded rng, the
calendar and the story, and the rows made so far, found by the story's names for them."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from facilitator.record.demo.dates import Calendar, local
from facilitator.record.demo.story import story
from facilitator.record.demo.timings import Run
from facilitator.storage.models import Meeting, Person, SLAGoal


class History:
    """The demo being written into one open session; every random choice comes from one rng."""

    def __init__(self, session: Session, rng: random.Random, today: date) -> None:
        self.session = session
        self.rng = rng
        self.today = today
        self.calendar = Calendar.around(today)
        self.people: dict[str, Person] = {}
        self.meetings: dict[str, Meeting] = {}
        self.runs: dict[str, Run] = {}
        self.goals: dict[str, SLAGoal] = {}
        self.values: dict[tuple[str, str], float] = {}
        self.note_count = 0
        self.story = story()

    def yesterday(self) -> datetime:
        """No demo row may claim to be made after today."""
        return local(self.today - timedelta(days=1), time(9, 0))

    def before_history(self) -> datetime:
        return local(self.calendar.weekly[0] - timedelta(days=14), time(9, 0))

    def at(self, ref: str, item: int, share: float) -> float:
        """Seconds into meeting ref at share (0-1) of item's actual window."""
        begin, end = self.runs[ref].windows[item]
        return round(begin + (end - begin) * share, 1)

    def instant(self, ref: str, offset: float) -> datetime:
        started = self.meetings[ref].started_at
        assert started is not None
        return started + timedelta(seconds=offset)

    def target(self, key: str, day: date) -> float:
        return max(
            (t for t in self.goals[key].targets if t.effective_from <= day),
            key=lambda t: t.effective_from,
        ).target
