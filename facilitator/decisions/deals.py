"""Won and lost deals brought to the quarterly win/loss rundown, and the reasons they name.

Each deal has one main reason from a short list per outcome that the teams can grow; a lost
deal may carry a campaign idea, what marketing could try to win the next one. The edits are
plain calls with their inverse (delete_deal, remove_reason), so the window's undo is exact.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, selectinload

from facilitator.decisions.minutes_lines import WinLossLines
from facilitator.decisions.quarters import Quarter, quarter_of
from facilitator.decisions.win_loss import campaign_ideas, campaign_tally, reason_tally
from facilitator.language import _
from facilitator.measures.metrics import meeting_day
from facilitator.storage.database import Database
from facilitator.storage.models import Deal, DealReason, Meeting
from facilitator.vocabulary import DealOutcome, MeetingKind

MAX_DEAL_NAME = 200
MAX_CAMPAIGN = 200
MAX_REASON_NAME = 120
MAX_IDEA = 2000

STANDARD_REASONS: dict[DealOutcome, tuple[str, ...]] = {
    DealOutcome.LOST: (
        "Price",
        "Timing",
        "Lost to a competitor",
        "No decision",
        "Product fit",
        "Poor lead quality",
    ),
    DealOutcome.WON: ("Relationship", "Product fit", "Price", "Speed of follow-up"),
}
"""The short list a database starts with; the rundown adds its own."""


class DealRefused(ValueError):
    """A deal or reason the core will not store; the message is one line for the user."""


@dataclass(frozen=True)
class ReasonView:
    id: int
    outcome: DealOutcome
    name: str


@dataclass(frozen=True)
class DealDraft:
    """A deal's fields as the window edits them: what add_deal and update_deal store."""

    name: str
    outcome: DealOutcome
    closed_on: date
    reason_id: int | None = None
    campaign: str = ""
    amount: float | None = None
    meeting_id: int | None = None
    campaign_idea: str = ""


@dataclass(frozen=True)
class DealView:
    id: int
    draft: DealDraft
    reason: str
    """The reason's name, empty when none was given."""
    meeting_title: str


# --- reasons ---------------------------------------------------------------------------------


def add_standard_reasons(session: Session) -> None:
    """Give a database without any reason the standard short list, in a caller's session."""
    if session.scalar(select(func.count()).select_from(DealReason)):
        return
    for outcome, names in STANDARD_REASONS.items():
        for position, name in enumerate(names):
            session.add(DealReason(outcome=outcome, name=name, position=position))


def ensure_standard_reasons(db: Database) -> None:
    """Give a database without any reason the standard short list."""
    with db.write() as session:
        add_standard_reasons(session)


def list_reasons(db: Database, outcome: DealOutcome | None = None) -> list[ReasonView]:
    with db.read() as session:
        query = select(DealReason).order_by(DealReason.outcome, DealReason.position, DealReason.id)
        if outcome is not None:
            query = query.where(DealReason.outcome == outcome)
        return [ReasonView(r.id, r.outcome, r.name) for r in session.scalars(query)]


def add_reason(db: Database, outcome: DealOutcome, name: str) -> int:
    """A new reason at the end of its outcome's list; the same name in any case is refused."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise DealRefused(_("A reason needs a name."))
    if len(cleaned) > MAX_REASON_NAME:
        raise DealRefused(
            _("A reason is at most {max_reason_name} characters.").format(
                max_reason_name=MAX_REASON_NAME
            )
        )
    with db.write() as session:
        held = session.scalars(select(DealReason).where(DealReason.outcome == outcome)).all()
        if any(r.name.casefold() == cleaned.casefold() for r in held):
            raise DealRefused(
                _("“{cleaned}” is already a reason for {outcome} deals.").format(
                    cleaned=cleaned, outcome=outcome.label.lower()
                )
            )
        reason = DealReason(
            outcome=outcome, name=cleaned, position=max((r.position for r in held), default=-1) + 1
        )
        session.add(reason)
        session.flush()
        return reason.id


def remove_reason(db: Database, reason_id: int) -> None:
    """Take back a reason no deal names (the undo of add_reason)."""
    with db.write() as session:
        reason = session.get(DealReason, reason_id)
        if reason is None:
            return
        if session.scalar(select(func.count()).where(Deal.reason_id == reason_id)):
            raise DealRefused(
                _("Deals name “{reason_name}”, so it stays.").format(reason_name=reason.name)
            )
        session.delete(reason)


# --- deals -----------------------------------------------------------------------------------


def _check(session: Session, draft: DealDraft) -> DealDraft:
    name = " ".join(draft.name.split())
    if not name:
        raise DealRefused(_("A deal needs a name."))
    if len(name) > MAX_DEAL_NAME:
        raise DealRefused(
            _("A deal's name is at most {max_deal_name} characters.").format(
                max_deal_name=MAX_DEAL_NAME
            )
        )
    campaign = " ".join(draft.campaign.split())
    if len(campaign) > MAX_CAMPAIGN:
        raise DealRefused(
            _("A campaign's name is at most {max_campaign} characters.").format(
                max_campaign=MAX_CAMPAIGN
            )
        )
    if len(draft.campaign_idea) > MAX_IDEA:
        raise DealRefused(
            _("A campaign idea is at most {max_idea:,} characters.").format(max_idea=MAX_IDEA)
        )
    if draft.amount is not None and (not math.isfinite(draft.amount) or draft.amount < 0):
        raise DealRefused(_("A deal's amount is a positive number."))
    if draft.reason_id is not None:
        reason = session.get(DealReason, draft.reason_id)
        if reason is None:
            raise DealRefused(_("That reason is no longer on the list."))
        if reason.outcome is not draft.outcome:
            raise DealRefused(
                _("“{reason_name}” is a reason for {outcome} deals.").format(
                    reason_name=reason.name, outcome=reason.outcome.label.lower()
                )
            )
    if draft.meeting_id is not None and session.get(Meeting, draft.meeting_id) is None:
        raise DealRefused(_("That meeting is gone."))
    idea = draft.campaign_idea.strip() if draft.outcome is DealOutcome.LOST else ""
    return DealDraft(
        name=name,
        outcome=draft.outcome,
        closed_on=draft.closed_on,
        reason_id=draft.reason_id,
        campaign=campaign,
        amount=draft.amount,
        meeting_id=draft.meeting_id,
        campaign_idea=idea,
    )


def _fill(deal: Deal, draft: DealDraft) -> None:
    deal.name, deal.outcome, deal.closed_on = draft.name, draft.outcome, draft.closed_on
    deal.reason_id, deal.campaign, deal.amount = draft.reason_id, draft.campaign, draft.amount
    deal.meeting_id, deal.campaign_idea = draft.meeting_id, draft.campaign_idea


def add_deal(db: Database, draft: DealDraft) -> int:
    """Store a new deal (a won deal keeps no campaign idea); returns its id."""
    with db.write() as session:
        deal = Deal()
        _fill(deal, _check(session, draft))
        session.add(deal)
        session.flush()
        return deal.id


def update_deal(db: Database, deal_id: int, draft: DealDraft) -> None:
    with db.write() as session:
        deal = session.get(Deal, deal_id)
        if deal is None:
            raise DealRefused(_("That deal is gone."))
        _fill(deal, _check(session, draft))


def delete_deal(db: Database, deal_id: int) -> None:
    with db.write() as session:
        deal = session.get(Deal, deal_id)
        if deal is not None:
            session.delete(deal)


def _deal_view(deal: Deal, meetings: dict[int, str]) -> DealView:
    draft = DealDraft(
        name=deal.name,
        outcome=deal.outcome,
        closed_on=deal.closed_on,
        reason_id=deal.reason_id,
        campaign=deal.campaign,
        amount=deal.amount,
        meeting_id=deal.meeting_id,
        campaign_idea=deal.campaign_idea,
    )
    title = meetings.get(deal.meeting_id, "") if deal.meeting_id is not None else ""
    return DealView(deal.id, draft, deal.reason.name if deal.reason else "", title)


def deal_views(session: Session, *where: ColumnElement[bool]) -> list[DealView]:
    """The deals that meet the conditions, by closing day, inside a caller's session."""
    deals = session.scalars(
        select(Deal)
        .where(*where)
        .options(selectinload(Deal.reason))
        .order_by(Deal.closed_on, Deal.id)
    ).all()
    ids = {d.meeting_id for d in deals if d.meeting_id is not None}
    rows = session.execute(select(Meeting.id, Meeting.title).where(Meeting.id.in_(ids)))
    titles: dict[int, str] = {meeting_id: title for meeting_id, title in rows}
    return [_deal_view(d, titles) for d in deals]


def deals_in(db: Database, quarter: Quarter) -> list[DealView]:
    """The deals closed in a quarter, by closing day."""
    with db.read() as session:
        return deal_views(
            session, Deal.closed_on >= quarter.first_day, Deal.closed_on <= quarter.last_day
        )


def deals_at(session: Session, meeting_id: int) -> list[DealView]:
    """The deals brought to one rundown."""
    return deal_views(session, Deal.meeting_id == meeting_id)


def deal(db: Database, deal_id: int) -> DealView | None:
    with db.read() as session:
        row = session.get(Deal, deal_id, options=[selectinload(Deal.reason)])
        if row is None:
            return None
        meeting = session.get(Meeting, row.meeting_id) if row.meeting_id else None
        return _deal_view(row, {meeting.id: meeting.title} if meeting else {})


def latest_quarter(db: Database, today: date) -> Quarter:
    """The quarter of the latest deal closed by today, or today's when there is none."""
    with db.read() as session:
        latest = session.scalar(select(func.max(Deal.closed_on)).where(Deal.closed_on <= today))
    return quarter_of(latest or today)


@dataclass(frozen=True)
class RundownChoice:
    meeting_id: int
    label: str


def rundown_meetings(db: Database) -> list[RundownChoice]:
    """The win/loss meetings a deal can be brought to, newest first."""
    with db.read() as session:
        meetings = session.scalars(
            select(Meeting)
            .where(Meeting.kind == MeetingKind.WIN_LOSS)
            .order_by(Meeting.scheduled_at.desc(), Meeting.id.desc())
        ).all()
        return [RundownChoice(m.id, f"{m.title}, {meeting_day(m):%d %b %Y}") for m in meetings]


def win_loss_lines(session: Session, meeting: Meeting) -> WinLossLines | None:
    """The rundown's deals tallied; None for any other kind of meeting."""
    if meeting.kind is not MeetingKind.WIN_LOSS:
        return None
    deals = deals_at(session, meeting.id)
    won = [d for d in deals if d.draft.outcome is DealOutcome.WON]
    lost = [d for d in deals if d.draft.outcome is DealOutcome.LOST]
    return WinLossLines(
        won=len(won),
        lost=len(lost),
        won_amount=sum(d.draft.amount or 0.0 for d in won),
        lost_amount=sum(d.draft.amount or 0.0 for d in lost),
        reasons=tuple(reason_tally(deals)),
        campaigns=tuple(campaign_tally(deals)),
        ideas=tuple(campaign_ideas(deals)),
    )
