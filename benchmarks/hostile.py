"""Hostile input to the command line, as a user or a script could give it: each case must end
in one line on stderr and exit code 2 (or, for output cut short by `head`, quietly), within a
few seconds, with nothing written where it should not be (issue #13, points 4, 5 and 7).

Each case runs `python -m facilitator` in a child process against files this module makes in
a folder of its own; no case ever aims at a system device.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks.faults import CaseOutcome

CHILD_TIMEOUT = 60.0
"""A case that has not ended by then is a failure (it blocked on a pipe, say)."""


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


def _facilitator(*argv: str) -> Run:
    try:
        done = subprocess.run(
            [sys.executable, "-m", "facilitator", *argv],
            capture_output=True,
            text=True,
            timeout=CHILD_TIMEOUT,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        return Run(-1, "", "timed out")
    return Run(done.returncode, done.stdout, done.stderr)


def _one_line_refusal(run: Run) -> bool:
    lines = run.err.splitlines()
    return run.code == 2 and len(lines) == 1 and "Traceback" not in run.err


def _into_head(*argv: str) -> bool:
    """`facilitator ARGV | head -1` ends quietly: exit 2, nothing on stderr."""
    command = subprocess.Popen(
        [sys.executable, "-m", "facilitator", *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert command.stdout is not None and command.stderr is not None
    subprocess.run(["head", "-1"], stdin=command.stdout, capture_output=True, timeout=60)
    command.stdout.close()
    err = command.stderr.read()
    command.stderr.close()
    try:
        return command.wait(timeout=CHILD_TIMEOUT) == 2 and err == b""
    except subprocess.TimeoutExpired:
        command.kill()
        return False


class Cases:
    """The hostile cases, each a function of a fresh folder returning whether it held."""

    def __init__(self, source: Path, exported: Path, meeting: str) -> None:
        self.source = source
        self.exported = exported
        self.meeting = meeting

    def _crafted(self, folder: Path, change: Callable[[dict], None]) -> Path:
        document = json.loads(self.exported.read_text(encoding="utf-8"))
        change(document)
        path = folder / "crafted.json"
        path.write_text(json.dumps(document), encoding="utf-8")
        return path

    def _refused_import(self, folder: Path, path: Path) -> bool:
        target = folder / "target.sqlite"
        run = _facilitator("import", str(path), "--db", str(target))
        return _one_line_refusal(run) and not target.exists()

    def huge_number(self, folder: Path) -> bool:
        path = folder / "crafted.json"
        text = self.exported.read_text(encoding="utf-8")
        path.write_text(text.replace('"seq": 0', '"seq": ' + "7" * 5000, 1), encoding="utf-8")
        return self._refused_import(folder, path)

    def year_out_of_range(self, folder: Path) -> bool:
        def far(document: dict) -> None:
            document["meeting"]["scheduled_at"] = "9999-12-31T23:00:00+00:00"

        return self._refused_import(folder, self._crafted(folder, far))

    def empty_note(self, folder: Path) -> bool:
        def empty(document: dict) -> None:
            document["notes"][0]["text"] = "   "

        return self._refused_import(folder, self._crafted(folder, empty))

    def oversized_file(self, folder: Path) -> bool:
        path = folder / "big.json"
        with path.open("wb") as handle:
            handle.truncate(17 * 1024 * 1024)
        return self._refused_import(folder, path)

    def pipe_to_import(self, folder: Path) -> bool:
        pipe = folder / "pipe"
        os.mkfifo(pipe)
        return self._refused_import(folder, pipe)

    def pipe_as_database(self, folder: Path) -> bool:
        pipe = folder / "pipe.sqlite"
        os.mkfifo(pipe)
        run = _facilitator("list", "--db", str(pipe))
        return _one_line_refusal(run) and stat.S_ISFIFO(pipe.stat().st_mode)

    def pipe_as_output(self, folder: Path) -> bool:
        pipe = folder / "out.pdf"
        os.mkfifo(pipe)
        run = _facilitator("minutes", self.meeting, "--db", str(self.source), "-o", str(pipe))
        return _one_line_refusal(run) and stat.S_ISFIFO(pipe.stat().st_mode)

    def folder_as_output(self, folder: Path) -> bool:
        run = _facilitator("export", self.meeting, "--db", str(self.source), "-o", str(folder))
        return _one_line_refusal(run) and folder.is_dir()

    def missing_database(self, folder: Path) -> bool:
        path = folder / "nowhere" / "team.sqlite"
        run = _facilitator("search", "lead", "--db", str(path))
        return _one_line_refusal(run) and not path.parent.exists()

    def export_into_head(self, folder: Path) -> bool:
        """A meeting with a note of nearly a million characters: far more than a pipe holds."""

        def long(document: dict) -> None:
            document["notes"][0]["text"] = "lead " * 190_000

        target = folder / "long.sqlite"
        imported = _facilitator("import", str(self._crafted(folder, long)), "--db", str(target))
        if imported.code != 0:
            return False
        meeting = json.loads(_facilitator("list", "--json", "--db", str(target)).out)[0]["id"]
        return _into_head("export", str(meeting), "--db", str(target))


def _demo(folder: Path) -> tuple[Path, int]:
    """A demo database and its latest ended meeting (one with notes)."""
    source = folder / "demo.sqlite"
    _facilitator("demo", "--db", str(source))
    meetings = json.loads(_facilitator("list", "--json", "--db", str(source)).out)
    return source, next(m["id"] for m in meetings if m["status"] == "ended")


def hostile_input_trials(folder: Path) -> list[CaseOutcome]:
    """Every hostile case once, each in a fresh folder; one outcome per case."""
    folder.mkdir(parents=True, exist_ok=True)
    source, meeting = _demo(folder)
    exported = folder / "meeting.json"
    exported_run = _facilitator("export", str(meeting), "--db", str(source), "-o", str(exported))
    if exported_run.code != 0:
        return [CaseOutcome("hostile input", 0, 1, f"export failed: {exported_run.err.strip()}")]
    cases = Cases(source, exported, str(meeting))
    names = [
        ("huge_number", "a 5,000-digit number in an import file"),
        ("year_out_of_range", "a date in the year 9999"),
        ("empty_note", "an empty note"),
        ("oversized_file", "an import file over the 16 MiB bound"),
        ("pipe_to_import", "a named pipe to import"),
        ("pipe_as_database", "a named pipe as --db"),
        ("pipe_as_output", "a named pipe as minutes -o"),
        ("folder_as_output", "a folder as export -o"),
        ("missing_database", "search on a database that does not exist"),
        ("export_into_head", "export | head -1 of a long meeting"),
    ]
    outcomes = []
    for number, (method, title) in enumerate(names):
        place = folder / f"case-{number}"
        place.mkdir()
        held = getattr(cases, method)(place)
        outcomes.append(CaseOutcome(f"hostile input: {title}", int(held), 1))
    return outcomes
