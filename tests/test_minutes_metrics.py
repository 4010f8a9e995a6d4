"""Metrics in the minutes: verdicts, the trend chart's numbers, and the alignment baseline."""

from __future__ import annotations

import io
import unicodedata
from datetime import UTC, date, datetime, time

import pytest
from pypdf import PdfReader

from facilitator.measures.baseline import save_baseline
from facilitator.measures.metrics import create_goal, set_target, set_value
from facilitator.minutes import render_minutes, snapshot_meeting
from facilitator.record.meetings import create_meeting
from facilitator.rules.agenda import AgendaPlan, PlannedItem
from facilitator.storage.database import Database
from facilitator.vocabulary import (
    Direction,
    GoalUnit,
    ItemKind,
    MeetingKind,
    Period,
    Team,
)

PLAN = AgendaPlan(MeetingKind.OTHER, 1800, (PlannedItem("Numbers", ItemKind.METRICS, 600),))
ANSWERS = {
    "meeting_frequency": "monthly",
    "constructive": 2,
    "communication_outside_meetings": "rarely",
    "leaders_relationship": "strained",
    "teams_about_each_other": "'bad leads' and 'no follow-up'",
    "followed_up_share": 55,
    "conversion_share": 15,
}


def _text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    raw = "\n".join(page.extract_text() for page in pages)
    return " ".join(unicodedata.normalize("NFC", raw).split())


def _meeting(db: Database, day: date) -> int:
    when = datetime.combine(day, time(9)).astimezone()
    return create_meeting(db, PLAN, title=f"Weekly {day:%d %b}", scheduled_at=when)


@pytest.fixture
def history(db: Database) -> list[int]:
    mqls = create_goal(
        db,
        name="MQLs delivered",
        team=Team.MARKETING,
        unit=GoalUnit.COUNT,
        direction=Direction.HIGHER_IS_BETTER,
        period=Period.MONTH,
        target=400,
        effective_from=date(2026, 1, 1),
    )
    set_target(db, mqls, 450, date(2026, 3, 1))
    response = create_goal(
        db,
        name="Hours to first follow-up",
        team=Team.SALES,
        unit=GoalUnit.HOURS,
        direction=Direction.LOWER_IS_BETTER,
        period=Period.WEEK,
        target=24,
        effective_from=date(2026, 1, 1),
    )
    share = create_goal(
        db,
        name="Followed up within 24 hours",
        team=Team.SALES,
        unit=GoalUnit.PERCENT,
        direction=Direction.HIGHER_IS_BETTER,
        period=Period.WEEK,
        target=90,
        effective_from=date(2026, 1, 1),
    )
    meetings = [_meeting(db, date(2026, m, 12)) for m in (1, 2, 3, 4)]
    for meeting, value in zip(meetings, [385, 412, 437, 463], strict=True):
        set_value(db, meeting, mqls, value)
    set_value(db, meetings[-1], response, 30.5)
    set_value(db, meetings[-1], share, 86.5)
    return meetings


def test_each_goal_prints_its_verdict(db: Database, history: list[int]):
    text = _text(render_minutes(snapshot_meeting(db, history[-1], today=date(2026, 4, 13))))
    assert "MQLs delivered Marketing 463 450 Met" in text
    assert "Hours to first follow-up Sales 30.5 h 24 h Missed by 6.5 h" in text
    assert "Followed up within 24 hours Sales 86.5 % 90 % Missed by 3.5 points" in text


def test_the_trend_chart_holds_each_meeting_and_the_target_of_its_day(
    db: Database, history: list[int]
):
    snapshot = snapshot_meeting(db, history[2], today=date(2026, 4, 13))
    [mqls] = snapshot.metrics
    assert [(p.value, p.target) for p in mqls.history] == [(385, 400), (412, 400), (437, 450)]
    assert mqls.verdict == "missed by 13"
    text = _text(render_minutes(snapshot))
    assert "Missed by 13" in text
    # the days, the value axis from zero, then each bar's value, drawn over the target line
    assert "MQLs delivered 12 Jan 12 Feb 12 Mar 0 200 400 600 385 412 437" in text


def test_the_baseline_prints_only_where_it_was_taken_compared_with_the_first(
    db: Database, history: list[int]
):
    save_baseline(db, ANSWERS, meeting_id=history[0], taken_at=datetime(2026, 1, 12, 9, tzinfo=UTC))
    later = {**ANSWERS, "constructive": 4, "leaders_relationship": "cordial"}
    save_baseline(db, later, meeting_id=history[3], taken_at=datetime(2026, 4, 12, 9, tzinfo=UTC))

    first_text = _text(render_minutes(snapshot_meeting(db, history[0], today=date(2026, 4, 13))))
    assert "Alignment baseline" in first_text
    assert "How constructive are those meetings? (1 = not at all, 5 = fully) 2 of 5" in first_text
    assert "First run" not in first_text

    later_text = _text(render_minutes(snapshot_meeting(db, history[3], today=date(2026, 4, 13))))
    assert "Taken on Sunday 12 April 2026; compared with the first run, of Monday 12 January" in (
        later_text
    )
    assert "5 = fully) 4 of 5 2 of 5 better" in later_text
    assert "How do the two teams' leaders get along? cordial strained better" in later_text
    assert "Share of followed-up leads that convert (%) 15 % 15 % same" in later_text

    between = _text(render_minutes(snapshot_meeting(db, history[1], today=date(2026, 4, 13))))
    assert "Alignment baseline" not in between
