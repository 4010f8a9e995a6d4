"""The command line as a script would use it: one line a meeting, one line an error, exit 2."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator import __version__, cli
from facilitator.cli import main


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "facilitator", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_version_is_printed():
    result = _run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"facilitator {__version__}"


def test_list_of_an_empty_database_prints_nothing(db, db_path, capsys):
    assert main(["list", "--db", str(db_path)]) == 0
    assert capsys.readouterr().out == ""


def test_list_prints_one_tab_separated_meeting_a_line(db_path, capsys):
    assert main(["demo", "--db", str(db_path)]) == 0
    capsys.readouterr()
    assert main(["list", "--db", str(db_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) >= 10
    for line in lines:
        fields = line.split("\t")
        assert len(fields) == 5
        assert fields[0].isdigit()
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", fields[1])
        assert fields[2] in {"weekly", "management", "campaign", "win_loss", "other"}
        assert fields[3] in {"planned", "running", "ended", "cancelled"}
        assert fields[4]

    assert main(["--db", str(db_path), "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [str(row["id"]) for row in rows] == [line.split("\t")[0] for line in lines]
    assert {"id", "date", "kind", "status", "title"} <= set(rows[0])


def test_the_environment_variable_chooses_the_database(db_path, monkeypatch, capsys):
    monkeypatch.setenv("FACILITATOR_DB", str(db_path))
    assert main(["demo"]) == 0
    assert db_path.exists()


def test_demo_refuses_a_database_that_holds_meetings(db_path, capsys):
    assert main(["demo", "--db", str(db_path)]) == 0
    capsys.readouterr()
    assert main(["demo", "--db", str(db_path)]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1
    assert "already holds" in error


@pytest.mark.parametrize(
    "args",
    [
        ["list", "--bogus"],
        ["export"],
        ["export", "seven"],
        ["export", "0"],
        ["frobnicate"],
    ],
)
def test_a_bad_argument_gets_one_line_and_exit_code_2(args, db_path):
    result = _run(*args, "--db", str(db_path))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr


def test_a_foreign_database_is_refused_in_one_line_and_left_untouched(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes(b"shopping list: milk, eggs\n" * 10)
    before = path.read_bytes()
    result = _run("list", "--db", str(path))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "not a Facilitator database" in result.stderr
    assert path.read_bytes() == before


def test_an_unknown_meeting_is_named(db, db_path, capsys):
    assert main(["export", "999", "--db", str(db_path)]) == 2
    assert "no meeting 999" in capsys.readouterr().err


def test_export_then_import_into_another_database(tmp_path, db_path, capsys):
    assert main(["demo", "--db", str(db_path)]) == 0
    capsys.readouterr()
    main(["list", "--db", str(db_path)])
    first_id = capsys.readouterr().out.splitlines()[-1].split("\t")[0]
    exported = tmp_path / "meeting.json"
    assert main(["export", first_id, "--db", str(db_path), "-o", str(exported)]) == 0
    other = tmp_path / "other.sqlite"
    assert main(["import", str(exported), "--db", str(other)]) == 0
    assert "imported meeting" in capsys.readouterr().out
    again = tmp_path / "again.json"
    main(["list", "--db", str(other)])
    new_id = capsys.readouterr().out.split("\t")[0]
    assert main(["export", new_id, "--db", str(other), "-o", str(again)]) == 0
    first, second = json.loads(exported.read_text()), json.loads(again.read_text())
    first.pop("exported_at")
    second.pop("exported_at")
    assert first == second


def test_import_of_a_broken_file_writes_nothing(tmp_path, db_path, capsys):
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "facilitator.meeting", "version": 1, "meeting": ')
    assert main(["import", str(broken), "--db", str(db_path)]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    main(["list", "--db", str(db_path)])
    assert capsys.readouterr().out == ""


def test_export_to_a_folder_that_cannot_be_written_leaves_nothing(tmp_path, db_path, capsys):
    main(["demo", "--db", str(db_path)])
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert main(["export", "1", "--db", str(db_path), "-o", str(blocker / "out.json")]) == 2
    assert "cannot be written" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_scripted_commands_never_load_qt(db, db_path):
    code = (
        "import sys; from facilitator.cli import main; "
        f"main(['list', '--db', {str(db_path)!r}]); "
        "print('PySide6' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False"


def test_the_package_can_be_run_with_python_dash_m(db, db_path: Path):
    result = _run("list", "--db", str(db_path))
    assert result.returncode == 0


def test_minutes_are_written_as_a_pdf(tmp_path, db_path, capsys):
    main(["demo", "--db", str(db_path)])
    capsys.readouterr()
    main(["list", "--db", str(db_path)])
    ended = next(
        line.split("\t")[0]
        for line in capsys.readouterr().out.splitlines()
        if line.split("\t")[3] == "ended"
    )
    target = tmp_path / "minutes.pdf"
    assert main(["minutes", ended, "--db", str(db_path), "-o", str(target)]) == 0
    assert target.read_bytes().startswith(b"%PDF")


def test_minutes_into_a_folder_that_cannot_be_written_fail_in_one_line(tmp_path, db_path, capsys):
    main(["demo", "--db", str(db_path)])
    capsys.readouterr()
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert main(["minutes", "1", "--db", str(db_path), "-o", str(blocker / "m.pdf")]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_search_prints_one_match_a_line(db_path, capsys):
    main(["demo", "--db", str(db_path)])
    capsys.readouterr()
    assert main(["search", "MQL", "--db", str(db_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines
    assert all(line.split("\t")[0].isdigit() for line in lines)
    assert all("mql" in line.lower() for line in lines)


def test_an_empty_search_is_refused(db_path, capsys):
    assert main(["search", "   ", "--db", str(db_path)]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_send_writes_an_eml_for_the_users_own_mail_program(tmp_path, db_path, capsys):
    import email
    import email.policy

    main(["demo", "--db", str(db_path)])
    capsys.readouterr()
    target = tmp_path / "minutes.eml"
    assert main(["send", "1", "--db", str(db_path), "--eml", str(target)]) == 0
    message = email.message_from_bytes(target.read_bytes(), policy=email.policy.default)
    assert message["Subject"].startswith("Minutes \N{EM DASH} Weekly smarketing meeting")
    assert message["X-Unsent"] == "1"
    assert message["From"].addresses[0].addr_spec.endswith("@northwind.example")
    attachments = list(message.iter_attachments())
    assert attachments[0].get_content().startswith(b"%PDF")


def test_send_without_mail_settings_says_what_to_do(db_path, capsys):
    main(["demo", "--db", str(db_path)])
    capsys.readouterr()
    assert main(["send", "1", "--db", str(db_path)]) == 2
    assert "not set up" in capsys.readouterr().err


@pytest.mark.parametrize(
    "args",
    [[], ["--db", "x.db"], ["--db", "list"], ["--db=y.db"], ["--db", "postgresql://u@h/d"]],
)
def test_a_plain_start_of_the_app_parses_as_the_whole_command_line_does(args):
    """The app's start parses without the commands' parsers (first paint); the same result."""
    assert cli._opens_the_app(args)
    assert cli._app_parser().parse_args(args) == cli.build_parser().parse_args(args)


@pytest.mark.parametrize(
    "args", [["--db"], ["-h"], ["--help"], ["list"], ["--db", "-x"], ["--d", "x"], ["--version"]]
)
def test_commands_help_and_mistakes_go_to_the_whole_command_line(args):
    assert not cli._opens_the_app(args)
