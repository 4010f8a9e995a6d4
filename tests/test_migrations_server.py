"""Every Alembic revision runs on PostgreSQL as on SQLite: a team database is made one revision
at a time, taken down to nothing and made again, and the schema it ends with is the one the
models describe (on both engines); one left at any earlier revision, full of rows, upgrades
with every row intact (test_migrations_upgrade.py does the same on SQLite)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, MetaData, inspect, select, text
from sqlalchemy import Enum as SAEnum
from sqlalchemy.types import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Time,
    TypeDecorator,
)

from facilitator.record.search import search
from facilitator.storage.database import MIGRATIONS, head_revision, open_database
from facilitator.storage.migrations import include_name
from facilitator.storage.models import Base
from facilitator.storage.server import ServerAddress
from facilitator.storage.team_database import make_server_engine, upgrade_server

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


ROWS = 3


def _value(column: Any, model: Any, row: int) -> Any:
    """A value that fits the column as today's models type it, distinct per row."""
    kind = model.type if model is not None else column.type
    if isinstance(kind, TypeDecorator):
        kind = kind.impl_instance
    if isinstance(kind, SAEnum):
        return list(kind.enums)[row % len(kind.enums)]
    if isinstance(kind, LargeBinary):
        return bytes([0, 255, row]) + "会议".encode()
    if isinstance(kind, Boolean):
        return row % 2 == 1
    if isinstance(kind, Integer):
        return 60 * row
    if isinstance(kind, Float | Numeric):
        return row + 0.5
    if isinstance(kind, DateTime):
        return datetime(2025, 1, row, 9, 30)
    if isinstance(kind, Date):
        return date(2025, 1, row)
    if isinstance(kind, Time):
        return time(9, row)
    if isinstance(kind, JSON):
        return {"row": row}
    written = f"{column.table.name}.{column.name} {row} é ü 会议"
    length = column.type.length if isinstance(column.type, String) else None
    return written[-length:] if length else written


LEFT_EMPTY = {"informed": {"series_id", "address"}}
"""Columns left NULL so a row meets its table's CHECK (a meeting or a series, not both)."""


def _fill(connection: Connection) -> dict[str, list[dict[str, Any]]]:
    """Every table the models know, as this revision has it, filled with ROWS rows."""
    present = MetaData()
    present.reflect(connection)
    written = {}
    for table in Base.metadata.sorted_tables:
        if table.name not in present.tables:
            continue
        shape = present.tables[table.name]
        keys = {c.name for key in shape.foreign_keys for c in [key.parent]}
        rows = [
            {
                c.name: None if c.name in LEFT_EMPTY.get(table.name, ())
                else row if c.name == "id" or c.name in keys
                else _value(c, table.columns.get(c.name), row)
                for c in shape.columns
            }
            for row in range(1, ROWS + 1)
        ]
        connection.execute(shape.insert(), rows)
        written[table.name] = rows
    return written


@pytest.mark.parametrize("revision", _oldest_first()[:-1])
def test_a_team_database_left_at_an_older_revision_upgrades_with_every_row(
    server_database: Callable[..., str], revision: str
) -> None:
    address = server_database(empty=True)
    engine = make_server_engine(ServerAddress.parse(address))
    try:
        _migrate(engine, command.upgrade, revision)
        with engine.begin() as connection:
            written = _fill(connection)
        upgrade_server(engine)
        now = MetaData()
        now.reflect(engine)
        with engine.connect() as connection:
            assert _revision(connection) == head_revision()
            for table, rows in written.items():
                columns = [now.tables[table].c[name] for name in rows[0]]
                order = list(now.tables[table].primary_key.columns)
                read = connection.execute(select(*columns).order_by(*order)).mappings().all()
                assert [dict(row) for row in read] == rows, table
    finally:
        engine.dispose()
    db = open_database(address)
    try:
        assert len(search(db, "notes.text")) == ROWS
    finally:
        db.close()
