"""The one rule for which action items come back ("carried over") at a meeting.

The console's carry-over (facilitator.record.carry_over) and the minutes
(facilitator.minutes.snapshot) both ask here, so a meeting's minutes list as carried over
exactly what its console showed:

- only meetings of a series carry anything over; a meeting outside any series carries nothing;
- an action item made at an earlier meeting of the same series (earlier by date, ties broken
  by id) comes back unless it was closed before this meeting: at an earlier meeting, or between
  meetings before this one started (its scheduled time while it has not started);
- one closed at this very meeting or a later one still came back here.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, bindparam, or_, select
from sqlalchemy.orm import Session, joinedload

from facilitator.storage.models import ActionItem, Meeting
from facilitator.vocabulary import ActionStatus


def meeting_order(meeting: Meeting) -> tuple[datetime, int]:
    """The order meetings are held in: by date, ties broken by id."""
    return (meeting.scheduled_at, meeting.id)


def _held_before(held_at: Any, held_id: Any) -> ColumnElement[bool]:
    """The SQL condition for a meeting held before another (ties broken by id)."""
    return or_(
        Meeting.scheduled_at < held_at,
        and_(Meeting.scheduled_at == held_at, Meeting.id < held_id),
    )


def held_before(meeting: Meeting) -> ColumnElement[bool]:
    """A meeting held before this one."""
    return _held_before(meeting.scheduled_at, meeting.id)


def held_before_bound() -> ColumnElement[bool]:
    """held_before with the meeting's date and id left as the parameters held_params gives.

    A statement built once around it serves every meeting: SQLAlchemy builds it and works out
    its cache key once, not at every call.
    """
    return _held_before(bindparam("held_at"), bindparam("held_id"))


def held_params(meeting: Meeting) -> dict[str, Any]:
    """The values of held_before_bound's parameters for this meeting."""
    return {"held_at": meeting.scheduled_at, "held_id": meeting.id}


def closed_before(action: ActionItem, meeting: Meeting) -> bool:
    """Whether the action item was done with before this meeting, so it does not come back."""
    if action.status is ActionStatus.OPEN:
        return False
    if action.closed_meeting is not None:
        return meeting_order(action.closed_meeting) < meeting_order(meeting)
    if action.closed_at is not None:
        return action.closed_at < (meeting.started_at or meeting.scheduled_at)
    return True


def carried_action_items(session: Session, meeting: Meeting) -> list[ActionItem]:
    """The action items that come back at this meeting, by id; none outside a series."""
    if meeting.series_id is None:
        return []
    candidates = session.scalars(
        _carried_candidates(), {"series_id": meeting.series_id, **held_params(meeting)}
    ).all()
    return [action for action in candidates if not closed_before(action, meeting)]


@cache
def _carried_candidates() -> Select[tuple[ActionItem]]:
    """The action items made at an earlier meeting of the series, by id; built once."""
    earlier = select(Meeting.id).where(
        Meeting.series_id == bindparam("series_id"), held_before_bound()
    )
    return (
        select(ActionItem)
        .where(ActionItem.created_meeting_id.in_(earlier))
        .options(joinedload(ActionItem.closed_meeting))
        .order_by(ActionItem.id)
    )
