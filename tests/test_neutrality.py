"""The neutrality report's core: settlements recorded when resolving, floor time replayed from
the run events, disputes raised and settled per meeting and per period, and the verdicts."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from fake_time import FakeClock
from pypdf import PdfReader

from facilitator.measures.baseline import (
    QUESTION_BY_KEY,
    BaselineView,
    compare,
    format_answer,
    list_baselines,
)
from facilitator.minutes.pdf import render_minutes
from facilitator.minutes.snapshot import snapshot_meeting
from facilitator.neutrality.balance import last_three_months, quarter_of
from facilitator.neutrality.balance_reading import period_balance
from facilitator.neutrality.floor_time import FloorTime
from facilitator.neutrality.lead_quality import Targets, lead_quality_targets, read_lead_quality
from facilitator.neutrality.minutes_lines import NeutralityInMinutes
from facilitator.record.disputes import (
    get_dispute,
    list_disputes,
    open_dispute,
    set_dispute_status,
)
from facilitator.record.run import MeetingRun
from facilitator.storage.database import Database
from facilitator.storage.models import Meeting
from facilitator.vocabulary import (
    DisputeCategory,
    DisputeStatus,
    MeetingKind,
    MeetingStatus,
    Settlement,
    Team,
)

MONDAY = datetime(2026, 11, 2, 12, 30, tzinfo=UTC)
MARKETING_ITEM, SALES_ITEM = 1, 2


def _run(db: Database, meeting_id: int, steps: list[tuple[str, float]]) -> None:
    """Presses the clock as steps say: (control, seconds to wait after it); 'jump N' jumps."""
    clock = FakeClock()
    started = MONDAY

    def wall() -> datetime:
        return started + timedelta(seconds=clock.now - 1000.0)

    run = MeetingRun.open(db, meeting_id, time_source=clock, wall=wall, boot=lambda: "boot")
    for control, wait in steps:
        if control.startswith("jump"):
            run.jump(int(control.split()[1]))
        else:
            getattr(run, control)()
        clock.advance(wait)


def _weekly(new_weekly_meeting: Callable[..., int], weeks: int = 0) -> int:
    return new_weekly_meeting(f"Weekly {weeks}", MONDAY + timedelta(weeks=weeks))


def _dispute(db: Database, meeting_id: int, team: Team) -> int:
    return open_dispute(
        db,
        meeting_id,
        title=f"Raised by {team.label}",
        category=DisputeCategory.LEAD_QUALITY,
        raised_by_team=team,
    )


def test_resolving_records_the_settlement_escalating_says_so_and_reopening_clears_it(
    db: Database, new_weekly_meeting: Callable[..., int]
) -> None:
    meeting = _weekly(new_weekly_meeting)
    dispute = _dispute(db, meeting, Team.SALES)
    set_dispute_status(db, dispute, DisputeStatus.ESCALATED, meeting)
    assert get_dispute(db, dispute).settlement is Settlement.ESCALATED
    set_dispute_status(
        db,
        dispute,
        DisputeStatus.RESOLVED,
        meeting,
        resolution="Score 60+",
        settlement=Settlement.COMPROMISE,
    )
    assert get_dispute(db, dispute).settlement is Settlement.COMPROMISE
    set_dispute_status(db, dispute, DisputeStatus.RESOLVED, meeting, resolution="Score 65+")
    assert get_dispute(db, dispute).settlement is Settlement.COMPROMISE, "None keeps it"
    set_dispute_status(db, dispute, DisputeStatus.OPEN, meeting)
    assert get_dispute(db, dispute).settlement is None


def test_floor_time_is_the_time_on_each_teams_items_without_pauses(
    db: Database, new_weekly_meeting: Callable[..., int]
) -> None:
    meeting = _weekly(new_weekly_meeting)
    _run(
        db,
        meeting,
        [
            ("start", 60),  # the review: shared
            ("next_item", 300),  # Marketing
            ("pause", 600),  # a pause is nobody's
            ("resume", 300),
            ("next_item", 420),  # Sales
            ("jump 1", 120),  # back to Marketing for two minutes
            ("jump 3", 90),  # the disputes: shared
            ("end", 0),
        ],
    )
    report = period_balance(db, date(2026, 11, 2), date(2026, 11, 2), "day")
    assert [row.floor for row in report.meetings] == [FloorTime(420, 720, 150)]
    assert report.floor.share(Team.MARKETING) == pytest.approx(720 / 1140)


def test_a_meeting_without_run_events_counts_its_stored_times(
    db: Database, new_weekly_meeting: Callable[..., int]
) -> None:
    meeting = _weekly(new_weekly_meeting)
    with db.write() as session:
        row = session.get(Meeting, meeting)
        assert row is not None
        row.status = MeetingStatus.ENDED
        start = MONDAY
        for item in row.items:
            item.actual_start, item.actual_end = start, start + timedelta(minutes=5)
            start += timedelta(minutes=5)
    report = period_balance(db, date(2026, 11, 1), date(2026, 11, 30), "November")
    assert report.floor == FloorTime(300, 300, 900)
    assert report.verdicts == ()


def test_a_team_holding_the_floor_tips_the_meeting_and_the_period(
    db: Database, new_weekly_meeting: Callable[..., int]
) -> None:
    lopsided, fair = _weekly(new_weekly_meeting), _weekly(new_weekly_meeting, 1)
    _run(db, lopsided, [("start", 0), ("next_item", 240), ("next_item", 960), ("end", 0)])
    _run(db, fair, [("start", 0), ("next_item", 600), ("next_item", 600), ("end", 0)])
    report = period_balance(db, date(2026, 11, 1), date(2026, 11, 30), "November")
    first, second = report.meetings
    assert first.verdicts == (
        "Sales held the floor 80 % of the two teams' time (16:00 against 4:00), over the "
        "65 % a balanced meeting stays under: give Marketing room.",
    )
    assert second.verdicts == ()
    assert report.floor == FloorTime(1560, 840, 0)
    assert report.verdicts[0].startswith("Sales held the floor 65 % of the two teams' time")
    assert "over the 60 %" in report.verdicts[0]


def test_disputes_raised_by_each_team_and_settlements_counted_once_a_period(
    db: Database, new_weekly_meeting: Callable[..., int]
) -> None:
    first, second = _weekly(new_weekly_meeting), _weekly(new_weekly_meeting, 1)
    for meeting in (first, second):
        _run(db, meeting, [("start", 0), ("next_item", 600), ("next_item", 600), ("end", 0)])
    sales = [_dispute(db, first, Team.SALES) for _ in range(4)]
    marketing = _dispute(db, first, Team.MARKETING)
    set_dispute_status(db, sales[0], DisputeStatus.ESCALATED, first)
    for dispute in sales:
        set_dispute_status(
            db,
            dispute,
            DisputeStatus.RESOLVED,
            second,
            resolution="Agreed",
            settlement=Settlement.TOWARDS_SALES,
        )
    set_dispute_status(db, marketing, DisputeStatus.RESOLVED, second, resolution="Agreed")
    report = period_balance(db, date(2026, 11, 1), date(2026, 11, 30), "November")
    at_first, at_second = report.meetings
    assert (at_first.raised.sales, at_first.raised.marketing) == (4, 1)
    assert at_first.settled.of(Settlement.ESCALATED) == 1
    assert at_second.settled.of(Settlement.TOWARDS_SALES) == 4
    assert at_second.settled.unrecorded == 1
    assert report.settled.of(Settlement.ESCALATED) == 0, "settled later in the period"
    assert report.settled.of(Settlement.TOWARDS_SALES) == 4
    assert report.verdicts == (
        "Sales raised 4 of the 5 disputes: ask Marketing what it has not said.",
        "4 of the 4 disputes settled towards a team were settled towards Sales: is the "
        "moderator still neutral?",
    )


def test_a_quarter_and_the_last_three_months() -> None:
    assert quarter_of(date(2026, 11, 23)) == (date(2026, 10, 1), date(2026, 12, 31), "Q4 2026")
    assert quarter_of(date(2026, 1, 1))[0:2] == (date(2026, 1, 1), date(2026, 3, 31))
    assert last_three_months(date(2026, 5, 31))[0:2] == (date(2026, 3, 1), date(2026, 5, 31))
    assert last_three_months(date(2026, 2, 10))[0] == date(2025, 11, 11)


def test_follow_up_against_conversion_reads_as_a_lead_quality_signal(db: Database) -> None:
    targets = lead_quality_targets(db, date(2026, 11, 23))
    assert targets == Targets(follow_up=90, conversion=25), "the standard goals' targets"
    signal = read_lead_quality({"followed_up_share": 92, "conversion_share": 12}, targets)
    assert signal is not None and signal.signal
    assert signal.text.startswith(
        "Lead-quality signal: Sales follows up 92 % of the leads (goal 90 %) but only 12 % "
        "convert (goal 25 %)."
    )
    slow = read_lead_quality({"followed_up_share": 55, "conversion_share": 12}, targets)
    assert slow is not None and not slow.signal
    assert slow.text.startswith("Follow-up is under its goal (55 % against 90 %)")
    fine = read_lead_quality({"followed_up_share": 95, "conversion_share": 30}, targets)
    assert fine is not None and not fine.signal
    assert read_lead_quality({"followed_up_share": 95}, targets) is None


def test_the_new_baseline_question_leaves_old_runs_readable(db: Database) -> None:
    question = QUESTION_BY_KEY["teams_about_each_other"]
    assert question.text == "What do the teams say about each other?"
    old = BaselineView(1, datetime(2026, 3, 1, tzinfo=UTC), None, None, {"constructive": 2})
    new = BaselineView(2, datetime(2026, 6, 1, tzinfo=UTC), None, None, {"constructive": 2})
    change = next(c for c in compare(old, new) if c.question is question)
    assert (change.direction, format_answer(question, change.before)) == ("", "—")


def test_the_management_minutes_print_the_last_three_months(
    db: Database, new_weekly_meeting: Callable[..., int]
) -> None:
    weekly = new_weekly_meeting("Weekly <b>0</b> 周会", MONDAY)
    _run(db, weekly, [("start", 0), ("next_item", 240), ("next_item", 960), ("end", 0)])
    _dispute(db, weekly, Team.SALES)
    management = new_weekly_meeting("Monthly management", MONDAY + timedelta(days=10))
    with db.write() as session:
        row = session.get(Meeting, management)
        assert row is not None
        row.kind = MeetingKind.MANAGEMENT
    assert snapshot_meeting(db, weekly).neutrality == NeutralityInMinutes()
    printed = snapshot_meeting(db, management).neutrality
    assert printed.period is not None and printed.this_meeting is None, "not held yet"
    assert [row.meeting_id for row in printed.period.meetings] == [weekly]
    assert printed.period.first_day == date(2026, 8, 13)
    pdf = PdfReader(io.BytesIO(render_minutes(snapshot_meeting(db, management))))
    text = " ".join(" ".join(page.extract_text().split()) for page in pdf.pages)
    assert "Neutrality: the last three months" in text
    assert "Sales held the floor 80 %" in text
    each = text[text.index("Each meeting") :]
    assert "Raised S / M" in each, "each meeting's row: floor time, disputes raised, settled"
    assert "2 Nov 2026 Weekly <b>0</b> 周会" in each, "a typed title printed as typed"
    assert "1 / 0 0 / 0 / 0 / 0" in each
    assert "2 Nov 2026, Weekly <b>0</b> 周会: Sales held the floor 80 %" in each


def test_the_demo_settles_its_disputes_more_than_one_way_and_says_what_teams_say(
    demo: Database,
) -> None:
    settled = {view.settlement for view in list_disputes(demo) if not view.is_open}
    assert {Settlement.TOWARDS_SALES, Settlement.TOWARDS_MARKETING} <= settled
    assert Settlement.ESCALATED in {view.settlement for view in list_disputes(demo)}
    answers = [run.answers.get("teams_about_each_other") for run in list_baselines(demo)]
    assert answers[0] == "'bad leads' and 'no follow-up'"
    assert all(answer in QUESTION_BY_KEY["teams_about_each_other"].choices for answer in answers)


def test_floor_time_agrees_with_the_runs_own_pacing_across_a_reboot(
    db: Database, new_weekly_meeting: Callable[..., int]
) -> None:
    meeting = _weekly(new_weekly_meeting)
    before, after = FakeClock(5000.0), FakeClock(20.0)  # the monotonic clock restarts
    wall = {"now": MONDAY}

    def open_run(clock: FakeClock, boot: str) -> MeetingRun:
        return MeetingRun.open(
            db, meeting, time_source=clock, wall=lambda: wall["now"], boot=lambda: boot
        )

    def wait(clock: FakeClock, seconds: float) -> None:
        clock.advance(seconds)
        wall["now"] += timedelta(seconds=seconds)

    run = open_run(before, "first boot")
    run.start()
    run.next_item()
    wait(before, 400)
    wall["now"] += timedelta(seconds=90)  # the laptop restarts mid-item
    run = open_run(after, "second boot")
    wait(after, 200)
    run.next_item()
    wait(after, 500)
    run.end()
    paced = [round(row.actual_seconds) for row in open_run(after, "second boot").pacing()]
    report = period_balance(db, date(2026, 11, 2), date(2026, 11, 2), "day")
    assert report.floor == FloorTime(sales=paced[2], marketing=paced[1], shared=0)
    assert (paced[1], paced[2]) == (690, 500)
