"""Creating, listing and reading meetings: what the main window and the command line ask for."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from facilitator.agenda import AgendaPlan, PlannedItem
from facilitator.storage.database import Database
from facilitator.storage.models import AgendaItem, Meeting
from facilitator.storage.vocabulary import ItemKind, MeetingKind, MeetingStatus, Team


@dataclass(frozen=True)
class MeetingSummary:
    """One line of the meeting list."""

    id: int
    scheduled_at: datetime
    title: str
    kind: MeetingKind
    status: MeetingStatus


@dataclass(frozen=True)
class AgendaItemView:
    id: int
    position: int
    title: str
    kind: ItemKind
    planned_seconds: int
    presenter_team: Team | None
    presenter_name: str | None
    actual_start: datetime | None
    actual_end: datetime | None


@dataclass(frozen=True)
class MeetingView:
    id: int
    title: str
    kind: MeetingKind
    status: MeetingStatus
    scheduled_at: datetime
    cap_seconds: int
    moderator_name: str | None
    moderator_team: Team | None
    series_id: int | None
    items: tuple[AgendaItemView, ...]

    @property
    def planned_seconds(self) -> int:
        return sum(item.planned_seconds for item in self.items)

    def plan(self) -> AgendaPlan:
        return AgendaPlan(
            kind=self.kind,
            cap_seconds=self.cap_seconds,
            items=tuple(
                PlannedItem(i.title, i.kind, i.planned_seconds, i.presenter_team)
                for i in self.items
            ),
        )


class MeetingNotFound(LookupError):
    def __init__(self, meeting_id: int) -> None:
        super().__init__(f"there is no meeting {meeting_id}")
        self.meeting_id = meeting_id


def create_meeting(
    db: Database,
    plan: AgendaPlan,
    *,
    title: str,
    scheduled_at: datetime,
    moderator_id: int | None = None,
    series_id: int | None = None,
) -> int:
    """Store a new planned meeting with its agenda copied from plan; returns its id."""
    with db.write() as session:
        meeting = Meeting(
            kind=plan.kind,
            title=title,
            scheduled_at=scheduled_at,
            cap_seconds=plan.cap_seconds,
            moderator_id=moderator_id,
            series_id=series_id,
            status=MeetingStatus.PLANNED,
        )
        meeting.items = [
            AgendaItem(
                position=position,
                title=item.title,
                kind=item.kind,
                planned_seconds=item.planned_seconds,
                presenter_team=item.presenter_team,
                presenter_id=item.presenter_id,
                description=item.description,
            )
            for position, item in enumerate(plan.items)
        ]
        session.add(meeting)
        session.flush()
        return meeting.id


def list_meetings(db: Database) -> list[MeetingSummary]:
    """All meetings, newest first."""
    with db.read() as session:
        rows = session.execute(
            select(
                Meeting.id, Meeting.scheduled_at, Meeting.title, Meeting.kind, Meeting.status
            ).order_by(Meeting.scheduled_at.desc(), Meeting.id.desc())
        ).all()
    return [MeetingSummary(*row) for row in rows]


def load_meeting(db: Database, meeting_id: int) -> MeetingView:
    with db.read() as session:
        meeting = session.scalar(
            select(Meeting)
            .where(Meeting.id == meeting_id)
            .options(
                selectinload(Meeting.items).selectinload(AgendaItem.presenter),
                selectinload(Meeting.moderator),
            )
        )
        if meeting is None:
            raise MeetingNotFound(meeting_id)
        return MeetingView(
            id=meeting.id,
            title=meeting.title,
            kind=meeting.kind,
            status=meeting.status,
            scheduled_at=meeting.scheduled_at,
            cap_seconds=meeting.cap_seconds,
            moderator_name=meeting.moderator.name if meeting.moderator else None,
            moderator_team=meeting.moderator.team if meeting.moderator else None,
            series_id=meeting.series_id,
            items=tuple(
                AgendaItemView(
                    id=item.id,
                    position=item.position,
                    title=item.title,
                    kind=item.kind,
                    planned_seconds=item.planned_seconds,
                    presenter_team=item.presenter_team,
                    presenter_name=item.presenter.name if item.presenter else None,
                    actual_start=item.actual_start,
                    actual_end=item.actual_end,
                )
                for item in meeting.items
            ),
        )


def count_meetings(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count(Meeting.id))) or 0
