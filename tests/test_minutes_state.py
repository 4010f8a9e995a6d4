"""The minutes carry the whole state at the meeting's end (issue #12, point 2).

Every dispute still open when the meeting ended is in them, with its status and age, whether it
came up there or not; the headline counts equal what the Disputes and Action items windows show
on the meeting's day; and "overdue" is judged on the meeting's date, not on the day the PDF is
made. The series is built through the core, walking the app's wall clock from meeting to meeting.
"""

from __future__ import annotations

import io
import unicodedata
from datetime import UTC, date, datetime, timedelta

import pytest
from fake_time import FakeWall
from pypdf import PdfReader

from facilitator.minutes import MinutesSnapshot, render_minutes, snapshot_meeting
from facilitator.record.action_items import add_action_item, list_action_items, set_action_status
from facilitator.record.disputes import (
    list_disputes,
    open_dispute,
    open_disputes,
    set_dispute_status,
)
from facilitator.record.meetings import create_meeting
from facilitator.record.templates import builtin_template
from facilitator.rules.schedule import create_series
from facilitator.storage.database import Database
from facilitator.storage.models import Meeting
from facilitator.vocabulary import (
    ActionStatus,
    DisputeCategory,
    DisputeRole,
    DisputeStatus,
    Frequency,
    MeetingKind,
    MeetingStatus,
    Team,
)

FIRST = datetime(2026, 10, 26, 12, 0, tzinfo=UTC)
"""The series' first meeting; the meetings are a week apart, at noon UTC so no zone moves a date."""
WEEK = timedelta(weeks=1)
MEETING_DAY = date(2026, 11, 9)
"""The third meeting's date: the minutes under test."""
PDF_DAY = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
"""When the minutes are made: two weeks after the meeting."""

OPEN_DISPUTES = {
    "Webinar leads are students and job seekers",
    "Leads wait two days for a first call",
    "Recycled leads come back without a reason",
    "Event leads reach the CRM two weeks late",
    "The SLA's 24-hour window is too short",
}
OVERDUE = {
    "Export closed-won deals for the scoring rebuild",
    "Fix the UTM tags on paid campaigns",
    "Send the event badge scans to Sales",
}
DUE_AFTER_THE_MEETING = "Translate the DACH landing page"


def _text(pdf: bytes) -> str:
    """The PDF's text, every run of whitespace as one space, so wrapped lines read as typed."""
    pages = PdfReader(io.BytesIO(pdf)).pages
    words = " ".join(unicodedata.normalize("NFC", page.extract_text()) for page in pages).split()
    return " ".join(words)


def _hold(db: Database, meeting_id: int) -> None:
    """The meeting ran for forty minutes from its scheduled time."""
    with db.write() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        meeting.status = MeetingStatus.ENDED
        meeting.started_at = meeting.scheduled_at
        meeting.ended_at = meeting.scheduled_at + timedelta(minutes=40)


class _Series:
    """Four weekly meetings and a one-off review outside the series; the fourth is held only
    when a test says so, after the third's minutes were first read."""

    def __init__(self, db: Database, wall: FakeWall) -> None:
        self.db, self.wall = db, wall
        plan = builtin_template("weekly").plan
        series = create_series(db, "Weekly", MeetingKind.WEEKLY, Frequency.WEEKLY)
        self.weekly = [
            create_meeting(
                db, plan, title="Weekly smarketing", scheduled_at=FIRST + n * WEEK, series_id=series
            )
            for n in range(4)
        ]
        self.review = create_meeting(
            db, plan, title="Pipeline review", scheduled_at=FIRST + timedelta(days=2)
        )
        self.disputes: dict[str, int] = {}
        self.actions: dict[str, int] = {}

    def at(self, meeting_id: int) -> None:
        """Move the wall clock into the meeting."""
        with self.db.read() as session:
            meeting = session.get(Meeting, meeting_id)
            assert meeting is not None
            self.wall.now = meeting.scheduled_at + timedelta(minutes=10)

    def dispute(self, meeting_id: int, title: str) -> int:
        self.disputes[title] = open_dispute(
            self.db,
            meeting_id,
            title=title,
            category=DisputeCategory.LEAD_QUALITY,
            raised_by_team=Team.SALES,
        )
        return self.disputes[title]

    def action(self, meeting_id: int, text: str, due: date) -> int:
        self.actions[text] = add_action_item(
            self.db, meeting_id, text=text, team=Team.MARKETING, due_date=due
        )
        return self.actions[text]

    def build(self) -> int:
        """Three weekly meetings and the review held; returns the third weekly meeting."""
        db = self.db
        first, second, third, _ = self.weekly

        self.at(first)
        students = self.dispute(first, "Webinar leads are students and job seekers")
        self.dispute(first, "Leads wait two days for a first call")
        budget = self.dispute(first, "Trade-show budget should move to intent data")
        sla = self.dispute(first, "The SLA's 24-hour window is too short")
        self.action(first, "Export closed-won deals for the scoring rebuild", date(2026, 10, 30))
        early = self.action(first, "Share the CRM stage definitions", date(2026, 11, 2))
        self.action(first, "Book the booth at TechWeek", date(2026, 11, 3))
        _hold(db, first)

        self.at(self.review)
        self.dispute(self.review, "Event leads reach the CRM two weeks late")
        self.action(self.review, "Send the event badge scans to Sales", date(2026, 11, 4))
        _hold(db, self.review)

        self.wall.now = FIRST + timedelta(days=10)
        set_action_status(db, self.actions["Book the booth at TechWeek"], ActionStatus.DROPPED)

        self.at(second)
        set_dispute_status(db, students, DisputeStatus.IN_REVIEW, second)
        set_dispute_status(db, budget, DisputeStatus.RESOLVED, second, resolution="Move €20k.")
        set_dispute_status(db, sla, DisputeStatus.ESCALATED, second)
        mql = self.dispute(second, "What counts as an MQL")
        set_action_status(db, early, ActionStatus.DONE, second)
        self.action(second, "Fix the UTM tags on paid campaigns", date(2026, 11, 6))
        self.action(second, DUE_AFTER_THE_MEETING, date(2026, 11, 12))
        closed_here = self.action(second, "Call back the DACH leads", date(2026, 11, 5))
        _hold(db, second)

        self.at(third)
        set_dispute_status(db, mql, DisputeStatus.RESOLVED, third, resolution="A demo request.")
        self.dispute(third, "Recycled leads come back without a reason")
        set_action_status(db, closed_here, ActionStatus.DONE, third)
        self.action(third, "List 30 DACH target accounts", date(2026, 11, 16))
        _hold(db, third)

        self.wall.now = PDF_DAY
        return third

    def hold_the_fourth(self) -> None:
        """The next meeting settles one dispute, closes one overdue item and raises a dispute."""
        fourth = self.weekly[3]
        self.at(fourth)
        set_dispute_status(
            self.db,
            self.disputes["Webinar leads are students and job seekers"],
            DisputeStatus.RESOLVED,
            fourth,
            resolution="Company email required.",
        )
        set_action_status(
            self.db,
            self.actions["Export closed-won deals for the scoring rebuild"],
            ActionStatus.DONE,
            fourth,
        )
        self.dispute(fourth, "Discount approvals take a week")
        _hold(self.db, fourth)
        self.wall.now = PDF_DAY


@pytest.fixture
def series(db: Database, wall: FakeWall) -> _Series:
    return _Series(db, wall)


def _minutes(db: Database, meeting_id: int) -> tuple[MinutesSnapshot, str]:
    snapshot = snapshot_meeting(db, meeting_id)
    return snapshot, _text(render_minutes(snapshot))


def _check_the_third_meetings_minutes(snapshot: MinutesSnapshot, text: str) -> None:
    assert snapshot.meeting_date == MEETING_DAY
    assert snapshot.prepared_on == PDF_DAY.date()
    assert {d.title for d in snapshot.open_disputes} == OPEN_DISPUTES
    assert {a.text for a in snapshot.overdue_actions} == OVERDUE
    assert f"{len(OPEN_DISPUTES)} open disputes, 1 settled" in text
    assert f"{len(OVERDUE)} overdue action items" in text
    for title in [*OPEN_DISPUTES, "What counts as an MQL"]:
        assert title in text, title
    for gone in ("Trade-show budget should move to intent data", "Discount approvals take a week"):
        assert gone not in text
    for title in OVERDUE:
        assert title in text, title
    assert text.count("OVERDUE") == len(OVERDUE)
    assert DUE_AFTER_THE_MEETING in text


def test_every_open_dispute_and_overdue_item_is_in_the_minutes_as_the_windows_count_them(
    db: Database, series: _Series
):
    third = series.build()

    snapshot, text = _minutes(db, third)

    _check_the_third_meetings_minutes(snapshot, text)
    assert len(open_disputes(db)) == len(snapshot.open_disputes)
    assert sum(view.is_open for view in list_disputes(db)) == len(OPEN_DISPUTES)
    on_the_day = list_action_items(db, today=MEETING_DAY)
    assert {view.text for view in on_the_day if view.overdue} == OVERDUE
    when_made = list_action_items(db)
    assert sum(view.overdue for view in when_made) > len(OVERDUE)
    assert DUE_AFTER_THE_MEETING in {view.text for view in when_made if view.overdue}


def test_disputes_untouched_at_the_meeting_are_listed_with_status_and_age(
    db: Database, series: _Series
):
    third = series.build()

    snapshot, text = _minutes(db, third)

    lines = {line.title: line for line in snapshot.disputes}
    untouched = {title for title, line in lines.items() if line.role is None}
    assert untouched == OPEN_DISPUTES - {"Recycled leads come back without a reason"}
    students = lines["Webinar leads are students and job seekers"]
    assert (students.status_after, students.raised_on, students.days_open) == (
        DisputeStatus.IN_REVIEW,
        date(2026, 10, 26),
        14,
    )
    assert students.times_discussed == 2
    assert lines["The SLA's 24-hour window is too short"].status_after is DisputeStatus.ESCALATED
    assert lines["Event leads reach the CRM two weeks late"].days_open == 12
    assert lines["Recycled leads come back without a reason"].role is DisputeRole.RAISED
    assert lines["What counts as an MQL"].role is DisputeRole.SETTLED
    assert "Still open, not discussed at this meeting" in text
    assert (
        "IN REVIEW Webinar leads are students and job seekers Lead quality · raised by someone "
        "(Sales) on 26 Oct 2026, open 2 weeks · on the agenda 2 times"
    ) in text
    assert "raised by someone (Sales) on 28 Oct 2026, open 12 days" in text


def test_overdue_from_outside_the_series_is_listed_and_counted(db: Database, series: _Series):
    third = series.build()

    snapshot, text = _minutes(db, third)

    assert [a.text for a in snapshot.actions_overdue_elsewhere] == [
        "Send the event badge scans to Sales"
    ]
    assert "Also overdue, from meetings outside this series" in text
    assert "Send the event badge scans to Sales since 28 Oct 2026" in text
    carried = {a.text: a for a in snapshot.actions_carried}
    assert not carried[DUE_AFTER_THE_MEETING].overdue
    assert "Book the booth at TechWeek" not in text
    assert "Share the CRM stage definitions" not in text


def test_later_meetings_do_not_change_what_the_minutes_say(db: Database, series: _Series):
    third = series.build()
    before = snapshot_meeting(db, third)

    series.hold_the_fourth()
    after, text = _minutes(db, third)

    assert after == before
    _check_the_third_meetings_minutes(after, text)
    assert len(open_disputes(db)) == len(OPEN_DISPUTES)
    assert "Discount approvals take a week" in {d.title for d in open_disputes(db)}


def test_the_next_meetings_minutes_read_the_windows_on_its_own_day(
    db: Database, series: _Series
):
    series.build()
    series.hold_the_fourth()

    snapshot, text = _minutes(db, series.weekly[3])

    assert len(snapshot.open_disputes) == len(open_disputes(db)) == len(OPEN_DISPUTES)
    on_the_day = list_action_items(db, today=snapshot.meeting_date)
    overdue = {view.text for view in on_the_day if view.overdue}
    assert {a.text for a in snapshot.overdue_actions} == overdue
    assert f"{len(overdue)} overdue action items" in text
    assert DUE_AFTER_THE_MEETING in overdue
