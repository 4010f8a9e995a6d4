"""Moving a whole history to another database, a laptop's file to the team server or back, and
proving it: every meeting's export is the same on both sides before the copy is committed.

storage/history_copy.py copies the rows in one transaction on the target; this module opens
both databases, clears the standard goals a new database is given (the history brings its own),
and compares the exports (formats/exchange.py) of every meeting through views of the source's
snapshot and of the target's uncommitted transaction. A difference rolls the copy back. A target
file that did not exist before is removed again when the copy is not kept.
"""

from __future__ import annotations

import hashlib
import multiprocessing
from collections.abc import Mapping
from dataclasses import dataclass
from multiprocessing.pool import AsyncResult, Pool
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.exc import DBAPIError

from facilitator.agreements.standard import only_standard_agreements
from facilitator.formats.exchange import dumps, export_meeting
from facilitator.language import _
from facilitator.paths import is_server_address
from facilitator.record.demo import only_standard_goals
from facilitator.storage.database import (
    Database,
    DatabaseRefused,
    open_database,
    remove_with_side_files,
)
from facilitator.storage.history_copy import CopyReport, copy_history
from facilitator.storage.models import Agreement, AgreementVersion, Meeting, SLAGoal

STAMP = "exported_at"
"""The one field of an export that says when, not what: left out of the comparison."""
EARLY_FROM = 50
"""From this many meetings on, a process of its own exports the source while the rows are
copied, so the proof before the commit exports only the target (each export is some 30 ms of
ORM work, on a core of its own there); a digest that does not match is checked again against
the source's snapshot, so a source changed meanwhile never passes for a difference."""


@dataclass(frozen=True)
class Moved:
    """What a move did: where from and to, the counts of both sides, and what differed
    (nothing when the copy was kept)."""

    source: str
    target: str
    report: CopyReport

    @property
    def meetings(self) -> int:
        """How many meetings' exports were compared."""
        return next(count.source for count in self.report.counts if count.table == "meetings")


def move_history(source: str | Path, target: str | Path) -> Moved:
    """Copy the history at source into the empty database at target (made when missing).

    Raises DatabaseRefused (one line) for a source that is missing or not ours, a target that
    holds a history, or a copy the target's database refused half-way; nothing is changed then.
    """
    made_file = _new_file(target)
    source_db = open_database(source, create=False)
    pool: Pool | None = None
    try:
        target_db = open_database(target)
        kept = False
        try:
            pool, early = _early_digests(source, source_db)
            report = _copy(source_db, target_db, early)
            kept = report.committed
        finally:
            target_db.close()
            if made_file is not None and not kept:
                remove_with_side_files(made_file)
        return Moved(source_db.location, target_db.location, report)
    finally:
        if pool is not None:
            pool.terminate()
        source_db.close()


def _early_digests(
    source: str | Path, db: Database
) -> tuple[Pool | None, AsyncResult[dict[int, str]] | None]:
    """The source's export digests, asked of a process of its own for a long history."""
    with db.read() as session:
        meetings = len(session.scalars(select(Meeting.id)).all())
    if meetings < EARLY_FROM:
        return None, None
    try:
        pool = multiprocessing.get_context("spawn").Pool(1)
    except (OSError, RuntimeError):  # no process to be had (a main module without its guard)
        return None, None
    return pool, pool.apply_async(export_digests, (str(source),))


def export_digests(location: str) -> dict[int, str]:
    """Every meeting's comparable export, as a SHA-256 digest, by meeting id."""
    db = open_database(location, create=False)
    try:
        with db.read() as session:
            ids = session.scalars(select(Meeting.id)).all()
        return {meeting_id: _digest(comparable_export(db, meeting_id)) for meeting_id in ids}
    finally:
        db.close()


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _new_file(target: str | Path) -> Path | None:
    """The target's file when there is none yet (the copy makes it), else None."""
    if is_server_address(target):
        return None
    path = Path(target).expanduser()
    return None if path.exists() else path


def _copy(
    source: Database, target: Database, early: AsyncResult[dict[int, str]] | None
) -> CopyReport:
    def prove(source_view: Database, target_view: Database) -> list[str]:
        return differing_exports(source_view, target_view, _ready(early))

    try:
        return copy_history(source, target, prepare=_clear_standard_goals, prove=prove)
    except DBAPIError as error:
        said = " ".join(str(error.orig).split()) or type(error.orig).__name__
        raise DatabaseRefused(
            _("{location}: the copy failed ({said}); it was undone, nothing was changed").format(
                location=target.location, said=said
            )
        ) from error


def _ready(early: AsyncResult[dict[int, str]] | None) -> dict[int, str]:
    """The early digests, or none when there are none or their process failed: every export
    is then made here."""
    if early is None:
        return {}
    try:
        return early.get()
    except Exception:
        return {}


def _clear_standard_goals(target: Database) -> None:
    """A database opened in the app once has the four standard goals (and, once its agreements
    were looked at, the standard agreements): they make way for the history's own, as they do
    for the demo. Goals or agreements anyone changed stay, and refuse the copy."""
    with target.write() as session:
        if only_standard_goals(session):
            session.execute(delete(SLAGoal))
        if only_standard_agreements(session):
            session.execute(delete(AgreementVersion))
            session.execute(delete(Agreement))


def comparable_export(db: Database, meeting_id: int) -> str:
    """A meeting's export as JSON text, without the moment it was made."""
    document = export_meeting(db, meeting_id)
    document.pop(STAMP, None)
    return dumps(document)


def differing_exports(
    source: Database, target: Database, known: Mapping[int, str] | None = None
) -> list[str]:
    """Each meeting of source whose export differs in target, said with its first difference.

    known holds digests of source's exports made earlier; a meeting whose target export
    matches its digest is not exported from source again.
    """
    known = known or {}
    with source.read() as session:
        ids = session.scalars(select(Meeting.id).order_by(Meeting.id)).all()
    differing = []
    for meeting_id in ids:
        after = comparable_export(target, meeting_id)
        if known.get(meeting_id) == _digest(after):
            continue
        before = comparable_export(source, meeting_id)
        if before != after:
            differing.append(f"meeting {meeting_id}: {_first_difference(before, after)}")
    return differing


def _first_difference(before: str, after: str) -> str:
    lines = zip(before.splitlines(), after.splitlines(), strict=False)
    for number, (old, new) in enumerate(lines, start=1):
        if old != new:
            return f"line {number} of its export is {old.strip()!r} here, {new.strip()!r} there"
    return "its export is longer on one side"


def report_lines(moved: Moved) -> list[str]:
    """What the copy command prints: the rows of every table on both sides, then the proof."""
    width = max(len(count.table) for count in moved.report.counts)
    lines = [
        f"copied {moved.source} to {moved.target}",
        f"{'table':<{width}}  {'source':>8}  {'target':>8}",
        *(
            f"{count.table:<{width}}  {count.source:>8}  {count.target:>8}"
            for count in moved.report.counts
        ),
    ]
    if moved.report.committed:
        lines.append(f"exports identical: all {moved.meetings} meetings")
    else:
        lines += [f"differs: {difference}" for difference in moved.report.differences]
        lines.append(f"the copy was undone: {moved.target} is as it was")
    return lines
