"""Win/loss deals and their tallies, and the decision log with its reviews coming back on the
agenda of the first meeting after the review date (core, no Qt; both engines)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from meeting_builders import mark_held

from facilitator.decisions.deals import (
    STANDARD_REASONS,
    DealDraft,
    DealRefused,
    add_deal,
    add_reason,
    deals_in,
    delete_deal,
    ensure_standard_reasons,
    list_reasons,
    remove_reason,
    update_deal,
)
from facilitator.decisions.decision_log import (
    DecisionDetails,
    DecisionRefused,
    decision_details,
    decision_log,
    set_decision,
)
from facilitator.decisions.decision_review import REVIEW_PREFIX, review_place
from facilitator.decisions.quarters import Quarter, quarter_of
from facilitator.decisions.win_loss import campaign_ideas, campaign_tally, reason_tally
from facilitator.measures.metrics import create_goal, set_value
from facilitator.record.carry_over import accept_offer, carry_over_into
from facilitator.record.meetings import create_meeting, load_meeting
from facilitator.record.notes import add_note
from facilitator.rules.agenda import AgendaPlan, PlannedItem
from facilitator.rules.schedule import create_series
from facilitator.storage.database import Database
from facilitator.vocabulary import (
    DealOutcome,
    Direction,
    Frequency,
    GoalUnit,
    ItemKind,
    MeetingKind,
    NoteKind,
    Period,
    Team,
)

MONDAY = datetime(2026, 9, 7, 9, 0, tzinfo=UTC)
SHORT = AgendaPlan(
    MeetingKind.MANAGEMENT, 3600, (PlannedItem("Numbers", ItemKind.METRICS, 600, None),)
)
Q3 = Quarter(2026, 3)


def _reason(db: Database, outcome: DealOutcome, name: str) -> int:
    return next(r.id for r in list_reasons(db, outcome) if r.name == name)


def test_quarters_know_their_days_and_neighbours() -> None:
    assert quarter_of(date(2026, 8, 31)) == Q3
    assert (Q3.first_day, Q3.last_day, Q3.label) == (date(2026, 7, 1), date(2026, 9, 30), "Q3 2026")
    assert Quarter(2026, 4).next() == Quarter(2027, 1)
    assert Quarter(2027, 1).previous() == Quarter(2026, 4)


def test_the_standard_reasons_are_seeded_once_and_the_list_grows(db: Database) -> None:
    ensure_standard_reasons(db)
    ensure_standard_reasons(db)
    lost = [r.name for r in list_reasons(db, DealOutcome.LOST)]
    assert lost == list(STANDARD_REASONS[DealOutcome.LOST])
    added = add_reason(db, DealOutcome.LOST, "  Legal   review ")
    assert [r.name for r in list_reasons(db, DealOutcome.LOST)][-1] == "Legal review"
    with pytest.raises(DealRefused, match="already a reason"):
        add_reason(db, DealOutcome.LOST, "legal REVIEW")
    # the same name may be a reason for the other outcome
    add_reason(db, DealOutcome.WON, "Legal review")
    remove_reason(db, added)
    assert "Legal review" not in [r.name for r in list_reasons(db, DealOutcome.LOST)]


def test_a_reason_named_by_a_deal_stays(db: Database) -> None:
    ensure_standard_reasons(db)
    reason = add_reason(db, DealOutcome.LOST, "Budget freeze")
    add_deal(db, DealDraft("Kestrel", DealOutcome.LOST, date(2026, 8, 1), reason_id=reason))
    with pytest.raises(DealRefused, match="stays"):
        remove_reason(db, reason)


def test_deals_are_checked_and_a_won_deal_keeps_no_campaign_idea(db: Database) -> None:
    ensure_standard_reasons(db)
    price_won = _reason(db, DealOutcome.WON, "Price")
    with pytest.raises(DealRefused, match="is a reason for won deals"):
        add_deal(db, DealDraft("Kestrel", DealOutcome.LOST, date(2026, 8, 1), reason_id=price_won))
    with pytest.raises(DealRefused, match="needs a name"):
        add_deal(db, DealDraft("  ", DealOutcome.WON, date(2026, 8, 1)))
    with pytest.raises(DealRefused, match="positive"):
        add_deal(db, DealDraft("Kestrel", DealOutcome.WON, date(2026, 8, 1), amount=-5))
    deal_id = add_deal(
        db,
        DealDraft("Kestrel", DealOutcome.WON, date(2026, 8, 1), price_won, campaign_idea="no"),
    )
    [view] = deals_in(db, Q3)
    assert (view.id, view.reason, view.draft.campaign_idea) == (deal_id, "Price", "")
    update_deal(db, deal_id, DealDraft("Kestrel Ltd", DealOutcome.LOST, date(2026, 10, 2)))
    assert deals_in(db, Q3) == []
    assert [v.draft.name for v in deals_in(db, Quarter(2026, 4))] == ["Kestrel Ltd"]
    delete_deal(db, deal_id)
    assert deals_in(db, Quarter(2026, 4)) == []


def test_the_tallies_count_reasons_campaigns_and_collect_ideas(db: Database) -> None:
    ensure_standard_reasons(db)
    price = _reason(db, DealOutcome.LOST, "Price")
    timing = _reason(db, DealOutcome.LOST, "Timing")
    speed = _reason(db, DealOutcome.WON, "Speed of follow-up")
    day = date(2026, 8, 3)
    for name, outcome, reason, campaign, amount, idea in [
        ("A", DealOutcome.LOST, price, "Webinar", 10_000.0, "Show ROI before price"),
        ("B", DealOutcome.LOST, price, "Trade show", 5_000.0, ""),
        ("C", DealOutcome.LOST, timing, "Webinar", None, "Nurture until budget season"),
        ("D", DealOutcome.WON, speed, "Webinar", 20_000.0, ""),
        ("E", DealOutcome.WON, None, "", 1_000.0, ""),
    ]:
        add_deal(db, DealDraft(name, outcome, day, reason, campaign, amount, None, idea))
    deals = deals_in(db, Q3)
    tally = [(c.outcome, c.reason, c.deals, c.amount) for c in reason_tally(deals)]
    assert tally == [
        (DealOutcome.WON, "Speed of follow-up", 1, 20_000.0),
        (DealOutcome.WON, "No reason given", 1, 1_000.0),
        (DealOutcome.LOST, "Price", 2, 15_000.0),
        (DealOutcome.LOST, "Timing", 1, 0.0),
    ]
    campaigns = {c.campaign: (c.won, c.lost, c.won_amount) for c in campaign_tally(deals)}
    assert campaigns == {
        "Webinar": (1, 2, 20_000.0),
        "Trade show": (0, 1, 0.0),
        "No campaign": (1, 0, 1_000.0),
    }
    assert campaign_tally(deals)[0].win_rate == pytest.approx(100 / 3)
    assert [(i.deal, i.reason) for i in campaign_ideas(deals)] == [("A", "Price"), ("C", "Timing")]


def _goal(db: Database) -> int:
    return create_goal(
        db,
        name="MQLs accepted by sales",
        team=Team.MARKETING,
        unit=GoalUnit.COUNT,
        direction=Direction.HIGHER_IS_BETTER,
        period=Period.MONTH,
        target=300,
        effective_from=date(2026, 1, 1),
    )


def _management(db: Database, months: int, series_id: int | None) -> int:
    return create_meeting(
        db,
        SHORT,
        title=f"Management {months}",
        scheduled_at=MONDAY + timedelta(weeks=4 * months),
        series_id=series_id,
    )


def test_decision_details_need_a_decision_note_and_a_review_after_it(db: Database) -> None:
    meeting = _management(db, 0, None)
    plain = add_note(db, meeting, None, NoteKind.NOTE, "Coffee is good", 10)
    with pytest.raises(DecisionRefused, match="Only a decision note"):
        set_decision(db, plain, DecisionDetails(review_on=date(2026, 12, 1)))
    decided = add_note(db, meeting, None, NoteKind.DECISION, "Lower the MQL score to 60", 20)
    with pytest.raises(DecisionRefused, match="before the decision"):
        set_decision(db, decided, DecisionDetails(review_on=date(2026, 9, 1)))
    goal = _goal(db)
    set_decision(db, decided, DecisionDetails(None, goal, date(2026, 10, 15)))
    assert decision_details(db, decided) == DecisionDetails(None, goal, date(2026, 10, 15))
    [entry] = decision_log(db)
    assert (entry.text, entry.goal, entry.decided_on) == (
        "Lower the MQL score to 60",
        "MQLs accepted by sales",
        date(2026, 9, 7),
    )
    set_decision(db, decided, DecisionDetails())
    assert decision_details(db, decided) == DecisionDetails()
    assert decision_log(db)[0].details.empty


def test_a_due_decision_comes_back_at_the_first_meeting_after_its_review_date(
    db: Database, add_people
) -> None:
    people = add_people(Ada=("Ada Sales", Team.SALES))
    series = create_series(db, "Management", MeetingKind.MANAGEMENT, Frequency.MONTHLY)
    first = _management(db, 0, series)
    decided = add_note(db, first, None, NoteKind.DECISION, "Lower the MQL score to 60", 20)
    goal = _goal(db)
    set_decision(db, decided, DecisionDetails(people["Ada"], goal, date(2026, 10, 20)))
    mark_held(db, first)
    set_value(db, first, goal, 250)
    second = _management(db, 1, series)  # 5 Oct: before the review date
    set_value(db, second, goal, 320)
    assert not [o for o in carry_over_into(db, second).offered if REVIEW_PREFIX in o.title]
    mark_held(db, second)
    other_series = create_series(db, "Weekly", MeetingKind.WEEKLY, Frequency.WEEKLY)
    elsewhere = _management(db, 2, other_series)
    assert not [o for o in carry_over_into(db, elsewhere).offered if REVIEW_PREFIX in o.title]
    third = _management(db, 2, series)  # 2 Nov
    assert [e.note_id for e in decision_log(db, due_by=date(2026, 11, 2))] == [decided]
    [offer] = [o for o in carry_over_into(db, third).offered if REVIEW_PREFIX in o.title]
    assert offer.title == "Review decision: Lower the MQL score to 60"
    assert offer.presenter_team is Team.SALES
    assert "Owner: Ada Sales." in offer.description
    # the values since the decision: the second meeting's, not the first's
    assert "MQLs accepted by sales since the decision: 05 Oct 2026: 320 (met)." in (
        offer.description
    )
    accept_offer(db, third, [offer])
    assert offer.title in [item.title for item in load_meeting(db, third).items]
    [entry] = decision_log(db)
    assert entry.reviewed_meeting_id == third
    assert entry.reviewed_at == "Management 2, 02 Nov 2026"
    assert decision_log(db, due_by=date(2026, 11, 30)) == []
    fourth = _management(db, 3, series)
    assert not [o for o in carry_over_into(db, fourth).offered if REVIEW_PREFIX in o.title]


def test_a_due_decision_comes_back_at_the_first_planned_meeting_on_its_review_day(
    db: Database,
) -> None:
    series = create_series(db, "Management", MeetingKind.MANAGEMENT, Frequency.MONTHLY)
    first = _management(db, 0, series)
    decided = add_note(db, first, None, NoteKind.DECISION, "Decision: SDRs call within 2 h", 5)
    set_decision(db, decided, DecisionDetails(review_on=date(2026, 10, 20)))
    mark_held(db, first)
    assert review_place(db, decided) is None  # nothing planned yet
    _management(db, 1, series)  # 5 Oct: before the review date
    later = _management(db, 2, series)  # 2 Nov
    place = review_place(db, decided)
    assert place is not None
    assert (place.meeting_id, place.meeting_label) == (later, "Management 2, 02 Nov 2026")
    assert place.offer.title == "Review decision: SDRs call within 2 h"
    accept_offer(db, later, [place.offer])
    assert review_place(db, decided) is None
