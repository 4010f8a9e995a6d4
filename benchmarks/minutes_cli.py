"""`facilitator minutes` as a user runs it, whole process, against a word processor (issue #20).

The demo's latest ended weekly meeting is written to PDF by the command line, and the same text
(the minutes' own, read back out of that PDF) is converted to PDF by LibreOffice headless, the two
in turn so a busy machine weighs on both alike. The first command of all runs with an empty font
cache and is reported on its own; the others find it warm, as every run after a user's first does,
and the meeting's snapshot kept by the run before. Runs after a change to the data (a meeting's
title written again, which moves the database's revision) read the meeting from the database and
are reported on their own.
Where `soffice` is not installed the comparison is skipped with a note. Run as
`python -m benchmarks.minutes_cli DB MEETING RUNS`, it is the app's side: the same meeting's
minutes written RUNS times in one process, printed as one JSON line of seconds.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader

from benchmarks.startup import ROOT, compile_bytecode


@dataclass(frozen=True)
class MinutesRuns:
    cold: float
    """The first run, its font cache empty."""
    warm: list[float]
    office: list[float]
    """soffice --headless --convert-to pdf of the same text; empty when not installed."""
    pages: int
    meeting_id: int
    in_app: list[float]
    """write_minutes in one process, the first export included."""
    after_change: list[float]
    """The command right after a change to the data: the snapshot cache misses."""

    @property
    def median(self) -> float:
        return statistics.median(self.warm)

    @property
    def changed(self) -> float:
        return statistics.median(self.after_change)

    @property
    def office_ratio(self) -> float | None:
        return statistics.median(self.office) / self.median if self.office else None


def _environment(folder: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "XDG_CACHE_HOME": str(folder / "cache")}


def _run(command: list[str], env: dict[str, str]) -> float:
    began = time.monotonic()
    subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True, timeout=300)
    return time.monotonic() - began


def _change_data(database: Path, meeting_id: int) -> None:
    """Write a meeting's title again, as an edit would: the database's revision moves on."""
    with closing(sqlite3.connect(database)) as connection, connection:
        connection.execute("UPDATE meetings SET title = title WHERE id = ?", (meeting_id,))


def _weekly_meeting(database: Path, env: dict[str, str]) -> int:
    """The newest ended weekly meeting of `facilitator list`."""
    listing = subprocess.run(
        [sys.executable, "-m", "facilitator", "--db", str(database), "list"],
        cwd=ROOT, env=env, check=True, capture_output=True, text=True,
    ).stdout
    for line in listing.splitlines():
        number, _, kind, status, *_ = line.split("\t")
        if kind == "weekly" and status == "ended":
            return int(number)
    raise RuntimeError("the demo has no ended weekly meeting")


def measure(folder: Path, runs: int) -> MinutesRuns:
    folder.mkdir(parents=True, exist_ok=True)
    compile_bytecode()
    env = _environment(folder)
    database = folder / "demo.sqlite"
    subprocess.run(
        [sys.executable, "-m", "facilitator", "--db", str(database), "demo"],
        cwd=ROOT, env=env, check=True, capture_output=True, timeout=300,
    )
    meeting_id = _weekly_meeting(database, env)
    pdf = folder / "minutes.pdf"
    command = [sys.executable, "-m", "facilitator", "--db", str(database), "minutes",
               "-o", str(pdf), str(meeting_id)]
    cold = _run(command, env)
    pages = PdfReader(io.BytesIO(pdf.read_bytes())).pages
    text = folder / "minutes.txt"
    text.write_text("\n".join(page.extract_text() for page in pages), encoding="utf-8")
    soffice = shutil.which("soffice")
    office_command = [
        soffice or "soffice", f"-env:UserInstallation=file://{folder / 'office-profile'}",
        "--headless", "--convert-to", "pdf", "--outdir", str(folder / "office"), str(text),
    ]
    if soffice:
        _run(office_command, env)  # its first start makes the profile: not what is compared
    warm: list[float] = []
    office: list[float] = []
    after_change: list[float] = []
    for _ in range(runs):
        warm.append(_run(command, env))
        if soffice:
            office.append(_run(office_command, env))
        _change_data(database, meeting_id)
        after_change.append(_run(command, env))
    in_app = subprocess.run(
        [sys.executable, "-m", "benchmarks.minutes_cli", str(database), str(meeting_id),
         str(max(runs, 15))],
        cwd=ROOT, env=env, check=True, capture_output=True, text=True, timeout=600,
    ).stdout
    return MinutesRuns(
        cold, warm, office, len(pages), meeting_id, json.loads(in_app), after_change
    )


def _in_app(database: str, meeting_id: int, runs: int) -> None:
    from facilitator.minutes import write_minutes
    from facilitator.storage.database import open_database

    db = open_database(database)
    output = Path(database).with_name("in-app.pdf")
    seconds = []
    for _ in range(runs):
        began = time.perf_counter()
        write_minutes(db, meeting_id, output)
        seconds.append(time.perf_counter() - began)
    db.close()
    print(json.dumps(seconds), flush=True)


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="The app's side of the minutes benchmark: one meeting's minutes written "
        "RUNS times in one process, printed as one JSON line of seconds."
    )
    parser.add_argument("database", help="a SQLite database, e.g. one made by `facilitator demo`")
    parser.add_argument("meeting_id", type=int)
    parser.add_argument("runs", type=int)
    return parser.parse_args()


if __name__ == "__main__":
    arguments = _arguments()
    _in_app(arguments.database, arguments.meeting_id, arguments.runs)
