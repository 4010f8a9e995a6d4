"""Action items: who does what by when, made at one meeting and closed at the same or a later one.

Rules:
- the text may not be empty; it is stored exactly as typed;
- the due date defaults to the next meeting of the meeting's series (the one already planned,
  else the date the series' rhythm gives after this meeting), or a week after a meeting
  outside any series; a due date given by hand may not lie in the past;
- the team defaults to the owner's team;
- closing (done or dropped) records the meeting it was closed at and when; reopening clears
  both; an item is overdue while it is open and its due date has passed;
- once the meeting that made it has ended, an item is history: it can be closed or dropped,
  never deleted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import Enum

from sqlalchemy import Select, and_, case, delete, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from facilitator import timesource
from facilitator.language import _
from facilitator.record.meetings import MeetingNotFound
from facilitator.record.notes import (
    MAX_NOTE_LENGTH,
    NoteRefused,
    check_note_of,
    forget_gone_note,
)
from facilitator.rules.schedule import next_date
from facilitator.storage.database import Database
from facilitator.storage.models import ActionItem, Meeting, Person, Series
from facilitator.storage.row_snapshot import RowSnapshot, RowTaken, put_back, snapshot
from facilitator.team.conflicts import check_version, refused_when_stale
from facilitator.vocabulary import ActionStatus, MeetingStatus, Team

MAX_ACTION_LENGTH = MAX_NOTE_LENGTH
DAYS_WITHOUT_SERIES = 7
CLOSED = (ActionStatus.DONE, ActionStatus.DROPPED)
NOUN = "action item"

Now = Callable[[], datetime]



class Keep(Enum):
    """The type of KEEP: an edit argument left as KEEP leaves that field as it is."""

    KEEP = "keep"


KEEP = Keep.KEEP


class ActionItemRefused(ValueError):
    """An action item change that can't be stored; the message is one line for the user."""


class ActionItemNotFound(LookupError):
    def __init__(self, action_id: int) -> None:
        super().__init__(_("There is no action item {id}.").format(id=action_id))
        self.action_id = action_id


@dataclass(frozen=True)
class ActionItemView:
    id: int
    text: str
    owner_id: int | None
    owner_name: str | None
    team: Team | None
    due_date: date | None
    status: ActionStatus
    created_meeting_id: int | None
    created_meeting_title: str | None
    closed_meeting_id: int | None
    created_at: datetime
    closed_at: datetime | None
    overdue: bool
    note_id: int | None = None
    """The note it was made from, while that note is kept."""
    version: int = field(default=0, compare=False)
    """The row's version counter as read, which an edit made from this view names (not part of
    what the record says, so left out of comparisons)."""


def is_overdue(status: ActionStatus, due_date: date | None, day: date) -> bool:
    """Open and due before this day: the one rule the Action items window and the minutes use."""
    return status is ActionStatus.OPEN and due_date is not None and due_date < day


def _today(today: date | None) -> date:
    return today if today is not None else timesource.today()


def _local_date(moment: datetime) -> date:
    return moment.astimezone().date()


def _check_text(text: str) -> None:
    if not text.strip():
        raise ActionItemRefused(_("An action item needs some text."))
    if len(text) > MAX_ACTION_LENGTH:
        raise ActionItemRefused(
            _(
                "The action item is {length:,} characters; at most {max_action_length:,} fit."
            ).format(length=len(text), max_action_length=MAX_ACTION_LENGTH)
        )


def _check_due(due_date: date, today: date) -> None:
    if due_date < today:
        raise ActionItemRefused(
            _("The due date {due_date} is in the past.").format(due_date=due_date.isoformat())
        )


def _meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise MeetingNotFound(meeting_id)
    return meeting


def _action(session: Session, action_id: int) -> ActionItem:
    action = session.get(ActionItem, action_id)
    if action is None:
        raise ActionItemNotFound(action_id)
    return action


def _owner(session: Session, owner_id: int) -> Person:
    person = session.get(Person, owner_id)
    if person is None:
        raise ActionItemRefused(
            _("There is no person {owner_id} to own it.").format(owner_id=owner_id)
        )
    return person


def _default_due(session: Session, meeting: Meeting) -> date:
    if meeting.series_id is None:
        return _local_date(meeting.scheduled_at) + timedelta(days=DAYS_WITHOUT_SERIES)
    later = session.scalar(
        select(Meeting.scheduled_at)
        .where(
            Meeting.series_id == meeting.series_id,
            Meeting.status != MeetingStatus.CANCELLED,
            or_(
                Meeting.scheduled_at > meeting.scheduled_at,
                and_(Meeting.scheduled_at == meeting.scheduled_at, Meeting.id > meeting.id),
            ),
        )
        .order_by(Meeting.scheduled_at, Meeting.id)
        .limit(1)
    )
    if later is not None:
        return _local_date(later)
    series = session.get(Series, meeting.series_id)
    assert series is not None
    return _local_date(next_date(series.frequency, meeting.scheduled_at))


def default_due_date(db: Database, meeting_id: int) -> date:
    """The due date an action item made at this meeting gets when none is given."""
    with db.read() as session:
        return _default_due(session, _meeting(session, meeting_id))


def add_action_item(
    db: Database,
    meeting_id: int,
    *,
    text: str,
    owner_id: int | None = None,
    team: Team | None = None,
    due_date: date | None = None,
    today: date | None = None,
    note_id: int | None = None,
) -> int:
    """Record a new open action item made at a meeting; returns its id. note_id names the
    note of that meeting it was made from."""
    _check_text(text)
    if due_date is not None:
        _check_due(due_date, _today(today))
    with db.write() as session:
        meeting = _meeting(session, meeting_id)
        try:
            check_note_of(session, note_id, meeting_id)
        except NoteRefused as error:
            raise ActionItemRefused(str(error)) from None
        if owner_id is not None:
            owner = _owner(session, owner_id)
            team = team if team is not None else owner.team
        action = ActionItem(
            text=text,
            owner_id=owner_id,
            team=team,
            due_date=due_date if due_date is not None else _default_due(session, meeting),
            status=ActionStatus.OPEN,
            created_meeting_id=meeting_id,
            note_id=note_id,
        )
        session.add(action)
        session.flush()
        return action.id


def edit_action_item(
    db: Database,
    action_id: int,
    *,
    text: str | Keep = KEEP,
    owner_id: int | None | Keep = KEEP,
    team: Team | None | Keep = KEEP,
    due_date: date | None | Keep = KEEP,
    today: date | None = None,
    expected_version: int | None = None,
) -> None:
    """Change what an action item says; fields left as KEEP stay, None empties a field.
    ChangedElsewhere when the item is no longer at expected_version (the one the form read)."""
    if not isinstance(text, Keep):
        _check_text(text)
    with refused_when_stale(NOUN), db.write() as session:
        action = _action(session, action_id)
        check_version(NOUN, action.version, expected_version)
        if not isinstance(text, Keep):
            action.text = text
        if not isinstance(owner_id, Keep):
            if owner_id is not None:
                _owner(session, owner_id)
            action.owner_id = owner_id
        if not isinstance(team, Keep):
            action.team = team
        if not isinstance(due_date, Keep):
            if due_date is not None and due_date != action.due_date:
                _check_due(due_date, _today(today))
            action.due_date = due_date


def set_action_status(
    db: Database,
    action_id: int,
    status: ActionStatus,
    meeting_id: int | None = None,
    *,
    now: Now = timesource.now,
    expected_version: int | None = None,
) -> None:
    """Close (done, dropped) or reopen an action item; meeting_id is the meeting it happens at,
    None between meetings."""
    with refused_when_stale(NOUN), db.write() as session:
        action = _action(session, action_id)
        check_version(NOUN, action.version, expected_version)
        if meeting_id is not None:
            _meeting(session, meeting_id)
        if status in CLOSED:
            if action.status is not status or action.closed_meeting_id != meeting_id:
                action.closed_meeting_id = meeting_id
                action.closed_at = now()
        else:
            action.closed_meeting_id = None
            action.closed_at = None
        action.status = status


def delete_action_item(db: Database, action_id: int) -> None:
    """Remove an action item typed by mistake, while the meeting that made it has not ended."""
    with db.write() as session:
        action = _action(session, action_id)
        made_at = action.created_meeting
        if made_at is None or made_at.status is MeetingStatus.ENDED:
            raise ActionItemRefused(
                _("This action item belongs to a meeting that has ended; close or drop it instead.")
            )
        session.delete(action)


def action_item_state(db: Database, action_id: int) -> RowSnapshot:
    """The item's row as it stands, for an undo to put back (see restore_action_item)."""
    with db.read() as session:
        return snapshot(_action(session, action_id))


def restore_action_item(
    db: Database,
    action_id: int,
    saved: RowSnapshot | None,
    *,
    expected_version: int | None = None,
) -> None:
    """Make the item what action_item_state saw, under its old id; None removes it.

    The inverse of every change: adding it (None), an edit, a status change, a delete. Unlike
    delete_action_item it takes back an item of an ended meeting, since it only undoes.
    ChangedElsewhere when the item is no longer at expected_version (None: gone), so an undo
    never takes back someone else's change.
    """
    try:
        with refused_when_stale(NOUN), db.write() as session:
            if expected_version is not None:
                stored = session.scalar(
                    select(ActionItem.version).where(ActionItem.id == action_id)
                )
                check_version(NOUN, stored, expected_version)
            if saved is None:
                session.execute(delete(ActionItem).where(ActionItem.id == action_id))
                return
            row = put_back(session, saved, identity="uuid")
            forget_gone_note(session, row)
            session.flush()
    except (IntegrityError, RowTaken) as error:
        raise ActionItemRefused(
            _(
                "The action item can't be put back: its meeting or owner is gone, or its "
                "place was taken."
            )
        ) from error


def _select_views() -> Select[tuple[ActionItem]]:
    """Open items first, then by due date (none last), then in the order they were made."""
    return (
        select(ActionItem)
        .options(selectinload(ActionItem.owner), selectinload(ActionItem.created_meeting))
        .order_by(
            case((ActionItem.status == ActionStatus.OPEN, 0), else_=1),
            case((ActionItem.due_date.is_(None), 1), else_=0),
            ActionItem.due_date,
            ActionItem.id,
        )
    )


def _views(actions: Sequence[ActionItem], today: date) -> list[ActionItemView]:
    return [
        ActionItemView(
            id=action.id,
            text=action.text,
            owner_id=action.owner_id,
            owner_name=action.owner.name if action.owner else None,
            team=action.team,
            due_date=action.due_date,
            status=action.status,
            created_meeting_id=action.created_meeting_id,
            created_meeting_title=action.created_meeting.title if action.created_meeting else None,
            closed_meeting_id=action.closed_meeting_id,
            created_at=action.created_at,
            closed_at=action.closed_at,
            overdue=is_overdue(action.status, action.due_date, today),
            note_id=action.note_id,
            version=action.version,
        )
        for action in actions
    ]


def list_action_items(
    db: Database,
    *,
    owner_id: int | None = None,
    team: Team | None = None,
    status: ActionStatus | None = None,
    today: date | None = None,
) -> list[ActionItemView]:
    """Action items across all meetings; each filter left as None lets all through."""
    query = _select_views()
    if owner_id is not None:
        query = query.where(ActionItem.owner_id == owner_id)
    if team is not None:
        query = query.where(ActionItem.team == team)
    if status is not None:
        query = query.where(ActionItem.status == status)
    with db.read() as session:
        return _views(session.scalars(query).all(), _today(today))


def count_overdue(db: Database, *, today: date | None = None) -> int:
    """How many action items is_overdue calls overdue, counted by the database: the start's
    notice needs the number alone, not ten years of items read to count them."""
    query = select(func.count(ActionItem.id)).where(
        ActionItem.status == ActionStatus.OPEN,
        ActionItem.due_date.is_not(None),
        ActionItem.due_date < _today(today),
    )
    with db.read() as session:
        return session.scalar(query) or 0


def action_items_of(
    db: Database, meeting_id: int, *, today: date | None = None
) -> list[ActionItemView]:
    """The action items a meeting made or closed: its new and closed ones in the minutes."""
    query = _select_views().where(
        or_(ActionItem.created_meeting_id == meeting_id, ActionItem.closed_meeting_id == meeting_id)
    )
    with db.read() as session:
        return _views(session.scalars(query).all(), _today(today))


def action_items_made_at(
    db: Database, meeting_id: int, *, today: date | None = None
) -> list[ActionItemView]:
    """The action items a meeting made, in the order they were recorded."""
    query = (
        _select_views()
        .where(ActionItem.created_meeting_id == meeting_id)
        .order_by(None)
        .order_by(ActionItem.created_at, ActionItem.id)
    )
    with db.read() as session:
        return _views(session.scalars(query).all(), _today(today))


def action_items_by_id(
    db: Database, action_ids: Sequence[int], *, today: date | None = None
) -> list[ActionItemView]:
    """The action items with these ids, in the usual order; ids not found are left out."""
    query = _select_views().where(ActionItem.id.in_(action_ids))
    with db.read() as session:
        return _views(session.scalars(query).all(), _today(today))


def get_action_item(db: Database, action_id: int, *, today: date | None = None) -> ActionItemView:
    views = action_items_by_id(db, [action_id], today=today)
    if not views:
        raise ActionItemNotFound(action_id)
    return views[0]
