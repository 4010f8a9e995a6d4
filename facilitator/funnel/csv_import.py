"""Importing a funnel from a CRM's CSV export: all rows or none, a period's rows replaced whole.

Mirrors the metrics import (facilitator/measures/metrics_import.py): the same limits, the same
refusal listing every bad line by its number, one transaction. Formats: crm_exports.py.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from facilitator.funnel.crm_exports import ExportFormat, Header, Row, read_leads, read_own
from facilitator.funnel.periods import period_code, period_label
from facilitator.funnel.scorecard_reading import revenue_unit_in
from facilitator.funnel.stages import COUNT_FIELDS, FunnelEntry, StageCounts
from facilitator.language import _
from facilitator.measures.metrics_import import ImportRefused, RowProblem, read_text
from facilitator.storage.database import Database
from facilitator.storage.models import FunnelRow
from facilitator.vocabulary import GoalUnit


def revenue_unit(db: Database) -> GoalUnit:
    """The currency revenue is read and shown in (revenue_unit_in)."""
    with db.read() as session:
        return revenue_unit_in(session)


def parse_funnel(
    text: str, fmt: ExportFormat = ExportFormat.FACILITATOR, unit: GoalUnit = GoalUnit.EUR
) -> list[FunnelEntry]:
    """Every row checked; ImportRefused lists all bad lines, or the rows to store."""
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        names = next(reader, None)
    except csv.Error as error:
        unreadable = _("not readable as CSV ({error})").format(error=error)
        raise ImportRefused([RowProblem(1, unreadable)]) from None
    if names is None:
        raise ImportRefused([RowProblem(1, _("the file is empty"))])
    header = Header(names)
    problems: list[RowProblem] = []

    def rows() -> Iterator[Row]:
        try:
            for fields in reader:
                if not any(f.strip() for f in fields):
                    continue
                if len(fields) < len(names):
                    short = _("{count} fields, expected {expected}").format(
                        count=len(fields), expected=len(names)
                    )
                    problems.append(RowProblem(reader.line_num, short))
                    continue
                yield reader.line_num, fields
        except csv.Error as error:
            unreadable = _("not readable as CSV ({error})").format(error=error)
            problems.append(RowProblem(reader.line_num, unreadable))

    if fmt is ExportFormat.FACILITATOR:
        reading = read_own(header, rows(), unit)
    else:
        reading = read_leads(header, rows(), unit, fmt)
    problems = sorted([*problems, *reading.problems], key=lambda p: p.line)
    if problems:
        raise ImportRefused(problems)
    if not reading.entries:
        raise ImportRefused([RowProblem(1, "the file has a header but no rows")])
    return reading.entries


@dataclass(frozen=True)
class Imported:
    """What an import stored, and the rows of those periods it replaced (to put them back)."""

    starts: frozenset[date]
    entries: tuple[FunnelEntry, ...]
    replaced: tuple[FunnelEntry, ...]


def _entry(row: FunnelRow) -> FunnelEntry:
    counts = StageCounts(*(getattr(row, n) for n in COUNT_FIELDS), revenue=row.revenue)
    return FunnelEntry(0, row.period, row.period_start, row.source, counts)


def _replace(session: Session, starts: Iterable[date], entries: Iterable[FunnelEntry]) -> None:
    session.execute(delete(FunnelRow).where(FunnelRow.period_start.in_(list(starts))))
    for entry in entries:
        session.add(
            FunnelRow(
                period_start=entry.start,
                period=entry.period,
                source=entry.source,
                revenue=entry.counts.revenue,
                **{name: getattr(entry.counts, name) for name in COUNT_FIELDS},
            )
        )


def replace_periods(db: Database, starts: Iterable[date], entries: Iterable[FunnelEntry]) -> None:
    """Make these periods hold exactly these rows, in one transaction: undo and redo of an
    import."""
    with db.write() as session:
        _replace(session, starts, entries)


def import_funnel(
    db: Database, path: Path | str, fmt: ExportFormat = ExportFormat.FACILITATOR
) -> Imported:
    """Store a CSV's funnel in one transaction.

    Each period in the file replaces that period's rows whole (a source left out of the new
    export is gone from it too); other periods keep theirs. A bad row refuses the whole file.
    """
    text = read_text(Path(path))
    entries = parse_funnel(text, fmt, revenue_unit(db))
    starts = frozenset(entry.start for entry in entries)
    with db.write() as session:
        old = session.scalars(select(FunnelRow).where(FunnelRow.period_start.in_(list(starts))))
        replaced = tuple(_entry(row) for row in old)
        _refuse_other_periods(entries, replaced)
        _replace(session, starts, entries)
    return Imported(starts, tuple(entries), replaced)


def _refuse_other_periods(entries: list[FunnelEntry], stored: tuple[FunnelEntry, ...]) -> None:
    """A day begins one period only: a quarter from 1 October is refused while October's
    months are stored, rather than replacing them."""
    kinds = {entry.start: entry.period for entry in stored}
    problems: list[RowProblem] = []
    for entry in entries:
        other = kinds.get(entry.start)
        if other is not None and other is not entry.period:
            problems.append(
                RowProblem(
                    entry.line,
                    _(
                        "{code} begins the day {other} does, already imported by {kind}"
                    ).format(
                        code=period_code(entry.period, entry.start),
                        other=period_label(other, entry.start),
                        kind=other.label.lower(),
                    ),
                )
            )
            kinds.pop(entry.start)
    if problems:
        raise ImportRefused(problems)
