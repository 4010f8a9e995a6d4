"""Triggers the migrations share: kept through a batch rebuild, and counting every change.

SQLite cannot add a constraint to an existing table, so Alembic's batch mode copies the table
into a new one and drops the old, and the old table's triggers (the search index's, from
0002) go with it. A migration reads them before the rebuild and creates them again after.

Every table but those in NOT_COUNTED moves the data's revision (0011) after each insert,
update and delete; a migration that adds a table calls count_changes for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa
from alembic import op

from facilitator.storage.migrations import NOT_COUNTED, REVISION_TABLE

_CHANGES = ("insert", "update", "delete")


def _from_catalogue(query: str, **params: str) -> list[str]:
    """One column of a query on SQLite's catalogue; nothing on PostgreSQL."""
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return []
    return [value for (value,) in bind.execute(sa.text(query), params)]


def _triggers(table: str) -> list[str]:
    return _from_catalogue(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :table "
        "ORDER BY name",
        table=table,
    )


@contextmanager
def keeping_triggers(table: str) -> Iterator[None]:
    """Creates again the table's triggers that a batch rebuild inside the block dropped."""
    before = _triggers(table)
    yield
    after = set(_triggers(table))
    for sql in before:
        if sql not in after:
            op.execute(sql)


def counted_tables() -> list[str]:
    """The SQLite tables whose changes move the data's revision; none on PostgreSQL."""
    tables = _from_catalogue(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"
    )
    return [name for name in tables if name not in NOT_COUNTED]


def count_changes(table: str) -> None:
    """On SQLite, make every committed insert, update and delete on table move the revision."""
    if op.get_bind().dialect.name != "sqlite":
        return
    for change in _CHANGES:
        op.execute(
            f'CREATE TRIGGER "count_{table}_{change}" AFTER {change.upper()} ON "{table}" '
            f"BEGIN UPDATE {REVISION_TABLE} SET counter = counter + 1; END"
        )


def stop_counting_changes(table: str) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for change in _CHANGES:
        op.execute(f'DROP TRIGGER IF EXISTS "count_{table}_{change}"')
