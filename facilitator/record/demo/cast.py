"""The demo's people and the goals its numbers are judged by."""

from __future__ import annotations

from facilitator.measures.metrics import DEFAULT_GOALS
from facilitator.record.demo.dates import month_after, month_before
from facilitator.record.demo.history import History
from facilitator.storage.models import GoalTarget, Person


def add_people(history: History) -> None:
    for spec in history.story.people:
        person = Person(
            name=spec.name,
            email=f"{spec.mailbox}@{history.story.domain}",
            team=spec.team,
            role=spec.role,
            active=spec.active,
            created_at=history.before_history(),
        )
        history.people[spec.key] = person
        history.session.add(person)


def add_goals(history: History) -> None:
    since = month_before(month_before(month_before(history.calendar.weekly[0])))
    raised_from = month_after(history.calendar.management[-2])
    for spec in DEFAULT_GOALS:
        goal = spec.new_goal(since)
        if spec.key == "mqls_delivered":
            goal.targets.append(
                GoalTarget(target=history.story.raised_mql_target, effective_from=raised_from)
            )
        history.goals[spec.key] = goal
        history.session.add(goal)
