"""Inviting people, marking them at the start, and the list the minutes print."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from facilitator.record.attendance import (
    AttendanceRefused,
    attendance_of,
    attendee_emails,
    invite,
    mark,
    uninvite,
)
from facilitator.record.meetings import MeetingNotFound
from facilitator.record.people import (
    PersonNotFound,
    add_guest,
    deactivate_person,
)
from facilitator.storage.database import Database
from facilitator.vocabulary import AttendanceStatus, Team


@pytest.fixture
def meeting(new_weekly_meeting: Callable[..., int]) -> int:
    return new_weekly_meeting(scheduled_at=datetime(2026, 3, 5, 15, 30, tzinfo=UTC))


@pytest.fixture
def roster(add_people: Callable[..., dict[str, int]]) -> dict[str, int]:
    return add_people(
        zoe=("Zoë Lindqvist", Team.MARKETING),
        sam=("Sam Okafor", Team.SALES),
        ana=("Ana Ruiz", Team.LEADERSHIP),
    )


def statuses(db: Database, meeting: int) -> dict[str, AttendanceStatus]:
    return {row.name: row.status for row in attendance_of(db, meeting)}


def test_invited_people_start_as_invited_sorted_by_name(
    db: Database, meeting: int, roster: dict[str, int]
) -> None:
    assert invite(db, meeting, roster.values()) == 3
    rows = attendance_of(db, meeting)
    assert [row.name for row in rows] == ["Ana Ruiz", "Sam Okafor", "Zoë Lindqvist"]
    assert {row.status for row in rows} == {AttendanceStatus.INVITED}
    assert rows[2].team is Team.MARKETING and not rows[2].guest


def test_inviting_again_keeps_the_mark(db: Database, meeting: int, roster: dict[str, int]) -> None:
    invite(db, meeting, [roster["zoe"]])
    mark(db, meeting, roster["zoe"], AttendanceStatus.LATE)
    assert invite(db, meeting, [roster["zoe"], roster["sam"], roster["sam"]]) == 1
    assert statuses(db, meeting) == {
        "Sam Okafor": AttendanceStatus.INVITED,
        "Zoë Lindqvist": AttendanceStatus.LATE,
    }


def test_at_the_start_each_is_marked_present_absent_or_late(
    db: Database, meeting: int, roster: dict[str, int]
) -> None:
    invite(db, meeting, roster.values())
    mark(db, meeting, roster["zoe"], AttendanceStatus.PRESENT)
    mark(db, meeting, roster["sam"], AttendanceStatus.ABSENT)
    mark(db, meeting, roster["ana"], AttendanceStatus.LATE)
    assert statuses(db, meeting) == {
        "Ana Ruiz": AttendanceStatus.LATE,
        "Sam Okafor": AttendanceStatus.ABSENT,
        "Zoë Lindqvist": AttendanceStatus.PRESENT,
    }


def test_someone_from_the_roster_who_came_uninvited_is_marked(
    db: Database, meeting: int, roster: dict[str, int]
) -> None:
    mark(db, meeting, roster["ana"], AttendanceStatus.PRESENT)
    assert statuses(db, meeting) == {"Ana Ruiz": AttendanceStatus.PRESENT}


def test_a_guest_on_the_spot_joins_the_list(
    db: Database, meeting: int, roster: dict[str, int]
) -> None:
    invite(db, meeting, [roster["sam"]])
    add_guest(db, meeting, "Kai Müller", Team.PRODUCT, email="kai@example.com")
    rows = attendance_of(db, meeting)
    assert [(row.name, row.guest, row.status) for row in rows] == [
        ("Kai Müller", True, AttendanceStatus.PRESENT),
        ("Sam Okafor", False, AttendanceStatus.INVITED),
    ]
    assert attendee_emails(db, meeting) == ["kai@example.com", "sam@example.com"]


def test_uninvite_only_while_invited(db: Database, meeting: int, roster: dict[str, int]) -> None:
    invite(db, meeting, [roster["zoe"], roster["sam"]])
    uninvite(db, meeting, roster["zoe"])
    assert list(statuses(db, meeting)) == ["Sam Okafor"]
    mark(db, meeting, roster["sam"], AttendanceStatus.ABSENT)
    with pytest.raises(AttendanceRefused, match="Sam Okafor is already marked absent"):
        uninvite(db, meeting, roster["sam"])
    with pytest.raises(AttendanceRefused, match="not on this meeting's list"):
        uninvite(db, meeting, roster["zoe"])


def test_deactivated_or_unknown_people_are_not_invited(
    db: Database, meeting: int, roster: dict[str, int]
) -> None:
    deactivate_person(db, roster["ana"])
    with pytest.raises(AttendanceRefused, match="Ana Ruiz is deactivated"):
        invite(db, meeting, [roster["sam"], roster["ana"]])
    assert attendance_of(db, meeting) == []
    with pytest.raises(PersonNotFound):
        invite(db, meeting, [999])
    with pytest.raises(MeetingNotFound):
        invite(db, meeting + 1, [roster["sam"]])
    with pytest.raises(MeetingNotFound):
        attendance_of(db, meeting + 1)
