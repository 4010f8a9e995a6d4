"""A database left at any earlier schema revision, full of rows, opens in today's app intact.

The revisions are read from the migrations folder, so a revision added later is covered too.
Each table the app knows is filled through raw SQL with values that fit that revision's
columns; after open_database has upgraded the file, every one of those values is still there.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Enum as SAEnum
from sqlalchemy import inspect
from sqlalchemy.types import JSON, Boolean, Date, DateTime, Float, Integer, Numeric, Time

from facilitator.storage.database import (
    APPLICATION_ID,
    MIGRATIONS,
    head_revision,
    known_revisions,
    make_engine,
    open_database,
)
from facilitator.storage.models import Base

ROWS = 3
LEFT_EMPTY = {"informed": {"series_id", "address"}}
"""Columns left NULL so a row meets its table's CHECK (a meeting or a series, not both)."""


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def _earlier_revisions() -> list[str]:
    script = ScriptDirectory.from_config(_config())
    oldest_first = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    return [rev for rev in oldest_first if rev != head_revision()]


def _build_at(path: Path, revision: str) -> None:
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.commit()
    connection.close()
    engine = make_engine(path)
    try:
        config = _config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()


def _value(table: str, column: dict[str, Any], row: int) -> Any:
    """A value that fits the column as today's models type it, distinct per row."""
    model = Base.metadata.tables[table].columns.get(column["name"])
    kind = model.type if model is not None else column["type"]
    if isinstance(kind, SAEnum):
        choices = list(kind.enums)
        return choices[row % len(choices)]
    if isinstance(kind, Boolean):
        return row % 2
    if isinstance(kind, Integer):
        return 60 * row
    if isinstance(kind, Float | Numeric):
        return row + 0.5
    if isinstance(kind, DateTime):
        return str(datetime(2025, 1, row, 9, 30))
    if isinstance(kind, Date):
        return str(date(2025, 1, row))
    if isinstance(kind, Time):
        return str(time(9, row))
    if isinstance(kind, JSON):
        return f'{{"row": {row}}}'
    text = f"{table}.{column['name']} {row} é ü 会议"
    length = getattr(kind, "length", None)  # 0007 on refuses a longer one, as PostgreSQL does
    return text if length is None else text[:length]


def _fill(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Fill every known table through raw SQL; the rows written, by table, in column order."""
    engine = make_engine(path)
    try:
        with engine.connect() as connection:
            inspector = inspect(connection)
            present = set(inspector.get_table_names())
            tables = [t.name for t in Base.metadata.sorted_tables if t.name in present]
            shapes = {t: inspector.get_columns(t) for t in tables}
            keys = {
                t: {c for fk in inspector.get_foreign_keys(t) for c in fk["constrained_columns"]}
                for t in tables
            }
    finally:
        engine.dispose()
    written: dict[str, list[tuple[Any, ...]]] = {}
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        for table in tables:
            columns = [c["name"] for c in shapes[table]]
            rows = []
            for row in range(1, ROWS + 1):
                rows.append(
                    tuple(
                        None if c["name"] in LEFT_EMPTY.get(table, ())
                        else row if c["name"] == "id" or c["name"] in keys[table]
                        else _value(table, c, row)
                        for c in shapes[table]
                    )
                )
            marks = ", ".join("?" for _ in columns)
            names = ", ".join(f'"{c}"' for c in columns)
            connection.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)
            written[table] = rows
        connection.commit()
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        connection.close()
    return written


def _read(path: Path, table: str, count: int, columns: list[str]) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(path)
    try:
        names = ", ".join(f'"{c}"' for c in columns)
        rows = connection.execute(f'SELECT {names} FROM "{table}" ORDER BY rowid').fetchall()
    finally:
        connection.close()
    assert len(rows) == count
    return rows


@pytest.mark.parametrize("revision", _earlier_revisions())
def test_an_older_database_upgrades_with_every_row_intact(tmp_path: Path, revision: str) -> None:
    path = tmp_path / "old.sqlite"
    _build_at(path, revision)
    engine = make_engine(path)
    try:
        with engine.connect() as connection:
            shapes = {
                t: [c["name"] for c in inspect(connection).get_columns(t)]
                for t in inspect(connection).get_table_names()
            }
    finally:
        engine.dispose()
    written = _fill(path)
    assert written, "no table was filled"

    db = open_database(path)
    try:
        assert db.backup is not None and db.backup.exists()
        with db.engine.connect() as connection:
            version = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
            assert version.scalar_one() == head_revision()
            check = connection.exec_driver_sql("PRAGMA integrity_check").scalar_one()
            assert check == "ok"
    finally:
        db.close()
    for table, rows in written.items():
        assert _read(path, table, len(rows), shapes[table]) == rows, table


def test_every_earlier_revision_is_covered() -> None:
    script = ScriptDirectory.from_config(_config())
    assert len(_earlier_revisions()) == len(list(script.walk_revisions())) - 1
    assert len(script.get_heads()) == 1, "the revisions must form one line"


def test_the_quick_revision_reading_agrees_with_alembic() -> None:
    """open_database reads revisions without importing Alembic; it must see what Alembic sees."""
    script = ScriptDirectory.from_config(_config())
    assert head_revision() == script.get_heads()[0]
    assert known_revisions() == {rev.revision for rev in script.walk_revisions()}
