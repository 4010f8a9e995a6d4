"""Copying a whole history from one database to another: an SQLite file to a team database on
PostgreSQL, or back, in one transaction on the target.

Rows go across table by table in foreign-key order with their ids and version counters, read
from one snapshot of the source and written in chunks through Core executemany (never row by
row through the ORM); the target's own triggers fill its search index. Not copied: the schema
version and the database's identity (the target keeps its own) and the search tables, which are
derived. applied_writes is copied: a write still waiting in a moderator's journal then lands
once on the new database too, as it would have on the old one.

Before the commit the counts of every table are read back on both sides and a caller's proof
(the core compares the exports of every meeting) runs on views of both transactions; any
difference rolls the copy back, so the target is either the whole history or as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Connection, Table, func, insert, select, text
from sqlalchemy.orm import sessionmaker

from facilitator.language import _
from facilitator.storage.database import READ_ONLY, Database, DatabaseRefused
from facilitator.storage.models import Base

CHUNK = 5000
TABLES: tuple[Table, ...] = tuple(Base.metadata.sorted_tables)
"""Every table with a model, parents before children, so each row's references exist."""

Proof = Callable[[Database, Database], Sequence[str]]
"""Given views of the source and of the uncommitted target, what differs (empty: nothing)."""
Preparation = Callable[[Database], None]
"""Run on the target's transaction before the copy: may clear what a new database is given."""


class CopyRefused(DatabaseRefused):
    """A copy that was not started: the target holds a history, or is the source itself."""


@dataclass(frozen=True)
class TableCount:
    """One table's rows on both sides after the copy, each counted by its own database."""

    table: str
    source: int
    target: int


@dataclass(frozen=True)
class CopyReport:
    counts: tuple[TableCount, ...]
    differences: tuple[str, ...] = field(default=())

    @property
    def committed(self) -> bool:
        """Whether the copy was kept: every count and the proof agreed."""
        return not self.differences


def copy_history(
    source: Database,
    target: Database,
    *,
    prepare: Preparation | None = None,
    prove: Proof | None = None,
    chunk: int = CHUNK,
) -> CopyReport:
    """Copy every row of source into the empty target, or refuse the target untouched.

    Everything happens in one transaction on the target, committed only when the counts and
    prove agree; a failure or a difference rolls it back.
    """
    if _same(source, target):
        raise CopyRefused(
            _("{location}: the source and the target are the same database").format(
                location=source.location
            )
        )
    with _snapshot(source) as reading, _transaction(target) as writing:
        target_view = _bound(target, writing)
        if prepare is not None:
            prepare(target_view)
        _refuse_held(target, writing)
        for table in TABLES:
            _copy_table(table, reading, writing, chunk)
        if target.on_server:
            _advance_sequences(writing)
            _gather_statistics(writing)
        counts = tuple(
            TableCount(table.name, _count(reading, table), _count(writing, table))
            for table in TABLES
        )
        differences = [
            f"{count.table}: {count.source} rows in the source, {count.target} in the target"
            for count in counts
            if count.source != count.target
        ]
        if not differences and prove is not None:
            differences = list(prove(_bound(source, reading), target_view))
        if differences:
            writing.rollback()
        else:
            writing.commit()
    return CopyReport(counts, tuple(differences))


def _same(source: Database, target: Database) -> bool:
    if source.path is not None and target.path is not None:
        return source.path.resolve() == target.path.resolve()
    return source.location == target.location


@contextmanager
def _snapshot(db: Database) -> Iterator[Connection]:
    """One read transaction on the source, so every table is read as of the same moment."""
    with db.engine.connect() as connection:
        if db.on_server:
            connection.execution_options(
                isolation_level="REPEATABLE READ", postgresql_readonly=True
            )
        else:
            connection.execution_options(**{READ_ONLY: True})
        with connection.begin():
            yield connection


@contextmanager
def _transaction(db: Database) -> Iterator[Connection]:
    """The target's one write transaction (BEGIN IMMEDIATE on SQLite); on PostgreSQL every
    table is locked against other writers, so a second copy or an app waits for this one."""
    with db.engine.connect() as connection:
        transaction = connection.begin()
        try:
            if db.on_server:
                names = ", ".join(table.name for table in TABLES)
                connection.execute(text(f"LOCK TABLE {names} IN EXCLUSIVE MODE"))
            yield connection
        finally:
            if transaction.is_active:
                transaction.rollback()


def _bound(db: Database, connection: Connection) -> Database:
    """The database as seen from inside an open transaction: its reads and writes join it,
    so the core's own functions read what the copy wrote before it is committed."""
    sessions = sessionmaker(
        bind=connection, expire_on_commit=False, join_transaction_mode="rollback_only"
    )
    return Database(db.path, db.engine, sessions, address=db.address)


def _count(connection: Connection, table: Table) -> int:
    return int(connection.scalar(select(func.count()).select_from(table)) or 0)


def _refuse_held(target: Database, connection: Connection) -> None:
    """A target that already holds a history is refused: ids would collide, histories mix."""
    held = [(table.name, _count(connection, table)) for table in TABLES]
    held.sort(key=lambda pair: pair[0] != "meetings")
    for name, count in held:
        if count:
            words = name.replace("_", " ")
            raise CopyRefused(
                _(
                    "{location}: already holds {count} rows of {words}; copy only into an "
                    "empty database. Nothing was changed."
                ).format(location=target.location, count=count, words=words)
            )


def _copy_table(table: Table, reading: Connection, writing: Connection, chunk: int) -> int:
    """Every row of one table, in primary-key order, chunk rows to a statement."""
    query = select(table).order_by(*table.primary_key.columns)
    copied = 0
    result = reading.execute(query, execution_options={"yield_per": chunk})
    for rows in result.partitions(chunk):
        writing.execute(insert(table), [row._asdict() for row in rows])
        copied += len(rows)
    return copied


SEARCH_INDEXES = ("ix_search_index_words", "ix_search_index_body")
"""The GIN indexes of the server's search (migration 0007), whose new entries wait in a pending
list until a vacuum merges them."""


def _gather_statistics(connection: Connection) -> None:
    """Merge the search indexes' pending entries and ANALYZE the copied tables, so the first
    searches after a move run as they will later. Unmerged, every search reads the whole
    pending list of the copy's 100,000 notes; without statistics the planner takes the history
    for an empty one; both wait for autovacuum otherwise."""
    for index in SEARCH_INDEXES:
        connection.execute(
            text("SELECT gin_clean_pending_list(CAST(:index AS regclass))"), {"index": index}
        )
    connection.exec_driver_sql("ANALYZE")


def _advance_sequences(connection: Connection) -> None:
    """Move each id sequence past the copied ids, so the next new row gets a fresh one."""
    for table in TABLES:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not keys[0].autoincrement or keys[0].type.python_type is not int:
            continue
        column = keys[0].name
        sequence = connection.scalar(
            text("SELECT pg_get_serial_sequence(:table, :column)"),
            {"table": table.name, "column": column},
        )
        if sequence is None:
            continue
        connection.execute(
            text(
                f"SELECT setval(:sequence, coalesce((SELECT max({column}) FROM {table.name}), 0) "
                "+ 1, false)"
            ),
            {"sequence": sequence},
        )
