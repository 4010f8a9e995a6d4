"""What a browser view is sent: the presenter screen's content and nothing else.

The page draws the same item, presenter, digits, phase word, progress, next item, meeting time
and message as the presenter screen. Between pushes it counts on from the instants sent here,
by the same rules (clock.py's phases and texts, which view.js repeats and a browser test
compares), so a late push never makes the digits jump. Built from the meeting and the clock
state only: notes, disputes, action items, addresses and the database path never reach it.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from facilitator.language import N_, _, current_language, pgettext
from facilitator.record.meetings import AgendaItemView, MeetingView
from facilitator.rules.agenda import format_duration
from facilitator.rules.clock import ClockState, Thresholds, until_text
from facilitator.rules.durations import whole_seconds

STARTING_SOON = N_("Starting soon")
NOT_STARTED = N_("Not started")
ENDED = "ENDED"


def ran_text(seconds: float) -> str:
    """How long an ended meeting ran from its start to its end, counted and written as the
    as-run view and the minutes do: 'Ran 34:12'."""
    return _("Ran {duration}").format(duration=format_duration(whole_seconds(seconds)))


def presenter_text(item: AgendaItemView) -> str:
    """'Dana Kim · Sales': the presenter and the team, whichever are known."""
    team = item.presenter_team.label if item.presenter_team is not None else ""
    return " · ".join(part for part in (item.presenter_name or "", team) if part)


def countdown_phrase(seconds_to_start: float | None) -> str:
    """Before the start: 'Starts in 4:59', or 'Starting soon' once the time has come."""
    if seconds_to_start is None or seconds_to_start <= 0:
        return _(STARTING_SOON)
    return _("Starts in {time}").format(time=until_text(seconds_to_start))


def phase_text(state: ClockState, countdown: str | None) -> str:
    """The line under the digits, as the presenter screen writes it."""
    if state.ended:
        return ran_text(state.since_start)
    if not state.started:
        return countdown or _(NOT_STARTED)
    if state.paused:
        if state.phase_word:
            return _("{phase} · PAUSED").format(phase=state.phase_word)
        return _("PAUSED")
    return state.phase_word


def page_words() -> dict[str, str]:
    """The words the page writes itself as it counts on, in the app's language: the phase
    words are clock.py's catalogue entries, the rest the presenter screen's sentences."""
    return {
        "lang": current_language(),
        "minute_left": _("1 MIN LEFT"),
        "left": _("{countdown} LEFT"),
        "time": pgettext("phase", "TIME"),
        "over": _("OVER +{overrun}"),
        "next": _("Next: {title}"),
        "last": _("Last item"),
        "meeting_left": _("Meeting: {time} left"),
        "meeting_over": _("Meeting: {time} over"),
        "sound": _("Tap to enable sound"),
        "waiting": _("Waiting for the moderator's app…"),
    }


def remote_words() -> dict[str, str]:
    """The remote page's buttons and answers, in the app's language."""
    return {
        "lang": current_language(),
        "previous": _("◀ Previous"),
        "toggle": _("Pause / Resume"),
        "next": _("Next ▶"),
        "extend": _("+1 min"),
        "say": _("Say: {text}"),
        "sent": _("Sent."),
        "refused": _("Not sent ({status})."),
        "unanswered": _("Not sent: the moderator's app does not answer."),
    }


@dataclass(frozen=True)
class ViewState:
    """One push to the browsers. `at` is the run clock's reading the times were computed at;
    the page counts on from it while status is 'running'."""

    status: str
    at: float
    item_title: str
    presenter: str
    team: str
    clock_text: str
    phase: str
    phase_text: str
    item_planned: float
    item_remaining: float
    warn_at: float
    time_seconds: float
    meeting_remaining: float
    next_title: str
    last_item: bool
    message: str
    flash: bool
    words: dict[str, str]

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, separators=(",", ":"))


def view_state(
    meeting: MeetingView,
    state: ClockState,
    thresholds: Thresholds,
    *,
    message: str = "",
    flash: bool = False,
    seconds_to_start: float | None = None,
) -> ViewState:
    """The presenter screen's content at one moment, as the browsers are sent it."""
    items = meeting.items
    index = state.current_index
    item = items[index] if 0 <= index < len(items) else None
    nxt = state.next_index
    next_item = items[nxt] if nxt is not None and 0 <= nxt < len(items) else None
    countdown = None if state.started else countdown_phrase(seconds_to_start)
    planned = float(state.item_planned_seconds)
    return ViewState(
        status=state.status.value,
        at=state.now,
        item_title=item.title if item is not None else meeting.title,
        presenter=presenter_text(item) if item is not None else "",
        team=item.presenter_team.value if item is not None and item.presenter_team else "",
        clock_text=ENDED if state.ended else state.item_clock_text,
        phase=state.phase.value,
        phase_text=phase_text(state, countdown),
        item_planned=planned,
        item_remaining=state.item_remaining,
        warn_at=thresholds.warn_at(planned),
        time_seconds=thresholds.time_seconds,
        meeting_remaining=state.meeting_remaining,
        next_title=next_item.title if next_item is not None else "",
        last_item=next_item is None,
        message="" if state.ended else message,
        flash=flash and bool(message) and not state.ended,
        words=page_words(),
    )
