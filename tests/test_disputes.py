"""Disputes: opened in a meeting, argued, resolved or reopened, with every meeting on record."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from facilitator.record.disputes import (
    DisputeNotFound,
    DisputeRefused,
    dispute_history,
    get_dispute,
    list_disputes,
    mark_discussed,
    open_dispute,
    open_disputes,
    set_dispute_status,
    update_dispute,
)
from facilitator.record.meetings import MeetingNotFound
from facilitator.record.people import PersonInput, add_person
from facilitator.storage.database import Database
from facilitator.vocabulary import DisputeCategory, DisputeRole, DisputeStatus, Team

THURSDAY = datetime(2026, 11, 26, 15, 30, tzinfo=UTC)
SETTLED_AT = datetime(2026, 12, 3, 16, 0, tzinfo=UTC)
RAISED, DISCUSSED, SETTLED = DisputeRole.RAISED, DisputeRole.DISCUSSED, DisputeRole.SETTLED
OPEN, IN_REVIEW, RESOLVED = DisputeStatus.OPEN, DisputeStatus.IN_REVIEW, DisputeStatus.RESOLVED


@pytest.fixture
def meeting_in_week(new_weekly_meeting: Callable[..., int]) -> Callable[..., int]:
    """A weekly meeting `weeks` after THURSDAY, titled with its week."""
    return lambda weeks=0: new_weekly_meeting(f"Weekly {weeks}", THURSDAY + timedelta(weeks=weeks))


def _dispute(
    db: Database,
    meeting_id: int,
    title: str = "Webinar leads are students",
    category: DisputeCategory = DisputeCategory.LEAD_QUALITY,
    team: Team = Team.SALES,
) -> int:
    return open_dispute(db, meeting_id, title=title, category=category, raised_by_team=team)


def _history(db: Database, dispute_id: int) -> list[tuple[int, DisputeRole, DisputeStatus]]:
    return [(e.meeting_id, e.role, e.status_after) for e in dispute_history(db, dispute_id)]


def test_a_dispute_opened_at_a_meeting_is_raised_there(
    db: Database, meeting_in_week: Callable[..., int]
) -> None:
    meeting_id = meeting_in_week()
    jose = add_person(db, PersonInput("José Álvarez", "jose@example.com", Team.SALES))
    dispute_id = open_dispute(
        db,
        meeting_id,
        title="Webinar leads are students",
        category=DisputeCategory.LEAD_QUALITY,
        raised_by_team=Team.SALES,
        raised_by_id=jose,
    )
    view = get_dispute(db, dispute_id)
    assert (view.status, view.raised_by_name, view.raised_meeting_id) == (
        OPEN,
        "José Álvarez",
        meeting_id,
    )
    assert view.is_open
    assert _history(db, dispute_id) == [(meeting_id, RAISED, OPEN)]


def test_a_person_of_another_team_cannot_raise_it_for_this_one(
    db: Database, meeting_in_week: Callable[..., int]
) -> None:
    zoe = add_person(db, PersonInput("Zoë", "zoe@example.com", Team.MARKETING))
    with pytest.raises(DisputeRefused, match="Zoë sits in Marketing, not Sales"):
        open_dispute(
            db,
            meeting_in_week(),
            title="x",
            category=DisputeCategory.OTHER,
            raised_by_team=Team.SALES,
            raised_by_id=zoe,
        )
    assert list_disputes(db) == []


@pytest.mark.parametrize(("title", "message"), [("  ", "needs a title"), ("x" * 301, "at most")])
def test_a_bad_title_is_refused(
    db: Database, title: str, message: str, meeting_in_week: Callable[..., int]
) -> None:
    with pytest.raises(DisputeRefused, match=message):
        _dispute(db, meeting_in_week(), title=title)


def test_an_unknown_meeting_or_dispute_is_named(db: Database) -> None:
    with pytest.raises(MeetingNotFound):
        _dispute(db, 5)
    with pytest.raises(DisputeNotFound, match="no dispute 5"):
        update_dispute(db, 5, title="x")


def test_each_side_states_its_position_exactly(
    db: Database, meeting_in_week: Callable[..., int]
) -> None:
    dispute_id = _dispute(db, meeting_in_week())
    update_dispute(
        db,
        dispute_id,
        sales_position="23 of 60 were students.\n",
        marketing_position="Right accounts 🎯",
    )
    update_dispute(db, dispute_id, title="Lead quality", category=DisputeCategory.MQL_DEFINITION)
    view = get_dispute(db, dispute_id)
    assert (view.title, view.category) == ("Lead quality", DisputeCategory.MQL_DEFINITION)
    assert view.sales_position == "23 of 60 were students.\n"
    assert view.marketing_position == "Right accounts 🎯"
    update_dispute(db, dispute_id, sales_position="")
    assert get_dispute(db, dispute_id).sales_position == ""


def test_a_dispute_moves_through_meetings_until_it_is_settled(
    db: Database, meeting_in_week: Callable[..., int]
) -> None:
    first, second, third = meeting_in_week(), meeting_in_week(1), meeting_in_week(2)
    dispute_id = _dispute(db, first)
    set_dispute_status(db, dispute_id, IN_REVIEW, second)
    with pytest.raises(DisputeRefused, match="resolution"):
        set_dispute_status(db, dispute_id, RESOLVED, third)
    assert get_dispute(db, dispute_id).status is IN_REVIEW
    set_dispute_status(
        db, dispute_id, RESOLVED, third, resolution="MQL = score 60+", now=lambda: SETTLED_AT
    )
    view = get_dispute(db, dispute_id)
    assert (view.status, view.resolution, view.resolved_at) == (
        RESOLVED,
        "MQL = score 60+",
        SETTLED_AT,
    )
    assert not view.is_open
    assert view.meeting_count == 3
    assert _history(db, dispute_id) == [
        (first, RAISED, OPEN),
        (second, DISCUSSED, IN_REVIEW),
        (third, SETTLED, RESOLVED),
    ]


def test_raised_and_settled_in_one_meeting_stays_raised_there(
    db: Database, meeting_in_week: Callable[..., int]
) -> None:
    meeting_id = meeting_in_week()
    dispute_id = _dispute(db, meeting_id)
    set_dispute_status(db, dispute_id, RESOLVED, meeting_id, resolution="Agreed on the spot")
    assert _history(db, dispute_id) == [(meeting_id, RAISED, RESOLVED)]


def test_reopening_clears_the_date_and_keeps_the_old_resolution(
    db: Database, meeting_in_week: Callable[..., int]
) -> None:
    first, second, third = meeting_in_week(), meeting_in_week(1), meeting_in_week(2)
    dispute_id = _dispute(db, first)
    set_dispute_status(db, dispute_id, RESOLVED, second, resolution="Picklist of 4")
    set_dispute_status(db, dispute_id, OPEN, third)
    view = get_dispute(db, dispute_id)
    assert (view.status, view.resolved_at, view.resolution) == (OPEN, None, "Picklist of 4")
    set_dispute_status(db, dispute_id, RESOLVED, third)
    assert _history(db, dispute_id)[-1] == (third, SETTLED, RESOLVED)
    set_dispute_status(db, dispute_id, IN_REVIEW, third)
    assert _history(db, dispute_id)[-1] == (third, DISCUSSED, IN_REVIEW)


def test_a_discussed_dispute_is_linked_with_its_status_unchanged(
    db: Database, meeting_in_week: Callable[..., int]
) -> None:
    first, second = meeting_in_week(), meeting_in_week(1)
    dispute_id = _dispute(db, first)
    mark_discussed(db, dispute_id, second)
    mark_discussed(db, dispute_id, second)
    assert _history(db, dispute_id) == [(first, RAISED, OPEN), (second, DISCUSSED, OPEN)]


def test_the_disputes_view_filters_by_status_category_and_team(
    db: Database, meeting_in_week: Callable[..., int]
) -> None:
    meeting_id = meeting_in_week()
    quality = _dispute(db, meeting_id, "Quality", DisputeCategory.LEAD_QUALITY, Team.SALES)
    sla = _dispute(db, meeting_id, "SLA", DisputeCategory.SLA_TERMS, Team.MARKETING)
    escalated = _dispute(db, meeting_id, "Budget", DisputeCategory.OTHER, Team.MARKETING)
    set_dispute_status(db, sla, RESOLVED, meeting_id, resolution="Done")
    set_dispute_status(db, escalated, DisputeStatus.ESCALATED, meeting_id)

    def ids(**filters: object) -> set[int]:
        return {view.id for view in list_disputes(db, **filters)}  # type: ignore[arg-type]

    assert ids() == {quality, sla, escalated}
    assert ids(status=RESOLVED) == {sla}
    assert ids(category=DisputeCategory.LEAD_QUALITY) == {quality}
    assert ids(team=Team.MARKETING) == {sla, escalated}
    assert ids(team=Team.MARKETING, status=OPEN) == set()
    assert {view.id for view in open_disputes(db)} == {quality, escalated}
