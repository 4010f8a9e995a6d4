"""The window's first reads through sqlite3 alone give exactly what the ORM readers give.

Parity is compared by `==` and by repr, so a naive instant, an int for a bool or a float, a
string for an enum or a different version counter fails too (version is left out of `==`).
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, timedelta
from pathlib import Path
from typing import Any

import pytest
from fake_time import TODAY_NOON
from fresh_python import run_python
from sqlalchemy import delete, select

from facilitator.mailing.follow_up_setting import (
    SeriesNotFound,
    owner_follow_up,
    set_owner_follow_up,
)
from facilitator.mailing.informed import (
    add_informed_address,
    add_informed_person,
    informed_list,
    meeting_series,
)
from facilitator.mailing.minutes_versions import has_sent_minutes
from facilitator.meeting_views import MeetingNotFound
from facilitator.record.action_items import count_overdue
from facilitator.record.attendance import attendance_of
from facilitator.record.disputes import open_dispute
from facilitator.record.meetings import count_meetings, list_meetings, load_meeting
from facilitator.record.notes import notes_of
from facilitator.record.people import (
    PersonInput,
    add_guest,
    add_person,
    deactivate_person,
    list_people,
)
from facilitator.record.run import running_meetings
from facilitator.rules.schedule import create_series, list_series
from facilitator.storage.database import Database
from facilitator.storage.models import ActionItem, AgendaItem, Meeting, MinutesVersion
from facilitator.storage.window_reads import WindowReads
from facilitator.vocabulary import DisputeCategory, Frequency, MeetingKind, MeetingStatus, Team

MISSING = 999_999


@pytest.fixture
def reads(demo: Database, db_path: Path) -> Iterator[WindowReads]:
    """The demo database's file, read with sqlite3 alone."""
    window = WindowReads(db_path)
    yield window
    window.close()


def _same(mine: Any, orm: Any) -> None:
    assert mine == orm
    assert repr(mine) == repr(orm)


def _raises_the_same(mine: Callable[[], object], orm: Callable[[], object]) -> None:
    with pytest.raises(MeetingNotFound) as ours:
        mine()
    with pytest.raises(MeetingNotFound) as theirs:
        orm()
    assert type(ours.value) is type(theirs.value)
    assert str(ours.value) == str(theirs.value)
    assert ours.value.meeting_id == theirs.value.meeting_id


def _assert_parity(db: Database, reads: WindowReads) -> None:
    """Every method against its ORM reader, for every meeting, series and roster filter."""
    _same(reads.meetings(), list_meetings(db))
    _same(reads.running_meetings(), running_meetings(db))
    _same(reads.count_meetings(), count_meetings(db))
    _same(reads.series(), list_series(db))
    for inactive, team, guests in itertools.product((False, True), (None, *Team), (True, False)):
        options = {"include_inactive": inactive, "team": team, "include_guests": guests}
        _same(reads.people(**options), list_people(db, **options))
    for series in list_series(db):
        _same(reads.informed_list(series_id=series.id), informed_list(db, series_id=series.id))
        _same(reads.owner_follow_up(series.id), owner_follow_up(db, series.id))
    for meeting in list_meetings(db):
        _same(reads.meeting(meeting.id), load_meeting(db, meeting.id))
        _same(reads.notes_of(meeting.id), notes_of(db, meeting.id))
        _same(reads.has_sent_minutes(meeting.id), has_sent_minutes(db, meeting.id))
        _same(reads.meeting_series(meeting.id), meeting_series(db, meeting.id))
        _same(reads.informed_list(meeting_id=meeting.id), informed_list(db, meeting_id=meeting.id))
        _same(reads.attendance_of(meeting.id), attendance_of(db, meeting.id))
    with db.read() as session:
        due = set(
            session.scalars(select(ActionItem.due_date).where(ActionItem.due_date.is_not(None)))
        )
    one_day = timedelta(days=1)
    for day in sorted({TODAY_NOON.date()} | due | {d + one_day for d in due}):
        _same(reads.count_overdue(day), count_overdue(db, today=day))
    _same(reads.count_overdue(), count_overdue(db))


def test_every_read_of_the_demo_matches_the_orm(demo: Database, reads: WindowReads) -> None:
    meetings = list_meetings(demo)
    assert len(meetings) > 10
    assert all(m.scheduled_at.tzinfo is UTC for m in reads.meetings())
    assert any(item.presenter_id is None for item in reads.meeting(meetings[0].id).items)
    assert any(reads.notes_of(m.id) for m in meetings)
    assert any(reads.attendance_of(m.id) for m in meetings)
    assert reads.count_overdue(TODAY_NOON.date()) > 0
    _assert_parity(demo, reads)


def _write(db: Database, change: Callable[[Any], object]) -> None:
    with db.write() as session:
        change(session)


def test_edge_cases_match_the_orm(demo: Database, reads: WindowReads) -> None:
    """No agenda, a series with no meeting yet, an inactive moderator, a guest, notes with
    disputes, informed people and addresses, sent minutes, a running meeting, two meetings at
    the same minute, names that sort differently casefolded: still the same reads."""
    first, second, third = (m.id for m in list_meetings(demo)[:3])
    _write(demo, lambda s: s.execute(delete(AgendaItem).where(AgendaItem.meeting_id == first)))
    create_series(demo, "Ärger board", MeetingKind.WEEKLY, Frequency.WEEKLY)
    moderator = load_meeting(demo, second).moderator_id
    assert moderator is not None
    deactivate_person(demo, moderator)
    add_guest(demo, second, "élodie Guest", Team.SALES)
    add_person(demo, PersonInput("Émile Zola", "emile@example.com", Team.MARKETING))
    add_person(demo, PersonInput("emma Ant", "emma@example.com", Team.SALES, "Sales lead"))
    notes = [note for m in list_meetings(demo) for note in notes_of(demo, m.id)]
    for note in notes[:2]:
        open_dispute(
            demo,
            note.meeting_id,
            title=f"From note {note.id}",
            category=DisputeCategory.LEAD_QUALITY,
            raised_by_team=Team.SALES,
            note_id=note.id,
        )
    person = list_people(demo)[0].id
    series_id = load_meeting(demo, third).series_id
    assert series_id is not None
    add_informed_person(demo, person, meeting_id=third)
    add_informed_address(demo, "list@example.com", "The list", meeting_id=third)
    add_informed_address(demo, "bare@example.com", series_id=series_id)
    add_informed_person(demo, moderator, series_id=series_id)

    def more(session: Any) -> None:
        session.add(MinutesVersion(meeting_id=third, number=1, pdf=b"%PDF", record={}))
        session.get(Meeting, second).status = MeetingStatus.RUNNING
        other = session.get(Meeting, first)
        session.get(Meeting, third).scheduled_at = other.scheduled_at
        other.title = "Retitled"

    _write(demo, more)
    assert reads.meeting(first).items == ()
    assert reads.meeting(first).version > 1
    assert [m.id for m in reads.running_meetings()] == [second]
    assert reads.has_sent_minutes(third)
    assert any(series.meeting_count == 0 for series in reads.series())
    assert len(reads.informed_list(meeting_id=third)) == 2
    assert not any(p.id == moderator for p in reads.people())
    assert any(p.id == moderator for p in reads.people(include_inactive=True))
    assert any(p.guest for p in reads.people())
    _assert_parity(demo, reads)


def test_a_missing_meeting_raises_the_same_error(demo: Database, reads: WindowReads) -> None:
    _raises_the_same(lambda: reads.meeting(MISSING), lambda: load_meeting(demo, MISSING))
    _raises_the_same(lambda: reads.meeting_series(MISSING), lambda: meeting_series(demo, MISSING))
    _raises_the_same(lambda: reads.attendance_of(MISSING), lambda: attendance_of(demo, MISSING))
    _same(reads.notes_of(MISSING), notes_of(demo, MISSING))
    _same(reads.has_sent_minutes(MISSING), has_sent_minutes(demo, MISSING))
    _same(reads.informed_list(meeting_id=MISSING), informed_list(demo, meeting_id=MISSING))


def test_informed_list_wants_a_meeting_or_a_series(demo: Database, reads: WindowReads) -> None:
    for targets in ({}, {"meeting_id": 1, "series_id": 1}):
        with pytest.raises(ValueError, match="not both"):
            reads.informed_list(**targets)
        with pytest.raises(ValueError, match="not both"):
            informed_list(demo, **targets)


def test_an_empty_database_reads_empty(db: Database, db_path: Path) -> None:
    reads = WindowReads(db_path)
    try:
        assert reads.meetings() == [] and reads.count_meetings() == 0
        assert reads.series() == [] and reads.people() == []
        assert reads.count_overdue(TODAY_NOON.date()) == 0
    finally:
        reads.close()


def test_reads_see_the_last_commit_while_another_connection_writes(
    demo: Database, reads: WindowReads, db_path: Path
) -> None:
    """WAL: a reader is not blocked by a writer holding the lock and sees only commits."""
    meeting = list_meetings(demo)[0]
    writer = sqlite3.connect(db_path, isolation_level=None)
    try:
        assert writer.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE meetings SET title = 'Being written' WHERE id = ?", (meeting.id,))
        writer.execute("DELETE FROM notes WHERE meeting_id = ?", (meeting.id,))
        assert reads.meeting(meeting.id).title == meeting.title
        assert reads.meetings()[0].title == meeting.title
        assert reads.notes_of(meeting.id) == notes_of(demo, meeting.id)
        writer.execute("COMMIT")
    finally:
        writer.close()
    assert reads.meeting(meeting.id).title == "Being written"
    assert reads.notes_of(meeting.id) == []
    _assert_parity(demo, reads)


def test_importing_it_imports_no_sqlalchemy_nor_the_models() -> None:
    code = (
        "import sys\n"
        "import facilitator.storage.window_reads\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')"
        " or m == 'facilitator.storage.models'))\n"
    )
    result = run_python("-c", code)
    assert result.stdout.strip() == "[]"


def test_a_series_follow_up_setting_reads_the_same_on_and_off(
    demo: Database, reads: WindowReads
) -> None:
    series = list_series(demo)[0].id
    for on in (False, True):
        set_owner_follow_up(demo, series, on)
        assert reads.owner_follow_up(series) is on is owner_follow_up(demo, series)
    with pytest.raises(SeriesNotFound) as gone:
        reads.owner_follow_up(10_000)
    assert str(gone.value) == str(SeriesNotFound(10_000))


def test_it_tells_whether_another_connection_committed_since_it_opened(
    demo: Database, db_path: Path
) -> None:
    reads = WindowReads(db_path)
    try:
        reads.meetings()
        assert not reads.changed_since_opened()
        first = list_meetings(demo)[0]
        _write(demo, lambda session: session.get(Meeting, first.id).__setattr__("title", "New"))
        assert reads.changed_since_opened()
    finally:
        reads.close()
