"""Alembic migrations, and the names that the models' metadata deliberately does not describe.

The full-text search index (migration 0002) lives in SQLite FTS5 virtual tables, which have no
place among the SQLAlchemy models; `include_name` hides them, and the shadow tables SQLite makes
for each, from Alembic's comparison of the database with the models. The database's own
identity (migration 0005) is read and written by storage alone, for its backups, and the data's
revision (migration 0011) by triggers and the minutes' cache alone: neither has a model.
"""

from __future__ import annotations

from collections.abc import Mapping

FULL_TEXT_TABLES = ("search_words", "search_grams")
_FTS5_SHADOW_SUFFIXES = ("", "_data", "_idx", "_content", "_docsize", "_config")
IDENTITY_TABLE = "database_identity"
REVISION_TABLE = "data_revision"
SERVER_SEARCH_TABLE = "search_index"
"""PostgreSQL's full-text search index (migration 0007), kept by triggers like the FTS5 tables."""
FULL_TEXT_NAMES = frozenset(
    table + suffix for table in FULL_TEXT_TABLES for suffix in _FTS5_SHADOW_SUFFIXES
)
NOT_IN_MODELS = FULL_TEXT_NAMES | {IDENTITY_TABLE, SERVER_SEARCH_TABLE, REVISION_TABLE}
NOT_COUNTED = FULL_TEXT_NAMES | {"alembic_version", REVISION_TABLE}
"""The SQLite tables whose changes do not move the data's revision: the search index is
derived from tables that do, and the schema version moves only with a migration."""


def include_name(name: str | None, type_: str, parent_names: Mapping[str, str | None]) -> bool:
    """Alembic's include_name hook: everything but the tables without a model is compared."""
    return not (type_ == "table" and name in NOT_IN_MODELS)
