"""Follow-up read against conversion, as the seed articles read it: when Sales follows up most
leads and few of them convert, the leads are the likelier problem, not the follow-up.

"High" follow-up is at or above the target of the standard goal follow_up_24h, "low"
conversion below the target of follow_up_conversion, each as in force on the day read (the
standard goals' own targets where a goal is gone). The baseline's answers give the two shares,
or the two goals' latest values in the trends.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from facilitator.language import _
from facilitator.measures.metric_units import format_value
from facilitator.measures.metrics import DEFAULT_GOALS, Trend, target_on
from facilitator.storage.database import Database
from facilitator.storage.models import SLAGoal
from facilitator.vocabulary import GoalUnit

FOLLOW_UP_GOAL = "follow_up_24h"
CONVERSION_GOAL = "follow_up_conversion"
FOLLOW_UP_ANSWER = "followed_up_share"
CONVERSION_ANSWER = "conversion_share"


@dataclass(frozen=True)
class Targets:
    """The follow-up share that counts as high and the conversion share under which it is low."""

    follow_up: float
    conversion: float


@dataclass(frozen=True)
class LeadQualityReading:
    followed_up: float
    conversion: float
    targets: Targets

    @property
    def signal(self) -> bool:
        """High follow-up with low conversion: a lead-quality signal."""
        return (
            self.followed_up >= self.targets.follow_up and self.conversion < self.targets.conversion
        )

    @property
    def text(self) -> str:
        followed, converted = _pct(self.followed_up), _pct(self.conversion)
        follow_goal, conversion_goal = _pct(self.targets.follow_up), _pct(self.targets.conversion)
        values = dict(
            followed=followed,
            converted=converted,
            follow_goal=follow_goal,
            conversion_goal=conversion_goal,
        )
        if self.signal:
            return _(
                "Lead-quality signal: Sales follows up {followed} of the leads (goal "
                "{follow_goal}) but only {converted} convert (goal {conversion_goal}). The "
                "follow-up is there, so look at the leads: their source, the MQL definition "
                "and the scoring."
            ).format(**values)
        if self.followed_up < self.targets.follow_up:
            return _(
                "Follow-up is under its goal ({followed} against {follow_goal}), so the "
                "conversion of {converted} says little about the leads yet."
            ).format(**values)
        return _(
            "Follow-up ({followed}) and conversion ({converted}) both reach their goals "
            "({follow_goal}, {conversion_goal}): no sign of poor leads."
        ).format(**values)


def _pct(value: float) -> str:
    return format_value(value, GoalUnit.PERCENT)


def _standard(key: str) -> float:
    return next(goal.target for goal in DEFAULT_GOALS if goal.key == key)


def targets_in(session: Session, day: date) -> Targets:
    """The two goals' targets in force on day."""
    goals = {
        goal.key: goal
        for goal in session.scalars(
            select(SLAGoal)
            .where(SLAGoal.key.in_((FOLLOW_UP_GOAL, CONVERSION_GOAL)))
            .options(selectinload(SLAGoal.targets))
        )
    }

    def target(key: str) -> float:
        goal = goals.get(key)
        found = target_on(goal.targets, day) if goal is not None else None
        return found if found is not None else _standard(key)

    return Targets(target(FOLLOW_UP_GOAL), target(CONVERSION_GOAL))


def lead_quality_targets(db: Database, day: date) -> Targets:
    with db.read() as session:
        return targets_in(session, day)


def read_lead_quality(answers: Mapping[str, Any], targets: Targets) -> LeadQualityReading | None:
    """The reading of a baseline's answers; None where either share is not answered."""
    followed, converted = answers.get(FOLLOW_UP_ANSWER), answers.get(CONVERSION_ANSWER)
    if not (_number(followed) and _number(converted)):
        return None
    return LeadQualityReading(float(followed), float(converted), targets)


def read_trends(trends: Sequence[Trend]) -> LeadQualityReading | None:
    """The reading of the two goals' latest values against their targets of that day; None
    unless both have a value (and a target)."""
    latest = {trend.goal.key: trend.points[-1] for trend in trends if trend.points}
    followed, converted = latest.get(FOLLOW_UP_GOAL), latest.get(CONVERSION_GOAL)
    if followed is None or converted is None:
        return None
    if followed.target is None or converted.target is None:
        return None
    return LeadQualityReading(
        followed.value, converted.value, Targets(followed.target, converted.target)
    )


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)
