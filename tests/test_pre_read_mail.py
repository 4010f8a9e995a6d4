"""The agenda mail through a real SMTP server (aiosmtpd, plain and STARTTLS), parsed back; its
calendar invitation read with icalendar; the sent log; `facilitator agenda` (both engines)."""

from __future__ import annotations

import email
import email.policy
import io
from email.message import EmailMessage
from pathlib import Path

import pytest

pytest.importorskip("aiosmtpd")
pytest.importorskip("trustme")
from icalendar import Calendar  # noqa: E402
from local_smtp import LoginCheck, MailRecorder, running_smtp  # noqa: E402
from pypdf import PdfReader  # noqa: E402
from test_mail_tls import ca, server_context, trusting  # noqa: E402, F401 (fixtures)
from test_pre_read import planned_week  # noqa: E402

from facilitator.cli import main  # noqa: E402
from facilitator.formats.calendar_file import meeting_ics  # noqa: E402
from facilitator.formats.mail import MailSettings, save_settings  # noqa: E402
from facilitator.mailing.pre_read import pre_read, pre_read_text  # noqa: E402
from facilitator.mailing.pre_read_mail import PreReadMail, send_pre_read  # noqa: E402
from facilitator.mailing.sent_log import sent_mails  # noqa: E402
from facilitator.vocabulary import MailKind  # noqa: E402

SENDER = "Moderator <moderator@example.com>"
INVITEES = ["dana@example.com", "max@example.com"]


@pytest.fixture
def built(db) -> dict[str, int]:
    return planned_week(db)


def _settings(port: int, security: str = "none", user: str = "") -> MailSettings:
    return MailSettings(host="127.0.0.1", port=port, security=security, user=user, sender=SENDER)


def _parsed(content: bytes) -> EmailMessage:
    message = email.message_from_bytes(content, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def _invitation(message: EmailMessage) -> Calendar:
    (part,) = [p for p in message.iter_attachments() if p.get_content_type() == "text/calendar"]
    assert part.get_param("method") == "REQUEST"
    return Calendar.from_ical(part.get_content())


def _event(calendar: Calendar):
    (event,) = calendar.walk("VEVENT")
    return event


def _sent_once(db, meeting_id: int) -> EmailMessage:
    handler = MailRecorder()
    with running_smtp(handler) as controller:
        report = send_pre_read(db, meeting_id, _settings(controller.port))
    assert report.all_accepted
    (delivered,) = handler.delivered
    assert sorted(delivered.rcpt_tos) == INVITEES
    return _parsed(delivered.content)


def test_each_invitee_gets_the_text_the_pdf_and_the_invitation(db, built):
    meeting = built["meeting"]
    message = _sent_once(db, meeting)
    assert message["Subject"] == "Agenda: Weekly 1 — 2026-12-07"
    assert message["From"] == SENDER
    assert sorted(a.addr_spec for a in message["To"].addresses) == INVITEES
    body = message.get_body(("plain",)).get_content().replace("\r\n", "\n")
    assert body == pre_read_text(pre_read(db, meeting))
    assert "Send the deck (owner: Dana Kim; due 2026-12-01, OVERDUE)" in body
    (pdf,) = [p for p in message.iter_attachments() if p.get_content_type() == "application/pdf"]
    assert pdf.get_filename() == "2026-12-07 Weekly 1 agenda.pdf"
    assert len(PdfReader(io.BytesIO(pdf.get_content())).pages) == 1

    calendar = _invitation(message)
    assert calendar["METHOD"] == "REQUEST"
    event = _event(calendar)
    stored = _event(Calendar.from_ical(meeting_ics(db, meeting)))
    assert event["UID"] == stored["UID"]
    assert event["SEQUENCE"] == 0
    assert str(event["ORGANIZER"]) == "mailto:moderator@example.com"
    assert sorted(str(a) for a in event["ATTENDEE"]) == [f"mailto:{a}" for a in INVITEES]
    assert event.decoded("DTSTART") == pre_read(db, meeting).scheduled_at
    assert event["DESCRIPTION"] == body


def test_a_second_sending_updates_the_same_event_and_both_are_logged(db, built):
    meeting = built["meeting"]
    first = _event(_invitation(_sent_once(db, meeting)))
    second = _event(_invitation(_sent_once(db, meeting)))
    assert first["UID"] == second["UID"]
    assert (first["SEQUENCE"], second["SEQUENCE"]) == (0, 1)
    log = sent_mails(db, meeting_id=meeting, kind=MailKind.PRE_READ)
    assert len(log) == 2
    assert all(sorted(mail.accepted) == INVITEES for mail in log)


def test_over_starttls_with_a_login(db, built, server_context, trusting):  # noqa: F811
    handler = MailRecorder()
    login = LoginCheck("moderator", "s3cret!")
    options = {"tls_context": server_context, "require_starttls": True, "auth_require_tls": True}
    with running_smtp(handler, login, **options) as controller:
        mail = PreReadMail(
            db, built["meeting"], _settings(controller.port, "starttls", "moderator")
        )
        report = mail.send(password_lookup=lambda user: "s3cret!", tls=trusting)
    assert report.all_accepted
    (delivered,) = handler.delivered
    assert delivered.encrypted
    message = _parsed(delivered.content)
    kinds = sorted(p.get_content_type() for p in message.iter_attachments())
    assert kinds == ["application/pdf", "text/calendar"]
    assert "Raise it to 60" in message.get_body(("plain",)).get_content()


def test_a_refused_invitee_leaves_the_other_sent_and_the_refusal_logged(db, built):
    handler = MailRecorder(refuse="max@example.com")
    with running_smtp(handler) as controller:
        report = send_pre_read(db, built["meeting"], _settings(controller.port))
    assert report.accepted == ("dana@example.com",)
    (delivered,) = handler.delivered
    assert delivered.rcpt_tos == ["dana@example.com"]
    (logged,) = sent_mails(db, meeting_id=built["meeting"], kind=MailKind.PRE_READ)
    assert logged.accepted == ("dana@example.com",)
    (refused,) = logged.refused
    assert refused.address == "max@example.com" and refused.reason.startswith("550")


def test_an_unreachable_server_is_logged_as_every_invitee_refused(db, built):
    from local_smtp import free_port

    report = send_pre_read(db, built["meeting"], _settings(free_port()))
    assert not report.accepted
    (logged,) = sent_mails(db, meeting_id=built["meeting"], kind=MailKind.PRE_READ)
    assert [r.address for r in logged.refused] == INVITEES
    assert all("cannot reach the mail server" in r.reason for r in logged.refused)


# --- the command ------------------------------------------------------------------------------


def test_the_command_sends_and_says_so_per_invitee(db, db_target, built, capsys):
    handler = MailRecorder(refuse="max@example.com")
    with running_smtp(handler) as controller:
        save_settings(_settings(controller.port))
        some_refused = main(["agenda", str(built["meeting"]), "--db", db_target, "--send"])
        handler.refuse = None
        all_sent = main(["agenda", str(built["meeting"]), "--db", db_target, "--send", "--again"])
    lines = capsys.readouterr().out.splitlines()
    assert (some_refused, all_sent) == (1, 0)
    assert lines[0] == "dana@example.com\tsent"
    assert lines[1].startswith("max@example.com\trefused: 550")
    assert lines[2:] == ["dana@example.com\tsent", "max@example.com\tsent"]
    assert len(sent_mails(db, meeting_id=built["meeting"], kind=MailKind.PRE_READ)) == 2


class _Stdin:
    """stdin, a terminal (the command asks) or not (a timer, a script: it refuses)."""

    def __init__(self, terminal: bool) -> None:
        self.terminal = terminal

    def isatty(self) -> bool:
        return self.terminal


def test_the_command_asks_before_sending_the_agenda_again(
    db, db_target, built, capsys, monkeypatch
):
    send = ["agenda", str(built["meeting"]), "--db", db_target, "--send"]
    handler = MailRecorder()
    with running_smtp(handler) as controller:
        save_settings(_settings(controller.port))
        assert main(send) == 0
        capsys.readouterr()
        monkeypatch.setattr("sys.stdin", _Stdin(terminal=False))
        refused = main(send)
        err = capsys.readouterr().err
        monkeypatch.setattr("sys.stdin", _Stdin(terminal=True))
        questions: list[str] = []
        monkeypatch.setattr("builtins.input", lambda q: questions.append(q) or "")
        declined = main(send)
        monkeypatch.setattr("builtins.input", lambda q: "yes")
        accepted = main(send)

    assert (refused, declined, accepted) == (2, 2, 0)
    assert err.startswith("facilitator: the agenda was sent on ") and len(err.splitlines()) == 1
    assert err.rstrip().endswith(" to 2 people: add --again to send it again")
    assert questions[0].startswith("The agenda was sent on ")
    assert questions[0].endswith(" to 2 people. Send it again? [y/N] ")
    assert len(handler.delivered) == 2
    assert len(sent_mails(db, meeting_id=built["meeting"], kind=MailKind.PRE_READ)) == 2


def test_the_command_writes_a_draft_and_the_pdf(db_target, built, tmp_path: Path, capsys):
    eml, pdf = tmp_path / "agenda.eml", tmp_path / "agenda.pdf"
    code = main(
        ["agenda", str(built["meeting"]), "--db", db_target, "--eml", str(eml), "--pdf", str(pdf)]
    )
    assert code == 0
    message = _parsed(eml.read_bytes())
    assert message["X-Unsent"] == "1" and message["Message-ID"] is None
    assert len(list(message.iter_attachments())) == 2
    assert len(PdfReader(pdf).pages) == 1
    assert f"agenda written to {pdf}" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("arguments", "says"),
    [
        (["--send"], "mail is not set up yet"),
        ([], "--send, --eml FILE or --pdf FILE"),
    ],
)
def test_the_command_refuses_in_one_line(db_target, built, capsys, arguments, says):
    assert main(["agenda", str(built["meeting"]), "--db", db_target, *arguments]) == 2
    err = capsys.readouterr().err
    assert says in err and len(err.splitlines()) == 1


def test_a_meeting_not_planned_is_refused(db_target, built, tmp_path: Path, capsys):
    code = main(
        ["agenda", str(built["first"]), "--db", db_target, "--pdf", str(tmp_path / "a.pdf")]
    )
    assert code == 2
    assert "is ended: the agenda is sent before a meeting starts" in capsys.readouterr().err
    assert not (tmp_path / "a.pdf").exists()
