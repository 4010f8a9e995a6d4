"""The funnel in the minutes: a management meeting prints the month before it as a scorecard
(table, rates, goals, chart), a campaign check-in the sources' verdicts, another kind neither."""

from __future__ import annotations

import io
import unicodedata
from datetime import date, datetime, time
from pathlib import Path

import pytest
from pypdf import PdfReader

from facilitator.funnel.csv_import import import_funnel
from facilitator.measures.metrics import ensure_default_goals
from facilitator.minutes import render_minutes, snapshot_meeting
from facilitator.record.meetings import create_meeting
from facilitator.rules.agenda import AgendaPlan, PlannedItem
from facilitator.storage.database import Database
from facilitator.vocabulary import ItemKind, MeetingKind

DATA = Path(__file__).parent / "data"


def _text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    raw = "\n".join(page.extract_text() for page in pages)
    return " ".join(unicodedata.normalize("NFC", raw).split())


def _meeting(db: Database, kind: MeetingKind, day: date) -> int:
    plan = AgendaPlan(kind, 3600, (PlannedItem("Funnel", ItemKind.METRICS, 1200),))
    when = datetime.combine(day, time(9)).astimezone()
    return create_meeting(db, plan, title=f"{kind.label} meeting", scheduled_at=when)


@pytest.fixture
def funnel(db: Database) -> Database:
    ensure_default_goals(db)
    import_funnel(db, DATA / "funnel_facilitator.csv")
    return db


def test_a_management_meeting_prints_the_month_before_as_a_scorecard(funnel: Database):
    meeting = _meeting(funnel, MeetingKind.MANAGEMENT, date(2026, 12, 1))
    snapshot = snapshot_meeting(funnel, meeting)
    assert snapshot.funnel is not None and snapshot.funnel.full
    assert snapshot.funnel.card.label == "November 2026"
    text = _text(render_minutes(snapshot))
    assert "Funnel scorecard, November 2026" in text
    assert "Webinars 420 190 110 40 20 4 €56k 21.1 % Poor leads" in text
    assert "Website demo requests 100 88 80 66 44 15 €210k 75 % Good leads" in text
    assert "All sources 532 288 199 114 70 22 €311k 39.6 %" in text
    assert "MQL → SQL 39.6 % 46.2 % ▼ 6.6 points" in text
    assert "MQLs delivered 288 400 Missed" in text
    assert "Dark bars: November 2026; light bars: October 2026." in text


def test_a_campaign_check_in_prints_the_sources_verdicts_and_a_weekly_nothing(
    funnel: Database,
):
    campaign = _meeting(funnel, MeetingKind.CAMPAIGN, date(2026, 12, 8))
    text = _text(render_minutes(snapshot_meeting(funnel, campaign)))
    assert "Lead sources, November 2026" in text
    good = text.index("Website demo requests brings good leads")
    assert good < text.index("Webinars brings poor leads")
    assert "Partner referrals: too few leads to judge (12; at least 30)." in text
    assert "Funnel scorecard" not in text

    weekly = _meeting(funnel, MeetingKind.OTHER, date(2026, 12, 8))
    assert snapshot_meeting(funnel, weekly).funnel is None


def test_a_management_meeting_before_any_funnel_prints_none(funnel: Database):
    meeting = _meeting(funnel, MeetingKind.MANAGEMENT, date(2026, 10, 6))
    assert snapshot_meeting(funnel, meeting).funnel is None
