"""Creating, listing and reading meetings: what the main window and the command line ask for."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified

from facilitator.language import N_, _
from facilitator.meeting_views import (
    MAX_TITLE_LENGTH,
    AgendaItemView,
    MeetingNotFound,
    MeetingSummary,
    MeetingView,
)
from facilitator.record.rows import agenda_plan, agenda_rows
from facilitator.rules.agenda import (
    AgendaPlan,
    PlanRefused,
    check_plan,
    moderator_slot_problems,
    over_cap_text,
    validate_plan,
    with_presenters,
)
from facilitator.storage.database import Database
from facilitator.storage.models import AgendaItem, Meeting, Person
from facilitator.team.conflicts import check_version, refused_when_stale
from facilitator.vocabulary import MeetingStatus, Team


def agenda_item_view(item: AgendaItem) -> AgendaItemView:
    """One stored agenda item as read; its presenter must be loaded with it."""
    return AgendaItemView(
        id=item.id,
        position=item.position,
        title=item.title,
        kind=item.kind,
        planned_seconds=item.planned_seconds,
        presenter_team=item.presenter_team,
        presenter_id=item.presenter_id,
        presenter_name=item.presenter.name if item.presenter else None,
        description=item.description,
        actual_start=item.actual_start,
        actual_end=item.actual_end,
    )


def meeting_view(meeting: Meeting) -> MeetingView:
    """A stored meeting as read; its moderator, items and their presenters loaded with it."""
    return MeetingView(
        id=meeting.id,
        title=meeting.title,
        kind=meeting.kind,
        status=meeting.status,
        scheduled_at=meeting.scheduled_at,
        cap_seconds=meeting.cap_seconds,
        moderator_id=meeting.moderator_id,
        moderator_name=meeting.moderator.name if meeting.moderator else None,
        moderator_team=meeting.moderator.team if meeting.moderator else None,
        series_id=meeting.series_id,
        items=tuple(agenda_item_view(item) for item in meeting.items),
        version=meeting.version,
    )


def meeting_summaries(session: Session, *where: ColumnElement[bool]) -> list[MeetingSummary]:
    """The meeting list's lines for the meetings that match every condition, newest first."""
    rows = session.execute(
        select(Meeting.id, Meeting.scheduled_at, Meeting.title, Meeting.kind, Meeting.status)
        .where(*where)
        .order_by(Meeting.scheduled_at.desc(), Meeting.id.desc())
    ).all()
    return [MeetingSummary(*row) for row in rows]


class MeetingLocked(ValueError):
    """The meeting has ended; its plan is history and stays as it was run."""


class MeetingRefused(ValueError):
    """The meeting's people break a rule of a neutral meeting: the moderator holds a slot."""


def _check_title(title: str) -> None:
    if not title.strip():
        raise ValueError(_("The meeting needs a title."))
    if len(title) > MAX_TITLE_LENGTH:
        raise ValueError(
            _("The meeting title is {length} characters; at most {most} fit.").format(
                length=len(title), most=MAX_TITLE_LENGTH
            )
        )


def _people_of(
    session: Session, plans: tuple[AgendaPlan, ...], moderator_id: int | None
) -> tuple[dict[int, Team], dict[int, str]]:
    """The teams and names of everyone the plans and the moderator name, as the rules want."""
    ids = {item.presenter_id for plan in plans for item in plan.items}
    ids.add(moderator_id)
    ids.discard(None)
    people = session.execute(select(Person.id, Person.team, Person.name).where(Person.id.in_(ids)))
    teams: dict[int, Team] = {}
    names: dict[int, str] = {}
    for person_id, team, name in people:
        teams[person_id] = team
        names[person_id] = name
    return teams, names


def _check_moderator(plan: AgendaPlan, moderator_id: int | None, names: dict[int, str]) -> None:
    """MeetingRefused when the moderator also presents: they run the meeting and hold no slot."""
    problems = moderator_slot_problems(plan, moderator_id, names)
    if problems:
        raise MeetingRefused(problems[0].message)


def _validate_against_people(
    session: Session, plan: AgendaPlan, moderator_id: int | None = None
) -> None:
    """The plan rules, with the presenters' real teams so a wrong-team presenter is caught,
    and the moderator's rule: MeetingRefused when they hold a slot, PlanRefused for the rest."""
    teams, names = _people_of(session, (plan,), moderator_id)
    _check_moderator(plan, moderator_id, names)
    validate_plan(plan, teams, names=names)


def create_meeting(
    db: Database,
    plan: AgendaPlan,
    *,
    title: str,
    scheduled_at: datetime,
    moderator_id: int | None = None,
    series_id: int | None = None,
) -> int:
    """Store a new planned meeting with its agenda copied from plan; returns its id.

    Raises PlanRefused when the plan breaks a cap rule, ValueError for a bad title.
    """
    _check_title(title)
    with db.write() as session:
        _validate_against_people(session, plan, moderator_id)
        meeting = Meeting(
            kind=plan.kind,
            title=title,
            scheduled_at=scheduled_at,
            cap_seconds=plan.cap_seconds,
            moderator_id=moderator_id,
            series_id=series_id,
            status=MeetingStatus.PLANNED,
        )
        meeting.items = agenda_rows(plan)
        session.add(meeting)
        session.flush()
        return meeting.id


def list_meetings(db: Database) -> list[MeetingSummary]:
    """All meetings, newest first."""
    with db.read() as session:
        return meeting_summaries(session)


def load_meeting(db: Database, meeting_id: int) -> MeetingView:
    with db.read() as session:
        meeting = session.scalar(
            select(Meeting)
            .where(Meeting.id == meeting_id)
            .options(
                selectinload(Meeting.items).selectinload(AgendaItem.presenter),
                selectinload(Meeting.moderator),
            )
        )
        if meeting is None:
            raise MeetingNotFound(meeting_id)
        return meeting_view(meeting)


def count_meetings(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count(Meeting.id))) or 0


def _plannable(session: Session, meeting_id: int) -> Meeting:
    """The stored meeting whose agenda may still change; MeetingLocked once it has ended."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise MeetingNotFound(meeting_id)
    if meeting.status in (MeetingStatus.ENDED, MeetingStatus.CANCELLED):
        raise MeetingLocked(f"'{meeting.title}' has {meeting.status.value}; its agenda stays.")
    return meeting


def _put_plan(session: Session, meeting: Meeting, plan: AgendaPlan) -> None:
    meeting.items.clear()
    session.flush()
    meeting.items.extend(agenda_rows(plan))
    meeting.cap_seconds = plan.cap_seconds


def replace_agenda(db: Database, meeting_id: int, plan: AgendaPlan) -> None:
    """Save an edited plan (cap and items) over a meeting that has not ended yet."""
    with db.write() as session:
        meeting = _plannable(session, meeting_id)
        _validate_against_people(session, plan, meeting.moderator_id)
        _put_plan(session, meeting, plan)


def update_meeting(
    db: Database,
    meeting_id: int,
    *,
    title: str,
    scheduled_at: datetime,
    moderator_id: int | None,
) -> None:
    """Save a meeting's own fields; MeetingRefused when the new moderator holds a slot."""
    _check_title(title)
    with db.write() as session:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise MeetingNotFound(meeting_id)
        stored = agenda_plan(meeting)
        _check_moderator(stored, moderator_id, _people_of(session, (stored,), moderator_id)[1])
        meeting.title = title
        meeting.scheduled_at = scheduled_at
        meeting.moderator_id = moderator_id


@dataclass(frozen=True)
class MeetingFields:
    """A meeting's own fields, which no cap rule reads."""

    title: str
    scheduled_at: datetime
    moderator_id: int | None


@dataclass(frozen=True)
class SavedMeeting:
    """What save_meeting wrote: which parts, the agenda now stored, and what kept the rest back."""

    parts: tuple[str, ...]
    plan: AgendaPlan
    blocked: str | None = None

    @property
    def message(self) -> str:
        """'Saved.', or what was saved and the one thing the agenda still needs."""
        if self.blocked is None:
            return _("Saved.")
        if not self.parts:
            return _("Not saved. {reason}").format(reason=self.blocked)
        words = [_(PART_WORDS.get(part, part)) for part in self.parts]
        listed = (
            words[0]
            if len(words) == 1
            else (_("{first} and {last}").format(first=", ".join(words[:-1]), last=words[-1]))
        )
        return _("Saved the {parts}. {reason}").format(parts=listed, reason=self.blocked)


PART_WORDS = {
    "title": N_("title"),
    "date": N_("date"),
    "moderator": N_("moderator"),
    "agenda": N_("agenda"),
    "presenters": N_("presenters"),
}
"""The words a save message uses for the parts it names, marked for the catalogue."""


def _blocked_text(plan: AgendaPlan, refused: PlanRefused) -> str:
    return over_cap_text(plan) or _("The agenda is not saved: {reason}").format(reason=refused)


def save_meeting(
    db: Database,
    meeting_id: int,
    fields: MeetingFields,
    plan: AgendaPlan,
    *,
    expected_version: int | None = None,
) -> SavedMeeting:
    """Save a meeting's fields and its agenda in one transaction.

    An agenda the cap rules refuse does not hold back what they never read: the title, date
    and moderator are saved, and so are the presenters of the slots (with_presenters); the
    result says what the agenda still needs. Raises PlanRefused when nothing at all could be
    saved, MeetingRefused when the moderator holds a slot (nothing saved: which of the two is
    meant is the moderator's choice), ValueError for a bad title, ChangedElsewhere when the
    meeting is no longer at expected_version (the one the form read).
    """
    _check_title(fields.title)
    with refused_when_stale("meeting"), db.write() as session:
        meeting = _plannable(session, meeting_id)
        check_version("meeting", meeting.version, expected_version)
        stored = agenda_plan(meeting)
        teams, names = _people_of(session, (stored, plan), fields.moderator_id)
        _check_moderator(plan, fields.moderator_id, names)
        kept = plan
        refusal = check_plan(plan, teams, names=names)
        if refusal:
            kept = with_presenters(stored, plan)
            if check_plan(kept, teams, names=names):
                kept = stored
            _check_moderator(kept, fields.moderator_id, names)
        parts = _changed_parts(meeting, fields, stored, kept, whole=not refusal)
        if refusal and not parts:
            raise PlanRefused(refusal)
        meeting.title = fields.title
        meeting.scheduled_at = fields.scheduled_at
        meeting.moderator_id = fields.moderator_id
        if kept != stored:
            _put_plan(session, meeting, kept)
        flag_modified(meeting, "title")  # every save moves the version, an agenda's alone too
        blocked = _blocked_text(plan, PlanRefused(refusal)) if refusal else None
        return SavedMeeting(parts, kept, blocked)


def _changed_parts(
    meeting: Meeting, fields: MeetingFields, stored: AgendaPlan, kept: AgendaPlan, *, whole: bool
) -> tuple[str, ...]:
    """The words for what a save changes, in the form's order."""
    parts = []
    if fields.title != meeting.title:
        parts.append("title")
    if fields.scheduled_at != meeting.scheduled_at:
        parts.append("date")
    if fields.moderator_id != meeting.moderator_id:
        parts.append("moderator")
    if kept != stored:
        parts.append("agenda" if whole else "presenters")
    return tuple(parts)


def reschedule(meeting: Meeting, when: datetime) -> None:
    """Date a stored meeting by `when`, to the minute, inside the caller's transaction.

    Whatever dates a meeting (the list, its minutes, "raised on", overdue action items, the
    series' next date) reads scheduled_at, so moving it is all a meeting held on another day
    than planned needs to carry its real date everywhere.
    """
    if meeting.status in (MeetingStatus.ENDED, MeetingStatus.CANCELLED):
        raise MeetingLocked(f"'{meeting.title}' has {meeting.status.value}; its date stays.")
    meeting.scheduled_at = when.replace(second=0, microsecond=0)


def move_meeting_to(db: Database, meeting_id: int, when: datetime) -> None:
    """Move a meeting that has not ended to `when` (to the minute); MeetingLocked once it has."""
    with db.write() as session:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise MeetingNotFound(meeting_id)
        reschedule(meeting, when)
