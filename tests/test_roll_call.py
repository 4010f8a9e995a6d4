"""The roll call's counts, a series meeting with the same people, and the moderator's minutes."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Callable
from pathlib import Path

import pytest
from meeting_builders import next_weekly

from facilitator.formats.mail import minutes_recipients, recipient_addresses, write_eml
from facilitator.record.attendance import (
    attendance_of,
    count_marks,
    invite,
    mark,
    uninvite,
    unmarked_names,
)
from facilitator.record.people import add_guest, deactivate_person
from facilitator.rules.schedule import create_series
from facilitator.storage.database import Database
from facilitator.vocabulary import AttendanceStatus, Frequency, MeetingKind, Team


@pytest.fixture
def series(db: Database) -> int:
    return create_series(db, "Weekly smarketing", MeetingKind.WEEKLY, Frequency.WEEKLY)


@pytest.fixture
def people(add_people: Callable[..., dict[str, int]]) -> dict[str, int]:
    return add_people(
        dana=("Dana Kim", Team.SALES),
        lee=("Lee Park", Team.MARKETING),
        sam=("Sam Okafor", Team.SALES),
        mo=("Mo Diallo", Team.CUSTOMER_SERVICE, "Mo@Example.com"),
    )


def _statuses(db: Database, meeting_id: int) -> dict[str, AttendanceStatus]:
    return {view.name: view.status for view in attendance_of(db, meeting_id)}


def test_the_counts_name_each_mark_and_who_is_unmarked(
    db: Database, series: int, people: dict[str, int]
) -> None:
    meeting = next_weekly(db, 0, series).meeting_id
    invite(db, meeting, [people["dana"], people["lee"], people["sam"]])
    mark(db, meeting, people["lee"], AttendanceStatus.LATE)
    views = attendance_of(db, meeting)
    assert count_marks(views).text() == "0 present · 1 late · 0 absent · 2 unmarked"
    assert unmarked_names(views) == ["Dana Kim", "Sam Okafor"]
    mark(db, meeting, people["dana"], AttendanceStatus.PRESENT)
    mark(db, meeting, people["sam"], AttendanceStatus.ABSENT)
    views = attendance_of(db, meeting)
    assert count_marks(views).text() == "1 present · 1 late · 1 absent · 0 unmarked"
    assert unmarked_names(views) == []


def test_the_next_meeting_of_a_series_invites_the_same_people_unmarked(
    db: Database, series: int, people: dict[str, int]
) -> None:
    first = next_weekly(db, 0, series).meeting_id
    invite(db, first, [people["dana"], people["lee"], people["sam"]])
    mark(db, first, people["dana"], AttendanceStatus.PRESENT)
    mark(db, first, people["lee"], AttendanceStatus.ABSENT)
    add_guest(db, first, "Visiting Vera", Team.OTHER)
    deactivate_person(db, people["sam"])
    second = next_weekly(db, 1, series)
    assert second.invited == ("Dana Kim", "Lee Park")
    assert _statuses(db, second.meeting_id) == {
        "Dana Kim": AttendanceStatus.INVITED,
        "Lee Park": AttendanceStatus.INVITED,
    }
    assert _statuses(db, first)["Dana Kim"] is AttendanceStatus.PRESENT


def test_the_invitees_come_from_the_meeting_just_before(
    db: Database, series: int, people: dict[str, int]
) -> None:
    first = next_weekly(db, 0, series).meeting_id
    invite(db, first, [people["dana"]])
    second = next_weekly(db, 1, series).meeting_id
    invite(db, second, [people["lee"]])
    uninvite(db, second, people["dana"])
    third = next_weekly(db, 2, series)
    assert third.invited == ("Lee Park",)


def test_a_meeting_outside_a_series_or_first_of_one_invites_no_one(
    db: Database, series: int, people: dict[str, int]
) -> None:
    lone = next_weekly(db, 0, None).meeting_id
    invite(db, lone, people.values())
    assert next_weekly(db, 1, None).invited == ()
    first = next_weekly(db, 2, series)
    assert first.invited == () and attendance_of(db, first.meeting_id) == []


def test_the_moderator_off_the_list_gets_the_minutes_too(
    db: Database, people: dict[str, int], tmp_path: Path
) -> None:
    meeting = next_weekly(db, 0, None, moderator_id=people["mo"]).meeting_id
    invite(db, meeting, [people["dana"], people["sam"]])
    recipients = minutes_recipients(db, meeting)
    assert [(r.name, r.email, r.attendance) for r in recipients] == [
        ("Dana Kim", "dana@example.com", "Invited"),
        ("Sam Okafor", "sam@example.com", "Invited"),
        ("Mo Diallo", "Mo@Example.com", "Moderator"),
    ]
    path = write_eml(db, meeting, tmp_path / "minutes.eml", sender="me@example.com")
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert [a.addr_spec for a in message["To"].addresses] == [
        "dana@example.com",
        "sam@example.com",
        "Mo@Example.com",
    ]


def test_the_moderator_on_the_list_gets_the_minutes_once(
    db: Database, people: dict[str, int]
) -> None:
    meeting = next_weekly(db, 0, None, moderator_id=people["mo"]).meeting_id
    invite(db, meeting, [people["mo"], people["lee"]])
    mark(db, meeting, people["mo"], AttendanceStatus.PRESENT)
    assert recipient_addresses(db, meeting) == ["lee@example.com", "Mo@Example.com"]
    assert [r.attendance for r in minutes_recipients(db, meeting)] == ["Invited", "Present"]
