"""Commands that only read never create a database: a missing one is one line and exit 2.

Nothing may appear on disk: no database file, no folder for it, no -wal or -shm file, no
backups folder, and no output file of the command either.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.cli import main
from facilitator.paths import default_database_path
from facilitator.storage.database import APPLICATION_ID, open_database

READ_ONLY = {
    "list": ["list"],
    "list --json": ["list", "--json"],
    "export": ["export", "1"],
    "export -o": ["export", "1", "-o", "{out}/meeting.json"],
    "minutes": ["minutes", "1", "-o", "{out}/minutes.pdf"],
    "search": ["search", "MQL"],
    "send": ["send", "1"],
    "send --eml": ["send", "1", "--eml", "{out}/minutes.eml"],
    "agreements": ["agreements"],
}


def _everything_in(folder: Path) -> list[str] | None:
    """What the folder holds, at any depth; None when it does not exist."""
    if not folder.exists():
        return None
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*"))


def _args(name: str, out: Path) -> list[str]:
    return [arg.format(out=out) for arg in READ_ONLY[name]]


@pytest.mark.parametrize("name", list(READ_ONLY))
@pytest.mark.parametrize("where", ["beside", "in a missing folder"])
def test_a_read_only_command_on_a_missing_database_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, where: str
) -> None:
    path = tmp_path / "facilitator.sqlite"
    if where != "beside":
        path = tmp_path / "nowhere" / "deeper" / "facilitator.sqlite"

    assert main([*_args(name, tmp_path), "--db", str(path)]) == 2

    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"facilitator: no Facilitator database at {path}\n"
    assert _everything_in(tmp_path) == []


def test_the_message_comes_from_a_real_process_without_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "missing.sqlite"
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", "list", "--db", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == f"facilitator: no Facilitator database at {path}\n"
    assert _everything_in(tmp_path) == []


def test_the_default_database_is_not_created_by_a_read_only_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = Path(os.environ["XDG_DATA_HOME"])
    before = _everything_in(data)
    assert main(["list"]) == 2
    path = default_database_path()
    assert capsys.readouterr().err == f"facilitator: no Facilitator database at {path}\n"
    assert data in path.parents
    assert _everything_in(data) == before


def test_the_environment_variable_names_the_missing_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "from-env.sqlite"
    monkeypatch.setenv("FACILITATOR_DB", str(path))
    assert main(["search", "MQL"]) == 2
    assert capsys.readouterr().err == f"facilitator: no Facilitator database at {path}\n"
    assert _everything_in(tmp_path) == []


def test_a_file_marked_as_ours_but_never_set_up_is_left_as_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A crash between the header stamp and the schema leaves such a file; reading it makes
    nothing of it, the app's start or an import finishes it."""
    path = tmp_path / "half.sqlite"
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.commit()
    connection.close()
    before = path.read_bytes()

    assert main(["list", "--db", str(path)]) == 2

    assert capsys.readouterr().err == f"facilitator: no Facilitator database at {path}\n"
    assert path.read_bytes() == before
    assert _everything_in(tmp_path) == ["half.sqlite"]


def test_an_existing_database_is_read_as_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "facilitator.sqlite"
    open_database(path).close()
    assert main(["list", "--db", str(path)]) == 0
    assert capsys.readouterr() == ("", "")


def test_demo_and_import_create_the_database_where_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo = tmp_path / "new" / "demo.sqlite"
    assert main(["demo", "--db", str(demo)]) == 0
    assert demo.exists()
    exported = tmp_path / "meeting.json"
    assert main(["export", "1", "--db", str(demo), "-o", str(exported)]) == 0
    target = tmp_path / "other" / "imported.sqlite"
    assert main(["import", str(exported), "--db", str(target)]) == 0
    assert target.exists()
    assert capsys.readouterr().out.splitlines()[-1].startswith("imported meeting ")


def test_a_bad_file_to_import_creates_no_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    target = tmp_path / "new" / "imported.sqlite"
    assert main(["import", str(broken), "--db", str(target)]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert _everything_in(tmp_path) == ["broken.json"]
