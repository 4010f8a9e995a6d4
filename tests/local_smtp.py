"""A real SMTP server on 127.0.0.1 (aiosmtpd) for the mail tests, and what it received.

Import it after `pytest.importorskip("aiosmtpd")`, so the tests skip where aiosmtpd is missing.
"""

from __future__ import annotations

import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, NamedTuple

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult


def free_port() -> int:
    """A port nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Delivered(NamedTuple):
    mail_from: str
    rcpt_tos: list[str]
    content: bytes
    encrypted: bool


class MailRecorder:
    """Keeps each delivered message; refuses the one address in `refuse` with a 550."""

    def __init__(self, refuse: str | None = None) -> None:
        self.refuse = refuse
        self.delivered: list[Delivered] = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if address == self.refuse:
            return "550 no such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        encrypted = server.transport.get_extra_info("ssl_object") is not None
        self.delivered.append(
            Delivered(envelope.mail_from, list(envelope.rcpt_tos), envelope.content, encrypted)
        )
        return "250 Message accepted"


class LoginCheck:
    """An aiosmtpd authenticator accepting one user and password; remembers every try."""

    def __init__(self, user: str, password: str) -> None:
        self.user = user
        self.password = password
        self.seen: list[tuple[str, str]] = []

    def __call__(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        login = auth_data.login.decode()
        password = auth_data.password.decode()
        self.seen.append((login, password))
        return AuthResult(success=(login, password) == (self.user, self.password), handled=False)


@contextmanager
def running_smtp(
    handler: object, login: LoginCheck | None = None, **options: Any
) -> Iterator[Controller]:
    """A started server on a free port, stopped afterwards; with a login, AUTH over plain text
    unless the options say otherwise."""
    if login is not None:
        options = {"authenticator": login, "auth_require_tls": False} | options
    controller = Controller(handler, hostname="127.0.0.1", port=free_port(), **options)
    controller.start()
    try:
        yield controller
    finally:
        controller.stop()


@contextmanager
def running_starttls(
    handler: object, login: LoginCheck | None = None
) -> Iterator[tuple[Controller, ssl.SSLContext]]:
    """A started server that requires STARTTLS (and TLS before any login), with a certificate
    made for the test, and a normal verifying client context that trusts it. Needs trustme
    (`pytest.importorskip("trustme")` first)."""
    import trustme

    authority = trustme.CA()
    server_side = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(server_side)
    client_side = ssl.create_default_context()
    authority.configure_trust(client_side)
    options = {"tls_context": server_side, "require_starttls": True, "auth_require_tls": True}
    with running_smtp(handler, login, **options) as controller:
        yield controller, client_side
