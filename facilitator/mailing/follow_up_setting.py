"""A series' owners' follow-up setting: whether sending its meetings' minutes also mails each
owner their own action items. Kept apart from the follow-up's mail and PDF code, so the meeting
editor, which shows the setting, does not load them."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from facilitator.storage.database import Database
    from facilitator.storage.models import Meeting


class SeriesNotFound(LookupError):
    def __init__(self, series_id: int) -> None:
        super().__init__(f"There is no series {series_id}.")
        self.series_id = series_id


def owner_follow_up(db: Database, series_id: int) -> bool:
    """Whether the series' meetings mail each owner their items with the minutes."""
    from facilitator.storage.models import Series

    with db.read() as session:
        series = session.get(Series, series_id)
        if series is None:
            raise SeriesNotFound(series_id)
        return series.owner_follow_up


def set_owner_follow_up(db: Database, series_id: int, on: bool) -> None:
    """Turn the series' follow-up on or off (for every meeting of the series)."""
    from facilitator.storage.models import Series

    with db.write() as session:
        series = session.get(Series, series_id)
        if series is None:
            raise SeriesNotFound(series_id)
        series.owner_follow_up = on


def follow_up_wanted(meeting: Meeting) -> bool:
    """False when the meeting's series has the follow-up off; a meeting outside a series has it."""
    return meeting.series is None or meeting.series.owner_follow_up


def follow_up_wanted_for(db: Database, meeting_id: int) -> bool:
    """follow_up_wanted for a meeting by id (True for a meeting that is gone: nothing to send)."""
    from facilitator.storage.models import Meeting

    with db.read() as session:
        meeting = session.get(Meeting, meeting_id)
        return meeting is None or follow_up_wanted(meeting)
