"""`facilitator minutes` from a cached snapshot (#20 point 2): the same PDF as a fresh read,
and a fresh read whenever anything it depends on may have changed."""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from reportlab import rl_config

from facilitator import cli
from facilitator.cli import main
from facilitator.record.demo import load_demo
from facilitator.record.notes import add_note
from facilitator.snapshot_cache.minutes_cache import KEEP, SUFFIX, cache_folder
from facilitator.storage.database import open_database
from facilitator.vocabulary import NoteKind
from tests.fake_time import FakeWall

MEETING = 3
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _invariant_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """PDFs without a creation date or random id, and a cache folder of the test's own."""
    monkeypatch.setattr(rl_config, "invariant", 1)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


@pytest.fixture
def demo_file(db_path: Path) -> Path:
    db = open_database(db_path)
    try:
        load_demo(db)
    finally:
        db.close()
    return db_path


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How often the command opened the database (a cache miss)."""
    calls: list[int] = []
    real = cli._open

    def counting(args: argparse.Namespace, *, create: bool = False):  # noqa: ANN202
        calls.append(1)
        return real(args, create=create)

    monkeypatch.setattr(cli, "_open", counting)
    return calls


def _minutes(database: Path, out: Path, capsys: pytest.CaptureFixture[str]) -> bytes:
    assert main(["minutes", str(MEETING), "-o", str(out), "--db", str(database)]) == 0
    assert capsys.readouterr().out == f"minutes written to {out}\n"
    return out.read_bytes()


def test_a_hit_writes_the_same_pdf_without_opening_the_database(
    demo_file: Path, tmp_path: Path, opened: list[int], capsys: pytest.CaptureFixture[str]
) -> None:
    fresh = _minutes(demo_file, tmp_path / "fresh.pdf", capsys)
    assert opened == [1] and len(list(cache_folder().glob(f"*{SUFFIX}"))) == 1
    cached = _minutes(demo_file, tmp_path / "cached.pdf", capsys)
    assert opened == [1]
    assert cached == fresh


def test_any_write_makes_the_next_run_read_the_database(
    demo_file: Path, tmp_path: Path, opened: list[int], capsys: pytest.CaptureFixture[str]
) -> None:
    first = _minutes(demo_file, tmp_path / "a.pdf", capsys)
    db = open_database(demo_file)
    try:
        add_note(db, MEETING, None, NoteKind.NOTE, "Lead routing moves to Monday", 30.0)
    finally:
        db.close()
    second = _minutes(demo_file, tmp_path / "b.pdf", capsys)
    assert opened == [1, 1] and second != first
    connection = sqlite3.connect(demo_file)
    connection.execute("UPDATE meetings SET title = 'Renamed' WHERE id = ?", (MEETING,))
    connection.commit()
    connection.close()
    third = _minutes(demo_file, tmp_path / "c.pdf", capsys)
    assert opened == [1, 1, 1] and third != second
    assert _minutes(demo_file, tmp_path / "d.pdf", capsys) == third
    assert opened == [1, 1, 1]


def test_another_day_or_language_reads_the_database(
    demo_file: Path,
    tmp_path: Path,
    opened: list[int],
    capsys: pytest.CaptureFixture[str],
    wall: FakeWall,
    speak: Callable[[str], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    english = _minutes(demo_file, tmp_path / "a.pdf", capsys)
    wall.advance(days=1)
    next_day = _minutes(demo_file, tmp_path / "b.pdf", capsys)
    assert opened == [1, 1] and next_day != english
    monkeypatch.setattr(cli, "system_language", lambda: "de")
    german = _minutes(demo_file, tmp_path / "c.pdf", capsys)
    assert opened == [1, 1, 1] and german != next_day
    speak("en")


def test_files_the_cache_cannot_read_get_todays_messages(
    tmp_path: Path, opened: list[int], capsys: pytest.CaptureFixture[str]
) -> None:
    stranger = tmp_path / "notes.txt"
    stranger.write_text("meeting notes\n")
    folder = tmp_path / "a folder"
    folder.mkdir()
    foreign = tmp_path / "foreign.sqlite"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE data_revision (database_id TEXT, counter INTEGER)")
    connection.commit()
    connection.close()
    expected = {
        stranger: "is not a Facilitator database (not an SQLite file)",
        folder: "is a folder, not a database file",
        foreign: "is an SQLite database of another program, not a Facilitator database",
        tmp_path / "missing.sqlite": None,
    }
    for database, words in expected.items():
        out = tmp_path / "out.pdf"
        assert main(["minutes", "1", "-o", str(out), "--db", str(database)]) == 2
        err = capsys.readouterr().err
        said = words and f"facilitator: {database}: {words}\n"
        assert err == (said or f"facilitator: no Facilitator database at {database}\n")
        assert not out.exists()
    assert len(opened) == len(expected)
    assert not cache_folder().exists()


def test_a_database_without_the_revision_is_read_as_before(
    demo_file: Path, tmp_path: Path, opened: list[int], capsys: pytest.CaptureFixture[str]
) -> None:
    connection = sqlite3.connect(demo_file)
    triggers = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%data_revision%'"
    ).fetchall()
    for (name,) in triggers:
        connection.execute(f'DROP TRIGGER "{name}"')
    connection.execute("DROP TABLE data_revision")
    connection.commit()
    connection.close()
    for name in ("a.pdf", "b.pdf"):
        _minutes(demo_file, tmp_path / name, capsys)
    assert opened == [1, 1]
    assert not cache_folder().exists()


def test_a_damaged_entry_is_ignored_and_replaced(
    demo_file: Path, tmp_path: Path, opened: list[int], capsys: pytest.CaptureFixture[str]
) -> None:
    fresh = _minutes(demo_file, tmp_path / "a.pdf", capsys)
    (entry,) = cache_folder().glob(f"*{SUFFIX}")
    blob = bytearray(entry.read_bytes())
    blob[-10] ^= 0xFF
    entry.write_bytes(bytes(blob))
    assert _minutes(demo_file, tmp_path / "b.pdf", capsys) == fresh
    assert opened == [1, 1]
    entry.write_bytes(b"")
    assert _minutes(demo_file, tmp_path / "c.pdf", capsys) == fresh
    assert _minutes(demo_file, tmp_path / "d.pdf", capsys) == fresh
    assert opened == [1, 1, 1]


def test_old_entries_are_pruned(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], wall: FakeWall
) -> None:
    for _day in range(KEEP + 2):
        _minutes(demo_file, tmp_path / "out.pdf", capsys)
        wall.advance(days=1)
    assert len(list(cache_folder().glob(f"*{SUFFIX}"))) == KEEP


def test_a_hit_in_a_new_process_imports_no_sqlalchemy(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fresh = _minutes(demo_file, tmp_path / "fresh.pdf", capsys)
    out = tmp_path / "cached.pdf"
    argv = ["minutes", str(MEETING), "-o", str(out), "--db", str(demo_file)]
    script = (
        "import sys\n"
        "from reportlab import rl_config\n"
        "rl_config.invariant = 1\n"
        "import facilitator.cli\n"
        "assert 'sqlalchemy' not in sys.modules, 'import facilitator.cli'\n"
        f"code = facilitator.cli.main({argv!r})\n"
        "assert code == 0\n"
        "assert 'sqlalchemy' not in sys.modules, 'the cached minutes'\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"minutes written to {out}\n"
    assert out.read_bytes() == fresh
