"""The meetings many tests start from, built one way: a weekly series on Mondays, a meeting with
action items and disputes carried into it, and a meeting held and ended as the history has it."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any

from facilitator.record.action_items import add_action_item
from facilitator.record.disputes import open_dispute
from facilitator.record.next_meeting import NewMeeting, create_next_meeting
from facilitator.record.templates import builtin_template
from facilitator.rules.schedule import create_series
from facilitator.storage.database import Database
from facilitator.storage.models import Meeting
from facilitator.vocabulary import DisputeCategory, Frequency, MeetingKind, MeetingStatus, Team

MONDAY = datetime(2026, 11, 30, 16, 30, tzinfo=UTC)
"""When the series' first meeting is due; each later one a week after the one before."""


def next_weekly(db: Database, weeks: int, series_id: int | None, **options: Any) -> NewMeeting:
    """Plans the weekly meeting `weeks` after MONDAY, titled "Weekly <weeks>", the way the app
    plans a series' next meeting (carry-over and invitations included). Other keywords
    (moderator_id, …) go to create_next_meeting as they are."""
    return create_next_meeting(
        db,
        builtin_template("weekly").plan,
        title=f"Weekly {weeks}",
        scheduled_at=MONDAY + timedelta(weeks=weeks),
        series_id=series_id,
        **options,
    )


class Series:
    """A weekly series whose meetings are planned from the built-in weekly template."""

    def __init__(self, db: Database, series_id: int | None = None) -> None:
        self.db = db
        self.id = series_id or create_series(db, "Weekly", MeetingKind.WEEKLY, Frequency.WEEKLY)

    def meeting(self, weeks: int) -> int:
        """Plans the meeting `weeks` after the first (titled "Weekly <weeks>"); returns its id."""
        return next_weekly(self.db, weeks, self.id).meeting_id

    def end(self, meeting_id: int) -> None:
        """Marks a meeting ended, so what it left open is carried into the next."""
        with self.db.write() as session:
            meeting = session.get(Meeting, meeting_id)
            assert meeting is not None
            meeting.status = MeetingStatus.ENDED


def carry_into_second(
    db: Database,
    actions: Mapping[str, tuple[str, date | None]],
    disputes: Mapping[str, str],
) -> dict[str, int]:
    """Plans a series' first meeting with these action items (name → text, due date) and disputes
    (name → title, raised by sales about the MQL definition), ends it and plans the second.

    Returns the ids by the given names, with "series", "first" and "meeting" (the second)."""
    series = Series(db)
    first = series.meeting(0)
    ids = {"series": series.id, "first": first}
    for name, (text, due) in actions.items():
        ids[name] = add_action_item(db, first, text=text, due_date=due)
    for name, title in disputes.items():
        ids[name] = open_dispute(
            db,
            first,
            title=title,
            category=DisputeCategory.MQL_DEFINITION,
            raised_by_team=Team.SALES,
        )
    series.end(first)
    ids["meeting"] = series.meeting(1)
    return ids


def mark_held(db: Database, meeting_id: int, reached: int | None = None) -> None:
    """Marks a meeting held at its scheduled time and ended, with its first `reached` items (all
    by default) run then, as the history has it."""
    with db.write() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        meeting.status = MeetingStatus.ENDED
        meeting.started_at = meeting.ended_at = meeting.scheduled_at
        for item in meeting.items[:reached]:
            item.actual_start = item.actual_end = meeting.scheduled_at
