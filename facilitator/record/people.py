"""The roster: who can be invited, present a slot or moderate, and the checks on each entry."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from facilitator.language import _
from facilitator.meeting_views import PersonNotFound, PersonRefused, PersonView, moderator_warning
from facilitator.meeting_views import moderator_question as moderator_question
from facilitator.record.meetings import MeetingNotFound, MeetingRefused
from facilitator.record.rows import agenda_plan
from facilitator.rules.agenda import moderator_slot_problems
from facilitator.storage.database import Database
from facilitator.storage.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    Dispute,
    Meeting,
    Person,
)
from facilitator.storage.row_snapshot import RowSnapshot, RowTaken, put_back, snapshot
from facilitator.vocabulary import AttendanceStatus, Team

MAX_NAME_LENGTH = 200
MAX_ROLE_LENGTH = 200
MAX_EMAIL_LENGTH = 320

_EMAIL = re.compile(
    r"(?P<local>[^\s@<>()\[\],;:\"\\]+)"
    r"@(?P<domain>(?:[^\s@<>()\[\],;:\"\\.]+\.)+[^\s@<>()\[\],;:\"\\.]{2,})"
)


@dataclass(frozen=True)
class PersonInput:
    """What the roster form (or an import) offers for one person, before any check."""

    name: str
    email: str | None
    team: Team
    role: str = ""


def is_valid_email(email: str) -> bool:
    """A plausible address: one @, no spaces, a dotted domain; mail delivery is the real test."""
    match = _EMAIL.fullmatch(email)
    if match is None:
        return False
    local = match["local"]
    return not (local.startswith(".") or local.endswith(".") or ".." in local)


def _clean_email(email: str | None) -> str | None:
    if email is None or not email.strip():
        return None
    return email.strip()


def validate_person(person: PersonInput, *, guest: bool = False) -> list[str]:
    """Every reason the entry can't be stored; a guest added on the spot may have no email."""
    problems = []
    name = person.name.strip()
    if not name:
        problems.append(_("A name is needed."))
    elif len(name) > MAX_NAME_LENGTH:
        problems.append(
            _("The name is {length} characters; the most is {most}.").format(
                length=len(name), most=MAX_NAME_LENGTH
            )
        )
    email = _clean_email(person.email)
    if email is None:
        if not guest:
            problems.append(
                _("An email address is needed for {name}.").format(name=name)
                if name
                else _("An email address is needed for a roster member.")
            )
    elif len(email) > MAX_EMAIL_LENGTH:
        problems.append(
            _("The email address is {length} characters; the most is {most}.").format(
                length=len(email), most=MAX_EMAIL_LENGTH
            )
        )
    elif not is_valid_email(email):
        problems.append(_("'{email}' is not a valid email address.").format(email=email))
    if not isinstance(person.team, Team):
        problems.append(_("'{team}' is not a team.").format(team=person.team))
    if len(person.role.strip()) > MAX_ROLE_LENGTH:
        problems.append(
            _("The role is {length} characters; the most is {most}.").format(
                length=len(person.role.strip()), most=MAX_ROLE_LENGTH
            )
        )
    return problems


def _refuse_invalid(person: PersonInput, *, guest: bool) -> None:
    problems = validate_person(person, guest=guest)
    if problems:
        raise PersonRefused(" ".join(problems))


def _check_email_free(session: Session, email: str | None, *, except_id: int | None) -> None:
    """Emails are compared case-insensitively in Python, since SQLite's lower() is ASCII only."""
    if email is None:
        return
    wanted = email.casefold()
    rows = session.execute(
        select(Person.id, Person.name, Person.email, Person.active).where(Person.email.is_not(None))
    )
    for person_id, name, other, active in rows:
        if person_id != except_id and other.casefold() == wanted:
            hint = " (deactivated; reactivate them instead)" if not active else ""
            raise PersonRefused(
                _("{name}{hint} already has the email address {other}.").format(
                    name=name, hint=hint, other=other
                )
            )


def _get(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise PersonNotFound(person_id)
    return person


def _view(person: Person) -> PersonView:
    return PersonView(
        id=person.id,
        name=person.name,
        email=person.email,
        team=person.team,
        role=person.role,
        active=person.active,
        guest=person.guest,
    )


def _store(db: Database, person: PersonInput, *, person_id: int | None, guest: bool) -> int:
    email = _clean_email(person.email)
    try:
        with db.write() as session:
            _check_email_free(session, email, except_id=person_id)
            row = (
                Person(guest=guest, active=True) if person_id is None else _get(session, person_id)
            )
            row.name = person.name.strip()
            row.email = email
            row.team = person.team
            row.role = person.role.strip()
            session.add(row)
            session.flush()
            return row.id
    except IntegrityError as error:
        raise PersonRefused(
            _("Someone already has the email address {email}.").format(email=email)
        ) from error


def add_person(db: Database, person: PersonInput) -> int:
    """Add a roster member; refuses an invalid entry or an email someone already has."""
    _refuse_invalid(person, guest=False)
    return _store(db, person, person_id=None, guest=False)


def edit_person(db: Database, person_id: int, person: PersonInput) -> None:
    """Change a person's details; a guest keeps being allowed to have no email."""
    with db.read() as session:
        guest = _get(session, person_id).guest
    _refuse_invalid(person, guest=guest)
    _store(db, person, person_id=person_id, guest=guest)


def _set_active(db: Database, person_id: int, active: bool) -> None:
    with db.write() as session:
        _get(session, person_id).active = active


def deactivate_person(db: Database, person_id: int) -> None:
    """Take someone off the lists for new meetings while past minutes keep their name."""
    _set_active(db, person_id, False)


def reactivate_person(db: Database, person_id: int) -> None:
    _set_active(db, person_id, True)


def _appearances(session: Session, person_id: int) -> list[str]:
    counts = [
        (select(func.count(Meeting.id)).where(Meeting.moderator_id == person_id), "moderator"),
        (
            select(func.count(AgendaItem.id)).where(AgendaItem.presenter_id == person_id),
            "presenter",
        ),
        (
            select(func.count(Attendance.meeting_id)).where(Attendance.person_id == person_id),
            "on an attendance list",
        ),
        (
            select(func.count(Dispute.id)).where(Dispute.raised_by_id == person_id),
            "raised a dispute",
        ),
        (
            select(func.count(ActionItem.id)).where(ActionItem.owner_id == person_id),
            "owns an action item",
        ),
    ]
    return [what for query, what in counts if session.scalar(query)]


def delete_person(db: Database, person_id: int) -> None:
    """Delete someone entered by mistake; anyone a meeting's record names is only deactivated."""
    with db.write() as session:
        person = _get(session, person_id)
        found = _appearances(session, person_id)
        if found:
            raise PersonRefused(
                _(
                    "{person_name} can't be deleted: the meeting records name them "
                    "({records}). Deactivate them instead."
                ).format(person_name=person.name, records=", ".join(found))
            )
        session.delete(person)


def person_state(db: Database, person_id: int) -> RowSnapshot:
    """The person's row as it stands, for an undo to put back (see restore_person)."""
    with db.read() as session:
        return snapshot(_get(session, person_id))


def restore_person(db: Database, saved: RowSnapshot) -> None:
    """Put a deleted person back exactly as saved, under their old id: the inverse of a delete.

    Refused when someone else has taken their email address or their id in the meantime.
    """
    with db.write() as session:
        _put_person_back(session, saved)


def _put_person_back(session: Session, saved: RowSnapshot) -> int:
    email = saved.get("email")
    person_id = saved.get("id")
    assert isinstance(person_id, int)
    _check_email_free(session, email if isinstance(email, str) else None, except_id=person_id)
    try:
        put_back(session, saved, gone=True)
        session.flush()
    except RowTaken as error:
        name = saved.get("name")
        raise PersonRefused(
            _("{name} can't be put back: their place was taken.").format(name=name)
        ) from error
    except IntegrityError as error:
        raise PersonRefused(
            _("Someone already has the email address {email}.").format(email=email)
        ) from error
    return person_id


def withdraw_guest(db: Database, meeting_id: int, person_id: int) -> None:
    """Take back a guest added on the spot: off the meeting's list and off the roster.

    The inverse of add_guest; refused once anything else in the records names them.
    """
    with db.write() as session:
        row = session.get(Attendance, (meeting_id, person_id))
        if row is not None:
            session.delete(row)
            session.flush()
        person = _get(session, person_id)
        found = _appearances(session, person_id)
        if found:
            raise PersonRefused(
                _(
                    "{person_name} can't be taken back: the meeting records name them ({records})."
                ).format(person_name=person.name, records=", ".join(found))
            )
        session.delete(person)


def restore_guest(
    db: Database, meeting_id: int, saved: RowSnapshot, status: AttendanceStatus
) -> None:
    """Bring a withdrawn guest back, under their old id, on the meeting's list with their mark."""
    with db.write() as session:
        if session.get(Meeting, meeting_id) is None:
            raise MeetingNotFound(meeting_id)
        person_id = _put_person_back(session, saved)
        if session.get(Attendance, (meeting_id, person_id)) is None:
            session.add(Attendance(meeting_id=meeting_id, person_id=person_id, status=status))


def get_person(db: Database, person_id: int) -> PersonView:
    with db.read() as session:
        return _view(_get(session, person_id))


def list_people(
    db: Database,
    *,
    include_inactive: bool = False,
    team: Team | None = None,
    include_guests: bool = True,
) -> list[PersonView]:
    """The roster sorted by name, active people only unless asked."""
    query = select(Person)
    if not include_inactive:
        query = query.where(Person.active.is_(True))
    if team is not None:
        query = query.where(Person.team == team)
    if not include_guests:
        query = query.where(Person.guest.is_(False))
    with db.read() as session:
        people = session.scalars(query).all()
        views = [_view(person) for person in people]
    return sorted(views, key=lambda view: (view.name.casefold(), view.id))


def presenter_lookup(db: Database) -> tuple[dict[int, Team], dict[int, str]]:
    """Everyone's team and name, the two maps agenda.check_plan wants for presenter slots."""
    with db.read() as session:
        rows = session.execute(select(Person.id, Person.team, Person.name)).all()
    return {row.id: row.team for row in rows}, {row.id: row.name for row in rows}


def add_guest(
    db: Database,
    meeting_id: int,
    name: str,
    team: Team,
    email: str | None = None,
    role: str = "",
) -> int:
    """Someone who turns up unannounced: a guest on the roster, marked present at once."""
    person = PersonInput(name=name, email=email, team=team, role=role)
    _refuse_invalid(person, guest=True)
    clean = _clean_email(email)
    try:
        with db.write() as session:
            if session.get(Meeting, meeting_id) is None:
                raise MeetingNotFound(meeting_id)
            _check_email_free(session, clean, except_id=None)
            guest = Person(
                name=name.strip(),
                email=clean,
                team=team,
                role=role.strip(),
                active=True,
                guest=True,
            )
            session.add(guest)
            session.flush()
            session.add(
                Attendance(
                    meeting_id=meeting_id, person_id=guest.id, status=AttendanceStatus.PRESENT
                )
            )
            return guest.id
    except IntegrityError as error:
        raise PersonRefused(
            _("Someone already has the email address {clean}.").format(clean=clean)
        ) from error


def set_moderator(db: Database, meeting_id: int, person_id: int | None) -> str | None:
    """Name (or clear) a meeting's moderator; returns the neutrality warning, if any."""
    with db.write() as session:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise MeetingNotFound(meeting_id)
        if person_id is None:
            meeting.moderator_id = None
            return None
        person = _get(session, person_id)
        if not person.active:
            raise PersonRefused(
                _("{person_name} is deactivated and can't moderate.").format(
                    person_name=person.name
                )
            )
        problems = moderator_slot_problems(
            agenda_plan(meeting), person.id, {person.id: person.name}
        )
        if problems:
            raise MeetingRefused(problems[0].message)
        meeting.moderator_id = person.id
        return moderator_warning(person.team)
