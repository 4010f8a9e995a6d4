"""Informed recipients (#17 point 2): named for a meeting or a series, they receive the minutes
and are named in the distribution line, never in attendance. Runs on both engines."""

from __future__ import annotations

import email
import email.policy
import io
from collections.abc import Callable

import pytest
from pypdf import PdfReader

from facilitator.formats.mail import (
    MailSettings,
    build_message,
    minutes_recipients,
    recipient_addresses,
    send_minutes,
)
from facilitator.mailing.informed import (
    InformedRefused,
    add_informed_address,
    add_informed_person,
    informed_list,
    informed_of,
    remove_informed,
    restore_informed,
)
from facilitator.minutes import render_minutes, snapshot_meeting
from facilitator.record.attendance import invite
from facilitator.record.meetings import MeetingNotFound
from facilitator.record.people import PersonInput, add_person, delete_person
from facilitator.rules.schedule import create_series
from facilitator.storage.database import Database
from facilitator.vocabulary import Frequency, MeetingKind, Team


@pytest.fixture
def series_id(db: Database) -> int:
    return create_series(db, "Weekly smarketing", MeetingKind.WEEKLY, Frequency.WEEKLY)


@pytest.fixture
def ana(db: Database) -> int:
    return add_person(
        db, PersonInput("Ana Ruiz", "ana@example.com", Team.SALES, role="Sales manager")
    )


def test_a_person_and_an_address_are_informed_of_a_meeting(db, meeting_id, ana):
    person = add_informed_person(db, ana, meeting_id=meeting_id)
    listing = add_informed_address(db, " smarketing@example.com ", "Smarketing list",
                                   meeting_id=meeting_id)
    bare = add_informed_address(db, "cmo@example.org", meeting_id=meeting_id)

    assert [view.id for view in informed_list(db, meeting_id=meeting_id)] == [
        person.id, listing.id, bare.id,
    ]
    assert person.email == "ana@example.com"
    assert person.label == "Ana Ruiz (Sales manager)"
    assert listing.address == "smarketing@example.com"
    assert listing.label == "Smarketing list (smarketing@example.com)"
    assert bare.label == "cmo@example.org"
    assert not person.for_series


@pytest.mark.parametrize(
    ("address", "message"),
    [
        ("", "Type an email address to inform."),
        ("   ", "Type an email address to inform."),
        ("not-an-address", "'not-an-address' is not a valid email address."),
        ("a@b", "'a@b' is not a valid email address."),
        ("two@@example.com", "'two@@example.com' is not a valid email address."),
        ("x" * 310 + "@example.com", "The email address is 322 characters; the most is 320."),
    ],
)
def test_a_bad_address_is_refused_with_one_line(db, meeting_id, address, message):
    with pytest.raises(InformedRefused) as refused:
        add_informed_address(db, address, meeting_id=meeting_id)
    assert str(refused.value) == message
    assert informed_list(db, meeting_id=meeting_id) == []


def test_an_over_long_name_is_refused(db, meeting_id):
    with pytest.raises(InformedRefused, match="The name is 201 characters; the most is 200."):
        add_informed_address(db, "list@example.com", "n" * 201, meeting_id=meeting_id)


def test_a_duplicate_is_refused_whatever_its_capitals_or_level(
    db, new_weekly_meeting, series_id, ana
):
    meeting = new_weekly_meeting(series_id=series_id)
    add_informed_address(db, "List@Example.com", "The list", meeting_id=meeting)
    add_informed_person(db, ana, series_id=series_id)

    with pytest.raises(InformedRefused, match=r"^The list \(List@Example.com\) is already "
                       r"informed of this meeting\.$"):
        add_informed_address(db, "list@example.COM", meeting_id=meeting)
    with pytest.raises(InformedRefused, match="already informed of every meeting of the series"):
        add_informed_person(db, ana, meeting_id=meeting)
    with pytest.raises(InformedRefused, match="already informed of every meeting of the series"):
        add_informed_address(db, "ANA@example.com", meeting_id=meeting)
    with pytest.raises(InformedRefused, match="already informed"):
        add_informed_person(db, ana, series_id=series_id)
    assert len(informed_of(db, meeting)) == 2


def test_informed_of_is_the_meetings_own_then_its_series_each_once(
    db, new_weekly_meeting, series_id, ana
):
    meeting = new_weekly_meeting(series_id=series_id)
    other = new_weekly_meeting(series_id=series_id, title="Next weekly")
    alone = new_weekly_meeting(title="No series")
    own = add_informed_address(db, "board@example.com", meeting_id=meeting)
    every = add_informed_person(db, ana, series_id=series_id)
    # Named for the other meeting first, then for the whole series: informed once there.
    add_informed_address(db, "ops@example.com", meeting_id=other)
    add_informed_address(db, "OPS@example.com", series_id=series_id)

    assert [view.id for view in informed_of(db, meeting)][:2] == [own.id, every.id]
    assert [view.email for view in informed_of(db, other)] == [
        "ops@example.com", "ana@example.com",
    ]
    assert informed_of(db, alone) == []
    assert every.for_series
    with pytest.raises(MeetingNotFound):
        informed_of(db, 9999)


def test_removed_and_put_back_under_the_same_id(db, meeting_id, ana):
    added = add_informed_person(db, ana, meeting_id=meeting_id)
    removed = remove_informed(db, added.id)
    assert removed == added
    assert informed_list(db, meeting_id=meeting_id) == []
    with pytest.raises(InformedRefused, match="removed already"):
        remove_informed(db, added.id)

    assert restore_informed(db, removed) == added
    assert informed_list(db, meeting_id=meeting_id) == [added]


def test_a_person_deleted_from_the_roster_is_no_longer_informed(db, meeting_id, ana):
    add_informed_person(db, ana, meeting_id=meeting_id)
    delete_person(db, ana)
    assert informed_of(db, meeting_id) == []


def test_any_script_is_kept_as_typed(db, meeting_id):
    name = "Équipe ventes 営業 فريق 🚀"
    view = add_informed_address(db, "ventes@example.com", name, meeting_id=meeting_id)
    assert informed_list(db, meeting_id=meeting_id)[0].name == name
    assert view.label == f"{name} (ventes@example.com)"


# --- the minutes ---------------------------------------------------------------------------


@pytest.fixture
def informed_meeting(
    db: Database, new_weekly_meeting: Callable[..., int], series_id: int, ana: int,
    add_people: Callable[..., dict[str, int]],
) -> int:
    """A meeting with Dana and Max invited, Ana informed of the series, a list and Max's own
    address (in capitals) informed of the meeting."""
    people = add_people(Dana=("Dana Kim", Team.SALES), Max=("Max Ode", Team.MARKETING))
    meeting = new_weekly_meeting(series_id=series_id)
    invite(db, meeting, [people["Dana"], people["Max"]])
    add_informed_person(db, ana, series_id=series_id)
    add_informed_address(db, "smarketing@example.com", "<b>List</b>", meeting_id=meeting)
    add_informed_address(db, "MAX@example.com", meeting_id=meeting)
    return meeting


def test_the_informed_receive_the_minutes_each_once(db, informed_meeting):
    recipients = minutes_recipients(db, informed_meeting)
    assert [(r.email, r.attendance) for r in recipients] == [
        ("dana@example.com", "Invited"),
        ("max@example.com", "Invited"),
        ("smarketing@example.com", "Informed"),
        ("ana@example.com", "Informed"),
    ]
    assert recipient_addresses(db, informed_meeting) == [
        "dana@example.com", "max@example.com", "smarketing@example.com", "ana@example.com",
    ]


def test_the_pdf_names_them_in_the_distribution_line_not_in_attendance(db, informed_meeting):
    snapshot = snapshot_meeting(db, informed_meeting)
    assert snapshot.distribution == (
        "<b>List</b> (smarketing@example.com)",
        "MAX@example.com",
        "Ana Ruiz (Sales manager)",
    )
    assert [a.name for a in snapshot.attendees] == ["Dana Kim", "Max Ode"]
    pdf = PdfReader(io.BytesIO(render_minutes(snapshot)))
    words = " ".join(" ".join(page.extract_text().split()) for page in pdf.pages)
    assert (
        "Distribution: <b>List</b> (smarketing@example.com), MAX@example.com, "
        "Ana Ruiz (Sales manager)" in words
    )
    attendance = words.split("Attendance", 1)[1].split("Distribution:", 1)[0]
    assert "Ana Ruiz" not in attendance


def test_the_mails_summary_names_them(db, informed_meeting):
    message = build_message(db, informed_meeting, "me@example.com")
    body = message.get_body(("plain",)).get_content()
    assert (
        "Distribution (informed): <b>List</b> (smarketing@example.com), MAX@example.com, "
        "Ana Ruiz (Sales manager)" in body
    )


def test_a_meeting_without_informed_prints_no_distribution_line(db, meeting_id):
    pdf = PdfReader(io.BytesIO(render_minutes(snapshot_meeting(db, meeting_id))))
    assert "Distribution" not in " ".join(page.extract_text() for page in pdf.pages)


def test_the_local_server_delivers_to_the_informed(db, informed_meeting):
    pytest.importorskip("aiosmtpd")
    from local_smtp import MailRecorder, running_smtp

    handler = MailRecorder(refuse="smarketing@example.com")
    with running_smtp(handler) as controller:
        settings = MailSettings("127.0.0.1", controller.port, "none", "", "me@example.com")
        report = send_minutes(db, informed_meeting, settings)
    (refused,) = report.refused
    assert refused.address == "smarketing@example.com"
    assert refused.reason == "550 no such user"
    (delivered,) = handler.delivered
    assert delivered.rcpt_tos == ["dana@example.com", "max@example.com", "ana@example.com"]
    message = email.message_from_bytes(delivered.content, policy=email.policy.default)
    assert "ana@example.com" in message["To"]
    (pdf,) = list(message.iter_attachments())
    assert pdf.get_content_type() == "application/pdf"
