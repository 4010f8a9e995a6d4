"""A meeting frozen into plain data: everything the minutes print, read once from the database.

Plain dataclasses that import no ORM, so that a snapshot pickled earlier is read back and
rendered without loading SQLAlchemy; the reading itself is facilitator.minutes_reading."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from facilitator.agreements.minutes_lines import AgreementsInMinutes
from facilitator.decisions.minutes_lines import WinLossLines
from facilitator.funnel.minutes_lines import FunnelInMinutes
from facilitator.language import _
from facilitator.measures.goal_rules import TREND_POINTS, goal_met, verdict
from facilitator.minutes.words import day_month_year
from facilitator.neutrality.minutes_lines import NeutralityInMinutes
from facilitator.rules.durations import seconds_between
from facilitator.vocabulary import (
    UNRESOLVED,
    ActionStatus,
    AttendanceStatus,
    Direction,
    DisputeCategory,
    DisputeRole,
    DisputeStatus,
    GoalUnit,
    ItemKind,
    MeetingKind,
    MeetingStatus,
    NoteKind,
    Team,
)

if TYPE_CHECKING:
    from facilitator.storage.database import Database

CHART_POINTS = TREND_POINTS
"""How many meetings' values a metric's chart shows, this meeting's included."""


@dataclass(frozen=True)
class PersonLine:
    name: str
    team: Team | None

    @property
    def neutral(self) -> bool:
        """A moderator from Sales or Marketing has a stake in what the meeting decides."""
        return self.team is None or not self.team.has_stake


@dataclass(frozen=True)
class AttendeeLine:
    name: str
    team: Team
    status: AttendanceStatus
    guest: bool


@dataclass(frozen=True)
class AgendaLine:
    number: int
    title: str
    kind: ItemKind
    presenter: str | None
    presenter_team: Team | None
    planned_seconds: int
    actual_start: datetime | None
    actual_seconds: int | None

    @property
    def reached(self) -> bool:
        return self.actual_start is not None

    @property
    def overrun_seconds(self) -> int | None:
        """Positive when the item ran long, negative when it finished early."""
        if self.actual_seconds is None:
            return None
        return self.actual_seconds - self.planned_seconds


@dataclass(frozen=True)
class NoteLine:
    kind: NoteKind
    text: str
    offset_seconds: float
    parked: bool
    id: int = 0
    """The note's row, so a later version of the minutes can tell an edit from a new note."""


@dataclass(frozen=True)
class ItemNotes:
    """The notes typed under one agenda item; number and title are None for loose notes."""

    number: int | None
    title: str | None
    notes: tuple[NoteLine, ...]


@dataclass(frozen=True)
class DisputeLine:
    """A dispute as it stood when the meeting ended."""

    title: str
    category: DisputeCategory
    raised_by: str | None
    raised_by_team: Team
    role: DisputeRole | None
    """What happened to it at this meeting; None when it stayed open without coming up."""
    status_after: DisputeStatus
    sales_position: str
    marketing_position: str
    resolution: str
    raised_on: date | None
    times_discussed: int
    days_open: int | None = None
    """Days from the meeting it was raised at to this one's date, while it is open."""
    id: int = 0

    @property
    def still_open(self) -> bool:
        return self.status_after in UNRESOLVED


@dataclass(frozen=True)
class ActionLine:
    text: str
    owner: str | None
    team: Team | None
    due: date | None
    status: ActionStatus
    made_on: date | None
    overdue: bool
    id: int = 0


@dataclass(frozen=True)
class MetricPoint:
    on: date
    value: float
    target: float | None


@dataclass(frozen=True)
class MetricLine:
    goal: str
    team: Team | None
    unit: GoalUnit
    direction: Direction
    value: float
    target: float | None
    period_label: str
    history: tuple[MetricPoint, ...]
    smart: str = ""
    """The goal's deadline and objective, "by 31 Mar 2027 — objective", or empty."""

    @property
    def met(self) -> bool | None:
        return goal_met(self.value, self.target, self.direction)

    @property
    def verdict(self) -> str:
        return verdict(self.value, self.target, self.direction, self.unit)


@dataclass(frozen=True)
class BaselineAnswer:
    question: str
    answer: str
    first: str | None
    """The first run's answer, when this run is a later one."""
    change: str
    """"better", "worse", "same", or "" with nothing to compare."""


@dataclass(frozen=True)
class BaselineSection:
    """The alignment assessment taken at this meeting, read against the first one."""

    taken_at: datetime
    first_taken_at: datetime | None
    answers: tuple[BaselineAnswer, ...]
    lead_quality: str = ""
    """Follow-up read against conversion in words (facilitator.neutrality.lead_quality)."""


@dataclass(frozen=True)
class NextMeeting:
    title: str
    scheduled_at: datetime
    location: str


@dataclass(frozen=True)
class VersionLine:
    """Which sending of the minutes a PDF is: its number and day, and for an amendment what
    changed since the version sent before (issue #17)."""

    number: int
    on: date
    changes: tuple[str, ...] = ()

    @property
    def amended(self) -> bool:
        return self.number > 1

    @property
    def label(self) -> str:
        """'Version 2 (amended), 4 December 2026'."""
        day = day_month_year(self.on)
        if self.amended:
            return _("Version {number} (amended), {day}").format(number=self.number, day=day)
        return _("Version {number}, {day}").format(number=self.number, day=day)


@dataclass(frozen=True)
class MinutesSnapshot:
    """The minutes' whole content; times are aware datetimes in the local zone."""

    meeting_id: int
    title: str
    kind: MeetingKind
    status: MeetingStatus
    series: str | None
    scheduled_at: datetime
    started_at: datetime | None
    ended_at: datetime | None
    cap_seconds: int
    location: str
    moderator: PersonLine | None
    attendees: tuple[AttendeeLine, ...]
    agenda: tuple[AgendaLine, ...]
    notes: tuple[ItemNotes, ...]
    disputes: tuple[DisputeLine, ...]
    actions_new: tuple[ActionLine, ...]
    actions_carried: tuple[ActionLine, ...]
    actions_closed: tuple[ActionLine, ...]
    metrics: tuple[MetricLine, ...]
    next_meeting: NextMeeting | None
    prepared_on: date
    baseline: BaselineSection | None = None
    distribution: tuple[str, ...] = ()
    """Who receives the minutes without attending (the informed), as the PDF names them."""
    actions_overdue_elsewhere: tuple[ActionLine, ...] = ()
    """Overdue when the meeting ended, made at a meeting of another series or none."""
    version: VersionLine | None = None
    """Set on the minutes that are sent: the PDF then names its version."""
    agreements: AgreementsInMinutes = AgreementsInMinutes()
    """The agreements changed here, and for a management meeting those in force (issue #18)."""
    win_loss: WinLossLines | None = None
    """A win/loss rundown's deals tallied (issue #18); None for other meetings."""
    funnel: FunnelInMinutes | None = None
    """The funnel of the month before a management meeting or campaign check-in (issue #18)."""
    neutrality: NeutralityInMinutes = NeutralityInMinutes()
    """A management meeting's last three months of floor time, disputes and settlements."""

    @property
    def meeting_date(self) -> date:
        """The day the minutes are dated by and overdue and ages are judged on (meeting_day)."""
        return self.scheduled_at.date()

    @property
    def open_disputes(self) -> tuple[DisputeLine, ...]:
        """Every dispute unresolved when the meeting ended, as the Disputes window counts them."""
        return tuple(d for d in self.disputes if d.still_open)

    @property
    def overdue_actions(self) -> tuple[ActionLine, ...]:
        """Every action item overdue on the meeting's date, as the Action items window counts."""
        lines = (*self.actions_new, *self.actions_carried, *self.actions_overdue_elsewhere)
        return tuple(a for a in lines if a.overdue)

    @property
    def duration_seconds(self) -> int | None:
        return seconds_between(self.started_at, self.ended_at)

    @property
    def planned_seconds(self) -> int:
        return sum(line.planned_seconds for line in self.agenda)

    def attendees_with(self, status: AttendanceStatus) -> tuple[AttendeeLine, ...]:
        return tuple(a for a in self.attendees if a.status is status)

    def disputes_with(self, role: DisputeRole | None) -> tuple[DisputeLine, ...]:
        """The disputes that met this fate here; None: open ones that did not come up."""
        return tuple(d for d in self.disputes if d.role is role)

    def notes_of(self, kind: NoteKind) -> tuple[NoteLine, ...]:
        return tuple(n for group in self.notes for n in group.notes if n.kind is kind)


def snapshot_meeting(
    db: Database, meeting_id: int, *, today: date | None = None
) -> MinutesSnapshot:
    """Read a meeting once, so the PDF is made from data that no later edit can change midway.

    Statuses are those the meeting saw: an action item closed a week later still prints as open
    in this meeting's minutes, and a dispute settled later prints without its resolution.
    """
    from facilitator.minutes_reading import read_snapshot  # the ORM, only when reading

    return read_snapshot(db, meeting_id, today)
