"""Every Alembic revision runs on PostgreSQL as on SQLite: a team database is made one revision
at a time, taken down to nothing and made again, and the schema it ends with is the one the
models describe (on both engines)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text

from facilitator.storage.database import MIGRATIONS, head_revision, open_database
from facilitator.storage.migrations import include_name
from facilitator.storage.models import Base
from facilitator.storage.server import ServerAddress
from facilitator.storage.team_database import make_server_engine

OUR_FUNCTIONS = (
    "SELECT p.proname FROM pg_proc AS p JOIN pg_namespace AS s ON s.oid = p.pronamespace "
    "WHERE s.nspname = 'public' AND (p.proname LIKE 'search\\_%' OR p.proname = "
    "'facilitator_changed')"
)
"""The trigger functions migration 0007 makes (the extensions' own functions aside)."""


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def _oldest_first() -> list[str]:
    script = ScriptDirectory.from_config(_config())
    return [revision.revision for revision in reversed(list(script.walk_revisions()))]


@pytest.fixture
def empty_server(server_database: Callable[..., str]) -> Iterator[Engine]:
    """An engine on a new, empty database on the test server."""
    engine = make_server_engine(ServerAddress.parse(server_database(empty=True)))
    yield engine
    engine.dispose()


def _migrate(engine: Engine, step: Callable[[Config, str], None], revision: str) -> None:
    """One upgrade or downgrade in a transaction of its own, as the app upgrades."""
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        step(config, revision)


def _revision(connection: Connection) -> str | None:
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _differences(connection: Connection) -> list[object]:
    context = MigrationContext.configure(
        connection, opts={"include_name": include_name, "compare_type": True}
    )
    return list(compare_metadata(context, Base.metadata))


def test_each_revision_upgrades_a_team_database_in_turn(empty_server: Engine) -> None:
    for revision in _oldest_first():
        _migrate(empty_server, command.upgrade, revision)
        with empty_server.connect() as connection:
            assert _revision(connection) == revision
    with empty_server.connect() as connection:
        assert _revision(connection) == head_revision()
        assert _differences(connection) == []


def test_a_team_database_goes_down_to_nothing_and_up_again(empty_server: Engine) -> None:
    _migrate(empty_server, command.upgrade, "head")
    for revision in reversed(_oldest_first()[:-1]):
        _migrate(empty_server, command.downgrade, revision)
        with empty_server.connect() as connection:
            assert _revision(connection) == revision
    _migrate(empty_server, command.downgrade, "base")
    with empty_server.connect() as connection:
        assert inspect(connection).get_table_names() == ["alembic_version"]
        assert connection.execute(text(OUR_FUNCTIONS)).all() == []
    _migrate(empty_server, command.upgrade, "head")
    with empty_server.connect() as connection:
        assert _revision(connection) == head_revision()
        assert _differences(connection) == []
        assert len(connection.execute(text(OUR_FUNCTIONS)).all()) == 4


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_the_models_match_a_new_database(
    engine: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    if engine == "sqlite":
        db = open_database(tmp_path / "new.sqlite")
    else:
        db = open_database(request.getfixturevalue("server_database")())
    try:
        with db.engine.connect() as connection:
            assert _differences(connection) == []
    finally:
        db.close()
