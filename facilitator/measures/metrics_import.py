"""Reading a meeting's numbers from a CRM export (CSV): all rows or none.

The format is documented in docs/metrics-csv.md: a header row naming the columns goal,
period and value; one row per goal. Every row lands on the meeting the moderator chose,
with period kept as the value's period label.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from facilitator.language import _, ngettext
from facilitator.measures.metrics import MAX_PERIOD_LABEL, MetricRefused, parse_value, store_value
from facilitator.record.meetings import MeetingNotFound
from facilitator.storage.database import Database
from facilitator.storage.models import Meeting, SLAGoal

COLUMNS = ("goal", "period", "value")
MAX_FILE_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class RowProblem:
    line: int
    message: str

    def __str__(self) -> str:
        return _("line {line}: {problem}").format(line=self.line, problem=self.message)


class ImportRefused(ValueError):
    """The file was not imported at all; problems lists each bad row by its line number."""

    def __init__(self, problems: list[RowProblem]) -> None:
        self.problems = problems
        first = str(problems[0])
        others = len(problems) - 1
        more = (
            " " + ngettext("(and {count} more)", "(and {count} more)", others).format(count=others)
            if others
            else ""
        )
        super().__init__(_("nothing was imported: {problem}").format(problem=first) + more)


@dataclass(frozen=True)
class ParsedRow:
    line: int
    goal_id: int
    goal_name: str
    period: str
    value: float


def read_text(path: Path) -> str:
    """The file's text, or ImportRefused naming a file too large, not UTF-8 or unreadable."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ImportRefused([RowProblem(1, _("the file is larger than 5 MB"))])
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ImportRefused([RowProblem(1, _("the file is not UTF-8 text"))]) from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise ImportRefused(
            [
                RowProblem(
                    1,
                    _("cannot read {path_name} ({reason})").format(
                        path_name=path.name, reason=reason
                    ),
                )
            ]
        ) from None


def parse_rows(text: str, goals: list[SLAGoal]) -> list[ParsedRow]:
    """Check every row against the goals; raise ImportRefused listing all bad lines."""
    by_key = {g.key.casefold(): g for g in goals}
    by_name = {" ".join(g.name.split()).casefold(): g for g in goals}
    reader = csv.reader(io.StringIO(text, newline=""))
    problems: list[RowProblem] = []
    try:
        header = next(reader, None)
    except csv.Error as error:
        raise ImportRefused(
            [RowProblem(1, _("not readable as CSV ({error})").format(error=error))]
        ) from None
    if header is None:
        raise ImportRefused([RowProblem(1, _("the file is empty"))])
    names = [h.strip().casefold() for h in header]
    missing = [c for c in COLUMNS if c not in names]
    if missing:
        raise ImportRefused(
            [
                RowProblem(
                    1,
                    _("the header needs the columns goal, period, value; no {column}").format(
                        column=missing[0]
                    ),
                )
            ]
        )
    where = {c: names.index(c) for c in COLUMNS}
    rows: list[ParsedRow] = []
    seen: dict[int, int] = {}
    try:
        for fields in reader:
            line = reader.line_num
            if not any(f.strip() for f in fields):
                continue
            if len(fields) < len(names):
                problems.append(
                    RowProblem(
                        line,
                        _("{found} fields, expected {expected}").format(
                            found=len(fields), expected=len(names)
                        ),
                    )
                )
                continue
            goal_text, period, value_text = (fields[where[c]].strip() for c in COLUMNS)
            key = " ".join(goal_text.split()).casefold()
            goal = by_key.get(key) or by_name.get(key)
            if goal is None:
                problems.append(
                    RowProblem(line, _("no active goal “{goal}”").format(goal=goal_text[:60]))
                )
                continue
            if goal.id in seen:
                problems.append(
                    RowProblem(
                        line,
                        _("“{goal_name}” already appears on line {line}").format(
                            goal_name=goal.name, line=seen[goal.id]
                        ),
                    )
                )
                continue
            seen[goal.id] = line
            if len(period) > MAX_PERIOD_LABEL:
                problems.append(
                    RowProblem(
                        line,
                        _("period is longer than {max_period_label} characters").format(
                            max_period_label=MAX_PERIOD_LABEL
                        ),
                    )
                )
                continue
            try:
                value = parse_value(value_text, goal.unit)
            except MetricRefused as refused:
                problems.append(
                    RowProblem(
                        line,
                        f"{goal.name}: {refused}",
                    )
                )
                continue
            rows.append(ParsedRow(line, goal.id, goal.name, period, value))
    except csv.Error as error:
        problems.append(
            RowProblem(reader.line_num, _("not readable as CSV ({error})").format(error=error))
        )
    if problems:
        raise ImportRefused(problems)
    if not rows:
        raise ImportRefused([RowProblem(1, _("the file has a header but no rows"))])
    return rows


def import_metrics(db: Database, meeting_id: int, path: Path | str) -> list[ParsedRow]:
    """Import a CSV's values into a meeting in one transaction; returns the imported rows.

    A bad row refuses the whole file (ImportRefused, each problem with its line number), so a
    half-imported export never mixes with the numbers already entered.
    """
    text = read_text(Path(path))
    with db.write() as session:
        if session.get(Meeting, meeting_id) is None:
            raise MeetingNotFound(meeting_id)
        goals = list(
            session.scalars(
                select(SLAGoal)
                .where(SLAGoal.active.is_(True))
                .options(selectinload(SLAGoal.targets))
            )
        )
        rows = parse_rows(text, goals)
        by_id = {g.id: g for g in goals}
        for row in rows:
            store_value(session, meeting_id, by_id[row.goal_id], row.value, row.period)
        return rows
