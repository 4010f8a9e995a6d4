"""The roster: adding, editing, deactivating people, guests on the spot, and the moderator."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from facilitator.record.attendance import attendance_of, invite
from facilitator.record.meetings import MeetingNotFound, load_meeting
from facilitator.record.people import (
    PersonInput,
    PersonNotFound,
    PersonRefused,
    add_guest,
    add_person,
    deactivate_person,
    delete_person,
    edit_person,
    get_person,
    is_valid_email,
    list_people,
    moderator_warning,
    presenter_lookup,
    reactivate_person,
    set_moderator,
    validate_person,
)
from facilitator.storage.database import Database
from facilitator.vocabulary import AttendanceStatus, Team

ZOE = PersonInput("Zoë Lindqvist", "zoe@example.com", Team.MARKETING, "Campaign manager")
SAM = PersonInput("Sam Okafor", "sam@example.com", Team.SALES, "Account executive")
PRIYA = PersonInput("Priya Raman", "priya@example.com", Team.CUSTOMER_SERVICE, "Team lead")


@pytest.fixture
def a_meeting(new_weekly_meeting: Callable[..., int]) -> Callable[..., int]:
    """A weekly meeting on a Thursday in March."""
    return lambda: new_weekly_meeting(
        "Weekly smarketing", datetime(2026, 3, 5, 15, 30, tzinfo=UTC)
    )


@pytest.mark.parametrize(
    "email",
    ["zoe@example.com", "first.last+tag@sub.example.co.uk", "ö@exämple.se", "A@B.SE"],
)
def test_plausible_addresses_are_valid(email: str) -> None:
    assert is_valid_email(email)


@pytest.mark.parametrize(
    "email",
    ["zoe", "zoe@", "@example.com", "zoe@example", "zo e@example.com", "a@@b.se", "a..b@c.se"],
)
def test_malformed_addresses_are_invalid(email: str) -> None:
    assert not is_valid_email(email)


def test_validation_names_each_problem() -> None:
    assert validate_person(ZOE) == []
    assert validate_person(PersonInput("  ", "zoe@example.com", Team.SALES)) == [
        "A name is needed."
    ]
    assert validate_person(PersonInput("Zoë", None, Team.SALES)) == [
        "An email address is needed for Zoë."
    ]
    assert validate_person(PersonInput("Zoë", None, Team.SALES), guest=True) == []
    assert validate_person(PersonInput("Zoë", "zoe-at-example", Team.SALES)) == [
        "'zoe-at-example' is not a valid email address."
    ]
    [too_long] = validate_person(PersonInput("x" * 201, "x@example.com", Team.OTHER))
    assert "201 characters" in too_long


def test_people_are_added_and_listed_by_name(db: Database) -> None:
    sam = add_person(db, SAM)
    zoe = add_person(db, ZOE)
    priya = add_person(db, PRIYA)
    assert [p.id for p in list_people(db)] == [priya, sam, zoe]
    assert [p.name for p in list_people(db, team=Team.SALES)] == ["Sam Okafor"]
    view = get_person(db, zoe)
    assert (view.email, view.team, view.role, view.active, view.guest) == (
        "zoe@example.com",
        Team.MARKETING,
        "Campaign manager",
        True,
        False,
    )


def test_an_invalid_email_is_refused_and_nothing_is_stored(db: Database) -> None:
    with pytest.raises(PersonRefused, match="not a valid email address"):
        add_person(db, PersonInput("Zoë", "zoe@", Team.MARKETING))
    assert list_people(db, include_inactive=True) == []


def test_a_duplicate_email_is_caught_whatever_its_case(db: Database) -> None:
    add_person(db, ZOE)
    with pytest.raises(PersonRefused, match="Zoë Lindqvist already has the email address"):
        add_person(db, PersonInput("Zoe L.", "  ZOE@Example.com ", Team.MARKETING))
    sam = add_person(db, SAM)
    with pytest.raises(PersonRefused, match="already has"):
        edit_person(db, sam, PersonInput("Sam Okafor", "Zoe@example.com", Team.SALES))


def test_a_duplicate_of_a_deactivated_person_suggests_reactivating(db: Database) -> None:
    zoe = add_person(db, ZOE)
    deactivate_person(db, zoe)
    with pytest.raises(PersonRefused, match="reactivate them instead"):
        add_person(db, ZOE)


def test_editing_keeps_the_email_as_typed(db: Database) -> None:
    zoe = add_person(db, ZOE)
    edit_person(db, zoe, PersonInput("Zoë Lindqvist", "Zoe.Lindqvist@Example.com", Team.SALES))
    view = get_person(db, zoe)
    assert view.email == "Zoe.Lindqvist@Example.com"
    assert view.team is Team.SALES
    edit_person(db, zoe, PersonInput("Zoë L.", "zoe.lindqvist@example.com", Team.SALES))
    assert get_person(db, zoe).name == "Zoë L."


def test_editing_someone_unknown_is_refused(db: Database) -> None:
    with pytest.raises(PersonNotFound, match="There is no person 7"):
        edit_person(db, 7, ZOE)


def test_deactivated_people_leave_the_list_but_stay_on_record(db: Database) -> None:
    zoe = add_person(db, ZOE)
    add_person(db, SAM)
    deactivate_person(db, zoe)
    assert [p.name for p in list_people(db)] == ["Sam Okafor"]
    assert [p.active for p in list_people(db, include_inactive=True)] == [True, False]
    reactivate_person(db, zoe)
    assert len(list_people(db)) == 2


def test_someone_never_in_a_meeting_can_be_deleted(db: Database) -> None:
    zoe = add_person(db, ZOE)
    delete_person(db, zoe)
    with pytest.raises(PersonNotFound):
        get_person(db, zoe)


def test_someone_in_a_meetings_record_is_never_deleted(
    db: Database, a_meeting: Callable[..., int]
) -> None:
    meeting = a_meeting()
    zoe = add_person(db, ZOE)
    sam = add_person(db, SAM)
    invite(db, meeting, [zoe])
    set_moderator(db, meeting, sam)
    with pytest.raises(PersonRefused, match="Zoë Lindqvist can't be deleted.*Deactivate"):
        delete_person(db, zoe)
    with pytest.raises(PersonRefused, match="moderator"):
        delete_person(db, sam)
    assert len(list_people(db)) == 2


def test_a_guest_is_added_on_the_spot_and_marked_present(
    db: Database, a_meeting: Callable[..., int]
) -> None:
    meeting = a_meeting()
    guest = add_guest(db, meeting, "Kai Müller", Team.PRODUCT)
    [row] = attendance_of(db, meeting)
    assert (row.person_id, row.name, row.guest, row.status) == (
        guest,
        "Kai Müller",
        True,
        AttendanceStatus.PRESENT,
    )
    assert get_person(db, guest).email is None
    assert [p.guest for p in list_people(db, include_guests=False)] == []


def test_a_guest_with_a_bad_email_or_no_meeting_is_refused(
    db: Database, a_meeting: Callable[..., int]
) -> None:
    meeting = a_meeting()
    with pytest.raises(PersonRefused, match="not a valid email"):
        add_guest(db, meeting, "Kai", Team.PRODUCT, email="kai@")
    with pytest.raises(MeetingNotFound):
        add_guest(db, meeting + 1, "Kai", Team.PRODUCT)
    add_person(db, ZOE)
    with pytest.raises(PersonRefused, match="already has"):
        add_guest(db, meeting, "Zoë again", Team.MARKETING, email="zoe@example.com")
    assert list_people(db, include_guests=True, include_inactive=True)[0].name == "Zoë Lindqvist"
    assert attendance_of(db, meeting) == []


@pytest.mark.parametrize(
    ("team", "warned"),
    [
        (Team.SALES, "The moderator is in Sales: not neutral between Sales and Marketing."),
        (Team.MARKETING, "The moderator is in Marketing: not neutral between Sales and Marketing."),
        (Team.CUSTOMER_SERVICE, None),
        (Team.LEADERSHIP, None),
        (None, None),
    ],
)
def test_the_app_says_plainly_when_the_moderator_has_a_stake(
    team: Team | None, warned: str | None
) -> None:
    assert moderator_warning(team) == warned


def test_naming_the_moderator_returns_the_warning(
    db: Database, a_meeting: Callable[..., int]
) -> None:
    meeting = a_meeting()
    sam = add_person(db, SAM)
    priya = add_person(db, PRIYA)
    assert set_moderator(db, meeting, sam) is not None
    assert set_moderator(db, meeting, priya) is None
    assert load_meeting(db, meeting).moderator_name == "Priya Raman"
    deactivate_person(db, sam)
    with pytest.raises(PersonRefused, match="deactivated"):
        set_moderator(db, meeting, sam)
    set_moderator(db, meeting, None)
    assert load_meeting(db, meeting).moderator_name is None


def test_presenter_lookup_feeds_the_plan_check(db: Database) -> None:
    zoe = add_person(db, ZOE)
    teams, names = presenter_lookup(db)
    assert teams == {zoe: Team.MARKETING}
    assert names == {zoe: "Zoë Lindqvist"}
