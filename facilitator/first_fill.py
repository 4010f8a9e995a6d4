"""The reads the main window fills itself with, by whichever way is ready.

At a start on a plain SQLite file the app opens the window before SQLAlchemy and the models
have loaded (they load in the background once the window is usable; issue #20), and hands the
database a `WindowReads` (storage/window_reads.py: the same views read with the standard sqlite3
module). Until the app takes it back, each read here goes through it; otherwise, and always on
a team database, through the record layer. The window reads through this module alone, so the
two ways are told apart in one place; what it writes always goes through the record layer.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from facilitator.meeting_views import (
        AttendanceView,
        InformedView,
        MeetingSummary,
        MeetingView,
        NoteView,
        PersonView,
        SeriesView,
    )
    from facilitator.storage.database import Database


def list_meetings(db: Database) -> list[MeetingSummary]:
    if (reads := db.window_reads) is not None:
        return reads.meetings()
    from facilitator.record.meetings import list_meetings

    return list_meetings(db)


def running_meetings(db: Database) -> list[MeetingSummary]:
    if (reads := db.window_reads) is not None:
        return reads.running_meetings()
    from facilitator.record.run import running_meetings

    return running_meetings(db)


def count_meetings(db: Database) -> int:
    if (reads := db.window_reads) is not None:
        return reads.count_meetings()
    from facilitator.record.meetings import count_meetings

    return count_meetings(db)


def load_meeting(db: Database, meeting_id: int) -> MeetingView:
    """The meeting as the editor shows it; MeetingNotFound when there is none."""
    if (reads := db.window_reads) is not None:
        return reads.meeting(meeting_id)
    from facilitator.record.meetings import load_meeting

    return load_meeting(db, meeting_id)


def list_people(db: Database, *, include_inactive: bool = False) -> list[PersonView]:
    """The roster by name, guests included, as the editor and the informed panel list it."""
    if (reads := db.window_reads) is not None:
        return reads.people(include_inactive=include_inactive)
    from facilitator.record.people import list_people

    return list_people(db, include_inactive=include_inactive)


def list_series(db: Database) -> list[SeriesView]:
    if (reads := db.window_reads) is not None:
        return reads.series()
    from facilitator.rules.schedule import list_series

    return list_series(db)


def has_sent_minutes(db: Database, meeting_id: int) -> bool:
    if (reads := db.window_reads) is not None:
        return reads.has_sent_minutes(meeting_id)
    from facilitator.mailing.minutes_versions import has_sent_minutes

    return has_sent_minutes(db, meeting_id)


def owner_follow_up(db: Database, series_id: int) -> bool:
    """The series' follow-up setting; SeriesNotFound when there is no such series."""
    if (reads := db.window_reads) is not None:
        return reads.owner_follow_up(series_id)
    from facilitator.mailing.follow_up_setting import owner_follow_up

    return owner_follow_up(db, series_id)


def notes_of(db: Database, meeting_id: int) -> list[NoteView]:
    if (reads := db.window_reads) is not None:
        return reads.notes_of(meeting_id)
    from facilitator.record.notes import notes_of

    return notes_of(db, meeting_id)


def meeting_series(db: Database, meeting_id: int) -> tuple[int, str] | None:
    if (reads := db.window_reads) is not None:
        return reads.meeting_series(meeting_id)
    from facilitator.mailing.informed import meeting_series

    return meeting_series(db, meeting_id)


def informed_list(
    db: Database, *, meeting_id: int | None = None, series_id: int | None = None
) -> list[InformedView]:
    if (reads := db.window_reads) is not None:
        return reads.informed_list(meeting_id=meeting_id, series_id=series_id)
    from facilitator.mailing.informed import informed_list

    return informed_list(db, meeting_id=meeting_id, series_id=series_id)


def attendance_of(db: Database, meeting_id: int) -> list[AttendanceView]:
    if (reads := db.window_reads) is not None:
        return reads.attendance_of(meeting_id)
    from facilitator.record.attendance import attendance_of

    return attendance_of(db, meeting_id)


def count_overdue(db: Database, *, today: date | None = None) -> int:
    if (reads := db.window_reads) is not None:
        return reads.count_overdue(today)
    from facilitator.record.action_items import count_overdue

    return count_overdue(db, today=today)
