"""Types and constraints mean the same on SQLite and on PostgreSQL: a String over its length is
refused (SQLite by migration 0007's triggers, PostgreSQL by varchar(n)), instants come back as
the aware UTC moment stored whatever zone they were given in, CHECKs and foreign keys hold with
the same ON DELETE, booleans and enums come back as they went in. Every test runs on both
engines whatever --postgres says; the record layer's own checks come first, with a message."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import delete, select, update
from sqlalchemy.exc import DataError, IntegrityError

from facilitator.formats.exchange import ExchangeError, export_meeting, import_meeting
from facilitator.record.action_items import add_action_item
from facilitator.record.disputes import DisputeRefused, open_dispute
from facilitator.record.meetings import create_meeting, load_meeting
from facilitator.record.notes import add_note
from facilitator.record.people import PersonInput, PersonRefused, add_person
from facilitator.record.templates import builtin_template
from facilitator.storage.database import Database, open_database
from facilitator.storage.models import ActionItem, AgendaItem, Meeting, Note, Person
from facilitator.vocabulary import DisputeCategory, ItemKind, NoteKind, Team

MONDAY = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
TOO_LONG = {"sqlite": IntegrityError, "postgresql": DataError}
"""What each engine raises for a String over its length."""


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """The test's database on each engine in turn (PostgreSQL skipped without a server)."""
    if request.param == "sqlite":
        database = open_database(tmp_path / "types.sqlite")
    else:
        database = open_database(request.getfixturevalue("server_database")())
    yield database
    database.close()


def _meeting(db: Database, scheduled_at: datetime = MONDAY) -> int:
    return create_meeting(
        db, builtin_template("weekly").plan, title="Weekly", scheduled_at=scheduled_at
    )


def _refused_by_the_database(db: Database, statement: object) -> None:
    """The statement, run past the record layer's checks, is refused by the engine itself."""
    with pytest.raises(TOO_LONG[db.engine.dialect.name]), db.sessions() as session:
        session.execute(statement)
        session.commit()


@pytest.mark.parametrize(
    ("column", "length"), [(Person.name, 200), (Person.email, 320), (Person.role, 200)]
)
def test_a_string_over_its_length_is_refused_on_insert_and_update(
    db: Database, column: object, length: int
) -> None:
    person_id = add_person(db, PersonInput("Dana Kim", "dana@example.com", Team.SALES))
    fitting = "x" * (length - 12) + "@example.com"
    with db.write() as session:
        session.execute(update(Person).where(Person.id == person_id).values({column: fitting}))
    _refused_by_the_database(
        db, update(Person).where(Person.id == person_id).values({column: fitting + "é"})
    )
    row = {"name": "Max", "email": "max@example.com", "team": Team.MARKETING, "role": ""}
    _refused_by_the_database(
        db, Person.__table__.insert().values({**row, column.key: "é" * (length + 1)})
    )
    with db.read() as session:
        assert session.get(Person, person_id).__dict__[column.key] == fitting
        assert session.scalar(select(Person.id).where(Person.name == "Max")) is None


def test_the_record_layer_refuses_long_titles_and_names_first(db: Database) -> None:
    with pytest.raises(PersonRefused, match="201 characters; the most is 200"):
        add_person(db, PersonInput("n" * 201, "long@example.com", Team.SALES))
    with pytest.raises(ValueError, match="201 characters; at most 200"):
        create_meeting(db, builtin_template("weekly").plan, title="t" * 201, scheduled_at=MONDAY)
    meeting_id = _meeting(db)
    with pytest.raises(DisputeRefused, match="at most 300"):
        open_dispute(
            db, meeting_id, title="d" * 301, category=DisputeCategory.SLA_TERMS,
            raised_by_team=Team.SALES,
        )
    _refused_by_the_database(
        db, update(Meeting).where(Meeting.id == meeting_id).values(title="t" * 201)
    )


def test_an_imported_title_over_its_length_is_refused_in_one_line(db: Database) -> None:
    """The import checks no lengths itself: the engine's refusal, IntegrityError or DataError,
    becomes the import's message on both."""
    doc = export_meeting(db, _meeting(db))
    doc["meeting"] |= {"title": "x" * 201, "uuid": "00000000-0000-4000-8000-000000000001"}
    with pytest.raises(ExchangeError, match=r"the database refused it \(value too long"):
        import_meeting(db, doc)
    with db.read() as session:
        assert session.scalars(select(Meeting.title)).all() == ["Weekly"]


@pytest.mark.parametrize(
    "zone", [UTC, timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-8))]
)
def test_an_instant_comes_back_as_the_same_moment_in_utc(db: Database, zone: timezone) -> None:
    given = datetime(2026, 3, 29, 1, 30, 15, 123456, tzinfo=zone)
    meeting_id = _meeting(db, given)
    with db.read() as session:
        stored = session.get(Meeting, meeting_id).scheduled_at
        raw = session.execute(
            select(Meeting.__table__.c.scheduled_at).where(Meeting.id == meeting_id)
        ).scalar_one()
    assert stored == given
    assert stored.tzinfo is UTC
    assert stored.isoformat() == given.astimezone(UTC).isoformat()
    assert raw.tzinfo is UTC


@pytest.mark.parametrize("cap", [0, 3601])
def test_a_meeting_cap_outside_an_hour_is_refused(db: Database, cap: int) -> None:
    meeting_id = _meeting(db)
    with db.write() as session:
        session.execute(update(Meeting).where(Meeting.id == meeting_id).values(cap_seconds=3600))
    with pytest.raises(IntegrityError), db.sessions() as session:
        session.execute(update(Meeting).where(Meeting.id == meeting_id).values(cap_seconds=cap))
        session.commit()
    with db.read() as session:
        assert session.get(Meeting, meeting_id).cap_seconds == 3600


def test_a_foreign_key_to_nothing_is_refused(db: Database) -> None:
    meeting_id = _meeting(db)
    add_note(db, meeting_id, None, NoteKind.NOTE, "kept", 1)
    with pytest.raises(IntegrityError), db.sessions() as session:
        session.execute(update(Note).values(meeting_id=meeting_id + 1000))
        session.commit()
    with db.read() as session:
        assert session.scalars(select(Note.meeting_id)).all() == [meeting_id]


def test_deletes_cascade_and_set_null_alike(db: Database) -> None:
    kept, gone = _meeting(db), _meeting(db, MONDAY + timedelta(weeks=1))
    item = next(i.id for i in load_meeting(db, kept).items if i.kind is ItemKind.PRESENTATION)
    filed = add_note(db, kept, item, NoteKind.NOTE, "under an item", 1)
    add_note(db, gone, None, NoteKind.NOTE, "goes with its meeting", 1)
    action = add_action_item(db, gone, text="outlives its meeting")
    with db.write() as session:
        session.execute(delete(AgendaItem.__table__).where(AgendaItem.id == item))
        session.execute(delete(Meeting.__table__).where(Meeting.id == gone))
    with db.read() as session:
        assert session.execute(select(Note.id, Note.item_id)).all() == [(filed, None)]
        assert session.scalar(select(AgendaItem.id).where(AgendaItem.meeting_id == gone)) is None
        row = session.get(ActionItem, action)
        assert (row.text, row.created_meeting_id) == ("outlives its meeting", None)


def test_booleans_and_enums_come_back_as_they_went_in(db: Database) -> None:
    person_id = add_person(db, PersonInput("Nia", "nia@example.com", Team.CUSTOMER_SERVICE))
    meeting_id = _meeting(db)
    note_id = add_note(db, meeting_id, None, NoteKind.DECISION, "decided", 1)
    with db.write() as session:
        person = session.get(Person, person_id)
        person.active, person.guest = False, True
        session.get(Note, note_id).parked = True
    with db.read() as session:
        person = session.get(Person, person_id)
        note = session.get(Note, note_id)
        values = (person.active, person.guest, person.team, note.kind, note.parked)
    assert values == (False, True, Team.CUSTOMER_SERVICE, NoteKind.DECISION, True)
    assert [type(value) for value in values] == [bool, bool, Team, NoteKind, bool]
