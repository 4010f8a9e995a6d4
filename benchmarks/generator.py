"""Large databases for the benchmarks, made in seconds with bulk inserts.

Rows go through SQLAlchemy Core executemany on the models' own tables, into a file that
open_database made, so the types, constraints and full-text triggers are the app's own.

- ten_year: 520 weekly meetings (ten years, one a week), 100,000 notes, 10,000 action
  items and 2,000 disputes among 16 people.
- heavy: one ended meeting with 60 agenda items, 2,000 notes and 300 action items.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Table, insert

from facilitator.record.templates import builtin_template
from facilitator.rules.agenda import PlannedItem
from facilitator.storage.database import Database, open_database
from facilitator.storage.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    Dispute,
    DisputeMeeting,
    Meeting,
    Note,
    Person,
    RunEvent,
)
from facilitator.vocabulary import (
    ActionStatus,
    AttendanceStatus,
    DisputeCategory,
    DisputeRole,
    DisputeStatus,
    ItemKind,
    MeetingKind,
    MeetingStatus,
    NoteKind,
    RunEventKind,
    Team,
)

VERSION = 3
"""Part of the cached files' names: a change to what is generated makes them again."""
BATCH = 5000
TODAY = date(2026, 11, 23)
WORDS = tuple(
    " ".join(
        (
            "pipeline lead MQL SQL webinar campaign budget forecast churn renewal demo trial",
            "conversion funnel scoring handoff follow-up persona content nurture event partner",
            "pricing discount quota territory enterprise SMB onboarding referral newsletter SEO",
            "paid social retargeting landing page attribution CRM dashboard win loss competitor",
            "objection case study launch roadmap feedback segment cohort velocity backlog",
        )
    ).split()
)
SYLLABLES = (
    "al", "bra", "cor", "del", "ent", "fal", "gor", "hel", "ix", "jun", "kal", "lor", "mon",
    "nor", "ost", "pra", "quin", "ros", "sel", "tor", "ul", "vor", "wen", "xan", "yel", "zor",
)
SUFFIXES = ("Labs", "Systems", "Group", "Logistics", "Health", "Foods", "Energy", "Bank")


def _accounts(count: int = 1500, seed: int = 99) -> tuple[str, ...]:
    """Customer names, each a rare word: what people really search their notes for."""
    rng = random.Random(seed)
    names: dict[str, str] = {}
    while len(names) < count:
        word = "".join(rng.choices(SYLLABLES, k=rng.randint(2, 3))).capitalize()
        names.setdefault(word, f"{word} {rng.choice(SUFFIXES)}")
    return tuple(names.values())


ACCOUNTS = _accounts()
NOTE_KINDS = (NoteKind.NOTE,) * 6 + (
    NoteKind.DECISION,
    NoteKind.HIGHLIGHT,
    NoteKind.QUESTION,
    NoteKind.METRIC,
)


@dataclass(frozen=True)
class Sizes:
    meetings: int = 520
    notes: int = 100_000
    action_items: int = 10_000
    disputes: int = 2_000


def _table(model: type[Any]) -> Table:
    return model.__table__  # type: ignore[no-any-return]


def _sentence(rng: random.Random, low: int = 6, high: int = 18) -> str:
    """Jargon words, and in four sentences of ten a customer's name."""
    words = rng.choices(WORDS, k=rng.randint(low, high))
    if rng.random() < 0.4:
        words.insert(rng.randrange(len(words) + 1), rng.choice(ACCOUNTS))
    return " ".join(words).capitalize() + "."


def _bulk(db: Database, model: type[Any], rows: Iterator[dict[str, Any]]) -> int:
    """Insert rows in batches, one short write transaction per batch."""
    count = 0
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == BATCH:
            with db.write() as session:
                session.execute(insert(_table(model)), batch)
            count += len(batch)
            batch = []
    if batch:
        with db.write() as session:
            session.execute(insert(_table(model)), batch)
        count += len(batch)
    return count


def _people(db: Database) -> list[int]:
    names = [
        ("Ana Ruiz", Team.SALES), ("Ben Okafor", Team.MARKETING), ("Chen Wei", Team.SALES),
        ("Dana Levi", Team.MARKETING), ("Eva Novak", Team.SALES), ("Farid Haddad", Team.MARKETING),
        ("Greta Lind", Team.SALES), ("Hugo Martin", Team.MARKETING), ("Iris Tan", Team.SALES),
        ("Jonas Berg", Team.MARKETING), ("Kemi Adeyemi", Team.SALES),
        ("Luca Rossi", Team.MARKETING),
        ("Maya Cohen", Team.CUSTOMER_SERVICE), ("Nils Holm", Team.PRODUCT),
        ("Olga Petrova", Team.LEADERSHIP), ("Pia Schulz", Team.SALES),
    ]
    with db.write() as session:
        people = [
            Person(name=name, email=f"{name.split()[0].lower()}@example.com", team=team)
            for name, team in names
        ]
        session.add_all(people)
        session.flush()
        return [person.id for person in people]


def _meetings(
    db: Database, count: int, items: Sequence[PlannedItem], people: Sequence[int], cap: int
) -> tuple[list[int], dict[int, list[int]], dict[int, datetime]]:
    """count weekly meetings ending last week; their ids, agenda item ids and start times."""
    first = datetime.combine(TODAY - timedelta(weeks=count), datetime.min.time(), UTC)
    first = first - timedelta(days=first.weekday()) + timedelta(hours=9)
    starts = [first + timedelta(weeks=week) for week in range(count)]
    planned = sum(item.planned_seconds for item in items)
    _bulk(
        db,
        Meeting,
        (
            {
                "kind": MeetingKind.WEEKLY,
                "title": f"Weekly smarketing {start.date().isoformat()}",
                "scheduled_at": start,
                "cap_seconds": cap,
                "moderator_id": people[-2],
                "status": MeetingStatus.ENDED,
                "location": "Room 4",
                "started_at": start,
                "ended_at": start + timedelta(seconds=planned),
                "created_at": start - timedelta(days=7),
            }
            for start in starts
        ),
    )
    with db.read() as session:
        ids = list(
            session.scalars(
                Meeting.__table__.select().with_only_columns(Meeting.id).order_by(Meeting.id)
            )
        )
    by_id = dict(zip(ids, starts, strict=True))

    def agenda() -> Iterator[dict[str, Any]]:
        for meeting_id, start in by_id.items():
            at = start
            for position, item in enumerate(items):
                end = at + timedelta(seconds=item.planned_seconds)
                yield {
                    "meeting_id": meeting_id,
                    "position": position,
                    "title": item.title,
                    "kind": item.kind,
                    "planned_seconds": item.planned_seconds,
                    "presenter_team": item.presenter_team,
                    "description": item.description,
                    "actual_start": at,
                    "actual_end": end,
                }
                at = end

    _bulk(db, AgendaItem, agenda())
    item_ids: dict[int, list[int]] = {meeting_id: [] for meeting_id in by_id}
    with db.read() as session:
        query = AgendaItem.__table__.select().with_only_columns(
            AgendaItem.meeting_id, AgendaItem.id
        )
        for meeting_id, item_id in session.execute(query.order_by(AgendaItem.id)):
            item_ids[meeting_id].append(item_id)
    _bulk(
        db,
        Attendance,
        (
            {"meeting_id": m, "person_id": p, "status": AttendanceStatus.PRESENT}
            for m in by_id
            for p in people[:10]
        ),
    )

    def events() -> Iterator[dict[str, Any]]:
        for meeting_id, start in by_id.items():
            kinds = [RunEventKind.START] + [RunEventKind.NEXT] * (len(items) - 1)
            kinds.append(RunEventKind.END)
            at = 0.0
            for seq, kind in enumerate(kinds):
                yield {
                    "meeting_id": meeting_id,
                    "seq": seq,
                    "kind": kind,
                    "at": start + timedelta(seconds=at),
                    "monotonic": 1000.0 + at,
                    "boot_id": "benchmark",
                    "seconds": 0,
                }
                if seq < len(items):
                    at += items[seq].planned_seconds

    _bulk(db, RunEvent, events())
    return ids, item_ids, by_id


def _notes(
    db: Database,
    rng: random.Random,
    count: int,
    item_ids: dict[int, list[int]],
    starts: dict[int, datetime],
) -> int:
    meetings = list(item_ids)

    def rows() -> Iterator[dict[str, Any]]:
        for index in range(count):
            meeting_id = meetings[index * len(meetings) // count]
            offset = rng.uniform(0, 2400)
            when = starts[meeting_id] + timedelta(seconds=offset)
            yield {
                "meeting_id": meeting_id,
                "item_id": rng.choice(item_ids[meeting_id]),
                "kind": rng.choice(NOTE_KINDS),
                "text": _sentence(rng),
                "offset_seconds": offset,
                "parked": rng.random() < 0.01,
                "created_at": when,
                "updated_at": when,
            }

    return _bulk(db, Note, rows())


def _actions(
    db: Database,
    rng: random.Random,
    count: int,
    meetings: Sequence[int],
    starts: dict[int, datetime],
    people: Sequence[int],
) -> int:
    teams = (Team.SALES, Team.MARKETING)

    def rows() -> Iterator[dict[str, Any]]:
        for index in range(count):
            position = index * len(meetings) // count
            created = meetings[position]
            closing = min(position + rng.randint(1, 4), len(meetings) - 1)
            still_open = position >= len(meetings) - 3 or rng.random() < 0.02
            status = ActionStatus.OPEN if still_open else rng.choice(
                (ActionStatus.DONE,) * 9 + (ActionStatus.DROPPED,)
            )
            closed = None if status == ActionStatus.OPEN else meetings[closing]
            yield {
                "text": "Follow up: " + _sentence(rng, 4, 10),
                "owner_id": rng.choice(people[:12]),
                "team": rng.choice(teams),
                "due_date": (starts[created] + timedelta(days=7 * rng.randint(1, 3))).date(),
                "status": status,
                "created_meeting_id": created,
                "closed_meeting_id": closed,
                "created_at": starts[created],
                "closed_at": None if closed is None else starts[closed],
            }

    return _bulk(db, ActionItem, rows())


def _disputes(
    db: Database,
    rng: random.Random,
    count: int,
    meetings: Sequence[int],
    starts: dict[int, datetime],
    people: Sequence[int],
) -> int:
    raised_at = [meetings[index * len(meetings) // count] for index in range(count)]

    def rows() -> Iterator[dict[str, Any]]:
        for index in range(count):
            resolved = index < count - 20
            start = starts[raised_at[index]]
            yield {
                "title": "Dispute: " + _sentence(rng, 3, 7),
                "category": rng.choice(list(DisputeCategory)),
                "raised_by_team": rng.choice((Team.SALES, Team.MARKETING)),
                "raised_by_id": rng.choice(people[:12]),
                "sales_position": _sentence(rng),
                "marketing_position": _sentence(rng),
                "status": DisputeStatus.RESOLVED if resolved else DisputeStatus.OPEN,
                "resolution": _sentence(rng) if resolved else "",
                "created_at": start,
                "resolved_at": start + timedelta(weeks=1) if resolved else None,
            }

    made = _bulk(db, Dispute, rows())
    with db.read() as session:
        ids = list(
            session.scalars(
                Dispute.__table__.select().with_only_columns(Dispute.id).order_by(Dispute.id)
            )
        )

    def links() -> Iterator[dict[str, Any]]:
        for dispute_id, meeting_id in zip(ids, raised_at, strict=True):
            resolved = dispute_id <= ids[0] + count - 21
            yield {
                "dispute_id": dispute_id,
                "meeting_id": meeting_id,
                "role": DisputeRole.RAISED,
                "status_after": DisputeStatus.OPEN,
            }
            following = meetings.index(meeting_id) + 1
            if resolved and following < len(meetings):
                yield {
                    "dispute_id": dispute_id,
                    "meeting_id": meetings[following],
                    "role": DisputeRole.SETTLED,
                    "status_after": DisputeStatus.RESOLVED,
                }

    _bulk(db, DisputeMeeting, links())
    return made


def generate_ten_year(path: Path, sizes: Sizes = Sizes(), seed: int = 10) -> Path:
    """Fill a new database at path with ten years of weekly meetings; returns path."""
    rng = random.Random(seed)
    plan = builtin_template("weekly").plan
    db = open_database(path)
    try:
        people = _people(db)
        meetings, item_ids, starts = _meetings(
            db, sizes.meetings, plan.items, people, plan.cap_seconds
        )
        _notes(db, rng, sizes.notes, item_ids, starts)
        _actions(db, rng, sizes.action_items, meetings, starts, people)
        _disputes(db, rng, sizes.disputes, meetings, starts, people)
    finally:
        db.close()
    return path


def generate_heavy(path: Path, seed: int = 60) -> tuple[Path, int]:
    """A database whose one meeting has 60 items, 2,000 notes and 300 action items."""
    rng = random.Random(seed)
    items = [
        PlannedItem(f"Topic {n + 1}: " + " ".join(rng.choices(WORDS, k=3)), ItemKind.DISCUSSION, 60)
        for n in range(60)
    ]
    db = open_database(path)
    try:
        people = _people(db)
        meetings, item_ids, starts = _meetings(db, 1, items, people, 3600)
        _notes(db, rng, 2000, item_ids, starts)
        _actions(db, rng, 300, meetings, starts, people)
    finally:
        db.close()
    return path, meetings[0]


def cached(folder: Path, name: str, make: Any) -> Path:
    """A generated database kept between runs; made again only when it is missing."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if not path.exists():
        partial = folder / f"{name}.partial"
        for leftover in folder.glob(f"{name}.partial*"):
            leftover.unlink()
        make(partial)
        partial.rename(path)
    return path
