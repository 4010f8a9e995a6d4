"""Minutes by email, against a real SMTP server (aiosmtpd) on 127.0.0.1."""

from __future__ import annotations

import email
import email.policy
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

aiosmtpd = pytest.importorskip("aiosmtpd")
from aiosmtpd.controller import Controller  # noqa: E402
from local_smtp import LoginCheck, MailRecorder, free_port, running_smtp  # noqa: E402

from facilitator.attendance import attendee_emails  # noqa: E402
from facilitator.mail import (  # noqa: E402
    MailError,
    MailSettings,
    build_message,
    load_settings,
    save_settings,
    send_minutes,
    settings_path,
    write_eml,
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
    assert message["Subject"].startswith("Minutes: ")
    assert message["Subject"].endswith(" \N{EM DASH} " + message["Subject"][-10:])
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
    subject = message["Subject"]
    title, _, day = subject.removeprefix("Minutes: ").rpartition(" \N{EM DASH} ")
    assert len(day) == 10 and day[4] == "-" and day[7] == "-"
    (pdf,) = list(message.iter_attachments())
    assert pdf.get_filename() == f"{title} {day} minutes.pdf"


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


def test_eml_parses_and_holds_the_pdf(demo, tmp_path: Path):
    path = write_eml(demo, MEETING, tmp_path / "minutes.eml", "me@example.com")
    data = path.read_bytes()
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert message["Subject"].startswith("Minutes: ")
    assert message["From"] == "me@example.com"
    assert message["To"].addresses[0].addr_spec == attendee_emails(demo, MEETING)[0]
    (pdf,) = list(message.iter_attachments())
    assert pdf.get_content().startswith(b"%PDF")
    assert PASSWORD.encode() not in data


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
