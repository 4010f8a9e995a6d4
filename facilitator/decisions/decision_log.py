"""The decision log: what each decision note commits to (an owner, the goal that will show
whether it worked, a review date) and whether it has come back to be reviewed.

A decision note without a Decision row is still in the log, with nothing committed; setting
its details makes the row, clearing them all removes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.language import _
from facilitator.measures.metrics import meeting_day
from facilitator.storage.database import Database
from facilitator.storage.models import Decision, Meeting, Note, Person, SLAGoal
from facilitator.vocabulary import NoteKind


class DecisionRefused(ValueError):
    """Details the core will not store; the message is one line for the user."""


@dataclass(frozen=True)
class DecisionDetails:
    owner_id: int | None = None
    goal_id: int | None = None
    review_on: date | None = None

    @property
    def empty(self) -> bool:
        return self.owner_id is None and self.goal_id is None and self.review_on is None


@dataclass(frozen=True)
class DecisionEntry:
    """One decision as the log lists it."""

    note_id: int
    meeting_id: int
    meeting_title: str
    decided_on: date
    text: str
    details: DecisionDetails
    owner: str
    goal: str
    reviewed_meeting_id: int | None
    reviewed_at: str
    """The meeting that reviewed it, titled and dated; empty until one has."""

    def due_on(self, today: date) -> bool:
        """Its review date has come and no meeting has reviewed it yet."""
        review = self.details.review_on
        return review is not None and review <= today and self.reviewed_meeting_id is None


def _decision_note(session: Session, note_id: int) -> Note:
    note = session.get(Note, note_id)
    if note is None:
        raise DecisionRefused(_("That note is gone."))
    if note.kind is not NoteKind.DECISION:
        raise DecisionRefused(_("Only a decision note has an owner, a goal and a review date."))
    return note


def decision_details(db: Database, note_id: int) -> DecisionDetails:
    with db.read() as session:
        row = session.scalar(select(Decision).where(Decision.note_id == note_id))
        if row is None:
            return DecisionDetails()
        return DecisionDetails(row.owner_id, row.goal_id, row.review_on)


def set_decision(db: Database, note_id: int, details: DecisionDetails) -> None:
    """Store what a decision note commits to; all empty removes the row.

    A review date before the day it was decided is refused; changing the review date lets a
    reviewed decision come back again.
    """
    with db.write() as session:
        note = _decision_note(session, note_id)
        row = session.scalar(select(Decision).where(Decision.note_id == note_id))
        if details.empty:
            if row is not None:
                session.delete(row)
            return
        decided = meeting_day(note.meeting)
        if details.review_on is not None and details.review_on < decided:
            raise DecisionRefused(
                _(
                    "The review date is before the decision ({decided:%d %b %Y}); choose a "
                    "day after it."
                ).format(decided=decided)
            )
        if details.owner_id is not None and session.get(Person, details.owner_id) is None:
            raise DecisionRefused(_("That owner is no longer on the roster."))
        if details.goal_id is not None and session.get(SLAGoal, details.goal_id) is None:
            raise DecisionRefused(_("That goal is gone."))
        if row is None:
            row = Decision(note_id=note_id)
            session.add(row)
        elif row.review_on != details.review_on:
            row.reviewed_meeting_id = None
        row.owner_id, row.goal_id, row.review_on = (
            details.owner_id,
            details.goal_id,
            details.review_on,
        )


def set_reviewed(db: Database, note_id: int, meeting_id: int | None) -> None:
    """Mark which meeting reviewed a decision (None: not yet); the undo of a review."""
    with db.write() as session:
        row = session.scalar(select(Decision).where(Decision.note_id == note_id))
        if row is not None:
            row.reviewed_meeting_id = meeting_id


def _label(meeting: Meeting | None) -> str:
    return f"{meeting.title}, {meeting_day(meeting):%d %b %Y}" if meeting else ""


def decision_log(
    db: Database, *, due_by: date | None = None, meeting_id: int | None = None
) -> list[DecisionEntry]:
    """Every decision note, newest meeting first; due_by keeps those due for review by that
    day; meeting_id keeps one meeting's."""
    with db.read() as session:
        query = (
            select(Note, Decision)
            .join(Meeting, Note.meeting_id == Meeting.id)
            .outerjoin(Decision, Decision.note_id == Note.id)
            .where(Note.kind == NoteKind.DECISION)
            .order_by(Meeting.scheduled_at.desc(), Note.offset_seconds, Note.id)
        )
        if meeting_id is not None:
            query = query.where(Note.meeting_id == meeting_id)
        entries = []
        for note, row in session.execute(query):
            details = (
                DecisionDetails(row.owner_id, row.goal_id, row.review_on)
                if row
                else DecisionDetails()
            )
            reviewed = row.reviewed_meeting_id if row else None
            entry = DecisionEntry(
                note_id=note.id,
                meeting_id=note.meeting_id,
                meeting_title=note.meeting.title,
                decided_on=meeting_day(note.meeting),
                text=note.text,
                details=details,
                owner=row.owner.name if row and row.owner else "",
                goal=row.goal.name if row and row.goal else "",
                reviewed_meeting_id=reviewed,
                reviewed_at=_label(session.get(Meeting, reviewed) if reviewed else None),
            )
            if due_by is None or entry.due_on(due_by):
                entries.append(entry)
        return entries
