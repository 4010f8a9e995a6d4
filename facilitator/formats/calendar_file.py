"""An .ics file for a meeting, so attendees' calendar applications can import it."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event, vCalAddress, vText
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from facilitator import timesource
from facilitator.language import _
from facilitator.record.attendance import attendance_of, attendee_emails
from facilitator.record.meetings import MeetingNotFound
from facilitator.rules.agenda import format_duration
from facilitator.rules.schedule import next_date
from facilitator.safety.safe_write import write_atomically
from facilitator.storage.database import Database
from facilitator.storage.models import AgendaItem, Meeting
from facilitator.vocabulary import Frequency, MeetingStatus

PRODID = "-//Facilitator//EN"
UID_DOMAIN = "facilitator.invalid"


class NoNextMeeting(LookupError):
    """There is nothing to put in the calendar: the meeting is over and has no series."""


def meeting_event_ics(
    title: str,
    start: datetime,
    duration_seconds: int,
    *,
    description: str = "",
    location: str = "",
    organizer_email: str | None = None,
    attendee_emails: Iterable[str] = (),
    uid: str | None = None,
    stamp: datetime | None = None,
    method: str | None = None,
    sequence: int | None = None,
) -> bytes:
    """One meeting as a calendar with one event, its times in UTC so no zone table is needed.

    A METHOD (REQUEST for an invitation sent by mail) makes it an iTIP message; its SEQUENCE,
    raised on each re-send, tells calendars to update the event they hold under the same UID.
    """
    if start.tzinfo is None:
        raise ValueError("naive start given; pass an aware datetime")
    if duration_seconds <= 0:
        raise ValueError(f"a meeting must last some time; got {duration_seconds} seconds")
    begins = start.astimezone(UTC)
    event = Event()
    event.add("uid", uid or f"{uuid.uuid4()}@{UID_DOMAIN}")
    event.add("dtstamp", (stamp or timesource.now()).astimezone(UTC))
    event.add("dtstart", begins)
    event.add("dtend", begins + timedelta(seconds=duration_seconds))
    event.add("summary", title)
    if sequence is not None:
        event.add("sequence", sequence)
    if description:
        event.add("description", description)
    if location:
        event.add("location", location)
    if organizer_email:
        event.add("organizer", vCalAddress(f"mailto:{organizer_email}"))
    for email in dict.fromkeys(attendee_emails):
        attendee = vCalAddress(f"mailto:{email}")
        attendee.params["ROLE"] = vText("REQ-PARTICIPANT")
        attendee.params["RSVP"] = vText("TRUE")
        event.add("attendee", attendee)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    if method:
        calendar.add("method", method)
    calendar.add_component(event)
    return calendar.to_ical()


def write_ics(path: Path, data: bytes) -> None:
    """Write the file whole or not at all; an unwritable place raises safe_write.WriteFailed."""
    write_atomically(Path(path), data)


@dataclass(frozen=True)
class _Stored:
    id: int
    title: str
    scheduled_at: datetime
    cap_seconds: int
    status: MeetingStatus
    location: str
    created_at: datetime
    series_id: int | None
    series_frequency: Frequency | None
    organizer_email: str | None
    agenda: str


def _agenda_text(items: list[AgendaItem], cap_seconds: int) -> str:
    lines = [f"Agenda (cap {format_duration(cap_seconds)}):"]
    lines += [
        f"{item.position + 1}. {item.title} ({format_duration(item.planned_seconds)})"
        for item in items
    ]
    return "\n".join(lines)


def _stored(db: Database, meeting_id: int) -> _Stored:
    with db.read() as session:
        meeting = session.scalar(
            select(Meeting)
            .where(Meeting.id == meeting_id)
            .options(
                selectinload(Meeting.items),
                selectinload(Meeting.moderator),
                selectinload(Meeting.series),
            )
        )
        if meeting is None:
            raise MeetingNotFound(meeting_id)
        return _Stored(
            id=meeting.id,
            title=meeting.title,
            scheduled_at=meeting.scheduled_at,
            cap_seconds=meeting.cap_seconds,
            status=meeting.status,
            location=meeting.location,
            created_at=meeting.created_at,
            series_id=meeting.series_id,
            series_frequency=meeting.series.frequency if meeting.series else None,
            organizer_email=meeting.moderator.email if meeting.moderator else None,
            agenda=_agenda_text(list(meeting.items), meeting.cap_seconds),
        )


def _uid(meeting: _Stored) -> str:
    """Stable for a meeting, so importing it again updates the event rather than copying it."""
    return f"meeting-{meeting.id}-{meeting.created_at:%Y%m%dT%H%M%S}@{UID_DOMAIN}"


def meeting_ics(
    db: Database,
    meeting_id: int,
    *,
    method: str | None = None,
    sequence: int | None = None,
    description: str | None = None,
    organizer_email: str | None = None,
) -> bytes:
    """The stored meeting as an event: its title, start, cap as length, agenda and invitees.

    The agenda mail gives its own description and organizer (its sender), and a method and
    sequence; the UID is the meeting's own either way.
    """
    meeting = _stored(db, meeting_id)
    return meeting_event_ics(
        meeting.title,
        meeting.scheduled_at,
        meeting.cap_seconds,
        description=meeting.agenda if description is None else description,
        location=meeting.location,
        organizer_email=organizer_email or meeting.organizer_email,
        attendee_emails=attendee_emails(db, meeting_id),
        uid=_uid(meeting),
        method=method,
        sequence=sequence,
    )


def next_meeting_ics(db: Database, meeting_id: int) -> bytes:
    """The event "Add to calendar" writes from a meeting's page.

    A meeting still planned is itself the next one. After it has run, the next meeting is the
    following one stored in its series, or, if none is stored yet, the series' next date with
    this meeting's title, cap and invitees (guests who came once are left out).
    """
    meeting = _stored(db, meeting_id)
    if meeting.status == MeetingStatus.PLANNED:
        return meeting_ics(db, meeting_id)
    if meeting.series_id is None or meeting.series_frequency is None:
        raise NoNextMeeting(
            _(
                "Meeting {meeting_id} has already taken place and belongs to no series, "
                "so there is no next meeting to add."
            ).format(meeting_id=meeting_id)
        )
    with db.read() as session:
        later = session.scalar(
            select(Meeting.id)
            .where(
                Meeting.series_id == meeting.series_id,
                Meeting.scheduled_at > meeting.scheduled_at,
                Meeting.status == MeetingStatus.PLANNED,
            )
            .order_by(Meeting.scheduled_at, Meeting.id)
            .limit(1)
        )
    if later is not None:
        return meeting_ics(db, later)
    start = next_date(meeting.series_frequency, meeting.scheduled_at)
    regulars = [a.email for a in attendance_of(db, meeting_id) if a.email and not a.guest]
    return meeting_event_ics(
        meeting.title,
        start,
        meeting.cap_seconds,
        location=meeting.location,
        organizer_email=meeting.organizer_email,
        attendee_emails=regulars,
        uid=f"series-{meeting.series_id}-{start.astimezone(UTC):%Y%m%dT%H%M%S}@{UID_DOMAIN}",
    )
