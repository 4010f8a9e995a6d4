"""Import never duplicates: meetings, disputes and action items are found by their uuid.

A small series lives in database A: at the first meeting two disputes are raised and two
action items made; at the second one dispute is settled, one action item is done and a new
one is made; the third is planned. Its meetings travel to B and back as exported files.
"""

from __future__ import annotations

import copy
import sqlite3
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from facilitator.cli import main
from facilitator.formats import exchange
from facilitator.formats.exchange import (
    ExchangeError,
    Outcome,
    dumps,
    export_meeting,
    import_document,
    read_document,
)
from facilitator.record.action_items import add_action_item, set_action_status
from facilitator.record.carry_over import carry_over_into
from facilitator.record.demo import load_demo
from facilitator.record.disputes import mark_discussed, open_dispute, set_dispute_status
from facilitator.record.meetings import create_meeting, list_meetings
from facilitator.record.templates import builtin_template
from facilitator.rules.schedule import create_series
from facilitator.storage.database import (
    APPLICATION_ID,
    MIGRATIONS,
    Database,
    make_engine,
    open_database,
)
from facilitator.storage.models import (
    ActionItem,
    Attendance,
    Base,
    Dispute,
    Meeting,
    Person,
)
from facilitator.vocabulary import (
    ActionStatus,
    AttendanceStatus,
    DisputeCategory,
    DisputeStatus,
    Frequency,
    MeetingKind,
    MeetingStatus,
    Team,
)

ROOT = Path(__file__).resolve().parents[1]
IDENTIFIED = ("meetings", "disputes", "action_items")


@dataclass(frozen=True)
class History:
    db: Database
    first: int
    second: int
    planned: int


def _meeting(db: Database, series_id: int, moderator_id: int, day: int, ended: bool) -> int:
    meeting_id = create_meeting(
        db,
        builtin_template("weekly").plan,
        title=f"Weekly smarketing {day} Nov",
        scheduled_at=datetime(2026, 11, day, 16, 30, tzinfo=UTC),
        moderator_id=moderator_id,
        series_id=series_id,
    )
    if ended:
        with db.write() as session:
            meeting = session.get(Meeting, meeting_id)
            assert meeting is not None
            meeting.status = MeetingStatus.ENDED
            meeting.started_at = meeting.scheduled_at
            meeting.ended_at = meeting.scheduled_at.replace(minute=59)
    return meeting_id


def _fill(db: Database) -> History:
    with db.write() as session:
        moderator = Person(name="Mo Derator", email="mo@example.com", team=Team.LEADERSHIP)
        sam = Person(name="Sam Sales", email="sam@example.com", team=Team.SALES)
        alex = Person(name="Alex", team=Team.PRODUCT)
        session.add_all([moderator, sam, alex])
        session.flush()
        mo_id, sam_id, alex_id = moderator.id, sam.id, alex.id
    series = create_series(db, "Weekly smarketing", MeetingKind.WEEKLY, Frequency.WEEKLY)
    first = _meeting(db, series, mo_id, 9, ended=True)
    second = _meeting(db, series, mo_id, 16, ended=True)
    planned = _meeting(db, series, mo_id, 30, ended=False)
    with db.write() as session:
        session.add_all(
            [
                Attendance(meeting_id=first, person_id=alex_id, status=AttendanceStatus.PRESENT),
                Attendance(meeting_id=first, person_id=sam_id, status=AttendanceStatus.LATE),
            ]
        )
    settled = open_dispute(
        db,
        first,
        title="MQL definition too loose",
        category=DisputeCategory.MQL_DEFINITION,
        raised_by_team=Team.SALES,
        raised_by_id=sam_id,
    )
    still_open = open_dispute(
        db,
        first,
        title="Lead scoring weights",
        category=DisputeCategory.LEAD_SCORING,
        raised_by_team=Team.MARKETING,
    )
    done = add_action_item(db, first, text="Rewrite the MQL sheet", owner_id=alex_id)
    add_action_item(db, first, text="Call back the stale leads", owner_id=sam_id)
    set_dispute_status(
        db, settled, DisputeStatus.RESOLVED, second, resolution="Company email and a role"
    )
    mark_discussed(db, still_open, second)
    set_action_status(db, done, ActionStatus.DONE, second)
    add_action_item(db, second, text="Share the webinar list", team=Team.MARKETING)
    return History(db, first, second, planned)


@pytest.fixture
def history(db: Database) -> History:
    return _fill(db)


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "b.sqlite")
    yield database
    database.close()


def _counts(db: Database) -> dict[str, int]:
    with db.read() as session:
        return {
            table.name: session.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
        }


def _without_stamp(doc: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in doc.items() if key != "exported_at"}


def _export_all(db: Database) -> list[dict[str, Any]]:
    return [export_meeting(db, meeting.id) for meeting in list_meetings(db)]


def _by_uuid(db: Database) -> dict[str, dict[str, Any]]:
    return {doc["meeting"]["uuid"]: _without_stamp(doc) for doc in _export_all(db)}


def _carried(db: Database, meeting_id: int) -> tuple[list[str], list[str]]:
    carried = carry_over_into(db, meeting_id)
    return (
        sorted(action.text for action in carried.action_items),
        sorted(dispute.title for dispute in carried.disputes),
    )


def _planned_in(db: Database) -> int:
    return next(m.id for m in list_meetings(db) if m.status is MeetingStatus.PLANNED)


def test_importing_the_same_file_twice_changes_nothing_the_second_time(
    history: History, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = tmp_path / "first.json"
    a = history.db.location
    b = str(tmp_path / "b.sqlite")
    assert main(["export", str(history.first), "--db", a, "-o", str(exported)]) == 0
    assert main(["import", str(exported), "--db", b]) == 0
    imported = capsys.readouterr().out
    assert imported.splitlines()[-1].startswith("imported meeting ")
    target = open_database(b)
    try:
        after_first = _counts(target)
        assert main(["import", str(exported), "--db", b]) == 0
        out, err = capsys.readouterr()
        assert _counts(target) == after_first
    finally:
        target.close()
    new_id = imported.split()[-1]
    said = f"meeting {new_id} is already in the database; nothing changed (--replace replaces it)"
    assert out == said + "\n"
    assert err == ""


def test_a_to_b_and_back_to_a_changes_no_count(history: History, other: Database) -> None:
    a = history.db
    before = _counts(a)
    for doc in _export_all(a):
        assert import_document(other, doc).outcome is Outcome.ADDED
    in_b = _counts(other)
    for table in ("meetings", "disputes", "action_items", "dispute_meetings", "people", "series"):
        assert in_b[table] == before[table], table
    assert _by_uuid(other) == _by_uuid(a)

    for doc in _export_all(other):
        assert import_document(a, doc).outcome is Outcome.ALREADY_PRESENT
        assert import_document(other, doc).outcome is Outcome.ALREADY_PRESENT
    assert _counts(a) == before
    assert _counts(other) == in_b


def test_a_dispute_or_action_item_already_present_is_linked_not_copied(
    history: History, other: Database
) -> None:
    a = history.db
    import_document(other, export_meeting(a, history.first))
    after_first = _counts(other)
    second = import_document(other, export_meeting(a, history.second))
    after_second = _counts(other)

    assert after_second["disputes"] == after_first["disputes"] == 2
    assert after_second["action_items"] == after_first["action_items"] + 1
    assert after_second["people"] == after_first["people"]
    with other.read() as session:
        done = session.scalars(
            select(ActionItem).where(ActionItem.text == "Rewrite the MQL sheet")
        ).one()
        assert done.closed_meeting_id == second.meeting_id
        assert done.created_meeting_id != second.meeting_id
        settled = session.scalars(select(Dispute).where(Dispute.title.startswith("MQL"))).one()
        assert sorted(link.meeting_id for link in settled.meeting_links)[-1] == second.meeting_id
    assert _without_stamp(export_meeting(other, second.meeting_id)) == _without_stamp(
        export_meeting(a, history.second)
    )


def test_carry_over_never_brings_an_item_twice_whatever_was_imported(
    history: History, other: Database
) -> None:
    a = history.db
    expected = (
        ["Call back the stale leads", "Share the webinar list"],
        ["Lead scoring weights"],
    )
    assert _carried(a, history.planned) == expected
    docs = _export_all(a)
    for doc in [*docs, *docs]:
        import_document(other, copy.deepcopy(doc))
    assert _carried(other, _planned_in(other)) == expected
    for doc in _export_all(other):
        import_document(a, doc)
    assert _carried(a, history.planned) == expected


def test_replace_replaces_the_meeting_in_place(history: History) -> None:
    a = history.db
    doc = export_meeting(a, history.second)
    doc["meeting"]["title"] = "Weekly smarketing, corrected"
    doc["agenda"][0]["title"] = "Open action items (corrected)"
    made_here = next(item for item in doc["action_items"] if item["text"].startswith("Share"))
    doc["action_items"].remove(made_here)
    before = _counts(a)

    replaced = import_document(a, copy.deepcopy(doc), replace=True)

    assert replaced == exchange.Imported(history.second, Outcome.REPLACED)
    assert _without_stamp(export_meeting(a, history.second)) == _without_stamp(doc)
    assert _counts(a) == before
    with a.read() as session:
        kept = session.scalars(select(ActionItem).where(ActionItem.uuid == made_here["uuid"]))
        assert kept.one().created_meeting_id is None


def test_replacing_a_meeting_with_its_own_export_adds_nothing(history: History) -> None:
    a = history.db
    doc = export_meeting(a, history.first)
    assert any(person["email"] is None for person in doc["people"])
    before = _counts(a)
    for _ in range(2):
        assert import_document(a, copy.deepcopy(doc), replace=True).outcome is Outcome.REPLACED
        assert _counts(a) == before
    assert _without_stamp(export_meeting(a, history.first)) == _without_stamp(doc)


def test_a_replace_that_fails_leaves_the_meeting_as_it_was(
    history: History, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = history.db
    doc = export_meeting(a, history.second)
    doc["meeting"]["title"] = "Never saved"

    def refuse(**_: Any) -> None:
        raise IntegrityError("INSERT", {}, Exception("disk says no"))

    monkeypatch.setattr(exchange, "AgendaItem", refuse)
    before = _counts(a)
    with pytest.raises(ExchangeError, match="the database refused it"):
        import_document(a, copy.deepcopy(doc), replace=True)
    assert _counts(a) == before
    again = export_meeting(a, history.second)
    assert again["meeting"]["title"] == "Weekly smarketing 16 Nov"
    doc["meeting"]["title"] = again["meeting"]["title"]
    assert _without_stamp(again) == _without_stamp(doc)


def test_import_replace_on_the_command_line(
    history: History, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = tmp_path / "second.json"
    a = history.db.location
    assert main(["export", str(history.second), "--db", a, "-o", str(exported)]) == 0
    assert main(["import", str(exported), "--db", a, "--replace"]) == 0
    assert capsys.readouterr().out == f"replaced meeting {history.second}\n"


def test_replace_of_a_meeting_not_there_adds_it(history: History, other: Database) -> None:
    doc = export_meeting(history.db, history.first)
    added = import_document(other, doc, replace=True)
    assert added.outcome is Outcome.ADDED
    assert _without_stamp(export_meeting(other, added.meeting_id)) == _without_stamp(doc)


def _as_version_1(doc: dict[str, Any]) -> dict[str, Any]:
    old = copy.deepcopy(doc)
    old["version"] = 1
    for entry in (old["meeting"], *old["disputes"], *old["action_items"]):
        del entry["uuid"]
    return old


def test_a_version_1_file_still_imports_with_fresh_uuids(
    history: History, other: Database, tmp_path: Path
) -> None:
    doc = export_meeting(history.db, history.first)
    path = tmp_path / "old.json"
    path.write_text(dumps(_as_version_1(doc)), encoding="utf-8")

    imported = import_document(other, read_document(path))

    assert imported.outcome is Outcome.ADDED
    again = export_meeting(other, imported.meeting_id)
    fresh = [again["meeting"]["uuid"], *(d["uuid"] for d in again["disputes"])]
    fresh += [a["uuid"] for a in again["action_items"]]
    old = [doc["meeting"]["uuid"], *(d["uuid"] for d in doc["disputes"])]
    old += [a["uuid"] for a in doc["action_items"]]
    assert len(set(fresh)) == len(fresh) and not set(fresh) & set(old)
    assert _as_version_1(again) == {**_as_version_1(doc), "exported_at": again["exported_at"]}


def _uuids(db: Database, table: str) -> list[str]:
    with db.engine.connect() as connection:
        return list(connection.exec_driver_sql(f"SELECT uuid FROM {table}").scalars())


def test_the_demo_and_the_benchmark_generator_give_every_row_its_own_uuid(
    demo: Database, tmp_path: Path
) -> None:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from benchmarks.generator import Sizes, generate_ten_year

    path = generate_ten_year(
        tmp_path / "ten.sqlite", Sizes(meetings=12, notes=60, action_items=40, disputes=10)
    )
    generated = open_database(path)
    try:
        for db in (demo, generated):
            for table in IDENTIFIED:
                uuids = _uuids(db, table)
                assert uuids and len(set(uuids)) == len(uuids), table
                assert all(len(uuid) == 36 for uuid in uuids), table
    finally:
        generated.close()


def _schema(path: Path) -> dict[tuple[str, str], list[str]]:
    """Each table's, index's and trigger's definition, as its sorted lines: a batch rebuild
    may list a table's constraints in another order, which means the same."""
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL"
        ).fetchall()
    finally:
        connection.close()
    return {
        (kind, name): sorted(line.strip().rstrip(",") for line in sql.splitlines())
        for kind, name, sql in rows
    }


def test_an_older_database_gets_a_uuid_for_every_row_and_the_new_schema(
    tmp_path: Path,
) -> None:
    old = tmp_path / "old.sqlite"
    connection = sqlite3.connect(old)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.commit()
    connection.close()
    engine = make_engine(old)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0003")
    finally:
        engine.dispose()
    source = open_database(tmp_path / "source.sqlite")
    load_demo(source)
    source.close()
    connection = sqlite3.connect(old)
    try:
        connection.execute("ATTACH DATABASE ? AS source", (str(tmp_path / "source.sqlite"),))
        made = {row[0] for row in connection.execute("SELECT name FROM main.sqlite_master")}
        older = [t.name for t in Base.metadata.sorted_tables if t.name in made]
        for table in older:
            columns = [
                row[1]
                for row in connection.execute(f"PRAGMA main.table_info({table})")
                if row[1] != "uuid"
            ]
            names = ", ".join(columns)
            connection.execute(
                f"INSERT INTO main.{table} ({names}) SELECT {names} FROM source.{table}"
            )
        connection.commit()
        connection.execute("DETACH DATABASE source")
    finally:
        connection.close()
    with_rows = {table: _count(old, table) for table in older}

    upgraded = open_database(old)
    try:
        for table in IDENTIFIED:
            uuids = _uuids(upgraded, table)
            assert len(uuids) == with_rows[table] > 0
            assert len(set(uuids)) == len(uuids) and all(len(u) == 36 for u in uuids)
        assert import_document(
            upgraded, export_meeting(upgraded, 1)
        ).outcome is Outcome.ALREADY_PRESENT
    finally:
        upgraded.close()
    assert {table: _count(old, table) for table in with_rows} == with_rows
    fresh = open_database(tmp_path / "fresh.sqlite")
    fresh.close()
    assert _schema(old) == _schema(tmp_path / "fresh.sqlite")


def _count(path: Path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()
