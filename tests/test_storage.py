"""The database file: every table round-trips, pragmas hold, and foreign files stay untouched."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from engine_marks import sqlite_only
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import IntegrityError

from facilitator.storage.database import (
    APPLICATION_ID,
    DatabaseRefused,
    backup_copy,
    head_revision,
    open_database,
)
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
    Template,
    TemplateItem,
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

WHEN = datetime(2026, 11, 20, 16, 30, 0, 123456, tzinfo=UTC)


def _fill_every_table(db) -> int:
    with db.write() as s:
        moderator = Person(name="Ana Ruiz", email="ana@example.com", team=Team.PRODUCT, role="PM")
        seller = Person(name="Zoë Lindqvist", email="zoe@example.com", team=Team.SALES, role="AE")
        marketer = Person(name="陈美", email="mei@example.com", team=Team.MARKETING, role="Demand")
        template = Template(
            name="Our weekly",
            kind=MeetingKind.WEEKLY,
            cap_seconds=2400,
            frequency=Frequency.WEEKLY,
            start_time=time(16, 30),
            items=[
                TemplateItem(position=0, title="Intro", kind=ItemKind.REVIEW, planned_seconds=60)
            ],
        )
        series = Series(name="Weekly", kind=MeetingKind.WEEKLY, frequency=Frequency.WEEKLY)
        meeting = Meeting(
            kind=MeetingKind.WEEKLY,
            title="Weekly smarketing",
            scheduled_at=WHEN,
            cap_seconds=2400,
            moderator=moderator,
            series=series,
            status=MeetingStatus.ENDED,
            started_at=WHEN,
            ended_at=WHEN,
        )
        item = AgendaItem(
            position=0,
            title="Sales update",
            kind=ItemKind.PRESENTATION,
            planned_seconds=720,
            presenter_team=Team.SALES,
            presenter=seller,
            actual_start=WHEN,
            actual_end=WHEN,
        )
        meeting.items.append(item)
        meeting.attendance.append(Attendance(person=seller, status=AttendanceStatus.LATE))
        meeting.run_events.append(
            RunEvent(seq=0, kind=RunEventKind.START, at=WHEN, monotonic=12.5, seconds=0)
        )
        meeting.notes.append(
            Note(item=item, kind=NoteKind.DECISION, text="MQL ≥ 60 ✅", offset_seconds=61.5)
        )
        dispute = Dispute(
            title="Lead quality from webinars",
            category=DisputeCategory.LEAD_QUALITY,
            raised_by_team=Team.SALES,
            raised_by=seller,
            sales_position="Too junior",
            marketing_position="Right accounts",
        )
        dispute.meeting_links.append(
            DisputeMeeting(
                meeting=meeting, role=DisputeRole.RAISED, status_after=DisputeStatus.OPEN
            )
        )
        action = ActionItem(
            text="Share webinar list",
            owner=marketer,
            team=Team.MARKETING,
            due_date=date(2026, 11, 27),
            created_meeting=meeting,
        )
        goal = SLAGoal(
            key="mqls",
            name="MQLs delivered",
            team=Team.MARKETING,
            unit=GoalUnit.COUNT,
            direction=Direction.HIGHER_IS_BETTER,
            period=Period.MONTH,
            targets=[GoalTarget(target=400, effective_from=date(2026, 1, 1))],
        )
        meeting.metric_values.append(MetricValue(goal=goal, value=380, period_label="2026-11"))
        baseline = AlignmentBaseline(meeting_id=None, answers={"constructive": 3})
        s.add_all([template, meeting, dispute, action, baseline])
        s.flush()
        return meeting.id


def test_every_table_round_trips(db, db_path):
    meeting_id = _fill_every_table(db)
    db.close()
    reopened = open_database(db_path)
    try:
        with reopened.read() as s:
            meeting = s.get(Meeting, meeting_id)
            assert meeting is not None
            assert meeting.scheduled_at == WHEN
            assert meeting.moderator.name == "Ana Ruiz"
            assert meeting.series.frequency is Frequency.WEEKLY
            assert meeting.items[0].presenter.name == "Zoë Lindqvist"
            assert meeting.attendance[0].status is AttendanceStatus.LATE
            assert meeting.run_events[0].monotonic == 12.5
            assert meeting.notes[0].text == "MQL ≥ 60 ✅"
            assert meeting.notes[0].item.title == "Sales update"
            assert meeting.dispute_links[0].dispute.marketing_position == "Right accounts"
            assert meeting.metric_values[0].goal.targets[0].target == 400
            action = s.scalars(select(ActionItem)).one()
            assert action.owner.name == "陈美"
            assert action.status is ActionStatus.OPEN
            assert action.due_date == date(2026, 11, 27)
            template = s.scalars(select(Template)).one()
            assert template.start_time == time(16, 30)
            assert template.items[0].title == "Intro"
            assert s.scalars(select(AlignmentBaseline)).one().answers == {"constructive": 3}
    finally:
        reopened.close()


def test_migrations_build_the_models_schema_from_an_empty_file(db):
    with db.engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert set(Base.metadata.tables) <= tables
    assert version == head_revision()


@sqlite_only("pragmas are SQLite's")
def test_pragmas_hold_on_every_connection(db):
    with db.engine.connect() as connection:

        def pragma(name: str):
            return connection.exec_driver_sql(f"PRAGMA {name}").scalar()

        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") >= 5000
        assert pragma("application_id") == APPLICATION_ID


def test_a_child_row_without_its_parent_is_refused(db):
    with pytest.raises(IntegrityError), db.write() as s:
        s.add(
            AgendaItem(
                meeting_id=999, position=0, title="Orphan", kind=ItemKind.REVIEW, planned_seconds=60
            )
        )


def _unrelated_sqlite(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE songs (title TEXT)")
    connection.execute("INSERT INTO songs VALUES ('Blue in Green')")
    connection.commit()
    connection.close()


def _newer_facilitator(path: Path) -> None:
    database = open_database(path)
    database.close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.close()


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda p: p.write_bytes(os.urandom(4096)), "not a Facilitator database"),
        (lambda p: p.write_bytes(b""), "empty file"),
        (_unrelated_sqlite, "another program"),
        (_newer_facilitator, "newer Facilitator"),
    ],
    ids=["random-bytes", "empty", "unrelated-sqlite", "newer-schema"],
)
def test_a_foreign_file_is_refused_and_left_untouched(tmp_path, make, expected):
    path = tmp_path / "suspect.sqlite"
    make(path)
    before = path.read_bytes()
    with pytest.raises(DatabaseRefused) as refusal:
        open_database(path)
    message = str(refusal.value)
    assert expected in message
    assert "\n" not in message
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()


def test_a_folder_that_cannot_be_written_is_refused(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(DatabaseRefused) as refusal:
        open_database(blocker / "facilitator.sqlite")
    assert "cannot be written" in str(refusal.value)
    assert blocker.read_text() == "a file where a folder should be"


def test_a_folder_given_as_the_database_is_refused(tmp_path):
    with pytest.raises(DatabaseRefused, match="is a folder"):
        open_database(tmp_path)


def test_reopening_keeps_data_and_makes_no_backup(db, db_path):
    _fill_every_table(db)
    db.close()
    again = open_database(db_path)
    again.close()
    assert again.backup is None


def test_a_backup_copy_is_a_sound_database(db, db_path):
    _fill_every_table(db)
    copy = backup_copy(db_path, "manual")
    connection = sqlite3.connect(copy)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("SELECT count(*) FROM meetings").fetchone()[0] == 1
    finally:
        connection.close()


def test_the_migrations_match_the_models(db):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from facilitator.storage.migrations import include_name

    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": include_name})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_a_second_open_while_the_first_is_open_is_accepted(db, db_path):
    """The command line may run while the app holds the same file open."""
    second = open_database(db_path)
    try:
        with second.read() as s:
            assert s.scalars(select(Meeting)).all() == []
    finally:
        second.close()


def test_a_file_marked_as_ours_but_never_filled_is_set_up(tmp_path):
    """A crash between the header stamp and the first migration leaves a file to finish."""
    path = tmp_path / "half.sqlite"
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.commit()
    connection.close()
    database = open_database(path)
    try:
        with database.read() as s:
            assert s.scalars(select(Meeting)).all() == []
    finally:
        database.close()
