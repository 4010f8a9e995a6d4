"""A dispute or action item made from a note remembers it: a nullable note_id on both.

The console turns a selected note into an action item or a dispute with one key; the new
record keeps the note's id, so the note it came from can be named. Deleting the note keeps
the record and empties the link (ON DELETE SET NULL). Existing rows came from no note.

SQLite cannot add a foreign key to an existing table, so both tables are rebuilt in batch
mode, their search triggers kept (storage/migrations/triggers.py); the rebuild must run with
SQLite's foreign keys off (storage.database.upgrade). On PostgreSQL these are plain ALTERs.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from facilitator.storage.migrations.triggers import keeping_triggers

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("disputes", "action_items")


def upgrade() -> None:
    for table in TABLES:
        with keeping_triggers(table), op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("note_id", sa.Integer(), nullable=True))
            batch.create_foreign_key(
                op.f(f"fk_{table}_note_id_notes"),
                "notes",
                ["note_id"],
                ["id"],
                ondelete="SET NULL",
            )
            batch.create_index(op.f(f"ix_{table}_note_id"), ["note_id"])


def downgrade() -> None:
    for table in reversed(TABLES):
        with keeping_triggers(table), op.batch_alter_table(table) as batch:
            batch.drop_index(op.f(f"ix_{table}_note_id"))
            batch.drop_constraint(op.f(f"fk_{table}_note_id_notes"), type_="foreignkey")
            batch.drop_column("note_id")
