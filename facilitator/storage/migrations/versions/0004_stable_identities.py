"""A uuid on every meeting, dispute and action item: an identity that survives export and import.

Ids are local to one database; the uuid travels in the exchange format, so importing a meeting
that is already there, or a dispute or action item another meeting brought, finds the row
instead of copying it. Existing rows get a fresh uuid4 each.

SQLite cannot add a NOT NULL column without a constant default, nor a unique constraint, to
an existing table, so each table is rebuilt in batch mode after the uuids are filled in. The
rebuild drops the old table's triggers (the search index's, from 0002); they are read first
and created again on the new table, unchanged. The rebuild also drops and renames tables that
others refer to, so it must run with SQLite's foreign keys off (storage.database.upgrade).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""

from collections.abc import Sequence
from uuid import uuid4

import sqlalchemy as sa
from alembic import op

from facilitator.storage.migrations.triggers import keeping_triggers

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("meetings", "disputes", "action_items")


def upgrade() -> None:
    bind = op.get_bind()
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("uuid", sa.String(36), nullable=True))
        ids = bind.execute(sa.text(f"SELECT id FROM {table}")).scalars().all()
        if ids:
            bind.execute(
                sa.text(f"UPDATE {table} SET uuid = :uuid WHERE id = :id"),
                [{"uuid": str(uuid4()), "id": row_id} for row_id in ids],
            )
        with keeping_triggers(table), op.batch_alter_table(table) as batch:
            batch.alter_column("uuid", existing_type=sa.String(36), nullable=False)
            batch.create_unique_constraint(op.f(f"uq_{table}_uuid"), ["uuid"])


def downgrade() -> None:
    for table in reversed(TABLES):
        with keeping_triggers(table), op.batch_alter_table(table) as batch:
            batch.drop_constraint(op.f(f"uq_{table}_uuid"), type_="unique")
            batch.drop_column("uuid")
