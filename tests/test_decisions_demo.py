"""The demo holds a held win/loss rundown with last quarter's deals, a decision log with one
decision reviewed and one due (offered, with its goal's values, for the next management
meeting), and goals with deadlines and objectives."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

from pypdf import PdfReader
from sqlalchemy import select

from facilitator.decisions.decision_log import decision_log
from facilitator.decisions.decision_review import REVIEW_PREFIX
from facilitator.decisions.demo_decisions import rundown_quarter
from facilitator.decisions.quarters import Quarter
from facilitator.mailing.pre_read import pre_read, pre_read_text
from facilitator.mailing.pre_read_pdf import render_pre_read
from facilitator.measures.metrics import list_goals
from facilitator.minutes import snapshot_meeting
from facilitator.record.carry_over import accept_offer, carry_over_into
from facilitator.record.meetings import load_meeting, replace_agenda
from facilitator.rules.agenda import replace_item
from facilitator.storage.database import Database
from facilitator.storage.models import Meeting
from facilitator.vocabulary import DealOutcome, MeetingKind, MeetingStatus

TODAY = date(2026, 11, 23)


def test_the_rundown_falls_early_in_a_quarter_before_today() -> None:
    assert rundown_quarter(TODAY) == (Quarter(2026, 3), date(2026, 10, 14))
    # too early in the quarter for its rundown: the one before
    assert rundown_quarter(date(2027, 1, 5)) == (Quarter(2026, 3), date(2026, 10, 14))


def test_the_demo_rundown_tallies_last_quarters_deals(demo: Database) -> None:
    with demo.read() as session:
        rundown = session.scalars(select(Meeting).where(Meeting.kind == MeetingKind.WIN_LOSS)).one()
        assert rundown.status is MeetingStatus.ENDED
        rundown_id = rundown.id
    lines = snapshot_meeting(demo, rundown_id).win_loss
    assert lines is not None
    assert (lines.won, lines.lost) == (5, 8)
    outcomes = {count.outcome for count in lines.reasons}
    assert outcomes == {DealOutcome.WON, DealOutcome.LOST}
    assert len(lines.ideas) == 5
    assert {c.campaign for c in lines.campaigns} >= {"Webinars", "Content syndication"}


def test_the_demo_decision_log_has_one_reviewed_and_one_due(demo: Database) -> None:
    log = decision_log(demo)
    committed = [entry for entry in log if not entry.details.empty]
    assert len(committed) == 5
    assert len([entry for entry in committed if entry.reviewed_meeting_id]) == 1
    [due] = decision_log(demo, due_by=TODAY)
    assert due.owner and due.goal
    with demo.read() as session:
        next_management = session.scalars(
            select(Meeting).where(
                Meeting.kind == MeetingKind.MANAGEMENT, Meeting.status == MeetingStatus.PLANNED
            )
        ).one()
        next_id = next_management.id
    offers = [
        o for o in carry_over_into(demo, next_id).offered if o.title.startswith(REVIEW_PREFIX)
    ]
    assert [o.title for o in offers] == [REVIEW_PREFIX + due.text.removeprefix("Decision: ")]


def test_the_demo_goals_have_deadlines_ahead_and_objectives(demo: Database) -> None:
    goals = list_goals(demo)
    assert goals
    assert all(g.deadline is not None and g.deadline >= TODAY for g in goals)
    assert all(g.objective for g in goals)


def test_a_due_decision_on_the_agenda_brings_its_goals_values_to_the_pre_read(
    demo: Database,
) -> None:
    """Once the review is on the agenda, the invitees read what it reviews and how the goal
    moved since, not only its title."""
    with demo.read() as session:
        next_id = session.scalars(
            select(Meeting.id).where(
                Meeting.kind == MeetingKind.MANAGEMENT, Meeting.status == MeetingStatus.PLANNED
            )
        ).one()
    offers = [
        o for o in carry_over_into(demo, next_id).offered if o.title.startswith(REVIEW_PREFIX)
    ]
    plan = load_meeting(demo, next_id).plan()
    first = plan.items[0]
    shorter = replace(first, planned_seconds=first.planned_seconds - offers[0].planned_seconds)
    replace_agenda(demo, next_id, replace_item(plan, 0, shorter))  # room under the cap
    accept_offer(demo, next_id, offers)
    text = pre_read_text(pre_read(demo, next_id))
    title = text.index(offers[0].title)
    assert "Owner: Mei Chen" in text[title:]
    assert "Pipeline created since the decision: " in text[title:]
    assert [e.description for e in pre_read(demo, next_id).agenda if e.description] == [
        offers[0].description
    ]
    pages = PdfReader(io.BytesIO(render_pre_read(pre_read(demo, next_id)))).pages
    printed = " ".join(" ".join(page.extract_text() for page in pages).split())
    assert len(pages) == 1  # the one-page print holds what the mail says
    assert "Owner: Mei Chen" in printed and "Pipeline created since the decision: " in printed
