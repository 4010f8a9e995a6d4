"""The demo's campaign check-in: the latest one held, which asked which lead sources bring good
and poor leads (its notes quote the funnel month its minutes print), what Marketing changes and
what Sales needs, with a dispute about content syndication's leads and two action items; and
the next one, planned.

Written after the funnel, with a generator of its own, so the rest of the demo stays the same
history for a seed whether or not this part runs.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from facilitator.funnel.scorecard import Scorecard
from facilitator.funnel.scorecard_reading import latest_month_before
from facilitator.funnel.stages import StageCounts
from facilitator.record.demo.dates import first_weekday, month_after, month_before
from facilitator.record.demo.history import History
from facilitator.record.demo.meetings import attend, hold_meeting, plan_meeting
from facilitator.record.demo.notes import add_notes
from facilitator.record.demo.story import ScriptedNote
from facilitator.record.templates import builtin_template
from facilitator.storage.models import ActionItem, Dispute, DisputeMeeting, Series
from facilitator.vocabulary import (
    DisputeCategory,
    DisputeRole,
    DisputeStatus,
    FunnelStage,
    MeetingKind,
    NoteKind,
    Team,
)

HELD, PLANNED = "C-1", "C+"
"""The check-ins' names among the demo's meetings."""
SEED = 6
WEDNESDAY = 2
LOCATION = "Room Fjord and video call"
INVITED = ("zoe", "mei", "tomas", "amara", "jonas", "jose", "hannah", "liam", "priya")
PRESENTERS = {Team.MARKETING: "mei", Team.SALES: "jose"}
NEXT_PRESENTERS = {Team.MARKETING: "tomas", Team.SALES: "priya"}
POOR, GOOD = "Content syndication", "Website demo requests"
"""The demo funnel's poor source and its good one."""
QUALITY = (FunnelStage.MQL, FunnelStage.SQL)
WHOLE = (FunnelStage.LEAD, FunnelStage.WON)

TOLD: tuple[ScriptedNote, ...] = (
    (
        0,
        NoteKind.NOTE,
        "Priya: of 40 syndication leads she called last week, 6 picked up and one booked a "
        "meeting; most did not remember downloading anything.",
        False,
    ),
    (
        0,
        NoteKind.QUESTION,
        "Does content syndication pay for itself, or do we buy leads nobody can reach?",
        False,
    ),
    (
        0,
        NoteKind.NOTE,
        "Partner referrals stay too few to judge; Jonas asks each partner for two this quarter.",
        False,
    ),
    (
        1,
        NoteKind.DECISION,
        "Decision: content syndication is bought per MQL from next month, only for companies of "
        "50+ employees; the budget saved goes to retargeting pricing-page visitors.",
        False,
    ),
    (
        1,
        NoteKind.NOTE,
        "Tomás: a role question on the syndicated e-book forms, so students and job seekers "
        "drop out before an SDR calls.",
        False,
    ),
    (
        2,
        NoteKind.NOTE,
        "José: SDRs need a one-line opener naming the e-book a lead downloaded; today they "
        "call cold.",
        False,
    ),
    (
        2,
        NoteKind.NOTE,
        "Hannah: a two-minute demo video to send after a demo request, before the first call.",
        False,
    ),
    (
        2,
        NoteKind.NOTE,
        "Liam asks for German-language e-books for DACH; Tomás checks what translation costs.",
        False,
    ),
)
"""What the check-in said besides the funnel's numbers: (agenda item, kind, text, parked)."""

DISPUTE = {
    "title": "Content syndication leads cannot be reached",
    "sales_position": "Syndication leads downloaded one e-book and don't remember us; SDRs "
    "spend a day a week on them for a handful of SQLs.",
    "marketing_position": "Syndication fills the top of the funnel at the lowest cost per lead; "
    "filter the leads at the form, don't cut the channel.",
}
RAISED_BY = "priya"
ACTIONS = (
    ("tomas", "Add a role question to the syndicated e-book forms", 14),
    ("amara", "Report SQLs per syndication lead by publisher for the next check-in", 26),
)
"""Made at the held check-in: owner, text and days until due."""


def third_wednesday(month: date) -> date:
    return first_weekday(month.year, month.month, WEDNESDAY) + timedelta(weeks=2)


def check_in_days(today: date) -> tuple[date, date]:
    """The latest third Wednesday of a month before today (the held check-in), and the next one
    (the planned)."""
    month = today.replace(day=1)
    if third_wednesday(month) < today:
        return third_wednesday(month), third_wednesday(month_after(month))
    return third_wednesday(month_before(month)), third_wednesday(month)


def add_campaign_check_ins(history: History) -> None:
    """The held check-in with its notes, dispute and action items, and the next one planned."""
    rng = random.Random(SEED)
    story = history.story
    template = builtin_template("campaign")
    series = Series(
        name=template.name,
        kind=MeetingKind.CAMPAIGN,
        frequency=template.frequency,
        created_at=history.before_history(),
    )
    history.session.add(series)
    held, planned = check_in_days(history.today)
    invited = [story.moderator, *INVITED]
    for ref, day, presenters in ((HELD, held, PRESENTERS), (PLANNED, planned, NEXT_PRESENTERS)):
        plan_meeting(
            history,
            ref,
            template,
            series,
            day,
            moderator=story.moderator,
            presenters=presenters,
            location=LOCATION,
        )
        if ref == HELD:
            hold_meeting(history, ref, extend=0, pause=None, rng=rng)
        attend(history, ref, invited, held=ref == HELD, rng=rng)
    history.session.flush()
    card = latest_month_before(history.session, held)
    add_notes(history, HELD, [*_funnel_notes(card), *TOLD], rng)
    _dispute(history)
    _actions(history, held)


def _share(part: int, whole: int) -> str:
    """A percentage as the scorecard writes it: whole above 10, one decimal below."""
    if not whole:
        return "—"
    value = 100 * part / whole
    return f"{value:.0f} %" if value >= 10 else f"{value:.1f} %"


def _funnel_notes(card: Scorecard | None) -> list[ScriptedNote]:
    """What Mei read from the month's funnel: the poor source's volume, the good one's wins."""
    lines = {line.source: line.counts for line in card.sources} if card else {}
    if card is None or POOR not in lines or GOOD not in lines:
        return []
    poor, good, total = lines[POOR], lines[GOOD], card.total.counts
    return [
        (
            0,
            NoteKind.NOTE,
            f"{POOR} in {card.label}: {poor.leads} leads, {_share(poor.leads, total.leads)} of "
            f"all, but {_rate(poor, QUALITY)} of its MQLs became SQLs "
            f"(average {_rate(total, QUALITY)}).",
            False,
        ),
        (
            0,
            NoteKind.HIGHLIGHT,
            f"{GOOD} in {card.label}: {good.leads} leads and {good.won} deals won "
            f"({_rate(good, WHOLE)} of its leads, against {_rate(total, WHOLE)} of all leads).",
            False,
        ),
    ]


def _rate(counts: StageCounts, step: tuple[FunnelStage, FunnelStage]) -> str:
    return _share(counts.count(step[1]), counts.count(step[0]))


def _dispute(history: History) -> None:
    meeting = history.meetings[HELD]
    raiser = history.people[RAISED_BY]
    dispute = Dispute(
        category=DisputeCategory.LEAD_QUALITY,
        raised_by_team=raiser.team,
        raised_by=raiser,
        status=DisputeStatus.IN_REVIEW,
        created_at=history.instant(HELD, history.at(HELD, 0, 0.7)),
        **DISPUTE,
    )
    dispute.meeting_links.append(
        DisputeMeeting(
            meeting=meeting, role=DisputeRole.RAISED, status_after=DisputeStatus.IN_REVIEW
        )
    )
    history.session.add(dispute)


def _actions(history: History, held: date) -> None:
    meeting = history.meetings[HELD]
    wrap_up = len(meeting.items) - 1
    for number, (key, text, due_days) in enumerate(ACTIONS, start=1):
        owner = history.people[key]
        history.session.add(
            ActionItem(
                text=text,
                owner=owner,
                team=owner.team,
                due_date=held + timedelta(days=due_days),
                created_meeting=meeting,
                created_at=history.instant(HELD, history.at(HELD, wrap_up, 0.3 * number)),
            )
        )

