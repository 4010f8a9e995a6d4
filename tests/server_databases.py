"""Team databases on the test PostgreSQL server ($FACILITATOR_TEST_POSTGRES, a throwaway
cluster that scripts/throwaway_postgres.sh starts): a fresh database per test, copied from a
template whose schema is made once per run, and dropped after the test."""

from __future__ import annotations

import itertools
import os
import subprocess
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from facilitator.storage.database import open_database

SERVER_VARIABLE = "FACILITATOR_TEST_POSTGRES"
TEMPLATE = f"facilitator_test_template_{os.getpid()}"
"""Each test run its own, so runs side by side never drop the one another copies from."""
SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "throwaway_postgres.sh"
_names = itertools.count(1)


def server_url() -> str | None:
    """The maintenance database's address on the test server, None when no server is set."""
    return os.environ.get(SERVER_VARIABLE) or None


def _admin(url: str):
    return create_engine(url, isolation_level="AUTOCOMMIT")


def database_url(url: str, name: str) -> str:
    return make_url(url).set(database=name).render_as_string(hide_password=False)


def _drop(connection, name: str) -> None:
    connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


template_made = False
"""Whether this run made its template, which the run's end then drops."""


def make_template(url: str) -> None:
    """The schema at head, once per run, in a database the fresh ones are copied from."""
    global template_made
    template_made = True
    engine = _admin(url)
    try:
        with engine.connect() as connection:
            _drop(connection, TEMPLATE)
            connection.execute(text(f'CREATE DATABASE "{TEMPLATE}"'))
    finally:
        engine.dispose()
    open_database(database_url(url, TEMPLATE)).close()


def fresh_database(url: str, *, empty: bool = False) -> str:
    """A new database's address: the schema already made, or with empty, nothing in it."""
    name = f"facilitator_test_{os.getpid()}_{next(_names)}"
    engine = _admin(url)
    try:
        with engine.connect() as connection:
            _drop(connection, name)
            template = "template0" if empty else TEMPLATE
            connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    finally:
        engine.dispose()
    return database_url(url, name)


def drop_database(url: str, address: str) -> None:
    engine = _admin(url)
    try:
        with engine.connect() as connection:
            _drop(connection, make_url(address).database or "")
    finally:
        engine.dispose()


_cluster: dict[str, str] = {}
"""The test server's port and data folder, read from it while it answered."""


def cluster_variables(url: str) -> dict[str, str]:
    """The script's variables naming the cluster at url, from its address and its own
    data_directory: the script's defaults name another cluster (port 55432) whenever the
    tests' server was started on a port or in a folder of its own."""
    if not _cluster:
        engine = _admin(url)
        try:
            with engine.connect() as connection:
                folder = connection.execute(text("SHOW data_directory")).scalar_one()
        finally:
            engine.dispose()
        _cluster["FACILITATOR_TEST_PGPORT"] = str(make_url(url).port or 5432)
        _cluster["FACILITATOR_TEST_PGDATA"] = folder
    return _cluster


def server_control(action: str) -> None:
    """Stop or start the test server (scripts/throwaway_postgres.sh), for the tests of a
    server that goes away in the middle of a meeting: the very cluster the tests use."""
    url = server_url()
    assert url is not None, "server_control needs the test server"
    env = {**os.environ, **cluster_variables(url)}
    subprocess.run([str(SCRIPT), action], check=True, capture_output=True, timeout=60, env=env)


def drop_template(url: str) -> None:
    engine = _admin(url)
    try:
        with engine.connect() as connection:
            _drop(connection, TEMPLATE)
    finally:
        engine.dispose()


def template_ready(url: str) -> bool:
    engine = _admin(url)
    try:
        with engine.connect() as connection:
            found = connection.execute(
                text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": TEMPLATE}
            ).first()
    finally:
        engine.dispose()
    return found is not None
