"""A realistic demo history, so a new user explores a lived-in database instead of an empty one.

What happened is data, in resources/demo: the people, what each meeting said, the disputes, the
action items and the moderator's assessments. This module builds the history from it: when the
meetings fall relative to today, how each one ran, who came, and the numbers it reviewed, with
every random choice from one seeded generator.

Its parts: story.py reads resources/demo, dates.py places the meetings around today,
timings.py makes up how each ran, history.py holds what they share; cast.py writes the people
and goals, meetings.py the meetings, their runs and attendance, notes.py the numbers and
notes, outcomes.py the disputes, action items and assessments, campaign.py the campaign
check-ins (after the funnel its notes quote). The other parts of issue #18 live in their own
packages and are called from _build.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator import timesource
from facilitator.agreements.demo_agreements import add_demo_agreements
from facilitator.decisions.demo_decisions import add_demo_decisions
from facilitator.funnel.demo_funnel import add_funnel
from facilitator.measures.metrics import DEFAULT_GOALS
from facilitator.neutrality.demo_neutrality import add_demo_neutrality
from facilitator.record.demo.campaign import add_campaign_check_ins
from facilitator.record.demo.cast import add_goals, add_people
from facilitator.record.demo.history import History
from facilitator.record.demo.meetings import add_meetings
from facilitator.record.demo.notes import add_metrics_and_notes
from facilitator.record.demo.outcomes import add_actions, add_baselines, add_disputes
from facilitator.storage.database import Database
from facilitator.storage.models import ActionItem, Dispute, Meeting, MetricValue, Person, SLAGoal


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


def _build(history: History) -> DemoSummary:
    """Write every part in the one order that keeps the rng's draws, so a seed gives one history."""
    add_people(history)
    add_meetings(history)
    history.session.flush()
    add_goals(history)
    add_metrics_and_notes(history)
    add_disputes(history)
    add_actions(history)
    add_baselines(history)
    add_funnel(history.session, history.today)
    history.session.flush()
    add_demo_neutrality(history.session)
    add_demo_agreements(history.session, history.meetings, history.before_history().date())
    add_demo_decisions(history)  # the win/loss rundown, decisions' reviews, SMART goals
    add_campaign_check_ins(history)  # after the funnel its notes quote
    return DemoSummary(
        meetings=len(history.meetings),
        people=len(history.people),
        notes=history.note_count,
        disputes=_count(history.session, Dispute),
        action_items=_count(history.session, ActionItem),
        metric_values=len(history.values),
    )


def _count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def only_standard_goals(session: Session) -> bool:
    """Whether the goals are the untouched standard ones a new database starts with (the demo
    and a copied history bring their own in their place)."""
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
        count = _count(session, model)
        if model is SLAGoal and only_standard_goals(session):
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
        return _build(History(session, random.Random(seed), today or timesource.today()))
