"""The app's one source of time: the run clock's seconds, and "now" and "today".

The meeting clock is computed from recorded instants, so the instants must come from a clock
that neither follows changes of the system time nor stops while a laptop sleeps: otherwise a
meeting resumed after a suspend would show less time than really passed.

Every "now" (an aware UTC datetime) and "today" (the local date) the app uses comes from now()
and today() here, never from datetime.now() or date.today() directly, so the test suite can fix
the date it runs on (use_wall_clock) and pass on any day. The environment variable
FACILITATOR_NOW (an ISO instant) starts the wall clock at that instant and lets it advance with
the run clock: a test that launches the real app in a process of its own fixes its date too.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path

TimeSource = Callable[[], float]
"""A function returning seconds on a clock that only moves forward; tests inject a fake."""

WallClock = Callable[[], datetime]
"""Returns the current wall time as an aware datetime."""

NOW_VARIABLE = "FACILITATOR_NOW"

BOOT_ID_FILE = Path("/proc/sys/kernel/random/boot_id")
FALLBACK_BOOT_ROUNDING = 10.0
"""Seconds to which the estimated boot moment is rounded, so the estimate holds within a boot."""


def _pick_clock() -> TimeSource:
    """The platform's clock that keeps counting while the machine is suspended.

    Linux: CLOCK_BOOTTIME (CLOCK_MONOTONIC stops during suspend). macOS: clock_gettime's
    CLOCK_MONOTONIC, which Apple documents as counting through sleep, unlike time.monotonic's
    mach clock there. Elsewhere time.monotonic, the best the standard library offers.
    """
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is not None:
        try:
            time.clock_gettime(boottime)
        except OSError:
            pass
        else:
            return lambda: time.clock_gettime(boottime)
    monotonic = getattr(time, "CLOCK_MONOTONIC", None)
    if sys.platform == "darwin" and monotonic is not None:
        return lambda: time.clock_gettime(monotonic)
    return time.monotonic


_clock = _pick_clock()


def run_clock() -> float:
    """Seconds since an arbitrary moment of this boot, counting through suspend, never jumping."""
    return _clock()


@cache
def boot_id() -> str:
    """Names the current boot, so a recorded run_clock() reading can be told to be comparable.

    Linux gives a random id per boot. Elsewhere the boot moment is estimated as wall time minus
    run_clock(), rounded so it stays the same for every reading within the boot; it is computed
    once per process, so a change of the system time later on cannot alter it.
    """
    try:
        text = BOOT_ID_FILE.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        text = ""
    if text:
        return text
    booted = time.time() - run_clock()
    return f"estimated-{round(booted / FALLBACK_BOOT_ROUNDING) * FALLBACK_BOOT_ROUNDING:.0f}"


def system_now() -> datetime:
    """The system's wall time, in UTC."""
    return datetime.now(UTC)


def _starting_at(start: datetime) -> WallClock:
    """A wall clock that reads `start` now and then advances with the run clock."""
    origin = run_clock()
    return lambda: start + timedelta(seconds=run_clock() - origin)


def _from_environment() -> WallClock:
    text = os.environ.get(NOW_VARIABLE, "").strip()
    if not text:
        return system_now
    try:
        start = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return system_now
    if start.tzinfo is None:
        start = start.astimezone()
    return _starting_at(start.astimezone(UTC))


_wall: WallClock = _from_environment()


def now() -> datetime:
    """The current instant as an aware UTC datetime: what every record's time stamp uses."""
    return _wall().astimezone(UTC)


def today() -> date:
    """The current date where the user is (local time): what due dates and "overdue" use."""
    return now().astimezone().date()


def use_wall_clock(clock: WallClock | None) -> None:
    """Puts `clock` in place of the system's wall time for the whole process; None restores it."""
    global _wall
    _wall = clock if clock is not None else _from_environment()
