"""Creating the next meeting of a series brings back what is still open, once, by itself."""

from __future__ import annotations

from datetime import date

import pytest
from meeting_builders import MONDAY, mark_held, next_weekly

from facilitator.record.action_items import (
    ActionItemRefused,
    add_action_item,
    delete_action_item,
    get_action_item,
    set_action_status,
)
from facilitator.record.carry_over import accept_offer, offer_for_next_agenda
from facilitator.record.disputes import open_dispute, set_dispute_status
from facilitator.record.meetings import load_meeting
from facilitator.record.next_meeting import carry_summary, create_next_meeting
from facilitator.record.notes import add_note, park_note
from facilitator.record.templates import builtin_template
from facilitator.rules.agenda import PlannedItem, with_items
from facilitator.rules.schedule import create_series
from facilitator.storage.database import Database
from facilitator.vocabulary import (
    ActionStatus,
    DisputeCategory,
    DisputeStatus,
    Frequency,
    ItemKind,
    MeetingKind,
    NoteKind,
    Team,
)

TODAY = date(2026, 11, 1)
WEEKLY = builtin_template("weekly").plan


def _dispute(db: Database, meeting_id: int, title: str) -> int:
    return open_dispute(
        db, meeting_id, title=title, category=DisputeCategory.SLA_TERMS, raised_by_team=Team.SALES
    )


@pytest.fixture
def series(db: Database) -> int:
    return create_series(db, "Weekly smarketing", MeetingKind.WEEKLY, Frequency.WEEKLY)


def test_the_next_meeting_gets_open_items_and_disputes_by_itself(db: Database, series: int):
    first = next_weekly(db, 0, series)
    assert not first.carried_anything
    action = add_action_item(db, first.meeting_id, text="Fix the UTM tags", today=TODAY)
    done = add_action_item(db, first.meeting_id, text="Send the deck", today=TODAY)
    set_action_status(db, done, ActionStatus.DONE, first.meeting_id)
    dispute = _dispute(db, first.meeting_id, "Follow-up within 4 hours")
    mark_held(db, first.meeting_id)

    second = next_weekly(db, 1, series)

    over = second.carry_over
    assert [item.id for item in over.action_items] == [action]
    assert [d.id for d in over.disputes] == [dispute]
    review = load_meeting(db, second.meeting_id).items[0]
    assert over.action_items_item_id == review.id
    assert carry_summary(over) == (
        "Carried over to its review items: 1 open action item and 1 open dispute."
    )


def test_ticked_at_the_next_meeting_it_never_comes_back(db: Database, series: int) -> None:
    first = next_weekly(db, 0, series)
    action = add_action_item(db, first.meeting_id, text="Publish the MQL rules", today=TODAY)
    dispute = _dispute(db, first.meeting_id, "Which leads count")
    mark_held(db, first.meeting_id)
    second = next_weekly(db, 1, series)
    set_action_status(db, action, ActionStatus.DONE, second.meeting_id)
    set_dispute_status(
        db, dispute, DisputeStatus.RESOLVED, second.meeting_id, resolution="Score 60 and up"
    )
    assert get_action_item(db, action).closed_meeting_id == second.meeting_id
    mark_held(db, second.meeting_id)

    third = next_weekly(db, 2, series)

    assert third.carry_over.action_items == ()
    assert third.carry_over.disputes == ()
    assert carry_summary(third.carry_over) == "Nothing open was carried over."


def test_an_open_item_is_carried_once_into_each_meeting(db: Database, series: int) -> None:
    first = next_weekly(db, 0, series)
    action = add_action_item(db, first.meeting_id, text="Rebuild lead scoring", today=TODAY)
    mark_held(db, first.meeting_id)
    second = next_weekly(db, 1, series)
    mark_held(db, second.meeting_id)
    third = next_weekly(db, 2, series)
    assert [item.id for item in third.carry_over.action_items] == [action]
    assert [item.id for item in second.carry_over.action_items] == [action]


def test_a_meeting_outside_a_series_carries_nothing(db: Database, series: int) -> None:
    first = next_weekly(db, 0, series)
    add_action_item(db, first.meeting_id, text="Open still", today=TODAY)
    mark_held(db, first.meeting_id)
    loose = next_weekly(db, 1, None)
    assert not loose.carried_anything


def test_parked_notes_are_offered_and_accepted_only_once(db: Database, series: int) -> None:
    first = next_weekly(db, 0, series)
    note = add_note(db, first.meeting_id, None, NoteKind.NOTE, "Pricing page review", 30)
    park_note(db, note)
    mark_held(db, first.meeting_id)

    second = next_weekly(db, 1, series)

    offered = second.carry_over.offered
    assert [offer.title for offer in offered] == ["Pricing page review"]
    accept_offer(db, second.meeting_id, offered)
    accept_offer(db, second.meeting_id, offer_for_next_agenda(db, second.meeting_id))
    titles = [item.title for item in load_meeting(db, second.meeting_id).items]
    assert titles.count("Pricing page review") == 1


def test_never_reached_items_are_offered(db: Database, series: int) -> None:
    extra = PlannedItem("Pricing page review", ItemKind.DISCUSSION, 180, Team.MARKETING)
    first = create_next_meeting(
        db,
        with_items(WEEKLY, [*WEEKLY.items, extra]),
        title="Weekly with an extra item",
        scheduled_at=MONDAY,
        series_id=series,
    )
    mark_held(db, first.meeting_id, reached=len(WEEKLY.items))
    second = next_weekly(db, 1, series)
    assert [(o.title, o.kind) for o in second.carry_over.offered] == [
        ("Pricing page review", ItemKind.DISCUSSION)
    ]


def test_after_its_meeting_ended_an_item_is_closed_or_dropped_never_deleted(
    db: Database, series: int
) -> None:
    first = next_weekly(db, 0, series)
    kept = add_action_item(db, first.meeting_id, text="Call the top ten accounts", today=TODAY)
    typo = add_action_item(db, first.meeting_id, text="Typo", today=TODAY)
    delete_action_item(db, typo)
    mark_held(db, first.meeting_id)
    with pytest.raises(ActionItemRefused, match="close or drop it instead"):
        delete_action_item(db, kept)
    second = next_weekly(db, 1, series)
    set_action_status(db, kept, ActionStatus.DROPPED, second.meeting_id)
    assert get_action_item(db, kept).status is ActionStatus.DROPPED
    third = next_weekly(db, 2, series)
    assert third.carry_over.action_items == ()
