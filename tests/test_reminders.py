"""Reminders: each owner their overdue items and those due within N days, at most once a day,
through a real SMTP server (aiosmtpd, plain and STARTTLS) parsed back, each in the sent log;
and `facilitator remind [--dry-run]`'s output and exit codes."""

from __future__ import annotations

import email
import email.policy
import json
from datetime import date
from email.message import EmailMessage

import pytest

pytest.importorskip("aiosmtpd")
pytest.importorskip("trustme")
from local_smtp import LoginCheck, MailRecorder, running_smtp, running_starttls  # noqa: E402

from facilitator.cli import main  # noqa: E402
from facilitator.formats.mail import (  # noqa: E402
    MailError,
    MailSettings,
    load_settings,
    save_settings,
    settings_path,
)
from facilitator.mailing.reminders import plan_reminders, send_reminders  # noqa: E402
from facilitator.mailing.sent_log import sent_mails  # noqa: E402
from facilitator.record.action_items import add_action_item, set_action_status  # noqa: E402
from facilitator.storage.database import Database  # noqa: E402
from facilitator.vocabulary import ActionStatus, MailKind, Team  # noqa: E402

LONG_AGO = date(2026, 11, 1)
SENDER = "facilitator@example.com"


@pytest.fixture
def owed(db: Database, add_people, new_weekly_meeting) -> dict[str, int]:
    """Today is 2026-11-23. Dana: one overdue, one due in two days, one due in a week; Lee: one
    due tomorrow; Kim: one due next month. An overdue item closed, and one with no owner, are
    nobody's reminder."""
    ids = add_people(
        dana=("Dana Kim", Team.SALES),
        lee=("Lee Park 李", Team.MARKETING),
        kim=("Kim Ode", Team.SALES),
    )
    meeting = new_weekly_meeting()

    def item(text: str, owner: str | None, due: date) -> int:
        owner_id = ids[owner] if owner else None
        return add_action_item(
            db, meeting, text=text, owner_id=owner_id, due_date=due, today=LONG_AGO
        )

    ids["late"] = item("Send the win/loss notes", "dana", date(2026, 11, 20))
    ids["soon"] = item("Book the trade-show booth", "dana", date(2026, 11, 25))
    item("Plan Q2 offsites", "dana", date(2026, 11, 30))
    ids["tomorrow"] = item("Fix the UTM tags ✓", "lee", date(2026, 11, 24))
    item("Next month's webinar", "kim", date(2026, 12, 23))
    closed = item("Already closed", "dana", date(2026, 11, 10))
    set_action_status(db, closed, ActionStatus.DONE)
    item("Nobody owns this", None, date(2026, 11, 10))
    return ids


def _settings(port: int, security: str = "none", user: str = "") -> MailSettings:
    return MailSettings(host="127.0.0.1", port=port, security=security, user=user, sender=SENDER)


def _parsed(content: bytes) -> EmailMessage:
    message = email.message_from_bytes(content, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def test_each_owner_gets_the_overdue_and_the_due_soon(db, owed):
    plan = plan_reminders(db, within_days=2)

    assert [owner.person_id for owner in plan.owners] == [owed["dana"], owed["lee"]]
    dana, lee = plan.owners
    assert [(item.id, item.overdue) for item in dana.items] == [
        (owed["late"], True),
        (owed["soon"], False),
    ]
    assert [item.id for item in lee.items] == [owed["tomorrow"]]
    assert [owner.person_id for owner in plan_reminders(db, within_days=0).owners] == [owed["dana"]]


def test_the_mails_arrive_and_a_refused_owner_is_logged(db, owed):
    handler = MailRecorder(refuse="lee@example.com")
    with running_smtp(handler) as controller:
        outcomes = send_reminders(db, _settings(controller.port))

    assert [(o.owner.address, o.result.accepted) for o in outcomes] == [
        ("dana@example.com", True),
        ("lee@example.com", False),
    ]
    (delivered,) = handler.delivered
    message = _parsed(delivered.content)
    assert delivered.rcpt_tos == ["dana@example.com"]
    assert message["Subject"] == "Reminder: 1 action item overdue, 1 due soon"
    assert message["To"] == "Dana Kim <dana@example.com>"
    body = message.get_body(("plain",)).get_content()
    assert "- Send the win/loss notes (due 2026-11-20, OVERDUE; from Weekly smarketing" in body
    assert "- Book the trade-show booth (due 2026-11-25; from Weekly smarketing" in body
    assert "Plan Q2 offsites" not in body and "Already closed" not in body
    assert list(message.iter_attachments()) == []

    logged = {mail.person_id: mail for mail in sent_mails(db, kind=MailKind.REMINDER)}
    assert logged[owed["dana"]].accepted == ("dana@example.com",)
    assert logged[owed["dana"]].meeting_id is None
    (refused,) = logged[owed["lee"]].refused
    assert (refused.address, refused.reason) == ("lee@example.com", "550 no such user")


def test_an_owner_is_reminded_once_a_day(db, owed, wall):
    handler = MailRecorder(refuse="lee@example.com")
    with running_smtp(handler) as controller:
        send_reminders(db, _settings(controller.port))
        handler.refuse = None
        again = send_reminders(db, _settings(controller.port))
        assert [o.owner.address for o in again] == ["lee@example.com"]
        assert send_reminders(db, _settings(controller.port)) == []
        wall.advance(days=1)
        next_day = send_reminders(db, _settings(controller.port))

    assert [o.owner.address for o in next_day] == ["dana@example.com", "lee@example.com"]
    assert [_parsed(d.content)["To"].addresses[0].username for d in handler.delivered] == [
        "dana",
        "lee",
        "dana",
        "lee",
    ]
    assert len(sent_mails(db, person_id=owed["dana"], kind=MailKind.REMINDER)) == 2


def test_the_reminders_go_over_starttls(db, owed):
    handler = MailRecorder()
    login = LoginCheck("moderator", "tls-Pa55word!")
    with running_starttls(handler, login) as (controller, trusting):
        settings = _settings(controller.port, security="starttls", user="moderator")
        outcomes = send_reminders(
            db, settings, password_lookup=lambda user: "tls-Pa55word!", tls=trusting
        )

    assert all(outcome.result.accepted for outcome in outcomes)
    assert login.seen == [("moderator", "tls-Pa55word!")] * 2
    assert [d.encrypted for d in handler.delivered] == [True, True]
    assert _parsed(handler.delivered[1].content)["Subject"] == "Reminder: 1 action item due soon"


def test_the_reminder_window_is_a_mail_setting(tmp_path):
    assert MailSettings(host="smtp.example.com").reminder_days == 2
    five = MailSettings(host="smtp.example.com", reminder_days=5)
    path = save_settings(five, tmp_path / "mail.json")
    assert json.loads(path.read_text())["reminder_days"] == 5
    assert load_settings(path) == five
    with pytest.raises(MailError, match="reminder days must be between 0 and 60, not -1"):
        MailSettings(host="smtp.example.com", reminder_days=-1)


def test_remind_dry_run_prints_one_line_per_owner_and_sends_nothing(db, db_target, owed, capsys):
    handler = MailRecorder()
    with running_smtp(handler) as controller:
        save_settings(_settings(controller.port))
        status = main(["remind", "--db", db_target, "--dry-run"])

    assert status == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "dana@example.com\twould get: Reminder: 1 action item overdue, 1 due soon: "
        "Send the win/loss notes (due 2026-11-20, OVERDUE); "
        "Book the trade-show booth (due 2026-11-25)",
        "lee@example.com\twould get: Reminder: 1 action item due soon: "
        "Fix the UTM tags ✓ (due 2026-11-24)",
    ]
    assert handler.delivered == []
    assert sent_mails(db, kind=MailKind.REMINDER) == []


def test_remind_sends_and_exits_one_when_an_owner_is_refused(db, db_target, owed, capsys):
    handler = MailRecorder(refuse="lee@example.com")
    with running_smtp(handler) as controller:
        save_settings(_settings(controller.port))
        status = main(["remind", "--db", db_target])
        assert status == 1
        assert capsys.readouterr().out.splitlines() == [
            "dana@example.com\tDana Kim: reminder sent (2 items)",
            "lee@example.com\tLee Park 李: reminder refused: 550 no such user",
        ]
        handler.refuse = None
        assert main(["remind", "--db", db_target]) == 0
        assert capsys.readouterr().out == "lee@example.com\tLee Park 李: reminder sent (1 item)\n"
        assert main(["remind", "--db", db_target, "--dry-run"]) == 0

    assert capsys.readouterr().out.splitlines() == [
        "dana@example.com\tskipped: already reminded on 2026-11-23",
        "lee@example.com\tskipped: already reminded on 2026-11-23",
    ]


def test_remind_without_mail_settings_or_with_a_bad_argument_exits_two(db_target, capsys):
    assert not settings_path().exists()
    assert main(["remind", "--db", db_target]) == 2
    assert "mail is not set up yet" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main(["remind", "--db", db_target, "--days", "3"])
    assert exit_.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1
