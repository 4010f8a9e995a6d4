"""The CSV formats a funnel is read from: the app's own (a row per period and source) and the
standard lead exports of HubSpot and Salesforce (a row per lead, counted here).

docs/funnel-csv.md documents each: which columns are read and what each value counts as. A
problem is kept with its line number and reading goes on, so the user sees every bad line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from facilitator.funnel.periods import PeriodRefused, parse_period, start_of
from facilitator.funnel.stages import COUNT_FIELDS, FunnelEntry, StageCounts
from facilitator.language import _
from facilitator.measures.metrics import MetricRefused, parse_value
from facilitator.measures.metrics_import import RowProblem
from facilitator.vocabulary import GoalUnit, Period

MAX_SOURCE = 200
NO_SOURCE = "No source recorded"


class ExportFormat(StrEnum):
    FACILITATOR = "facilitator"
    HUBSPOT = "hubspot"
    SALESFORCE = "salesforce"


class Header:
    """A CSV's header row, its names matched in any case and spacing."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = [" ".join(n.split()).casefold() for n in names]

    def find(self, *choices: str) -> int | None:
        for choice in choices:
            if choice.casefold() in self.names:
                return self.names.index(choice.casefold())
        return None


@dataclass
class Reading:
    """What a format made of the rows so far, and the problems it found."""

    entries: list[FunnelEntry]
    problems: list[RowProblem]


Row = tuple[int, list[str]]
"""A CSV row's line number and fields."""


def _source(text: str) -> str:
    return " ".join(text.split()) or NO_SOURCE


# --- the app's own format: one row per period and source -------------------------------------

OWN_REQUIRED = ("period", "leads", "mqls", "sqls", "opportunities", "won")
OWN_OPTIONAL = ("sals", "revenue")


def _too_long() -> str:
    return _("source is longer than {most} characters").format(most=MAX_SOURCE)


def read_own(header: Header, rows: Iterator[Row], revenue_unit: GoalUnit) -> Reading:
    source_at = header.find("source", "campaign")
    where = {name: header.find(name) for name in (*OWN_REQUIRED, *OWN_OPTIONAL)}
    missing = [n for n in OWN_REQUIRED if where[n] is None]
    if source_at is None or missing:
        first = "source" if source_at is None else missing[0]
        needed = "period, source, leads, mqls, sqls, opportunities, won"
        lacking = _("the header needs the columns {needed}; no {missing}").format(
            needed=needed, missing=first
        )
        return Reading([], [RowProblem(1, lacking)])
    reading = Reading([], [])
    seen: dict[tuple[date, str], int] = {}
    for line, fields in rows:
        try:
            period, start = parse_period(fields[where["period"] or 0])
        except PeriodRefused as refused:
            reading.problems.append(RowProblem(line, str(refused)))
            continue
        source = _source(fields[source_at])
        if len(source) > MAX_SOURCE:
            reading.problems.append(RowProblem(line, _too_long()))
            continue
        key = (start, source.casefold())
        if key in seen:
            reading.problems.append(
                RowProblem(
                    line,
                    _("“{source}” for {period} already appears on line {line}").format(
                        source=source, period=fields[where["period"] or 0].strip(), line=seen[key]
                    ),
                )
            )
            continue
        seen[key] = line
        numbers: dict[str, float] = {}
        for name in (*COUNT_FIELDS, "revenue"):
            at = where[name]
            if at is None or not fields[at].strip():
                if name in OWN_REQUIRED:
                    missing_number = _("{column}: enter a number").format(column=name)
                    reading.problems.append(RowProblem(line, missing_number))
                    break
                numbers[name] = 0
                continue
            unit = revenue_unit if name == "revenue" else GoalUnit.COUNT
            try:
                numbers[name] = parse_value(fields[at], unit)
            except MetricRefused as refused:
                reading.problems.append(RowProblem(line, f"{name}: {refused}"))
                break
        else:
            counts = StageCounts(
                *(int(numbers[n]) for n in COUNT_FIELDS), revenue=numbers["revenue"]
            )
            reading.entries.append(FunnelEntry(line, period, start, source, counts))
    return reading


# --- a row per lead: HubSpot's and Salesforce's exports --------------------------------------


@dataclass(frozen=True)
class Lead:
    """One exported lead: the month it came in, its source, the furthest stage it reached
    (0 lead … 5 won) and the revenue it brought."""

    line: int
    day: date
    source: str
    reached: int
    revenue: float


_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})")


def parse_day(text: str) -> date:
    """A CRM's date, with or without its time: 2026-03-14, 3/14/2026 (US), 14.03.2026."""
    raw = text.strip()
    try:
        if match := _ISO.match(raw):
            return date(int(match[1]), int(match[2]), int(match[3]))
        if match := _SLASHED.match(raw):
            return date(int(match[3]), int(match[1]), int(match[2]))
        if match := _DOTTED.match(raw):
            return date(int(match[3]), int(match[2]), int(match[1]))
    except ValueError:
        pass
    raise ValueError(_("“{text}” is not a date").format(text=raw[:30]))


def _truthy(text: str) -> bool:
    return text.strip().casefold() in {"1", "true", "yes", "y", "x", "✓"}


HUBSPOT_LIFECYCLE: dict[str, int] = {
    "subscriber": 0,
    "lead": 0,
    "other": 0,
    "marketing qualified lead": 1,
    "marketingqualifiedlead": 1,
    "sales qualified lead": 3,
    "salesqualifiedlead": 3,
    "opportunity": 4,
    "customer": 5,
    "evangelist": 5,
}
"""HubSpot's default lifecycle stages, by label and internal value; it has no accepted stage."""

HUBSPOT_WORKED = {"in progress", "open deal", "connected", "attempted to contact"}
"""HubSpot's default lead statuses that mean Sales has taken the lead up: accepted (SAL)."""

HUBSPOT_REACHED_ON = (
    ("Became a Marketing Qualified Lead Date", 1),
    ("Became a Sales Qualified Lead Date", 3),
    ("Became an Opportunity Date", 4),
    ("Became a Customer Date", 5),
)

SALESFORCE_STATUS: dict[str, int] = {
    "mql": 1,
    "marketing qualified": 1,
    "marketing qualified lead": 1,
    "working - contacted": 2,
    "working": 2,
    "contacted": 2,
    "accepted": 2,
    "sales accepted": 2,
    "sal": 2,
    "closed - converted": 3,
    "converted": 3,
    "qualified": 3,
    "sales qualified": 3,
    "sales qualified lead": 3,
    "sql": 3,
}
"""Lead Status values and the stage each means; any other (Open - Not Contacted, Closed - Not
Converted, custom ones) is a plain lead."""


class _LeadColumns:
    def __init__(self, header: Header, fmt: ExportFormat) -> None:
        hubspot = fmt is ExportFormat.HUBSPOT
        self.day = header.find("Create Date", "Created Date", "Lead Created Date")
        self.source = (
            header.find("Original Source", "Lead Source")
            if hubspot
            else header.find("Lead Source", "Campaign Name", "Primary Campaign Source")
        )
        self.stage = header.find("Lifecycle Stage") if hubspot else header.find("Lead Status")
        self.status = header.find("Lead Status") if hubspot else None
        self.reached_on = [(header.find(name), stage) for name, stage in HUBSPOT_REACHED_ON]
        self.opportunity = None if hubspot else header.find("Stage", "Opportunity Stage")
        self.won = None if hubspot else header.find("Won")
        self.converted = None if hubspot else header.find("Converted")
        self.amount = (
            header.find("Recent Deal Amount", "Total Revenue")
            if hubspot
            else header.find("Amount", "Opportunity Amount")
        )
        names = (
            ("Create Date", "Original Source", "Lifecycle Stage")
            if hubspot
            else ("Create Date", "Lead Source", "Lead Status")
        )
        self.missing = next(
            (
                n
                for n, at in zip(names, (self.day, self.source, self.stage), strict=True)
                if at is None
            ),
            None,
        )
        self.required = names


def _hubspot_reached(columns: _LeadColumns, fields: list[str]) -> int:
    stage = fields[columns.stage or 0].strip().casefold()
    if stage and stage not in HUBSPOT_LIFECYCLE:
        raise ValueError(
            _("Lifecycle Stage “{stage}” is not one of HubSpot's").format(stage=stage[:40])
        )
    reached = HUBSPOT_LIFECYCLE.get(stage, 0)
    for at, step in columns.reached_on:
        if at is not None and fields[at].strip():
            reached = max(reached, step)
    if columns.status is not None and fields[columns.status].strip().casefold() in HUBSPOT_WORKED:
        reached = max(reached, 2)
    return reached


def _salesforce_reached(columns: _LeadColumns, fields: list[str]) -> int:
    status = fields[columns.stage or 0].strip().casefold()
    reached = SALESFORCE_STATUS.get(status, 0)
    if columns.converted is not None and _truthy(fields[columns.converted]):
        reached = max(reached, 3)
    if columns.opportunity is not None:
        stage = fields[columns.opportunity].strip().casefold()
        if stage:
            reached = max(reached, 5 if stage == "closed won" else 4)
    if columns.won is not None and _truthy(fields[columns.won]):
        reached = 5
    return reached


def read_leads(
    header: Header, rows: Iterator[Row], revenue_unit: GoalUnit, fmt: ExportFormat
) -> Reading:
    """Count a CRM's row-per-lead export into months and sources: each lead in the month it
    was created, at every stage up to the furthest it has reached."""
    columns = _LeadColumns(header, fmt)
    if columns.missing is not None:
        needed = ", ".join(columns.required)
        lacking = _("the header needs the columns {needed}; no {missing}").format(
            needed=needed, missing=columns.missing
        )
        return Reading([], [RowProblem(1, lacking)])
    reached_of: Callable[[_LeadColumns, list[str]], int] = (
        _hubspot_reached if fmt is ExportFormat.HUBSPOT else _salesforce_reached
    )
    leads: list[Lead] = []
    problems: list[RowProblem] = []
    for line, fields in rows:
        try:
            day = parse_day(fields[columns.day or 0])
            reached = reached_of(columns, fields)
            revenue = 0.0
            if reached == 5 and columns.amount is not None and fields[columns.amount].strip():
                revenue = parse_value(fields[columns.amount], revenue_unit)
        except (ValueError, MetricRefused) as refused:
            problems.append(RowProblem(line, str(refused)))
            continue
        source = _source(fields[columns.source or 0])
        if len(source) > MAX_SOURCE:
            problems.append(RowProblem(line, _too_long()))
            continue
        leads.append(Lead(line, day, source, reached, revenue))
    return Reading(count_leads(leads), problems)


def count_leads(leads: list[Lead]) -> list[FunnelEntry]:
    """A month's leads from each source as one row of stage counts."""
    grouped: dict[tuple[date, str], list[Lead]] = {}
    names: dict[str, str] = {}
    for lead in leads:
        name = names.setdefault(lead.source.casefold(), lead.source)
        grouped.setdefault((start_of(Period.MONTH, lead.day), name), []).append(lead)
    entries = []
    for (start, source), group in sorted(grouped.items()):
        reached = [sum(1 for lead in group if lead.reached >= i) for i in range(6)]
        counts = StageCounts(*reached, revenue=sum(lead.revenue for lead in group))
        entries.append(FunnelEntry(group[0].line, Period.MONTH, start, source, counts))
    return entries
