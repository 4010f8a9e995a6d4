"""Who may read the view and press the remote: tokens, and the limits a stranger meets.

Each sharing session makes two fresh random tokens: the view's, in the address shown in the
room and as a QR code, and the remote's, shown only on the moderator's console. A request
that names neither is answered 404 with the same few bytes whatever it asked, so a guess
learns nothing, not even whether a meeting is shared.
"""

from __future__ import annotations

import hmac
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field

TOKEN_BYTES = 24
"""192 random bits per token (the issue asks for at least 128)."""
REMOTE_ACTIONS = ("toggle", "next", "previous", "extend", "message")
"""What the remote may press: pause/resume, next, previous, +1 minute, a preset message."""


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def same_token(given: str, token: str) -> bool:
    """Compared in constant time, so the answer's timing does not spell the token out."""
    return hmac.compare_digest(given.encode("utf-8", "replace"), token.encode("utf-8"))


@dataclass(frozen=True)
class Limits:
    """What one sharing server takes: small requests, a few streams, a steady pace per address."""

    max_body_bytes: int = 1024
    max_streams: int = 64
    rate_per_second: float = 20.0
    burst: int = 60
    max_header_bytes: int = 4096


@dataclass
class RateLimiter:
    """A token bucket per client address: `burst` requests at once, then `rate` a second."""

    rate: float
    burst: int
    clock: Callable[[], float] = time.monotonic
    _buckets: dict[str, tuple[float, float]] = field(default_factory=dict)

    def allow(self, address: str) -> bool:
        now = self.clock()
        tokens, since = self._buckets.get(address, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - since) * self.rate)
        allowed = tokens >= 1.0
        self._buckets[address] = (tokens - 1.0 if allowed else tokens, now)
        if len(self._buckets) > 4096:  # a scan from many addresses can't grow it for ever
            self._buckets.clear()
        return allowed
