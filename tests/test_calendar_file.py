"""The .ics file "Add to calendar" writes, read back the way a calendar application reads it."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar, Event

from facilitator.formats.calendar_file import (
    NoNextMeeting,
    meeting_event_ics,
    meeting_ics,
    next_meeting_ics,
    write_ics,
)
from facilitator.record.attendance import invite
from facilitator.record.meetings import create_meeting
from facilitator.record.people import PersonInput, add_guest, add_person, set_moderator
from facilitator.record.templates import builtin_template
from facilitator.rules.schedule import create_series
from facilitator.safety.safe_write import WriteFailed
from facilitator.storage.database import Database
from facilitator.storage.models import Meeting
from facilitator.vocabulary import Frequency, MeetingKind, MeetingStatus, Team

STOCKHOLM = ZoneInfo("Europe/Stockholm")
START = datetime(2026, 3, 5, 16, 30, tzinfo=STOCKHOLM)


def the_event(data: bytes) -> Event:
    calendar = Calendar.from_ical(data)
    assert str(calendar["PRODID"]) == "-//Facilitator//EN"
    assert str(calendar["VERSION"]) == "2.0"
    [event] = calendar.walk("VEVENT")
    return event


def attendees(event: Event) -> list[str]:
    found = event.get("ATTENDEE", [])
    if not isinstance(found, list):
        found = [found]
    return [str(address) for address in found]


def test_an_event_round_trips_through_icalendar() -> None:
    data = meeting_event_ics(
        "Weekly smarketing: Zoë, Sam; and the SLA",
        START,
        2400,
        description="Agenda:\n1. Open action items (3:00)",
        location="Room Åre",
        organizer_email="moderator@example.com",
        attendee_emails=["zoe@example.com", "sam@example.com", "zoe@example.com"],
        uid="meeting-1@example",
    )
    event = the_event(data)
    assert str(event["SUMMARY"]) == "Weekly smarketing: Zoë, Sam; and the SLA"
    assert event.decoded("DTSTART") == datetime(2026, 3, 5, 15, 30, tzinfo=UTC)
    assert event.decoded("DTEND") == datetime(2026, 3, 5, 16, 10, tzinfo=UTC)
    assert event.decoded("DTSTART").tzinfo is not None
    assert str(event["UID"]) == "meeting-1@example"
    assert "DTSTAMP" in event
    assert str(event["DESCRIPTION"]) == "Agenda:\n1. Open action items (3:00)"
    assert str(event["LOCATION"]) == "Room Åre"
    assert str(event["ORGANIZER"]) == "mailto:moderator@example.com"
    assert attendees(event) == ["mailto:zoe@example.com", "mailto:sam@example.com"]


def test_each_event_gets_its_own_uid_unless_given() -> None:
    first = the_event(meeting_event_ics("Weekly", START, 1800))
    second = the_event(meeting_event_ics("Weekly", START, 1800))
    assert str(first["UID"]) != str(second["UID"])
    assert attendees(first) == []


def test_a_naive_start_or_no_duration_is_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        meeting_event_ics("Weekly", datetime(2026, 3, 5, 16, 30), 1800)
    with pytest.raises(ValueError, match="last"):
        meeting_event_ics("Weekly", START, 0)


def test_the_file_is_written_whole(tmp_path: Path) -> None:
    target = tmp_path / "weekly.ics"
    data = meeting_event_ics("Weekly", START, 1800)
    write_ics(target, data)
    assert target.read_bytes() == data
    assert os.listdir(tmp_path) == ["weekly.ics"]


def test_an_unwritable_place_fails_clearly_and_leaves_nothing(tmp_path: Path) -> None:
    regular = tmp_path / "notes.txt"
    regular.write_text("not a folder")
    with pytest.raises(WriteFailed, match="cannot be written") as failed:
        write_ics(regular / "weekly.ics", b"BEGIN:VCALENDAR")
    assert isinstance(failed.value, OSError)
    assert "\n" not in str(failed.value)
    assert os.listdir(tmp_path) == ["notes.txt"]
    assert regular.read_text() == "not a folder"


def test_a_failed_rename_keeps_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "weekly.ics"
    target.write_bytes(b"old")

    def refuse(*_args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(WriteFailed):
        write_ics(target, b"new")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["weekly.ics"]


def stored_weekly(db: Database, *, series_id: int | None = None, when: datetime = START) -> int:
    return create_meeting(
        db,
        builtin_template("weekly").plan,
        title="Weekly smarketing",
        scheduled_at=when,
        series_id=series_id,
    )


def end(db: Database, meeting_id: int) -> None:
    with db.write() as session:
        session.get(Meeting, meeting_id).status = MeetingStatus.ENDED


def test_a_stored_meeting_becomes_an_event_with_its_invitees(db: Database) -> None:
    meeting = stored_weekly(db)
    zoe = add_person(db, PersonInput("Zoë Lindqvist", "zoe@example.com", Team.MARKETING))
    ana = add_person(db, PersonInput("Ana Ruiz", "ana@example.com", Team.LEADERSHIP))
    invite(db, meeting, [zoe, ana])
    set_moderator(db, meeting, ana)
    event = the_event(meeting_ics(db, meeting))
    assert str(event["SUMMARY"]) == "Weekly smarketing"
    assert event.decoded("DTSTART") == START
    assert event.decoded("DTEND") - event.decoded("DTSTART") == timedelta(minutes=40)
    assert attendees(event) == ["mailto:ana@example.com", "mailto:zoe@example.com"]
    assert str(event["ORGANIZER"]) == "mailto:ana@example.com"
    assert "Sales update" in str(event["DESCRIPTION"])
    assert str(the_event(meeting_ics(db, meeting))["UID"]) == str(event["UID"])


def test_a_planned_meeting_is_itself_the_next_meeting(db: Database) -> None:
    meeting = stored_weekly(db)
    event = the_event(next_meeting_ics(db, meeting))
    assert event.decoded("DTSTART") == START


def test_after_a_meeting_the_series_gives_the_next_date(db: Database) -> None:
    series = create_series(db, "Weekly", MeetingKind.WEEKLY, Frequency.WEEKLY)
    meeting = stored_weekly(db, series_id=series)
    zoe = add_person(db, PersonInput("Zoë Lindqvist", "zoe@example.com", Team.MARKETING))
    invite(db, meeting, [zoe])
    add_guest(db, meeting, "Kai", Team.PRODUCT, email="kai@example.com")
    end(db, meeting)
    event = the_event(next_meeting_ics(db, meeting))
    assert event.decoded("DTSTART") == START + timedelta(days=7)
    assert attendees(event) == ["mailto:zoe@example.com"]

    stored_next = stored_weekly(db, series_id=series, when=START + timedelta(days=8))
    event = the_event(next_meeting_ics(db, meeting))
    assert event.decoded("DTSTART") == START + timedelta(days=8)
    assert str(event["UID"]) == str(the_event(meeting_ics(db, stored_next))["UID"])


def test_an_ended_meeting_without_a_series_has_no_next(db: Database) -> None:
    meeting = stored_weekly(db)
    end(db, meeting)
    with pytest.raises(NoNextMeeting, match="belongs to no series"):
        next_meeting_ics(db, meeting)
