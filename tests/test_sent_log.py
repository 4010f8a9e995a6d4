"""The sent log (#17 point 5): every mail kept with its time, subject and each recipient's
outcome, newest first; a refusal is kept with its reason. Runs on both engines."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from facilitator.formats.mail import MailSettings, RecipientResult, send_minutes
from facilitator.mailing.sent_log import (
    SUBJECT_LENGTH,
    already_sent,
    reached_on,
    record_sent,
    sent_mails,
)
from facilitator.record.attendance import invite
from facilitator.record.people import PersonInput, add_person
from facilitator.storage.database import Database
from facilitator.vocabulary import MailKind, Team

NOON = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


@pytest.fixture
def owner(db: Database) -> int:
    return add_person(db, PersonInput("Dana Kim", "dana@example.com", Team.SALES))


def test_a_mail_is_kept_with_each_recipients_outcome(db, meeting_id):
    results = [
        RecipientResult("dana@example.com", True),
        RecipientResult("gone@example.com", False, "550 no such user"),
    ]
    mail_id = record_sent(
        db, MailKind.MINUTES, "Minutes — Weekly", results, meeting_id=meeting_id,
        minutes_version=1,
    )
    (mail,) = sent_mails(db, meeting_id=meeting_id)
    assert mail.id == mail_id
    assert mail.kind is MailKind.MINUTES
    assert mail.subject == "Minutes — Weekly"
    assert mail.sent_at == NOON
    assert mail.minutes_version == 1
    assert mail.recipients == tuple(results)
    assert mail.accepted == ("dana@example.com",)
    assert [r.reason for r in mail.refused] == ["550 no such user"]


def test_the_log_lists_newest_first_and_filters(db, meeting_id, new_weekly_meeting, owner):
    other = new_weekly_meeting(title="Other")
    ok = [RecipientResult("a@example.com", True)]
    first = record_sent(db, MailKind.PRE_READ, "Agenda", ok, meeting_id=meeting_id,
                        sent_at=NOON - timedelta(days=2))
    second = record_sent(db, MailKind.MINUTES, "Minutes", ok, meeting_id=meeting_id)
    record_sent(db, MailKind.MINUTES, "Other minutes", ok, meeting_id=other)
    reminder = record_sent(db, MailKind.REMINDER, "Reminder", ok, person_id=owner)

    assert [m.id for m in sent_mails(db, meeting_id=meeting_id)] == [second, first]
    assert [m.id for m in sent_mails(db, person_id=owner)] == [reminder]
    assert [m.subject for m in sent_mails(db, kind=MailKind.MINUTES)] == [
        "Other minutes", "Minutes",
    ]
    assert len(sent_mails(db)) == 4


def test_already_sent_is_the_latest_that_reached_someone(db, meeting_id):
    assert already_sent(db, meeting_id, MailKind.MINUTES) is None
    reached = record_sent(
        db, MailKind.MINUTES, "Minutes", [RecipientResult("a@example.com", True)],
        meeting_id=meeting_id, sent_at=NOON - timedelta(hours=1),
    )
    record_sent(
        db, MailKind.MINUTES, "Minutes", [RecipientResult("a@example.com", False, "421 busy")],
        meeting_id=meeting_id,
    )
    found = already_sent(db, meeting_id, MailKind.MINUTES)
    assert found is not None and found.id == reached
    assert already_sent(db, meeting_id, MailKind.PRE_READ) is None


def test_a_mail_that_reached_nobody_is_not_sent_already(db, meeting_id):
    refused = [RecipientResult("a@example.com", False, "cannot reach the mail server")]
    record_sent(db, MailKind.PRE_READ, "Agenda", refused, meeting_id=meeting_id)
    assert already_sent(db, meeting_id, MailKind.PRE_READ) is None
    (mail,) = sent_mails(db, meeting_id=meeting_id)
    assert mail.refused[0].reason == "cannot reach the mail server"


def test_reached_on_is_by_local_day_and_kind(db, owner):
    ok = [RecipientResult("dana@example.com", True)]
    record_sent(db, MailKind.REMINDER, "Reminder", ok, person_id=owner)
    today = NOON.astimezone().date()
    assert reached_on(db, owner, MailKind.REMINDER, today)
    assert not reached_on(db, owner, MailKind.REMINDER, today + timedelta(days=1))
    assert not reached_on(db, owner, MailKind.FOLLOW_UP, today)
    assert not reached_on(db, owner, MailKind.REMINDER, date(2026, 11, 22))


def test_a_refused_reminder_did_not_reach_them(db, owner):
    record_sent(db, MailKind.REMINDER, "Reminder",
                [RecipientResult("dana@example.com", False, "550 mailbox full")], person_id=owner)
    assert not reached_on(db, owner, MailKind.REMINDER, NOON.astimezone().date())


def test_an_over_long_subject_is_kept_cut(db, meeting_id):
    record_sent(db, MailKind.MINUTES, "S" * 500, [RecipientResult("a@example.com", True)],
                meeting_id=meeting_id)
    (mail,) = sent_mails(db, meeting_id=meeting_id)
    assert len(mail.subject) == SUBJECT_LENGTH
    assert mail.subject.endswith("S…")


def test_any_script_is_kept_as_typed(db, meeting_id):
    subject = "Compte rendu — Réunion 営業 فريق 🚀"
    reason = "550 boîte pleine 🙁"
    record_sent(db, MailKind.MINUTES, subject,
                [RecipientResult("josé@exämple.com", False, reason)], meeting_id=meeting_id)
    (mail,) = sent_mails(db, meeting_id=meeting_id)
    assert mail.subject == subject
    assert mail.recipients == (RecipientResult("josé@exämple.com", False, reason),)


def test_a_sending_to_the_local_server_is_logged_with_the_refusal(db, meeting_id):
    pytest.importorskip("aiosmtpd")
    from local_smtp import MailRecorder, running_smtp

    people = [
        add_person(db, PersonInput(name, f"{key}@example.com", Team.SALES))
        for key, name in (("ana", "Ana"), ("bob", "Bob"), ("cy", "Cy"))
    ]
    invite(db, meeting_id, people)
    handler = MailRecorder(refuse="bob@example.com")
    with running_smtp(handler) as controller:
        settings = MailSettings("127.0.0.1", controller.port, "none", "", "me@example.com")
        report = send_minutes(db, meeting_id, settings)
    record_sent(db, MailKind.MINUTES, "Minutes", report.results, meeting_id=meeting_id,
                minutes_version=1)

    (mail,) = sent_mails(db, meeting_id=meeting_id)
    assert mail.accepted == ("ana@example.com", "cy@example.com")
    assert [(r.address, r.reason) for r in mail.refused] == [
        ("bob@example.com", "550 no such user")
    ]
    assert handler.delivered[0].rcpt_tos == ["ana@example.com", "cy@example.com"]
