"""The demo's meetings: the two series, when each meeting falls, how each held one ran and
who came."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import UTC, date, timedelta

from facilitator.record.demo.dates import local
from facilitator.record.demo.history import History
from facilitator.record.demo.timings import simulate
from facilitator.record.rows import agenda_rows
from facilitator.record.templates import MeetingTemplate, builtin_template
from facilitator.storage.models import Attendance, Meeting, RunEvent, Series
from facilitator.vocabulary import (
    AttendanceStatus,
    MeetingKind,
    MeetingStatus,
    Team,
)

MOST_MISSING = 2
"""At most this many invited people are absent from a held meeting, and at most this many late."""


def add_meetings(history: History) -> None:
    """The weekly and the management series, each with its held meetings and the next one."""
    weekly_series = Series(
        name=history.story.weekly.name,
        kind=MeetingKind.WEEKLY,
        frequency=builtin_template("weekly").frequency,
        created_at=history.before_history(),
    )
    management_series = Series(
        name=history.story.management.name,
        kind=MeetingKind.MANAGEMENT,
        frequency=builtin_template("management").frequency,
        created_at=history.before_history(),
    )
    history.session.add_all([weekly_series, management_series])
    _add_weekly_meetings(history, weekly_series)
    _add_management_meetings(history, management_series)


def _add_weekly_meetings(history: History, series: Series) -> None:
    template = builtin_template("weekly")
    pauses = {3: 1, 7: 2}
    story = history.story
    for index, day in enumerate(history.calendar.weekly):
        ref = f"W{index}"
        away = ref == story.moderator_away
        plan_meeting(
            history,
            ref,
            template,
            series,
            day,
            moderator=story.stand_in_moderator if away else story.moderator,
            presenters={
                Team.MARKETING: in_turn(story.marketing_presenters, index),
                Team.SALES: in_turn(story.sales_presenters, index),
            },
            location=story.weekly.location,
        )
        extend = history.rng.choice((1, 2)) if history.rng.random() < 0.4 else None
        hold_meeting(history, ref, extend=extend, pause=pauses.get(index))
        attend(history, ref, _weekly_invitees(history, index), held=True)
    plan_meeting(
        history,
        "W+",
        template,
        series,
        history.calendar.next_weekly,
        moderator=story.moderator,
        presenters=story.next_presenters,
        location=story.weekly.location,
    )
    attend(history, "W+", _weekly_invitees(history, None), held=False)


def _add_management_meetings(history: History, series: Series) -> None:
    template = builtin_template("management")
    story = history.story
    invited = [*story.managers, story.moderator, story.stand_in_moderator]
    count = len(history.calendar.management)
    for position, day in enumerate(history.calendar.management):
        ref = f"M{position - count}"
        plan_meeting(
            history,
            ref,
            template,
            series,
            day,
            moderator=story.moderator,
            presenters={},
            location=story.management.location,
        )
        hold_meeting(history, ref, extend=2 if position == 0 else None, pause=None)
        attend(history, ref, invited, held=True)
    plan_meeting(
        history,
        "M+",
        template,
        series,
        history.calendar.next_management,
        moderator=story.moderator,
        presenters={},
        location=story.management.location,
    )
    attend(history, "M+", invited, held=False)


def plan_meeting(
    history: History,
    ref: str,
    template: MeetingTemplate,
    series: Series,
    day: date,
    *,
    moderator: str,
    presenters: dict[Team, str],
    location: str,
) -> Meeting:
    scheduled = local(day, template.start_time)
    meeting = Meeting(
        series=series,
        kind=template.plan.kind,
        title=template.name,
        scheduled_at=scheduled,
        cap_seconds=template.plan.cap_seconds,
        moderator=history.people[moderator],
        status=MeetingStatus.PLANNED,
        location=location,
        created_at=min(scheduled - timedelta(days=6), history.yesterday()),
    )
    meeting.items = agenda_rows(template.plan)
    for row in meeting.items:
        if row.presenter_team in presenters:
            row.presenter = history.people[presenters[row.presenter_team]]
    history.meetings[ref] = meeting
    history.session.add(meeting)
    return meeting


def hold_meeting(
    history: History,
    ref: str,
    *,
    extend: int | None,
    pause: int | None,
    rng: random.Random | None = None,
) -> None:
    """Turn a planned meeting into an ended one with a run that matches its actual times.

    A part of the demo with its own rng passes it, so the main history's draws stay the same.
    """
    rng = history.rng if rng is None else rng
    meeting = history.meetings[ref]
    run = simulate(
        [item.planned_seconds for item in meeting.items],
        meeting.cap_seconds,
        rng,
        extend=extend,
        pause=pause,
    )
    started = meeting.scheduled_at.astimezone(UTC) + timedelta(seconds=rng.randint(0, 150))
    meeting.status = MeetingStatus.ENDED
    meeting.started_at = started
    meeting.ended_at = started + timedelta(seconds=run.length)
    for item, (begin, end) in zip(meeting.items, run.windows, strict=True):
        item.actual_start = started + timedelta(seconds=begin)
        item.actual_end = started + timedelta(seconds=end)
    meeting.run_events = [
        RunEvent(
            seq=seq,
            kind=kind,
            at=started + timedelta(seconds=offset),
            monotonic=offset,
            seconds=seconds,
        )
        for seq, (kind, offset, seconds) in enumerate(run.events)
    ]
    history.runs[ref] = run


def attend(
    history: History,
    ref: str,
    invited: Sequence[str],
    *,
    held: bool,
    rng: random.Random | None = None,
) -> None:
    rng = history.rng if rng is None else rng
    meeting = history.meetings[ref]
    on_duty = {id(meeting.moderator), *(id(item.presenter) for item in meeting.items)}
    seen = {AttendanceStatus.ABSENT: 0, AttendanceStatus.LATE: 0}
    for key in invited:
        if not held:
            status = AttendanceStatus.INVITED
        elif key == history.story.moderator and ref == history.story.moderator_away:
            status = AttendanceStatus.ABSENT
        elif id(history.people[key]) in on_duty:
            status = AttendanceStatus.PRESENT
        else:
            roll = rng.random()
            status = AttendanceStatus.PRESENT
            if roll < 0.07:
                status = AttendanceStatus.ABSENT
            elif roll < 0.2:
                status = AttendanceStatus.LATE
            if status in seen:
                seen[status] += 1
                if seen[status] > MOST_MISSING:
                    status = AttendanceStatus.PRESENT
        meeting.attendance.append(Attendance(person=history.people[key], status=status))


def _weekly_invitees(history: History, index: int | None) -> list[str]:
    story = history.story
    keys = [
        spec.key
        for spec in story.people
        if spec.team in (Team.SALES, Team.MARKETING)
        and (spec.active or invited_until(spec.last_weekly, index))
    ]
    keys.append(story.moderator)
    if index is not None and f"W{index}" == story.moderator_away:
        keys.append(story.stand_in_moderator)
    return keys


def in_turn(keys: Sequence[str], index: int) -> str:
    """Whose turn it is at the index-th meeting of a rotation."""
    return keys[index % len(keys)]


def invited_until(last_weekly: int | None, index: int | None) -> bool:
    """Whether someone who left was still invited to weekly meeting index (None: the next one)."""
    return last_weekly is not None and index is not None and index <= last_weekly
