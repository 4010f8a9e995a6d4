"""Next dates of a series and the suggested start of a template."""

from __future__ import annotations

import os
import time as system_time
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from facilitator.record.meetings import create_meeting
from facilitator.record.templates import builtin_template
from facilitator.record.user_templates import TemplateNotFound, save_plan_as_template
from facilitator.rules.schedule import (
    SeriesNotFound,
    SeriesRefused,
    create_series,
    first_date_after,
    list_series,
    next_date,
    next_meeting_date,
    next_suggested_start,
    occurrence,
    suggested_start,
)
from facilitator.storage.database import Database
from facilitator.vocabulary import Frequency, MeetingKind

STOCKHOLM = ZoneInfo("Europe/Stockholm")


@pytest.fixture
def in_stockholm() -> Iterator[None]:
    """The system's local zone set to one with daylight saving, restored afterwards."""
    previous = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Stockholm"
    system_time.tzset()
    yield
    if previous is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = previous
    system_time.tzset()


def test_weekly_is_seven_days_later() -> None:
    assert next_date(Frequency.WEEKLY, datetime(2026, 3, 5, 16, 30)) == datetime(
        2026, 3, 12, 16, 30
    )


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (datetime(2026, 1, 15, 10), datetime(2026, 2, 15, 10)),
        (datetime(2026, 1, 31, 10), datetime(2026, 2, 28, 10)),
        (datetime(2028, 1, 31, 10), datetime(2028, 2, 29, 10)),
        (datetime(2026, 3, 31, 10), datetime(2026, 4, 30, 10)),
        (datetime(2026, 12, 20, 10), datetime(2027, 1, 20, 10)),
    ],
)
def test_monthly_keeps_the_day_clamped_to_the_month_end(
    after: datetime, expected: datetime
) -> None:
    assert next_date(Frequency.MONTHLY, after) == expected


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (datetime(2026, 1, 10, 14), datetime(2026, 4, 10, 14)),
        (datetime(2026, 11, 30, 14), datetime(2027, 2, 28, 14)),
        (datetime(2027, 11, 30, 14), datetime(2028, 2, 29, 14)),
    ],
)
def test_quarterly_is_three_months_on_the_same_rule(after: datetime, expected: datetime) -> None:
    assert next_date(Frequency.QUARTERLY, after) == expected


def test_month_ends_do_not_drift_when_counted_from_the_anchor() -> None:
    anchor = datetime(2026, 1, 31, 10)
    assert occurrence(Frequency.MONTHLY, anchor, 1) == datetime(2026, 2, 28, 10)
    assert occurrence(Frequency.MONTHLY, anchor, 2) == datetime(2026, 3, 31, 10)


def test_a_weekly_meeting_keeps_its_wall_clock_time_across_daylight_saving() -> None:
    before = datetime(2026, 3, 26, 16, 30, tzinfo=STOCKHOLM)
    after = next_date(Frequency.WEEKLY, before)
    assert (after.date(), after.time()) == (date(2026, 4, 2), time(16, 30))
    assert after.utcoffset() != before.utcoffset()


def test_a_stored_utc_time_moves_on_the_local_wall_clock(in_stockholm: None) -> None:
    stored = datetime(2026, 3, 26, 15, 30, tzinfo=UTC)
    moved = next_date(Frequency.WEEKLY, stored)
    assert moved.astimezone(STOCKHOLM).time() == time(16, 30)
    assert moved.astimezone(UTC) == datetime(2026, 4, 2, 14, 30, tzinfo=UTC)


def test_the_weekly_template_suggests_the_end_of_the_working_day(in_stockholm: None) -> None:
    start = suggested_start(builtin_template("weekly"), date(2026, 3, 5))
    assert start.tzinfo is not None
    assert start.astimezone(STOCKHOLM).replace(tzinfo=None) == datetime(2026, 3, 5, 16, 30)


def test_the_next_suggested_start_skips_past_times_and_weekends(in_stockholm: None) -> None:
    weekly = builtin_template("weekly")
    friday_evening = datetime(2026, 3, 6, 17, 0, tzinfo=STOCKHOLM)
    monday = next_suggested_start(weekly, friday_evening)
    assert monday.astimezone(STOCKHOLM).replace(tzinfo=None) == datetime(2026, 3, 9, 16, 30)
    friday_noon = datetime(2026, 3, 6, 12, 0, tzinfo=STOCKHOLM)
    same_day = next_suggested_start(weekly, friday_noon)
    assert same_day.astimezone(STOCKHOLM).replace(tzinfo=None) == datetime(2026, 3, 6, 16, 30)


def test_first_date_after_carries_a_lapsed_rhythm_forward() -> None:
    anchor = datetime(2026, 1, 1, 16, 30, tzinfo=UTC)
    found = first_date_after(Frequency.WEEKLY, anchor, datetime(2026, 1, 20, tzinfo=UTC))
    assert found.astimezone(UTC).date() == date(2026, 1, 22)


def test_a_series_knows_its_next_meeting(db: Database) -> None:
    series = create_series(db, "Weekly smarketing", MeetingKind.WEEKLY, Frequency.WEEKLY)
    assert next_meeting_date(db, series) is None
    plan = builtin_template("weekly").plan
    for day in (5, 12):
        create_meeting(
            db,
            plan,
            title="Weekly",
            scheduled_at=datetime(2026, 3, day, 15, 30, tzinfo=UTC),
            series_id=series,
        )
    following = next_meeting_date(db, series)
    assert following is not None
    assert following.astimezone(UTC) == datetime(2026, 3, 19, 15, 30, tzinfo=UTC)
    later = next_meeting_date(db, series, not_before=datetime(2026, 4, 1, tzinfo=UTC))
    assert later is not None and later.astimezone(UTC).date() == date(2026, 4, 2)
    [view] = list_series(db)
    assert (view.name, view.meeting_count, view.frequency) == (
        "Weekly smarketing",
        2,
        Frequency.WEEKLY,
    )
    assert view.last_scheduled_at == datetime(2026, 3, 12, 15, 30, tzinfo=UTC)


def test_a_series_made_from_a_user_template_links_it(db: Database) -> None:
    template = save_plan_as_template(db, "Our weekly", builtin_template("weekly").plan)
    series = create_series(
        db, "Weekly", MeetingKind.WEEKLY, Frequency.WEEKLY, template_key=f"user:{template}"
    )
    from_builtin = create_series(
        db, "Management", MeetingKind.MANAGEMENT, Frequency.MONTHLY, "builtin:management"
    )
    links = {view.id: view.template_id for view in list_series(db)}
    assert links == {series: template, from_builtin: None}


def test_a_series_needs_a_name_and_a_real_template(db: Database) -> None:
    with pytest.raises(SeriesRefused, match="needs a name"):
        create_series(db, " ", MeetingKind.WEEKLY, Frequency.WEEKLY)
    with pytest.raises(TemplateNotFound):
        create_series(db, "W", MeetingKind.WEEKLY, Frequency.WEEKLY, template_key="user:42")
    with pytest.raises(SeriesNotFound):
        next_meeting_date(db, 42)
    assert list_series(db) == []
