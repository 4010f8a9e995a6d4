"""Who is invited to a meeting and, once it starts, who is present, late or absent."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.language import _
from facilitator.meeting_views import AttendanceCounts as AttendanceCounts
from facilitator.meeting_views import AttendanceRefused, AttendanceView
from facilitator.meeting_views import count_marks as count_marks
from facilitator.record.meetings import MeetingNotFound
from facilitator.record.people import PersonNotFound
from facilitator.rules.carried_rule import held_before
from facilitator.storage.database import Database
from facilitator.storage.models import Attendance, Meeting, Person
from facilitator.vocabulary import AttendanceStatus, MeetingStatus


def unmarked_names(views: Iterable[AttendanceView]) -> list[str]:
    """Who is still invited with no mark, in the list's order: whom ending would leave blank."""
    return [view.name for view in views if view.status == AttendanceStatus.INVITED]


def _meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise MeetingNotFound(meeting_id)
    return meeting


def _person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise PersonNotFound(person_id)
    return person


def invite(db: Database, meeting_id: int, person_ids: Iterable[int]) -> int:
    """Put people on the meeting's list; those already on it keep their mark.

    Returns how many were newly invited. A deactivated person is refused: they left the roster.
    """
    added = 0
    with db.write() as session:
        _meeting(session, meeting_id)
        for person_id in dict.fromkeys(person_ids):
            person = _person(session, person_id)
            if session.get(Attendance, (meeting_id, person_id)) is not None:
                continue
            if not person.active:
                raise AttendanceRefused(
                    _("{person_name} is deactivated and can't be invited.").format(
                        person_name=person.name
                    )
                )
            session.add(Attendance(meeting_id=meeting_id, person_id=person_id))
            added += 1
    return added


def mark(db: Database, meeting_id: int, person_id: int, status: AttendanceStatus) -> None:
    """Record present, late or absent; someone on the roster who came uninvited is added."""
    with db.write() as session:
        _meeting(session, meeting_id)
        person = _person(session, person_id)
        row = session.get(Attendance, (meeting_id, person_id))
        if row is None:
            if not person.active:
                raise AttendanceRefused(
                    _("{person_name} is deactivated and can't be added.").format(
                        person_name=person.name
                    )
                )
            session.add(Attendance(meeting_id=meeting_id, person_id=person_id, status=status))
        else:
            row.status = status


def invite_previous_invitees(db: Database, meeting_id: int) -> list[str]:
    """Invite the people the series' previous meeting invited, each unmarked; their names.

    The previous meeting is the series' last one held before this one, cancelled ones aside.
    Guests came to it unannounced and deactivated people left the roster, so neither is
    invited again; the moderator adds or takes off anyone else as usual.
    """
    with db.write() as session:
        meeting = _meeting(session, meeting_id)
        if meeting.series_id is None:
            return []
        previous = session.scalars(
            select(Meeting.id)
            .where(
                Meeting.series_id == meeting.series_id,
                Meeting.status != MeetingStatus.CANCELLED,
                held_before(meeting),
            )
            .order_by(Meeting.scheduled_at.desc(), Meeting.id.desc())
            .limit(1)
        ).first()
        if previous is None:
            return []
        people = session.scalars(
            select(Person)
            .join(Attendance, Attendance.person_id == Person.id)
            .where(Attendance.meeting_id == previous, Person.active, ~Person.guest)
        ).all()
        invited = []
        for person in sorted(people, key=lambda person: (person.name.casefold(), person.id)):
            if session.get(Attendance, (meeting_id, person.id)) is None:
                session.add(Attendance(meeting_id=meeting_id, person_id=person.id))
                invited.append(person.name)
    return invited


def uninvite(db: Database, meeting_id: int, person_id: int) -> None:
    """Take someone off the list before the meeting; once marked, the mark is the record."""
    with db.write() as session:
        _meeting(session, meeting_id)
        person = _person(session, person_id)
        row = session.get(Attendance, (meeting_id, person_id))
        if row is None:
            raise AttendanceRefused(
                _("{person_name} is not on this meeting's list.").format(person_name=person.name)
            )
        if row.status != AttendanceStatus.INVITED:
            raise AttendanceRefused(
                _(
                    "{person_name} is already marked {status}; change the mark instead of "
                    "removing them."
                ).format(person_name=person.name, status=row.status.label.lower())
            )
        session.delete(row)


def statuses_of(
    db: Database, meeting_id: int, person_ids: Iterable[int]
) -> dict[int, AttendanceStatus | None]:
    """Each person's mark at the meeting, None for someone not on its list: what an undo keeps."""
    with db.read() as session:
        _meeting(session, meeting_id)
        return {
            person_id: row.status if row is not None else None
            for person_id in dict.fromkeys(person_ids)
            for row in [session.get(Attendance, (meeting_id, person_id))]
        }


def restore_attendance(
    db: Database, meeting_id: int, saved: Mapping[int, AttendanceStatus | None]
) -> None:
    """Put marks back as statuses_of saw them: the inverse of invite, mark and uninvite.

    None takes the person off the list whatever their mark now; it is the record as it was.
    """
    with db.write() as session:
        _meeting(session, meeting_id)
        for person_id, status in saved.items():
            row = session.get(Attendance, (meeting_id, person_id))
            if status is None:
                if row is not None:
                    session.delete(row)
            elif row is None:
                _person(session, person_id)
                session.add(Attendance(meeting_id=meeting_id, person_id=person_id, status=status))
            else:
                row.status = status


def attendance_of(db: Database, meeting_id: int) -> list[AttendanceView]:
    """The meeting's list sorted by name, as the attendance panel and the minutes show it."""
    with db.read() as session:
        _meeting(session, meeting_id)
        rows = session.execute(
            select(Person, Attendance.status)
            .join(Attendance, Attendance.person_id == Person.id)
            .where(Attendance.meeting_id == meeting_id)
        ).all()
        views = [
            AttendanceView(
                person_id=person.id,
                name=person.name,
                team=person.team,
                guest=person.guest,
                status=status,
                email=person.email,
            )
            for person, status in rows
        ]
    return sorted(views, key=lambda view: (view.name.casefold(), view.person_id))


def attendee_emails(db: Database, meeting_id: int) -> list[str]:
    """The addresses of everyone on the list who has one, for invitations and minutes."""
    return [view.email for view in attendance_of(db, meeting_id) if view.email]
