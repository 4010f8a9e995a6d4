"""A row's columns as they stood, to put the row back exactly: what an undo needs from storage.

An undone delete must bring back the very row (its id, uuid and creation time), so that what
refers to it by id — a later edit on the undo stack, an export — finds it again.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from facilitator.storage.models import Base


@dataclass(frozen=True)
class RowSnapshot:
    """Every column of one row, by attribute name."""

    model: type[Base]
    values: tuple[tuple[str, object], ...]

    def get(self, name: str) -> object:
        return dict(self.values)[name]


def snapshot(row: Base) -> RowSnapshot:
    """The row's column values now (relationships are not followed)."""
    mapper = inspect(type(row))
    return RowSnapshot(
        type(row), tuple((column.key, getattr(row, column.key)) for column in mapper.column_attrs)
    )


class RowTaken(Exception):
    """The old key now belongs to another record (SQLite reuses the highest free id)."""


def put_back(
    session: Session, saved: RowSnapshot, identity: str | None = None, *, gone: bool = False
) -> Base:
    """Make the row with the snapshot's primary key hold the snapshot's values again.

    The row is updated when it still exists and inserted with its old key when it is gone.
    An updated row's version counter moves on rather than back, so a copy read before the
    row was put back is still seen as out of date.
    `identity` names a column that tells records apart (a uuid, a creation time): a row under
    the old key with another identity is someone else's, and RowTaken is raised. With `gone`
    the row is known to have been deleted, so any row under its key is someone else's.
    """
    mapper = inspect(saved.model)
    key = tuple(saved.get(mapper.get_property_by_column(c).key) for c in mapper.primary_key)
    row = session.get(saved.model, key if len(key) > 1 else key[0])
    if row is None:
        row = saved.model()
        session.add(row)
    elif gone or (identity is not None and getattr(row, identity) != saved.get(identity)):
        raise RowTaken(f"{saved.model.__name__} {key} is another record now")
    counter = mapper.version_id_col
    kept = None if counter is None else mapper.get_property_by_column(counter).key
    for name, value in saved.values:
        if name != kept or not inspect(row).has_identity:
            setattr(row, name, value)
    return row
