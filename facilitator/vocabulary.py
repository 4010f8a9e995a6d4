"""The fixed words of a smarketing meeting: teams, kinds and statuses, stored as their values;
the label people read for each member is defined here once, in _LABEL_LIST."""

from __future__ import annotations

from enum import StrEnum

from facilitator.language import N_, _


class Labelled(StrEnum):
    """An enum whose members have a word for people; every word is in _LABEL_LIST below."""

    @property
    def label(self) -> str:
        """The word in the language chosen (facilitator.language), for every caller alike."""
        return _(_LABELS[type(self), self.value])

    @property
    def english_label(self) -> str:
        """The word as the code writes it, untranslated: what a title typed in English names."""
        return _LABELS[type(self), self.value]


class Team(Labelled):
    SALES = "sales"
    MARKETING = "marketing"
    CUSTOMER_SERVICE = "customer_service"
    PRODUCT = "product"
    LEADERSHIP = "leadership"
    OTHER = "other"

    @property
    def has_stake(self) -> bool:
        """Sales and Marketing are the two sides; a moderator from either is not neutral."""
        return self in (Team.SALES, Team.MARKETING)


class MeetingKind(Labelled):
    WEEKLY = "weekly"
    MANAGEMENT = "management"
    CAMPAIGN = "campaign"
    WIN_LOSS = "win_loss"
    OTHER = "other"


class MeetingStatus(Labelled):
    PLANNED = "planned"
    RUNNING = "running"
    ENDED = "ended"
    CANCELLED = "cancelled"


class Frequency(Labelled):
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"


class ItemKind(Labelled):
    REVIEW = "review"
    PRESENTATION = "presentation"
    DISCUSSION = "discussion"
    DISPUTES = "disputes"
    METRICS = "metrics"
    ACTION_ITEMS = "action_items"
    WRAP_UP = "wrap_up"


class AttendanceStatus(Labelled):
    INVITED = "invited"
    PRESENT = "present"
    LATE = "late"
    ABSENT = "absent"


class RunEventKind(StrEnum):
    """A press of a clock control. The event's seconds: for EXTEND the time added, for JUMP the
    index of the item gone to (from 0), for START_CORRECTED how many seconds before the START
    press the meeting really began (negative: after it; the latest correction counts), for
    MESSAGE the place of the quick message shown (from 0, in the console's list of them, so the
    record does not depend on the language). A MESSAGE leaves the clock as it was."""

    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    NEXT = "next"
    PREVIOUS = "previous"
    EXTEND = "extend"
    END = "end"
    JUMP = "jump"
    START_CORRECTED = "start_corrected"
    MESSAGE = "message"


class NoteKind(Labelled):
    NOTE = "note"
    DECISION = "decision"
    HIGHLIGHT = "highlight"
    QUESTION = "question"
    METRIC = "metric"


class DisputeCategory(Labelled):
    LEAD_QUALITY = "lead_quality"
    LEAD_QUANTITY = "lead_quantity"
    MQL_DEFINITION = "mql_definition"
    LEAD_SCORING = "lead_scoring"
    SALES_FOLLOW_UP = "sales_follow_up"
    SLA_TERMS = "sla_terms"
    OTHER = "other"


class DisputeStatus(Labelled):
    OPEN = "open"
    IN_REVIEW = "in_review"
    RESOLVED = "resolved"
    ESCALATED = "escalated"


UNRESOLVED = (DisputeStatus.OPEN, DisputeStatus.IN_REVIEW, DisputeStatus.ESCALATED)
"""A dispute in one of these is still open: escalated ones wait on the managers."""


class DisputeRole(StrEnum):
    """What happened to a dispute at one meeting."""

    RAISED = "raised"
    DISCUSSED = "discussed"
    SETTLED = "settled"


class ActionStatus(Labelled):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class MailKind(Labelled):
    """What a mail the app sent was: each is kept in the sent log (issue #17)."""

    PRE_READ = "pre_read"
    MINUTES = "minutes"
    FOLLOW_UP = "follow_up"
    REMINDER = "reminder"


class Settlement(Labelled):
    """Which way a dispute was settled (issue #18): the neutrality report counts them."""

    TOWARDS_SALES = "towards_sales"
    TOWARDS_MARKETING = "towards_marketing"
    COMPROMISE = "compromise"
    ESCALATED = "escalated"


class DealOutcome(Labelled):
    WON = "won"
    LOST = "lost"


class FunnelStage(Labelled):
    """The stages a lead passes, in order; a funnel row counts each (issue #18)."""

    LEAD = "lead"
    MQL = "mql"
    SAL = "sal"
    SQL = "sql"
    OPPORTUNITY = "opportunity"
    WON = "won"


class GoalUnit(StrEnum):
    """What a goal's numbers count; money is counted in one currency, so each is a unit.

    The euro is stored as "currency", its name from when it was the only money a goal
    could hold, so databases and exchange files from then read unchanged.
    """

    COUNT = "count"
    PERCENT = "percent"
    EUR = "currency"
    USD = "usd"
    GBP = "gbp"
    CHF = "chf"
    HOURS = "hours"


class Direction(Labelled):
    HIGHER_IS_BETTER = "higher"
    LOWER_IS_BETTER = "lower"


class Period(Labelled):
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"


_LABEL_LIST: list[tuple[Labelled, str]] = [
    (Team.SALES, N_("Sales")),
    (Team.MARKETING, N_("Marketing")),
    (Team.CUSTOMER_SERVICE, N_("Customer service")),
    (Team.PRODUCT, N_("Product")),
    (Team.LEADERSHIP, N_("Leadership")),
    (Team.OTHER, N_("Other")),
    (MeetingKind.WEEKLY, N_("Weekly smarketing")),
    (MeetingKind.MANAGEMENT, N_("Monthly management")),
    (MeetingKind.CAMPAIGN, N_("Campaign check-in")),
    (MeetingKind.WIN_LOSS, N_("Win/loss rundown")),
    (MeetingKind.OTHER, N_("Other")),
    (MeetingStatus.PLANNED, N_("Planned")),
    (MeetingStatus.RUNNING, N_("Running")),
    (MeetingStatus.ENDED, N_("Ended")),
    (MeetingStatus.CANCELLED, N_("Cancelled")),
    (Frequency.WEEKLY, N_("Weekly")),
    (Frequency.MONTHLY, N_("Monthly")),
    (Frequency.QUARTERLY, N_("Quarterly")),
    (ItemKind.REVIEW, N_("Review")),
    (ItemKind.PRESENTATION, N_("Presentation")),
    (ItemKind.DISCUSSION, N_("Discussion")),
    (ItemKind.DISPUTES, N_("Disputes")),
    (ItemKind.METRICS, N_("Metrics")),
    (ItemKind.ACTION_ITEMS, N_("Action items")),
    (ItemKind.WRAP_UP, N_("Wrap-up")),
    (AttendanceStatus.INVITED, N_("Invited")),
    (AttendanceStatus.PRESENT, N_("Present")),
    (AttendanceStatus.LATE, N_("Late")),
    (AttendanceStatus.ABSENT, N_("Absent")),
    (NoteKind.NOTE, N_("Note")),
    (NoteKind.DECISION, N_("Decision")),
    (NoteKind.HIGHLIGHT, N_("Highlight")),
    (NoteKind.QUESTION, N_("Question")),
    (NoteKind.METRIC, N_("Metric")),
    (DisputeCategory.LEAD_QUALITY, N_("Lead quality")),
    (DisputeCategory.LEAD_QUANTITY, N_("Lead quantity")),
    (DisputeCategory.MQL_DEFINITION, N_("MQL definition")),
    (DisputeCategory.LEAD_SCORING, N_("Lead-scoring standards")),
    (DisputeCategory.SALES_FOLLOW_UP, N_("Sales follow-up")),
    (DisputeCategory.SLA_TERMS, N_("SLA terms")),
    (DisputeCategory.OTHER, N_("Other")),
    (DisputeStatus.OPEN, N_("Open")),
    (DisputeStatus.IN_REVIEW, N_("In review")),
    (DisputeStatus.RESOLVED, N_("Resolved")),
    (DisputeStatus.ESCALATED, N_("Escalated")),
    (ActionStatus.OPEN, N_("Open")),
    (ActionStatus.DONE, N_("Done")),
    (ActionStatus.DROPPED, N_("Dropped")),
    (MailKind.PRE_READ, N_("Agenda (pre-read)")),
    (MailKind.MINUTES, N_("Minutes")),
    (MailKind.FOLLOW_UP, N_("Owner's follow-up")),
    (MailKind.REMINDER, N_("Reminder")),
    (Settlement.TOWARDS_SALES, N_("Towards Sales")),
    (Settlement.TOWARDS_MARKETING, N_("Towards Marketing")),
    (Settlement.COMPROMISE, N_("Compromise")),
    (Settlement.ESCALATED, N_("Escalated")),
    (DealOutcome.WON, N_("Won")),
    (DealOutcome.LOST, N_("Lost")),
    (FunnelStage.LEAD, N_("Leads")),
    (FunnelStage.MQL, N_("MQLs")),
    (FunnelStage.SAL, N_("SALs (accepted)")),
    (FunnelStage.SQL, N_("SQLs")),
    (FunnelStage.OPPORTUNITY, N_("Opportunities")),
    (FunnelStage.WON, N_("Won")),
    (Direction.HIGHER_IS_BETTER, N_("Higher is better")),
    (Direction.LOWER_IS_BETTER, N_("Lower is better")),
    (Period.WEEK, N_("Week")),
    (Period.MONTH, N_("Month")),
    (Period.QUARTER, N_("Quarter")),
]

# Keyed by (enum class, value): StrEnum members of different classes with one value are equal.
_LABELS: dict[tuple[type[Labelled], str], str] = {
    (type(member), member.value): label for member, label in _LABEL_LIST
}


MONTH_NAMES = (
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
"""The months in English, as the app writes and reads them in titles, whatever the locale."""
