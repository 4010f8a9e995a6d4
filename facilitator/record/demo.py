"""A realistic demo history, so a new user explores a lived-in database instead of an empty one."""

from __future__ import annotations

import random
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator import timesource
from facilitator.measures.metric_units import format_value
from facilitator.measures.metrics import DEFAULT_GOALS
from facilitator.record.templates import MeetingTemplate, builtin_template
from facilitator.storage.database import Database
from facilitator.storage.models import (
    ActionItem,
    AgendaItem,
    AlignmentBaseline,
    Attendance,
    Dispute,
    DisputeMeeting,
    GoalTarget,
    Meeting,
    MetricValue,
    Note,
    Person,
    RunEvent,
    Series,
    SLAGoal,
)
from facilitator.vocabulary import (
    ActionStatus,
    AttendanceStatus,
    DisputeCategory,
    DisputeRole,
    DisputeStatus,
    MeetingKind,
    MeetingStatus,
    NoteKind,
    RunEventKind,
    Team,
)

DOMAIN = "northwind.example"
WEEKLY_MEETINGS = 10
THURSDAY = 3
TUESDAY = 1
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class DemoRefused(Exception):
    """The database already holds data; the message is one line for the user."""


@dataclass(frozen=True)
class DemoSummary:
    meetings: int
    people: int
    notes: int
    disputes: int
    action_items: int
    metric_values: int


# --- the cast -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _PersonSpec:
    key: str
    name: str
    mailbox: str
    team: Team
    role: str
    active: bool = True


PEOPLE: tuple[_PersonSpec, ...] = (
    _PersonSpec("daniel", "Daniel Okafor", "daniel.okafor", Team.SALES, "VP Sales"),
    _PersonSpec(
        "jose", "José Álvarez", "jose.alvarez", Team.SALES, "Senior account executive, team lead"
    ),
    _PersonSpec("hannah", "Hannah Becker", "hannah.becker", Team.SALES, "Account executive"),
    _PersonSpec("liam", "Liam O'Connor", "liam.oconnor", Team.SALES, "Account executive, DACH"),
    _PersonSpec("priya", "Priya Raman", "priya.raman", Team.SALES, "Sales development rep"),
    _PersonSpec(
        "ethan", "Ethan Brooks", "ethan.brooks", Team.SALES, "Account executive", active=False
    ),
    _PersonSpec("zoe", "Zoë Lindqvist", "zoe.lindqvist", Team.MARKETING, "Head of marketing"),
    _PersonSpec("mei", "Mei Chen 陈美", "mei.chen", Team.MARKETING, "Head of demand generation"),
    _PersonSpec("tomas", "Tomás Novák", "tomas.novak", Team.MARKETING, "Content marketing manager"),
    _PersonSpec(
        "amara", "Amara Nwosu", "amara.nwosu", Team.MARKETING, "Marketing operations manager"
    ),
    _PersonSpec(
        "jonas", "Jonas Weber", "jonas.weber", Team.MARKETING, "Field and events marketing"
    ),
    _PersonSpec(
        "sofia",
        "Sofia Marchetti",
        "sofia.marchetti",
        Team.CUSTOMER_SERVICE,
        "Customer success lead, moderator",
    ),
    _PersonSpec("ren", "Ren Takahashi", "ren.takahashi", Team.PRODUCT, "Product manager"),
)

MANAGERS = ("daniel", "jose", "zoe", "mei")
MODERATOR = "sofia"
STAND_IN_MODERATOR = "ren"
ETHAN_LAST_MEETING = 3
SOFIA_AWAY = 6
MOST_MISSING = 2
MARKETING_PRESENTERS = ("mei", "zoe", "amara", "mei", "tomas")
SALES_PRESENTERS = ("daniel", "jose", "hannah", "daniel", "liam")

# --- what was said --------------------------------------------------------------------------

# Each meeting's notes as "item kind text" lines; an indented line continues the text above.
# Weekly agenda: 0 open action items, 1 Marketing update, 2 Sales update, 3 disputes, 4 wrap-up.
WEEKLY_NOTES: tuple[str, ...] = (
    """
    0 note      First weekly smarketing meeting. Sofia moderates: she sits in Customer success,
                so neither team's numbers are hers.
    0 question  Does the monthly pipeline call stay? Daniel: until the end of the quarter, then
                we decide.
    1 highlight Last webinar series: 1,140 registrations, our best series so far.
    1 note      Next week the 'Automation ROI' e-book goes live with a paid LinkedIn push
                (€6k budget).
    2 highlight Big win: Acme Corp signed a 3-year deal, €240k ARR.
    2 note      Kestrel Bank slips to next quarter; their procurement wants a security review.
    3 note      José: of 60 webinar leads called last week, 23 were students or job seekers.
    4 decision  Decision: the weekly meeting runs every Thursday at 16:30, 40 minutes, hard stop.
    """,
    """
    0 note      All action items from last week reviewed; the lead-source clean-up is done.
    1 note      'Automation ROI' e-book: 318 downloads since Tuesday, 41 % from target accounts.
    1 question  Hannah: can e-book leads who already booked a demo skip the SDR call?
    2 highlight Globex expanded from 50 to 180 seats (+€62k ARR).
    2 note      Three deals in legal review: Halvorsen Maritime, Lumen Health, Oakridge Foods.
    3 note      Webinar lead quality: Marketing pulls the job titles before anyone decides.
    3 note      Daniel asks what an MQL is. Sales reads it as 'ready for a sales call',
                Marketing as 'score 40+'.
    4 note      Amara drafts an MQL definition both teams can sign.
    """,
    """
    0 note      Open items: MQL draft circulated; webinar job-title analysis done.
    1 highlight Organic demo requests up 28 % since the pricing-page redesign.
    1 note      Planned: Field Summit Berlin next month, three speaking slots, booth 22.
    2 note      Two large opportunities opened in DACH this week, both from partner referrals.
    2 question  Liam: who owns inbound leads from existing customers, AEs or Customer success?
    3 decision  Decision: webinar registrations need a company email and a role;
                personal-domain leads go to nurture, not to SDRs.
    3 note      MQL draft: score 60+ or a demo request. Sales wants a company-size floor too;
                both sides review it this week.
    3 note      Mei: 37 % of last month's MQLs had no first touch within 24 hours.
    4 note      Until the MQL definition lands, demo requests go to the top of the SDR queue.
    """,
    """
    0 note      Two items carried over; the UTM clean-up is overdue.
    1 note      Nurture stream for personal-domain webinar leads is live: 4 emails over 3 weeks.
    1 highlight Acme Corp case study approved by their legal team; it goes out next week.
    2 highlight Big win: Lumen Health, €118k ARR, sourced from the last webinar series.
    2 note      Win rate this quarter: 22 % on MQL-sourced deals, 14 % on outbound.
    3 decision  Decision: MQL now requires a demo request, or a score of 60+ at a company with
                50+ employees. Applies from Monday.
    3 question  Do we re-score the existing backlog under the new MQL definition?
    4 note      Zoë and Daniel sign the MQL definition for both teams.
    """,
    """
    0 note      Backlog re-scored: 1,912 leads, 286 of them MQLs under the new definition.
    1 note      First week on the new MQL definition: volume down 12 %, Sales acceptance up
                from 61 % to 79 %.
    1 question  Jonas: should Field Summit badge scans count as MQLs at all?
    2 highlight Big win: Halvorsen Maritime signed, €96k ARR, 45-day sales cycle.
    2 note      Ethan has left Northwind; his accounts move to Hannah and Liam.
    3 note      Hannah: scoring overvalues content downloads; three leads scored 80+ last week
                and all were students.
    3 note      Follow-up gap: Sales says leads arrive at night with no owner; Marketing says
                routing rules belong to Sales.
    4 note      Priya covers the Nordics as well until a second SDR starts.
    """,
    """
    0 note      Routing audit done: 19 % of leads sat unassigned for more than 12 hours.
    1 highlight Field Summit Berlin: 212 badge scans, 38 meetings booked at the booth.
    1 note      Planned: 'Switch in 30 days' offer for competitors' customers, launching on
                the 1st.
    2 highlight Big win: Müller Bau GmbH, our first customer in construction, €54k ARR.
    2 question  José: can Marketing produce a one-pager for the construction vertical?
    3 note      Follow-up: Sales proposes round-robin routing by territory; Marketing wants an
                alert when a lead waits 20 hours.
    3 decision  Decision: badge scans without a conversation are not MQLs; booth meetings are.
    4 note      Sofia is away next week; Ren moderates.
    """,
    """
    0 note      Ren moderates today. Two items done since last week, one overdue.
    1 note      'Switch in 30 days' landing page is ready; paid search starts Monday.
    1 highlight The Acme Corp case study had 2,400 views in its first week, our most shared
                post this year.
    2 note      Quarter commit €1.9M, best case €2.3M.
    2 highlight Big win: Tessera Insurance, €180k ARR over 3 years, replacing a competitor.
    3 decision  Decision: round-robin routing by territory, SDR coverage 8:00–18:00; a lead
                untouched after 20 hours alerts the Sales manager.
    3 note      Lead scoring: Amara rebuilds the model from 12 months of closed-won deals.
    4 question  Should account managers from Customer success join for expansion leads?
    """,
    """
    0 note      Routing change live since Tuesday; no lead waited more than 20 hours.
    1 note      Planned: webinar 'Automation that pays for itself' with two customer speakers.
    2 highlight Big win: Paragon Retail, €75k ARR, the first deal from 'Switch in 30 days'.
    2 note      Kestrel Bank is back: security review passed, proposal sent.
    3 note      Zoë: 140 leads were recycled to nurture last month, 90 of them without a reason
                code, so Marketing cannot learn from them.
    3 note      Daniel: the SLA never asked for a reason; reps have no time for another
                mandatory field.
    4 note      Account managers from Customer success join every second weekly meeting.
    """,
    """
    0 note      Two items overdue, both on the lead-scoring rebuild.
    1 highlight Webinar 'Automation that pays for itself': 520 registrations in the first week.
    1 note      Draft scoring model: company fit 50 %, intent 30 %, engagement 20 %; leads with
                a score < 40 stay in nurture.
    2 note      Liam: DACH brings 9 inbound leads a month, the Nordics 40.
    2 question  Can the 'Switch in 30 days' offer run for another month?
    3 note      Reason codes: no agreement. Marketing offers a 4-option picklist; Sales wants
                it optional.
    3 note      Liam raises DACH lead volume: Sales asks for German-language campaigns.
    3 note      Lead scoring: the model review slips two weeks; the CRM export was incomplete.
    4 decision  Decision: 'Switch in 30 days' runs for another month.
    """,
    """
    0 note      Three items done this week, two overdue.
    1 note      Planned: German-language landing page and two DACH webinars next month.
    1 highlight Marketing-sourced pipeline passed €2M for the year.
    2 highlight Big win: Kestrel Bank signed, €310k ARR, our largest deal this year.
    2 note      Next month's forecast is light; two renewals are at risk.
    3 note      Reason codes for recycled leads: no agreement after three meetings; escalated
                to the management meeting.
    3 note      Hannah: Field Summit leads reached the CRM 16 days after the event.
    3 question  Who imports event leads: Marketing ops or the events team?
    4 note      Next week account managers bring the expansion-lead list.
    """,
)

# Management agenda: 0 metrics, 1 future plans, 2 discussion items, 3 action items.
# Keyed by position from the end, so the latest meeting always tells the latest story.
MANAGEMENT_NOTES: dict[int, str] = {
    -1: """
    0 note      Closed-loop report: 31 % of last month's MQLs became opportunities; webinar
                leads convert best.
    1 decision  Decision: move €20k from trade shows to intent data next quarter.
    1 note      Product: CRM integration v2 ships next month; Sales sees the demo first.
    2 note      Lead scoring: both teams agree the model needs closed-won data; Amara leads
                the rework, Sales reviews it.
    2 question  Do we need a sales-accepted stage between MQL and SQL?
    3 note      Action items agreed, owners confirmed.
    """,
    -2: """
    0 note      Funnel: MQL to SQL 38 %, SQL to won 24 %; follow-up within 24 hours is the
                weakest link.
    1 decision  Decision: the monthly MQL goal rises from 400 to 450 from the 1st of next month.
    1 note      Account-based pilot with 50 named accounts approved for next quarter.
    2 note      Product: trial usage will show in the CRM, so SDRs see activity before calling.
    2 highlight Marketing-sourced deals made up 46 % of new ARR last month.
    3 note      R&D asks for one Sales contact per product area; José volunteers.
    """,
    -3: """
    0 note      First month with the weekly meeting running; both teams attend.
    1 decision  Decision: publish one customer case study a month.
    2 question  Is a 24-hour follow-up window realistic for leads that arrive on Friday evening?
    2 note      Product: the pricing-page redesign ships this month.
    3 note      Action items agreed, owners confirmed.
    """,
}

ScriptedNote = tuple[int, NoteKind, str]


def _parse_notes(block: str) -> list[ScriptedNote]:
    """Read a notes block: a line opens with item and kind, indented lines continue it."""
    notes: list[ScriptedNote] = []
    for line in textwrap.dedent(block).strip().splitlines():
        if line[:1].isdigit():
            item, kind, text = line.split(maxsplit=2)
            notes.append((int(item), NoteKind(kind), text))
        else:
            item, kind, text = notes[-1]
            notes[-1] = (item, kind, f"{text} {line.strip()}")
    return notes


# A parked note: something raised that the meeting chose to take up later.
PARKED = {
    ("W5", 1): "Parked: should Field Summit become a yearly Northwind event of our own?",
    ("M-2", 2): "Parked: partner-sourced leads and who pays for their follow-up.",
}


@dataclass(frozen=True)
class _DisputeSpec:
    title: str
    category: DisputeCategory
    raised_by: str
    sales_position: str
    marketing_position: str
    history: tuple[tuple[str, DisputeStatus], ...]
    resolution: str = ""


DISPUTES: tuple[_DisputeSpec, ...] = (
    _DisputeSpec(
        "Webinar leads are students and job seekers, not buyers",
        DisputeCategory.LEAD_QUALITY,
        "jose",
        "A third of webinar leads are not buyers; SDRs lose a day a week calling them.",
        "Webinars bring our best-converting accounts; filter the leads, don't stop the webinars.",
        (("W0", DisputeStatus.OPEN), ("W1", DisputeStatus.OPEN), ("W2", DisputeStatus.RESOLVED)),
        "Registrations need a company email and a role; personal-domain leads go to nurture.",
    ),
    _DisputeSpec(
        "What counts as an MQL",
        DisputeCategory.MQL_DEFINITION,
        "daniel",
        "An MQL should be ready for a sales call: a demo request or a real buying signal.",
        "A score of 40+ is enough; a stricter bar cuts volume the SLA counts on.",
        (
            ("W1", DisputeStatus.OPEN),
            ("W2", DisputeStatus.IN_REVIEW),
            ("W3", DisputeStatus.RESOLVED),
        ),
        "MQL = a demo request, or a score of 60+ at a company with 50+ employees.",
    ),
    _DisputeSpec(
        "Leads are not followed up within 24 hours",
        DisputeCategory.SALES_FOLLOW_UP,
        "mei",
        "Leads arrive at night and on weekends without an owner; routing is the problem.",
        "37 % of MQLs had no first touch within 24 hours; the SLA says 90 %.",
        (
            ("W2", DisputeStatus.OPEN),
            ("W4", DisputeStatus.OPEN),
            ("W5", DisputeStatus.IN_REVIEW),
            ("W6", DisputeStatus.RESOLVED),
        ),
        "Round-robin routing by territory, SDR coverage 8:00–18:00, and an alert to the Sales "
        "manager for any lead untouched after 20 hours.",
    ),
    _DisputeSpec(
        "Lead scoring overvalues content downloads",
        DisputeCategory.LEAD_SCORING,
        "hannah",
        "Download-heavy leads score 80+ and never buy; weight company fit and intent instead.",
        "Engagement predicts pipeline in our data; change the weights only on closed-won evidence.",
        (
            ("W4", DisputeStatus.OPEN),
            ("W6", DisputeStatus.IN_REVIEW),
            ("W8", DisputeStatus.IN_REVIEW),
            ("M-1", DisputeStatus.IN_REVIEW),
        ),
    ),
    _DisputeSpec(
        "Recycled leads come back without a reason code",
        DisputeCategory.SLA_TERMS,
        "zoe",
        "The SLA never asked for reasons; a mandatory field costs reps time on every lead.",
        "Without a reason Marketing cannot fix targeting; add a 4-option picklist to the SLA.",
        (("W7", DisputeStatus.OPEN), ("W8", DisputeStatus.OPEN), ("W9", DisputeStatus.ESCALATED)),
    ),
    _DisputeSpec(
        "Too few inbound leads from the DACH region",
        DisputeCategory.LEAD_QUANTITY,
        "liam",
        "Nine leads a month cannot fill a territory; DACH needs German-language campaigns.",
        "DACH budget is 5 % of spend; more leads need more budget or fewer campaigns elsewhere.",
        (("W8", DisputeStatus.OPEN),),
    ),
    _DisputeSpec(
        "Event leads reach the CRM two weeks late",
        DisputeCategory.OTHER,
        "hannah",
        "A lead called 16 days after the event has forgotten us.",
        "Badge data from the organiser arrives late; an import within 48 hours needs a checklist.",
        (("W9", DisputeStatus.OPEN),),
    ),
)


@dataclass(frozen=True)
class _ActionSpec:
    made_at: str
    owner: str
    text: str
    due_days: int
    status: ActionStatus = ActionStatus.OPEN
    closed_at: str | None = None


DONE, DROPPED = ActionStatus.DONE, ActionStatus.DROPPED

ACTIONS: tuple[_ActionSpec, ...] = (
    _ActionSpec(
        "W0", "amara", "Clean up the lead-source field in the CRM (14 values to 6)", 7, DONE, "W1"
    ),
    _ActionSpec(
        "W0", "mei", "Pull job titles for last quarter's webinar registrations", 7, DONE, "W2"
    ),
    _ActionSpec("W0", "daniel", "Share the stage definitions Sales uses in the CRM", 7, DONE, "W1"),
    _ActionSpec("W1", "amara", "Draft an MQL definition both teams can sign", 7, DONE, "W2"),
    _ActionSpec("W1", "tomas", "Write the Acme Corp case study", 21, DONE, "W4"),
    _ActionSpec(
        "W1", "ethan", "Build a competitor battlecard for the Kestrel Bank deal", 14, DROPPED, "W4"
    ),
    _ActionSpec(
        "W2", "amara", "Set up a nurture stream for personal-domain webinar leads", 7, DONE, "W3"
    ),
    _ActionSpec(
        "W2", "priya", "Tag demo requests in the SDR queue so they are called first", 3, DONE, "W3"
    ),
    _ActionSpec("W2", "jonas", "Fix the UTM tags on all paid campaigns", 7, DONE, "W5"),
    _ActionSpec(
        "W3", "amara", "Re-score the lead backlog under the new MQL definition", 7, DONE, "W4"
    ),
    _ActionSpec("W3", "zoe", "Publish the signed MQL definition on the wiki", 3, DONE, "W4"),
    _ActionSpec(
        "W4", "daniel", "Audit lead routing: how long leads sit without an owner", 7, DONE, "W5"
    ),
    _ActionSpec("W4", "jonas", "Book a booth at TechWeek", 30, DROPPED, "W6"),
    _ActionSpec("W5", "tomas", "One-pager for the construction vertical", 14, DONE, "W7"),
    _ActionSpec("W5", "amara", "Build the 20-hour no-touch alert in the CRM", 7, DONE, "W7"),
    _ActionSpec("W5", "mei", "Landing page for 'Switch in 30 days'", 5, DONE, "W6"),
    _ActionSpec("W5", "tomas", "Add the new case studies to the Sales deck", 14),
    _ActionSpec("W6", "amara", "Rebuild lead scoring from 12 months of closed-won deals", 14),
    _ActionSpec("W6", "hannah", "Export closed-won deals with first-touch data for the rebuild", 7),
    _ActionSpec(
        "W6", "sofia", "Decide whether account managers join the weekly meeting", 7, DONE, "W7"
    ),
    _ActionSpec("W7", "zoe", "Propose a reason-code picklist for recycled leads", 7, DONE, "W8"),
    _ActionSpec("W7", "jose", "Send Kestrel Bank the revised proposal", 3, DONE, "W8"),
    _ActionSpec("W7", "sofia", "Bring the expansion-lead list to the weekly meeting", 21),
    _ActionSpec("W8", "mei", "Plan two German-language webinars for DACH", 28),
    _ActionSpec("W8", "tomas", "Translate the landing page and two e-books into German", 35),
    _ActionSpec("W8", "priya", "Call back every DACH lead of the last 60 days", 7, DONE, "W9"),
    _ActionSpec(
        "W9", "amara", "Write an import checklist: event leads in the CRM within 48 hours", 8
    ),
    _ActionSpec("W9", "liam", "List 30 DACH target accounts for the webinars", 10),
    _ActionSpec("W9", "daniel", "Prepare the reason-code case for the management meeting", 14),
    _ActionSpec(
        "M-2", "zoe", "Shortlist 50 named accounts for the account-based pilot", 21, DONE, "M-1"
    ),
    _ActionSpec("M-2", "ren", "Show trial usage in the CRM for SDRs", 25, DONE, "M-1"),
    _ActionSpec("M-1", "daniel", "Move €20k from trade shows to intent data in the budget", 45),
    _ActionSpec("M-1", "ren", "Demo CRM integration v2 to the Sales team", 40),
)

# The demo's goals are the standard ones (metrics.DEFAULT_GOALS); the MQL target was raised.
RAISED_MQL_TARGET = 450.0

# The moderator's alignment assessments; the two shares are filled from the metrics of the day.
BASELINES: dict[str, dict[str, object]] = {
    "W0": {
        "meeting_frequency": "monthly, often skipped",
        "constructive": 2,
        "communication_outside_meetings": "rarely",
        "leaders_relationship": "strained",
    },
    "M-1": {
        "meeting_frequency": "weekly",
        "constructive": 4,
        "communication_outside_meetings": "weekly",
        "leaders_relationship": "working well",
    },
}
FIRST_CONVERSION_ESTIMATE = 15


# --- the calendar ---------------------------------------------------------------------------


def _weekday_on_or_after(day: date, weekday: int) -> date:
    return day + timedelta(days=(weekday - day.weekday()) % 7)


def _first_weekday(year: int, month: int, weekday: int) -> date:
    return _weekday_on_or_after(date(year, month, 1), weekday)


def _month_after(day: date) -> date:
    """The first of the month after day."""
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _month_before(day: date) -> date:
    """The first of the month before day."""
    return date(day.year - (day.month == 1), (day.month - 2) % 12 + 1, 1)


@dataclass(frozen=True)
class _Calendar:
    """When the demo's meetings fall, relative to today: weekly on Thursdays, management on the
    first Tuesday of a month."""

    weekly: tuple[date, ...]
    next_weekly: date
    management: tuple[date, ...]
    next_management: date

    @classmethod
    def around(cls, today: date) -> _Calendar:
        last = _weekday_on_or_after(today - timedelta(days=7), THURSDAY)
        if last >= today:
            last -= timedelta(days=7)
        weekly = tuple(
            last - timedelta(weeks=WEEKLY_MEETINGS - 1 - i) for i in range(WEEKLY_MEETINGS)
        )
        month = _month_before(weekly[0])
        firsts: list[date] = []
        while True:
            tuesday = _first_weekday(month.year, month.month, TUESDAY)
            if tuesday >= today:
                break
            if tuesday >= weekly[0]:
                firsts.append(tuesday)
            month = _month_after(month)
        return cls(
            weekly=weekly,
            next_weekly=_weekday_on_or_after(today, THURSDAY),
            management=tuple(firsts[-3:]),
            next_management=tuesday,
        )


# --- the run of a meeting -------------------------------------------------------------------


@dataclass
class _Run:
    """How a meeting went, in seconds from its start: each item's window and the clock presses."""

    windows: list[tuple[float, float]] = field(default_factory=list)
    events: list[tuple[RunEventKind, float, int]] = field(default_factory=list)

    @property
    def length(self) -> float:
        return self.windows[-1][1]


def _simulate(
    planned: Sequence[int],
    cap: int,
    rng: random.Random,
    *,
    extend: int | None,
    pause: int | None,
) -> _Run:
    """Plausible actual timings: most items near plan, some short, some overrunning 30-90 s,
    and a last item the moderator cuts short so the meeting ends about on time."""
    run = _Run(events=[(RunEventKind.START, 0.0, 0)])
    t = 0.0
    for index, seconds in enumerate(planned):
        if index:
            run.events.append((RunEventKind.NEXT, t, 0))
        roll = rng.random()
        if roll < 0.3:
            delta = rng.randint(30, 90)
        elif roll < 0.6:
            delta = -rng.randint(20, min(90, seconds // 3))
        else:
            delta = rng.randint(-20, 25)
        duration = float(seconds + delta)
        presses: list[tuple[RunEventKind, float, int]] = []
        if index == extend:
            added = rng.choice((60, 120))
            presses.append((RunEventKind.EXTEND, t + seconds - rng.randint(20, 50), added))
            duration = float(seconds + added + rng.randint(-15, 40))
        if index == len(planned) - 1 and t + duration > cap:
            duration = float(max(60, cap - t - rng.randint(0, 30)))
        if index == pause:
            at = t + round(duration * 0.4)
            held = rng.randint(60, 150)
            presses = [(k, o + held if o > at else o, n) for k, o, n in presses]
            presses += [(RunEventKind.PAUSE, at, 0), (RunEventKind.RESUME, at + held, 0)]
            duration += held
        run.events.extend(sorted(presses, key=lambda press: press[1]))
        run.windows.append((t, t + duration))
        t += duration
    run.events.append((RunEventKind.END, t, 0))
    return run


# --- building it ----------------------------------------------------------------------------


def _local(day: date, at: time) -> datetime:
    """A wall-clock time in the user's zone, as an aware instant."""
    return datetime.combine(day, at).astimezone()


def _month_label(day: date) -> str:
    return f"{MONTHS[day.month - 1][:3]} {day.year}"


class _Builder:
    """Writes the demo into one open session; every random choice comes from one seeded rng."""

    def __init__(self, session: Session, rng: random.Random, today: date) -> None:
        self.session = session
        self.rng = rng
        self.today = today
        self.calendar = _Calendar.around(today)
        self.people: dict[str, Person] = {}
        self.meetings: dict[str, Meeting] = {}
        self.runs: dict[str, _Run] = {}
        self.goals: dict[str, SLAGoal] = {}
        self.values: dict[tuple[str, str], float] = {}
        self.note_count = 0

    def build(self) -> DemoSummary:
        self._add_people()
        weekly_series = Series(
            name="Weekly smarketing meeting",
            kind=MeetingKind.WEEKLY,
            frequency=builtin_template("weekly").frequency,
            created_at=self._before_history(),
        )
        management_series = Series(
            name="Monthly management meeting",
            kind=MeetingKind.MANAGEMENT,
            frequency=builtin_template("management").frequency,
            created_at=self._before_history(),
        )
        self.session.add_all([weekly_series, management_series])
        self._add_weekly_meetings(weekly_series)
        self._add_management_meetings(management_series)
        self.session.flush()
        self._add_goals()
        self._add_metrics_and_notes()
        self._add_disputes()
        self._add_actions()
        self._add_baselines()
        self.session.flush()
        return DemoSummary(
            meetings=len(self.meetings),
            people=len(self.people),
            notes=self.note_count,
            disputes=len(DISPUTES),
            action_items=len(ACTIONS),
            metric_values=len(self.values),
        )

    def _yesterday(self) -> datetime:
        """No demo row may claim to be made after today."""
        return _local(self.today - timedelta(days=1), time(9, 0))

    def _before_history(self) -> datetime:
        return _local(self.calendar.weekly[0] - timedelta(days=14), time(9, 0))

    # people and meetings

    def _add_people(self) -> None:
        for spec in PEOPLE:
            person = Person(
                name=spec.name,
                email=f"{spec.mailbox}@{DOMAIN}",
                team=spec.team,
                role=spec.role,
                active=spec.active,
                created_at=self._before_history(),
            )
            self.people[spec.key] = person
            self.session.add(person)

    def _meeting(
        self,
        ref: str,
        template: MeetingTemplate,
        series: Series,
        day: date,
        *,
        moderator: str,
        presenters: dict[Team, str],
        location: str,
    ) -> Meeting:
        scheduled = _local(day, template.start_time)
        meeting = Meeting(
            series=series,
            kind=template.plan.kind,
            title=template.name,
            scheduled_at=scheduled,
            cap_seconds=template.plan.cap_seconds,
            moderator=self.people[moderator],
            status=MeetingStatus.PLANNED,
            location=location,
            created_at=min(scheduled - timedelta(days=6), self._yesterday()),
        )
        meeting.items = [
            AgendaItem(
                position=position,
                title=item.title,
                kind=item.kind,
                planned_seconds=item.planned_seconds,
                presenter_team=item.presenter_team,
                presenter=self.people[presenters[item.presenter_team]]
                if item.presenter_team in presenters
                else None,
                description=item.description,
            )
            for position, item in enumerate(template.plan.items)
        ]
        self.meetings[ref] = meeting
        self.session.add(meeting)
        return meeting

    def _hold(self, ref: str, *, extend: int | None, pause: int | None) -> None:
        """Turn a planned meeting into an ended one with a run that matches its actual times."""
        meeting = self.meetings[ref]
        run = _simulate(
            [item.planned_seconds for item in meeting.items],
            meeting.cap_seconds,
            self.rng,
            extend=extend,
            pause=pause,
        )
        started = meeting.scheduled_at.astimezone(UTC) + timedelta(seconds=self.rng.randint(0, 150))
        meeting.status = MeetingStatus.ENDED
        meeting.started_at = started
        meeting.ended_at = started + timedelta(seconds=run.length)
        for item, (begin, end) in zip(meeting.items, run.windows, strict=True):
            item.actual_start = started + timedelta(seconds=begin)
            item.actual_end = started + timedelta(seconds=end)
        meeting.run_events = [
            RunEvent(
                seq=seq,
                kind=kind,
                at=started + timedelta(seconds=offset),
                monotonic=offset,
                seconds=seconds,
            )
            for seq, (kind, offset, seconds) in enumerate(run.events)
        ]
        self.runs[ref] = run

    def _attend(self, ref: str, invited: Sequence[str], *, held: bool) -> None:
        meeting = self.meetings[ref]
        on_duty = {id(meeting.moderator), *(id(item.presenter) for item in meeting.items)}
        seen = {AttendanceStatus.ABSENT: 0, AttendanceStatus.LATE: 0}
        for key in invited:
            if not held:
                status = AttendanceStatus.INVITED
            elif key == MODERATOR and ref == f"W{SOFIA_AWAY}":
                status = AttendanceStatus.ABSENT
            elif id(self.people[key]) in on_duty:
                status = AttendanceStatus.PRESENT
            else:
                roll = self.rng.random()
                status = AttendanceStatus.PRESENT
                if roll < 0.07:
                    status = AttendanceStatus.ABSENT
                elif roll < 0.2:
                    status = AttendanceStatus.LATE
                if status in seen:
                    seen[status] += 1
                    if seen[status] > MOST_MISSING:
                        status = AttendanceStatus.PRESENT
            meeting.attendance.append(Attendance(person=self.people[key], status=status))

    def _weekly_invitees(self, index: int | None) -> list[str]:
        keys = [
            spec.key
            for spec in PEOPLE
            if spec.team in (Team.SALES, Team.MARKETING)
            and (spec.active or (index is not None and index <= ETHAN_LAST_MEETING))
        ]
        keys.append(MODERATOR)
        if index == SOFIA_AWAY:
            keys.append(STAND_IN_MODERATOR)
        return keys

    def _add_weekly_meetings(self, series: Series) -> None:
        template = builtin_template("weekly")
        pauses = {3: 1, 7: 2}
        for index, day in enumerate(self.calendar.weekly):
            ref = f"W{index}"
            self._meeting(
                ref,
                template,
                series,
                day,
                moderator=STAND_IN_MODERATOR if index == SOFIA_AWAY else MODERATOR,
                presenters={
                    Team.MARKETING: MARKETING_PRESENTERS[index % len(MARKETING_PRESENTERS)],
                    Team.SALES: SALES_PRESENTERS[index % len(SALES_PRESENTERS)],
                },
                location="Room Fjord and video call",
            )
            extend = self.rng.choice((1, 2)) if self.rng.random() < 0.4 else None
            self._hold(ref, extend=extend, pause=pauses.get(index))
            self._attend(ref, self._weekly_invitees(index), held=True)
        self._meeting(
            "W+",
            template,
            series,
            self.calendar.next_weekly,
            moderator=MODERATOR,
            presenters={Team.MARKETING: "mei", Team.SALES: "jose"},
            location="Room Fjord and video call",
        )
        self._attend("W+", self._weekly_invitees(None), held=False)

    def _add_management_meetings(self, series: Series) -> None:
        template = builtin_template("management")
        invited = [*MANAGERS, MODERATOR, STAND_IN_MODERATOR]
        count = len(self.calendar.management)
        for position, day in enumerate(self.calendar.management):
            ref = f"M{position - count}"
            self._meeting(
                ref,
                template,
                series,
                day,
                moderator=MODERATOR,
                presenters={},
                location="Board room",
            )
            self._hold(ref, extend=2 if position == 0 else None, pause=None)
            self._attend(ref, invited, held=True)
        self._meeting(
            "M+",
            template,
            series,
            self.calendar.next_management,
            moderator=MODERATOR,
            presenters={},
            location="Board room",
        )
        self._attend("M+", invited, held=False)

    # what the meetings left behind

    def _at(self, ref: str, item: int, share: float) -> float:
        """Seconds into meeting ref at share (0-1) of item's actual window."""
        begin, end = self.runs[ref].windows[item]
        return round(begin + (end - begin) * share, 1)

    def _instant(self, ref: str, offset: float) -> datetime:
        started = self.meetings[ref].started_at
        assert started is not None
        return started + timedelta(seconds=offset)

    def _add_goals(self) -> None:
        since = _month_before(_month_before(_month_before(self.calendar.weekly[0])))
        raised_from = _month_after(self.calendar.management[-2])
        for spec in DEFAULT_GOALS:
            goal = spec.new_goal(since)
            if spec.key == "mqls_delivered":
                goal.targets.append(
                    GoalTarget(target=RAISED_MQL_TARGET, effective_from=raised_from)
                )
            self.goals[spec.key] = goal
            self.session.add(goal)

    def _target(self, key: str, day: date) -> float:
        return max(
            (t for t in self.goals[key].targets if t.effective_from <= day),
            key=lambda t: t.effective_from,
        ).target

    def _metric(
        self, ref: str, key: str, value: float, label: str, item: int, share: float, said: str
    ) -> ScriptedNote:
        """Record a number against its goal, and the metric note the moderator typed for it."""
        goal = self.goals[key]
        self.session.add(
            MetricValue(
                meeting=self.meetings[ref],
                goal=goal,
                value=value,
                period_label=label,
                entered_at=self._instant(ref, self._at(ref, item, share)),
            )
        )
        self.values[(ref, key)] = value
        target = self._target(key, self.meetings[ref].scheduled_at.date())
        text = said.format(v=format_value(value, goal.unit))
        text += f" (goal {format_value(target, goal.unit)})."
        return (item, NoteKind.METRIC, text)

    def _add_metrics_and_notes(self) -> None:
        for index, day in enumerate(self.calendar.weekly):
            ref = f"W{index}"
            week = (day - timedelta(days=7)).isocalendar()
            month = f"{_month_label(day)} projected"
            follow_up = min(98.5, round(78 + index * 1.9 + self.rng.uniform(-3, 3), 1))
            mqls = round(self._target("mqls_delivered", day) * self.rng.uniform(0.88, 1.1))
            pipeline = round(self._target("pipeline_created", day) * self.rng.uniform(0.8, 1.2), -4)
            said = [
                self._metric(ref, "mqls_delivered", mqls, month, 1, 0.1, "MQLs on pace for {v}"),
                self._metric(
                    ref,
                    "follow_up_24h",
                    follow_up,
                    f"{week.year}-W{week.week:02d}",
                    2,
                    0.1,
                    "Leads followed up within 24 hours last week: {v}",
                ),
                self._metric(
                    ref, "pipeline_created", pipeline, month, 2, 0.2, "Pipeline on pace for {v}"
                ),
            ]
            self._add_notes(ref, said + _parse_notes(WEEKLY_NOTES[index]))
        for ref in self.meetings:
            if ref.startswith("M-"):
                self._add_management_metrics(ref)

    def _add_management_metrics(self, ref: str) -> None:
        """A management meeting reviews the month before it, judged by its own day's targets."""
        day = self.meetings[ref].scheduled_at.date()
        month = _month_before(day)
        label, name = _month_label(month), MONTHS[month.month - 1]
        mqls = round(self._target("mqls_delivered", day) * self.rng.uniform(0.93, 1.08))
        ordinal = len(self.calendar.management) + int(ref[1:])
        conversion = round(19 + 3.5 * ordinal + self.rng.uniform(-2, 2), 1)
        pipeline = round(self._target("pipeline_created", day) * self.rng.uniform(0.85, 1.2), -4)
        said = [
            self._metric(ref, "mqls_delivered", mqls, label, 0, 0.15, f"MQLs in {name}: {{v}}"),
            self._metric(
                ref,
                "follow_up_conversion",
                conversion,
                label,
                0,
                0.3,
                f"Followed-up leads that became opportunities in {name}: {{v}}",
            ),
            self._metric(
                ref,
                "pipeline_created",
                pipeline,
                label,
                0,
                0.45,
                f"Pipeline created in {name}: {{v}}",
            ),
        ]
        self._add_notes(ref, said + _parse_notes(MANAGEMENT_NOTES[int(ref[1:])]))

    def _add_notes(self, ref: str, notes: Sequence[ScriptedNote]) -> None:
        """Spread each item's notes over its actual window, in the order they were typed."""
        meeting = self.meetings[ref]
        by_item: dict[int, list[tuple[NoteKind, str, bool]]] = {}
        for item, kind, text in notes:
            by_item.setdefault(item, []).append((kind, text, False))
        for (parked_ref, item), text in PARKED.items():
            if parked_ref == ref:
                by_item.setdefault(item, []).append((NoteKind.NOTE, text, True))
        for item in sorted(by_item):
            entries = by_item[item]
            for number, (kind, text, parked) in enumerate(entries, start=1):
                share = (number - 0.5 + self.rng.uniform(-0.35, 0.35)) / len(entries)
                offset = self._at(ref, item, share)
                typed = self._instant(ref, offset)
                self.session.add(
                    Note(
                        meeting=meeting,
                        item=meeting.items[item],
                        kind=kind,
                        text=text,
                        offset_seconds=offset,
                        parked=parked,
                        created_at=typed,
                        updated_at=typed,
                    )
                )
                self.note_count += 1

    def _disputes_item(self, ref: str) -> int:
        return 3 if ref.startswith("W") else 2

    def _add_disputes(self) -> None:
        for spec in DISPUTES:
            history = sorted(
                ((ref, status) for ref, status in spec.history if ref in self.meetings),
                key=lambda entry: self.meetings[entry[0]].scheduled_at,
            )
            first_ref = history[0][0]
            last_ref, status = history[-1]
            dispute = Dispute(
                title=spec.title,
                category=spec.category,
                raised_by_team=self.people[spec.raised_by].team,
                raised_by=self.people[spec.raised_by],
                sales_position=spec.sales_position,
                marketing_position=spec.marketing_position,
                status=status,
                resolution=spec.resolution,
                created_at=self._instant(
                    first_ref, self._at(first_ref, self._disputes_item(first_ref), 0.3)
                ),
                resolved_at=self._instant(
                    last_ref, self._at(last_ref, self._disputes_item(last_ref), 0.8)
                )
                if status is DisputeStatus.RESOLVED
                else None,
            )
            for number, (ref, after) in enumerate(history):
                if number == 0:
                    role = DisputeRole.RAISED
                elif after is DisputeStatus.RESOLVED:
                    role = DisputeRole.SETTLED
                else:
                    role = DisputeRole.DISCUSSED
                dispute.meeting_links.append(
                    DisputeMeeting(meeting=self.meetings[ref], role=role, status_after=after)
                )
            self.session.add(dispute)

    def _add_actions(self) -> None:
        made_count: dict[str, int] = {}
        for spec in ACTIONS:
            owner = self.people[spec.owner]
            made = self.meetings[spec.made_at]
            wrap_up = len(made.items) - 1
            made_count[spec.made_at] = made_count.get(spec.made_at, 0) + 1
            share = min(0.95, 0.15 * made_count[spec.made_at])
            closed_at = None
            if spec.closed_at is not None:
                closing = self.meetings[spec.closed_at]
                review = 0 if spec.closed_at.startswith("W") else len(closing.items) - 1
                closed_at = self._instant(
                    spec.closed_at, self._at(spec.closed_at, review, self.rng.uniform(0.1, 0.9))
                )
            self.session.add(
                ActionItem(
                    text=spec.text,
                    owner=owner,
                    team=owner.team,
                    due_date=made.scheduled_at.date() + timedelta(days=spec.due_days),
                    status=spec.status,
                    created_meeting=made,
                    closed_meeting=self.meetings[spec.closed_at] if spec.closed_at else None,
                    created_at=self._instant(spec.made_at, self._at(spec.made_at, wrap_up, share)),
                    closed_at=closed_at,
                )
            )

    def _latest(self, key: str, meeting: Meeting) -> float | None:
        """The last value of a goal reported at or before meeting."""
        reported = [
            (self.meetings[ref].scheduled_at, value)
            for (ref, goal), value in self.values.items()
            if goal == key and self.meetings[ref].scheduled_at <= meeting.scheduled_at
        ]
        return max(reported)[1] if reported else None

    def _add_baselines(self) -> None:
        for ref, answers in BASELINES.items():
            meeting = self.meetings[ref]
            followed_up = self._latest("follow_up_24h", meeting)
            conversion = self._latest("follow_up_conversion", meeting)
            shares = {
                "followed_up_share": round(followed_up or 0),
                "conversion_share": round(conversion or FIRST_CONVERSION_ESTIMATE),
            }
            self.session.add(
                AlignmentBaseline(
                    meeting=meeting, taken_at=meeting.started_at, answers={**answers, **shares}
                )
            )


def _only_standard_goals(session: Session) -> bool:
    """Whether the goals are the untouched standard ones a new database starts with."""
    goals = session.scalars(select(SLAGoal)).all()
    standard = {spec.key for spec in DEFAULT_GOALS}
    return (
        not session.scalar(select(func.count()).select_from(MetricValue))
        and all(goal.key in standard and len(goal.targets) == 1 for goal in goals)
    )


def _existing(session: Session) -> str | None:
    """What already fills the database, if anything, worded for the refusal message.

    The standard goals a new database is given don't count: the demo brings its own.
    """
    for model, one, many in (
        (Meeting, "meeting", "meetings"),
        (Person, "person", "people"),
        (Dispute, "dispute", "disputes"),
        (ActionItem, "action item", "action items"),
        (SLAGoal, "goal", "goals"),
    ):
        count = session.scalar(select(func.count()).select_from(model)) or 0
        if model is SLAGoal and _only_standard_goals(session):
            count = 0
        if count:
            return f"{count} {one if count == 1 else many}"
    return None


def refusal_reason(db: Database) -> str | None:
    """Why load_demo would refuse this database, or None when it is empty enough to fill."""
    with db.read() as session:
        existing = _existing(session)
    return _refusal(existing) if existing else None


def _refusal(existing: str) -> str:
    return f"the database already holds {existing}; the demo only fills an empty one"


def load_demo(db: Database, *, today: date | None = None, seed: int = 7) -> DemoSummary:
    """Fill an empty database with a lived-in history, in one transaction.

    The same seed and today give the same history; an already used database is refused
    untouched, so demo data never mixes with real meetings.
    """
    with db.write() as session:
        existing = _existing(session)
        if existing:
            raise DemoRefused(_refusal(existing))
        for goal in session.scalars(select(SLAGoal)).all():
            session.delete(goal)
        session.flush()
        return _Builder(session, random.Random(seed), today or timesource.today()).build()
