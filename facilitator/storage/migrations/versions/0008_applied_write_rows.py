"""applied_writes remembers the row a write made (made_id), so a later write naming it finds it.

A console on a team database sends each write under a uuid committed with it; when the server
saved the write but its answer was lost, the write is kept in the journal under the same uuid
and, sent again, found in applied_writes and skipped. A note made that way may be named by what
came after it (an action item made from it, by its id on the laptop): made_id is the note's id
on the server, found by the uuid alone.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("applied_writes", sa.Column("made_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    op.drop_column("applied_writes", "made_id")
