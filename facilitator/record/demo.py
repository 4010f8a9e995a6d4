"""A realistic demo history, so a new user explores a lived-in database instead of an empty one.

What happened is data, in resources/demo: the people, what each meeting said, the disputes, the
action items and the moderator's assessments. This module builds the history from it: when the
meetings fall relative to today, how each one ran, who came, and the numbers it reviewed, with
every random choice from one seeded generator.
"""

from __future__ import annotations

import random
import textwrap
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator import timesource
from facilitator.measures.metric_units import format_value
from facilitator.measures.metrics import DEFAULT_GOALS
from facilitator.record.rows import agenda_rows
from facilitator.record.templates import MeetingTemplate, builtin_template
from facilitator.resource_folder import resource_folder
from facilitator.storage.database import Database
from facilitator.storage.models import (
    ActionItem,
    AlignmentBaseline,
    Attendance,
    Dispute,
    DisputeMeeting,
    GoalTarget,
    Meeting,
    MetricValue,
    Note,
    Person,
    RunEvent,
    Series,
    SLAGoal,
)
from facilitator.vocabulary import (
    ActionStatus,
    AttendanceStatus,
    DisputeCategory,
    DisputeRole,
    DisputeStatus,
    MeetingKind,
    MeetingStatus,
    NoteKind,
    RunEventKind,
    Team,
)

WEEKLY_MEETINGS = 10
THURSDAY = 3
TUESDAY = 1
MOST_MISSING = 2
"""At most this many invited people are absent from a held meeting, and at most this many late."""
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class DemoRefused(Exception):
    """The database already holds data; the message is one line for the user."""


@dataclass(frozen=True)
class DemoSummary:
    meetings: int
    people: int
    notes: int
    disputes: int
    action_items: int
    metric_values: int


# --- the story, read from resources/demo ----------------------------------------------------

ScriptedNote = tuple[int, NoteKind, str, bool]
"""A note as the story tells it: its agenda item, kind and text, and whether it was parked."""

PARKED = "parked"
"""The kind notes.toml gives a parked note: a note the meeting chose to take up later."""


@dataclass(frozen=True)
class _PersonSpec:
    key: str
    name: str
    mailbox: str
    team: Team
    role: str
    active: bool = True
    last_weekly: int | None = None
    """For someone who left: the last weekly meeting they were invited to, counted from 0."""


@dataclass(frozen=True)
class _SeriesSpec:
    name: str
    location: str


@dataclass(frozen=True)
class _DisputeSpec:
    title: str
    category: DisputeCategory
    raised_by: str
    sales_position: str
    marketing_position: str
    history: tuple[tuple[str, DisputeStatus], ...]
    resolution: str = ""


@dataclass(frozen=True)
class _ActionSpec:
    made_at: str
    owner: str
    text: str
    due_days: int
    status: ActionStatus = ActionStatus.OPEN
    closed_at: str | None = None


@dataclass(frozen=True)
class _Story:
    """Everything resources/demo tells; meetings are named W0-W9 (weekly, oldest first) and
    M-3 to M-1 (management, counted back from the latest)."""

    domain: str
    people: tuple[_PersonSpec, ...]
    moderator: str
    stand_in_moderator: str
    moderator_away: str
    weekly: _SeriesSpec
    management: _SeriesSpec
    marketing_presenters: tuple[str, ...]
    sales_presenters: tuple[str, ...]
    next_presenters: dict[Team, str]
    managers: tuple[str, ...]
    notes: dict[str, list[ScriptedNote]]
    disputes: tuple[_DisputeSpec, ...]
    actions: tuple[_ActionSpec, ...]
    raised_mql_target: float
    baselines: dict[str, dict[str, object]]
    first_conversion_estimate: float


def _read(name: str) -> dict[str, Any]:
    return tomllib.loads((resource_folder() / "demo" / name).read_text(encoding="utf-8"))


def _parse_notes(block: str) -> list[ScriptedNote]:
    """Read a notes block: a line opens with item and kind, indented lines continue it."""
    notes: list[ScriptedNote] = []
    for line in textwrap.dedent(block).strip().splitlines():
        if line[:1].isdigit():
            item, kind, text = line.split(maxsplit=2)
            parked = kind == PARKED
            notes.append((int(item), NoteKind.NOTE if parked else NoteKind(kind), text, parked))
        else:
            item, note_kind, text, parked = notes[-1]
            notes[-1] = (item, note_kind, f"{text} {line.strip()}", parked)
    return notes


@cache
def _story() -> _Story:
    cast, meetings, measures = _read("people.toml"), _read("meetings.toml"), _read("measures.toml")
    weekly, management = meetings["weekly"], meetings["management"]
    return _Story(
        domain=cast["domain"],
        people=tuple(
            _PersonSpec(
                key=person["key"],
                name=person["name"],
                mailbox=person["mailbox"],
                team=Team(person["team"]),
                role=person["role"],
                active=person.get("active", True),
                last_weekly=person.get("last_weekly"),
            )
            for person in cast["person"]
        ),
        moderator=meetings["moderator"],
        stand_in_moderator=meetings["stand_in_moderator"],
        moderator_away=meetings["moderator_away"],
        weekly=_SeriesSpec(weekly["name"], weekly["location"]),
        management=_SeriesSpec(management["name"], management["location"]),
        marketing_presenters=tuple(weekly["marketing_presenters"]),
        sales_presenters=tuple(weekly["sales_presenters"]),
        next_presenters={
            Team.MARKETING: weekly["next_marketing_presenter"],
            Team.SALES: weekly["next_sales_presenter"],
        },
        managers=tuple(management["managers"]),
        notes={ref: _parse_notes(block) for ref, block in _read("notes.toml").items()},
        disputes=tuple(
            _DisputeSpec(
                title=dispute["title"],
                category=DisputeCategory(dispute["category"]),
                raised_by=dispute["raised_by"],
                sales_position=dispute["sales_position"],
                marketing_position=dispute["marketing_position"],
                history=tuple((ref, DisputeStatus(status)) for ref, status in dispute["history"]),
                resolution=dispute.get("resolution", ""),
            )
            for dispute in _read("disputes.toml")["dispute"]
        ),
        actions=tuple(
            _ActionSpec(
                made_at=action["made_at"],
                owner=action["owner"],
                text=action["text"],
                due_days=action["due_days"],
                status=ActionStatus(action.get("status", ActionStatus.OPEN.value)),
                closed_at=action.get("closed_at"),
            )
            for action in _read("action_items.toml")["action_item"]
        ),
        raised_mql_target=measures["raised_mql_target"],
        baselines=measures["baselines"],
        first_conversion_estimate=measures["first_conversion_estimate"],
    )


# --- the calendar ---------------------------------------------------------------------------


def _weekday_on_or_after(day: date, weekday: int) -> date:
    return day + timedelta(days=(weekday - day.weekday()) % 7)


def _first_weekday(year: int, month: int, weekday: int) -> date:
    return _weekday_on_or_after(date(year, month, 1), weekday)


def _month_after(day: date) -> date:
    """The first of the month after day."""
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _month_before(day: date) -> date:
    """The first of the month before day."""
    return date(day.year - (day.month == 1), (day.month - 2) % 12 + 1, 1)


@dataclass(frozen=True)
class _Calendar:
    """When the demo's meetings fall, relative to today: weekly on Thursdays, management on the
    first Tuesday of a month."""

    weekly: tuple[date, ...]
    next_weekly: date
    management: tuple[date, ...]
    next_management: date

    @classmethod
    def around(cls, today: date) -> _Calendar:
        last = _weekday_on_or_after(today - timedelta(days=7), THURSDAY)
        if last >= today:
            last -= timedelta(days=7)
        weekly = tuple(
            last - timedelta(weeks=WEEKLY_MEETINGS - 1 - i) for i in range(WEEKLY_MEETINGS)
        )
        month = _month_before(weekly[0])
        firsts: list[date] = []
        while True:
            tuesday = _first_weekday(month.year, month.month, TUESDAY)
            if tuesday >= today:
                break
            if tuesday >= weekly[0]:
                firsts.append(tuesday)
            month = _month_after(month)
        return cls(
            weekly=weekly,
            next_weekly=_weekday_on_or_after(today, THURSDAY),
            management=tuple(firsts[-3:]),
            next_management=tuesday,
        )


# --- the run of a meeting -------------------------------------------------------------------


@dataclass
class _Run:
    """How a meeting went, in seconds from its start: each item's window and the clock presses."""

    windows: list[tuple[float, float]] = field(default_factory=list)
    events: list[tuple[RunEventKind, float, int]] = field(default_factory=list)

    @property
    def length(self) -> float:
        return self.windows[-1][1]


def _simulate(
    planned: Sequence[int],
    cap: int,
    rng: random.Random,
    *,
    extend: int | None,
    pause: int | None,
) -> _Run:
    """Plausible actual timings: most items near plan, some short, some overrunning 30-90 s,
    and a last item the moderator cuts short so the meeting ends about on time."""
    run = _Run(events=[(RunEventKind.START, 0.0, 0)])
    t = 0.0
    for index, seconds in enumerate(planned):
        if index:
            run.events.append((RunEventKind.NEXT, t, 0))
        roll = rng.random()
        if roll < 0.3:
            delta = rng.randint(30, 90)
        elif roll < 0.6:
            delta = -rng.randint(20, min(90, seconds // 3))
        else:
            delta = rng.randint(-20, 25)
        duration = float(seconds + delta)
        presses: list[tuple[RunEventKind, float, int]] = []
        if index == extend:
            added = rng.choice((60, 120))
            presses.append((RunEventKind.EXTEND, t + seconds - rng.randint(20, 50), added))
            duration = float(seconds + added + rng.randint(-15, 40))
        if index == len(planned) - 1 and t + duration > cap:
            duration = float(max(60, cap - t - rng.randint(0, 30)))
        if index == pause:
            at = t + round(duration * 0.4)
            held = rng.randint(60, 150)
            presses = [(k, o + held if o > at else o, n) for k, o, n in presses]
            presses += [(RunEventKind.PAUSE, at, 0), (RunEventKind.RESUME, at + held, 0)]
            duration += held
        run.events.extend(sorted(presses, key=lambda press: press[1]))
        run.windows.append((t, t + duration))
        t += duration
    run.events.append((RunEventKind.END, t, 0))
    return run


# --- building it ----------------------------------------------------------------------------


def _local(day: date, at: time) -> datetime:
    """A wall-clock time in the user's zone, as an aware instant."""
    return datetime.combine(day, at).astimezone()


def _month_label(day: date) -> str:
    return f"{MONTHS[day.month - 1][:3]} {day.year}"


def _in_turn(keys: Sequence[str], index: int) -> str:
    """Whose turn it is at the index-th meeting of a rotation."""
    return keys[index % len(keys)]


def _invited_until(last_weekly: int | None, index: int | None) -> bool:
    """Whether someone who left was still invited to weekly meeting index (None: the next one)."""
    return last_weekly is not None and index is not None and index <= last_weekly


class _Builder:
    """Writes the demo into one open session; every random choice comes from one seeded rng."""

    def __init__(self, session: Session, rng: random.Random, today: date) -> None:
        self.session = session
        self.rng = rng
        self.today = today
        self.calendar = _Calendar.around(today)
        self.people: dict[str, Person] = {}
        self.meetings: dict[str, Meeting] = {}
        self.runs: dict[str, _Run] = {}
        self.goals: dict[str, SLAGoal] = {}
        self.values: dict[tuple[str, str], float] = {}
        self.note_count = 0
        self.story = _story()

    def build(self) -> DemoSummary:
        self._add_people()
        weekly_series = Series(
            name=self.story.weekly.name,
            kind=MeetingKind.WEEKLY,
            frequency=builtin_template("weekly").frequency,
            created_at=self._before_history(),
        )
        management_series = Series(
            name=self.story.management.name,
            kind=MeetingKind.MANAGEMENT,
            frequency=builtin_template("management").frequency,
            created_at=self._before_history(),
        )
        self.session.add_all([weekly_series, management_series])
        self._add_weekly_meetings(weekly_series)
        self._add_management_meetings(management_series)
        self.session.flush()
        self._add_goals()
        self._add_metrics_and_notes()
        self._add_disputes()
        self._add_actions()
        self._add_baselines()
        self.session.flush()
        return DemoSummary(
            meetings=len(self.meetings),
            people=len(self.people),
            notes=self.note_count,
            disputes=len(self.story.disputes),
            action_items=len(self.story.actions),
            metric_values=len(self.values),
        )

    def _yesterday(self) -> datetime:
        """No demo row may claim to be made after today."""
        return _local(self.today - timedelta(days=1), time(9, 0))

    def _before_history(self) -> datetime:
        return _local(self.calendar.weekly[0] - timedelta(days=14), time(9, 0))

    # people and meetings

    def _add_people(self) -> None:
        for spec in self.story.people:
            person = Person(
                name=spec.name,
                email=f"{spec.mailbox}@{self.story.domain}",
                team=spec.team,
                role=spec.role,
                active=spec.active,
                created_at=self._before_history(),
            )
            self.people[spec.key] = person
            self.session.add(person)

    def _meeting(
        self,
        ref: str,
        template: MeetingTemplate,
        series: Series,
        day: date,
        *,
        moderator: str,
        presenters: dict[Team, str],
        location: str,
    ) -> Meeting:
        scheduled = _local(day, template.start_time)
        meeting = Meeting(
            series=series,
            kind=template.plan.kind,
            title=template.name,
            scheduled_at=scheduled,
            cap_seconds=template.plan.cap_seconds,
            moderator=self.people[moderator],
            status=MeetingStatus.PLANNED,
            location=location,
            created_at=min(scheduled - timedelta(days=6), self._yesterday()),
        )
        meeting.items = agenda_rows(template.plan)
        for row in meeting.items:
            if row.presenter_team in presenters:
                row.presenter = self.people[presenters[row.presenter_team]]
        self.meetings[ref] = meeting
        self.session.add(meeting)
        return meeting

    def _hold(self, ref: str, *, extend: int | None, pause: int | None) -> None:
        """Turn a planned meeting into an ended one with a run that matches its actual times."""
        meeting = self.meetings[ref]
        run = _simulate(
            [item.planned_seconds for item in meeting.items],
            meeting.cap_seconds,
            self.rng,
            extend=extend,
            pause=pause,
        )
        started = meeting.scheduled_at.astimezone(UTC) + timedelta(seconds=self.rng.randint(0, 150))
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
        self.runs[ref] = run

    def _attend(self, ref: str, invited: Sequence[str], *, held: bool) -> None:
        meeting = self.meetings[ref]
        on_duty = {id(meeting.moderator), *(id(item.presenter) for item in meeting.items)}
        seen = {AttendanceStatus.ABSENT: 0, AttendanceStatus.LATE: 0}
        for key in invited:
            if not held:
                status = AttendanceStatus.INVITED
            elif key == self.story.moderator and ref == self.story.moderator_away:
                status = AttendanceStatus.ABSENT
            elif id(self.people[key]) in on_duty:
                status = AttendanceStatus.PRESENT
            else:
                roll = self.rng.random()
                status = AttendanceStatus.PRESENT
                if roll < 0.07:
                    status = AttendanceStatus.ABSENT
                elif roll < 0.2:
                    status = AttendanceStatus.LATE
                if status in seen:
                    seen[status] += 1
                    if seen[status] > MOST_MISSING:
                        status = AttendanceStatus.PRESENT
            meeting.attendance.append(Attendance(person=self.people[key], status=status))

    def _weekly_invitees(self, index: int | None) -> list[str]:
        story = self.story
        keys = [
            spec.key
            for spec in story.people
            if spec.team in (Team.SALES, Team.MARKETING)
            and (spec.active or _invited_until(spec.last_weekly, index))
        ]
        keys.append(story.moderator)
        if index is not None and f"W{index}" == story.moderator_away:
            keys.append(story.stand_in_moderator)
        return keys

    def _add_weekly_meetings(self, series: Series) -> None:
        template = builtin_template("weekly")
        pauses = {3: 1, 7: 2}
        story = self.story
        for index, day in enumerate(self.calendar.weekly):
            ref = f"W{index}"
            away = ref == story.moderator_away
            self._meeting(
                ref,
                template,
                series,
                day,
                moderator=story.stand_in_moderator if away else story.moderator,
                presenters={
                    Team.MARKETING: _in_turn(story.marketing_presenters, index),
                    Team.SALES: _in_turn(story.sales_presenters, index),
                },
                location=story.weekly.location,
            )
            extend = self.rng.choice((1, 2)) if self.rng.random() < 0.4 else None
            self._hold(ref, extend=extend, pause=pauses.get(index))
            self._attend(ref, self._weekly_invitees(index), held=True)
        self._meeting(
            "W+",
            template,
            series,
            self.calendar.next_weekly,
            moderator=story.moderator,
            presenters=story.next_presenters,
            location=story.weekly.location,
        )
        self._attend("W+", self._weekly_invitees(None), held=False)

    def _add_management_meetings(self, series: Series) -> None:
        template = builtin_template("management")
        story = self.story
        invited = [*story.managers, story.moderator, story.stand_in_moderator]
        count = len(self.calendar.management)
        for position, day in enumerate(self.calendar.management):
            ref = f"M{position - count}"
            self._meeting(
                ref,
                template,
                series,
                day,
                moderator=story.moderator,
                presenters={},
                location=story.management.location,
            )
            self._hold(ref, extend=2 if position == 0 else None, pause=None)
            self._attend(ref, invited, held=True)
        self._meeting(
            "M+",
            template,
            series,
            self.calendar.next_management,
            moderator=story.moderator,
            presenters={},
            location=story.management.location,
        )
        self._attend("M+", invited, held=False)

    # what the meetings left behind

    def _at(self, ref: str, item: int, share: float) -> float:
        """Seconds into meeting ref at share (0-1) of item's actual window."""
        begin, end = self.runs[ref].windows[item]
        return round(begin + (end - begin) * share, 1)

    def _instant(self, ref: str, offset: float) -> datetime:
        started = self.meetings[ref].started_at
        assert started is not None
        return started + timedelta(seconds=offset)

    def _add_goals(self) -> None:
        since = _month_before(_month_before(_month_before(self.calendar.weekly[0])))
        raised_from = _month_after(self.calendar.management[-2])
        for spec in DEFAULT_GOALS:
            goal = spec.new_goal(since)
            if spec.key == "mqls_delivered":
                goal.targets.append(
                    GoalTarget(target=self.story.raised_mql_target, effective_from=raised_from)
                )
            self.goals[spec.key] = goal
            self.session.add(goal)

    def _target(self, key: str, day: date) -> float:
        return max(
            (t for t in self.goals[key].targets if t.effective_from <= day),
            key=lambda t: t.effective_from,
        ).target

    def _metric(
        self, ref: str, key: str, value: float, label: str, item: int, share: float, said: str
    ) -> ScriptedNote:
        """Record a number against its goal, and the metric note the moderator typed for it."""
        goal = self.goals[key]
        self.session.add(
            MetricValue(
                meeting=self.meetings[ref],
                goal=goal,
                value=value,
                period_label=label,
                entered_at=self._instant(ref, self._at(ref, item, share)),
            )
        )
        self.values[(ref, key)] = value
        target = self._target(key, self.meetings[ref].scheduled_at.date())
        text = said.format(v=format_value(value, goal.unit))
        text += f" (goal {format_value(target, goal.unit)})."
        return (item, NoteKind.METRIC, text, False)

    def _add_metrics_and_notes(self) -> None:
        for index, day in enumerate(self.calendar.weekly):
            ref = f"W{index}"
            week = (day - timedelta(days=7)).isocalendar()
            month = f"{_month_label(day)} projected"
            follow_up = min(98.5, round(78 + index * 1.9 + self.rng.uniform(-3, 3), 1))
            mqls = round(self._target("mqls_delivered", day) * self.rng.uniform(0.88, 1.1))
            pipeline = round(self._target("pipeline_created", day) * self.rng.uniform(0.8, 1.2), -4)
            said = [
                self._metric(ref, "mqls_delivered", mqls, month, 1, 0.1, "MQLs on pace for {v}"),
                self._metric(
                    ref,
                    "follow_up_24h",
                    follow_up,
                    f"{week.year}-W{week.week:02d}",
                    2,
                    0.1,
                    "Leads followed up within 24 hours last week: {v}",
                ),
                self._metric(
                    ref, "pipeline_created", pipeline, month, 2, 0.2, "Pipeline on pace for {v}"
                ),
            ]
            self._add_notes(ref, said + self.story.notes[ref])
        for ref in self.meetings:
            if ref.startswith("M-"):
                self._add_management_metrics(ref)

    def _add_management_metrics(self, ref: str) -> None:
        """A management meeting reviews the month before it, judged by its own day's targets."""
        day = self.meetings[ref].scheduled_at.date()
        month = _month_before(day)
        label, name = _month_label(month), MONTHS[month.month - 1]
        mqls = round(self._target("mqls_delivered", day) * self.rng.uniform(0.93, 1.08))
        ordinal = len(self.calendar.management) + int(ref[1:])
        conversion = round(19 + 3.5 * ordinal + self.rng.uniform(-2, 2), 1)
        pipeline = round(self._target("pipeline_created", day) * self.rng.uniform(0.85, 1.2), -4)
        said = [
            self._metric(ref, "mqls_delivered", mqls, label, 0, 0.15, f"MQLs in {name}: {{v}}"),
            self._metric(
                ref,
                "follow_up_conversion",
                conversion,
                label,
                0,
                0.3,
                f"Followed-up leads that became opportunities in {name}: {{v}}",
            ),
            self._metric(
                ref,
                "pipeline_created",
                pipeline,
                label,
                0,
                0.45,
                f"Pipeline created in {name}: {{v}}",
            ),
        ]
        self._add_notes(ref, said + self.story.notes[ref])

    def _add_notes(self, ref: str, notes: Sequence[ScriptedNote]) -> None:
        """Spread each item's notes over its actual window, in the order they were typed."""
        meeting = self.meetings[ref]
        by_item: dict[int, list[tuple[NoteKind, str, bool]]] = {}
        for item, kind, text, parked in notes:
            by_item.setdefault(item, []).append((kind, text, parked))
        for item in sorted(by_item):
            entries = by_item[item]
            for number, (kind, text, parked) in enumerate(entries, start=1):
                share = (number - 0.5 + self.rng.uniform(-0.35, 0.35)) / len(entries)
                offset = self._at(ref, item, share)
                typed = self._instant(ref, offset)
                self.session.add(
                    Note(
                        meeting=meeting,
                        item=meeting.items[item],
                        kind=kind,
                        text=text,
                        offset_seconds=offset,
                        parked=parked,
                        created_at=typed,
                        updated_at=typed,
                    )
                )
                self.note_count += 1

    def _disputes_item(self, ref: str) -> int:
        return 3 if ref.startswith("W") else 2

    def _add_disputes(self) -> None:
        for spec in self.story.disputes:
            history = sorted(
                ((ref, status) for ref, status in spec.history if ref in self.meetings),
                key=lambda entry: self.meetings[entry[0]].scheduled_at,
            )
            first_ref = history[0][0]
            last_ref, status = history[-1]
            dispute = Dispute(
                title=spec.title,
                category=spec.category,
                raised_by_team=self.people[spec.raised_by].team,
                raised_by=self.people[spec.raised_by],
                sales_position=spec.sales_position,
                marketing_position=spec.marketing_position,
                status=status,
                resolution=spec.resolution,
                created_at=self._instant(
                    first_ref, self._at(first_ref, self._disputes_item(first_ref), 0.3)
                ),
                resolved_at=self._instant(
                    last_ref, self._at(last_ref, self._disputes_item(last_ref), 0.8)
                )
                if status is DisputeStatus.RESOLVED
                else None,
            )
            for number, (ref, after) in enumerate(history):
                if number == 0:
                    role = DisputeRole.RAISED
                elif after is DisputeStatus.RESOLVED:
                    role = DisputeRole.SETTLED
                else:
                    role = DisputeRole.DISCUSSED
                dispute.meeting_links.append(
                    DisputeMeeting(meeting=self.meetings[ref], role=role, status_after=after)
                )
            self.session.add(dispute)

    def _add_actions(self) -> None:
        made_count: dict[str, int] = {}
        for spec in self.story.actions:
            owner = self.people[spec.owner]
            made = self.meetings[spec.made_at]
            wrap_up = len(made.items) - 1
            made_count[spec.made_at] = made_count.get(spec.made_at, 0) + 1
            share = min(0.95, 0.15 * made_count[spec.made_at])
            closed_at = None
            if spec.closed_at is not None:
                closing = self.meetings[spec.closed_at]
                review = 0 if spec.closed_at.startswith("W") else len(closing.items) - 1
                closed_at = self._instant(
                    spec.closed_at, self._at(spec.closed_at, review, self.rng.uniform(0.1, 0.9))
                )
            self.session.add(
                ActionItem(
                    text=spec.text,
                    owner=owner,
                    team=owner.team,
                    due_date=made.scheduled_at.date() + timedelta(days=spec.due_days),
                    status=spec.status,
                    created_meeting=made,
                    closed_meeting=self.meetings[spec.closed_at] if spec.closed_at else None,
                    created_at=self._instant(spec.made_at, self._at(spec.made_at, wrap_up, share)),
                    closed_at=closed_at,
                )
            )

    def _latest(self, key: str, meeting: Meeting) -> float | None:
        """The last value of a goal reported at or before meeting."""
        reported = [
            (self.meetings[ref].scheduled_at, value)
            for (ref, goal), value in self.values.items()
            if goal == key and self.meetings[ref].scheduled_at <= meeting.scheduled_at
        ]
        return max(reported)[1] if reported else None

    def _add_baselines(self) -> None:
        for ref, answers in self.story.baselines.items():
            meeting = self.meetings[ref]
            followed_up = self._latest("follow_up_24h", meeting)
            conversion = self._latest("follow_up_conversion", meeting)
            shares = {
                "followed_up_share": round(followed_up or 0),
                "conversion_share": round(conversion or self.story.first_conversion_estimate),
            }
            self.session.add(
                AlignmentBaseline(
                    meeting=meeting, taken_at=meeting.started_at, answers={**answers, **shares}
                )
            )


def _only_standard_goals(session: Session) -> bool:
    """Whether the goals are the untouched standard ones a new database starts with."""
    goals = session.scalars(select(SLAGoal)).all()
    standard = {spec.key for spec in DEFAULT_GOALS}
    return (
        not session.scalar(select(func.count()).select_from(MetricValue))
        and all(goal.key in standard and len(goal.targets) == 1 for goal in goals)
    )


def _existing(session: Session) -> str | None:
    """What already fills the database, if anything, worded for the refusal message.

    The standard goals a new database is given don't count: the demo brings its own.
    """
    for model, one, many in (
        (Meeting, "meeting", "meetings"),
        (Person, "person", "people"),
        (Dispute, "dispute", "disputes"),
        (ActionItem, "action item", "action items"),
        (SLAGoal, "goal", "goals"),
    ):
        count = session.scalar(select(func.count()).select_from(model)) or 0
        if model is SLAGoal and _only_standard_goals(session):
            count = 0
        if count:
            return f"{count} {one if count == 1 else many}"
    return None


def refusal_reason(db: Database) -> str | None:
    """Why load_demo would refuse this database, or None when it is empty enough to fill."""
    with db.read() as session:
        existing = _existing(session)
    return _refusal(existing) if existing else None


def _refusal(existing: str) -> str:
    return f"the database already holds {existing}; the demo only fills an empty one"


def load_demo(db: Database, *, today: date | None = None, seed: int = 7) -> DemoSummary:
    """Fill an empty database with a lived-in history, in one transaction.

    The same seed and today give the same history; an already used database is refused
    untouched, so demo data never mixes with real meetings.
    """
    with db.write() as session:
        existing = _existing(session)
        if existing:
            raise DemoRefused(_refusal(existing))
        for goal in session.scalars(select(SLAGoal)).all():
            session.delete(goal)
        session.flush()
        return _Builder(session, random.Random(seed), today or timesource.today()).build()
