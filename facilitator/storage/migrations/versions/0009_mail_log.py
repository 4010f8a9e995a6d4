"""What the app mails before and after a meeting (issue #17).

- informed: people or bare addresses (a manager, a team list) who receive a meeting's minutes,
  or every meeting's of a series, without attending; the minutes' distribution line names them.
- series.owner_follow_up: whether sending the minutes also mails each owner their open items.
- sent_mails and sent_recipients: every mail the app sends, with each recipient's outcome.
- minutes_versions: the minutes as each sending carried them (the PDF and the record it was
  made from), so an amendment can say what changed and an earlier version be made again.

SQLite enforces the new String lengths by triggers, as 0007 does for the others; on PostgreSQL
the new tables notify facilitator_changes as every data table does.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LENGTHS = {
    "informed": (("address", 320), ("name", 200)),
    "sent_mails": (("subject", 300),),
    "sent_recipients": (("address", 320),),
}
NEW_TABLES = ("informed", "sent_mails", "sent_recipients", "minutes_versions")


def _length_guard(table: str, event: str) -> str:
    """The trigger refusing an over-long value, as migration 0007's length_guard_* ones."""
    checks = " ".join(
        f"SELECT RAISE(ABORT, 'value too long for {table}.{column} "
        f"({length} characters at most)') WHERE length(NEW.{column}) > {length};"
        for column, length in LENGTHS[table]
    )
    columns = ", ".join(column for column, _ in LENGTHS[table])
    when = "INSERT" if event == "insert" else f"UPDATE OF {columns}"
    return (
        f"CREATE TRIGGER length_guard_{table}_{event} BEFORE {when} ON {table} BEGIN {checks} END"
    )


def upgrade() -> None:
    with op.batch_alter_table("series") as batch:
        batch.add_column(
            sa.Column("owner_follow_up", sa.Boolean(), nullable=False, server_default=sa.true())
        )
    op.create_table(
        "informed",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("series_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("address", sa.String(320), nullable=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.CheckConstraint(
            "(meeting_id IS NULL) != (series_id IS NULL)",
            name=op.f("ck_informed_one_meeting_or_series"),
        ),
        sa.CheckConstraint(
            "(person_id IS NULL) != (address IS NULL)",
            name=op.f("ck_informed_person_or_address"),
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            ondelete="CASCADE",
            name=op.f("fk_informed_meeting_id_meetings"),
        ),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["series.id"],
            ondelete="CASCADE",
            name=op.f("fk_informed_series_id_series"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            ondelete="CASCADE",
            name=op.f("fk_informed_person_id_people"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_informed")),
    )
    op.create_index(op.f("ix_informed_meeting_id"), "informed", ["meeting_id"])
    op.create_index(op.f("ix_informed_series_id"), "informed", ["series_id"])
    op.create_table(
        "sent_mails",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "pre_read",
                "minutes",
                "follow_up",
                "reminder",
                name="mailkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.Column("subject", sa.String(300), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("minutes_version", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            ondelete="SET NULL",
            name=op.f("fk_sent_mails_meeting_id_meetings"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            ondelete="SET NULL",
            name=op.f("fk_sent_mails_person_id_people"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sent_mails")),
    )
    op.create_index(op.f("ix_sent_mails_meeting_id"), "sent_mails", ["meeting_id"])
    op.create_index(op.f("ix_sent_mails_person_id"), "sent_mails", ["person_id"])
    op.create_index("ix_sent_mails_sent_at", "sent_mails", ["sent_at"])
    op.create_table(
        "sent_recipients",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mail_id", sa.Integer(), nullable=False),
        sa.Column("address", sa.String(320), nullable=False),
        sa.Column("accepted", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mail_id"],
            ["sent_mails.id"],
            ondelete="CASCADE",
            name=op.f("fk_sent_recipients_mail_id_sent_mails"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sent_recipients")),
    )
    op.create_index(op.f("ix_sent_recipients_mail_id"), "sent_recipients", ["mail_id"])
    op.create_table(
        "minutes_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            ondelete="CASCADE",
            name=op.f("fk_minutes_versions_meeting_id_meetings"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_minutes_versions")),
        sa.UniqueConstraint("meeting_id", "number", name=op.f("uq_minutes_versions_meeting_id")),
    )
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for table in LENGTHS:
            op.execute(_length_guard(table, "insert"))
            op.execute(_length_guard(table, "update"))
    elif dialect == "postgresql":
        for table in NEW_TABLES:
            op.execute(
                f"CREATE TRIGGER changed_{table} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
                f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION facilitator_changed()"
            )


def downgrade() -> None:
    for table in reversed(NEW_TABLES):
        op.drop_table(table)
    with op.batch_alter_table("series") as batch:
        batch.drop_column("owner_follow_up")
