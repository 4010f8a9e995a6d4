"""The quarterly rundown's minutes tally its deals by reason and campaign and list the lost
deals' campaign ideas; other meetings print no win/loss; a goal's deadline and objective print
under its name in the metrics table."""

from __future__ import annotations

import io
import unicodedata
from datetime import date, datetime, time

from pypdf import PdfReader

from facilitator.decisions.deals import DealDraft, add_deal, ensure_standard_reasons, list_reasons
from facilitator.measures.metrics import create_goal, set_value
from facilitator.minutes import render_minutes, snapshot_meeting
from facilitator.record.meetings import create_meeting
from facilitator.rules.agenda import AgendaPlan, PlannedItem
from facilitator.storage.database import Database
from facilitator.vocabulary import (
    DealOutcome,
    Direction,
    GoalUnit,
    ItemKind,
    MeetingKind,
    Period,
    Team,
)

DAY = date(2026, 11, 23)


def _text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    raw = "\n".join(page.extract_text() for page in pages)
    return " ".join(unicodedata.normalize("NFC", raw).split())


def _meeting(db: Database, kind: MeetingKind) -> int:
    plan = AgendaPlan(kind, 3600, (PlannedItem("Deals", ItemKind.DISCUSSION, 1200),))
    return create_meeting(
        db, plan, title="Q4 rundown", scheduled_at=datetime.combine(DAY, time(9)).astimezone()
    )


def _reason(db: Database, outcome: DealOutcome, name: str) -> int:
    return next(r.id for r in list_reasons(db, outcome) if r.name == name)


def test_the_rundown_minutes_tally_reasons_and_list_campaign_ideas(db: Database) -> None:
    ensure_standard_reasons(db)
    rundown = _meeting(db, MeetingKind.WIN_LOSS)
    other = _meeting(db, MeetingKind.MANAGEMENT)
    price = _reason(db, DealOutcome.LOST, "Price")
    speed = _reason(db, DealOutcome.WON, "Speed of follow-up")
    closed = date(2026, 10, 12)
    for name, outcome, reason, campaign, amount, idea, meeting in [
        ("Halvorsen AG", DealOutcome.WON, speed, "Webinar", 42_000.0, "", rundown),
        (
            "Brightwell <b>Ltd</b>",
            DealOutcome.LOST,
            price,
            "Trade show",
            18_000.0,
            "A TCO calculator & case study",
            rundown,
        ),
        ("Other meeting's deal", DealOutcome.LOST, price, "Webinar", 1.0, "Not here", other),
    ]:
        add_deal(db, DealDraft(name, outcome, closed, reason, campaign, amount, meeting, idea))
    snapshot = snapshot_meeting(db, rundown)
    assert snapshot.win_loss is not None
    assert (snapshot.win_loss.won, snapshot.win_loss.lost) == (1, 1)
    text = _text(render_minutes(snapshot))
    assert "1 deal won (42,000), 1 deal lost (18,000)." in text
    assert "Won Speed of follow-up 1 42,000" in text
    assert "Lost Price 1 18,000" in text
    assert "Webinar 1 0 100 % 42,000" in text
    assert "Brightwell <b>Ltd</b> (Trade show, price): A TCO calculator & case study" in text
    assert "Not here" not in text
    management = snapshot_meeting(db, other)
    assert management.win_loss is None
    assert "Win/loss" not in _text(render_minutes(management))


def test_a_rundown_without_deals_says_so(db: Database) -> None:
    text = _text(render_minutes(snapshot_meeting(db, _meeting(db, MeetingKind.WIN_LOSS))))
    assert "No deals were brought to this rundown." in text


def test_a_goals_deadline_and_objective_print_under_its_name(db: Database) -> None:
    meeting = _meeting(db, MeetingKind.MANAGEMENT)
    goal = create_goal(
        db,
        name="Win rate",
        team=Team.SALES,
        unit=GoalUnit.PERCENT,
        direction=Direction.HIGHER_IS_BETTER,
        period=Period.QUARTER,
        target=30,
        effective_from=date(2026, 1, 1),
        deadline=date(2027, 3, 31),
        objective="Sell to accounts that fit",
    )
    set_value(db, meeting, goal, 27)
    text = _text(render_minutes(snapshot_meeting(db, meeting)))
    assert "by 31 Mar 2027 — Sell to accounts that fit" in text
