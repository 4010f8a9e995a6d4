"""The alignment baseline: a short assessment of how Sales and Marketing work together.

Taken once and repeated now and then; each run is stored with its date (and the meeting it
was taken at), so later runs can be read against the first. A run stored before a question
was added has no answer to it and reads "—" there.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from functools import cache
from typing import Any

from sqlalchemy import Select, bindparam, select
from sqlalchemy.orm import Session, selectinload

from facilitator import timesource
from facilitator.language import N_, _
from facilitator.measures.metric_units import format_value
from facilitator.record.meetings import MeetingNotFound
from facilitator.storage.database import Database
from facilitator.storage.models import AlignmentBaseline, Meeting
from facilitator.vocabulary import GoalUnit


class AnswerKind(StrEnum):
    CHOICE = "choice"
    SCALE = "scale"
    PERCENT = "percent"


@dataclass(frozen=True)
class Question:
    key: str
    text: str
    kind: AnswerKind
    choices: tuple[str, ...] = ()
    """For a choice, best first; a later choice is a worse state of alignment."""


SCALE_MIN, SCALE_MAX = 1, 5

QUESTIONS: tuple[Question, ...] = (
    Question(
        "meeting_frequency",
        N_("How often do the two teams meet?"),
        AnswerKind.CHOICE,
        (
            N_("weekly"),
            N_("every two weeks"),
            N_("monthly"),
            N_("monthly, often skipped"),
            N_("rarely or never"),
        ),
    ),
    Question(
        "constructive",
        N_("How constructive are those meetings? (1 = not at all, 5 = fully)"),
        AnswerKind.SCALE,
    ),
    Question(
        "communication_outside_meetings",
        N_("How often do they talk outside meetings?"),
        AnswerKind.CHOICE,
        (N_("daily"), N_("weekly"), N_("monthly"), N_("rarely")),
    ),
    Question(
        "leaders_relationship",
        N_("How do the two teams' leaders get along?"),
        AnswerKind.CHOICE,
        (N_("working well"), N_("cordial"), N_("strained"), N_("no contact")),
    ),
    Question(
        "teams_about_each_other",
        N_("What do the teams say about each other?"),
        AnswerKind.CHOICE,
        (
            N_("they credit each other"),
            N_("mostly fair"),
            N_("grumbling now and then"),
            N_("'bad leads' and 'no follow-up'"),
            N_("open blame, in front of others"),
        ),
    ),
    Question(
        "followed_up_share",
        N_("Share of Marketing's leads that Sales follows up (%)"),
        AnswerKind.PERCENT,
    ),
    Question(
        "conversion_share",
        N_("Share of followed-up leads that convert (%)"),
        AnswerKind.PERCENT,
    ),
)
QUESTION_BY_KEY = {q.key: q for q in QUESTIONS}


class BaselineRefused(ValueError):
    """An answer the assessment cannot store; the message is one line for the user."""


@dataclass(frozen=True)
class BaselineView:
    id: int
    taken_at: datetime
    meeting_id: int | None
    meeting_title: str | None
    answers: Mapping[str, Any]


@dataclass(frozen=True)
class Change:
    question: Question
    before: Any
    after: Any
    direction: str
    """"better", "worse", "same", or "" when one side was not answered."""


def _check(question: Question, value: Any) -> Any:
    if question.kind is AnswerKind.CHOICE:
        if value not in question.choices:
            raise BaselineRefused(
                _("{text} Pick one of: {choices}").format(
                    text=_(question.text), choices=", ".join(question.choices)
                )
            )
        return value
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise BaselineRefused(_("{text} needs a number").format(text=_(question.text)))
    low, high = (SCALE_MIN, SCALE_MAX) if question.kind is AnswerKind.SCALE else (0, 100)
    if not low <= value <= high or (question.kind is AnswerKind.SCALE and value != int(value)):
        raise BaselineRefused(
            _("{text} takes a whole number from {low} to {high}").format(
                text=_(question.text), low=low, high=high
            )
        )
    return int(value) if float(value).is_integer() else float(value)


def check_answers(answers: Mapping[str, Any]) -> dict[str, Any]:
    """Every question answered, each within its scale; unknown keys refused."""
    unknown = set(answers) - set(QUESTION_BY_KEY)
    if unknown:
        raise BaselineRefused(_("unknown question: {key}").format(key=sorted(unknown)[0]))
    checked = {}
    for question in QUESTIONS:
        if question.key not in answers:
            raise BaselineRefused(_("{text} has no answer").format(text=_(question.text)))
        checked[question.key] = _check(question, answers[question.key])
    return checked


def save_baseline(
    db: Database,
    answers: Mapping[str, Any],
    *,
    meeting_id: int | None = None,
    taken_at: datetime | None = None,
) -> int:
    """Store one run of the assessment; returns its id."""
    checked = check_answers(answers)
    with db.write() as session:
        if meeting_id is not None and session.get(Meeting, meeting_id) is None:
            raise MeetingNotFound(meeting_id)
        row = AlignmentBaseline(
            meeting_id=meeting_id, taken_at=taken_at or timesource.now(), answers=checked
        )
        session.add(row)
        session.flush()
        return row.id


def _view(row: AlignmentBaseline) -> BaselineView:
    return BaselineView(
        id=row.id,
        taken_at=row.taken_at,
        meeting_id=row.meeting_id,
        meeting_title=row.meeting.title if row.meeting else None,
        answers=dict(row.answers),
    )


def list_baselines(db: Database) -> list[BaselineView]:
    """All runs, oldest first."""
    with db.read() as session:
        rows = session.scalars(
            select(AlignmentBaseline)
            .options(selectinload(AlignmentBaseline.meeting))
            .order_by(AlignmentBaseline.taken_at, AlignmentBaseline.id)
        ).all()
        return [_view(r) for r in rows]


@cache
def _at_meeting_query() -> Select[tuple[AlignmentBaseline]]:
    """Built once: the minutes ask at every export."""
    return (
        select(AlignmentBaseline)
        .where(AlignmentBaseline.meeting_id == bindparam("meeting_id"))
        .options(selectinload(AlignmentBaseline.meeting))
        .order_by(AlignmentBaseline.taken_at.desc(), AlignmentBaseline.id.desc())
        .limit(1)
    )


def baseline_at_meeting(session: Session, meeting_id: int) -> BaselineView | None:
    """The run taken at a meeting (the latest if more than one), for its minutes."""
    row = session.scalar(_at_meeting_query(), {"meeting_id": meeting_id})
    return _view(row) if row is not None else None


def first_baseline(session: Session) -> BaselineView | None:
    """The first run ever taken, the one later runs are read against."""
    row = session.scalar(
        select(AlignmentBaseline)
        .options(selectinload(AlignmentBaseline.meeting))
        .order_by(AlignmentBaseline.taken_at, AlignmentBaseline.id)
        .limit(1)
    )
    return _view(row) if row is not None else None


def _rank(question: Question, value: Any) -> float | None:
    """Higher is better on every question, so changes read the same way."""
    if value is None:
        return None
    if question.kind is AnswerKind.CHOICE:
        if value not in question.choices:
            return None
        return -question.choices.index(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return None


def compare(first: BaselineView, latest: BaselineView) -> list[Change]:
    """Each question's answer then and now, and whether alignment got better or worse."""
    changes = []
    for question in QUESTIONS:
        before, after = first.answers.get(question.key), latest.answers.get(question.key)
        old, new = _rank(question, before), _rank(question, after)
        if old is None or new is None:
            direction = ""
        elif new > old:
            direction = "better"
        elif new < old:
            direction = "worse"
        else:
            direction = "same"
        changes.append(Change(question, before, after, direction))
    return changes


def format_answer(question: Question, value: Any) -> str:
    if value is None:
        return "—"
    if question.kind is AnswerKind.PERCENT:
        return format_value(value, GoalUnit.PERCENT)
    if question.kind is AnswerKind.SCALE:
        return _("{value} of {top}").format(value=f"{value:g}", top=SCALE_MAX)
    return _(str(value))
