"""Two moderators editing the same record: the second save is refused, never silently lost.

A window keeps the version of the row it read; a save made from it names that version, and a
row whose version has moved on since was changed by someone else. A change that slips in
between the check and the write is caught by SQLAlchemy's version counter (StaleDataError at
flush) and refused the same way.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from facilitator.language import N_, _

RELOAD = N_("Reload to see their change, then make yours again.")

_CHANGED = {
    "action item": N_("This action item was changed by someone else since you opened it."),
    "dispute": N_("This dispute was changed by someone else since you opened it."),
    "meeting": N_("This meeting was changed by someone else since you opened it."),
    "note": N_("This note was changed by someone else since you opened it."),
}
"""The refusal for each record a window edits, whole, so each language words it its own way."""


class ChangedElsewhere(ValueError):
    """The row was changed by someone else since the window read it; nothing was saved."""

    def __init__(self, noun: str) -> None:
        changed = _CHANGED.get(noun)
        said = (
            _(changed)
            if changed
            else _("This {noun} was changed by someone else since you opened it.").format(noun=noun)
        )
        super().__init__(f"{said} {_(RELOAD)}")
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
    from sqlalchemy.orm.exc import StaleDataError  # here: the window needs no ORM to catch

    try:
        yield
    except StaleDataError as error:
        raise ChangedElsewhere(noun) from error
