"""The pacing view of a run: which items ran long, by how much, and what it cost the rest.

Issue #4: after the end (or during the run) the agenda shows planned against actual. Lateness is
carried forward: an item starts as late as the sum of the overruns (less the time saved) of the
items before it. A later item that started late and ran short was cut, by no more than it was
late, so time an item simply did not need is not blamed on the drift. Items never reached are
said to be so. Plain Python: built from a stored MeetingView or from a live MeetingClock.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from facilitator.language import N_, _
from facilitator.meeting_views import MeetingView
from facilitator.rules.agenda import format_duration
from facilitator.rules.clock import MeetingClock
from facilitator.rules.durations import seconds_between, whole_seconds

NUMBER_WORDS = (
    N_("no"),
    N_("one"),
    N_("two"),
    N_("three"),
    N_("four"),
    N_("five"),
    N_("six"),
    N_("seven"),
    N_("eight"),
    N_("nine"),
)
"""Counts written out in the summary's sentences, marked for the catalogue."""


@dataclass(frozen=True)
class PacedItem:
    """One agenda item as run. Seconds are whole; actual is None when the item was never run.

    started_late is how much later than planned it began (negative: early), None when the
    item was never reached. cut is how much it was shortened because it began late.
    """

    index: int
    title: str
    planned_seconds: int
    actual_seconds: int | None
    running: bool
    started_late: int | None
    cut_seconds: int

    @property
    def reached(self) -> bool:
        return self.started_late is not None

    @property
    def difference_seconds(self) -> int:
        """Actual minus planned once the item is done; 0 while running or never reached."""
        if self.actual_seconds is None or self.running:
            return 0
        return self.actual_seconds - self.planned_seconds

    @property
    def ran_long(self) -> bool:
        return self.difference_seconds > 0

    @property
    def number(self) -> int:
        return self.index + 1


@dataclass(frozen=True)
class PacingReport:
    """Every item's pacing and the one-paragraph story of the run the moderator reads."""

    items: tuple[PacedItem, ...]

    @property
    def long_items(self) -> tuple[PacedItem, ...]:
        return tuple(item for item in self.items if item.ran_long)

    @property
    def never_reached(self) -> tuple[PacedItem, ...]:
        return tuple(item for item in self.items if not item.reached)

    @property
    def cut_items(self) -> tuple[PacedItem, ...]:
        return tuple(item for item in self.items if item.cut_seconds > 0)

    @property
    def max_late(self) -> int:
        return max((item.started_late or 0 for item in self.items), default=0)

    def summary(self) -> str:
        """E.g. 'Item 2 ran 4:10 long; the three items after it started up to 4:10 late and
        item 5 was cut by 2:00.'"""
        if not any(item.reached for item in self.items):
            return _("The meeting has not been run.")
        long_items = self.long_items
        lateness, told = self._lateness()
        consequences = [*lateness, *self._cuts(told), *self._unreached()]
        if long_items:
            head = _join(
                [
                    _("item {number} ran {over} long").format(
                        number=i.number, over=format_duration(i.difference_seconds)
                    )
                    for i in long_items
                ]
            )
        else:
            head = _("no item ran long")
        if not consequences:
            return f"{_capital(head)}."
        return f"{_capital(head)}; {_join(consequences)}."

    def _lateness(self) -> tuple[list[str], set[int]]:
        """How late the items after the first long one started, at worst; and the items whose
        cut that sentence already tells."""
        long_items = self.long_items
        if not long_items:
            return [], set()
        first = long_items[0]
        late = [
            item
            for item in self.items[first.index + 1 :]
            if item.started_late is not None and item.started_late > 0
        ]
        if not late:
            return [], set()
        worst = format_duration(max(item.started_late or 0 for item in late))
        if len(late) == 1:
            only = late[0]
            if only.cut_seconds > 0:
                cut = format_duration(only.cut_seconds)
                told = {only.number}
                said = _("item {number} started {late} late and was cut by {cut}").format(
                    number=only.number, late=worst, cut=cut
                )
                return [said], told
            return [
                _("item {number} started {late} late").format(number=only.number, late=worst)
            ], set()
        count = len(late)
        words = _(NUMBER_WORDS[count]) if count < len(NUMBER_WORDS) else str(count)
        if len(long_items) == 1:
            said = _("the {count} items after it started up to {late} late").format(
                count=words, late=worst
            )
        else:
            said = _("the {count} items after item {number} started up to {late} late").format(
                count=words, number=first.number, late=worst
            )
        return [said], set()

    def _cuts(self, told: set[int]) -> list[str]:
        return [
            _("item {number} was cut by {cut}").format(
                number=item.number, cut=format_duration(item.cut_seconds)
            )
            for item in self.cut_items
            if item.number not in told
        ]

    def _unreached(self) -> list[str]:
        missed = self.never_reached
        if not missed:
            return []
        numbers = _join([str(item.number) for item in missed])
        if len(missed) == 1:
            return [_("item {number} was never reached").format(number=numbers)]
        return [_("items {numbers} were never reached").format(numbers=numbers)]


def _join(parts: Sequence[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return _("{first} and {last}").format(first=", ".join(parts[:-1]), last=parts[-1])


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def pace(
    titles: Sequence[str],
    planned: Sequence[int],
    actual: Sequence[float | None],
    *,
    running_index: int | None = None,
) -> PacingReport:
    """Pacing from planned and actual seconds per item (None: never reached).

    running_index names the item still running, whose time so far is no overrun yet.
    """
    if not len(titles) == len(planned) == len(actual):
        raise ValueError("Titles, planned and actual times must cover the same items.")
    rows = []
    drift = 0
    for index, (title, plan, ran) in enumerate(zip(titles, planned, actual, strict=True)):
        if ran is None:
            rows.append(PacedItem(index, title, int(plan), None, False, None, 0))
            continue
        seconds = whole_seconds(ran)
        running = index == running_index
        late = drift
        cut = 0
        if not running and late > 0 and seconds < plan:
            cut = min(int(plan) - seconds, late)
        rows.append(PacedItem(index, title, int(plan), seconds, running, late, cut))
        if not running:
            drift += seconds - int(plan)
    return PacingReport(tuple(rows))


def pacing_of_meeting(view: MeetingView, now: datetime | None = None) -> PacingReport:
    """Pacing from the stored actual times (what the meeting's page shows), counted to the
    second as the minutes count them (rules.durations).

    An item with a start and no end is running; with `now` its time so far is counted.
    """
    actual: list[float | None] = []
    running_index = None
    for index, item in enumerate(view.items):
        if item.actual_start is None:
            actual.append(None)
        elif item.actual_end is None:
            running_index = index
            actual.append(max(seconds_between(item.actual_start, now) or 0, 0))
        else:
            actual.append(seconds_between(item.actual_start, item.actual_end))
    return pace(
        [item.title for item in view.items],
        [item.planned_seconds for item in view.items],
        actual,
        running_index=running_index,
    )


def pacing_of_clock(clock: MeetingClock, titles: Sequence[str], now: float) -> PacingReport:
    """Pacing from the live clock: meeting time only, pauses left out. Against the plan, not
    the extended time: an extension granted still makes the items after it start late."""
    state = clock.state(now)
    rows = clock.pacing(now)
    running = None if state.ended or not state.started else state.current_index
    return pace(
        titles,
        [row.planned_seconds for row in rows],
        [row.actual_seconds if row.reached else None for row in rows],
        running_index=running,
    )
