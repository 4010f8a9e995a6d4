"""Who receives a meeting's minutes without attending it: a manager, a team list.

Named for one meeting or for every meeting of a series, as a roster person (their address
follows the roster) or a bare address with an optional name. They get the minutes and are
named in the PDF's distribution line, never in its attendance.
"""

from __future__ import annotations

from functools import cache

from sqlalchemy import Select, bindparam, select
from sqlalchemy.orm import Session, selectinload

from facilitator.language import _
from facilitator.meeting_views import InformedRefused, InformedView
from facilitator.record.meetings import MeetingNotFound
from facilitator.record.people import MAX_EMAIL_LENGTH, PersonNotFound, is_valid_email
from facilitator.storage.database import Database
from facilitator.storage.models import Informed, Meeting, Person, Series

MAX_NAME_LENGTH = 200


def _view(row: Informed) -> InformedView:
    person = row.person
    if person is not None:
        return InformedView(
            row.id,
            row.meeting_id,
            row.series_id,
            row.person_id,
            None,
            person.name,
            person.email,
            person.role,
        )
    return InformedView(
        row.id, row.meeting_id, row.series_id, None, row.address, row.name, row.address
    )


def _one_target(meeting_id: int | None, series_id: int | None) -> None:
    """An entry belongs to a meeting or to a series, never both nor neither."""
    if (meeting_id is None) == (series_id is None):
        raise ValueError("name a meeting or a series, not both")


@cache
def _rows_query(of_meeting: bool) -> Select[tuple[Informed]]:
    """Who is informed of a meeting (parameter target) or of a series; built once for each, as
    the minutes ask at every export."""
    column = Informed.meeting_id if of_meeting else Informed.series_id
    return (
        select(Informed)
        .where(column == bindparam("target"))
        .options(selectinload(Informed.person))
        .order_by(Informed.id)
    )


def _rows(session: Session, meeting_id: int | None, series_id: int | None) -> list[Informed]:
    _one_target(meeting_id, series_id)
    of_meeting = meeting_id is not None
    target = meeting_id if of_meeting else series_id
    return list(session.scalars(_rows_query(of_meeting), {"target": target}))


def _check_target(session: Session, meeting_id: int | None, series_id: int | None) -> None:
    _one_target(meeting_id, series_id)
    if meeting_id is not None and session.get(Meeting, meeting_id) is None:
        raise MeetingNotFound(meeting_id)
    if series_id is not None and session.get(Series, series_id) is None:
        raise InformedRefused(_("There is no series {id}.").format(id=series_id))


def _already(session: Session, meeting_id: int | None, series_id: int | None) -> list[InformedView]:
    """Who is informed where a new entry would go: the meeting's own and its series', or the
    series' own."""
    views = [_view(row) for row in _rows(session, meeting_id, series_id)]
    if meeting_id is not None:
        meeting = session.get(Meeting, meeting_id)
        if meeting is not None and meeting.series_id is not None:
            views += [_view(row) for row in _rows(session, None, meeting.series_id)]
    return views


def _refuse_duplicate(candidate: InformedView, existing: list[InformedView]) -> None:
    for other in existing:
        if candidate.same_recipient(other):
            refusal = (
                _("{who} is already informed of every meeting of the series.")
                if other.for_series
                else _("{who} is already informed of this meeting.")
            )
            raise InformedRefused(refusal.format(who=other.label))


def check_address(address: str) -> str:
    """The address as kept (trimmed), or InformedRefused saying what is wrong with it."""
    address = address.strip()
    if not address:
        raise InformedRefused(_("Type an email address to inform."))
    if len(address) > MAX_EMAIL_LENGTH:
        raise InformedRefused(
            _("The email address is {length} characters; the most is {most}.").format(
                length=len(address), most=MAX_EMAIL_LENGTH
            )
        )
    if not is_valid_email(address):
        refusal = _("'{address}' is not a valid email address.")
        raise InformedRefused(refusal.format(address=address))
    return address


def _check_name(name: str) -> str:
    name = " ".join(name.split())
    if len(name) > MAX_NAME_LENGTH:
        raise InformedRefused(
            _("The name is {length} characters; the most is {most}.").format(
                length=len(name), most=MAX_NAME_LENGTH
            )
        )
    return name


def _store(db: Database, row: Informed) -> InformedView:
    with db.write() as session:
        _check_target(session, row.meeting_id, row.series_id)
        if row.person_id is not None:
            person = session.get(Person, row.person_id)
            if person is None:
                raise PersonNotFound(row.person_id)
            row.person = person
        candidate = _view(row)
        _refuse_duplicate(candidate, _already(session, row.meeting_id, row.series_id))
        session.add(row)
        session.flush()
        return _view(row)


def add_informed_person(
    db: Database, person_id: int, *, meeting_id: int | None = None, series_id: int | None = None
) -> InformedView:
    """Inform a roster person of a meeting (or of every meeting of a series)."""
    return _store(db, Informed(meeting_id=meeting_id, series_id=series_id, person_id=person_id))


def add_informed_address(
    db: Database,
    address: str,
    name: str = "",
    *,
    meeting_id: int | None = None,
    series_id: int | None = None,
) -> InformedView:
    """Inform a bare address (a team list...) with an optional name for the distribution line."""
    row = Informed(
        meeting_id=meeting_id,
        series_id=series_id,
        address=check_address(address),
        name=_check_name(name),
    )
    return _store(db, row)


def restore_informed(db: Database, view: InformedView) -> InformedView:
    """Put a removed entry back under its own id (an undo), so later undos still find it."""
    row = Informed(
        id=view.id,
        meeting_id=view.meeting_id,
        series_id=view.series_id,
        person_id=view.person_id,
        address=view.address,
        name="" if view.person_id is not None else view.name,
    )
    return _store(db, row)


def remove_informed(db: Database, informed_id: int) -> InformedView:
    """Stop informing; returns what was removed, so an undo can put it back."""
    with db.write() as session:
        row = session.get(Informed, informed_id)
        if row is None:
            raise InformedRefused(_("This informed recipient was removed already."))
        view = _view(row)
        session.delete(row)
        return view


def informed_list(
    db: Database, *, meeting_id: int | None = None, series_id: int | None = None
) -> list[InformedView]:
    """The entries named for this meeting alone, or for the series, in the order added."""
    with db.read() as session:
        return [_view(row) for row in _rows(session, meeting_id, series_id)]


def informed_in(session: Session, meeting: Meeting) -> list[InformedView]:
    """informed_of inside an open session (the minutes' snapshot reads it with the rest)."""
    views = [_view(row) for row in _rows(session, meeting.id, None)]
    if meeting.series_id is not None:
        views += [_view(row) for row in _rows(session, None, meeting.series_id)]
    unique: list[InformedView] = []
    for view in views:
        if not any(view.same_recipient(other) for other in unique):
            unique.append(view)
    return unique


def informed_of(db: Database, meeting_id: int) -> list[InformedView]:
    """Everyone informed of the meeting: its own entries, then its series', each once."""
    with db.read() as session:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise MeetingNotFound(meeting_id)
        return informed_in(session, meeting)


def meeting_series(db: Database, meeting_id: int) -> tuple[int, str] | None:
    """The meeting's series (id, name), which "for every meeting of this series" names."""
    with db.read() as session:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise MeetingNotFound(meeting_id)
        series = meeting.series
        return (series.id, series.name) if series is not None else None
