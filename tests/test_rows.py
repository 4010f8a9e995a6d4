"""Rows to plain objects and back, each by one function: agenda items, meetings, disputes."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from facilitator.record.disputes import (
    dispute_view,
    get_dispute,
    mark_discussed,
    open_dispute,
    set_dispute_status,
)
from facilitator.record.meetings import (
    MeetingSummary,
    create_meeting,
    list_meetings,
    load_meeting,
    meeting_summaries,
    meeting_view,
)
from facilitator.record.people import PersonInput, add_person
from facilitator.record.rows import agenda_plan, agenda_rows, planned_item, template_rows
from facilitator.record.run import running_meetings
from facilitator.record.templates import builtin_template
from facilitator.rules.agenda import AgendaPlan, PlannedItem
from facilitator.storage.database import Database
from facilitator.storage.models import (
    AgendaItem,
    Dispute,
    DisputeMeeting,
    Meeting,
    Template,
    TemplateItem,
)
from facilitator.vocabulary import (
    DisputeCategory,
    DisputeRole,
    DisputeStatus,
    ItemKind,
    MeetingKind,
    MeetingStatus,
    Team,
)

FRIDAY = datetime(2026, 11, 27, 15, 30, tzinfo=UTC)

FULL = PlannedItem(
    title="Sales update",
    kind=ItemKind.PRESENTATION,
    planned_seconds=12 * 60,
    presenter_team=Team.SALES,
    presenter_id=7,
    description="SLA status, deals in progress, big wins",
)
"""An item with no field left at its default, so a field dropped on the way shows."""

PLAN = AgendaPlan(
    kind=MeetingKind.WEEKLY,
    cap_seconds=40 * 60,
    items=(
        PlannedItem("Open action items", ItemKind.ACTION_ITEMS, 3 * 60),
        FULL,
        PlannedItem("Wrap-up", ItemKind.WRAP_UP, 3 * 60, Team.MARKETING, None, "Next steps"),
    ),
)


def test_every_field_of_a_planned_item_is_a_column_of_both_item_rows() -> None:
    names = {field.name for field in fields(PlannedItem)}
    assert names <= set(AgendaItem.__table__.columns.keys())
    assert names - {"presenter_id"} <= set(TemplateItem.__table__.columns.keys())


def test_a_planned_item_comes_back_whole_from_a_meeting_row() -> None:
    (row,) = agenda_rows(replace(PLAN, items=(FULL,)))
    assert row.position == 0
    assert planned_item(row) == FULL


def test_a_plan_comes_back_whole_from_a_meeting_s_rows() -> None:
    meeting = Meeting(kind=PLAN.kind, cap_seconds=PLAN.cap_seconds, items=agenda_rows(PLAN))
    assert [row.position for row in meeting.items] == [0, 1, 2]
    assert agenda_plan(meeting) == PLAN


def test_a_template_keeps_each_slot_s_team_and_never_a_person() -> None:
    spaced = replace(PLAN, items=(replace(FULL, title="  Sales update "), *PLAN.items[1:]))
    template = Template(kind=PLAN.kind, cap_seconds=PLAN.cap_seconds, items=template_rows(spaced))
    plan = agenda_plan(template)
    assert plan.items[0] == replace(FULL, presenter_id=None)
    assert plan.items[0].presenter_team is Team.SALES
    assert plan.items[1:] == tuple(replace(item, presenter_id=None) for item in PLAN.items[1:])


def test_a_stored_meeting_reads_back_as_its_plan_with_names(db: Database) -> None:
    jose = add_person(db, PersonInput("José", "jose@example.com", Team.SALES))
    mei = add_person(db, PersonInput("Mei", "mei@example.com", Team.MARKETING))
    plan = replace(PLAN, items=(PLAN.items[0], replace(FULL, presenter_id=jose), PLAN.items[2]))
    meeting_id = create_meeting(db, plan, title="Weekly", scheduled_at=FRIDAY, moderator_id=mei)
    view = load_meeting(db, meeting_id)
    assert view.plan() == plan
    assert [item.presenter_name for item in view.items] == [None, "José", None]
    assert (view.moderator_name, view.moderator_team) == ("Mei", Team.MARKETING)
    with db.read() as session:
        row = session.scalar(
            select(Meeting)
            .where(Meeting.id == meeting_id)
            .options(selectinload(Meeting.items).selectinload(AgendaItem.presenter))
        )
        assert row is not None
        assert meeting_view(row) == view
        assert agenda_plan(row) == plan


def test_the_meeting_list_and_the_running_ones_read_the_same_lines(db: Database) -> None:
    weekly = builtin_template("weekly").plan
    older = create_meeting(db, weekly, title="Older", scheduled_at=FRIDAY - timedelta(days=7))
    newer = create_meeting(db, weekly, title="Newer", scheduled_at=FRIDAY)
    with db.write() as session:
        running = session.get(Meeting, older)
        assert running is not None
        running.status = MeetingStatus.RUNNING
    assert [m.id for m in list_meetings(db)] == [newer, older]
    week_before = FRIDAY - timedelta(days=7)
    assert running_meetings(db) == [
        MeetingSummary(older, week_before, "Older", MeetingKind.WEEKLY, MeetingStatus.RUNNING)
    ]
    with db.read() as session:
        assert meeting_summaries(session, Meeting.title == "Newer") == [
            MeetingSummary(newer, FRIDAY, "Newer", MeetingKind.WEEKLY, MeetingStatus.PLANNED)
        ]


def test_a_stored_dispute_reads_as_its_view(db: Database) -> None:
    weekly = builtin_template("weekly").plan
    first = create_meeting(db, weekly, title="First", scheduled_at=FRIDAY)
    later = create_meeting(db, weekly, title="Later", scheduled_at=FRIDAY + timedelta(days=7))
    jose = add_person(db, PersonInput("José", "jose@example.com", Team.SALES))
    dispute_id = open_dispute(
        db,
        first,
        title="MQLs without a phone number",
        category=DisputeCategory.LEAD_QUALITY,
        raised_by_team=Team.SALES,
        raised_by_id=jose,
    )
    mark_discussed(db, dispute_id, later)
    set_dispute_status(db, dispute_id, DisputeStatus.IN_REVIEW, later)
    view = get_dispute(db, dispute_id)
    assert (view.raised_by_name, view.raised_meeting_id) == ("José", first)
    assert (view.meeting_count, view.last_meeting_at) == (2, FRIDAY + timedelta(days=7))
    assert view.status is DisputeStatus.IN_REVIEW and view.is_open
    with db.read() as session:
        row = session.scalar(
            select(Dispute)
            .where(Dispute.id == dispute_id)
            .options(
                selectinload(Dispute.meeting_links).selectinload(DisputeMeeting.meeting),
                selectinload(Dispute.raised_by),
            )
        )
        assert row is not None
        assert dispute_view(row) == view
        assert {link.role for link in row.meeting_links} == {
            DisputeRole.RAISED,
            DisputeRole.DISCUSSED,
        }
