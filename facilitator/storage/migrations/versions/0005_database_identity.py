"""The database's own identity: one uuid, so its backups are told apart from any other's.

Backups of every database in a folder share its backups/ folder, and file names alone cannot
tell `team.sqlite` from a copy of it or from `team-old.sqlite`. The uuid is stored in the
database, so every backup (a page-for-page copy) carries it inside as well as in its name, and
recovery restores only a backup whose uuid is the damaged database's. A database made by an
earlier schema gets a fresh uuid here, when it is upgraded.

The table is for storage alone (backups, recovery) and has no model; migrations/__init__.py
keeps it out of Alembic's comparison with the models.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""

from collections.abc import Sequence
from uuid import uuid4

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    table = op.create_table(
        "database_identity",
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_database_identity")),
    )
    op.bulk_insert(table, [{"uuid": str(uuid4())}])


def downgrade() -> None:
    op.drop_table("database_identity")
