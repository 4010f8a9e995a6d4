"""Two moderators editing the same record: the second save is refused, never silently lost.

A window keeps the version of the row it read; a save made from it names that version, and a
row whose version has moved on since was changed by someone else. A change that slips in
between the check and the write is caught by SQLAlchemy's version counter (StaleDataError at
flush) and refused the same way.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm.exc import StaleDataError

RELOAD = "Reload to see their change, then make yours again."


class ChangedElsewhere(ValueError):
    """The row was changed by someone else since the window read it; nothing was saved."""

    def __init__(self, noun: str) -> None:
        super().__init__(
            f"This {noun} was changed by someone else since you opened it. {RELOAD}"
        )
        self.noun = noun


def check_version(noun: str, stored: int | None, expected: int | None) -> None:
    """Refuse a save made from version `expected` of a row now at `stored` (None: gone).

    expected None is an edit made without a version read first: it is not checked.
    """
    if expected is not None and stored != expected:
        raise ChangedElsewhere(noun)


@contextmanager
def refused_when_stale(noun: str) -> Iterator[None]:
    """A write whose UPDATE found the row at another version than it read becomes
    ChangedElsewhere (a race between two saves of the same row)."""
    try:
        yield
    except StaleDataError as error:
        raise ChangedElsewhere(noun) from error
