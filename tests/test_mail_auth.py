"""SMTP logins beyond ASCII, and a server reply that echoes the login, against aiosmtpd on
127.0.0.1: the password "pässwörd✓" is sent as UTF-8 (RFC 4954/6531) by every mechanism
Facilitator speaks, and the user, the password and their base64 AUTH blobs never reach a
message shown, printed or logged."""

from __future__ import annotations

import base64
import hmac
import logging
from collections.abc import Callable, Iterator

import pytest

aiosmtpd = pytest.importorskip("aiosmtpd")
from aiosmtpd.controller import Controller  # noqa: E402
from aiosmtpd.smtp import AuthResult  # noqa: E402
from local_smtp import LoginCheck, MailRecorder, running_smtp  # noqa: E402

from facilitator.cli import main  # noqa: E402
from facilitator.formats.mail import (  # noqa: E402
    KEYRING_SERVICE,
    DeliveryFailed,
    MailSettings,
    check_connection,
    save_settings,
    send_minutes,
    send_minutes_to_each,
)
from facilitator.formats.smtp_login import LoginMask  # noqa: E402
from facilitator.record.attendance import attendee_emails  # noqa: E402

MEETING = 1
USER = "jürgen.moderator@example.com"
PASSWORD = "pässwörd✓"
CHALLENGE = b"<1896.697170952@mail.example.com>"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


PLAIN_BLOB = _b64(b"\0" + USER.encode() + b"\0" + PASSWORD.encode())
TRACES = (USER, PASSWORD, PLAIN_BLOB, _b64(USER.encode()), _b64(PASSWORD.encode()))
"""Everything a server might echo of the login, none of which may be shown."""


class CramRecorder(MailRecorder):
    """A recorder that also offers CRAM-MD5, checking the digest against the UTF-8 password."""

    def __init__(self) -> None:
        super().__init__()
        self.cram: list[bytes] = []

    async def auth_CRAM__MD5(self, server, args):  # noqa: N802 (aiosmtpd's name for CRAM-MD5)
        answer = await server.challenge_auth(CHALLENGE)
        self.cram.append(answer)
        digest = hmac.new(PASSWORD.encode(), CHALLENGE, "md5").hexdigest()
        return AuthResult(success=answer == f"{USER} {digest}".encode())


class Echoing(LoginCheck):
    """A server that refuses every login and echoes it: the user, the password, the blobs."""

    def __call__(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        super().__call__(server, session, envelope, mechanism, auth_data)
        login, password = auth_data.login, auth_data.password
        blob = _b64(b"\0" + login + b"\0" + password)
        echo = (
            f"535 5.7.8 {mechanism} {blob} ({_b64(login)}/{_b64(password)}) refused for "
            f"{login.decode()} with {password.decode()}"
        )
        return AuthResult(success=False, handled=False, message=echo)


def _settings(controller: Controller) -> MailSettings:
    return MailSettings(
        host="127.0.0.1",
        port=controller.port,
        security="none",
        user=USER,
        sender="facilitator@example.com",
    )


def _password(user: str) -> str:
    return PASSWORD


def _assert_hidden(text: str) -> None:
    for trace in TRACES:
        assert trace not in text


def _app_log(caplog: pytest.LogCaptureFixture) -> str:
    """What this process logged, less the test server's own log ("mail.log")."""
    return "\n".join(
        record.getMessage() for record in caplog.records if not record.name.startswith("mail.")
    )


@pytest.mark.parametrize("exclude", [[], ["PLAIN"]], ids=["plain", "login"])
def test_a_password_beyond_ascii_logs_in_and_sends(demo, exclude: list[str]):
    handler, auth = MailRecorder(), LoginCheck(USER, PASSWORD)
    with running_smtp(handler, auth, auth_exclude_mechanism=exclude) as controller:
        report = send_minutes(demo, MEETING, _settings(controller), password_lookup=_password)
    assert report.all_accepted
    assert auth.seen == [(USER, PASSWORD)]
    assert len(handler.delivered) == 1


def test_cram_md5_digests_the_utf8_password(demo):
    handler = CramRecorder()
    with running_smtp(handler, LoginCheck(USER, "never used")) as controller:
        report = send_minutes(demo, MEETING, _settings(controller), password_lookup=_password)
    assert report.all_accepted
    digest = hmac.new(PASSWORD.encode(), CHALLENGE, "md5").hexdigest()
    assert handler.cram == [f"{USER} {digest}".encode()]


def test_a_server_that_refuses_the_utf8_password_says_why_in_one_line(demo):
    ascii_only = LoginCheck(USER, "passwoerd")
    with (
        running_smtp(MailRecorder(), ascii_only) as controller,
        pytest.raises(DeliveryFailed) as refused,
    ):
        send_minutes(demo, MEETING, _settings(controller), password_lookup=_password)
    message = str(refused.value)
    assert "\n" not in message
    assert message.startswith(f"the mail server 127.0.0.1:{controller.port} refused the login")
    assert "sent as UTF-8" in message
    assert PASSWORD not in message


@pytest.mark.parametrize("exclude", [[], ["PLAIN"]], ids=["plain", "login"])
def test_an_echoed_login_is_hidden_in_every_message_and_log(
    demo, exclude: list[str], caplog, capfd
):
    caplog.set_level(logging.DEBUG)
    echoing = Echoing(USER, PASSWORD)
    shown: list[str] = []
    with running_smtp(MailRecorder(), echoing, auth_exclude_mechanism=exclude) as controller:
        settings = _settings(controller)
        with pytest.raises(DeliveryFailed) as refused:
            send_minutes(demo, MEETING, settings, password_lookup=_password)
        shown.append(str(refused.value))
        report = send_minutes_to_each(demo, MEETING, settings, password_lookup=_password)
        shown.extend(result.reason for result in report.results)
        with pytest.raises(DeliveryFailed) as checked:
            check_connection(settings, PASSWORD)
        shown.append(str(checked.value))

    mechanisms_tried = 1 if exclude else 2  # PLAIN refused, LOGIN is tried too
    assert echoing.seen == [(USER, PASSWORD)] * 3 * mechanisms_tried
    for message in shown:
        assert "refused the login" in message and "***" in message
        _assert_hidden(message.replace(f"refused the login for {USER!r}", "refused the login"))
    _assert_hidden(_app_log(caplog))
    printed = capfd.readouterr()
    _assert_hidden(printed.out + printed.err)


def test_the_cli_prints_an_echoed_login_hidden(demo, db_path, capsys, memory_keyring):
    with running_smtp(MailRecorder(), Echoing(USER, PASSWORD)) as controller:
        save_settings(_settings(controller))
        memory_keyring.set_password(KEYRING_SERVICE, USER, PASSWORD)
        wanted = attendee_emails(demo, MEETING)
        demo.close()
        code = main(["send", str(MEETING), "--db", str(db_path)])
    printed = capsys.readouterr()
    lines = printed.out.splitlines()
    assert code == 2
    assert [line.split("\t")[0] for line in lines] == wanted
    for line in lines:
        assert "refused the login" in line
        _assert_hidden(line.split("\t")[1].replace(f"for {USER!r}", "for the user"))
    _assert_hidden(printed.err)


@pytest.fixture
def mask() -> Iterator[Callable[[str], str]]:
    yield LoginMask(USER, PASSWORD).hide


def test_a_blob_is_hidden_whole_wherever_it_was_cut(mask):
    for start in range(4):
        for end in (len(PLAIN_BLOB), len(PLAIN_BLOB) - 3):
            echoed = f"535 bad {PLAIN_BLOB[start:end]} here"
            assert mask(echoed) == "535 bad *** here"


def test_the_user_is_hidden_as_a_word_of_its_own_only(mask):
    line = f"535 {USER.upper()} refused; {USER}. Try {USER}s or x{USER}"
    assert mask(line) == f"535 *** refused; ***. Try {USER}s or x{USER}"


def test_the_server_words_around_the_login_stay(mask):
    words = "535 5.7.8 Authentication credentials invalid"
    assert mask(words) == words
    assert LoginMask().hide(words) == words
