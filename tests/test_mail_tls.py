"""Minutes by email over STARTTLS and SSL, against aiosmtpd with a certificate made by the test.

The client checks the server's certificate as always; the test only adds its own certificate
authority to the trust store handed to the send path.
"""

from __future__ import annotations

import email
import email.policy
import ssl
from collections.abc import Callable, Iterator
from contextlib import ExitStack

import pytest

pytest.importorskip("aiosmtpd")
trustme = pytest.importorskip("trustme")
from aiosmtpd.controller import Controller  # noqa: E402
from local_smtp import LoginCheck, MailRecorder, running_smtp  # noqa: E402

from facilitator.cli import main  # noqa: E402
from facilitator.formats.mail import (  # noqa: E402
    DEFAULT_PORTS,
    KEYRING_SERVICE,
    DeliveryFailed,
    MailSettings,
    check_connection,
    save_settings,
    send_minutes,
    send_minutes_to_each,
)
from facilitator.record.attendance import attendee_emails  # noqa: E402

MEETING = 1
USER = "moderator"
PASSWORD = "tls-Pa55word!"


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="module")
def server_context(ca: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    return context


@pytest.fixture
def trusting(ca: trustme.CA) -> ssl.SSLContext:
    """A normal verifying client context that also trusts the test's authority."""
    context = ssl.create_default_context()
    ca.configure_trust(context)
    return context


ServerFactory = Callable[[str], tuple[MailRecorder, Controller]]


@pytest.fixture
def server(server_context: ssl.SSLContext) -> Iterator[ServerFactory]:
    """Start an SMTP server that speaks 'starttls' (TLS required before login) or 'ssl'."""
    running = ExitStack()

    def start(security: str) -> tuple[MailRecorder, Controller]:
        handler = MailRecorder()
        options: dict[str, object] = {"auth_require_tls": True}
        if security == "starttls":
            options |= {"tls_context": server_context, "require_starttls": True}
        elif security == "ssl":
            # aiosmtpd counts only STARTTLS as TLS for AUTH; this connection is TLS throughout.
            options |= {"ssl_context": server_context, "auth_require_tls": False}
        else:
            options["auth_require_tls"] = False
        login = LoginCheck(USER, PASSWORD)
        controller = running.enter_context(running_smtp(handler, login, **options))
        return handler, controller

    with running:
        yield start


def _settings(controller: Controller, security: str) -> MailSettings:
    return MailSettings(
        host="127.0.0.1",
        port=controller.port,
        security=security,
        user=USER,
        sender="facilitator@example.com",
    )


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_minutes_go_out_encrypted_and_logged_in(demo, server, trusting, security):
    handler, controller = server(security)
    report = send_minutes(
        demo,
        MEETING,
        _settings(controller, security),
        password_lookup=lambda user: PASSWORD,
        tls=trusting,
    )
    wanted = attendee_emails(demo, MEETING)
    assert list(report.accepted) == wanted
    ((_, rcpt_tos, content, encrypted),) = handler.delivered
    assert rcpt_tos == wanted and encrypted
    message = email.message_from_bytes(content, policy=email.policy.default)
    (pdf,) = list(message.iter_attachments())
    assert pdf.get_content().startswith(b"%PDF")
    assert PASSWORD.encode() not in content


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_an_unknown_certificate_is_refused_for_every_recipient(demo, server, security):
    handler, controller = server(security)
    report = send_minutes_to_each(
        demo, MEETING, _settings(controller, security), password_lookup=lambda user: PASSWORD
    )
    assert report.accepted == ()
    assert [r.address for r in report.refused] == attendee_emails(demo, MEETING)
    for result in report.refused:
        assert "did not prove who it is" in result.reason
        assert "\n" not in result.reason
    assert handler.delivered == []


def test_a_wrong_password_is_reported_per_recipient_without_the_password(
    demo, server, trusting
):
    handler, controller = server("starttls")
    report = send_minutes_to_each(
        demo,
        MEETING,
        _settings(controller, "starttls"),
        password_lookup=lambda user: "not-the-one",
        tls=trusting,
    )
    assert report.accepted == ()
    assert len(report.refused) == len(attendee_emails(demo, MEETING))
    for result in report.refused:
        assert "refused the login for 'moderator'" in result.reason
        assert "535" in result.reason
        assert "not-the-one" not in result.reason
    assert handler.delivered == []


def test_a_login_on_a_server_without_auth_says_so(demo, trusting):
    with (
        running_smtp(MailRecorder()) as controller,
        pytest.raises(DeliveryFailed, match="offers no login"),
    ):
        check_connection(_settings(controller, "none"), PASSWORD, tls=trusting)


def test_starttls_on_a_server_without_it_says_so(demo, server, trusting):
    _, controller = server("none")
    with pytest.raises(DeliveryFailed, match="does not offer STARTTLS"):
        send_minutes(
            demo,
            MEETING,
            _settings(controller, "starttls"),
            password_lookup=lambda user: PASSWORD,
            tls=trusting,
        )


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_checking_the_connection_reports_the_server_answer(server, trusting, security):
    _, controller = server(security)
    answer = check_connection(_settings(controller, security), PASSWORD, tls=trusting)
    wanted = {"starttls": "over STARTTLS", "ssl": "over SSL"}[security]
    assert f"127.0.0.1:{controller.port} {wanted}, logged in as moderator" in answer
    assert "The server says: " in answer
    assert PASSWORD not in answer


def test_checking_with_a_wrong_password_names_the_login(server, trusting):
    _, controller = server("ssl")
    with pytest.raises(DeliveryFailed, match="refused the login"):
        check_connection(_settings(controller, "ssl"), "nope", tls=trusting)


def test_default_ports_follow_the_security():
    assert DEFAULT_PORTS == {"starttls": 587, "ssl": 465, "none": 25}


def test_the_cli_lists_a_refused_login_for_each_recipient(
    demo, db_path, capsys, memory_keyring
):
    handler = MailRecorder()
    with running_smtp(handler, LoginCheck(USER, PASSWORD)) as controller:
        save_settings(_settings(controller, "none"))
        memory_keyring.set_password(KEYRING_SERVICE, USER, "stale")
        wanted = attendee_emails(demo, MEETING)
        demo.close()
        code = main(["send", str(MEETING), "--db", str(db_path)])
    lines = capsys.readouterr().out.splitlines()
    assert code == 2
    assert [line.split("\t")[0] for line in lines] == wanted
    for line in lines:
        assert "\trefused: the mail server 127.0.0.1:" in line
        assert "refused the login" in line and "stale" not in line
    assert handler.delivered == []
