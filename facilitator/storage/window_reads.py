"""The main window's first reads, with the standard sqlite3 module alone (issue #20 point 1).

Importing SQLAlchemy and the models and configuring the mappers takes longer than the window
takes to paint, so on a plain SQLite file whose schema is at head the window fills its meeting
list and the selected meeting through this class while the ORM loads in the background. Each
method returns exactly what its ORM reader in the record layer returns (tests/
test_window_reads.py compares them on every meeting of the demo): the same views in the same
order, instants aware in UTC as models.UTCDateTime hands them back, enums by their stored
value, as the models' Enum columns keep them.

It never writes: its connection (storage.database.connect_file, with the engine's pragmas) is
query-only, and each method reads in one deferred transaction, so in WAL mode it sees the last
committed state while another connection holds the write lock.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

from facilitator import timesource
from facilitator.meeting_views import (
    AgendaItemView,
    AttendanceView,
    InformedView,
    MeetingNotFound,
    MeetingSummary,
    MeetingView,
    NoteView,
    PersonView,
    SeriesView,
)
from facilitator.storage.database import connect_file
from facilitator.vocabulary import (
    ActionStatus,
    AttendanceStatus,
    Frequency,
    ItemKind,
    MeetingKind,
    MeetingStatus,
    NoteKind,
    Team,
)

_SUMMARY = "SELECT id, scheduled_at, title, kind, status FROM meetings"
_NEWEST_FIRST = " ORDER BY scheduled_at DESC, id DESC"


def _instant(stored: str | None) -> datetime | None:
    """A stored instant as models.UTCDateTime reads it: naive UTC text made aware."""
    if stored is None:
        return None
    return datetime.fromisoformat(stored).replace(tzinfo=UTC)


def _at(stored: str) -> datetime:
    """A stored instant of a column that is never empty."""
    return datetime.fromisoformat(stored).replace(tzinfo=UTC)


def _summary(row: sqlite3.Row) -> MeetingSummary:
    return MeetingSummary(
        id=row["id"],
        scheduled_at=_at(row["scheduled_at"]),
        title=row["title"],
        kind=MeetingKind(row["kind"]),
        status=MeetingStatus(row["status"]),
    )


def _item(row: sqlite3.Row) -> AgendaItemView:
    presenter_team = row["presenter_team"]
    return AgendaItemView(
        id=row["id"],
        position=row["position"],
        title=row["title"],
        kind=ItemKind(row["kind"]),
        planned_seconds=row["planned_seconds"],
        presenter_team=Team(presenter_team) if presenter_team is not None else None,
        presenter_id=row["presenter_id"],
        presenter_name=row["presenter_name"],
        description=row["description"],
        actual_start=_instant(row["actual_start"]),
        actual_end=_instant(row["actual_end"]),
    )


def _person(row: sqlite3.Row) -> PersonView:
    return PersonView(
        id=row["id"],
        name=row["name"],
        email=row["email"],
        team=Team(row["team"]),
        role=row["role"],
        active=bool(row["active"]),
        guest=bool(row["guest"]),
    )


def _note(row: sqlite3.Row) -> NoteView:
    return NoteView(
        id=row["id"],
        meeting_id=row["meeting_id"],
        item_id=row["item_id"],
        kind=NoteKind(row["kind"]),
        text=row["text"],
        offset_seconds=row["offset_seconds"],
        parked=bool(row["parked"]),
        created_at=_at(row["created_at"]),
        updated_at=_at(row["updated_at"]),
        version=row["version"],
    )


def _informed(row: sqlite3.Row) -> InformedView:
    """As mailing.informed's view: a roster person's name and address follow the roster."""
    if row["person_name"] is not None:
        return InformedView(
            id=row["id"],
            meeting_id=row["meeting_id"],
            series_id=row["series_id"],
            person_id=row["person_id"],
            address=None,
            name=row["person_name"],
            email=row["person_email"],
            role=row["person_role"],
        )
    return InformedView(
        id=row["id"],
        meeting_id=row["meeting_id"],
        series_id=row["series_id"],
        person_id=None,
        address=row["address"],
        name=row["name"],
        email=row["address"],
    )


def _by_name(view: PersonView | AttendanceView | SeriesView) -> tuple[str, int]:
    """The order the record layer sorts names in: casefolded in Python, since SQLite's
    collation knows ASCII only; ties by id."""
    key = view.person_id if isinstance(view, AttendanceView) else view.id
    return view.name.casefold(), key


class WindowReads:
    """Reads of one SQLite file for the window's first fill; close() when the ORM takes over."""

    def __init__(self, path: Path) -> None:
        """On the file of a database already opened: the engine's pragmas, and no write."""
        self._connection = connect_file(path)
        self._connection.row_factory = sqlite3.Row
        self._connection.execute("PRAGMA query_only = ON")
        self._opened_at = self._data_version()

    def _data_version(self) -> int:
        return int(self._connection.execute("PRAGMA data_version").fetchone()[0])

    def changed_since_opened(self) -> bool:
        """Whether another connection committed since these reads began: a change the window
        may have missed before its change watch, which the ORM's commits feed, was started.
        This app's own writes through the ORM meanwhile count too."""
        return self._data_version() != self._opened_at

    def close(self) -> None:
        self._connection.close()

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """One deferred transaction: every query in it sees the same committed state."""
        self._connection.execute("BEGIN DEFERRED")
        try:
            yield self._connection
        finally:
            self._connection.execute("COMMIT")

    def meetings(self) -> list[MeetingSummary]:
        """All meetings, newest first (record.meetings.list_meetings)."""
        with self._read() as read:
            rows = read.execute(_SUMMARY + _NEWEST_FIRST).fetchall()
        return [_summary(row) for row in rows]

    def running_meetings(self) -> list[MeetingSummary]:
        """Meetings started and not ended, newest first (record.run.running_meetings)."""
        with self._read() as read:
            rows = read.execute(
                _SUMMARY + " WHERE status = ?" + _NEWEST_FIRST, (MeetingStatus.RUNNING.value,)
            ).fetchall()
        return [_summary(row) for row in rows]

    def count_meetings(self) -> int:
        with self._read() as read:
            (count,) = read.execute("SELECT count(id) FROM meetings").fetchone()
        return count or 0

    def meeting(self, meeting_id: int) -> MeetingView:
        """A meeting with its moderator and its agenda (record.meetings.load_meeting)."""
        with self._read() as read:
            row = read.execute(
                "SELECT m.id, m.title, m.kind, m.status, m.scheduled_at, m.cap_seconds,"
                " m.moderator_id, p.name AS moderator_name, p.team AS moderator_team,"
                " m.series_id, m.version"
                " FROM meetings AS m LEFT JOIN people AS p ON p.id = m.moderator_id"
                " WHERE m.id = ?",
                (meeting_id,),
            ).fetchone()
            if row is None:
                raise MeetingNotFound(meeting_id)
            items = read.execute(
                "SELECT a.id, a.position, a.title, a.kind, a.planned_seconds, a.presenter_team,"
                " a.presenter_id, p.name AS presenter_name, a.description, a.actual_start,"
                " a.actual_end"
                " FROM agenda_items AS a LEFT JOIN people AS p ON p.id = a.presenter_id"
                " WHERE a.meeting_id = ? ORDER BY a.position",
                (meeting_id,),
            ).fetchall()
        moderator_team = row["moderator_team"]
        return MeetingView(
            id=row["id"],
            title=row["title"],
            kind=MeetingKind(row["kind"]),
            status=MeetingStatus(row["status"]),
            scheduled_at=_at(row["scheduled_at"]),
            cap_seconds=row["cap_seconds"],
            moderator_id=row["moderator_id"],
            moderator_name=row["moderator_name"],
            moderator_team=Team(moderator_team) if moderator_team is not None else None,
            series_id=row["series_id"],
            items=tuple(_item(item) for item in items),
            version=row["version"],
        )

    def people(
        self,
        *,
        include_inactive: bool = False,
        team: Team | None = None,
        include_guests: bool = True,
    ) -> list[PersonView]:
        """The roster sorted by name, active people only unless asked (record.people)."""
        query = "SELECT id, name, email, team, role, active, guest FROM people WHERE 1"
        arguments: list[str] = []
        if not include_inactive:
            query += " AND active IS 1"
        if team is not None:
            query += " AND team = ?"
            arguments.append(team.value)
        if not include_guests:
            query += " AND guest IS 0"
        with self._read() as read:
            rows = read.execute(query, arguments).fetchall()
        return sorted((_person(row) for row in rows), key=_by_name)

    def series(self) -> list[SeriesView]:
        """Every series with its meetings' count and last date (rules.schedule.list_series)."""
        with self._read() as read:
            rows = read.execute(
                "SELECT s.id, s.name, s.kind, s.frequency, s.template_id, count(m.id),"
                " max(m.scheduled_at)"
                " FROM series AS s LEFT OUTER JOIN meetings AS m ON m.series_id = s.id"
                " GROUP BY s.id"
            ).fetchall()
        views = [
            SeriesView(
                id=series_id,
                name=name,
                kind=MeetingKind(kind),
                frequency=Frequency(frequency),
                template_id=template_id,
                meeting_count=count,
                last_scheduled_at=_instant(last),
            )
            for series_id, name, kind, frequency, template_id, count, last in rows
        ]
        return sorted(views, key=_by_name)

    def has_sent_minutes(self, meeting_id: int) -> bool:
        with self._read() as read:
            row = read.execute(
                "SELECT id FROM minutes_versions WHERE meeting_id = ? LIMIT 1", (meeting_id,)
            ).fetchone()
        return row is not None

    def owner_follow_up(self, series_id: int) -> bool:
        """Whether the series mails each owner their items (mailing.follow_up_setting)."""
        from facilitator.mailing.follow_up_setting import SeriesNotFound

        with self._read() as read:
            row = read.execute(
                "SELECT owner_follow_up FROM series WHERE id = ?", (series_id,)
            ).fetchone()
        if row is None:
            raise SeriesNotFound(series_id)
        return bool(row[0])

    def notes_of(self, meeting_id: int) -> list[NoteView]:
        """A meeting's notes by time into the meeting, then id (record.notes.notes_of)."""
        with self._read() as read:
            rows = read.execute(
                "SELECT id, meeting_id, item_id, kind, text, offset_seconds, parked, created_at,"
                " updated_at, version FROM notes WHERE meeting_id = ?"
                " ORDER BY offset_seconds, id",
                (meeting_id,),
            ).fetchall()
        return [_note(row) for row in rows]

    def meeting_series(self, meeting_id: int) -> tuple[int, str] | None:
        """The meeting's series (id, name), or None (mailing.informed.meeting_series)."""
        with self._read() as read:
            row = read.execute(
                "SELECT s.id, s.name FROM meetings AS m LEFT JOIN series AS s"
                " ON s.id = m.series_id WHERE m.id = ?",
                (meeting_id,),
            ).fetchone()
        if row is None:
            raise MeetingNotFound(meeting_id)
        series_id, name = row
        return (series_id, name) if series_id is not None else None

    def informed_list(
        self, *, meeting_id: int | None = None, series_id: int | None = None
    ) -> list[InformedView]:
        """The entries named for this meeting alone, or for the series, in the order added."""
        if (meeting_id is None) == (series_id is None):
            raise ValueError("name a meeting or a series, not both")
        of_meeting = meeting_id is not None
        column = "meeting_id" if of_meeting else "series_id"
        target = meeting_id if of_meeting else series_id
        with self._read() as read:
            rows = read.execute(
                "SELECT i.id, i.meeting_id, i.series_id, i.person_id, i.address, i.name,"
                " p.name AS person_name, p.email AS person_email, p.role AS person_role"
                " FROM informed AS i LEFT JOIN people AS p ON p.id = i.person_id"
                f" WHERE i.{column} = ? ORDER BY i.id",
                (target,),
            ).fetchall()
        return [_informed(row) for row in rows]

    def attendance_of(self, meeting_id: int) -> list[AttendanceView]:
        """The meeting's list sorted by name (record.attendance.attendance_of)."""
        with self._read() as read:
            found = read.execute("SELECT 1 FROM meetings WHERE id = ?", (meeting_id,))
            if found.fetchone() is None:
                raise MeetingNotFound(meeting_id)
            rows = read.execute(
                "SELECT p.id, p.name, p.team, p.guest, a.status, p.email"
                " FROM people AS p JOIN attendance AS a ON a.person_id = p.id"
                " WHERE a.meeting_id = ?",
                (meeting_id,),
            ).fetchall()
        views = [
            AttendanceView(
                person_id=person_id,
                name=name,
                team=Team(team),
                guest=bool(guest),
                status=AttendanceStatus(status),
                email=email,
            )
            for person_id, name, team, guest, status, email in rows
        ]
        return sorted(views, key=_by_name)

    def count_overdue(self, today: date | None = None) -> int:
        """Open action items due before today (record.action_items.count_overdue)."""
        day = today if today is not None else timesource.today()
        with self._read() as read:
            (count,) = read.execute(
                "SELECT count(id) FROM action_items"
                " WHERE status = ? AND due_date IS NOT NULL AND due_date < ?",
                (ActionStatus.OPEN.value, day.isoformat()),
            ).fetchone()
        return count or 0
