"""The owners' follow-up after the minutes: who gets which items, the mail through a real SMTP
server (aiosmtpd, plain and STARTTLS) parsed back, refusals in the sent log, the series' option,
and `facilitator send` sending the follow-ups after the minutes."""

from __future__ import annotations

import email
import email.policy
from datetime import date
from email.message import EmailMessage

import pytest

pytest.importorskip("aiosmtpd")
pytest.importorskip("trustme")
from local_smtp import LoginCheck, MailRecorder, running_smtp, running_starttls  # noqa: E402
from meeting_builders import Series  # noqa: E402

from facilitator.cli import main  # noqa: E402
from facilitator.formats.mail import MailSettings, save_settings  # noqa: E402
from facilitator.mailing.follow_up import (  # noqa: E402
    follow_up_owners,
    follow_up_summary,
    record_follow_ups,
    send_follow_ups,
)
from facilitator.mailing.follow_up_setting import (  # noqa: E402
    follow_up_wanted_for,
    owner_follow_up,
    set_owner_follow_up,
)
from facilitator.mailing.sent_log import sent_mails  # noqa: E402
from facilitator.record.action_items import add_action_item, set_action_status  # noqa: E402
from facilitator.record.attendance import invite  # noqa: E402
from facilitator.record.people import add_guest  # noqa: E402
from facilitator.storage.database import Database  # noqa: E402
from facilitator.vocabulary import ActionStatus, MailKind, Team  # noqa: E402

LONG_AGO = date(2026, 11, 1)
"""The day the overdue item was made, so its due date (before the test's today) was allowed."""
LATE = date(2026, 11, 20)
SOON = date(2026, 12, 10)
LATER = date(2026, 12, 14)
SENDER = "facilitator@example.com"
TLS_USER = "moderator"
TLS_PASSWORD = "tls-Pa55word!"


@pytest.fixture
def meeting(db: Database, add_people) -> dict[str, int]:
    """A series' second meeting: Dana owns an overdue item carried from the first and a new
    one; Lee a carried one; an item with no owner, one owned by someone without an address and
    one Dana already closed stay out of every mail."""
    people = add_people(dana=("Dana Kim 🌟", Team.SALES), lee=("Lee Park", Team.MARKETING))
    series = Series(db)
    first = series.meeting(0)
    people["sam"] = add_guest(db, first, "Sam Roe", Team.SALES)
    ids = dict(people, series=series.id, first=first)
    ids["late"] = add_action_item(
        db,
        first,
        text="Fix the lead-scoring <rule> & export",
        owner_id=people["dana"],
        due_date=LATE,
        today=LONG_AGO,
    )
    ids["carried"] = add_action_item(
        db, first, text="Draft the Q1 campaign brief", owner_id=people["lee"], due_date=SOON
    )
    add_action_item(db, first, text="Nobody's item", due_date=SOON)
    add_action_item(db, first, text="Sam's item", owner_id=people["sam"], due_date=SOON)
    done = add_action_item(db, first, text="Already done", owner_id=people["dana"], due_date=SOON)
    set_action_status(db, done, ActionStatus.DONE)
    series.end(first)
    second = series.meeting(1)
    ids["meeting"] = second
    ids["new"] = add_action_item(
        db, second, text="Call the 3 stalled accounts", owner_id=people["dana"], due_date=LATER
    )
    invite(db, second, [people["dana"], people["lee"]])
    return ids


def _settings(port: int, security: str = "none") -> MailSettings:
    return MailSettings(host="127.0.0.1", port=port, security=security, sender=SENDER)


def _parsed(content: bytes) -> EmailMessage:
    message = email.message_from_bytes(content, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def test_each_owner_gets_only_their_open_items(db, meeting):
    owners = follow_up_owners(db, meeting["meeting"])

    assert [owner.person_id for owner in owners] == [meeting["dana"], meeting["lee"]]
    dana, lee = owners
    assert [item.id for item in dana.items] == [meeting["late"], meeting["new"]]
    assert [item.overdue for item in dana.items] == [True, False]
    assert dana.items[0].made_at == "Weekly 0, 2026-11-30"
    assert dana.items[1].made_at == "Weekly 1, 2026-12-07"
    assert [item.id for item in lee.items] == [meeting["carried"]]
    assert lee.overdue == 0


def test_the_series_option_off_sends_no_follow_up(db, meeting):
    assert owner_follow_up(db, meeting["series"]) is True
    set_owner_follow_up(db, meeting["series"], False)

    assert owner_follow_up(db, meeting["series"]) is False
    assert follow_up_wanted_for(db, meeting["meeting"]) is False
    assert follow_up_owners(db, meeting["meeting"]) == []
    assert follow_up_summary([], wanted=False) == "Owner follow-ups are off for this series."


def test_the_mails_arrive_parsed_back_and_a_refusal_is_logged(db, meeting):
    handler = MailRecorder(refuse="lee@example.com")
    with running_smtp(handler) as controller:
        outcomes = send_follow_ups(db, meeting["meeting"], _settings(controller.port))
    record_follow_ups(db, meeting["meeting"], outcomes)

    assert [(o.owner.address, o.result.accepted) for o in outcomes] == [
        ("dana@example.com", True),
        ("lee@example.com", False),
    ]
    (delivered,) = handler.delivered
    assert delivered.rcpt_tos == ["dana@example.com"]
    message = _parsed(delivered.content)
    assert message["Subject"] == "Your action items from Weekly 1 \N{EM DASH} 2026-12-07"
    assert message["To"] == "Dana Kim 🌟 <dana@example.com>"
    body = message.get_body(("plain",)).get_content()
    assert "Hello Dana Kim 🌟," in body
    assert (
        "- Fix the lead-scoring <rule> & export (due 2026-11-20, OVERDUE; "
        "from Weekly 0, 2026-11-30)" in body
    )
    assert "- Call the 3 stalled accounts (due 2026-12-14; from this meeting)" in body
    assert "Draft the Q1 campaign brief" not in body
    assert "Nobody's item" not in body and "Already done" not in body
    (pdf,) = message.iter_attachments()
    assert pdf.get_content_type() == "application/pdf"
    assert pdf.get_filename() == "2026-12-07 Weekly 1 minutes.pdf"
    assert pdf.get_content().startswith(b"%PDF")

    logged = {mail.person_id: mail for mail in sent_mails(db, kind=MailKind.FOLLOW_UP)}
    assert logged[meeting["dana"]].accepted == ("dana@example.com",)
    assert logged[meeting["dana"]].meeting_id == meeting["meeting"]
    (refused,) = logged[meeting["lee"]].refused
    assert refused.address == "lee@example.com"
    assert refused.reason == "550 no such user"
    assert follow_up_summary(outcomes) == "Follow-ups sent to 1 of 2 owners; 1 refused."


def test_the_follow_ups_go_over_starttls(db, meeting):
    handler = MailRecorder()
    with running_starttls(handler, LoginCheck(TLS_USER, TLS_PASSWORD)) as (controller, trusting):
        settings = MailSettings(
            host="127.0.0.1",
            port=controller.port,
            security="starttls",
            user=TLS_USER,
            sender=SENDER,
        )
        outcomes = send_follow_ups(
            db,
            meeting["meeting"],
            settings,
            password_lookup=lambda user: TLS_PASSWORD,
            tls=trusting,
        )

    assert all(outcome.result.accepted for outcome in outcomes)
    assert [d.encrypted for d in handler.delivered] == [True, True]
    subjects = {_parsed(d.content)["To"]: _parsed(d.content)["Subject"] for d in handler.delivered}
    assert set(subjects) == {"Dana Kim 🌟 <dana@example.com>", "Lee Park <lee@example.com>"}


def test_send_mails_the_owners_after_the_minutes(db, db_target, meeting, capsys):
    handler = MailRecorder()
    with running_smtp(handler) as controller:
        save_settings(_settings(controller.port))
        status = main(["send", str(meeting["meeting"]), "--db", db_target])

    assert status == 0
    out = capsys.readouterr().out
    assert "dana@example.com\tDana Kim 🌟: follow-up sent (2 items)" in out
    assert "lee@example.com\tLee Park: follow-up sent (1 item)" in out
    subjects = [_parsed(d.content)["Subject"] for d in handler.delivered]
    assert subjects[0].startswith("Minutes \N{EM DASH} Weekly 1")
    assert sorted(subjects[1:]) == ["Your action items from Weekly 1 \N{EM DASH} 2026-12-07"] * 2
    pdfs = {next(_parsed(d.content).iter_attachments()).get_content() for d in handler.delivered}
    assert len(pdfs) == 1  # each owner gets the very PDF the list got
    assert len(sent_mails(db, meeting_id=meeting["meeting"], kind=MailKind.FOLLOW_UP)) == 2


def test_send_mails_no_owner_when_the_series_has_it_off(db, db_target, meeting, capsys):
    set_owner_follow_up(db, meeting["series"], False)
    handler = MailRecorder()
    with running_smtp(handler) as controller:
        save_settings(_settings(controller.port))
        status = main(["send", str(meeting["meeting"]), "--db", db_target])

    assert status == 0
    assert len(handler.delivered) == 1
    assert "follow-up" not in capsys.readouterr().out


class _Stdin:
    """stdin, a terminal (the command asks) or not (a timer, a script: it refuses)."""

    def __init__(self, terminal: bool) -> None:
        self.terminal = terminal

    def isatty(self) -> bool:
        return self.terminal


def test_send_again_asks_first_unless_amended(db, db_target, meeting, capsys, monkeypatch):
    handler = MailRecorder()
    send = ["send", str(meeting["meeting"]), "--db", db_target]
    with running_smtp(handler) as controller:
        save_settings(_settings(controller.port))
        assert main(send) == 0
        sent = len(handler.delivered)
        capsys.readouterr()

        monkeypatch.setattr("sys.stdin", _Stdin(terminal=False))
        refused = main(send)
        err = capsys.readouterr().err
        assert len(handler.delivered) == sent  # nothing went
        monkeypatch.setattr("sys.stdin", _Stdin(terminal=True))
        monkeypatch.setattr("builtins.input", lambda question: "n")
        declined = main(send)
        declined_err = capsys.readouterr().err
        monkeypatch.setattr("builtins.input", lambda question: "y")
        assert main(send) == 0
        monkeypatch.setattr("sys.stdin", _Stdin(terminal=False))
        assert main([*send, "--again"]) == 0
        again = len(handler.delivered)

        add_action_item(db, meeting["meeting"], text="Book the room", due_date=LATER)
        assert main(send) == 0  # amended minutes go without asking

    assert refused == 2 and len(err.splitlines()) == 1
    assert "the minutes were sent on " in err and " to 2 people and nothing in them changed" in err
    assert "add --again to send them again" in err
    assert (declined, declined_err.strip()) == (2, "facilitator: nothing sent")
    assert again == 3 * sent
    assert _parsed(handler.delivered[again].content)["Subject"].startswith("Minutes (amended)")
