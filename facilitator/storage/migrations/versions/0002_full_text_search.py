"""Full-text search over notes, disputes and action items (SQLite FTS5), kept in step by triggers.

Two FTS5 tables index the same text, because no one SQLite tokenizer does both jobs:

- search_words (unicode61, remove_diacritics 2): words and word beginnings, folding case and
  accents in every script, so "jose" finds "José" and "москва" finds "Москва".
- search_grams (trigram): any substring of three or more characters, so text written without
  spaces (Chinese, Japanese) and parts of words ("binar" in "webinars") are found too.

A row's rowid is ref_id * 4 + the source's code (1 note, 2 dispute, 3 action item), so a
trigger finds the row to replace or delete by rowid, without a scan. A dispute is indexed as
its title, both positions and its resolution, one per line.

Triggers on the source tables keep both indexes in step with every insert, change and delete,
whoever makes it (the app, an import, a cascade); existing rows are indexed here once.
A later migration that rebuilds notes, disputes or action_items in batch mode drops their
triggers with the old table and must create them again.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = {
    "search_words": "unicode61 remove_diacritics 2",
    "search_grams": "trigram",
}

# source table, source name, rowid code, the indexed text as an SQL expression over a row
SOURCES = (
    ("notes", "note", 1, "{row}.text"),
    (
        "disputes",
        "dispute",
        2,
        "{row}.title || char(10) || {row}.sales_position || char(10) || "
        "{row}.marketing_position || char(10) || {row}.resolution",
    ),
    ("action_items", "action_item", 3, "{row}.text"),
)

# the columns whose change changes a source's indexed text
WATCHED = {
    "notes": "text",
    "disputes": "title, sales_position, marketing_position, resolution",
    "action_items": "text",
}


def _insert(table: str, source: str, code: int, body: str, row: str) -> str:
    return (
        f"INSERT INTO {table} (rowid, source, ref_id, body) "
        f"VALUES ({row}.id * 4 + {code}, '{source}', {row}.id, {body.format(row=row)});"
    )


def _delete(table: str, code: int, row: str) -> str:
    return f"DELETE FROM {table} WHERE rowid = {row}.id * 4 + {code};"


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table, tokenizer in TABLES.items():
        op.execute(
            f"CREATE VIRTUAL TABLE {table} USING fts5("
            f"source UNINDEXED, ref_id UNINDEXED, body, tokenize = '{tokenizer}')"
        )
    for source_table, source, code, body in SOURCES:
        inserts = " ".join(_insert(t, source, code, body, "new") for t in TABLES)
        deletes = " ".join(_delete(t, code, "old") for t in TABLES)
        op.execute(
            f"CREATE TRIGGER search_{source_table}_insert AFTER INSERT ON {source_table} "
            f"BEGIN {inserts} END"
        )
        op.execute(
            f"CREATE TRIGGER search_{source_table}_update "
            f"AFTER UPDATE OF {WATCHED[source_table]} ON {source_table} "
            f"BEGIN {deletes} {inserts} END"
        )
        op.execute(
            f"CREATE TRIGGER search_{source_table}_delete AFTER DELETE ON {source_table} "
            f"BEGIN {deletes} END"
        )
        for table in TABLES:
            op.execute(
                f"INSERT INTO {table} (rowid, source, ref_id, body) "
                f"SELECT id * 4 + {code}, '{source}', id, {body.format(row=source_table)} "
                f"FROM {source_table}"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for source_table, *_ in SOURCES:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{source_table}_{event}")
    for table in TABLES:
        op.execute(f"DROP TABLE IF EXISTS {table}")
