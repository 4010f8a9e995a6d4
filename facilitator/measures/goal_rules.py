"""The goals' plain rules: the target in force on a day and a value judged against it, the one
place that judges, so the app's grid and trends and the minutes read a miss the same way. No
database here, so the minutes' snapshot can be read back without the storage layer."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from facilitator.measures.metric_units import format_gap
from facilitator.vocabulary import Direction, GoalUnit

if TYPE_CHECKING:
    from facilitator.measures.metrics import TargetStep
    from facilitator.storage.models import GoalTarget

TREND_POINTS = 6
"""How many meetings' values a trend shows by default, the latest included."""


def target_on(targets: Sequence[TargetStep | GoalTarget], day: date) -> float | None:
    """The target in force on a day: the one with the latest start on or before it."""
    in_force = [t for t in targets if t.effective_from <= day]
    if not in_force:
        return None
    return max(in_force, key=lambda t: t.effective_from).target


def goal_met(value: float, target: float | None, direction: Direction) -> bool | None:
    """Whether a value reaches its target, judged in the goal's own direction."""
    if target is None:
        return None
    if direction is Direction.LOWER_IS_BETTER:
        return value <= target
    return value >= target


def verdict(value: float | None, target: float | None, direction: Direction, unit: GoalUnit) -> str:
    """One line per goal: "met", "missed by 12", "missed by 3.5 points", "missed by €20,000",
    or why it can't tell."""
    if value is None:
        return "no value"
    met = goal_met(value, target, direction)
    if met is None or target is None:
        return "no target"
    if met:
        return "met"
    return f"missed by {format_gap(abs(value - target), unit)}"
