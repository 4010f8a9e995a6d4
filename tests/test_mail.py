"""Minutes by email, against a real SMTP server (aiosmtpd) on 127.0.0.1."""

from __future__ import annotations

import email
import email.policy
import logging
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

aiosmtpd = pytest.importorskip("aiosmtpd")
from aiosmtpd.controller import Controller  # noqa: E402
from local_smtp import LoginCheck, MailRecorder, free_port, running_smtp  # noqa: E402

from facilitator.formats.mail import (  # noqa: E402
    MailError,
    MailSettings,
    build_message,
    load_settings,
    save_settings,
    send_minutes,
    settings_path,
    write_eml,
)
from facilitator.record.action_items import add_action_item, set_action_status  # noqa: E402
from facilitator.record.attendance import attendee_emails, invite  # noqa: E402
from facilitator.record.disputes import open_dispute, set_dispute_status  # noqa: E402
from facilitator.record.meetings import create_meeting, load_meeting  # noqa: E402
from facilitator.record.notes import add_note  # noqa: E402
from facilitator.record.people import PersonInput, add_person, get_person, set_moderator  # noqa: E402
from facilitator.record.templates import builtin_template  # noqa: E402
from facilitator.storage.database import Database  # noqa: E402
from facilitator.vocabulary import (  # noqa: E402
    ActionStatus,
    DisputeCategory,
    DisputeStatus,
    NoteKind,
    Team,
)

MEETING = 1
PASSWORD = "s3cret-Pa55word!"
USER = "moderator"


@pytest.fixture
def recorder() -> Iterator[tuple[MailRecorder, LoginCheck, Controller]]:
    handler, auth = MailRecorder(), LoginCheck(USER, PASSWORD)
    with running_smtp(handler, auth) as controller:
        yield handler, auth, controller


def _settings(controller: Controller, user: str = USER) -> MailSettings:
    return MailSettings(
        host="127.0.0.1",
        port=controller.port,
        security="none",
        user=user,
        sender="facilitator@example.com",
    )


def test_server_receives_the_minutes_with_the_pdf(demo, recorder, caplog):
    handler, auth, controller = recorder
    caplog.set_level(logging.DEBUG)
    report = send_minutes(
        demo, MEETING, _settings(controller), password_lookup=lambda user: PASSWORD
    )

    wanted = attendee_emails(demo, MEETING)
    assert report.all_accepted
    assert list(report.accepted) == wanted
    assert auth.seen == [(USER, PASSWORD)]
    assert len(handler.delivered) == 1
    mail_from, rcpt_tos, content, _ = handler.delivered[0]
    assert mail_from == "facilitator@example.com"
    assert rcpt_tos == wanted
    message = email.message_from_bytes(content, policy=email.policy.default)
    assert message["Subject"].startswith("Minutes \N{EM DASH} ")
    assert message["Subject"].endswith(" \N{EM DASH} " + message["Subject"][-10:])
    assert message["X-Unsent"] is None
    assert message["Message-ID"]
    assert "Decisions:" in message.get_body(("plain",)).get_content()
    (pdf,) = [part for part in message.iter_attachments()]
    assert pdf.get_content_type() == "application/pdf"
    assert pdf.get_filename().endswith(" minutes.pdf")
    assert pdf.get_content().startswith(b"%PDF")
    assert PASSWORD.encode() not in content
    assert PASSWORD not in repr(report)
    assert PASSWORD not in caplog.text


def test_subject_and_attachment_name_carry_title_and_date(demo):
    message = build_message(demo, MEETING, "me@example.com")
    day = load_meeting(demo, MEETING).scheduled_at.astimezone().date().isoformat()
    assert message["Subject"] == f"Minutes \N{EM DASH} Weekly smarketing meeting \N{EM DASH} {day}"
    (pdf,) = list(message.iter_attachments())
    assert pdf.get_filename() == f"{day} Weekly smarketing meeting minutes.pdf"


def test_a_refused_recipient_is_reported_the_others_accepted(demo):
    wanted = attendee_emails(demo, MEETING)
    bad = wanted[1]
    handler = MailRecorder(refuse=bad)
    with running_smtp(handler) as controller:
        report = send_minutes(demo, MEETING, _settings(controller, user=""))
    (refused,) = report.refused
    assert refused.address == bad
    assert refused.reason == "550 no such user"
    assert list(report.accepted) == [a for a in wanted if a != bad]
    assert handler.delivered[0].rcpt_tos == list(report.accepted)


def test_all_recipients_refused_means_none_accepted(demo):
    wanted = attendee_emails(demo, MEETING)

    class RefuseAll(MailRecorder):
        async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
            return "550 no such user"

    handler = RefuseAll()
    with running_smtp(handler) as controller:
        report = send_minutes(demo, MEETING, _settings(controller, user=""))
    assert report.accepted == ()
    assert [r.address for r in report.refused] == wanted
    assert handler.delivered == []


def test_wrong_password_is_one_line_and_not_leaked(demo, recorder, caplog):
    handler, _, controller = recorder
    caplog.set_level(logging.DEBUG)
    with pytest.raises(MailError) as caught:
        send_minutes(demo, MEETING, _settings(controller), password_lookup=lambda user: "wrong!")
    text = str(caught.value)
    assert "\n" not in text and "login" in text
    assert "wrong!" not in text and "wrong!" not in caplog.text
    assert handler.delivered == []


def test_missing_password_refuses_before_connecting(demo):
    settings = MailSettings(host="127.0.0.1", port=free_port(), security="none", user=USER)
    with pytest.raises(MailError, match="keyring"):
        send_minutes(demo, MEETING, settings, password_lookup=lambda user: None)


def test_unreachable_host_is_one_line(demo):
    settings = MailSettings(host="127.0.0.1", port=free_port(), security="none", sender="a@b.c")
    with pytest.raises(MailError) as caught:
        send_minutes(demo, MEETING, settings)
    text = str(caught.value)
    assert "\n" not in text
    assert "127.0.0.1" in text


def test_eml_parses_and_holds_the_pdf(demo, tmp_path: Path, wall):
    path = write_eml(demo, MEETING, tmp_path / "minutes.eml", "me@example.com")
    data = path.read_bytes()
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert message["Subject"].startswith("Minutes \N{EM DASH} ")
    assert message["From"] == "me@example.com"
    assert message["X-Unsent"] == "1"
    assert message["Message-ID"] is None
    assert message["Date"].datetime == wall.now
    assert message["To"].addresses[0].addr_spec == attendee_emails(demo, MEETING)[0]
    (pdf,) = list(message.iter_attachments())
    assert pdf.get_content_type() == "application/pdf"
    assert pdf.get_content().startswith(b"%PDF")
    assert PASSWORD.encode() not in data


def test_without_a_sender_the_draft_is_from_the_moderator(demo, tmp_path: Path):
    moderator = get_person(demo, load_meeting(demo, MEETING).moderator_id)
    path = write_eml(demo, MEETING, tmp_path / "minutes.eml")
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    (address,) = message["From"].addresses
    assert (address.display_name, address.addr_spec) == (moderator.name, moderator.email)
    assert message["X-Unsent"] == "1"


def test_without_a_sender_or_moderator_the_draft_leaves_from_to_the_mail_program(
    demo, tmp_path: Path
):
    set_moderator(demo, MEETING, None)
    path = write_eml(demo, MEETING, tmp_path / "minutes.eml")
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert message["From"] is None
    assert message["X-Unsent"] == "1"


@pytest.fixture
def decided(db: Database) -> int:
    """A weekly meeting whose title already names its day, with a decision, an open and a
    settled dispute, and action items: one overdue, one due later, one without an owner, one
    done at the meeting; and an earlier meeting's dispute and overdue action item, still open."""
    owner = add_person(db, PersonInput("Amara Nwosu", "amara@example.com", Team.SALES))
    moderator = add_person(
        db, PersonInput("Sofia Marchetti", "sofia@example.com", Team.CUSTOMER_SERVICE)
    )
    meeting = create_meeting(
        db,
        builtin_template("weekly").plan,
        title="Weekly smarketing meeting 2026-11-19",
        scheduled_at=datetime(2026, 11, 19, 12, 0).astimezone(),  # local noon: its day anywhere
        moderator_id=moderator,
    )
    invite(db, meeting, [owner, moderator])
    earlier = create_meeting(
        db,
        builtin_template("weekly").plan,
        title="Pipeline review",
        scheduled_at=datetime(2026, 11, 5, 12, 0).astimezone(),
    )
    open_dispute(
        db,
        earlier,
        title="Recycled leads come back without a reason code",
        category=DisputeCategory.SLA_TERMS,
        raised_by_team=Team.MARKETING,
    )
    add_action_item(
        db,
        earlier,
        text="Export closed-won deals",
        owner_id=moderator,
        due_date=date(2026, 11, 12),
        today=date(2026, 11, 1),
    )
    add_note(db, meeting, None, NoteKind.DECISION, "MQL needs a\nbooked demo", 60.0)
    add_note(db, meeting, None, NoteKind.NOTE, "Coffee was late", 90.0)
    open_dispute(
        db,
        meeting,
        title="Webinar leads are not sales-ready",
        category=DisputeCategory.LEAD_QUALITY,
        raised_by_team=Team.SALES,
        raised_by_id=owner,
    )
    settled = open_dispute(
        db,
        meeting,
        title="Who owns trade-show leads",
        category=DisputeCategory.OTHER,
        raised_by_team=Team.MARKETING,
    )
    set_dispute_status(db, settled, DisputeStatus.RESOLVED, meeting, resolution="Marketing.")
    early = date(2026, 11, 1)
    add_action_item(
        db,
        meeting,
        text="Rebuild lead scoring",
        owner_id=owner,
        due_date=date(2026, 11, 10),
        today=early,
    )
    add_action_item(
        db, meeting, text="Translate the e-book", owner_id=owner, due_date=date(2026, 12, 17)
    )
    add_action_item(db, meeting, text="Find an owner for recycling", due_date=date(2026, 12, 3))
    done = add_action_item(
        db, meeting, text="Send the slides", owner_id=owner, due_date=date(2026, 12, 3)
    )
    set_action_status(db, done, ActionStatus.DONE, meeting)
    return meeting


def test_the_draft_body_lists_decisions_open_disputes_and_action_items(
    db: Database, decided: int, tmp_path: Path
):
    path = write_eml(db, decided, tmp_path / "minutes.eml")
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    subject = "Minutes \N{EM DASH} Weekly smarketing meeting \N{EM DASH} 2026-11-19"
    assert message["Subject"] == subject
    assert str(message["From"]) == "Sofia Marchetti <sofia@example.com>"
    assert [a.addr_spec for a in message["To"].addresses] == [
        "amara@example.com",
        "sofia@example.com",
    ]
    body = message.get_body(("plain",))
    assert body.get_content_type() == "text/plain"
    lines = body.get_content().splitlines()
    assert lines[0] == "Minutes of Weekly smarketing meeting, 2026-11-19."
    assert lines[lines.index("Decisions:") + 1 :][:2] == ["- MQL needs a booked demo", ""]
    assert lines[lines.index("Open disputes:") + 1 :][:3] == [
        "- Webinar leads are not sales-ready \N{EM DASH} Open; Lead quality; "
        "raised by Amara Nwosu, Sales, on 2026-11-19; open 0 days",
        "- Recycled leads come back without a reason code \N{EM DASH} Open; SLA terms; "
        "raised by Marketing on 2026-11-05; open 14 days",
        "",
    ]
    assert lines[lines.index("Action items:") + 1 :][:5] == [
        "- Rebuild lead scoring (owner: Amara Nwosu; due 2026-11-10, OVERDUE)",
        "- Translate the e-book (owner: Amara Nwosu; due 2026-12-17)",
        "- Export closed-won deals (owner: Sofia Marchetti; due 2026-11-12, OVERDUE)",
        "- Find an owner for recycling (owner: nobody yet; due 2026-12-03)",
        "",
    ]
    text = body.get_content()
    assert "Coffee" not in text and "trade-show" not in text and "Send the slides" not in text
    (pdf,) = list(message.iter_attachments())
    assert pdf.get_content_type() == "application/pdf"
    assert pdf.get_filename() == "2026-11-19 Weekly smarketing meeting minutes.pdf"
    assert pdf.get_content().startswith(b"%PDF")


def test_settings_round_trip_without_a_password(tmp_path: Path):
    assert load_settings() is None
    settings = MailSettings(host="smtp.example.com", port=465, security="ssl", user="me")
    path = save_settings(settings)
    assert path == settings_path()
    assert "password" not in path.read_text()
    assert load_settings() == settings


def test_bad_settings_are_refused(tmp_path: Path):
    with pytest.raises(MailError):
        MailSettings(host="x", security="tls")
    broken = tmp_path / "mail.json"
    broken.write_text("{not json")
    with pytest.raises(MailError):
        load_settings(broken)
