"""What the libraries alone take before the app's own code runs (issue #20): each step started
in a fresh process, in turn with the others, the medians of several runs.

A start cannot be usable before Python, Qt (with its `Qt` namespace, which the bare window never
touches) and sqlite3 are loaded: on a plain SQLite file the window fills itself through sqlite3
and SQLAlchemy's ORM and the models load in the background after usable. The minutes
command cannot write before Python and ReportLab's platypus are loaded when it finds the
meeting's snapshot in the cache, nor before the ORM and the models too when the data changed
since. Their sums are floors under the issue's targets, measured on the same machine as them.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from dataclasses import dataclass

from benchmarks.startup import ROOT

STEPS = {
    "python": "pass",
    "qt": "import PySide6.QtWidgets",
    "qt and its Qt namespace": "import PySide6.QtWidgets; from PySide6.QtCore import Qt",
    "qt, its namespace and sqlite3": (
        "import PySide6.QtWidgets; from PySide6.QtCore import Qt; import sqlite3"
    ),
    "sqlalchemy orm": "import sqlalchemy.orm",
    "orm and models, mappers configured": (
        "import sqlalchemy.orm; import facilitator.storage.models; "
        "sqlalchemy.orm.configure_mappers()"
    ),
    "reportlab platypus": "import reportlab.platypus",
    "orm, models and platypus": (
        "import sqlalchemy.orm; import facilitator.storage.models; "
        "sqlalchemy.orm.configure_mappers(); import reportlab.platypus"
    ),
}
"""What each child process runs; `python` is the interpreter's own start."""


@dataclass(frozen=True)
class Floor:
    seconds: dict[str, float]
    """Each step's median, whole process."""

    @property
    def usable(self) -> float:
        """Python, Qt and its namespace, and sqlite3: what a filled window needs before any of
        the app's modules, queries or widgets."""
        return self.seconds["qt, its namespace and sqlite3"]

    @property
    def minutes(self) -> float:
        """Python and ReportLab's platypus: the command's floor when its snapshot is cached."""
        return self.seconds["reportlab platypus"]

    @property
    def minutes_after_change(self) -> float:
        """Python, the ORM and models, and ReportLab's platypus: the floor when the data changed
        since the snapshot was kept, so the meeting is read from the database."""
        return self.seconds["orm, models and platypus"]

    @property
    def paint(self) -> float:
        """Python and Qt with its namespace: the bare window's imports and the namespace."""
        return self.seconds["qt and its Qt namespace"]


def _run(code: str) -> float:
    began = time.monotonic()
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True)
    return time.monotonic() - began


def measure(runs: int) -> Floor:
    timings: dict[str, list[float]] = {name: [] for name in STEPS}
    for _ in range(runs):
        for name, code in STEPS.items():
            timings[name].append(_run(code))
    return Floor({name: statistics.median(values) for name, values in timings.items()})


if __name__ == "__main__":
    floor = measure(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
    for name, seconds in floor.seconds.items():
        print(f"{name:40} {seconds * 1000:6.0f} ms")
    print(f"{'floor under usable':40} {floor.usable * 1000:6.0f} ms")
    print(f"{'floor under the minutes command':40} {floor.minutes * 1000:6.0f} ms")
