"""Code run in a fresh interpreter, as a start or a command runs: what a start loads, and
when, can only be seen there, since the test process has loaded everything long before."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_python(
    *args: str,
    home: Path | None = None,
    extra: dict[str, str] | None = None,
    timeout: float = 120,
    check: bool = True,
    merged: bool = False,
) -> subprocess.CompletedProcess[str]:
    """`python args…` from the repository's root on this checkout, offscreen, without the
    user's PYTHONSTARTUP; home, when given, keeps its settings and caches in the test's
    folder. Its output is text; merged puts stderr into stdout, in the order written."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), **(extra or {}))
    if home is not None:
        env["HOME"] = str(home)
    env.pop("PYTHONSTARTUP", None)
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT if merged else subprocess.PIPE,
        text=True,
        timeout=timeout,
        check=check,
    )
