"""Logging in to an SMTP server with any password, and keeping that login out of what is shown.

smtplib encodes the AUTH credentials as ASCII, so a password such as "pässwörd✓" fails with a
UnicodeEncodeError before the server is even asked. RFC 4954 (with RFC 6531's UTF-8 mail)
sends them as UTF-8, which is what servers that take such passwords expect; login() does that.

A server's reply may echo what it was sent: the user, the password, or the base64 blob of
AUTH PLAIN ("\\0user\\0password"), LOGIN or CRAM-MD5. LoginMask hides each of them whole in any
text before it is shown to the user or written anywhere.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import re
import smtplib
from collections.abc import Callable
from dataclasses import dataclass

MECHANISMS = ("CRAM-MD5", "PLAIN", "LOGIN")
"""smtplib's order of preference, each tried in turn when the server offers it."""
MAX_CHALLENGES = 5
"""A server that keeps challenging after this many answers is refusing, not asking."""
HIDDEN = "***"
PIECE = 6
"""Bytes of the user or password in a row that give a decoded blob away, so an echo the server
cut short is hidden too."""
_BASE64_TOKEN = re.compile(r"[A-Za-z0-9+/]{4,}={0,2}")


def login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """smtplib's SMTP.login, with the user and password sent as UTF-8.

    Raises what SMTP.login raises: SMTPNotSupportedError without AUTH, SMTPException when no
    mechanism fits, SMTPAuthenticationError (the last one's) when every mechanism is refused.
    """
    smtp.ehlo_or_helo_if_needed()
    if not smtp.has_extn("auth"):
        raise smtplib.SMTPNotSupportedError("SMTP AUTH extension not supported by server.")
    offered = smtp.esmtp_features["auth"].upper().split()
    mechanisms = [mechanism for mechanism in MECHANISMS if mechanism in offered]
    if not mechanisms:
        raise smtplib.SMTPException("No suitable authentication method found.")
    refused: smtplib.SMTPAuthenticationError | None = None
    for mechanism in mechanisms:
        try:
            _authenticate(smtp, mechanism, user.encode("utf-8"), password.encode("utf-8"))
            return
        except smtplib.SMTPAuthenticationError as error:
            refused = error
    assert refused is not None
    raise refused


def _authenticate(smtp: smtplib.SMTP, mechanism: str, user: bytes, password: bytes) -> None:
    """One AUTH exchange (RFC 4954): an initial response where the mechanism has one, then an
    answer to each 334 challenge; 235 (or 503, already logged in) is success."""
    first, answer = _responses(mechanism, user, password)
    command = mechanism if first is None else f"{mechanism} {_encode(first)}"
    code, reply = smtp.docmd("AUTH", command)
    for _ in range(MAX_CHALLENGES):
        if code != 334:
            break
        try:
            challenge = base64.b64decode(reply, validate=True)
        except (binascii.Error, ValueError):
            smtp.docmd("*")  # RFC 4954: a client that cannot answer cancels the exchange
            raise smtplib.SMTPAuthenticationError(code, reply) from None
        code, reply = smtp.docmd(_encode(answer(challenge)))
    if code not in (235, 503):
        raise smtplib.SMTPAuthenticationError(code, reply)


def _responses(
    mechanism: str, user: bytes, password: bytes
) -> tuple[bytes | None, Callable[[bytes], bytes]]:
    """A mechanism's initial response (None: it has none) and its answer to a challenge."""
    if mechanism == "CRAM-MD5":
        return None, lambda challenge: user + b" " + _cram_digest(password, challenge)
    if mechanism == "PLAIN":
        plain = b"\0" + user + b"\0" + password
        return plain, lambda _challenge: plain
    return user, lambda challenge: user if challenge.lower().startswith(b"user") else password


def _cram_digest(password: bytes, challenge: bytes) -> bytes:
    return hmac.new(password, challenge, "md5").hexdigest().encode("ascii")


def _encode(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@dataclass(frozen=True)
class LoginMask:
    """Hides an SMTP login (user, password, and their base64 AUTH blobs) in a server's words."""

    user: str = ""
    password: str | None = None

    def hide(self, text: str) -> str:
        """text with every trace of the login replaced by ***.

        A base64 token is hidden whole when it decodes to bytes holding a piece of the user or
        the password; the password anywhere; the user name where it stands as a word of its
        own, so a short name does not blank out every word it is part of.
        """
        pieces = {
            piece
            for secret in (self.user, self.password)
            if secret
            for piece in _pieces(secret.encode("utf-8"))
        }
        if not pieces:
            return text
        text = _BASE64_TOKEN.sub(
            lambda token: HIDDEN if _holds(token.group(), pieces) else token.group(), text
        )
        if self.password:
            text = re.sub(re.escape(self.password), HIDDEN, text, flags=re.IGNORECASE)
        if self.user:
            word = rf"(?<![\w.@+-]){re.escape(self.user)}(?![\w@+-]|\.\w)"
            text = re.sub(word, HIDDEN, text, flags=re.IGNORECASE)
        return text


def _pieces(secret: bytes) -> set[bytes]:
    """Every run of PIECE bytes of a secret (the whole of a shorter one)."""
    size = min(len(secret), PIECE)
    return {secret[start : start + size] for start in range(len(secret) - size + 1)}


def _holds(token: str, pieces: set[bytes]) -> bool:
    """Whether a base64-looking token decodes to bytes holding a piece of a secret, read from
    each of the four places a blob cut out of a longer one may start."""
    bare = token.rstrip("=")
    for start in range(4):
        part = bare[start:]
        if len(part) % 4 == 1:  # a lone last character carries no whole byte
            part = part[:-1]
        try:
            decoded = base64.b64decode(part + "=" * (-len(part) % 4), validate=True)
        except (binascii.Error, ValueError):
            continue
        if any(piece in decoded for piece in pieces):
            return True
    return False
