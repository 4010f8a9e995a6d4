"""Indexes on the foreign keys that screens look rows up by.

Without them, opening a meeting read all notes of every meeting (a full scan of 100,000
notes in a ten-year history: 0.4 s from a cold disk), and deleting an agenda item or a
meeting scanned notes and action items to null or cascade their references.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = (
    ("notes", "meeting_id"),
    ("notes", "item_id"),
    ("dispute_meetings", "meeting_id"),
    ("action_items", "created_meeting_id"),
    ("action_items", "closed_meeting_id"),
)


def upgrade() -> None:
    for table, column in INDEXES:
        op.create_index(f"ix_{table}_{column}", table, [column])


def downgrade() -> None:
    for table, column in reversed(INDEXES):
        op.drop_index(f"ix_{table}_{column}", table_name=table)
