"""The carry-over rules: what comes back at the next meeting of a series, once and only while
it is still open, and what is offered for its agenda."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from meeting_builders import mark_held
from sqlalchemy import func, select

from facilitator.record.action_items import add_action_item, set_action_status
from facilitator.record.carry_over import (
    MAX_OFFER_TITLE_LENGTH,
    PARKED_NOTE_SECONDS,
    accept_offer,
    carry_over_into,
    offer_for_next_agenda,
)
from facilitator.record.disputes import open_dispute, set_dispute_status
from facilitator.record.meetings import MeetingLocked, create_meeting, load_meeting
from facilitator.record.notes import add_note, park_note
from facilitator.record.templates import builtin_template
from facilitator.rules.agenda import AgendaPlan, PlannedItem, PlanRefused
from facilitator.rules.schedule import create_series
from facilitator.storage.database import Database
from facilitator.storage.models import ActionItem, AgendaItem, Dispute, Meeting
from facilitator.vocabulary import (
    ActionStatus,
    DisputeCategory,
    DisputeStatus,
    Frequency,
    ItemKind,
    MeetingKind,
    MeetingStatus,
    NoteKind,
    Team,
)

THURSDAY = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
TODAY = date(2026, 11, 1)
WEEKLY = builtin_template("weekly").plan
EXTRA = PlannedItem("Pricing page review", ItemKind.DISCUSSION, 180, Team.MARKETING, None, "why")


def _series(db: Database, name: str = "Weekly") -> int:
    return create_series(db, name, MeetingKind.WEEKLY, Frequency.WEEKLY)


def _meeting(
    db: Database, weeks: int, series_id: int | None, plan: AgendaPlan = WEEKLY, title: str = ""
) -> int:
    return create_meeting(
        db,
        plan,
        title=title or f"Weekly {weeks}",
        scheduled_at=THURSDAY + timedelta(weeks=weeks),
        series_id=series_id,
    )


def _set_status(db: Database, meeting_id: int, status: MeetingStatus) -> None:
    with db.write() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        meeting.status = status


def _action(db: Database, meeting_id: int, text: str) -> int:
    return add_action_item(db, meeting_id, text=text, today=TODAY)


def _dispute(db: Database, meeting_id: int, title: str) -> int:
    return open_dispute(
        db,
        meeting_id,
        title=title,
        category=DisputeCategory.LEAD_QUALITY,
        raised_by_team=Team.SALES,
    )


def _carried(db: Database, meeting_id: int) -> tuple[set[int], set[int]]:
    carried = carry_over_into(db, meeting_id)
    return {a.id for a in carried.action_items}, {d.id for d in carried.disputes}


def _rows(db: Database, model: type[ActionItem] | type[Dispute]) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_open_items_and_disputes_come_back_at_the_next_meeting(db: Database) -> None:
    series = _series(db)
    first = _meeting(db, 0, series)
    still_open = _action(db, first, "Pull job titles")
    done_there = _action(db, first, "Clean the lead source")
    set_action_status(db, done_there, ActionStatus.DONE, first)
    open_one = _dispute(db, first, "Webinar leads")
    settled = _dispute(db, first, "MQL definition")
    set_dispute_status(db, settled, DisputeStatus.RESOLVED, first, resolution="Score 60+")
    escalated = _dispute(db, first, "Reason codes")
    set_dispute_status(db, escalated, DisputeStatus.ESCALATED, first)
    mark_held(db, first)

    second = _meeting(db, 1, series)
    assert _carried(db, second) == ({still_open}, {open_one, escalated})


def test_ticked_at_a_meeting_it_stays_there_and_does_not_come_back(db: Database) -> None:
    series = _series(db)
    first = _meeting(db, 0, series)
    action_id = _action(db, first, "Draft the MQL definition")
    dispute_id = _dispute(db, first, "MQL definition")
    mark_held(db, first)
    second = _meeting(db, 1, series)
    set_action_status(db, action_id, ActionStatus.DONE, second)
    set_dispute_status(db, dispute_id, DisputeStatus.RESOLVED, second, resolution="Signed")

    carried = carry_over_into(db, second)
    assert [(a.id, a.status, a.closed_meeting_id) for a in carried.action_items] == [
        (action_id, ActionStatus.DONE, second)
    ]
    assert [(d.id, d.status) for d in carried.disputes] == [(dispute_id, DisputeStatus.RESOLVED)]
    mark_held(db, second)
    third = _meeting(db, 2, series)
    assert _carried(db, third) == (set(), set())


def test_nothing_is_carried_twice_and_nothing_is_copied(db: Database) -> None:
    series = _series(db)
    first = _meeting(db, 0, series)
    action_id = _action(db, first, "Rebuild lead scoring")
    dispute_id = _dispute(db, first, "Lead scoring overvalues downloads")
    mark_held(db, first)
    second = _meeting(db, 1, series)
    _action(db, second, "Made at the second meeting")
    mark_held(db, second)
    third = _meeting(db, 2, series)
    before = (_rows(db, ActionItem), _rows(db, Dispute))
    carried = carry_over_into(db, third)
    assert [a.id for a in carried.action_items].count(action_id) == 1
    assert [d.id for d in carried.disputes] == [dispute_id]
    assert len(carried.action_items) == 2
    assert carry_over_into(db, third) == carried
    assert (_rows(db, ActionItem), _rows(db, Dispute)) == before


def test_a_past_meeting_still_shows_what_it_carried(db: Database) -> None:
    series = _series(db)
    first = _meeting(db, 0, series)
    action_id = _action(db, first, "Fix the UTM tags")
    dispute_id = _dispute(db, first, "Follow-up gap")
    second, third = _meeting(db, 1, series), _meeting(db, 2, series)
    set_action_status(db, action_id, ActionStatus.DONE, third)
    set_dispute_status(db, dispute_id, DisputeStatus.RESOLVED, third, resolution="Round robin")
    assert _carried(db, second) == ({action_id}, {dispute_id})
    assert _carried(db, third) == ({action_id}, {dispute_id})


def test_an_item_closed_between_meetings_does_not_come_back(db: Database) -> None:
    series = _series(db)
    first = _meeting(db, 0, series)
    action_id = _action(db, first, "Send the proposal")
    second = _meeting(db, 1, series)
    set_action_status(
        db, action_id, ActionStatus.DONE, None, now=lambda: THURSDAY + timedelta(days=2)
    )
    assert _carried(db, second) == (set(), set())


def test_a_reopened_item_comes_back_again(db: Database) -> None:
    series = _series(db)
    first = _meeting(db, 0, series)
    action_id = _action(db, first, "Publish the definition")
    set_action_status(db, action_id, ActionStatus.DONE, first)
    second = _meeting(db, 1, series)
    assert _carried(db, second) == (set(), set())
    set_action_status(db, action_id, ActionStatus.OPEN, second)
    assert _carried(db, second) == ({action_id}, set())


def test_only_earlier_meetings_of_the_same_series_count(db: Database) -> None:
    weekly, other = _series(db), _series(db, "Management")
    elsewhere = _meeting(db, 0, other)
    _action(db, elsewhere, "Another series' item")
    _dispute(db, elsewhere, "Another series' dispute")
    loose = _meeting(db, 0, None)
    _action(db, loose, "No series")
    first = _meeting(db, 0, weekly)
    later = _meeting(db, 1, weekly)
    _action(db, later, "Made later")
    _action(db, first, "Made here")
    assert _carried(db, first) == (set(), set())
    assert _carried(db, loose) == (set(), set())
    assert carry_over_into(db, loose).previous_meeting_id is None


def test_the_lists_are_shown_under_the_review_and_disputes_items(db: Database) -> None:
    meeting_id = _meeting(db, 0, _series(db))
    items = {item.kind: item.id for item in load_meeting(db, meeting_id).items}
    carried = carry_over_into(db, meeting_id)
    assert carried.action_items_item_id == items[ItemKind.REVIEW]
    assert carried.disputes_item_id == items[ItemKind.DISPUTES]
    management = _meeting(db, 1, None, builtin_template("management").plan)
    items = {}
    for item in load_meeting(db, management).items:
        items.setdefault(item.kind, item.id)
    carried = carry_over_into(db, management)
    assert carried.action_items_item_id == items[ItemKind.ACTION_ITEMS]
    assert carried.disputes_item_id == items[ItemKind.DISCUSSION]


def _with_extra_item() -> AgendaPlan:
    return replace(WEEKLY, items=(*WEEKLY.items[:3], EXTRA, *WEEKLY.items[3:]))


def test_unreached_items_and_parked_notes_are_offered_once(db: Database) -> None:
    series = _series(db)
    first = _meeting(db, 0, series, _with_extra_item())
    parked = add_note(db, first, None, NoteKind.QUESTION, "Who imports event leads?", 30)
    park_note(db, parked)
    add_note(db, first, None, NoteKind.NOTE, "Not parked", 31)
    mark_held(db, first, reached=3)
    second = _meeting(db, 1, series)

    offered = offer_for_next_agenda(db, second)
    assert offered == [
        replace(EXTRA, presenter_id=None),
        PlannedItem("Who imports event leads?", ItemKind.DISCUSSION, PARKED_NOTE_SECONDS),
    ]
    assert carry_over_into(db, second).previous_meeting_id == first

    accept_offer(db, second, offered[:1])
    titles = [item.title for item in load_meeting(db, second).items]
    assert titles[-2:] == ["Pricing page review", WEEKLY.items[-1].title]
    assert offer_for_next_agenda(db, second) == offered[1:]


def test_an_offer_over_the_cap_is_refused(db: Database) -> None:
    series = _series(db)
    first = _meeting(db, 0, series, _with_extra_item())
    park_note(db, add_note(db, first, None, NoteKind.NOTE, "Reason codes", 1))
    mark_held(db, first, reached=3)
    second = _meeting(db, 1, series)
    with pytest.raises(PlanRefused):
        accept_offer(db, second, offer_for_next_agenda(db, second))
    assert len(load_meeting(db, second).items) == len(WEEKLY.items)


def test_a_long_parked_note_is_offered_under_a_short_title(db: Database) -> None:
    series = _series(db)
    first = _meeting(db, 0, series)
    text = "Routing rules\nbelong to Sales? " + "é" * 500
    park_note(db, add_note(db, first, None, NoteKind.NOTE, text, 1))
    mark_held(db, first)
    [offer] = offer_for_next_agenda(db, _meeting(db, 1, series))
    assert len(offer.title) == MAX_OFFER_TITLE_LENGTH
    assert offer.title.startswith("Routing rules belong to Sales? é")
    assert offer.title.endswith("…")
    assert offer.description == text


def test_offers_come_from_the_last_meeting_that_was_held(db: Database) -> None:
    series = _series(db)
    held = _meeting(db, 0, series, _with_extra_item())
    mark_held(db, held, reached=3)
    cancelled = _meeting(db, 1, series, _with_extra_item(), title="Cancelled")
    _set_status(db, cancelled, MeetingStatus.CANCELLED)
    third = _meeting(db, 2, series)
    assert carry_over_into(db, third).previous_meeting_id == held
    assert [offer.title for offer in offer_for_next_agenda(db, third)] == ["Pricing page review"]


def test_a_meeting_that_has_started_takes_no_offers(db: Database) -> None:
    meeting_id = _meeting(db, 0, _series(db))
    _set_status(db, meeting_id, MeetingStatus.RUNNING)
    with pytest.raises(MeetingLocked, match="before the meeting starts"):
        accept_offer(db, meeting_id, [EXTRA])
    with db.read() as session:
        count = session.scalar(select(func.count()).where(AgendaItem.meeting_id == meeting_id))
    assert count == len(WEEKLY.items)
