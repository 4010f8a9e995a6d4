"""The JSON exchange format: a full round trip, refusing bad files whole, and text kept exactly."""

from __future__ import annotations

import copy
import json
import re
import tempfile
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from facilitator.formats import exchange
from facilitator.formats.exchange import (
    FORMAT,
    FORMAT_VERSION,
    ExchangeError,
    dumps,
    export_meeting,
    import_meeting,
    read_document,
)
from facilitator.record.meetings import MeetingNotFound
from facilitator.record.templates import builtin_template
from facilitator.rules import agenda
from facilitator.storage.database import Database, open_database
from facilitator.storage.models import (
    ActionItem,
    AgendaItem,
    AlignmentBaseline,
    Attendance,
    Base,
    Dispute,
    DisputeMeeting,
    GoalTarget,
    Meeting,
    MetricValue,
    Note,
    Person,
    RunEvent,
    Series,
    SLAGoal,
)
from facilitator.vocabulary import (
    ActionStatus,
    AttendanceStatus,
    Direction,
    DisputeCategory,
    DisputeRole,
    DisputeStatus,
    Frequency,
    GoalUnit,
    ItemKind,
    MeetingKind,
    MeetingStatus,
    NoteKind,
    Period,
    RunEventKind,
    Team,
)

SCHEMA_PATH = Path(__file__).parents[1] / "docs" / "exchange.schema.json"
START = datetime(2026, 3, 2, 16, 0, 0, 123456, tzinfo=UTC)
HARD_TEXTS = (
    "x" * 100_000,
    "Deal won 🎉🚀 — 👩🏽‍💼 signed",
    "线索质量 リードの質 리드 품질",
    "جودة العملاء المحتملين \u200f and עברית",
    "tabs\tand\nnewlines\r\nand \x07 bell \x1b[31m and \u2028 separator",
    "  leading and trailing spaces  ",
    '<b>not markup</b> & {"json": true} \\ backslash',
    "\u200b",
)


@pytest.fixture
def other_db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "other.sqlite")
    yield database
    database.close()


def _fill(db: Database) -> int:
    """A meeting that has one of everything, beside an earlier meeting that must stay out."""
    plan = builtin_template("weekly").plan
    with db.write() as session:
        moderator = Person(name="Mo Derator", email="mo@example.com", team=Team.LEADERSHIP)
        sales = Person(name="Sam Sales", email="sam@example.com", team=Team.SALES, role="AE")
        marketing = Person(name="Mia Marketing", email="mia@example.com", team=Team.MARKETING)
        twin_a = Person(name="Alex", team=Team.PRODUCT)
        twin_b = Person(name="Alex", team=Team.PRODUCT)
        guest = Person(name="Gästin 🌍", team=Team.OTHER, guest=True, active=False)
        raiser = Person(name="Rae Raiser", email="rae@example.com", team=Team.SALES)
        owner = Person(name="Owen Owner", email="owen@example.com", team=Team.MARKETING)
        bystander = Person(name="Not Involved", email="nobody@example.com", team=Team.SALES)
        session.add_all([moderator, sales, marketing, twin_a, twin_b, guest, raiser, owner])
        session.add(bystander)
        series = Series(
            name="Weekly smarketing", kind=MeetingKind.WEEKLY, frequency=Frequency.WEEKLY
        )
        earlier = Meeting(
            kind=MeetingKind.WEEKLY,
            title="Last week",
            scheduled_at=START - timedelta(days=7),
            cap_seconds=2400,
            status=MeetingStatus.ENDED,
            series=series,
        )
        meeting = Meeting(
            kind=MeetingKind.WEEKLY,
            title="Weekly smarketing — Woche 10 🗓",
            scheduled_at=START,
            cap_seconds=plan.cap_seconds,
            moderator=moderator,
            status=MeetingStatus.ENDED,
            location="Room 4 / https://meet.example/abc",
            started_at=START + timedelta(seconds=30, microseconds=1),
            ended_at=START + timedelta(minutes=38, microseconds=999999),
            created_at=START - timedelta(days=1),
            series=series,
        )
        session.add_all([earlier, meeting])
        items = []
        for position, planned in enumerate(plan.items):
            presenter = {Team.SALES: sales, Team.MARKETING: marketing}.get(planned.presenter_team)
            item = AgendaItem(
                meeting=meeting,
                position=position,
                title=planned.title,
                kind=planned.kind,
                planned_seconds=planned.planned_seconds,
                presenter_team=planned.presenter_team,
                presenter=presenter,
                description=planned.description,
                actual_start=START + timedelta(minutes=position * 7, microseconds=position),
                actual_end=START + timedelta(minutes=position * 7 + 6),
            )
            items.append(item)
            session.add(item)
        statuses = [
            (moderator, AttendanceStatus.PRESENT),
            (sales, AttendanceStatus.PRESENT),
            (marketing, AttendanceStatus.LATE),
            (twin_a, AttendanceStatus.ABSENT),
            (twin_b, AttendanceStatus.INVITED),
            (guest, AttendanceStatus.PRESENT),
        ]
        for person, status in statuses:
            session.add(Attendance(meeting=meeting, person=person, status=status))
        kinds = [
            RunEventKind.START,
            RunEventKind.PAUSE,
            RunEventKind.RESUME,
            RunEventKind.NEXT,
            RunEventKind.EXTEND,
            RunEventKind.PREVIOUS,
            RunEventKind.END,
        ]
        for seq, kind in enumerate(kinds):
            session.add(
                RunEvent(
                    meeting=meeting,
                    seq=seq,
                    kind=kind,
                    at=START + timedelta(seconds=seq * 61.000017),
                    monotonic=1234.5 + seq * 0.1,
                    seconds=120 if kind is RunEventKind.EXTEND else 0,
                )
            )
        texts = [*HARD_TEXTS, *(f"A {kind.value}" for kind in NoteKind)]
        for n, text in enumerate(texts):
            session.add(
                Note(
                    meeting=meeting,
                    item=None if n == 1 else items[n % len(items)],
                    kind=list(NoteKind)[n % len(NoteKind)],
                    text=text,
                    offset_seconds=n * 12.345678,
                    parked=n == 2,
                    created_at=START + timedelta(seconds=n, microseconds=n),
                    updated_at=START + timedelta(seconds=n + 5),
                )
            )
        session.add(Note(meeting=earlier, text="earlier meeting's note"))
        raised = Dispute(
            title="MQL definition: 👍 or not",
            category=DisputeCategory.MQL_DEFINITION,
            raised_by_team=Team.SALES,
            raised_by=raiser,
            sales_position="Too loose\nby far",
            marketing_position="Matches the SLA",
            created_at=START + timedelta(minutes=20),
        )
        settled = Dispute(
            title="Follow-up within 48 h",
            category=DisputeCategory.SALES_FOLLOW_UP,
            raised_by_team=Team.MARKETING,
            status=DisputeStatus.RESOLVED,
            resolution="Sales calls within 24 h",
            created_at=START - timedelta(days=7),
            resolved_at=START + timedelta(minutes=25),
        )
        session.add_all([raised, settled])
        session.add_all(
            [
                DisputeMeeting(
                    dispute=raised,
                    meeting=meeting,
                    role=DisputeRole.RAISED,
                    status_after=DisputeStatus.OPEN,
                ),
                DisputeMeeting(
                    dispute=settled,
                    meeting=earlier,
                    role=DisputeRole.RAISED,
                    status_after=DisputeStatus.OPEN,
                ),
                DisputeMeeting(
                    dispute=settled,
                    meeting=meeting,
                    role=DisputeRole.SETTLED,
                    status_after=DisputeStatus.RESOLVED,
                ),
            ]
        )
        session.add_all(
            [
                ActionItem(
                    text="Send the new MQL sheet",
                    owner=owner,
                    team=Team.MARKETING,
                    due_date=date(2026, 3, 9),
                    created_meeting=meeting,
                    created_at=START + timedelta(minutes=36),
                ),
                ActionItem(
                    text="Call back the 12 stale leads",
                    owner=sales,
                    team=Team.SALES,
                    status=ActionStatus.DONE,
                    created_meeting=earlier,
                    closed_meeting=meeting,
                    created_at=START - timedelta(days=7),
                    closed_at=START + timedelta(minutes=3),
                ),
                ActionItem(
                    text="Drop the webinar idea",
                    status=ActionStatus.DROPPED,
                    created_meeting=meeting,
                    closed_meeting=meeting,
                    created_at=START + timedelta(minutes=37),
                    closed_at=START + timedelta(minutes=37, seconds=30),
                ),
                ActionItem(text="Still open from last week", created_meeting=earlier),
            ]
        )
        mqls = SLAGoal(
            key="mqls",
            name="MQLs delivered",
            team=Team.MARKETING,
            unit=GoalUnit.COUNT,
            direction=Direction.HIGHER_IS_BETTER,
            period=Period.WEEK,
            targets=[
                GoalTarget(target=120, effective_from=date(2026, 1, 1)),
                GoalTarget(target=150.5, effective_from=date(2026, 3, 1)),
            ],
        )
        response = SLAGoal(
            key="response_hours",
            name="Hours to first call",
            unit=GoalUnit.HOURS,
            direction=Direction.LOWER_IS_BETTER,
            period=Period.MONTH,
            targets=[GoalTarget(target=24, effective_from=date(2025, 12, 1))],
        )
        session.add_all([mqls, response])
        session.add_all(
            [
                MetricValue(
                    meeting=meeting,
                    goal=response,
                    value=30.25,
                    period_label="2026-02",
                    entered_at=START + timedelta(minutes=10),
                ),
                MetricValue(
                    meeting=meeting,
                    goal=mqls,
                    value=0.1 + 0.2,
                    period_label="W09",
                    entered_at=START + timedelta(minutes=9),
                ),
                MetricValue(meeting=earlier, goal=mqls, value=99, period_label="W08"),
            ]
        )
        session.flush()
        session.add_all(
            [
                AlignmentBaseline(
                    meeting_id=meeting.id,
                    taken_at=START + timedelta(minutes=38),
                    answers={"shared_goals": 4, "notes": "better ✅", "list": [1, 2.5, None]},
                ),
                AlignmentBaseline(meeting_id=earlier.id, answers={"shared_goals": 2}),
            ]
        )
        return meeting.id


def _without_stamp(doc: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in doc.items() if key != "exported_at"}


def _as_version_1(doc: dict[str, Any]) -> dict[str, Any]:
    """The document as format version 1 wrote it: no uuids."""
    old = copy.deepcopy(doc)
    old["version"] = 1
    for entry in (old["meeting"], *old["disputes"], *old["action_items"]):
        del entry["uuid"]
    return old


def _row_counts(db: Database) -> dict[str, int]:
    with db.read() as session:
        return {
            table.name: session.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
        }


def _keys(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for key, inner in value.items():
            yield key
            yield from _keys(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _keys(inner)


def test_export_holds_the_whole_meeting_and_no_database_ids(db: Database) -> None:
    meeting_id = _fill(db)
    doc = export_meeting(db, meeting_id)

    assert doc["format"] == FORMAT
    assert doc["version"] == FORMAT_VERSION
    assert doc["meeting"]["scheduled_at"] == "2026-03-02T16:00:00.123456+00:00"
    assert doc["meeting"]["series"] == {
        "name": "Weekly smarketing",
        "kind": "weekly",
        "frequency": "weekly",
    }
    names = [person["name"] for person in doc["people"]]
    assert "Not Involved" not in names
    assert names.count("Alex") == 2
    assert len(doc["people"]) == 8
    assert len(doc["agenda"]) == len(builtin_template("weekly").plan.items)
    assert len(doc["attendance"]) == 6
    assert [event["seq"] for event in doc["run_events"]] == list(range(7))
    assert [note["text"] for note in doc["notes"]][: len(HARD_TEXTS)] == list(HARD_TEXTS)
    assert {note["kind"] for note in doc["notes"]} == {kind.value for kind in NoteKind}
    assert doc["notes"][1]["item_position"] is None
    assert "earlier meeting's note" not in [note["text"] for note in doc["notes"]]
    assert [(d["meeting_role"], d["status_after_meeting"]) for d in doc["disputes"]] == [
        ("raised", "open"),
        ("settled", "resolved"),
    ]
    flags = [(a["created_in_meeting"], a["closed_in_meeting"]) for a in doc["action_items"]]
    assert flags == [(True, False), (False, True), (True, True)]
    assert [metric["goal"]["key"] for metric in doc["metrics"]] == ["mqls", "response_hours"]
    assert doc["metrics"][0]["goal"]["targets"] == [
        {"target": 120.0, "effective_from": "2026-01-01"},
        {"target": 150.5, "effective_from": "2026-03-01"},
    ]
    assert doc["metrics"][0]["value"] == 0.1 + 0.2
    assert doc["baselines"] == [
        {
            "taken_at": "2026-03-02T16:38:00.123456+00:00",
            "answers": {"shared_goals": 4, "notes": "better ✅", "list": [1, 2.5, None]},
        }
    ]
    assert not [key for key in _keys(doc) if key == "id" or key.endswith("_id")]


def test_export_of_an_unknown_meeting_raises_meeting_not_found(db: Database) -> None:
    with pytest.raises(MeetingNotFound):
        export_meeting(db, 404)


def test_export_import_into_an_empty_database_export_again_gives_the_same_document(
    db: Database, other_db: Database
) -> None:
    first = export_meeting(db, _fill(db))
    new_id = import_meeting(other_db, copy.deepcopy(first))
    second = export_meeting(other_db, new_id)
    assert _without_stamp(second) == _without_stamp(first)
    assert dumps(_without_stamp(second)) == dumps(_without_stamp(first))


def test_round_trip_through_a_file(db: Database, other_db: Database, tmp_path: Path) -> None:
    first = export_meeting(db, _fill(db))
    path = tmp_path / "meeting.json"
    path.write_text(dumps(first), encoding="utf-8")
    read = read_document(path)
    assert read == first
    second = export_meeting(other_db, import_meeting(other_db, read))
    assert _without_stamp(second) == _without_stamp(first)


def test_dumps_is_readable_unicode_and_stable(db: Database) -> None:
    doc = export_meeting(db, _fill(db))
    text = dumps(doc)
    assert "🎉" in text and "线索质量" in text
    assert text.endswith("}\n")
    assert dumps(json.loads(text)) == text


def test_a_version_1_document_in_the_same_database_reuses_people_goals_and_series_and_copies(
    db: Database,
) -> None:
    """Without uuids nothing tells the meeting, its disputes and action items apart: copies."""
    meeting_id = _fill(db)
    doc = _as_version_1(export_meeting(db, meeting_id))
    before = _row_counts(db)
    new_id = import_meeting(db, doc)
    after = _row_counts(db)

    assert new_id != meeting_id
    without_email = sum(1 for person in doc["people"] if person["email"] is None)
    assert after["people"] - before["people"] == without_email
    assert after["series"] == before["series"]
    assert after["sla_goals"] == before["sla_goals"]
    assert after["goal_targets"] == before["goal_targets"]
    assert after["disputes"] - before["disputes"] == len(doc["disputes"])
    assert after["action_items"] - before["action_items"] == len(doc["action_items"])
    assert _without_stamp(_as_version_1(export_meeting(db, new_id))) == _without_stamp(doc)


def test_import_adds_only_the_targets_a_known_goal_lacks(db: Database, other_db: Database) -> None:
    doc = export_meeting(db, _fill(db))
    with other_db.write() as session:
        session.add(
            SLAGoal(
                key="mqls",
                name="Local name wins",
                unit=GoalUnit.COUNT,
                direction=Direction.HIGHER_IS_BETTER,
                period=Period.WEEK,
                targets=[GoalTarget(target=100, effective_from=date(2026, 1, 1))],
            )
        )
    import_meeting(other_db, doc)
    with other_db.read() as session:
        goal = session.scalars(select(SLAGoal).where(SLAGoal.key == "mqls")).one()
        assert goal.name == "Local name wins"
        assert [(t.effective_from, t.target) for t in goal.targets] == [
            (date(2026, 1, 1), 100.0),
            (date(2026, 3, 1), 150.5),
        ]


def test_instants_with_any_offset_are_stored_as_the_same_instant(
    db: Database, other_db: Database
) -> None:
    doc = export_meeting(db, _fill(db))
    doc["meeting"]["scheduled_at"] = "2026-03-02T18:00:00.000001+02:00"
    new_id = import_meeting(other_db, doc)
    again = export_meeting(other_db, new_id)
    assert again["meeting"]["scheduled_at"] == "2026-03-02T16:00:00.000001+00:00"


def test_a_plan_problem_refuses_the_import(
    db: Database, other_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = export_meeting(db, _fill(db))

    class Problem:
        message = "the agenda runs 5 min over the cap"

    monkeypatch.setattr(agenda, "check_plan", lambda plan, **_: [Problem()])
    before = _row_counts(other_db)
    with pytest.raises(ExchangeError) as caught:
        import_meeting(other_db, doc, source="meeting.json")
    assert str(caught.value) == "meeting.json: the agenda runs 5 min over the cap"
    assert _row_counts(other_db) == before


def test_a_failure_while_writing_writes_nothing(
    db: Database, other_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = export_meeting(db, _fill(db))

    def refuse(**_: Any) -> None:
        raise IntegrityError("INSERT", {}, Exception("CHECK constraint failed\nsecond line"))

    monkeypatch.setattr(exchange, "AlignmentBaseline", refuse)
    before = _row_counts(other_db)
    with pytest.raises(ExchangeError) as caught:
        import_meeting(other_db, doc)
    assert str(caught.value) == "the database refused it (CHECK constraint failed)"
    assert _row_counts(other_db) == before


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """An edit of the document at a dotted path (list indexes as numbers); a None path removes."""

    def edit(doc: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = doc
        for part in parents:
            target = target[int(part)] if isinstance(target, list) else target[part]
        key: Any = int(last) if isinstance(target, list) else last
        if value is _REMOVE:
            del target[key]
        else:
            target[key] = value

    return edit


_REMOVE = object()


def _presenter_twice(doc: dict[str, Any]) -> None:
    doc["agenda"][2]["presenter"] = doc["agenda"][1]["presenter"]


def _dispute_uuid_twice(doc: dict[str, Any]) -> None:
    doc["disputes"][1]["uuid"] = doc["disputes"][0]["uuid"]


BAD_EDITS = [
    ("format", _set("format", "something.else"), "is not a Facilitator meeting export"),
    ("no format", _set("format", _REMOVE), "has no format field"),
    ("newer version", _set("version", FORMAT_VERSION + 1), "newer Facilitator"),
    ("version text", _set("version", "1"), "version must be a positive whole number"),
    ("missing meeting", _set("meeting", _REMOVE), "meeting is missing"),
    ("missing title", _set("meeting.title", _REMOVE), "meeting: title is missing"),
    ("missing list", _set("notes", _REMOVE), "notes is missing"),
    (
        "negative duration",
        _set("agenda.2.planned_seconds", -60),
        "agenda item 3: planned_seconds must be a positive whole number",
    ),
    ("zero duration", _set("agenda.0.planned_seconds", 0), "positive whole number"),
    ("float duration", _set("agenda.0.planned_seconds", 60.5), "positive whole number"),
    ("cap over an hour", _set("meeting.cap_seconds", 3601), "cap_seconds must be at most 3600"),
    ("bad enum", _set("meeting.kind", "daily"), "kind must be one of: weekly,"),
    ("naive instant", _set("meeting.scheduled_at", "2026-03-02T16:00:00"), "UTC offset"),
    ("bad date", _set("action_items.0.due_date", "next week"), "due_date must be a date"),
    ("unknown ref", _set("agenda.1.presenter", "p99"), "refers to 'p99', who is not in people"),
    ("null attendee", _set("attendance.0.person", None), "person must be a non-empty string"),
    ("duplicate position", _set("agenda.1.position", 0), "position 0 is used twice"),
    ("duplicate ref", _set("people.1.ref", "p1"), "ref 'p1' is used twice"),
    ("duplicate email", _set("people.1.email", "mia@example.com"), "given to two people"),
    ("bad item position", _set("notes.0.item_position", 42), "item_position 42 is not"),
    ("unknown field", _set("meeting.colour", "red"), "meeting: unknown field 'colour'"),
    ("lone surrogate", _set("notes.0.text", "a\ud800b"), "lone surrogate"),
    ("text is a number", _set("notes.0.text", 5), "note 1: text must be a string"),
    ("bool as number", _set("run_events.0.monotonic", True), "monotonic must be a number"),
    ("not an object", _set("agenda.0", []), "agenda item 1 must be an object"),
    ("not a list", _set("people", {}), "people must be a list"),
    (
        "orphan action",
        _set("action_items.0.created_in_meeting", False),
        "created_in_meeting or closed_in_meeting must be true",
    ),
    (
        "duplicate target",
        _set("metrics.0.goal.targets.1.effective_from", "2026-01-01"),
        "metric 1 goal target 2: effective_from",
    ),
    ("answers not object", _set("baselines.0.answers", [1]), "answers must be an object"),
    ("weekly cap", _set("meeting.cap_seconds", 3000), "A weekly meeting's cap lies between"),
    ("over the cap", _set("agenda.1.planned_seconds", 1500), "over the 40:00 cap"),
    ("blank item title", _set("agenda.0.title", "  "), "Item 1 needs a title."),
    ("one presenter twice", _presenter_twice, "presents both item 2 and item 3"),
    ("bad uuid", _set("meeting.uuid", "meeting-1"), "meeting: uuid must be a UUID in lowercase"),
    (
        "upper-case uuid",
        _set("disputes.0.uuid", "6F1C0B6E-3A8D-4F5E-9B1A-2D7C4E8F9A01"),
        "dispute 1: uuid must be a UUID",
    ),
    ("missing uuid", _set("action_items.0.uuid", _REMOVE), "action item 1: uuid is missing"),
    ("uuid twice", _dispute_uuid_twice, "dispute 2: uuid '"),
    ("uuid in version 1", _set("version", 1), "meeting: unknown field 'uuid'"),
]

# What a JSON Schema cannot say: references, uniqueness and the cap rules of
# facilitator.rules.agenda.
SCHEMA_BLIND = {
    "unknown ref",
    "duplicate position",
    "duplicate ref",
    "duplicate email",
    "bad item position",
    "lone surrogate",
    "orphan action",
    "duplicate target",
    "weekly cap",
    "over the cap",
    "blank item title",
    "one presenter twice",
    "uuid twice",
}


@pytest.mark.parametrize(("name", "edit", "expected"), BAD_EDITS, ids=[b[0] for b in BAD_EDITS])
def test_a_bad_document_is_refused_in_one_line_and_writes_nothing(
    db: Database,
    other_db: Database,
    tmp_path: Path,
    name: str,
    edit: Callable[[dict[str, Any]], None],
    expected: str,
) -> None:
    doc = export_meeting(db, _fill(db))
    edit(doc)
    path = tmp_path / "meeting.json"
    path.write_text(json.dumps(doc, ensure_ascii=True), encoding="utf-8")

    with pytest.raises(ExchangeError) as from_file:
        read_document(path)
    message = str(from_file.value)
    assert message.startswith(f"{path}: ")
    assert expected in message
    assert "\n" not in message and "\r" not in message

    before = _row_counts(other_db)
    with pytest.raises(ExchangeError) as from_dict:
        import_meeting(other_db, doc)
    assert expected in str(from_dict.value)
    assert _row_counts(other_db) == before


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is not valid JSON (Expecting value at line 1, column 1)"),
        (b"{not json", "is not valid JSON"),
        (b"\xff\xfe{}", "is not UTF-8 text"),
        (b"[1, 2]", "is not a Facilitator meeting export (not a JSON object)"),
        (b'{"format": "facilitator.meeting", "format": "x"}', "appears twice"),
        (b'{"a": NaN}', "NaN is not a JSON number"),
        (b"[" * 100_000 + b"]" * 100_000, "is not valid JSON"),
        (b'{"format": "facilitator.meeting", "version": 99}', "format version 99"),
    ],
)
def test_an_unreadable_file_is_refused_in_one_line(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(ExchangeError) as caught:
        read_document(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert expected in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_missing_file_or_a_folder_is_refused_in_one_line(tmp_path: Path) -> None:
    refusals = {
        tmp_path / "absent.json": "cannot be read (No such file or directory)",
        tmp_path: "is a folder, not a file to import",
    }
    for path, why in refusals.items():
        with pytest.raises(ExchangeError) as caught:
            read_document(path)
        assert str(caught.value) == f"{path}: {why}"


def test_exchange_error_is_always_one_line() -> None:
    assert str(ExchangeError("a\nb\r\nc\u2028d")) == "a b c d"


# The schema, checked without a JSON Schema library: the subset docs/exchange.schema.json uses.


def _schema_errors(value: Any, schema: dict[str, Any], root: dict[str, Any], at: str) -> list[str]:
    if "$ref" in schema:
        name = schema["$ref"].removeprefix("#/$defs/")
        return _schema_errors(value, root["$defs"][name], root, at)
    if "oneOf" in schema:
        fits = [s for s in schema["oneOf"] if not _schema_errors(value, s, root, at)]
        return [] if len(fits) == 1 else [f"{at}: fits {len(fits)} of oneOf"]
    errors: list[str] = []
    types = schema.get("type")
    if types is not None:
        allowed = types if isinstance(types, list) else [types]
        checks = {
            "object": lambda v: isinstance(v, dict),
            "array": lambda v: isinstance(v, list),
            "string": lambda v: isinstance(v, str),
            "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
            "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
            "boolean": lambda v: isinstance(v, bool),
            "null": lambda v: v is None,
        }
        if not any(checks[t](value) for t in allowed):
            return [f"{at}: {value!r} is not {allowed}"]
    if "const" in schema and value != schema["const"]:
        errors.append(f"{at}: {value!r} is not {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{at}: {value!r} not in enum")
    if isinstance(value, int | float) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            errors.append(f"{at}: below minimum")
        if "maximum" in schema and value > schema["maximum"]:
            errors.append(f"{at}: above maximum")
    if isinstance(value, str) and "pattern" in schema and not re.search(schema["pattern"], value):
        errors.append(f"{at}: {value!r} does not match {schema['pattern']}")
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        for key in schema.get("required", []):
            if key not in value:
                errors.append(f"{at}: {key} missing")
        for key, inner in value.items():
            if key in properties:
                errors.extend(_schema_errors(inner, properties[key], root, f"{at}.{key}"))
            elif schema.get("additionalProperties") is False:
                errors.append(f"{at}: {key} not allowed")
    if isinstance(value, list) and "items" in schema:
        for n, inner in enumerate(value):
            errors.extend(_schema_errors(inner, schema["items"], root, f"{at}[{n}]"))
    return errors


def test_exported_documents_fit_the_published_schema(db: Database) -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    doc = export_meeting(db, _fill(db))
    assert _schema_errors(doc, schema, schema, "$") == []
    for name, edit, _ in BAD_EDITS:
        if name in SCHEMA_BLIND:
            continue
        broken = copy.deepcopy(doc)
        edit(broken)
        assert _schema_errors(broken, schema, schema, "$"), name


def test_the_schema_lists_every_field_and_word_the_code_knows(db: Database) -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    doc = export_meeting(db, _fill(db))
    assert set(schema["required"]) == set(doc)
    defs = schema["$defs"]
    for name, sample in [
        ("meeting", doc["meeting"]),
        ("person", doc["people"][0]),
        ("agenda_item", doc["agenda"][0]),
        ("attendance", doc["attendance"][0]),
        ("run_event", doc["run_events"][0]),
        ("note", doc["notes"][0]),
        ("dispute", doc["disputes"][0]),
        ("action_item", doc["action_items"][0]),
        ("metric", doc["metrics"][0]),
        ("goal", doc["metrics"][0]["goal"]),
        ("baseline", doc["baselines"][0]),
    ]:
        assert set(defs[name]["required"]) == set(sample), name
        assert set(defs[name]["properties"]) == set(sample), name
    for vocabulary in (Team, MeetingKind, MeetingStatus, NoteKind, DisputeCategory):
        assert [m.value for m in vocabulary] in _enums(schema), vocabulary.__name__


def _enums(value: Any) -> list[list[str]]:
    if isinstance(value, dict):
        found = [value["enum"]] if "enum" in value else []
        return found + [e for inner in value.values() for e in _enums(inner)]
    if isinstance(value, list):
        return [e for inner in value for e in _enums(inner)]
    return []


# Any text survives export and import unchanged.


def _meeting_with_note(db: Database, text: str) -> int:
    with db.write() as session:
        meeting = Meeting(kind=MeetingKind.OTHER, title=text, scheduled_at=START, cap_seconds=1800)
        item = AgendaItem(
            meeting=meeting,
            position=0,
            title="Discussion",
            kind=ItemKind.DISCUSSION,
            planned_seconds=600,
            description=text,
        )
        session.add_all([meeting, item, Note(meeting=meeting, item=item, text=text)])
        session.flush()
        return meeting.id


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=st.text(
        alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
    ).filter(str.strip)
)
def test_any_note_text_survives_export_and_import(db: Database, text: str) -> None:
    first = export_meeting(db, _meeting_with_note(db, text))
    with tempfile.TemporaryDirectory() as folder:
        target = open_database(Path(folder) / "target.sqlite")
        try:
            again = json.loads(dumps(first))
            second = export_meeting(target, import_meeting(target, again))
        finally:
            target.close()
    assert second["notes"][0]["text"] == text
    assert second["meeting"]["title"] == text
    assert _without_stamp(second) == _without_stamp(first)


def test_the_example_in_the_documentation_is_a_valid_document(db: Database, tmp_path: Path) -> None:
    page = (Path(__file__).parents[1] / "docs" / "exchange.md").read_text(encoding="utf-8")
    example = page.split("```json\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "example.json"
    path.write_text(example, encoding="utf-8")
    doc = read_document(path)
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert _schema_errors(doc, schema, schema, "$") == []
    again = export_meeting(db, import_meeting(db, doc))
    assert _without_stamp(again) == _without_stamp(doc)
