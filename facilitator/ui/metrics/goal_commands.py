"""The goals dialog's undoable edits: a new goal, a goal's details and target, (de)activation.

Each redo() calls the core (create_goal, edit_goal, set_target, set_active); each undo() puts
the goal back as goal_state saw it, or removes a goal just created (restore_goal), which the
core refuses once values have been recorded against it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from facilitator.measures.metrics import (
    GoalNotFound,
    GoalState,
    MetricRefused,
    SmartTerms,
    create_goal,
    goal_state,
    restore_goal,
)
from facilitator.storage.database import Database
from facilitator.ui.common.commands import EditCommand, Tell
from facilitator.vocabulary import Direction, GoalUnit, Period, Team


@dataclass(frozen=True)
class NewGoal:
    """What the form holds for a goal not yet stored."""

    name: str
    team: Team | None
    unit: GoalUnit
    direction: Direction
    period: Period
    target: float
    effective_from: date
    smart: SmartTerms = SmartTerms()


class CreateGoal(EditCommand):
    """Add a goal with its first target; undo removes it, redo brings back the same goal."""

    refusals = (MetricRefused, GoalNotFound)

    def __init__(self, db: Database, new: NewGoal, tell: Tell) -> None:
        super().__init__(
            QCoreApplication.translate("CreateGoal", "Add goal {goal}").format(
                goal=new.name.strip()
            ),
            QCoreApplication.translate("CreateGoal", "new goal"),
            tell,
        )
        self._db = db
        self._new = new
        self.goal_id: int | None = None
        self._saved: GoalState | None = None

    def apply(self) -> None:
        if self._saved is not None:
            assert self.goal_id is not None
            restore_goal(self._db, self.goal_id, self._saved)
            return
        new = self._new
        self.goal_id = create_goal(
            self._db,
            name=new.name,
            team=new.team,
            unit=new.unit,
            direction=new.direction,
            period=new.period,
            target=new.target,
            effective_from=new.effective_from,
            deadline=new.smart.deadline,
            objective=new.smart.objective,
        )
        self._saved = goal_state(self._db, self.goal_id)

    def revert(self) -> None:
        assert self.goal_id is not None
        restore_goal(self._db, self.goal_id, None)


class ChangeGoal(EditCommand):
    """Any change to a stored goal, of one or several core calls, all or nothing; undo puts
    the goal and its target history back as they were."""

    refusals = (MetricRefused, GoalNotFound)

    def __init__(
        self,
        db: Database,
        goal_id: int,
        text: str,
        noun: str,
        change: Callable[[], None],
        tell: Tell,
    ) -> None:
        super().__init__(text, noun, tell)
        self._db = db
        self.goal_id = goal_id
        self._change = change
        self._before: GoalState | None = None

    def apply(self) -> None:
        if self._before is None:
            self._before = goal_state(self._db, self.goal_id)
        try:
            self._change()
        except self.refusals:
            restore_goal(self._db, self.goal_id, self._before)
            raise

    def revert(self) -> None:
        assert self._before is not None
        restore_goal(self._db, self.goal_id, self._before)
