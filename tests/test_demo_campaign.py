"""The demo's campaign check-in (issue #18 point 6): one held on the latest third Wednesday
before today, which asked which lead sources bring good and poor leads and prints the sources'
verdicts in its minutes, and the next one planned in the same series."""

from __future__ import annotations

import io
import unicodedata
from datetime import date

from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.minutes import render_minutes, snapshot_meeting
from facilitator.record.carry_over import carry_over_into
from facilitator.record.demo.campaign import check_in_days
from facilitator.storage.database import Database
from facilitator.storage.models import ActionItem, Dispute, DisputeMeeting, Meeting
from facilitator.vocabulary import (
    DisputeCategory,
    DisputeRole,
    MeetingKind,
    MeetingStatus,
    NoteKind,
    RunEventKind,
    Team,
)


def test_the_check_in_falls_on_the_latest_third_wednesday_before_today() -> None:
    assert check_in_days(date(2026, 11, 23)) == (date(2026, 11, 18), date(2026, 12, 16))
    assert check_in_days(date(2026, 11, 19)) == (date(2026, 11, 18), date(2026, 12, 16))
    # on the day itself the check-in is still to come: the one before was held
    assert check_in_days(date(2026, 11, 18)) == (date(2026, 10, 21), date(2026, 11, 18))
    assert check_in_days(date(2027, 1, 5)) == (date(2026, 12, 16), date(2027, 1, 20))


def _check_ins(session: Session) -> list[Meeting]:
    return list(
        session.scalars(
            select(Meeting)
            .where(Meeting.kind == MeetingKind.CAMPAIGN)
            .order_by(Meeting.scheduled_at)
        )
    )


def test_the_demo_holds_a_check_in_and_plans_the_next(demo: Database) -> None:
    with demo.read() as session:
        held, planned = _check_ins(session)
        assert (held.status, planned.status) == (MeetingStatus.ENDED, MeetingStatus.PLANNED)
        assert held.series_id is not None and held.series_id == planned.series_id
        assert held.scheduled_at.astimezone().date() == date(2026, 11, 18)
        teams = {item.presenter_team: item.presenter for item in held.items if item.presenter}
        assert {t: p.team for t, p in teams.items()} == {
            Team.MARKETING: Team.MARKETING,
            Team.SALES: Team.SALES,
        }
        kinds = [event.kind for event in held.run_events]
        assert kinds[0] is RunEventKind.START and kinds[-1] is RunEventKind.END
        assert kinds.count(RunEventKind.NEXT) == len(held.items) - 1
        assert held.started_at is not None and held.ended_at is not None
        assert all(
            held.started_at <= note.created_at <= held.ended_at for note in held.notes
        )
        first = held.items[0].id
        questions = [n for n in held.notes if n.kind is NoteKind.QUESTION]
        assert questions and all(n.item_id == first for n in questions)
        said = " ".join(n.text for n in held.notes if n.item_id == first)
        assert "Content syndication in October 2026" in said
        assert "Website demo requests in October 2026" in said
        assert any(n.kind is NoteKind.DECISION for n in held.notes)
        made = session.scalars(
            select(ActionItem).where(ActionItem.created_meeting_id == held.id)
        ).all()
        assert len(made) == 2
        raised = session.scalars(
            select(Dispute)
            .join(DisputeMeeting)
            .where(DisputeMeeting.meeting_id == held.id, DisputeMeeting.role == DisputeRole.RAISED)
        ).all()
        assert [d.category for d in raised] == [DisputeCategory.LEAD_QUALITY]
        assert raised[0].raised_by_team is Team.SALES


def test_the_next_check_in_takes_back_the_held_ones_actions_and_dispute(demo: Database) -> None:
    with demo.read() as session:
        held, planned = (m.id for m in _check_ins(session))
    carried = carry_over_into(demo, planned)
    assert carried.previous_meeting_id == held
    assert {a.created_meeting_id for a in carried.action_items} == {held}
    assert len(carried.action_items) == 2
    assert [d.title for d in carried.disputes] == ["Content syndication leads cannot be reached"]


def _text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    raw = "\n".join(page.extract_text() for page in pages)
    return " ".join(unicodedata.normalize("NFC", raw).split())


def test_the_check_ins_minutes_name_the_good_source_and_the_poor_one(demo: Database) -> None:
    with demo.read() as session:
        held_id = _check_ins(session)[0].id
    snapshot = snapshot_meeting(demo, held_id)
    assert snapshot.funnel is not None and not snapshot.funnel.full
    qualities = {v.source: v.quality for v in snapshot.funnel.card.verdicts}
    assert qualities["Website demo requests"] == "good"
    assert qualities["Content syndication"] == "poor"
    pdf = render_minutes(snapshot)
    text = _text(pdf)
    assert "Lead sources, October 2026" in text
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]
    [together] = [page for page in pages if "Lead sources" in page]
    assert "Partner referrals: too few leads to judge" in together, "the answer on one page"
    assert "Website demo requests brings good leads" in text
    assert "Content syndication brings poor leads" in text
    assert text.index("brings good leads") < text.index("brings poor leads")
