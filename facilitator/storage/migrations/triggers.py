"""Keeping a table's triggers through a batch-mode rebuild, for the migrations that rebuild.

SQLite cannot add a constraint to an existing table, so Alembic's batch mode copies the table
into a new one and drops the old, and the old table's triggers (the search index's, from
0002) go with it. A migration reads them before the rebuild and creates them again after.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa
from alembic import op


def _triggers(table: str) -> list[str]:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return []
    rows = bind.execute(
        sa.text(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :table "
            "ORDER BY name"
        ),
        {"table": table},
    )
    return [sql for (sql,) in rows]


@contextmanager
def keeping_triggers(table: str) -> Iterator[None]:
    """Creates again the table's triggers that a batch rebuild inside the block dropped."""
    before = _triggers(table)
    yield
    after = set(_triggers(table))
    for sql in before:
        if sql not in after:
            op.execute(sql)
