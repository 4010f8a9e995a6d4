"""The meeting clock: derived from recorded instants, never counted (DESIGN.md section 3).

Everything shown during a run is computed from the planned durations, the cap and the list of
clock presses (start, pause, resume, next, previous, jump, extend, start corrected, end) with
their instants on a monotonic timeline. The same events and the same `now` always give the
same state, so the clock cannot drift, a restart recomputes it exactly, and a test can run an
hour in a millisecond.
Plain Python: no Qt, no database.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from facilitator.language import N_, _, ngettext, pgettext
from facilitator.rules.durations import span_text
from facilitator.vocabulary import RunEventKind

MIN_ITEM_SECONDS = 60
"""Rebalancing never shortens an item below a minute (nor lengthens a shorter one to it)."""


class ClockError(ValueError):
    """A clock control that is not possible now; the message is one sentence for the moderator."""


class UnreplayableEvent(ClockError):
    """A recorded event that could not have happened where it stands, so an importer can name
    it: number counts the events given from 1, reason is the clock's own refusal."""

    def __init__(self, number: int, kind: RunEventKind, reason: str) -> None:
        super().__init__(
            _("Recorded clock event {number} ({kind}) cannot be replayed: {reason}").format(
                number=number, kind=kind.value, reason=reason
            )
        )
        self.number = number
        self.reason = reason


class RunStatus(StrEnum):
    NOT_STARTED = "not_started"
    RUNNING = "running"
    PAUSED = "paused"
    ENDED = "ended"


class Phase(StrEnum):
    """How close the current item is to its time; never told by colour alone (see phase_word)."""

    NORMAL = "normal"
    WARNING = "warning"
    TIME = "time"
    OVERRUN = "overrun"


NOT_STARTED_MESSAGE = N_("The meeting has not started yet.")
HAS_ENDED_MESSAGE = N_("The meeting has ended.")
ALREADY_ENDED_MESSAGE = N_("This meeting has already ended.")
LAST_ITEM_MESSAGE = N_("This is the last item; end the meeting instead.")
FIRST_ITEM_MESSAGE = N_("This is the first item; there is no previous one.")
FUTURE_START_MESSAGE = N_("The meeting cannot have started later than now.")
"""The clock's refusals in English, marked for the catalogue: `_` translates them where shown."""
MAX_START_CORRECTION_SECONDS = 12 * 3600
"""A corrected start further than this from the start press is a typing slip, not a late start."""
_FIRST_PRESS_REFUSALS = {
    RunEventKind.NEXT: N_("The meeting cannot have started after the first item ended."),
    RunEventKind.JUMP: N_("The meeting cannot have started after the first item ended."),
    RunEventKind.PAUSE: N_("The meeting cannot have started after the clock was first paused."),
    RunEventKind.EXTEND: N_("The meeting cannot have started after the first item was extended."),
}
_LATER_PRESS_REFUSAL = N_("The meeting cannot have started after the clock was next pressed.")


def no_item_message(number: int, count: int) -> str:
    """The refusal of a jump to an item the agenda does not have; numbers count from 1."""
    return _("There is no item {number}; the agenda has items 1–{count}.").format(
        number=number, count=count
    )


def format_seconds(seconds: int) -> str:
    """Minutes and seconds as a meeting clock shows them: 12:00, 0:45, 65:00, -1:30."""
    sign = "-" if seconds < 0 else ""
    minutes, rest = divmod(abs(int(seconds)), 60)
    return f"{sign}{minutes}:{rest:02d}"


def countdown_text(remaining: float) -> str:
    """Time left rounded up, so the display reaches 0:00 exactly at zero; past zero '+m:ss'."""
    if remaining > 0:
        return format_seconds(math.ceil(remaining))
    over = math.floor(-remaining)
    return "0:00" if over == 0 else f"+{format_seconds(over)}"


COUNTDOWN_DIGITS_SECONDS = 100 * 60
"""A time to the start shows as m:ss up to 99:59; further off, minutes digits stop reading well."""


def until_text(seconds: float) -> str:
    """The time to a start: '4:59' under a hundred minutes, else words ('7 days', '2 h 5 min')."""
    if math.ceil(seconds) < COUNTDOWN_DIGITS_SECONDS:
        return countdown_text(seconds)
    return span_text(seconds)


def ago_text(seconds: float) -> str:
    """How long ago a moment was, the same way: '2 min ago' up to 99 minutes, then '3 days ago'."""
    if seconds < 60:
        return _("less than a minute ago")
    if seconds < COUNTDOWN_DIGITS_SECONDS:
        return _("{minutes} min ago").format(minutes=math.floor(seconds) // 60)
    return _("{span} ago").format(span=span_text(seconds))


@dataclass(frozen=True)
class Thresholds:
    """When the colours change; DESIGN's defaults, changeable in the settings.

    Amber when warn_seconds or warn_fraction of the item is left, whichever comes first as time
    runs down (the larger of the two). Red "TIME" from zero for time_seconds, so the moment is
    seen, then red pulsing "OVER +m:ss".
    """

    warn_seconds: float = 60.0
    warn_fraction: float = 0.2
    time_seconds: float = 5.0

    def __post_init__(self) -> None:
        if self.warn_seconds < 0:
            raise ValueError("The warning time cannot be negative.")
        if not 0 <= self.warn_fraction <= 1:
            raise ValueError("The warning share of an item lies between 0 and 100 %.")
        if self.time_seconds < 0:
            raise ValueError("The time shown as TIME cannot be negative.")

    def warn_at(self, planned_seconds: float) -> float:
        """The time left at which the item turns amber."""
        return max(self.warn_seconds, self.warn_fraction * planned_seconds)

    def phase(self, planned_seconds: float, remaining: float) -> Phase:
        if remaining > self.warn_at(planned_seconds):
            return Phase.NORMAL
        if remaining > 0:
            return Phase.WARNING
        if -remaining < self.time_seconds:
            return Phase.TIME
        return Phase.OVERRUN


def phase_word(phase: Phase, remaining: float) -> str:
    """The word that says the phase without colour: '', '1 MIN LEFT', '2:24 LEFT', 'TIME',
    'OVER +0:45'."""
    if phase == Phase.WARNING:
        if remaining <= 60:
            return _("1 MIN LEFT")
        return _("{countdown} LEFT").format(countdown=countdown_text(remaining))
    if phase == Phase.TIME:
        return pgettext("phase", "TIME")
    if phase == Phase.OVERRUN:
        return _("OVER +{overrun}").format(overrun=format_seconds(math.floor(-remaining)))
    return ""


@dataclass(frozen=True)
class ClockEvent:
    """One clock press: what and when on the monotonic timeline (seconds); seconds as
    RunEventKind says (the time added, the item gone to, the quick message shown...)."""

    kind: RunEventKind
    at: float
    seconds: int = 0


@dataclass(frozen=True)
class ClockState:
    """Everything the console and the presenter screen show, at one moment.

    Before the start the current item is the first one, not yet running. Times are seconds;
    item_remaining goes negative in overrun. Meeting time is time run minus pauses.
    """

    now: float
    status: RunStatus
    current_index: int
    item_count: int
    item_planned_seconds: int
    item_extended_seconds: int
    item_elapsed: float
    item_remaining: float
    item_overrun: float
    item_progress: float
    phase: Phase
    phase_word: str
    cap_seconds: int
    meeting_elapsed: float
    meeting_remaining: float
    since_start: float
    paused_seconds: float
    pause_elapsed: float
    items_planned: tuple[int, ...]
    items_elapsed: tuple[float, ...]
    items_reached: tuple[bool, ...]
    projected_end_seconds: float
    projected_over_cap: float
    next_index: int | None

    @property
    def started(self) -> bool:
        return self.status != RunStatus.NOT_STARTED

    @property
    def running(self) -> bool:
        return self.status == RunStatus.RUNNING

    @property
    def paused(self) -> bool:
        return self.status == RunStatus.PAUSED

    @property
    def ended(self) -> bool:
        return self.status == RunStatus.ENDED

    @property
    def is_first(self) -> bool:
        return self.current_index == 0

    @property
    def is_last(self) -> bool:
        return self.current_index == self.item_count - 1

    @property
    def pulsing(self) -> bool:
        return self.phase == Phase.OVERRUN

    @property
    def item_clock_text(self) -> str:
        """The big digits: time left of the item, then '+m:ss' in overrun."""
        return countdown_text(self.item_remaining)

    @property
    def meeting_clock_text(self) -> str:
        """Time left of the meeting against its cap, '+m:ss' once past it."""
        return countdown_text(self.meeting_remaining)


@dataclass(frozen=True)
class RebalancePlan:
    """New planned durations that bring the projected end back to the cap, or say why not.

    planned is the whole agenda after rebalancing; only items from first_index on differ.
    """

    first_index: int
    before: tuple[int, ...]
    planned: tuple[int, ...]
    fits: bool
    projected_end_seconds: float
    over_cap_seconds: float
    message: str

    @property
    def changed(self) -> bool:
        return self.before != self.planned

    @property
    def ahead(self) -> tuple[int, ...]:
        return self.planned[self.first_index :]


@dataclass(frozen=True)
class ItemPacing:
    """One row of the pacing view: planned against actual, and what a long item cost the rest.

    difference is actual minus planned (positive: ran long); delay_after is the sum of the
    differences up to and including this item, i.e. how much later than planned the items after
    it started. Items never reached have reached False and no actual time.
    """

    index: int
    planned_seconds: int
    extended_seconds: int
    actual_seconds: float
    reached: bool
    overrun_seconds: float
    difference_seconds: float
    delay_after: float

    @property
    def allowed_seconds(self) -> int:
        return self.planned_seconds + self.extended_seconds

    @property
    def ran_long(self) -> bool:
        return self.difference_seconds > 0


@dataclass
class _Replay:
    """The clock at its last event, computed once so state(now) only adds the tail."""

    count: int
    status: RunStatus = RunStatus.NOT_STARTED
    index: int = 0
    last_at: float | None = None
    start_at: float | None = None
    end_at: float | None = None
    pause_since: float | None = None
    paused_total: float = 0.0
    elapsed: list[float] = field(default_factory=list)
    extended: list[int] = field(default_factory=list)
    first_start: list[float | None] = field(default_factory=list)
    last_end: list[float | None] = field(default_factory=list)
    start_pressed: float | None = None
    start_shift: int = 0
    first_press: tuple[RunEventKind, float] | None = None
    """The first press after the start other than a correction: a corrected start can't pass it."""

    def __post_init__(self) -> None:
        self.elapsed = [0.0] * self.count
        self.extended = [0] * self.count
        self.first_start = [None] * self.count
        self.last_end = [None] * self.count

    def refusal(self, kind: RunEventKind, seconds: int, at: float) -> str | None:
        """Why an event of this kind can't happen at `at`, or None when it can."""
        status = self.status
        if status == RunStatus.ENDED:
            return _(ALREADY_ENDED_MESSAGE if kind == RunEventKind.END else HAS_ENDED_MESSAGE)
        if kind == RunEventKind.MESSAGE:
            return None if seconds >= 0 else _("A quick message is named by its place, from 0.")
        if kind == RunEventKind.START:
            started = _("The meeting has already started.")
            return None if status == RunStatus.NOT_STARTED else started
        if status == RunStatus.NOT_STARTED:
            return _(NOT_STARTED_MESSAGE)
        if kind == RunEventKind.PAUSE and status == RunStatus.PAUSED:
            return _("The clock is already paused.")
        if kind == RunEventKind.RESUME and status == RunStatus.RUNNING:
            return _("The clock is already running.")
        if kind == RunEventKind.NEXT and self.index >= self.count - 1:
            return _(LAST_ITEM_MESSAGE)
        if kind == RunEventKind.PREVIOUS and self.index == 0:
            return _(FIRST_ITEM_MESSAGE)
        if kind == RunEventKind.EXTEND and seconds <= 0:
            return _("An item can only be extended by a positive number of seconds.")
        if kind == RunEventKind.JUMP:
            return self.jump_refusal(seconds)
        if kind == RunEventKind.START_CORRECTED:
            return self.correction_refusal(seconds, at)
        return None

    def jump_refusal(self, index: int) -> str | None:
        if not 0 <= index < self.count:
            return no_item_message(index + 1, self.count)
        if index == self.index:
            return _("Item {number} is already the current item.").format(number=index + 1)
        return None

    def correction_refusal(self, shift: int, at: float) -> str | None:
        """A start moved earlier is always possible; a later one only while the first item
        was running, without a pause: up to the first press after the start, and now."""
        if abs(shift) > MAX_START_CORRECTION_SECONDS:
            hours = MAX_START_CORRECTION_SECONDS // 3600
            return ngettext(
                "A start can be corrected by at most {hours} hour.",
                "A start can be corrected by at most {hours} hours.",
                hours,
            ).format(hours=hours)
        start = (self.start_pressed or 0.0) - shift
        if start > at:
            return _(FUTURE_START_MESSAGE)
        if self.first_press is not None and start > self.first_press[1]:
            return _(_FIRST_PRESS_REFUSALS.get(self.first_press[0], _LATER_PRESS_REFUSAL))
        return None

    def latest_start(self, now: float) -> float:
        """The latest instant a corrected start may name at `now`."""
        last = now if self.last_at is None else max(now, self.last_at)
        return last if self.first_press is None else min(last, self.first_press[1])

    def enter(self, index: int, at: float) -> None:
        self.index = index
        if self.first_start[index] is None:
            self.first_start[index] = at
        self.last_end[index] = None

    def leave(self, at: float) -> None:
        self.last_end[self.index] = at

    def apply(self, event: ClockEvent) -> ClockEvent:
        """Advance to the event (clamped so time never runs backwards); returns it as applied."""
        at = event.at if self.last_at is None else max(event.at, self.last_at)
        reason = self.refusal(event.kind, event.seconds, at)
        if reason is not None:
            raise ClockError(reason)
        if event.kind == RunEventKind.MESSAGE:
            return ClockEvent(event.kind, at, event.seconds)  # shown to the room, not timed
        if self.last_at is not None:
            if self.status == RunStatus.RUNNING:
                self.elapsed[self.index] += at - self.last_at
            elif self.status == RunStatus.PAUSED:
                self.paused_total += at - self.last_at
        self.last_at = at
        kind = event.kind
        if kind == RunEventKind.START:
            self.status = RunStatus.RUNNING
            self.start_at = self.start_pressed = at
            self.enter(0, at)
        elif kind == RunEventKind.START_CORRECTED:
            self.correct_start(event.seconds)
        else:
            if self.first_press is None:
                self.first_press = (kind, at)
            self.press(event, at)
        return ClockEvent(kind, at, event.seconds)

    def correct_start(self, shift: int) -> None:
        """The first item ran from the corrected start: it gains (or loses) the difference."""
        pressed = self.start_pressed if self.start_pressed is not None else 0.0
        self.elapsed[0] += shift - self.start_shift
        self.start_shift = shift
        self.start_at = self.first_start[0] = pressed - shift

    def press(self, event: ClockEvent, at: float) -> None:
        """What a press other than the start or its correction does to the run."""
        kind = event.kind
        if kind == RunEventKind.PAUSE:
            self.status = RunStatus.PAUSED
            self.pause_since = at
        elif kind == RunEventKind.RESUME:
            self.status = RunStatus.RUNNING
            self.pause_since = None
        elif kind in (RunEventKind.NEXT, RunEventKind.PREVIOUS):
            self.leave(at)
            self.enter(self.index + (1 if kind == RunEventKind.NEXT else -1), at)
        elif kind == RunEventKind.JUMP:
            self.leave(at)
            self.enter(event.seconds, at)
        elif kind == RunEventKind.EXTEND:
            self.extended[self.index] += event.seconds
        elif kind == RunEventKind.END:
            self.leave(at)
            self.status = RunStatus.ENDED
            self.end_at = at
            self.pause_since = None


class MeetingClock:
    """The clock of one meeting: planned durations, cap and clock presses in, states out.

    Immutable: an operation method checks that the press is possible at `now` and returns the
    event to record (raising ClockError otherwise); apply(event) gives the clock after it.
    Events are replayed in order; an instant earlier than the one before it counts as that one,
    so nothing ever runs backwards. Events that could not have happened raise ClockError.
    """

    def __init__(
        self,
        planned: Sequence[int],
        cap_seconds: int,
        events: Sequence[ClockEvent] = (),
        thresholds: Thresholds | None = None,
    ) -> None:
        if not planned:
            raise ClockError(_("The agenda has no items to run."))
        if any(seconds <= 0 for seconds in planned):
            raise ClockError(_("Every agenda item needs a planned time above zero."))
        if cap_seconds <= 0:
            raise ClockError(_("The meeting needs a cap above zero."))
        self._planned = tuple(int(seconds) for seconds in planned)
        self._cap = int(cap_seconds)
        self._thresholds = thresholds or Thresholds()
        self._replay = _Replay(len(self._planned))
        applied = []
        for number, event in enumerate(events, start=1):
            try:
                applied.append(self._replay.apply(event))
            except ClockError as error:
                raise UnreplayableEvent(number, event.kind, str(error)) from error
        self._events = tuple(applied)

    # --- what it was built from ------------------------------------------------------------

    @property
    def planned(self) -> tuple[int, ...]:
        return self._planned

    @property
    def cap_seconds(self) -> int:
        return self._cap

    @property
    def events(self) -> tuple[ClockEvent, ...]:
        """The events as applied, instants clamped to never run backwards."""
        return self._events

    @property
    def thresholds(self) -> Thresholds:
        return self._thresholds

    @property
    def status(self) -> RunStatus:
        return self._replay.status

    @property
    def current_index(self) -> int:
        return self._replay.index

    @property
    def started_at(self) -> float | None:
        """When the meeting began, its start's correction included."""
        return self._replay.start_at

    @property
    def start_pressed_at(self) -> float | None:
        """When the start was pressed, whatever its correction says."""
        return self._replay.start_pressed

    @property
    def start_shift(self) -> int:
        """Seconds the meeting began before the start press, by its latest correction."""
        return self._replay.start_shift

    @property
    def ended_at(self) -> float | None:
        return self._replay.end_at

    @property
    def last_press_at(self) -> float | None:
        """The instant of the latest press the clock follows (a quick message is none)."""
        return self._replay.last_at

    def windows(self) -> list[tuple[float | None, float | None]]:
        """Per item: when it first became current and when it last stopped being current.

        The end is None while the item is current (or was never reached).
        """
        return list(zip(self._replay.first_start, self._replay.last_end, strict=True))

    def apply(self, event: ClockEvent) -> MeetingClock:
        return MeetingClock(self._planned, self._cap, (*self._events, event), self._thresholds)

    def with_planned(self, planned: Sequence[int]) -> MeetingClock:
        """The same run over changed planned durations (after a rebalance)."""
        if len(planned) != len(self._planned):
            raise ClockError(_("A changed plan must keep the same number of items."))
        return MeetingClock(planned, self._cap, self._events, self._thresholds)

    def with_thresholds(self, thresholds: Thresholds) -> MeetingClock:
        return MeetingClock(self._planned, self._cap, self._events, thresholds)

    # --- the controls ----------------------------------------------------------------------

    def _event(self, kind: RunEventKind, now: float, seconds: int = 0) -> ClockEvent:
        last = self._replay.last_at
        at = now if last is None else max(now, last)
        reason = self._replay.refusal(kind, seconds, at)
        if reason is not None:
            raise ClockError(reason)
        return ClockEvent(kind, at, seconds)

    def start(self, now: float) -> ClockEvent:
        return self._event(RunEventKind.START, now)

    def pause(self, now: float) -> ClockEvent:
        return self._event(RunEventKind.PAUSE, now)

    def resume(self, now: float) -> ClockEvent:
        return self._event(RunEventKind.RESUME, now)

    def toggle(self, now: float) -> ClockEvent:
        """The one key for the clock: start, pause or resume, whichever fits."""
        status = self.status
        if status == RunStatus.NOT_STARTED:
            return self.start(now)
        if status == RunStatus.RUNNING:
            return self.pause(now)
        return self.resume(now)

    def next_item(self, now: float) -> ClockEvent:
        return self._event(RunEventKind.NEXT, now)

    def previous_item(self, now: float) -> ClockEvent:
        """Back to the item before; its time goes on from where it stopped."""
        return self._event(RunEventKind.PREVIOUS, now)

    def jump(self, now: float, index: int) -> ClockEvent:
        """Straight to the item at index (from 0); the time spent so far stays on each item."""
        return self._event(RunEventKind.JUMP, now, int(index))

    def correct_start(self, now: float, shift: int) -> ClockEvent:
        """The meeting really began shift seconds before the start was pressed (negative:
        after it); replaces any earlier correction. The first item's time follows."""
        return self._event(RunEventKind.START_CORRECTED, now, int(shift))

    def latest_start(self, now: float) -> float:
        """The latest instant a corrected start may name now: now, or the first press after
        the start when there was one."""
        return self._replay.latest_start(now)

    def extend(self, now: float, seconds: int) -> ClockEvent:
        """Give the current item more time."""
        return self._event(RunEventKind.EXTEND, now, int(seconds))

    def end(self, now: float) -> ClockEvent:
        return self._event(RunEventKind.END, now)

    def message(self, now: float, index: int) -> ClockEvent:
        """The quick message at index (from 0) shown to the room: recorded with the presses,
        before the start too, while the clock's figures stay as they were."""
        return self._event(RunEventKind.MESSAGE, now, int(index))

    # --- what it shows ---------------------------------------------------------------------

    def state(self, now: float) -> ClockState:
        replay = self._replay
        status = replay.status
        index = replay.index
        elapsed = list(replay.elapsed)
        paused = replay.paused_total
        pause_elapsed = 0.0
        if status == RunStatus.ENDED:
            t = replay.end_at if replay.end_at is not None else now
        elif replay.last_at is None:
            t = now
        else:
            t = max(now, replay.last_at)
            tail = t - replay.last_at
            if status == RunStatus.RUNNING:
                elapsed[index] += tail
            elif status == RunStatus.PAUSED:
                paused += tail
                pause_elapsed = t - (replay.pause_since if replay.pause_since is not None else t)
        items_planned = tuple(p + x for p, x in zip(self._planned, replay.extended, strict=True))
        planned = items_planned[index]
        item_elapsed = elapsed[index]
        remaining = planned - item_elapsed
        meeting_elapsed = math.fsum(elapsed)
        if status == RunStatus.NOT_STARTED:
            projected = float(sum(items_planned))
        elif status == RunStatus.ENDED:
            projected = meeting_elapsed
        else:
            projected = meeting_elapsed + math.fsum(
                max(items_planned[i] - elapsed[i], 0.0) for i in range(index, len(elapsed))
            )
        if status in (RunStatus.NOT_STARTED, RunStatus.ENDED):
            phase = Phase.NORMAL
        else:
            phase = self._thresholds.phase(planned, remaining)
        start = replay.start_at
        return ClockState(
            now=t,
            status=status,
            current_index=index,
            item_count=len(items_planned),
            item_planned_seconds=planned,
            item_extended_seconds=replay.extended[index],
            item_elapsed=item_elapsed,
            item_remaining=remaining,
            item_overrun=max(0.0, -remaining),
            item_progress=item_elapsed / planned,
            phase=phase,
            phase_word=phase_word(phase, remaining),
            cap_seconds=self._cap,
            meeting_elapsed=meeting_elapsed,
            meeting_remaining=self._cap - meeting_elapsed,
            since_start=0.0 if start is None else t - start,
            paused_seconds=paused,
            pause_elapsed=pause_elapsed,
            items_planned=items_planned,
            items_elapsed=tuple(elapsed),
            items_reached=tuple(s is not None for s in replay.first_start),
            projected_end_seconds=projected,
            projected_over_cap=projected - self._cap,
            next_index=index + 1 if index + 1 < len(items_planned) else None,
        )

    def pacing(self, now: float) -> list[ItemPacing]:
        """Planned against actual for every item, at `now` (or as the meeting ended)."""
        state = self.state(now)
        rows = []
        delay = 0.0
        for i, planned in enumerate(self._planned):
            reached = state.items_reached[i]
            actual = state.items_elapsed[i]
            difference = actual - planned if reached else 0.0
            delay += difference
            rows.append(
                ItemPacing(
                    index=i,
                    planned_seconds=planned,
                    extended_seconds=self._replay.extended[i],
                    actual_seconds=actual,
                    reached=reached,
                    overrun_seconds=max(0.0, actual - state.items_planned[i]),
                    difference_seconds=difference,
                    delay_after=delay,
                )
            )
        return rows

    def rebalance(self, now: float) -> RebalancePlan:
        """Shorten the items after the current one in proportion so the meeting ends on its cap.

        No item is cut below a minute (an item planned shorter keeps its time). When even that
        is not enough, every item ahead goes to its minimum and fits is False.
        """
        state = self.state(now)
        if state.ended:
            raise ClockError(_(HAS_ENDED_MESSAGE))
        first = state.current_index + 1 if state.started else 0
        before = self._planned
        extended = self._replay.extended
        # When the current item would end on its plan (now, if it is already over).
        settled = state.meeting_elapsed + max(state.item_remaining, 0.0) if state.started else 0.0
        ahead = range(first, len(before))
        # Planned seconds already used up by items ahead (after going back); zero normally.
        used = math.fsum(state.items_elapsed[i] - extended[i] for i in ahead)
        target = self._cap - settled + used
        current_total = sum(before[i] for i in ahead)
        if not ahead:
            return self._plan(first, before, now, _("No items are left ahead to shorten."))
        if current_total <= target:
            return self._plan(
                first, before, now, _("The items ahead already fit in the time left.")
            )
        floors = [min(before[i], MIN_ITEM_SECONDS) for i in ahead]
        if sum(floors) >= target:
            planned = (*before[:first], *floors)
            return self._plan(first, planned, now, "")
        shrunk = _shrink([before[i] for i in ahead], floors, math.floor(target))
        return self._plan(first, (*before[:first], *shrunk), now, "")

    def _plan(self, first: int, planned: Sequence[int], now: float, message: str) -> RebalancePlan:
        after = self.with_planned(planned).state(now)
        over = after.projected_over_cap
        fits = over <= 0
        over_text = format_seconds(math.ceil(over))
        if message and not fits:
            message += " " + _("The meeting is on course to end {over} over its cap.").format(
                over=over_text
            )
        elif not message and fits:
            cut = sum(self._planned) - sum(planned)
            message = _(
                "The items ahead are {cut} shorter in total, so the meeting ends on its cap."
            ).format(cut=format_seconds(cut))
        elif not message:
            message = _(
                "Even with every item ahead cut to one minute, the meeting ends {over} over "
                "its cap."
            ).format(over=over_text)
        return RebalancePlan(
            first_index=first,
            before=self._planned,
            planned=tuple(planned),
            fits=fits,
            projected_end_seconds=after.projected_end_seconds,
            over_cap_seconds=over,
            message=message,
        )


def _shrink(planned: Sequence[int], floors: Sequence[int], target: int) -> list[int]:
    """Whole seconds in proportion to planned, none below its floor, adding up to target.

    Items whose share would fall below their floor are pinned there and the rest shared out
    again; rounding goes by largest remainder so the sum is exact.
    """
    pinned: dict[int, int] = {}
    shares: dict[int, float] = {}
    while True:
        free = [i for i in range(len(planned)) if i not in pinned]
        budget = target - sum(pinned.values())
        weight = sum(planned[i] for i in free)
        if not free or weight <= 0:
            break
        shares = {i: planned[i] * budget / weight for i in free}
        low = [i for i in free if shares[i] < floors[i]]
        if not low:
            break
        for i in low:
            pinned[i] = floors[i]
    result = [pinned.get(i, 0) for i in range(len(planned))]
    for i, share in shares.items():
        if i not in pinned:
            result[i] = math.floor(share)
    left = target - sum(result)
    by_remainder = sorted(
        (i for i in shares if i not in pinned),
        key=lambda i: (shares[i] - math.floor(shares[i]), planned[i]),
        reverse=True,
    )
    for i in by_remainder[: max(left, 0)]:
        result[i] += 1
    return result
