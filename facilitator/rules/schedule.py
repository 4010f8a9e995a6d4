"""When meetings happen: a template's suggested start, and the next date of a series.

Dates move on the wall clock, not in absolute time: a weekly meeting at 16:30 stays at 16:30
across a daylight-saving change. A month step keeps the day of the month and clamps it to the
month's end (31 January + 1 month = 28 or 29 February); a quarter is three such months.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from facilitator.language import _
from facilitator.meeting_views import SeriesView
from facilitator.record.templates import MeetingTemplate
from facilitator.record.user_templates import TemplateNotFound, parse_template_key
from facilitator.rules.rhythm import first_date_after, next_date
from facilitator.rules.rhythm import occurrence as occurrence
from facilitator.storage.database import Database
from facilitator.storage.models import Meeting, Series, Template
from facilitator.vocabulary import Frequency, MeetingKind

MAX_SERIES_NAME_LENGTH = 200
WORKING_DAYS = range(0, 5)
MOVE_AFTER = timedelta(hours=3)
"""A start further than this from the scheduled time, on another day, dates the meeting anew."""


class SeriesRefused(ValueError):
    """A series that can't be stored; the message is one line for the user."""


class SeriesNotFound(LookupError):
    def __init__(self, series_id: int) -> None:
        super().__init__(_("There is no series {id}.").format(id=series_id))
        self.series_id = series_id


def needs_move(scheduled_at: datetime, now: datetime) -> bool:
    """Whether a meeting started now is held on another day than planned, so should be moved.

    Any start on the planned local day keeps the plan, and so does one within MOVE_AFTER of the
    scheduled time: an evening meeting running late past midnight is still that evening's.
    """
    if abs(now - scheduled_at) <= MOVE_AFTER:
        return False
    return scheduled_at.astimezone().date() != now.astimezone().date()


def day_text(moment: datetime) -> str:
    """The local day, short: 'Thu 10 Dec'."""
    local = moment.astimezone()
    return f"{local:%a} {local.day} {local:%b}"


def move_question(scheduled_at: datetime, now: datetime) -> str:
    """What the moderator is asked before starting a meeting that needs_move."""
    at = scheduled_at.astimezone()
    return _(
        "Scheduled for {day} at {time}; start it now and move it to today, {today}?\n\n"
        "The meeting is then dated by its run: the meeting list, the minutes, overdue action "
        "items and the series' next date go by today. Cancel leaves it as planned and not "
        "started."
    ).format(day=day_text(at), time=f"{at:%H:%M}", today=day_text(now))


def suggested_start(template: MeetingTemplate, on: date) -> datetime:
    """The template's usual start on that day, in local time (the weekly one: 16:30)."""
    return datetime.combine(on, template.start_time).astimezone()


def next_suggested_start(template: MeetingTemplate, now: datetime) -> datetime:
    """The next working day's usual start still ahead of now: New meeting's default date."""
    day = now.astimezone().date()
    while True:
        if day.weekday() in WORKING_DAYS:
            candidate = suggested_start(template, day)
            if candidate > now:
                return candidate
        day += timedelta(days=1)


def create_series(
    db: Database,
    name: str,
    kind: MeetingKind,
    frequency: Frequency,
    template_key: str | None = None,
) -> int:
    """Start a series of recurring meetings; a user template key links its template.

    Built-in templates are not rows in the database, so a series made from one links none.
    """
    name = name.strip()
    if not name:
        raise SeriesRefused(_("A series needs a name."))
    if len(name) > MAX_SERIES_NAME_LENGTH:
        raise SeriesRefused(
            _(
                "The series name is {length} characters; the most is {max_series_name_length}."
            ).format(length=len(name), max_series_name_length=MAX_SERIES_NAME_LENGTH)
        )
    template_id = None
    if template_key is not None:
        source, ident = parse_template_key(template_key)
        if source == "user":
            template_id = int(ident)
    with db.write() as session:
        if template_id is not None and session.get(Template, template_id) is None:
            raise TemplateNotFound(template_key or "")
        series = Series(name=name, kind=kind, frequency=frequency, template_id=template_id)
        session.add(series)
        session.flush()
        return series.id


def list_series(db: Database) -> list[SeriesView]:
    with db.read() as session:
        rows = session.execute(
            select(
                Series,
                func.count(Meeting.id),
                func.max(Meeting.scheduled_at),
            )
            .outerjoin(Meeting, Meeting.series_id == Series.id)
            .group_by(Series.id)
        ).all()
        views = [
            SeriesView(
                id=series.id,
                name=series.name,
                kind=series.kind,
                frequency=series.frequency,
                template_id=series.template_id,
                meeting_count=count,
                last_scheduled_at=last,
            )
            for series, count, last in rows
        ]
    return sorted(views, key=lambda view: (view.name.casefold(), view.id))


def next_meeting_date(
    db: Database, series_id: int, *, not_before: datetime | None = None
) -> datetime | None:
    """The series' last meeting advanced by its frequency; None while it has no meeting.

    With not_before, a series that lapsed is carried forward to its first date after then.
    """
    with db.read() as session:
        series = session.get(Series, series_id)
        if series is None:
            raise SeriesNotFound(series_id)
        last = session.scalar(
            select(Meeting.scheduled_at)
            .where(Meeting.series_id == series_id)
            .order_by(Meeting.scheduled_at.desc(), Meeting.id.desc())
            .limit(1)
        )
        frequency = series.frequency
    if last is None:
        return None
    if not_before is None:
        return next_date(frequency, last)
    return first_date_after(frequency, last, not_before)
