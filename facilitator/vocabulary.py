"""The fixed words of a smarketing meeting: teams, kinds and statuses, stored as their values;
the label people read for each member is defined here once, in _LABEL_LIST."""

from __future__ import annotations

from enum import StrEnum


class Labelled(StrEnum):
    """An enum whose members have a word for people; every word is in _LABEL_LIST below."""

    @property
    def label(self) -> str:
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
    press the meeting really began (negative: after it; the latest correction counts)."""

    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    NEXT = "next"
    PREVIOUS = "previous"
    EXTEND = "extend"
    END = "end"
    JUMP = "jump"
    START_CORRECTED = "start_corrected"


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
    (Team.SALES, "Sales"),
    (Team.MARKETING, "Marketing"),
    (Team.CUSTOMER_SERVICE, "Customer service"),
    (Team.PRODUCT, "Product"),
    (Team.LEADERSHIP, "Leadership"),
    (Team.OTHER, "Other"),
    (MeetingKind.WEEKLY, "Weekly smarketing"),
    (MeetingKind.MANAGEMENT, "Monthly management"),
    (MeetingKind.CAMPAIGN, "Campaign check-in"),
    (MeetingKind.WIN_LOSS, "Win/loss rundown"),
    (MeetingKind.OTHER, "Other"),
    (MeetingStatus.PLANNED, "Planned"),
    (MeetingStatus.RUNNING, "Running"),
    (MeetingStatus.ENDED, "Ended"),
    (MeetingStatus.CANCELLED, "Cancelled"),
    (Frequency.WEEKLY, "Weekly"),
    (Frequency.MONTHLY, "Monthly"),
    (Frequency.QUARTERLY, "Quarterly"),
    (ItemKind.REVIEW, "Review"),
    (ItemKind.PRESENTATION, "Presentation"),
    (ItemKind.DISCUSSION, "Discussion"),
    (ItemKind.DISPUTES, "Disputes"),
    (ItemKind.METRICS, "Metrics"),
    (ItemKind.ACTION_ITEMS, "Action items"),
    (ItemKind.WRAP_UP, "Wrap-up"),
    (AttendanceStatus.INVITED, "Invited"),
    (AttendanceStatus.PRESENT, "Present"),
    (AttendanceStatus.LATE, "Late"),
    (AttendanceStatus.ABSENT, "Absent"),
    (NoteKind.NOTE, "Note"),
    (NoteKind.DECISION, "Decision"),
    (NoteKind.HIGHLIGHT, "Highlight"),
    (NoteKind.QUESTION, "Question"),
    (NoteKind.METRIC, "Metric"),
    (DisputeCategory.LEAD_QUALITY, "Lead quality"),
    (DisputeCategory.LEAD_QUANTITY, "Lead quantity"),
    (DisputeCategory.MQL_DEFINITION, "MQL definition"),
    (DisputeCategory.LEAD_SCORING, "Lead-scoring standards"),
    (DisputeCategory.SALES_FOLLOW_UP, "Sales follow-up"),
    (DisputeCategory.SLA_TERMS, "SLA terms"),
    (DisputeCategory.OTHER, "Other"),
    (DisputeStatus.OPEN, "Open"),
    (DisputeStatus.IN_REVIEW, "In review"),
    (DisputeStatus.RESOLVED, "Resolved"),
    (DisputeStatus.ESCALATED, "Escalated"),
    (ActionStatus.OPEN, "Open"),
    (ActionStatus.DONE, "Done"),
    (ActionStatus.DROPPED, "Dropped"),
    (MailKind.PRE_READ, "Agenda (pre-read)"),
    (MailKind.MINUTES, "Minutes"),
    (MailKind.FOLLOW_UP, "Owner's follow-up"),
    (MailKind.REMINDER, "Reminder"),
    (Settlement.TOWARDS_SALES, "Towards Sales"),
    (Settlement.TOWARDS_MARKETING, "Towards Marketing"),
    (Settlement.COMPROMISE, "Compromise"),
    (Settlement.ESCALATED, "Escalated"),
    (DealOutcome.WON, "Won"),
    (DealOutcome.LOST, "Lost"),
    (FunnelStage.LEAD, "Leads"),
    (FunnelStage.MQL, "MQLs"),
    (FunnelStage.SAL, "SALs (accepted)"),
    (FunnelStage.SQL, "SQLs"),
    (FunnelStage.OPPORTUNITY, "Opportunities"),
    (FunnelStage.WON, "Won"),
    (Direction.HIGHER_IS_BETTER, "Higher is better"),
    (Direction.LOWER_IS_BETTER, "Lower is better"),
    (Period.WEEK, "Week"),
    (Period.MONTH, "Month"),
    (Period.QUARTER, "Quarter"),
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
