"""The order of search hits, whichever way search() finds a page: looking up the meeting of
every match (few matches) or walking the meetings newest first (many, from WALK_FROM on)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import text

import facilitator.record.search as search_module
from facilitator.record.action_items import add_action_item
from facilitator.record.disputes import open_dispute
from facilitator.record.meetings import load_meeting
from facilitator.record.notes import add_note
from facilitator.record.search import SearchHit, SearchKind, search
from facilitator.storage.database import Database
from facilitator.vocabulary import DisputeCategory, ItemKind, NoteKind, Team

MONDAY = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
TODAY = date(2026, 11, 1)


@pytest.fixture
def meeting_in_week(new_weekly_meeting: Callable[..., int]) -> Callable[..., int]:
    """A weekly meeting `weeks` after MONDAY, titled with its week."""
    return lambda weeks: new_weekly_meeting(f"Week {weeks}", MONDAY + timedelta(weeks=weeks))


def _note(db: Database, meeting_id: int, body: str, kind: NoteKind = NoteKind.NOTE) -> int:
    item = next(i.id for i in load_meeting(db, meeting_id).items if i.kind is ItemKind.PRESENTATION)
    return add_note(db, meeting_id, item, kind, body, 1)


def _both_ways(
    db: Database, monkeypatch: pytest.MonkeyPatch, query: str, limit: int | None
) -> list[SearchHit]:
    """The page found by lookup, after checking the meeting walk finds the very same one."""
    looked_up = search(db, query, limit=limit)
    with monkeypatch.context() as patched:
        patched.setattr(search_module, "WALK_FROM", 0)
        assert search(db, query, limit=limit) == looked_up
    return looked_up


def test_a_meeting_planned_later_for_an_earlier_date_sorts_by_its_date(
    db: Database, monkeypatch: pytest.MonkeyPatch, meeting_in_week: Callable[..., int]
) -> None:
    late, early, middle = meeting_in_week(5), meeting_in_week(0), meeting_in_week(3)
    in_early = _note(db, early, "Forecast for the early week")
    in_late = _note(db, late, "Forecast for the late week")
    in_middle = _note(db, middle, "Forecast for the middle week")
    assert [hit.ref_id for hit in _both_ways(db, monkeypatch, "forecast", None)] == [
        in_late,
        in_middle,
        in_early,
    ]
    assert [hit.ref_id for hit in _both_ways(db, monkeypatch, "forecast", 2)] == [
        in_late,
        in_middle,
    ]


def test_within_a_meeting_hits_come_by_kind_then_as_written(
    db: Database, monkeypatch: pytest.MonkeyPatch, meeting_in_week: Callable[..., int]
) -> None:
    meeting_id = meeting_in_week(0)
    question = _note(db, meeting_id, "Budget question", NoteKind.QUESTION)
    first_note = _note(db, meeting_id, "Budget note")
    decision = _note(db, meeting_id, "Budget decision", NoteKind.DECISION)
    second_note = _note(db, meeting_id, "Budget again")
    action = add_action_item(db, meeting_id, text="Budget review", today=TODAY)
    dispute = open_dispute(
        db,
        meeting_id,
        title="Budget split",
        category=DisputeCategory.SLA_TERMS,
        raised_by_team=Team.SALES,
    )
    expected = [
        (SearchKind.ACTION_ITEM, action),
        (SearchKind.DECISION, decision),
        (SearchKind.DISPUTE, dispute),
        (SearchKind.NOTE, first_note),
        (SearchKind.NOTE, second_note),
        (SearchKind.QUESTION, question),
    ]
    for limit in (None, 6, 4, 1):
        hits = _both_ways(db, monkeypatch, "budget", limit)
        assert [(hit.kind, hit.ref_id) for hit in hits] == expected[:limit]


def test_a_dispute_whose_meetings_are_gone_comes_last_and_opens_nowhere(
    db: Database, monkeypatch: pytest.MonkeyPatch, meeting_in_week: Callable[..., int]
) -> None:
    gone, kept = meeting_in_week(4), meeting_in_week(0)
    dispute = open_dispute(
        db,
        gone,
        title="Lead scoring",
        category=DisputeCategory.SLA_TERMS,
        raised_by_team=Team.MARKETING,
    )
    note = _note(db, kept, "Lead scoring agreed")
    with db.write() as session:
        session.execute(text("DELETE FROM meetings WHERE id = :id"), {"id": gone})
    hits = _both_ways(db, monkeypatch, "scoring", None)
    assert [(hit.kind, hit.ref_id) for hit in hits] == [
        (SearchKind.NOTE, note),
        (SearchKind.DISPUTE, dispute),
    ]
    orphan = hits[1]
    assert (orphan.meeting_id, orphan.meeting_title, orphan.meeting_date, orphan.item_id) == (
        None,
        None,
        None,
        None,
    )


def test_many_matches_give_the_same_page_as_the_full_result(
    db: Database, monkeypatch: pytest.MonkeyPatch, meeting_in_week: Callable[..., int]
) -> None:
    meetings = [meeting_in_week(weeks) for weeks in (2, 0, 3, 1)]
    for index in range(24):
        kind = (NoteKind.NOTE, NoteKind.DECISION, NoteKind.METRIC)[index % 3]
        _note(db, meetings[index % 4], f"Webinar number {index}", kind)
    full = search(db, "webinar", limit=None)
    assert len(full) == 24
    monkeypatch.setattr(search_module, "WALK_FROM", 10)
    for limit in (1, 5, 7, 23):
        assert search(db, "webinar", limit=limit) == full[:limit]
    dates = [hit.meeting_date for hit in full]
    assert dates == sorted(dates, reverse=True)
