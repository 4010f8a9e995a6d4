"""SLA and funnel goals, the numbers a meeting records against them, trends and verdicts.

A value is judged against its target in one place (facilitator.measures.goal_rules): the app's
grid and trends and the minutes all ask it, so a miss reads the same everywhere.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Select, bindparam, func, select
from sqlalchemy.orm import Session, selectinload

from facilitator import timesource
from facilitator.language import N_, _
from facilitator.measures.goal_rules import TREND_POINTS, goal_met, target_on, verdict
from facilitator.measures.metric_units import without_unit
from facilitator.record.meetings import MeetingNotFound
from facilitator.storage.database import Database
from facilitator.storage.models import GoalTarget, Meeting, MetricValue, SLAGoal
from facilitator.storage.row_snapshot import RowSnapshot, RowTaken, put_back, snapshot
from facilitator.vocabulary import Direction, GoalUnit, Period, Team

MAX_NAME_LENGTH = 200
MAX_OBJECTIVE_LENGTH = 300
MAX_PERIOD_LABEL = 32
DEFAULTS_SINCE = date(2000, 1, 1)
"""Default targets hold from long ago, so every past meeting has a target to be judged by."""


class MetricRefused(ValueError):
    """A value or goal the core will not store; the message is one line for the user."""


class GoalNotFound(LookupError):
    def __init__(self, goal_id: int) -> None:
        super().__init__(_("goal {id} does not exist").format(id=goal_id))
        self.goal_id = goal_id


@dataclass(frozen=True)
class TargetStep:
    effective_from: date
    target: float


@dataclass(frozen=True)
class GoalView:
    id: int
    key: str
    name: str
    team: Team | None
    unit: GoalUnit
    direction: Direction
    period: Period
    active: bool
    history: tuple[TargetStep, ...]
    deadline: date | None = None
    """The day the target is to be reached by (SMART's time-bound)."""
    objective: str = ""
    """The objective the goal serves."""

    def target_on(self, day: date) -> float | None:
        return target_on(self.history, day)


@dataclass(frozen=True)
class SmartTerms:
    """What makes a goal SMART besides its target: the day it is due and what it serves."""

    deadline: date | None = None
    objective: str = ""


@dataclass(frozen=True)
class DefaultGoal:
    key: str
    name: str
    team: Team | None
    unit: GoalUnit
    direction: Direction
    period: Period
    target: float

    def new_goal(self, since: date) -> SLAGoal:
        """A goal row for this standard goal, its target in force from since."""
        goal = SLAGoal(
            key=self.key,
            name=self.name,
            team=self.team,
            unit=self.unit,
            direction=self.direction,
            period=self.period,
            active=True,
        )
        goal.targets = [GoalTarget(target=self.target, effective_from=since)]
        return goal


DEFAULT_GOALS: tuple[DefaultGoal, ...] = (
    DefaultGoal(
        "mqls_delivered",
        "MQLs delivered",
        Team.MARKETING,
        GoalUnit.COUNT,
        Direction.HIGHER_IS_BETTER,
        Period.MONTH,
        400,
    ),
    DefaultGoal(
        "follow_up_24h",
        "Leads followed up within 24 hours",
        Team.SALES,
        GoalUnit.PERCENT,
        Direction.HIGHER_IS_BETTER,
        Period.WEEK,
        90,
    ),
    DefaultGoal(
        "follow_up_conversion",
        "Followed-up leads that become opportunities",
        Team.SALES,
        GoalUnit.PERCENT,
        Direction.HIGHER_IS_BETTER,
        Period.MONTH,
        25,
    ),
    DefaultGoal(
        "pipeline_created",
        "Pipeline created",
        None,
        GoalUnit.EUR,
        Direction.HIGHER_IS_BETTER,
        Period.MONTH,
        500_000,
    ),
)


# --- reading what people type ---------------------------------------------------------------

_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")
_DECIMAL_COMMA = re.compile(r"^[+-]?\d+,\d+$")


def parse_value(text: str, unit: GoalUnit) -> float:
    """A typed value as a number valid for its unit; MetricRefused says why it is not.

    Tolerates thousands separators ("1,234.5"), a decimal comma ("3,5"), spaces, and the
    unit typed with the number ("85 %", "€510,000", "36 h"), as the app prints it.
    """
    raw = text.strip()
    if not raw:
        raise MetricRefused(_("enter a number"))
    cleaned = without_unit(raw, unit).replace(" ", "").replace("\u00a0", "")
    if _THOUSANDS.match(cleaned):
        cleaned = cleaned.replace(",", "")
    elif _DECIMAL_COMMA.match(cleaned):
        cleaned = cleaned.replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        raise MetricRefused(_("“{raw}” is not a number").format(raw=_short(raw))) from None
    check_value(value, unit)
    return value


def _short(text: str) -> str:
    return text if len(text) <= 30 else text[:29] + "…"


def check_value(value: float, unit: GoalUnit) -> None:
    """Refuse a number its unit cannot hold, with the reason."""
    if not math.isfinite(value):
        raise MetricRefused(_("enter a finite number"))
    if value < 0:
        raise MetricRefused(_(_NEGATIVE.get(unit, _AMOUNT_NEGATIVE)))
    if unit is GoalUnit.PERCENT and value > 100:
        raise MetricRefused(
            _("a percentage cannot be over 100 (got {value})").format(value=_echo(value))
        )
    if unit is GoalUnit.COUNT and not float(value).is_integer():
        raise MetricRefused(_("a count is a whole number (got {value})").format(value=_echo(value)))


_NEGATIVE = {
    GoalUnit.COUNT: N_("a count cannot be negative"),
    GoalUnit.PERCENT: N_("a percentage cannot be negative"),
    GoalUnit.HOURS: N_("hours cannot be negative"),
}
"""The refusal of a negative value of the unit; money is "an amount" in any currency."""
_AMOUNT_NEGATIVE = N_("an amount cannot be negative")


def _echo(value: float) -> str:
    """A refused number as typed, without float noise."""
    return f"{value:,f}".rstrip("0").rstrip(".")


# --- goals -----------------------------------------------------------------------------------


def _view(goal: SLAGoal) -> GoalView:
    return GoalView(
        id=goal.id,
        key=goal.key,
        name=goal.name,
        team=goal.team,
        unit=goal.unit,
        direction=goal.direction,
        period=goal.period,
        active=goal.active,
        history=tuple(
            TargetStep(t.effective_from, t.target)
            for t in sorted(goal.targets, key=lambda t: t.effective_from)
        ),
        deadline=goal.deadline,
        objective=goal.objective or "",
    )


def _goal(session: Session, goal_id: int) -> SLAGoal:
    goal = session.get(SLAGoal, goal_id, options=[selectinload(SLAGoal.targets)])
    if goal is None:
        raise GoalNotFound(goal_id)
    return goal


def _name_taken(session: Session, name: str, *, but: int | None = None) -> bool:
    """Whether another goal has the name in any letters' case, folded by Python on both
    engines (SQLite's lower() folds A-Z alone, PostgreSQL's the server locale's letters)."""
    folded = name.casefold()
    held = session.execute(select(SLAGoal.id, SLAGoal.name)).all()
    return any(held_name.casefold() == folded for held_id, held_name in held if held_id != but)


def _clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise MetricRefused(_("a goal needs a name"))
    if len(cleaned) > MAX_NAME_LENGTH:
        raise MetricRefused(
            _("a goal's name is at most {max_name_length} characters").format(
                max_name_length=MAX_NAME_LENGTH
            )
        )
    return cleaned


def _clean_objective(objective: str) -> str:
    cleaned = " ".join(objective.split())
    if len(cleaned) > MAX_OBJECTIVE_LENGTH:
        raise MetricRefused(
            _("a goal's objective is at most {max_objective_length} characters").format(
                max_objective_length=MAX_OBJECTIVE_LENGTH
            )
        )
    return cleaned


def _key_for(session: Session, name: str) -> str:
    base = re.sub(r"[^a-z0-9]+", "_", name.casefold()).strip("_")[:56] or "goal"
    taken = set(session.scalars(select(SLAGoal.key)))
    key, n = base, 2
    while key in taken:
        key, n = f"{base}_{n}", n + 1
    return key


def list_goals(db: Database, *, include_inactive: bool = False) -> list[GoalView]:
    with db.read() as session:
        query = select(SLAGoal).options(selectinload(SLAGoal.targets))
        if not include_inactive:
            query = query.where(SLAGoal.active.is_(True))
        goals = session.scalars(query.order_by(SLAGoal.id)).all()
        return [_view(g) for g in goals]


def create_goal(
    db: Database,
    *,
    name: str,
    team: Team | None,
    unit: GoalUnit,
    direction: Direction,
    period: Period,
    target: float,
    effective_from: date,
    deadline: date | None = None,
    objective: str = "",
) -> int:
    """A new goal with its first target; returns its id. A deadline already past is refused:
    a new goal can only be reached from today on."""
    cleaned = _clean_name(name)
    check_value(target, unit)
    objective = _clean_objective(objective)
    today = timesource.today()
    if deadline is not None and deadline < today:
        raise MetricRefused(
            _(
                "the deadline {deadline:%d %b %Y} has passed; a new goal's deadline is "
                "today ({today:%d %b %Y}) or later"
            ).format(deadline=deadline, today=today)
        )
    with db.write() as session:
        if _name_taken(session, cleaned):
            raise MetricRefused(
                _("a goal named “{cleaned}” already exists").format(cleaned=cleaned)
            )
        goal = SLAGoal(
            key=_key_for(session, cleaned),
            name=cleaned,
            team=team,
            unit=unit,
            direction=direction,
            period=period,
            active=True,
            deadline=deadline,
            objective=objective,
        )
        goal.targets = [GoalTarget(target=target, effective_from=effective_from)]
        session.add(goal)
        session.flush()
        return goal.id


def edit_goal(
    db: Database,
    goal_id: int,
    *,
    name: str,
    team: Team | None,
    direction: Direction,
    period: Period,
    smart: SmartTerms | None = None,
) -> None:
    """Rename or re-file a goal; its unit stays, because recorded values are in that unit.
    smart, when given, replaces the deadline and objective; a stored goal may keep a deadline
    now past: it says when the goal was due."""
    cleaned = _clean_name(name)
    objective = _clean_objective(smart.objective) if smart is not None else ""
    with db.write() as session:
        goal = _goal(session, goal_id)
        if _name_taken(session, cleaned, but=goal_id):
            raise MetricRefused(
                _("a goal named “{cleaned}” already exists").format(cleaned=cleaned)
            )
        goal.name, goal.team, goal.direction, goal.period = cleaned, team, direction, period
        if smart is not None:
            goal.deadline, goal.objective = smart.deadline, objective


def set_target(db: Database, goal_id: int, target: float, effective_from: date) -> None:
    """A new target from a date on; earlier meetings keep being judged by the old one."""
    with db.write() as session:
        goal = _goal(session, goal_id)
        check_value(target, goal.unit)
        same_day = next((t for t in goal.targets if t.effective_from == effective_from), None)
        if same_day is not None:
            same_day.target = target
        else:
            goal.targets.append(GoalTarget(target=target, effective_from=effective_from))


def set_active(db: Database, goal_id: int, active: bool) -> None:
    """Deactivate (or bring back) a goal; its recorded values and history stay."""
    with db.write() as session:
        _goal(session, goal_id).active = active


@dataclass(frozen=True)
class GoalState:
    """A goal's row and its target history as they stood: what an undo puts back."""

    goal: RowSnapshot
    targets: tuple[RowSnapshot, ...]


def goal_state(db: Database, goal_id: int) -> GoalState:
    with db.read() as session:
        goal = _goal(session, goal_id)
        return GoalState(snapshot(goal), tuple(snapshot(t) for t in goal.targets))


def restore_goal(db: Database, goal_id: int, saved: GoalState | None) -> None:
    """Make the goal what goal_state saw, targets and all; None removes a goal just created.

    The inverse of create_goal, edit_goal, set_target and set_active. A goal with recorded
    values is never removed: the values would lose what they measure.
    """
    with db.write() as session:
        goal = session.get(SLAGoal, goal_id, options=[selectinload(SLAGoal.targets)])
        if saved is None:
            if goal is None:
                return
            if session.scalar(select(func.count()).where(MetricValue.goal_id == goal_id)):
                raise MetricRefused(
                    _("“{goal_name}” has recorded values, so it stays").format(goal_name=goal.name)
                )
            session.delete(goal)
            return
        try:
            restored = put_back(session, saved.goal, identity="key")
        except RowTaken as error:
            raise MetricRefused(_("the goal can't be put back: its place was taken")) from error
        assert isinstance(restored, SLAGoal)
        restored.targets.clear()
        session.flush()
        # A target's own id names nothing, so the history is written afresh.
        restored.targets = [
            GoalTarget(target=t.get("target"), effective_from=t.get("effective_from"))
            for t in saved.targets
        ]


def ensure_default_goals(db: Database) -> bool:
    """Give a database that has never had a goal the four standard ones; True if it did.

    The app runs it at start once the demo has been offered (the demo replaces untouched
    standard goals with its own), and the metrics windows run it before they show goals.
    """
    with db.write() as session:
        if session.scalar(select(func.count()).select_from(SLAGoal)):
            return False
        for spec in DEFAULT_GOALS:
            session.add(spec.new_goal(DEFAULTS_SINCE))
        return True


# --- a meeting's values ----------------------------------------------------------------------


@dataclass(frozen=True)
class MetricRow:
    """One goal as the grid shows it for a meeting."""

    goal_id: int
    name: str
    team: Team | None
    unit: GoalUnit
    direction: Direction
    target: float | None
    value: float | None
    period_label: str

    @property
    def met(self) -> bool | None:
        return None if self.value is None else goal_met(self.value, self.target, self.direction)

    @property
    def verdict(self) -> str:
        return verdict(self.value, self.target, self.direction, self.unit)


def meeting_day(meeting: Meeting) -> date:
    """The local calendar day a meeting is judged on."""
    return day_of(meeting.scheduled_at)


def day_of(scheduled_at: datetime) -> date:
    """meeting_day of a meeting scheduled then, for rows read without the meeting itself."""
    return scheduled_at.astimezone().date()


def _meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise MeetingNotFound(meeting_id)
    return meeting


def meeting_rows(db: Database, meeting_id: int) -> list[MetricRow]:
    """Active goals, plus retired ones this meeting already has a value for."""
    with db.read() as session:
        meeting = _meeting(session, meeting_id)
        day = meeting_day(meeting)
        values = {
            v.goal_id: v
            for v in session.scalars(
                select(MetricValue).where(MetricValue.meeting_id == meeting_id)
            )
        }
        goals = session.scalars(
            select(SLAGoal).options(selectinload(SLAGoal.targets)).order_by(SLAGoal.id)
        ).all()
        rows = []
        for goal in goals:
            value = values.get(goal.id)
            if not goal.active and value is None:
                continue
            rows.append(
                MetricRow(
                    goal_id=goal.id,
                    name=goal.name,
                    team=goal.team,
                    unit=goal.unit,
                    direction=goal.direction,
                    target=target_on(goal.targets, day),
                    value=value.value if value else None,
                    period_label=value.period_label if value else "",
                )
            )
        return rows


def value_of(db: Database, meeting_id: int, goal_id: int) -> float | None:
    with db.read() as session:
        return session.scalar(
            select(MetricValue.value).where(
                MetricValue.meeting_id == meeting_id, MetricValue.goal_id == goal_id
            )
        )


def store_value(
    session: Session, meeting_id: int, goal: SLAGoal, value: float, period_label: str = ""
) -> None:
    """Record (or replace) one value inside a caller's transaction, checked for the unit."""
    check_value(value, goal.unit)
    label = period_label.strip()
    if len(label) > MAX_PERIOD_LABEL:
        raise MetricRefused(
            _("a period label is at most {max_period_label} characters").format(
                max_period_label=MAX_PERIOD_LABEL
            )
        )
    row = session.scalar(
        select(MetricValue).where(
            MetricValue.meeting_id == meeting_id, MetricValue.goal_id == goal.id
        )
    )
    if row is None:
        session.add(
            MetricValue(meeting_id=meeting_id, goal_id=goal.id, value=value, period_label=label)
        )
    else:
        row.value = value
        if label:
            row.period_label = label


def set_value(
    db: Database, meeting_id: int, goal_id: int, value: float, period_label: str = ""
) -> None:
    with db.write() as session:
        _meeting(session, meeting_id)
        store_value(session, meeting_id, _goal(session, goal_id), value, period_label)


def clear_value(db: Database, meeting_id: int, goal_id: int) -> None:
    with db.write() as session:
        row = session.scalar(
            select(MetricValue).where(
                MetricValue.meeting_id == meeting_id, MetricValue.goal_id == goal_id
            )
        )
        if row is not None:
            session.delete(row)


# --- trends ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class TrendPoint:
    meeting_id: int
    on: date
    value: float
    target: float | None
    direction: Direction

    @property
    def met(self) -> bool | None:
        return goal_met(self.value, self.target, self.direction)


@dataclass(frozen=True)
class Trend:
    goal: GoalView
    points: tuple[TrendPoint, ...]

    @property
    def verdict(self) -> str:
        """The verdict of the latest point, the one a meeting talks about."""
        if not self.points:
            return "no value yet"
        last = self.points[-1]
        return verdict(last.value, last.target, self.goal.direction, self.goal.unit)

    @property
    def misses(self) -> int:
        return sum(1 for p in self.points if p.met is False)


def trend_points(
    session: Session,
    goal: SLAGoal,
    *,
    until: datetime | None = None,
    series_id: int | None = None,
    last: int = TREND_POINTS,
) -> tuple[TrendPoint, ...]:
    """A goal's values at its last meetings, oldest first, each with the target of its day."""
    trends = goals_trend_points(session, [goal], until=until, series_id=series_id, last=last)
    return trends[goal.id]


@cache
def _trend_query(until: bool, series: bool) -> Select[tuple[int, float, int, datetime]]:
    """The last meetings' values of the goals goal_ids, up to a time and in a series if asked.

    Built once for each shape, so SQLAlchemy neither builds it nor works out its cache key
    again at every call.
    """
    newest_first = func.row_number().over(
        partition_by=MetricValue.goal_id,
        order_by=(Meeting.scheduled_at.desc(), Meeting.id.desc()),
    )
    query = (
        select(
            MetricValue.goal_id,
            MetricValue.value,
            Meeting.id.label("meeting_id"),
            Meeting.scheduled_at,
            newest_first.label("rank"),
        )
        .join(Meeting, MetricValue.meeting_id == Meeting.id)
        .where(MetricValue.goal_id.in_(bindparam("goal_ids", expanding=True)))
    )
    if until:
        query = query.where(Meeting.scheduled_at <= bindparam("until"))
    if series:
        query = query.where(Meeting.series_id == bindparam("series_id"))
    ranked = query.subquery()
    return (
        select(ranked.c.goal_id, ranked.c.value, ranked.c.meeting_id, ranked.c.scheduled_at)
        .where(ranked.c.rank <= bindparam("last"))
        .order_by(ranked.c.goal_id, ranked.c.rank.desc())
    )


def goals_trend_points(
    session: Session,
    goals: Sequence[SLAGoal],
    *,
    until: datetime | None = None,
    series_id: int | None = None,
    last: int = TREND_POINTS,
) -> dict[int, tuple[TrendPoint, ...]]:
    """trend_points of each goal by its id, read in one query rather than one a goal."""
    params: dict[str, Any] = {"goal_ids": [goal.id for goal in goals], "last": last}
    if until is not None:
        params["until"] = until
    if series_id is not None:
        params["series_id"] = series_id
    rows = session.execute(_trend_query(until is not None, series_id is not None), params)
    by_id = {goal.id: goal for goal in goals}
    points: dict[int, list[TrendPoint]] = {goal.id: [] for goal in goals}
    for goal_id, value, meeting_id, scheduled_at in rows:
        goal = by_id[goal_id]
        day = day_of(scheduled_at)
        points[goal_id].append(
            TrendPoint(meeting_id, day, value, target_on(goal.targets, day), goal.direction)
        )
    return {goal_id: tuple(line) for goal_id, line in points.items()}


def trends(
    db: Database, *, last: int = TREND_POINTS, include_inactive: bool = False
) -> list[Trend]:
    """Every goal's trend over its last meetings with a value, for the trends view."""
    if last < 1:
        raise MetricRefused(_("a trend needs at least one meeting"))
    with db.read() as session:
        query = select(SLAGoal).options(selectinload(SLAGoal.targets)).order_by(SLAGoal.id)
        if not include_inactive:
            query = query.where(SLAGoal.active.is_(True))
        return [
            Trend(_view(goal), trend_points(session, goal, last=last))
            for goal in session.scalars(query).all()
        ]
