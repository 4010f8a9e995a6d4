"""A meeting read from the database into the minutes' snapshot (facilitator.minutes.snapshot):
the ORM side of the minutes, kept apart so that rendering a pickled snapshot never loads it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

from sqlalchemy import Select, bindparam, or_, select
from sqlalchemy.orm import Session, joinedload, selectinload

from facilitator import timesource
from facilitator.agreements.register import agreements_in_minutes
from facilitator.decisions.deals import win_loss_lines
from facilitator.decisions.smart_goals import smart_line
from facilitator.funnel.scorecard_reading import funnel_in_minutes
from facilitator.mailing.informed import informed_in
from facilitator.measures.baseline import (
    baseline_at_meeting,
    compare,
    first_baseline,
    format_answer,
)
from facilitator.measures.metrics import goals_trend_points, meeting_day, target_on
from facilitator.minutes.snapshot import (
    CHART_POINTS,
    ActionLine,
    AgendaLine,
    AttendeeLine,
    BaselineAnswer,
    BaselineSection,
    DisputeLine,
    ItemNotes,
    MetricLine,
    MetricPoint,
    MinutesSnapshot,
    NextMeeting,
    NoteLine,
    PersonLine,
)
from facilitator.neutrality.balance_reading import neutrality_in_minutes
from facilitator.neutrality.lead_quality import read_lead_quality, targets_in
from facilitator.record.action_items import is_overdue
from facilitator.record.end_state import disputes_at_end, open_action_items_at_end
from facilitator.record.meetings import MeetingNotFound
from facilitator.rules.carried_rule import carried_action_items
from facilitator.rules.durations import seconds_between
from facilitator.storage.database import Database
from facilitator.storage.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    Meeting,
    MetricValue,
    Note,
    SLAGoal,
)
from facilitator.vocabulary import (
    ActionStatus,
    AttendanceStatus,
    DisputeRole,
    MeetingStatus,
    NoteKind,
)


def _local(moment: datetime | None) -> datetime | None:
    return None if moment is None else moment.astimezone()


@cache
def _meeting_query() -> Select[tuple[Meeting]]:
    """The meeting (parameter meeting_id) with what its minutes print; built once, as are the
    other statements here, so SQLAlchemy neither builds them nor works out their cache keys
    again at every export."""
    return (
        select(Meeting)
        .where(Meeting.id == bindparam("meeting_id"))
        .options(
            joinedload(Meeting.series),
            joinedload(Meeting.moderator),
            selectinload(Meeting.items).joinedload(AgendaItem.presenter),
            selectinload(Meeting.attendance).joinedload(Attendance.person),
            selectinload(Meeting.metric_values)
            .joinedload(MetricValue.goal)
            .selectinload(SLAGoal.targets),
        )
    )


def _load(session: Session, meeting_id: int) -> Meeting:
    meeting = session.scalar(_meeting_query(), {"meeting_id": meeting_id})
    if meeting is None:
        raise MeetingNotFound(meeting_id)
    return meeting


_ATTENDANCE_ORDER = {
    AttendanceStatus.PRESENT: 0,
    AttendanceStatus.LATE: 1,
    AttendanceStatus.ABSENT: 2,
    AttendanceStatus.INVITED: 3,
}


def _attendees(meeting: Meeting) -> tuple[AttendeeLine, ...]:
    rows = sorted(
        meeting.attendance,
        key=lambda a: (_ATTENDANCE_ORDER[a.status], a.person.name.casefold(), a.person_id),
    )
    return tuple(AttendeeLine(a.person.name, a.person.team, a.status, a.person.guest) for a in rows)


def _agenda(meeting: Meeting) -> tuple[AgendaLine, ...]:
    return tuple(
        AgendaLine(
            number=number,
            title=item.title,
            kind=item.kind,
            presenter=item.presenter.name if item.presenter else None,
            presenter_team=item.presenter_team,
            planned_seconds=item.planned_seconds,
            actual_start=_local(item.actual_start),
            actual_seconds=seconds_between(item.actual_start, item.actual_end),
        )
        for number, item in enumerate(meeting.items, start=1)
    )


@cache
def _notes_query() -> Select[tuple[int | None, NoteKind, str, int, bool, int]]:
    return (
        select(Note.item_id, Note.kind, Note.text, Note.offset_seconds, Note.parked, Note.id)
        .where(Note.meeting_id == bindparam("meeting_id"))
        .order_by(Note.offset_seconds, Note.id)
    )


def _notes(session: Session, meeting: Meeting) -> tuple[ItemNotes, ...]:
    """Notes grouped by agenda item in agenda order, each group in the order they were typed.

    Read as plain rows, in that order, by the database: a heavy meeting has thousands of notes,
    and making each an ORM object took longer than laying it out.
    """
    rows = session.execute(_notes_query(), {"meeting_id": meeting.id})
    by_item: dict[int | None, list[NoteLine]] = {}
    for item_id, kind, text, offset_seconds, parked, note_id in rows:
        by_item.setdefault(item_id, []).append(
            NoteLine(kind, text, offset_seconds, parked, note_id)
        )
    groups: list[ItemNotes] = []
    for number, item in enumerate(meeting.items, start=1):
        mine = by_item.get(item.id)
        if mine:
            groups.append(ItemNotes(number, item.title, tuple(mine)))
    loose = by_item.get(None)
    if loose:
        groups.append(ItemNotes(None, None, tuple(loose)))
    return tuple(groups)


_ROLE_ORDER = {DisputeRole.RAISED: 0, DisputeRole.DISCUSSED: 1, DisputeRole.SETTLED: 2, None: 3}


def _disputes(session: Session, meeting: Meeting, day: date) -> tuple[DisputeLine, ...]:
    """The disputes that came up at this meeting and those still open at its end, as they stood
    then: a later resolution is not printed early.

    Ordered raised, discussed, settled, then open ones that did not come up; oldest first.
    """
    lines: list[tuple[tuple[int, datetime, int], DisputeLine]] = []
    for standing in disputes_at_end(session, meeting):
        dispute, history = standing.dispute, standing.history
        here = next((link for link in history if link.meeting_id == meeting.id), None)
        raised = next((link for link in history if link.role is DisputeRole.RAISED), None)
        raised_on = (
            meeting_day(raised.meeting)
            if raised is not None
            else dispute.created_at.astimezone().date()
        )
        role = here.role if here is not None else None
        line = DisputeLine(
            title=dispute.title,
            category=dispute.category,
            raised_by=dispute.raised_by.name if dispute.raised_by else None,
            raised_by_team=dispute.raised_by_team,
            role=role,
            status_after=standing.status,
            sales_position=dispute.sales_position,
            marketing_position=dispute.marketing_position,
            resolution=dispute.resolution if here and not standing.is_open else "",
            raised_on=raised_on,
            times_discussed=max(1, len(history)),
            days_open=max(0, (day - raised_on).days) if standing.is_open else None,
            id=dispute.id,
        )
        lines.append(((_ROLE_ORDER[role], dispute.created_at, dispute.id), line))
    return tuple(line for _, line in sorted(lines, key=lambda pair: pair[0]))


def _action_line(item: ActionItem, status: ActionStatus, day: date) -> ActionLine:
    made = item.created_meeting
    return ActionLine(
        text=item.text,
        owner=item.owner.name if item.owner else None,
        team=item.team,
        due=item.due_date,
        status=status,
        made_on=meeting_day(made) if made is not None else None,
        overdue=is_overdue(status, item.due_date, day),
        id=item.id,
    )


def _action_order(item: ActionItem) -> tuple[date, int]:
    return (item.due_date or date.max, item.id)


@dataclass(frozen=True)
class _Actions:
    new: tuple[ActionLine, ...]
    carried: tuple[ActionLine, ...]
    closed: tuple[ActionLine, ...]
    overdue_elsewhere: tuple[ActionLine, ...]


@cache
def _made_or_closed_query() -> Select[tuple[ActionItem]]:
    """The action items made or closed at the meeting (parameter meeting_id)."""
    meeting_id = bindparam("meeting_id")
    return (
        select(ActionItem)
        .where(
            or_(
                ActionItem.created_meeting_id == meeting_id,
                ActionItem.closed_meeting_id == meeting_id,
            )
        )
        .options(
            joinedload(ActionItem.owner),
            joinedload(ActionItem.created_meeting),
            joinedload(ActionItem.closed_meeting),
        )
    )


def _actions(session: Session, meeting: Meeting, day: date) -> _Actions:
    """New, carried over and closed action items, and those overdue from elsewhere, each with
    its status when this meeting ended."""
    still_open = open_action_items_at_end(session, meeting)
    open_ids = {item.id for item in still_open}

    def status_then(item: ActionItem) -> ActionStatus:
        return ActionStatus.OPEN if item.id in open_ids else item.status

    here = session.scalars(_made_or_closed_query(), {"meeting_id": meeting.id}).all()
    new_items = [item for item in here if item.created_meeting_id == meeting.id]
    new = [
        _action_line(item, status_then(item), day)
        for item in sorted(new_items, key=lambda i: i.id)
    ]
    carried_items = [
        item
        for item in carried_action_items(session, meeting)
        if item.closed_meeting_id != meeting.id
    ]
    carried = [
        _action_line(item, status_then(item), day)
        for item in sorted(carried_items, key=_action_order)
    ]
    closed_items = [
        item
        for item in here
        if item.closed_meeting_id == meeting.id and item.created_meeting_id != meeting.id
    ]
    closed = [
        _action_line(item, item.status, day) for item in sorted(closed_items, key=_action_order)
    ]
    listed = {item.id for item in (*new_items, *carried_items)}
    elsewhere = [
        _action_line(item, ActionStatus.OPEN, day)
        for item in sorted(still_open, key=_action_order)
        if item.id not in listed and is_overdue(ActionStatus.OPEN, item.due_date, day)
    ]
    return _Actions(tuple(new), tuple(carried), tuple(closed), tuple(elsewhere))


def _metrics(session: Session, meeting: Meeting) -> tuple[MetricLine, ...]:
    """This meeting's numbers against the targets of its day, with the recent trend of each."""
    lines: list[MetricLine] = []
    values = sorted(meeting.metric_values, key=lambda v: (v.goal.name.casefold(), v.goal_id))
    trends = goals_trend_points(
        session,
        [value.goal for value in values],
        until=meeting.scheduled_at,
        series_id=meeting.series_id,
        last=CHART_POINTS,
    )
    day = meeting_day(meeting)
    for value in values:
        goal = value.goal
        trend = trends[goal.id]
        points = [MetricPoint(p.on, p.value, p.target) for p in trend]
        if not points or points[-1].on != day:
            points.append(MetricPoint(day, value.value, target_on(goal.targets, day)))
        lines.append(
            MetricLine(
                goal=goal.name,
                team=goal.team,
                unit=goal.unit,
                direction=goal.direction,
                value=value.value,
                target=target_on(goal.targets, day),
                period_label=value.period_label,
                history=tuple(points),
                smart=smart_line(goal.deadline, goal.objective or ""),
            )
        )
    return tuple(lines)


def _baseline(session: Session, meeting: Meeting) -> BaselineSection | None:
    taken = baseline_at_meeting(session, meeting.id)
    if taken is None:
        return None
    first = first_baseline(session)
    earlier = first if first is not None and first.id != taken.id else None
    changes = compare(earlier or taken, taken)
    answers = tuple(
        BaselineAnswer(
            question=c.question.text,
            answer=format_answer(c.question, c.after),
            first=format_answer(c.question, c.before) if earlier else None,
            change=c.direction if earlier else "",
        )
        for c in changes
    )
    reading = read_lead_quality(taken.answers, targets_in(session, meeting_day(meeting)))
    return BaselineSection(
        taken_at=taken.taken_at.astimezone(),
        first_taken_at=earlier.taken_at.astimezone() if earlier else None,
        answers=answers,
        lead_quality=reading.text if reading is not None else "",
    )


@cache
def _next_query() -> Select[tuple[Meeting]]:
    """The series' first meeting after a time, unless cancelled."""
    return (
        select(Meeting)
        .where(
            Meeting.series_id == bindparam("series_id"),
            Meeting.scheduled_at > bindparam("after"),
            Meeting.status != MeetingStatus.CANCELLED,
        )
        .order_by(Meeting.scheduled_at)
        .limit(1)
    )


def _next_meeting(session: Session, meeting: Meeting) -> NextMeeting | None:
    if meeting.series_id is None:
        return None
    following = session.scalar(
        _next_query(), {"series_id": meeting.series_id, "after": meeting.scheduled_at}
    )
    if following is None:
        return None
    return NextMeeting(following.title, following.scheduled_at.astimezone(), following.location)


def read_snapshot(db: Database, meeting_id: int, today: date | None) -> MinutesSnapshot:
    """The snapshot_meeting of facilitator.minutes.snapshot, read in one read transaction."""
    with db.read() as session:
        meeting = _load(session, meeting_id)
        scheduled = meeting.scheduled_at.astimezone()
        day = meeting_day(meeting)
        actions = _actions(session, meeting, day)
        moderator = meeting.moderator
        return MinutesSnapshot(
            meeting_id=meeting.id,
            title=meeting.title,
            kind=meeting.kind,
            status=meeting.status,
            series=meeting.series.name if meeting.series else None,
            scheduled_at=scheduled,
            started_at=_local(meeting.started_at),
            ended_at=_local(meeting.ended_at),
            cap_seconds=meeting.cap_seconds,
            location=meeting.location,
            moderator=PersonLine(moderator.name, moderator.team) if moderator else None,
            attendees=_attendees(meeting),
            agenda=_agenda(meeting),
            notes=_notes(session, meeting),
            disputes=_disputes(session, meeting, day),
            actions_new=actions.new,
            actions_carried=actions.carried,
            actions_closed=actions.closed,
            metrics=_metrics(session, meeting),
            next_meeting=_next_meeting(session, meeting),
            prepared_on=today or timesource.today(),
            baseline=_baseline(session, meeting),
            distribution=tuple(view.label for view in informed_in(session, meeting)),
            actions_overdue_elsewhere=actions.overdue_elsewhere,
            agreements=agreements_in_minutes(session, meeting, day),
            win_loss=win_loss_lines(session, meeting),
            funnel=funnel_in_minutes(session, meeting),
            neutrality=neutrality_in_minutes(session, meeting, day),
        )
