"""The command line on a team database (#16): every command works on a PostgreSQL address from
--db or $FACILITATOR_DB; a bad address, an unreachable server, a refused login, a missing
database, an empty one and one that is not ours each end in one line and exit 2 with nothing
changed on the server; the password comes from the keyring or ~/.pgpass, never the address;
sslmode is honoured, verify-full against a CA file included."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
import server_databases
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from facilitator.cli import main
from facilitator.paths import resolve_database
from facilitator.storage.server import KEYRING_SERVICE, ServerAddress, lost_connection_message

PASSWORD_ROLE = "facilitator_password_test"
"""The one role the throwaway cluster's pg_hba.conf asks a password of (scram-sha-256)."""
ROLE_PASSWORD = "Pa55-for-the-test-role"


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    said = capsys.readouterr()
    return status, said.out, said.err


def _one_line_refusal(status: int, err: str) -> str:
    assert status == 2
    assert err.count("\n") == 1 and err.startswith("facilitator: ")
    return err


def _with(address: str, **parts: object) -> str:
    return make_url(address).set(**parts).render_as_string(hide_password=False)


def _rows(url: str, sql: str) -> list[tuple[object, ...]]:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            result = connection.execute(text(sql))
            return [tuple(row) for row in result] if result.returns_rows else []
    finally:
        engine.dispose()


def _server_state(url: str, database: str) -> list[tuple[object, ...]]:
    """Whether the server has the database a refused command named, and its roles: what the
    command must leave as they were (other test runs make and drop databases meanwhile)."""
    return _rows(url, f"SELECT count(*) FROM pg_database WHERE datname = '{database}'") + _rows(
        url, "SELECT rolname FROM pg_roles ORDER BY 1"
    )


def _contents(address: str) -> dict[str, object]:
    """Everything in a database a command could have touched: tables, rows, extensions."""
    tables = _rows(
        address,
        "SELECT table_schema, table_name FROM information_schema.tables "
        "WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2",
    )
    found: dict[str, object] = {"tables": tables}
    found["extensions"] = _rows(address, "SELECT extname FROM pg_extension ORDER BY 1")
    for schema, table in tables:
        found[f"{schema}.{table}"] = _rows(
            address, f'SELECT * FROM "{schema}"."{table}" ORDER BY 1'
        )
    return found


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(autouse=True)
def _no_outside_password(monkeypatch: pytest.MonkeyPatch) -> None:
    """libpq's own password sources only where a test puts them."""
    for name in ("PGPASSWORD", "PGPASSFILE", "PGSERVICEFILE", "PGSERVICE", "PGUSER"):
        monkeypatch.delenv(name, raising=False)


def test_every_command_works_on_a_team_database(
    server_database, memory_keyring, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
):
    address = server_database()
    status, out, _ = _cli(capsys, "demo", "--db", address)
    assert status == 0 and out.startswith(f"demo loaded into {address}: ")
    meetings = int(out.split(": ")[1].split()[0])

    status, listed, _ = _cli(capsys, "list", "--db", address)
    assert status == 0 and len(listed.splitlines()) == meetings > 10
    monkeypatch.setenv("FACILITATOR_DB", address)
    assert _cli(capsys, "list")[:2] == (0, listed)
    status, out, _ = _cli(capsys, "--db", address, "list", "--json")
    assert [str(row["id"]) for row in json.loads(out)] == [
        line.split("\t")[0] for line in listed.splitlines()
    ]
    ended = next(line.split("\t")[0] for line in listed.splitlines() if "\tended\t" in line)

    exported = tmp_path / "meeting.json"
    assert _cli(capsys, "export", ended, "-o", str(exported), "--db", address)[0] == 0
    assert json.loads(exported.read_text(encoding="utf-8"))["meeting"]["title"]
    status, out, _ = _cli(capsys, "search", "pricing", "--db", address)
    assert status == 0 and "pricing" in out.lower()
    pdf = tmp_path / "minutes.pdf"
    status, out, _ = _cli(capsys, "minutes", ended, "-o", str(pdf), "--db", address)
    assert status == 0 and pdf.read_bytes().startswith(b"%PDF")
    eml = tmp_path / "minutes.eml"
    assert _cli(capsys, "send", ended, "--eml", str(eml), "--db", address)[0] == 0
    assert "Subject:" in eml.read_text(encoding="utf-8")

    other = server_database()
    status, out, _ = _cli(capsys, "import", str(exported), "--db", other)
    assert status == 0 and out.startswith("imported meeting")
    status, out, _ = _cli(capsys, "export", out.split()[-1], "--db", other)
    assert json.loads(out)["meeting"] == json.loads(exported.read_text("utf-8"))["meeting"]


@pytest.mark.parametrize(
    ("address", "said"),
    [
        ("mysql://moderator@db.example.com/team", "mysql:// is not a PostgreSQL address"),
        ("postgres://moderator:s3cret-word@db.example.com/team", "never carries a password"),
        ("postgresql://moderator@db.example.com", "name the database"),
        ("postgresql://moderator@db.example.com/team?colour=blue", "'colour' is not a connection"),
        ("postgresql://moderator@db.example.com/team?sslmode=sometimes", "sslmode=sometimes"),
    ],
)
def test_a_bad_address_is_refused_in_one_line_before_any_connection(
    address: str, said: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
):
    monkeypatch.chdir(tmp_path)
    for command in (["list"], ["demo"]):
        err = _one_line_refusal(*_cli(capsys, *command, "--db", address)[::2])
        assert said in err
        assert "s3cret-word" not in err
    assert list(tmp_path.iterdir()) == []  # not taken for a file: no folder "mysql:" made


def test_the_password_line_says_where_a_password_goes(capsys):
    err = _cli(capsys, "list", "--db", "postgresql://moderator:pw@db.example.com/team")[2]
    assert "system keyring" in err and "~/.pgpass" in err and ":pw@" not in err


def test_an_address_is_kept_as_written_and_a_file_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    address = "postgresql://moderator@db.example.com/team?sslmode=verify-full"
    assert resolve_database(address) == address
    assert resolve_database("~/team.sqlite") == Path.home() / "team.sqlite"
    assert resolve_database(tmp_path / "x.sqlite") == tmp_path / "x.sqlite"
    assert resolve_database("C://Users/ana/team.sqlite") == Path("C://Users/ana/team.sqlite")
    monkeypatch.setenv("FACILITATOR_DB", "postgres://moderator@db.example.com/team")
    assert resolve_database(None) == "postgres://moderator@db.example.com/team"


def test_a_connect_timeout_in_the_address_wins_over_the_apps_short_one():
    assert (
        ServerAddress.parse("postgresql://m@db.example.com/team").connect_args(None)[
            "connect_timeout"
        ]
        == 5
    )
    given = ServerAddress.parse("postgresql://m@db.example.com/team?connect_timeout=20")
    assert "connect_timeout" not in given.connect_args(None)
    assert given.url.query["connect_timeout"] == "20"


def test_the_readme_points_at_the_team_database_page_which_links_only_inside():
    root = Path(__file__).resolve().parents[1]
    assert "(docs/team-database.md)" in (root / "README.md").read_text(encoding="utf-8")
    page = (root / "docs" / "team-database.md").read_text(encoding="utf-8")
    assert "verify-full" in page and "pg_trgm" in page and "facilitator copy" in page
    assert "](http" not in page and "<http" not in page


def test_a_server_lost_during_a_command_is_one_line():
    lost = OperationalError(
        "SELECT 1", {}, psycopg.OperationalError("server closed the connection unexpectedly")
    )
    address = "postgresql://moderator@db.example.com/team"
    line = lost_connection_message(address, lost)
    assert line is not None and "\n" not in line
    assert "cannot reach the server at db.example.com:5432 (server closed the connection" in line
    assert lost_connection_message(address, ValueError("a bug keeps its traceback")) is None


def test_an_unreachable_server_is_one_line(postgres_url: str, capsys):
    before = _server_state(postgres_url, "team")
    for address in (
        f"postgresql://facilitator@127.0.0.1:{_free_port()}/team",
        "postgresql://facilitator@no-such-host.invalid/team",
    ):
        err = _one_line_refusal(*_cli(capsys, "demo", "--db", address)[::2])
        assert "cannot reach the server" in err and "Nothing was changed" in err
    assert _server_state(postgres_url, "team") == before


def test_a_login_the_server_refuses_is_one_line(server_database, postgres_url: str, capsys):
    address = server_database(empty=True)
    before = _contents(address), _server_state(postgres_url, "no_such_team_database")
    err = _one_line_refusal(
        *_cli(capsys, "demo", "--db", _with(address, username="nobody_of_ours"))[::2]
    )
    assert "refused the login" in err and 'role "nobody_of_ours" does not exist' in err
    assert (_contents(address), _server_state(postgres_url, "no_such_team_database")) == before


def test_a_database_the_server_does_not_have_is_one_line(postgres_url: str, capsys):
    before = _server_state(postgres_url, "no_such_team_database")
    address = _with(postgres_url, database="no_such_team_database")
    err = _one_line_refusal(*_cli(capsys, "demo", "--db", address)[::2])
    assert "has no database 'no_such_team_database'" in err
    assert _server_state(postgres_url, "no_such_team_database") == before == [(0,)] + before[1:]


def test_a_database_that_is_not_ours_is_left_exactly_as_it_was(
    server_database, postgres_url: str, capsys
):
    address = server_database(empty=True)
    _rows(address, "CREATE TABLE customers (id integer PRIMARY KEY, name text)")
    _rows(address, "INSERT INTO customers VALUES (1, 'Acme'), (2, 'Globex')")
    name = make_url(address).database or ""
    before, server_before = _contents(address), _server_state(postgres_url, name)
    for command in (["demo"], ["list"], ["search", "acme"]):
        err = _one_line_refusal(*_cli(capsys, *command, "--db", address)[::2])
        assert "is not a Facilitator database" in err
    assert _contents(address) == before
    assert before["public.customers"] == [(1, "Acme"), (2, "Globex")]
    assert _server_state(postgres_url, name) == server_before


@pytest.mark.parametrize("command", [["list"], ["search", "pricing"], ["export", "1"]])
def test_a_read_only_command_on_an_empty_database_makes_nothing(
    command: list[str], server_database, capsys
):
    address = server_database(empty=True)
    before = _contents(address)
    err = _one_line_refusal(*_cli(capsys, *command, "--db", address)[::2])
    assert "no Facilitator database" in err and "empty" in err
    assert _contents(address) == before
    assert before["tables"] == []


def test_minutes_of_an_empty_database_write_no_file(server_database, tmp_path: Path, capsys):
    address = server_database(empty=True)
    pdf = tmp_path / "minutes.pdf"
    err = _one_line_refusal(*_cli(capsys, "minutes", "1", "-o", str(pdf), "--db", address)[::2])
    assert "no Facilitator database" in err
    assert not pdf.exists() and _contents(address)["tables"] == []


# The password ------------------------------------------------------------------------------


@pytest.fixture
def password_role(postgres_url: str) -> str:
    """The password of the one role the test server asks a password of. The same in every
    run, so test runs side by side never change it under each other."""
    rules = _rows(
        postgres_url,
        "SELECT count(*) FROM pg_hba_file_rules "
        f"WHERE '{PASSWORD_ROLE}' = ANY(user_name) AND auth_method <> 'trust'",
    )
    if rules[0][0] == 0:
        pytest.skip(
            f"the test server asks no password of {PASSWORD_ROLE} (restart it with "
            "scripts/throwaway_postgres.sh)"
        )
    _rows(
        postgres_url,
        f"DO $$ BEGIN CREATE ROLE {PASSWORD_ROLE} LOGIN PASSWORD '{ROLE_PASSWORD}'; "
        "EXCEPTION WHEN duplicate_object THEN NULL; END $$",
    )
    _rows(postgres_url, f"ALTER ROLE {PASSWORD_ROLE} LOGIN PASSWORD '{ROLE_PASSWORD}'")
    _rows(postgres_url, f"GRANT pg_read_all_data TO {PASSWORD_ROLE}")
    return ROLE_PASSWORD


def test_the_password_comes_from_the_keyring(
    server_database, password_role: str, memory_keyring, capsys
):
    address = _with(server_database(), username=PASSWORD_ROLE)
    err = _one_line_refusal(*_cli(capsys, "list", "--db", address)[::2])
    assert "asks for a password and none is stored" in err

    user = ServerAddress.parse(address).keyring_user
    memory_keyring.set_password(KEYRING_SERVICE, user, password_role + "-not")
    err = _one_line_refusal(*_cli(capsys, "list", "--db", address)[::2])
    assert "refused the login (password authentication failed" in err

    memory_keyring.set_password(KEYRING_SERVICE, user, password_role)
    assert _cli(capsys, "list", "--db", address)[:2] == (0, "")


def test_without_a_keyring_password_libpq_reads_pgpass(
    server_database, password_role: str, memory_keyring, tmp_path: Path, monkeypatch, capsys
):
    address = _with(server_database(), username=PASSWORD_ROLE)
    url = make_url(address)
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"{url.host}:{url.port}:*:{PASSWORD_ROLE}:{password_role}\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    assert _cli(capsys, "list", "--db", address)[:2] == (0, "")
    child = subprocess.run(
        [sys.executable, "-m", "facilitator", "list", "--db", address],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"},
    )
    assert (child.returncode, child.stderr) == (0, "")


def test_a_service_file_names_the_server_and_pgpass_holds_the_password(
    server_database, password_role: str, memory_keyring, tmp_path: Path, monkeypatch, capsys
):
    url = make_url(server_database())
    services = tmp_path / "pg_service.conf"
    services.write_text(
        f"[team]\nhost={url.host}\nport={url.port}\ndbname={url.database}\nuser={PASSWORD_ROLE}\n"
    )
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"*:*:*:{PASSWORD_ROLE}:{password_role}\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    assert _cli(capsys, "list", "--db", "postgresql:///?service=team")[:2] == (0, "")


def test_the_database_owner_makes_the_schema_and_its_extensions_without_being_superuser(
    server_database, password_role: str, memory_keyring, capsys
):
    address = server_database(empty=True)
    name = make_url(address).database
    _rows(address, f'ALTER DATABASE "{name}" OWNER TO {PASSWORD_ROLE}')
    owner = _with(address, username=PASSWORD_ROLE)
    memory_keyring.set_password(
        KEYRING_SERVICE, ServerAddress.parse(owner).keyring_user, password_role
    )
    status, out, _ = _cli(capsys, "demo", "--db", owner)
    assert status == 0 and out.startswith("demo loaded into")
    assert _contents(address)["extensions"] == [("pg_trgm",), ("plpgsql",), ("unaccent",)]


def test_a_user_who_may_not_make_the_schema_is_told_in_one_line(
    server_database, password_role: str, memory_keyring, capsys
):
    address = server_database(empty=True)
    reader = _with(address, username=PASSWORD_ROLE)
    memory_keyring.set_password(
        KEYRING_SERVICE, ServerAddress.parse(reader).keyring_user, password_role
    )
    before = _contents(address)
    err = _one_line_refusal(*_cli(capsys, "demo", "--db", reader)[::2])
    assert f"the user {PASSWORD_ROLE} may not make or read Facilitator's tables" in err
    assert "permission denied" in err and "Nothing was changed" in err
    assert _contents(address) == before


# SSL ---------------------------------------------------------------------------------------


def test_sslmode_require_on_a_server_without_ssl_is_one_line(server_database, capsys):
    address = server_database(empty=True)
    before = _contents(address)
    required = _with(address, query={"sslmode": "require"})
    err = _one_line_refusal(*_cli(capsys, "demo", "--db", required)[::2])
    assert "the secure connection (SSL) failed" in err and "does not support SSL" in err
    assert _contents(address) == before


@pytest.fixture(scope="module")
def ssl_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, Path]]:
    """A second throwaway cluster with ssl=on and a certificate for 127.0.0.1 from a test CA:
    its maintenance address, the CA's file, and another CA's file."""
    if server_databases.server_url() is None:
        pytest.skip(f"no PostgreSQL server for the tests (${server_databases.SERVER_VARIABLE})")
    import trustme

    folder = tmp_path_factory.mktemp("ssl")
    authority, stranger = trustme.CA(), trustme.CA()
    certificate = authority.issue_cert("127.0.0.1", "localhost")
    certificate.private_key_pem.write_to_path(str(folder / "server.key"))
    certificate.cert_chain_pems[0].write_to_path(str(folder / "server.crt"))
    authority.cert_pem.write_to_path(str(folder / "ca.pem"))
    stranger.cert_pem.write_to_path(str(folder / "stranger.pem"))
    port = _free_port()
    env = {
        **os.environ,
        "FACILITATOR_TEST_PGPORT": str(port),
        "FACILITATOR_TEST_PGDATA": f"/tmp/facilitator-pg-ssl-{os.getpid()}-{port}",
        "FACILITATOR_TEST_PGSSL": str(folder),
    }
    started = subprocess.run(
        [str(server_databases.SCRIPT), "start"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert started.returncode == 0, started.stderr
    try:
        yield (
            f"postgresql://facilitator@127.0.0.1:{port}/postgres",
            folder / "ca.pem",
            folder / "stranger.pem",
        )
    finally:
        subprocess.run([str(server_databases.SCRIPT), "stop"], env=env, timeout=120, check=False)
        shutil.rmtree(env["FACILITATOR_TEST_PGDATA"], ignore_errors=True)


def test_verify_full_with_the_servers_ca_connects_and_another_ca_is_refused(
    ssl_server: tuple[str, Path, Path], memory_keyring, capsys
):
    url, authority, stranger = ssl_server
    _rows(url, "DROP DATABASE IF EXISTS team")
    _rows(url, "CREATE DATABASE team")
    team = _with(url, database="team")
    checked = _with(team, query={"sslmode": "verify-full", "sslrootcert": str(authority)})
    status, out, _ = _cli(capsys, "demo", "--db", checked)
    assert status == 0 and out.startswith("demo loaded into")
    ssl_used = _rows(
        _with(team, query={"sslmode": "verify-full", "sslrootcert": str(authority)}),
        "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
    )
    assert ssl_used == [(True,)]

    before = _contents(team)
    wrong = _with(team, query={"sslmode": "verify-full", "sslrootcert": str(stranger)})
    err = _one_line_refusal(*_cli(capsys, "list", "--db", wrong)[::2])
    assert "the secure connection (SSL) failed" in err and "certificate verify failed" in err
    assert _contents(team) == before
