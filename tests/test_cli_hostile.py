"""The command line against hostile input and awkward places (issue #13, points 4 and 7).

Each refusal is one line on stderr and exit code 2, and leaves what it was given as it was:
a full disk, numbers too long to read, /dev/zero and named pipes as input or database, output
cut short by `head`, and output paths that are devices, pipes, folders or in no folder.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, event, insert

from facilitator.cli import main
from facilitator.formats.exchange import dumps, export_meeting
from facilitator.record.notes import MAX_NOTE_LENGTH, add_note
from facilitator.storage import database as storage
from facilitator.storage.database import Database, open_database
from facilitator.storage.models import Meeting
from facilitator.vocabulary import MeetingKind, NoteKind

NOON = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
CHILD_TIMEOUT = 60
"""A guard only: a refused pipe ends at once; a blocked one would hang the suite forever."""


def _refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """Runs the command in this process; it must end with one line on stderr and exit 2."""
    assert main(list(argv)) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("facilitator: "), err
    return err.removeprefix("facilitator: ").rstrip("\n")


def _facilitator(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "facilitator", *argv],
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT,
    )


@pytest.fixture
def exported(demo: Database, tmp_path: Path) -> Path:
    """The demo's first meeting as an export file outside any database."""
    path = tmp_path / "meeting.json"
    path.write_text(dumps(export_meeting(demo, 1)), encoding="utf-8")
    return path


# A full disk


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Callable[[str], Path]]:
    """Mounts a tmpfs of the size asked for (root only), unmounted after the test."""
    mounted: list[Path] = []

    def mount(size: str) -> Path:
        point = tmp_path / f"disk-{size}"
        point.mkdir()
        if os.geteuid() != 0:
            pytest.skip("mounting a small tmpfs needs root; max_page_count tests cover it")
        result = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(point)],
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            reason = " ".join(result.stderr.split()) or f"exit {result.returncode}"
            print(f"cannot mount a tmpfs here: {reason}")
            pytest.skip(f"cannot mount a tmpfs here ({reason}); max_page_count tests cover it")
        mounted.append(point)
        return point

    yield mount
    for point in mounted:
        subprocess.run(["umount", "-l", str(point)], check=True)


@pytest.mark.parametrize("size", ["96k", "400k"])
def test_demo_on_a_full_disk_is_one_line(
    small_disk: Callable[[str], Path], capsys: pytest.CaptureFixture[str], size: str
) -> None:
    """The small disk fills while the schema is made, the larger one while the demo is loaded."""
    path = small_disk(size) / "demo.sqlite"
    message = _refused(capsys, "demo", "--db", str(path))
    assert "full" in message and str(path) in message
    if size == "96k":  # the schema could not be made: no half-made database is left
        assert list(path.parent.iterdir()) == []


def test_import_on_a_full_disk_is_one_line_and_imports_nothing(
    small_disk: Callable[[str], Path],
    exported: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    disk = small_disk("512k")
    path = disk / "team.sqlite"
    open_database(path).close()
    big = tmp_path / "big.json"
    big.write_text(
        exported.read_text(encoding="utf-8").replace(
            '"text": "', '"text": "' + "x" * 200_000, 3
        ),
        encoding="utf-8",
    )
    message = _refused(capsys, "import", str(big), "--db", str(path))
    assert "full" in message and str(path) in message
    assert main(["list", "--db", str(path)]) == 0
    assert capsys.readouterr() == ("", "")


def _disk_full_at_next_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every connection the command opens may grow its file by two pages: the disk is full."""
    make_engine = storage.make_engine

    def small_engine(path: Path) -> Engine:
        engine = make_engine(path)

        @event.listens_for(engine, "connect")
        def _limit(dbapi_connection: sqlite3.Connection, _record: object) -> None:
            pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 2}")

        return engine

    monkeypatch.setattr(storage, "make_engine", small_engine)


def test_demo_when_sqlite_says_the_disk_is_full_is_one_line(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    open_database(db_path).close()
    _disk_full_at_next_page(monkeypatch)
    message = _refused(capsys, "demo", "--db", str(db_path))
    assert message.startswith(f"The disk holding {db_path} is full")


def test_import_when_sqlite_says_the_disk_is_full_is_one_line(
    exported: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "target.sqlite"
    open_database(path).close()
    _disk_full_at_next_page(monkeypatch)
    message = _refused(capsys, "import", str(exported), "--db", str(path))
    assert message.startswith(f"The disk holding {path} is full")
    monkeypatch.undo()
    assert main(["list", "--db", str(path)]) == 0
    assert capsys.readouterr().out == ""


# Hostile import files and databases


def test_a_five_thousand_digit_number_is_one_line(
    exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path = tmp_path / "target.sqlite"
    crafted = exported.with_name("crafted.json")
    crafted.write_text(
        exported.read_text(encoding="utf-8").replace('"seq": 0', '"seq": ' + "7" * 5000, 1),
        encoding="utf-8",
    )
    message = _refused(capsys, "import", str(crafted), "--db", str(db_path))
    assert message == f"{crafted}: holds a number of 5,000 digits; no field takes more than 30"
    assert not db_path.exists()


def test_dev_zero_is_refused_before_it_is_read(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("this system has no /dev/zero")
    message = _refused(capsys, "import", "/dev/zero", "--db", str(db_path))
    assert message == "/dev/zero: is a device, not a file to import"


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    if not hasattr(os, "mkfifo"):
        pytest.skip("named pipes are POSIX")
    path = tmp_path / "pipe"
    os.mkfifo(path)
    return path


def test_a_named_pipe_to_import_is_refused_at_once(fifo: Path, db_path: Path) -> None:
    """Nobody writes to the pipe: opening it to read would wait for ever."""
    result = _facilitator("import", str(fifo), "--db", str(db_path))
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == f"facilitator: {fifo}: is a named pipe, not a file to import\n"
    assert stat.S_ISFIFO(fifo.stat().st_mode) and not db_path.exists()


@pytest.mark.parametrize("command", [["list"], ["demo"], ["search", "MQL"]])
def test_a_named_pipe_as_the_database_is_refused_at_once(
    fifo: Path, command: list[str]
) -> None:
    result = _facilitator(*command, "--db", str(fifo))
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        f"facilitator: {fifo}: is not a regular file (a named pipe or a device), "
        "not a database file\n"
    )
    assert sorted(os.listdir(fifo.parent)) == [fifo.name]


def _newer(path: Path) -> None:
    open_database(path).close()
    connection = sqlite3.connect(path)
    try:
        connection.execute("UPDATE alembic_version SET version_num = 'from_the_future'")
        connection.commit()
    finally:
        connection.close()


def _damaged_version(path: Path) -> None:
    open_database(path).close()
    connection = sqlite3.connect(path)
    try:
        connection.execute("DELETE FROM alembic_version")
        connection.commit()
    finally:
        connection.close()


@pytest.mark.parametrize("make", [_newer, _damaged_version])
@pytest.mark.parametrize("command", ["list", "demo"])
def test_a_refused_database_keeps_no_wal_or_shm_beside_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make: Callable[[Path], None], command: str
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "team.sqlite"
    make(path)
    before = path.read_bytes()
    assert os.listdir(folder) == ["team.sqlite"]
    _refused(capsys, command, "--db", str(path))
    assert os.listdir(folder) == ["team.sqlite"]
    assert path.read_bytes() == before


# Output cut short


def _until_head(*argv: str) -> tuple[int, str]:
    """`facilitator ARGV | head -1`: the command's exit code and what it wrote on stderr."""
    command = subprocess.Popen(
        [sys.executable, "-m", "facilitator", *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert command.stdout is not None and command.stderr is not None
    head = subprocess.run(
        ["head", "-1"], stdin=command.stdout, capture_output=True, timeout=CHILD_TIMEOUT
    )
    command.stdout.close()
    err = command.stderr.read().decode()
    command.stderr.close()
    assert head.returncode == 0 and head.stdout.count(b"\n") == 1
    return command.wait(timeout=CHILD_TIMEOUT), err


def test_list_into_head_ends_quietly(db: Database, db_target: str) -> None:
    """A thousand lines of some 240 characters (titles near their 200 at most): far more than
    a pipe holds before head is gone."""
    planned = {"kind": MeetingKind.WEEKLY, "scheduled_at": NOON, "cap_seconds": 3600}
    with db.write() as session:
        session.execute(insert(Meeting), [{**planned, "title": "long title " * 18}] * 1000)
    assert _until_head("list", "--db", db_target) == (2, "")
    assert _until_head("list", "--json", "--db", db_target) == (2, "")


def test_export_into_head_ends_quietly(db: Database, db_target: str, meeting_id: int) -> None:
    """A note of a million characters, the most a note holds."""
    add_note(db, meeting_id, None, NoteKind.NOTE, "x" * MAX_NOTE_LENGTH, 0.0)
    assert _until_head("export", str(meeting_id), "--db", db_target) == (2, "")


# Output paths are files


@pytest.fixture
def device(tmp_path: Path) -> Path:
    """A null device of this test's own, so no test ever aims at the system's /dev/null."""
    path = tmp_path / "null"
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (OSError, AttributeError) as error:
        pytest.skip(f"cannot make a device node here ({error})")
    return path


OUTPUTS = {
    "minutes": lambda db, meeting, target: ["minutes", meeting, "--db", db, "-o", target],
    "export": lambda db, meeting, target: ["export", meeting, "--db", db, "-o", target],
    "send --eml": lambda db, meeting, target: ["send", meeting, "--db", db, "--eml", target],
}


def _leftovers(folder: Path) -> list[str]:
    return sorted(name for name in os.listdir(folder) if name.endswith(".tmp"))


@pytest.mark.parametrize("command", OUTPUTS)
def test_a_device_is_never_replaced_by_a_file(
    command: str, device: Path, db: Database, meeting_id: int, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = OUTPUTS[command](str(db.path), str(meeting_id), str(device))
    assert _refused(capsys, *argv) == f"{device}: cannot be written (it is a device, not a file)"
    assert stat.S_ISCHR(device.stat().st_mode)
    assert _leftovers(device.parent) == []


@pytest.mark.parametrize("command", OUTPUTS)
def test_a_named_pipe_is_never_replaced_by_a_file(
    command: str, fifo: Path, db: Database, meeting_id: int, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = OUTPUTS[command](str(db.path), str(meeting_id), str(fifo))
    assert _refused(capsys, *argv) == f"{fifo}: cannot be written (it is a named pipe, not a file)"
    assert stat.S_ISFIFO(fifo.stat().st_mode)


@pytest.mark.parametrize("command", OUTPUTS)
def test_a_folder_is_refused_as_an_output(
    command: str, tmp_path: Path, db: Database, meeting_id: int, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "minutes"
    folder.mkdir()
    argv = OUTPUTS[command](str(db.path), str(meeting_id), str(folder))
    assert _refused(capsys, *argv) == f"{folder}: cannot be written (it is a folder, not a file)"
    assert os.listdir(folder) == []


@pytest.mark.parametrize("command", OUTPUTS)
def test_an_output_in_a_missing_folder_is_refused_and_no_folder_made(
    command: str, tmp_path: Path, db: Database, meeting_id: int, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "no such folder" / "out.file"
    argv = OUTPUTS[command](str(db.path), str(meeting_id), str(target))
    assert _refused(capsys, *argv) == (
        f"{target}: cannot be written (the folder {target.parent} does not exist)"
    )
    assert not target.parent.exists()


@pytest.mark.parametrize("command", ["list", "search"])
def test_a_database_in_a_missing_folder_is_refused_and_no_folder_made(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    path = tmp_path / "no such folder" / "team.sqlite"
    argv = [command, "--db", str(path)] if command == "list" else [command, "x", "--db", str(path)]
    assert _refused(capsys, *argv) == f"no Facilitator database at {path}"
    assert not path.parent.exists()


def test_demo_and_import_say_what_they_created(
    tmp_path: Path, exported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    made = tmp_path / "new" / "demo.sqlite"
    assert main(["demo", "--db", str(made)]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first == f"created the folder {made.parent} and the database {made}"
    beside = made.with_name("imported.sqlite")
    assert main(["import", str(exported), "--db", str(beside)]) == 0
    assert capsys.readouterr().out.splitlines()[0] == f"created the database {beside}"
    assert main(["import", str(exported), "--db", str(beside)]) == 0
    assert "created" not in capsys.readouterr().out


def test_a_regular_file_is_still_replaced_whole(
    tmp_path: Path, db_target: str, meeting_id: int, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "meeting.json"
    target.write_text("old", encoding="utf-8")
    with contextlib.chdir(tmp_path):
        assert main(["export", str(meeting_id), "--db", db_target, "-o", "meeting.json"]) == 0
    assert target.read_text(encoding="utf-8").startswith("{")
    assert _leftovers(tmp_path) == []
