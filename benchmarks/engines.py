"""`python3 -m benchmarks.engines`: the figures of issue #16 on both engines, on the same
ten-year history: note commit, open a meeting, search (typical and common word) on the SQLite
file and on a team database on a PostgreSQL server, and the copy's time both ways.

The SQLite history is benchmarks/.cache's (made once by benchmarks/generator.py). The server's
is `facilitator copy` of it when that command exists (its time is the copy figure), otherwise
the generator run again with the same seed there. Each server database is made for the run
and dropped after it. Medians and 95th percentiles, written to benchmarks/engines.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from benchmarks.generator import VERSION, cached, generate_ten_year
from benchmarks.startup import ROOT
from benchmarks.workload import FREQUENT_QUERY, TYPICAL_QUERIES

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
RESULTS = HERE / "engines.json"
TARGETS_MS = {"note commit": 10.0, "open a meeting": 100.0, "search": 30.0}
"""Issue #16's targets on a local server; the same ones the SQLite file is held to."""
SERVER_SETTINGS = ("server_version", "fsync", "synchronous_commit", "wal_sync_method")


@dataclass
class EngineFigure:
    figure: str
    engine: str
    median_ms: float | None
    p95_ms: float | None
    samples: int
    target_ms: float | None
    met: bool
    note: str = ""


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def p95(values: list[float]) -> float:
    """The 95th percentile (inclusive method: never beyond the largest sample)."""
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=20, method="inclusive")[18]


def figure(name: str, engine: str, samples: Any, target: str, note: str = "") -> EngineFigure:
    """A figure from a child's samples (seconds) or its error, held to TARGETS_MS[target]."""
    limit = TARGETS_MS.get(target)
    if not isinstance(samples, list):
        return EngineFigure(name, engine, None, None, 0, limit, False, samples["error"])
    median = statistics.median(samples)
    return EngineFigure(
        name, engine, _ms(median), _ms(p95(samples)), len(samples), limit,
        limit is None or median * 1000 < limit, note,
    )


def _admin(server: str):  # type: ignore[no-untyped-def]
    return create_engine(server, isolation_level="AUTOCOMMIT")


@contextmanager
def server_database(server: str, name: str) -> Iterator[str]:
    """An empty database made on the server for the run, its address; dropped after."""
    engine = _admin(server)
    try:
        with engine.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        try:
            with engine.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        except OperationalError as error:
            print(f"{name} left on the server: {error.orig}", file=sys.stderr)
        engine.dispose()


def server_settings(server: str) -> dict[str, str]:
    """What the figures depend on: the version and whether a commit waits for the disk."""
    engine = _admin(server)
    try:
        with engine.connect() as connection:
            return {
                name: str(connection.execute(text(f"SHOW {name}")).scalar())
                for name in SERVER_SETTINGS
            }
    finally:
        engine.dispose()


def copy_command_exists() -> bool:
    """Whether `facilitator copy` is there yet (issue #16 point 5)."""
    return subprocess.run(
        [sys.executable, "-m", "facilitator", "copy", "--help"],
        capture_output=True, cwd=ROOT, check=False,
    ).returncode == 0


def timed_copy(source: str, target: str) -> tuple[float, str]:
    """`facilitator copy --db source --to target` in its own process: seconds and its output."""
    began = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "facilitator", "copy", "--db", source, "--to", target],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )
    seconds = time.perf_counter() - began
    if done.returncode != 0:
        raise RuntimeError(f"facilitator copy failed: {done.stderr.strip() or done.stdout}")
    return seconds, done.stdout


def fill(ten_year: Path, address: str, copy: bool = True) -> tuple[str, float | str]:
    """The ten-year history in the server database: how it got there, and the copy's seconds
    or why it failed (the copy is one transaction, so the generator then fills the database).
    Without copy, the generator: the same rows, in a third of the copy's time."""
    outcome: float | str = "no facilitator copy command yet"
    if copy and copy_command_exists():
        try:
            return "copy", timed_copy(str(ten_year), address)[0]
        except RuntimeError as error:
            outcome = str(error)
    generate_ten_year(address)  # type: ignore[arg-type]
    return "generator", outcome


def copy_figure(name: str, engine: str, outcome: float | str) -> EngineFigure:
    """The copy's time (one run: it moves the whole history), or why it failed."""
    if isinstance(outcome, str):
        return EngineFigure(name, engine, None, None, 0, None, False, outcome)
    return EngineFigure(name, engine, _ms(outcome), None, 1, None, True,
                        "facilitator copy in its own process: counts and every export proved")


def workload(target: str, runs: int, commits: int, only_commit: bool = False) -> dict[str, Any]:
    """benchmarks.engine_workload in its own process, on target; its samples by name."""
    command = [
        sys.executable, "-m", "benchmarks.engine_workload", target,
        "--runs", str(runs), "--commits", str(commits),
    ]
    done = subprocess.run(
        command + (["--only-commit"] if only_commit else []),
        capture_output=True, text=True, cwd=ROOT, check=False,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "PYTHONPATH": str(ROOT),
        },
    )
    if done.returncode != 0:
        raise RuntimeError(f"engine_workload on {target} failed: {done.stderr.strip()[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def engine_figures(engine: str, samples: dict[str, Any]) -> list[EngineFigure]:
    """Note commit, open, the slowest typical search and the common word's, for one engine."""
    figures = [
        figure("note commit", engine, samples["note_commit"], "note commit",
               "add_note under an agenda item, as the console files a note"),
    ]
    if "open_meeting" not in samples:
        return figures
    typical = {q: samples[f"search {q}"] for q in TYPICAL_QUERIES}
    measured = {q: s for q, s in typical.items() if isinstance(s, list)}
    figures.append(
        figure("open a meeting", engine, samples["open_meeting"], "open a meeting",
               "selecting a meeting in the main window's list until it is shown, notes included")
    )
    if measured:
        slowest = max(measured, key=lambda q: statistics.median(measured[q]))
        others = ", ".join(
            f"{q!r} {_ms(statistics.median(s))} ms" for q, s in measured.items() if q != slowest
        )
        figures.append(
            figure("search, typical (slowest of three)", engine, measured[slowest], "search",
                   f"query {slowest!r}; {others}")
        )
    else:
        figures.append(figure("search, typical (slowest of three)", engine,
                              next(iter(typical.values())), "search"))
    figures.append(
        figure("search, common word", engine, samples[f"search {FREQUENT_QUERY}"], "search",
               f"query {FREQUENT_QUERY!r}, in one note of five (~22,000 hits)")
    )
    return figures


def measure(
    server: str | None, fsync_server: str | None, runs: int, commits: int, sqlite: bool = True
) -> dict[str, Any]:
    made = time.perf_counter()
    ten_year = cached(CACHE, f"ten-year-v{VERSION}.sqlite", generate_ten_year)
    print(f"ten-year history ready in {time.perf_counter() - made:.1f} s", file=sys.stderr)
    work = Path(tempfile.mkdtemp(prefix="facilitator-engines-"))
    figures: list[EngineFigure] = []
    servers: dict[str, dict[str, str]] = {}
    try:
        if sqlite:
            copy = work / "ten-year.sqlite"
            shutil.copyfile(ten_year, copy)
            os.sync()
            figures += engine_figures("SQLite", workload(str(copy), runs, commits))
            print(table(figures), file=sys.stderr)
        if server is not None:
            servers["server"] = server_settings(server)
            figures += _on_server(server, ten_year, work, runs, commits)
            print(table(figures), file=sys.stderr)
        if fsync_server is not None:
            servers["fsync server"] = server_settings(fsync_server)
            with server_database(fsync_server, f"facilitator_bench_{os.getpid()}") as address:
                how, _ = fill(ten_year, address, copy=False)
                figures += engine_figures(
                    "PostgreSQL, fsync on",
                    workload(address, runs, commits, only_commit=True),
                )
                figures[-1].note += f"; history put there by {how}"
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return {"servers": servers, "figures": figures}


def _on_server(
    server: str, ten_year: Path, work: Path, runs: int, commits: int
) -> list[EngineFigure]:
    """The server's figures, and the copy's time both ways when `facilitator copy` works."""
    engine = f"PostgreSQL, fsync {server_settings(server)['fsync']}"
    with server_database(server, f"facilitator_bench_{os.getpid()}") as address:
        how, there = fill(ten_year, address)
        figures = engine_figures(engine, workload(address, runs, commits))
        figures.append(copy_figure("copy SQLite -> PostgreSQL", engine, there))
        if how == "copy":
            try:
                back: float | str = timed_copy(address, str(work / "back.sqlite"))[0]
            except RuntimeError as error:
                back = str(error)
            figures.append(copy_figure("copy PostgreSQL -> SQLite", engine, back))
    return figures


def table(figures: list[EngineFigure]) -> str:
    rows = [("figure", "engine", "median", "p95", "n", "target", "", "note")]
    for f in figures:
        rows.append((
            f.figure, f.engine,
            "-" if f.median_ms is None else f"{f.median_ms:g} ms",
            "-" if f.p95_ms is None else f"{f.p95_ms:g} ms",
            str(f.samples),
            "-" if f.target_ms is None else f"< {f.target_ms:g} ms",
            "ok" if f.met else "MISS", f.note,
        ))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
             for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 -m benchmarks.engines", description=__doc__)
    parser.add_argument("--server", default=os.environ.get("FACILITATOR_TEST_POSTGRES"),
                        help="a server's maintenance address (default $FACILITATOR_TEST_POSTGRES)")
    parser.add_argument("--fsync-server", help="a second server, fsync on: note commit there")
    parser.add_argument("--runs", type=int, default=30, help="timings per search and open")
    parser.add_argument("--commits", type=int, default=200, help="notes committed per engine")
    parser.add_argument("--no-sqlite", action="store_true", help="the servers' figures only")
    parser.add_argument("--output", type=Path, default=RESULTS, help="JSON file to write")
    args = parser.parse_args(argv)
    measured = measure(args.server, args.fsync_server, args.runs, args.commits,
                       sqlite=not args.no_sqlite)
    print(table(measured["figures"]))
    report = {
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": os.cpu_count(), "load_average": os.getloadavg()},
        "runs": args.runs,
        "commits": args.commits,
        "servers": measured["servers"],
        "figures": [asdict(f) for f in measured["figures"]],
    }
    args.output.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    return 0 if all(f.met for f in measured["figures"]) else 1


if __name__ == "__main__":
    raise SystemExit(main())
