"""The demo history: a new user opens a database that looks like months of real meetings."""

from __future__ import annotations

import tomllib
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator.record.demo import DemoRefused, load_demo, refusal_reason
from facilitator.record.demo.dates import Calendar
from facilitator.record.meetings import create_meeting
from facilitator.resource_folder import resource_folder
from facilitator.rules.agenda import AgendaPlan, PlannedItem
from facilitator.storage.database import Database, open_database
from facilitator.storage.models import (
    ActionItem,
    AlignmentBaseline,
    Attendance,
    Dispute,
    GoalTarget,
    Meeting,
    MetricValue,
    Note,
    Person,
    RunEvent,
    SLAGoal,
)
from facilitator.vocabulary import (
    ActionStatus,
    AttendanceStatus,
    DisputeRole,
    DisputeStatus,
    ItemKind,
    MeetingKind,
    MeetingStatus,
    NoteKind,
    RunEventKind,
    Team,
)

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One demo database shared by the tests that only read it."""
    db = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    load_demo(db, today=TODAY)
    yield db
    db.close()


def _ended(session: Session, kind: MeetingKind) -> list[Meeting]:
    return list(
        session.scalars(
            select(Meeting)
            .where(Meeting.kind == kind, Meeting.status == MeetingStatus.ENDED)
            .order_by(Meeting.scheduled_at)
        )
    )


def test_the_summary_counts_what_was_written(db: Database) -> None:
    summary = load_demo(db, today=TODAY)
    with db.read() as session:

        def count(model: type) -> int:
            return session.scalar(select(func.count()).select_from(model)) or 0

        assert summary.meetings == count(Meeting)
        assert summary.people == count(Person)
        assert summary.notes == count(Note)
        assert summary.disputes == count(Dispute)
        assert summary.action_items == count(ActionItem)
        assert summary.metric_values == count(MetricValue)
    assert summary.action_items >= 25
    assert summary.disputes >= 6


def test_months_of_weekly_and_management_meetings_have_been_held(demo: Database) -> None:
    with demo.read() as session:
        weekly = _ended(session, MeetingKind.WEEKLY)
        management = _ended(session, MeetingKind.MANAGEMENT)
        planned = session.scalars(
            select(Meeting).where(Meeting.status == MeetingStatus.PLANNED)
        ).all()
        assert len(weekly) >= 8
        assert len(management) >= 2
        assert all(m.started_at and m.ended_at and m.started_at < m.ended_at for m in weekly)
        assert weekly[-1].scheduled_at.astimezone().date() < TODAY
        assert TODAY - weekly[-1].scheduled_at.astimezone().date() <= timedelta(days=7)
        assert {m.series_id for m in weekly} == {weekly[0].series_id}
        next_weekly = [m for m in planned if m.kind is MeetingKind.WEEKLY]
        assert len(next_weekly) == 1
        assert 0 <= (next_weekly[0].scheduled_at.astimezone().date() - TODAY).days < 7
        assert next_weekly[0].series_id == weekly[0].series_id
        assert all(m.scheduled_at.astimezone().hour == 16 for m in weekly)


def test_sales_and_marketing_meet_with_a_neutral_moderator(demo: Database) -> None:
    with demo.read() as session:
        people = session.scalars(select(Person)).all()
        teams = Counter(p.team for p in people if p.active)
        assert teams[Team.SALES] >= 4
        assert teams[Team.MARKETING] >= 4
        for meeting in session.scalars(select(Meeting)):
            assert meeting.moderator is not None
            assert not meeting.moderator.team.has_stake
        assert any(not p.name.isascii() for p in people)
        assert all(p.email and p.email.endswith("@northwind.example") for p in people)


def test_presenter_slots_name_a_person_of_their_team(demo: Database) -> None:
    with demo.read() as session:
        for meeting in _ended(session, MeetingKind.WEEKLY):
            slots = [item for item in meeting.items if item.presenter_team is not None]
            assert {item.presenter_team for item in slots} == {Team.SALES, Team.MARKETING}
            for item in slots:
                assert item.presenter is not None
                assert item.presenter.team is item.presenter_team
                attendance = {a.person_id: a.status for a in meeting.attendance}
                assert attendance[item.presenter.id] is AttendanceStatus.PRESENT


def test_attendance_has_late_and_absent_people(demo: Database) -> None:
    with demo.read() as session:
        statuses = Counter(
            a.status
            for a in session.scalars(select(Attendance).join(Meeting))
            if a.meeting.status is MeetingStatus.ENDED
        )
        assert statuses[AttendanceStatus.PRESENT] > statuses[AttendanceStatus.LATE] > 0
        assert statuses[AttendanceStatus.ABSENT] > 0
        assert statuses[AttendanceStatus.INVITED] == 0


def test_notes_of_every_kind_sit_inside_their_item(demo: Database) -> None:
    with demo.read() as session:
        assert {n.kind for n in session.scalars(select(Note))} == set(NoteKind)
        assert session.scalar(select(func.count()).where(Note.parked)) >= 1
        for meeting in session.scalars(
            select(Meeting).where(Meeting.status.is_(MeetingStatus.ENDED))
        ):
            assert 6 <= len(meeting.notes) <= 12, meeting.scheduled_at
            assert meeting.started_at is not None
            for note in meeting.notes:
                item = note.item
                assert item is not None and item.actual_start and item.actual_end
                begin = (item.actual_start - meeting.started_at).total_seconds()
                end = (item.actual_end - meeting.started_at).total_seconds()
                assert begin <= note.offset_seconds <= end


def test_disputes_are_open_in_review_escalated_and_resolved(demo: Database) -> None:
    with demo.read() as session:
        disputes = session.scalars(select(Dispute)).all()
        assert {d.status for d in disputes} == set(DisputeStatus)
        assert {d.raised_by_team for d in disputes} == {Team.SALES, Team.MARKETING}
        assert len({d.category for d in disputes}) >= 5
        for dispute in disputes:
            assert dispute.sales_position and dispute.marketing_position
            assert dispute.raised_by is not None
            assert dispute.raised_by.team is dispute.raised_by_team
            links = sorted(dispute.meeting_links, key=lambda link: link.meeting.scheduled_at)
            assert links[0].role is DisputeRole.RAISED
            assert all(link.role is not DisputeRole.RAISED for link in links[1:])
            assert links[-1].status_after is dispute.status
            assert all(link.meeting.status is MeetingStatus.ENDED for link in links)
            if dispute.status is DisputeStatus.RESOLVED:
                assert dispute.resolution and dispute.resolved_at
                assert links[-1].role is DisputeRole.SETTLED
                assert links[-1].meeting.started_at <= dispute.resolved_at
                assert dispute.resolved_at <= links[-1].meeting.ended_at
            else:
                assert not dispute.resolution and dispute.resolved_at is None
                assert all(link.role is not DisputeRole.SETTLED for link in links)


def test_action_items_are_open_done_overdue_and_dropped(demo: Database) -> None:
    with demo.read() as session:
        items = session.scalars(select(ActionItem)).all()
        statuses = Counter(i.status for i in items)
        assert statuses[ActionStatus.DONE] >= 5
        assert statuses[ActionStatus.DROPPED] >= 1
        still_open = [i for i in items if i.status is ActionStatus.OPEN]
        assert sum(i.due_date < TODAY for i in still_open) >= 2
        assert sum(i.due_date >= TODAY for i in still_open) >= 3
        for item in items:
            assert item.owner is not None and item.team is item.owner.team
            assert item.created_meeting is not None and item.due_date is not None
            assert item.due_date > item.created_meeting.scheduled_at.astimezone().date()
            if item.status is ActionStatus.OPEN:
                assert item.closed_meeting is None and item.closed_at is None
            else:
                closing = item.closed_meeting
                assert closing is not None and item.closed_at is not None
                assert closing.scheduled_at > item.created_meeting.scheduled_at
                assert closing.started_at <= item.closed_at <= closing.ended_at


def test_metrics_are_recorded_against_goals_with_a_target_history(demo: Database) -> None:
    with demo.read() as session:
        goals = {g.key: g for g in session.scalars(select(SLAGoal))}
        assert set(goals) == {
            "mqls_delivered",
            "follow_up_24h",
            "follow_up_conversion",
            "pipeline_created",
        }
        assert goals["pipeline_created"].team is None
        assert [t.target for t in goals["mqls_delivered"].targets] == [400, 450]

        def target(value: MetricValue) -> float:
            day = value.meeting.scheduled_at.astimezone().date()
            return [t for t in value.goal.targets if t.effective_from <= day][-1].target

        values = session.scalars(select(MetricValue)).all()
        held = {
            m.id
            for m in session.scalars(select(Meeting).where(Meeting.status == MeetingStatus.ENDED))
            if m.kind is not MeetingKind.CAMPAIGN  # it reads the funnel by source, not the goals
        }
        assert {v.meeting_id for v in values} == held
        assert any(v.value < target(v) for v in values)
        assert any(v.value >= target(v) for v in values)
        judged_by_raised_goal = [
            v for v in values if v.goal.key == "mqls_delivered" and target(v) == 450
        ]
        assert judged_by_raised_goal
        assert all(len(v.period_label) <= 32 for v in values)
        assert session.scalar(select(func.count()).select_from(GoalTarget)) == 5


def test_an_alignment_baseline_is_taken_at_the_first_weekly_meeting(demo: Database) -> None:
    with demo.read() as session:
        first = _ended(session, MeetingKind.WEEKLY)[0]
        baselines = session.scalars(select(AlignmentBaseline)).all()
        assert first.id in {b.meeting_id for b in baselines}
        answers = next(b.answers for b in baselines if b.meeting_id == first.id)
        assert 1 <= answers["constructive"] <= 5
        for key in (
            "meeting_frequency",
            "communication_outside_meetings",
            "leaders_relationship",
            "followed_up_share",
            "conversion_share",
        ):
            assert key in answers


def test_agendas_fit_their_caps_and_runs_match_the_actual_times(demo: Database) -> None:
    with demo.read() as session:
        for meeting in session.scalars(select(Meeting)):
            assert sum(i.planned_seconds for i in meeting.items) <= meeting.cap_seconds
            if meeting.status is MeetingStatus.PLANNED:
                assert not meeting.run_events and meeting.started_at is None
                continue
            events = meeting.run_events
            assert [e.seq for e in events] == list(range(len(events)))
            assert [e.at for e in events] == sorted(e.at for e in events)
            assert [e.monotonic for e in events] == sorted(e.monotonic for e in events)
            assert all(e.at.tzinfo is UTC for e in events)
            assert events[0].kind is RunEventKind.START and events[0].at == meeting.started_at
            assert events[-1].kind is RunEventKind.END and events[-1].at == meeting.ended_at
            starts = [e.at for e in events if e.kind in (RunEventKind.START, RunEventKind.NEXT)]
            assert starts == [item.actual_start for item in meeting.items]
            kinds = [e.kind for e in events]
            assert kinds.count(RunEventKind.PAUSE) == kinds.count(RunEventKind.RESUME)
            for event in events:
                assert event.monotonic == pytest.approx(
                    (event.at - meeting.started_at).total_seconds()
                )
                assert (event.seconds > 0) is (event.kind is RunEventKind.EXTEND)
            for before, after in zip(meeting.items, meeting.items[1:], strict=False):
                assert before.actual_end == after.actual_start
            assert meeting.items[-1].actual_end == meeting.ended_at
            overrun = (meeting.ended_at - meeting.started_at).total_seconds() - meeting.cap_seconds
            assert overrun < 5 * 60


def test_some_items_overrun_and_the_clock_was_paused_and_extended(demo: Database) -> None:
    with demo.read() as session:
        events = Counter(e.kind for e in session.scalars(select(RunEvent)))
        assert events[RunEventKind.PAUSE] >= 1 and events[RunEventKind.EXTEND] >= 1
        overruns = [
            (i.actual_end - i.actual_start).total_seconds() - i.planned_seconds
            for m in _ended(session, MeetingKind.WEEKLY)
            for i in m.items
        ]
        assert any(30 <= o <= 90 for o in overruns)
        assert any(o < 0 for o in overruns)


def _fingerprint(db: Database) -> list[tuple]:
    with db.read() as session:
        meetings = [
            (m.title, m.scheduled_at, m.status, m.started_at, m.ended_at, len(m.notes))
            for m in session.scalars(select(Meeting).order_by(Meeting.id))
        ]
        notes = [
            (n.text, n.kind, n.offset_seconds)
            for n in session.scalars(select(Note).order_by(Note.id))
        ]
        values = [
            (v.value, v.period_label)
            for v in session.scalars(select(MetricValue).order_by(MetricValue.id))
        ]
        attendance = [
            (a.meeting_id, a.person_id, a.status)
            for a in session.scalars(select(Attendance).order_by(Attendance.meeting_id))
        ]
    return [meetings, notes, values, sorted(attendance)]


def test_the_same_seed_and_day_give_the_same_history(tmp_path: Path) -> None:
    loaded = []
    for name in ("one", "two"):
        db = open_database(tmp_path / f"{name}.sqlite")
        try:
            summary = load_demo(db, today=TODAY, seed=11)
            loaded.append((summary, _fingerprint(db)))
        finally:
            db.close()
    assert loaded[0] == loaded[1]


def test_another_seed_gives_other_timings(tmp_path: Path) -> None:
    fingerprints = []
    for seed in (1, 2):
        db = open_database(tmp_path / f"{seed}.sqlite")
        try:
            load_demo(db, today=TODAY, seed=seed)
            fingerprints.append(_fingerprint(db))
        finally:
            db.close()
    assert fingerprints[0][0] != fingerprints[1][0]


def test_a_database_with_meetings_is_refused_untouched(db: Database) -> None:
    plan = AgendaPlan(MeetingKind.OTHER, 1800, (PlannedItem("Talk", ItemKind.DISCUSSION, 600),))
    create_meeting(db, plan, title="Real meeting", scheduled_at=_aware(TODAY))
    assert refusal_reason(db) is not None
    with pytest.raises(DemoRefused) as refused:
        load_demo(db, today=TODAY)
    assert str(refused.value) == (
        "the database already holds 1 meeting; the demo only fills an empty one"
    )
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Meeting)) == 1
        assert session.scalar(select(func.count()).select_from(Person)) == 0
        assert session.scalar(select(func.count()).select_from(SLAGoal)) == 0


def test_the_demo_loads_only_once(demo: Database) -> None:
    with demo.read() as session:
        before = session.scalar(select(func.count()).select_from(Meeting))
    with pytest.raises(DemoRefused, match=rf"already holds {before} meetings"):
        load_demo(demo, today=TODAY)
    with demo.read() as session:
        assert session.scalar(select(func.count()).select_from(Meeting)) == before


def test_people_without_meetings_are_not_mixed_with_demo_people(db: Database) -> None:
    with db.write() as session:
        session.add(Person(name="Real Person", email="real@example.com", team=Team.SALES))
    assert refusal_reason(db) == (
        "the database already holds 1 person; the demo only fills an empty one"
    )
    with pytest.raises(DemoRefused):
        load_demo(db, today=TODAY)


def test_an_empty_database_may_take_the_demo(db: Database) -> None:
    assert refusal_reason(db) is None


@pytest.mark.parametrize(
    "today",
    [
        date(2026, 12, 2),  # three management meetings in range
        date(2027, 1, 1),  # new year
        date(2026, 3, 29),  # around a daylight-saving change in Europe
        date(2026, 11, 19),  # a Thursday: today's meeting is the next one
        date(2027, 2, 2),  # a first Tuesday: today's management meeting is still ahead
    ],
)
def test_any_day_gives_a_consistent_history(tmp_path: Path, today: date) -> None:
    db = open_database(tmp_path / "demo.sqlite")
    try:
        load_demo(db, today=today)
        with db.read() as session:
            for meeting in session.scalars(select(Meeting)):
                held = meeting.status is MeetingStatus.ENDED
                assert (meeting.scheduled_at.astimezone().date() < today) is held
            assert len(_ended(session, MeetingKind.MANAGEMENT)) >= 2
    finally:
        db.close()


def test_the_calendar_holds_for_every_day_of_two_years() -> None:
    day = date(2026, 1, 1)
    while day < date(2028, 1, 1):
        calendar = Calendar.around(day)
        assert len(calendar.weekly) == 10
        assert all(d.weekday() == 3 for d in (*calendar.weekly, calendar.next_weekly))
        assert day - timedelta(days=7) <= calendar.weekly[-1] < day <= calendar.next_weekly
        assert 2 <= len(calendar.management) <= 3
        assert all(d.day <= 7 and d.weekday() == 1 for d in calendar.management)
        assert calendar.weekly[0] <= calendar.management[0]
        assert calendar.management[-1] < day <= calendar.next_management
        assert calendar.management[-1] > calendar.weekly[4]
        day += timedelta(days=1)


def _aware(day: date) -> datetime:
    return datetime.combine(day, dtime(9, 0)).astimezone()


def test_the_standard_goals_of_a_new_database_give_way_to_the_demo(db: Database) -> None:
    from facilitator.measures.metrics import ensure_default_goals

    assert ensure_default_goals(db)
    assert refusal_reason(db) is None
    load_demo(db)
    with db.read() as session:
        keys = session.scalars(select(SLAGoal.key)).all()
    assert sorted(keys) == sorted(set(keys))
    assert not ensure_default_goals(db)


def test_standard_goals_with_recorded_values_keep_the_demo_out(db: Database) -> None:
    from facilitator.measures.metrics import ensure_default_goals

    ensure_default_goals(db)
    with db.write() as session:
        goal = session.scalars(select(SLAGoal)).first()
        assert goal is not None
        goal.targets.append(GoalTarget(target=1.0, effective_from=date(2026, 1, 1)))
    with pytest.raises(DemoRefused, match="goal"):
        load_demo(db)


def _demo_data(name: str) -> dict:
    return tomllib.loads((resource_folder() / "demo" / name).read_text(encoding="utf-8"))


def test_the_story_is_data_that_names_only_its_own_people_and_meetings(demo: Database) -> None:
    """resources/demo holds what happened; a person or meeting it names is one the demo has."""
    people = {person["key"]: person["name"] for person in _demo_data("people.toml")["person"]}
    meetings = _demo_data("meetings.toml")
    notes = _demo_data("notes.toml")
    held = {f"W{index}" for index in range(10)} | {"M-3", "M-2", "M-1"}
    assert set(notes) == held
    named = [
        meetings["moderator"],
        meetings["stand_in_moderator"],
        *meetings["management"]["managers"],
        *meetings["weekly"]["marketing_presenters"],
        *meetings["weekly"]["sales_presenters"],
    ]
    named += [dispute["raised_by"] for dispute in _demo_data("disputes.toml")["dispute"]]
    actions = _demo_data("action_items.toml")["action_item"]
    named += [action["owner"] for action in actions]
    assert set(named) <= set(people)
    assert {action["made_at"] for action in actions} <= held
    assert {action["closed_at"] for action in actions if "closed_at" in action} <= held
    parked = {
        line.split(maxsplit=2)[2]
        for block in notes.values()
        for line in block.splitlines()
        if line[:1].isdigit() and line.split()[1] == "parked"
    }
    with demo.read() as session:
        assert set(session.scalars(select(Person.name))) == set(people.values())
        assert set(session.scalars(select(Note.text).where(Note.parked))) == parked
        assert len(parked) == 2
