"""One schema on two engines, for several moderators at once.

- A version column on meetings, notes, disputes and action items: SQLAlchemy's version counter
  (models' version_id_col), so an edit made from a copy read before someone else's change is
  refused instead of overwriting it.
- applied_writes: the uuid of every write sent from a moderator's offline journal, committed
  with the write itself, so a write sent twice (the answer to the first was lost) lands once.
- SQLite: the String lengths the models declare are enforced by triggers, as PostgreSQL's
  varchar(n) enforces them, so an over-long value is refused on both engines alike.
- PostgreSQL: the full-text search index (SQLite's is FTS5, migration 0002): one search_index
  table kept in step by triggers, a tsvector of the accent-folded text under a GIN index for
  word beginnings, and the text itself under a pg_trgm GIN index for any stretch of it (scripts
  without spaces, parts of words). Every change to a table notifies the channel
  facilitator_changes with the writer's application_name, so other apps reload within seconds.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERSIONED = ("meetings", "notes", "disputes", "action_items")

LENGTHS = {
    "people": (("name", 200), ("email", 320), ("role", 200)),
    "sla_goals": (("key", 64), ("name", 200)),
    "templates": (("key", 64), ("name", 200)),
    "series": (("name", 200),),
    "template_items": (("title", 200),),
    "meetings": (("uuid", 36), ("title", 200), ("location", 200)),
    "agenda_items": (("title", 200),),
    "metric_values": (("period_label", 32),),
    "run_events": (("boot_id", 64),),
    "action_items": (("uuid", 36),),
    "disputes": (("uuid", 36), ("title", 300)),
    "applied_writes": (("uuid", 36),),
}

# source table, source name, rowid code, the indexed text over a row (as in 0002)
SOURCES = (
    ("notes", "note", 1, "{row}.text"),
    (
        "disputes",
        "dispute",
        2,
        "{row}.title || chr(10) || {row}.sales_position || chr(10) || "
        "{row}.marketing_position || chr(10) || {row}.resolution",
    ),
    ("action_items", "action_item", 3, "{row}.text"),
)
WATCHED = {
    "notes": "text",
    "disputes": "title, sales_position, marketing_position, resolution",
    "action_items": "text",
}
CHANNEL = "facilitator_changes"


def _length_guards(table: str, event: str) -> str:
    checks = " ".join(
        f"SELECT RAISE(ABORT, 'value too long for {table}.{column} "
        f"({length} characters at most)') WHERE length(NEW.{column}) > {length};"
        for column, length in LENGTHS[table]
    )
    columns = ", ".join(column for column, _ in LENGTHS[table])
    when = "INSERT" if event == "insert" else f"UPDATE OF {columns}"
    return (
        f"CREATE TRIGGER length_guard_{table}_{event} BEFORE {when} ON {table} "
        f"BEGIN {checks} END"
    )


def _postgresql_search() -> None:
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    op.execute(
        "CREATE TABLE search_index (rowid bigint PRIMARY KEY, source varchar(16) NOT NULL, "
        "ref_id integer NOT NULL, body text NOT NULL, words tsvector NOT NULL)"
    )
    op.execute("CREATE INDEX ix_search_index_words ON search_index USING gin (words)")
    op.execute(
        "CREATE INDEX ix_search_index_body ON search_index USING gin (body gin_trgm_ops)"
    )
    for table, source, code, body in SOURCES:
        new_body = body.format(row="NEW")
        op.execute(
            f"CREATE FUNCTION search_{table}_index() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN "
            f"IF TG_OP IN ('UPDATE', 'DELETE') THEN "
            f"DELETE FROM search_index WHERE rowid = OLD.id * 4 + {code}; END IF; "
            f"IF TG_OP IN ('INSERT', 'UPDATE') THEN "
            f"INSERT INTO search_index (rowid, source, ref_id, body, words) VALUES "
            f"(NEW.id * 4 + {code}, '{source}', NEW.id, {new_body}, "
            f"to_tsvector('simple', unaccent({new_body}))); END IF; "
            f"RETURN NULL; END $$"
        )
        op.execute(
            f"CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION search_{table}_index()"
        )
        op.execute(
            f"CREATE TRIGGER search_{table}_update AFTER UPDATE OF {WATCHED[table]} "
            f"ON {table} FOR EACH ROW EXECUTE FUNCTION search_{table}_index()"
        )
        op.execute(
            f"CREATE TRIGGER search_{table}_delete AFTER DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION search_{table}_index()"
        )
        row_body = body.format(row=table)
        op.execute(
            f"INSERT INTO search_index (rowid, source, ref_id, body, words) "
            f"SELECT id * 4 + {code}, '{source}', id, {row_body}, "
            f"to_tsvector('simple', unaccent({row_body})) FROM {table}"
        )


def _postgresql_notify(tables: Sequence[str]) -> None:
    op.execute(
        "CREATE FUNCTION facilitator_changed() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN PERFORM pg_notify('{CHANNEL}', current_setting('application_name')); "
        "RETURN NULL; END $$"
    )
    for table in tables:
        op.execute(
            f"CREATE TRIGGER changed_{table} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
            f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION facilitator_changed()"
        )


def _data_tables() -> list[str]:
    skip = {"alembic_version", "database_identity", "applied_writes", "search_index"}
    names = sa.inspect(op.get_bind()).get_table_names()
    return sorted(name for name in names if name not in skip)


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("version", sa.Integer(), nullable=False, server_default="1")
            )
    op.create_table(
        "applied_writes",
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("applied_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_applied_writes")),
    )
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for table in LENGTHS:
            op.execute(_length_guards(table, "insert"))
            op.execute(_length_guards(table, "update"))
    elif dialect == "postgresql":
        _postgresql_search()
        _postgresql_notify(_data_tables())


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for table in LENGTHS:
            for event in ("insert", "update"):
                op.execute(f"DROP TRIGGER IF EXISTS length_guard_{table}_{event}")
    elif dialect == "postgresql":
        for table in _data_tables():
            op.execute(f"DROP TRIGGER IF EXISTS changed_{table} ON {table}")
        op.execute("DROP FUNCTION IF EXISTS facilitator_changed()")
        for table, *_ in SOURCES:
            for event in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{event} ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS search_{table}_index()")
        op.execute("DROP TABLE IF EXISTS search_index")
    op.drop_table("applied_writes")
    for table in reversed(VERSIONED):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
