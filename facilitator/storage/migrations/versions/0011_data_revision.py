"""The data's revision: one row that any committed change to any table moves on (issue #20).

A cache of what was read from a database (the command line's minutes) must know, without
opening it through the ORM, that nothing changed since: SQLite's file change counter is not
updated in WAL mode, and modification times are too coarse. data_revision holds a random id,
made with the database (so a cache never mistakes another database for this one), and a
counter that triggers after every insert, update and delete on every other table raise in the
same transaction. A migration that adds a table later gives it the same three triggers
(migrations/triggers.py: count_changes); tests/test_data_revision.py checks that none lacks
them.

PostgreSQL gets the table too, so the schema is the same everywhere, but no triggers: the
cache is for local SQLite files only. The table has no model (migrations/__init__.py).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04
"""

from collections.abc import Sequence
from uuid import uuid4

import sqlalchemy as sa
from alembic import op

from facilitator.storage.migrations import REVISION_TABLE
from facilitator.storage.migrations.triggers import (
    count_changes,
    counted_tables,
    stop_counting_changes,
)

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    table = op.create_table(
        REVISION_TABLE,
        sa.Column("database_id", sa.String(36), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("database_id", name=op.f(f"pk_{REVISION_TABLE}")),
    )
    op.bulk_insert(table, [{"database_id": str(uuid4()), "counter": 0}])
    for name in counted_tables():
        count_changes(name)


def downgrade() -> None:
    for name in counted_tables():
        stop_counting_changes(name)
    op.drop_table(REVISION_TABLE)
