"""What only a smarketing tool knows (issue #18).

- agreements and agreement_versions: the standing agreements between the teams (the MQL
  definition, the SLA terms...) with each text's effective date and what led to it.
- funnel_rows: a period's stage counts and revenue per lead source or campaign, from the CRM.
- deal_reasons and deals: won and lost deals with their main reason, for the win/loss rundown.
- decisions: a decision note's owner, the goal that will tell, and the day to review it.
- sla_goals.deadline and .objective: what makes a goal SMART.
- disputes.settlement: which way a dispute was settled, for the neutrality report.

SQLite enforces the new String lengths by triggers, as 0007 does for the others; on PostgreSQL
the new tables notify facilitator_changes as every data table does.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LENGTHS = {
    "agreements": (("key", 64), ("name", 200)),
    "funnel_rows": (("source", 200),),
    "deal_reasons": (("name", 120),),
    "deals": (("name", 200), ("campaign", 200)),
}
NEW_TABLES = (
    "agreements",
    "agreement_versions",
    "funnel_rows",
    "deal_reasons",
    "deals",
    "decisions",
)
CATEGORIES = (
    "lead_quality",
    "lead_quantity",
    "mql_definition",
    "lead_scoring",
    "sales_follow_up",
    "sla_terms",
    "other",
)


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=32)


def _fk(column: str, target: str, table: str, ondelete: str) -> sa.ForeignKeyConstraint:
    other = target.split(".")[0]
    return sa.ForeignKeyConstraint(
        [column], [target], ondelete=ondelete, name=op.f(f"fk_{table}_{column}_{other}")
    )


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
    with op.batch_alter_table("sla_goals") as batch:
        batch.add_column(sa.Column("deadline", sa.Date(), nullable=True))
        batch.add_column(sa.Column("objective", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("disputes") as batch:
        batch.add_column(
            sa.Column(
                "settlement",
                _enum(
                    "settlement", "towards_sales", "towards_marketing", "compromise", "escalated"
                ),
                nullable=True,
            )
        )
    op.create_table(
        "agreements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("category", _enum("disputecategory", *CATEGORIES), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreements")),
        sa.UniqueConstraint("key", name=op.f("uq_agreements_key")),
    )
    op.create_table(
        "agreement_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("note_id", sa.Integer(), nullable=True),
        sa.Column("dispute_id", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        _fk("agreement_id", "agreements.id", "agreement_versions", "CASCADE"),
        _fk("meeting_id", "meetings.id", "agreement_versions", "SET NULL"),
        _fk("note_id", "notes.id", "agreement_versions", "SET NULL"),
        _fk("dispute_id", "disputes.id", "agreement_versions", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_versions")),
        sa.UniqueConstraint(
            "agreement_id", "number", name=op.f("uq_agreement_versions_agreement_id")
        ),
    )
    op.create_index(
        op.f("ix_agreement_versions_meeting_id"), "agreement_versions", ["meeting_id"]
    )
    op.create_table(
        "funnel_rows",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period", _enum("period", "week", "month", "quarter"), nullable=False),
        sa.Column("source", sa.String(200), nullable=False),
        *(
            sa.Column(stage, sa.Integer(), nullable=False)
            for stage in ("leads", "mqls", "sals", "sqls", "opportunities", "won")
        ),
        sa.Column("revenue", sa.Float(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funnel_rows")),
        sa.UniqueConstraint("period_start", "source", name=op.f("uq_funnel_rows_period_start")),
    )
    op.create_table(
        "deal_reasons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("outcome", _enum("dealoutcome", "won", "lost"), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deal_reasons")),
        sa.UniqueConstraint("outcome", "name", name=op.f("uq_deal_reasons_outcome")),
    )
    op.create_table(
        "deals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("outcome", _enum("dealoutcome", "won", "lost"), nullable=False),
        sa.Column("reason_id", sa.Integer(), nullable=True),
        sa.Column("campaign", sa.String(200), nullable=False),
        sa.Column("amount", sa.Float(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("campaign_idea", sa.Text(), nullable=False),
        _fk("reason_id", "deal_reasons.id", "deals", "SET NULL"),
        _fk("meeting_id", "meetings.id", "deals", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deals")),
    )
    op.create_index(op.f("ix_deals_meeting_id"), "deals", ["meeting_id"])
    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("goal_id", sa.Integer(), nullable=True),
        sa.Column("review_on", sa.Date(), nullable=True),
        sa.Column("reviewed_meeting_id", sa.Integer(), nullable=True),
        _fk("note_id", "notes.id", "decisions", "CASCADE"),
        _fk("owner_id", "people.id", "decisions", "SET NULL"),
        _fk("goal_id", "sla_goals.id", "decisions", "SET NULL"),
        _fk("reviewed_meeting_id", "meetings.id", "decisions", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decisions")),
        sa.UniqueConstraint("note_id", name=op.f("uq_decisions_note_id")),
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
    with op.batch_alter_table("disputes") as batch:
        batch.drop_column("settlement")
    with op.batch_alter_table("sla_goals") as batch:
        batch.drop_column("objective")
        batch.drop_column("deadline")
