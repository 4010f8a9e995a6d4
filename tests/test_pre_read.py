"""The pre-read of a planned meeting: its content, its text and its one-page PDF (both engines)."""

from __future__ import annotations

import io
import re
import unicodedata
from datetime import date, timedelta

import pytest
from meeting_builders import MONDAY, Series
from pypdf import PdfReader

from facilitator.mailing.pre_read import NotPlanned, pre_read, pre_read_subject, pre_read_text
from facilitator.mailing.pre_read_pdf import render_pre_read
from facilitator.measures.metrics import create_goal, set_value
from facilitator.record.action_items import add_action_item, set_action_status
from facilitator.record.attendance import invite
from facilitator.record.carry_over import carry_over_into
from facilitator.record.disputes import open_dispute, update_dispute
from facilitator.record.meetings import MeetingNotFound, list_meetings
from facilitator.record.people import PersonInput, add_person
from facilitator.storage.database import Database
from facilitator.vocabulary import (
    ActionStatus,
    Direction,
    DisputeCategory,
    GoalUnit,
    MeetingKind,
    MeetingStatus,
    Period,
    Team,
)

CJK = "季度线索会议 准备材料"
ARABIC = "الاجتماع غدا مع فريق المبيعات"
EMOJI = "Launch 🚀 went well 👍"


def _text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(
        unicodedata.normalize("NFC", "\n".join(p.extract_text() for p in pages)).split()
    )


def _fonts(pdf: bytes) -> set[str]:
    return {
        str(font.get_object()["/BaseFont"]).split("+")[-1]
        for page in PdfReader(io.BytesIO(pdf)).pages
        for font in page["/Resources"]["/Font"].values()
    }


def _pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def built(db: Database) -> dict[str, int]:
    return planned_week(db)


def planned_week(db: Database) -> dict[str, int]:
    """A weekly series: week 0 ended with an action item overdue by week 1, one not yet due, one
    done, a dispute with both positions, and SLA figures; week 1 planned with Dana invited and
    presenting; an overdue item from a meeting outside the series."""
    dana = add_person(db, PersonInput("Dana Kim", "dana@example.com", Team.SALES))
    max_ = add_person(db, PersonInput("Max Ode", "max@example.com", Team.MARKETING))
    series = Series(db)
    first = series.meeting(0)
    late = add_action_item(
        db, first, text="Send the deck", owner_id=dana, due_date=date(2026, 12, 1)
    )
    add_action_item(
        db, first, text="Call the DACH list", owner_id=max_, due_date=date(2026, 12, 30)
    )
    done = add_action_item(db, first, text="Book the room", due_date=date(2026, 11, 25))
    set_action_status(db, done, ActionStatus.DONE, first)
    dispute = open_dispute(
        db,
        first,
        title="MQL threshold",
        category=DisputeCategory.MQL_DEFINITION,
        raised_by_team=Team.SALES,
    )
    update_dispute(db, dispute, sales_position="Raise it to 60", marketing_position="Keep it at 40")
    goal = create_goal(
        db,
        name="Leads called back",
        team=Team.SALES,
        unit=GoalUnit.PERCENT,
        direction=Direction.HIGHER_IS_BETTER,
        period=Period.WEEK,
        target=90,
        effective_from=date(2026, 1, 1),
    )
    set_value(db, first, goal, 80)
    series.end(first)
    second = series.meeting(1)
    invite(db, second, [dana, max_])
    other = series_outside(db)
    elsewhere = add_action_item(db, other, text="Fix the CRM field", due_date=date(2026, 11, 24))
    return {"first": first, "meeting": second, "late": late, "elsewhere": elsewhere}


def series_outside(db: Database) -> int:
    """A management meeting outside the series, planned a week before it."""
    from facilitator.record.meetings import create_meeting
    from facilitator.record.templates import builtin_template

    return create_meeting(
        db,
        builtin_template("management").plan,
        title="Management",
        scheduled_at=MONDAY - timedelta(days=3),
    )


def test_the_agenda_starts_each_item_after_the_ones_before(db, built):
    pre = pre_read(db, built["meeting"])
    assert pre.agenda[0].starts_at == MONDAY + timedelta(weeks=1)
    for before, after in zip(pre.agenda, pre.agenda[1:], strict=False):
        assert after.starts_at == before.starts_at + timedelta(seconds=before.planned_seconds)
    assert pre.ends_at == pre.scheduled_at + timedelta(seconds=pre.cap_seconds)


def test_the_disputes_are_those_the_console_carries_with_both_positions_and_age(db, built):
    pre = pre_read(db, built["meeting"])
    carried = carry_over_into(db, built["meeting"]).disputes
    assert [d.title for d in pre.disputes] == [d.title for d in carried] == ["MQL threshold"]
    (dispute,) = pre.disputes
    assert (dispute.sales_position, dispute.marketing_position) == (
        "Raise it to 60",
        "Keep it at 40",
    )
    # logged on the test's day, 2026-11-23; the meeting is on 2026-12-07
    assert dispute.age_days == 14


def test_carried_and_overdue_action_items_with_owners_overdue_on_the_meetings_day(db, built):
    pre = pre_read(db, built["meeting"])
    lines = {a.text: a for a in pre.actions}
    assert set(lines) == {"Send the deck", "Call the DACH list", "Fix the CRM field"}
    assert lines["Send the deck"].overdue and lines["Send the deck"].owner == "Dana Kim"
    assert not lines["Call the DACH list"].overdue
    assert lines["Fix the CRM field"].overdue and not lines["Fix the CRM field"].carried
    text = pre_read_text(pre)
    assert "- Send the deck (owner: Dana Kim; due 2026-12-01, OVERDUE)" in text
    assert "- Call the DACH list (owner: Max Ode; due 2026-12-30)" in text
    assert "Book the room" not in text


def test_the_last_meetings_verdicts_of_the_series(db, built):
    pre = pre_read(db, built["meeting"])
    assert pre.verdicts_from == ("Weekly 0", date(2026, 11, 30))
    (verdict,) = pre.verdicts
    assert (verdict.goal, verdict.value, verdict.target, verdict.met) == (
        "Leads called back",
        "80 %",
        "90 %",
        False,
    )
    assert "- Leads called back: 80 % (target 90 %) — missed by 10 points" in pre_read_text(pre)


def test_subject_and_text_name_the_meeting_presenters_and_times(db, built):
    pre = pre_read(db, built["meeting"])
    assert pre_read_subject(pre) == "Agenda: Weekly 1 — 2026-12-07"
    text = pre_read_text(pre)
    first = pre.agenda[0]
    assert text.startswith("Agenda of Weekly 1, Monday 2026-12-07, ")
    assert f"{first.starts_at:%H:%M}  1. {first.title}" in text
    assert "Raise it to 60" in text and "Keep it at 40" in text
    assert [i.email for i in pre.invitees] == ["dana@example.com", "max@example.com"]


def test_only_a_planned_meeting_has_a_pre_read(db, built):
    with pytest.raises(NotPlanned, match="ended"):
        pre_read(db, built["first"])
    with pytest.raises(MeetingNotFound):
        pre_read(db, 999)


def test_the_demos_planned_weekly_pre_read_prints_on_one_page(demo):
    weekly = next(
        m
        for m in list_meetings(demo)
        if m.status is MeetingStatus.PLANNED and m.kind is MeetingKind.WEEKLY
    )
    pre = pre_read(demo, weekly.id)
    pdf = render_pre_read(pre)
    assert _pages(pdf) == 1
    text = _text(pdf)
    assert "AGENDA AND PRE-READ" in text
    for entry in pre.agenda:
        assert entry.title[:30] in text
    assert "OVERDUE" in text
    assert not re.search(r"and \d+ more", text)
    for dispute in pre.disputes:
        assert dispute.title[:25] in text


def test_any_script_prints_on_the_one_page(db, built):
    with db.write() as session:
        from facilitator.storage.models import Meeting

        meeting = session.get(Meeting, built["meeting"])
        assert meeting is not None
        meeting.items[1].title = f"{CJK} {EMOJI}"
    update_dispute(db, _dispute_id(db), sales_position=ARABIC)
    pdf = render_pre_read(pre_read(db, built["meeting"]))
    assert _pages(pdf) == 1
    text = _text(pdf)
    assert CJK in text and EMOJI in text
    assert {"DroidSansFallback", "NotoSansArabic-Regular", "Symbola"} <= _fonts(pdf)


def _dispute_id(db: Database) -> int:
    from facilitator.record.disputes import open_disputes

    return open_disputes(db)[0].id


def test_a_heavy_meeting_stays_on_one_page_with_and_n_more(db, built):
    for number in range(40):
        add_action_item(
            db,
            built["first"],
            text=f"Follow-up {number} " + "with a long explanation " * 12,
            due_date=date(2026, 11, 28),
        )
    for number in range(15):
        dispute = open_dispute(
            db,
            built["first"],
            title=f"Dispute {number} " + "about the thresholds " * 10,
            category=DisputeCategory.SLA_TERMS,
            raised_by_team=Team.MARKETING,
        )
        update_dispute(
            db,
            dispute,
            sales_position="Sales says " * 60,
            marketing_position="Marketing says " * 60,
        )
    pre = pre_read(db, built["meeting"])
    assert len(pre.actions) > 40 and len(pre.disputes) == 16
    pdf = render_pre_read(pre)
    assert _pages(pdf) == 1
    text = _text(pdf)
    shown = sum(1 for number in range(15) if f"Dispute {number} " in text)
    shown += "MQL threshold" in text
    hidden = len(pre.disputes) - shown
    assert 0 < shown < len(pre.disputes)
    assert f"and {hidden} more" in text
    for entry in pre.agenda:
        assert entry.title[:25] in text


def test_a_cut_list_of_action_items_keeps_the_overdue_ones(db, built):
    for number in range(40):
        add_action_item(
            db,
            built["first"],
            text=f"Later {number} " + "with a long explanation " * 6,
            due_date=date(2026, 12, 20),
        )
    pre = pre_read(db, built["meeting"])
    assert pre.actions[-1].text == "Fix the CRM field" and pre.actions[-1].overdue
    text = _text(render_pre_read(pre))
    assert re.search(r"and \d+ more", text)
    for action in pre.actions:
        if action.overdue:
            assert action.text in text
