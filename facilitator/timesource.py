"""Where the run clock gets its seconds: a clock that never jumps and keeps counting in sleep.

The meeting clock is computed from recorded instants, so the instants must come from a clock
that neither follows changes of the system time nor stops while a laptop sleeps: otherwise a
meeting resumed after a suspend would show less time than really passed.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path

TimeSource = Callable[[], float]
"""A function returning seconds on a clock that only moves forward; tests inject a fake."""

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
