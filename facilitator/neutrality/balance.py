"""Whether the meetings stay balanced: floor time, disputes raised and settlements, per meeting
and per period, with a verdict in words wherever the balance tips past a named limit.

A period counts the meetings held (running or ended) on its local days. A dispute is raised at
the meeting its RAISED link names, by the team it was raised for; it is settled at a meeting
that left it resolved or escalated, counted once in a period (at the last such meeting) with
the settlement recorded when it was resolved, or ESCALATED where that meeting escalated it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from facilitator.language import _
from facilitator.neutrality.floor_time import FloorTime
from facilitator.rules.agenda import format_duration
from facilitator.rules.durations import span_text
from facilitator.vocabulary import (
    MeetingKind,
    MeetingStatus,
    Settlement,
    Team,
)

PERIOD_FLOOR_LIMIT = 0.60
"""Over a period, one team holding more than this share of the two teams' floor time tips it."""
MEETING_FLOOR_LIMIT = 0.65
"""One meeting may lean further (a campaign review is Marketing's), so its limit is higher."""
MIN_FLOOR_SECONDS = 10 * 60
"""Below this much of the two teams' time there is too little to judge the floor by."""
RAISED_LIMIT = 0.75
"""One team raising more than this share of the disputes tips it..."""
MIN_RAISED = 4
"""...once at least this many were raised."""
SETTLED_LIMIT = 0.75
"""More than this share of the disputes settled towards a team going one team's way tips it..."""
MIN_SETTLED = 3
"""...once at least this many were settled towards a team."""
SIDES = (Team.SALES, Team.MARKETING)
HELD = (MeetingStatus.RUNNING, MeetingStatus.ENDED)


@dataclass(frozen=True)
class Raised:
    """How many disputes each team raised; others are those raised for any other team."""

    sales: int = 0
    marketing: int = 0
    others: int = 0

    def __add__(self, other: Raised) -> Raised:
        return Raised(
            self.sales + other.sales, self.marketing + other.marketing, self.others + other.others
        )

    @property
    def total(self) -> int:
        return self.sales + self.marketing + self.others

    def of(self, team: Team) -> int:
        return self.sales if team is Team.SALES else self.marketing


@dataclass(frozen=True)
class Settled:
    """How many disputes were settled each way; unrecorded where nobody said which way."""

    counts: tuple[tuple[Settlement, int], ...] = tuple((kind, 0) for kind in Settlement)
    unrecorded: int = 0

    def of(self, kind: Settlement) -> int:
        return dict(self.counts)[kind]

    @property
    def total(self) -> int:
        return sum(count for _, count in self.counts) + self.unrecorded

    @property
    def each_way(self) -> str:
        """Towards Sales / towards Marketing / compromise / escalated, as the window's column
        and the minutes' cell print them."""
        return " / ".join(str(count) for _, count in self.counts)

    @property
    def towards_a_team(self) -> int:
        return self.of(Settlement.TOWARDS_SALES) + self.of(Settlement.TOWARDS_MARKETING)


def settled_of(kinds: Sequence[Settlement | None]) -> Settled:
    counts = tuple((kind, sum(1 for k in kinds if k is kind)) for kind in Settlement)
    return Settled(counts, sum(1 for k in kinds if k is None))


@dataclass(frozen=True)
class MeetingBalance:
    meeting_id: int
    title: str
    kind: MeetingKind
    day: date
    floor: FloorTime
    raised: Raised
    settled: Settled
    verdicts: tuple[str, ...]


@dataclass(frozen=True)
class PeriodBalance:
    """A period's meetings and their totals; a dispute settled at two of them counts once."""

    label: str
    first_day: date
    last_day: date
    meetings: tuple[MeetingBalance, ...]
    floor: FloorTime
    raised: Raised
    settled: Settled
    verdicts: tuple[str, ...] = field(default=())

    @property
    def balanced(self) -> bool:
        return not self.verdicts


def _percent(share: float) -> str:
    return f"{round(share * 100)} %"


def floor_verdict(floor: FloorTime, limit: float) -> str | None:
    """One sentence when a team held more than limit of the two teams' time, else None."""
    if floor.contested < MIN_FLOOR_SECONDS:
        return None
    for team, other in (SIDES, SIDES[::-1]):
        share = floor.share(team)
        if share is not None and share > limit:
            mine = floor.sales if team is Team.SALES else floor.marketing
            theirs = floor.contested - mine
            return _(
                "{team} held the floor {share} of the two teams' time ({mine} against "
                "{theirs}), over the {limit} a balanced meeting stays under: give {other} room."
            ).format(
                team=team.label,
                share=_percent(share),
                mine=format_duration(mine),
                theirs=format_duration(theirs),
                limit=_percent(limit),
                other=other.label,
            )
    return None


def raised_verdict(raised: Raised) -> str | None:
    if raised.total < MIN_RAISED:
        return None
    for team, other in (SIDES, SIDES[::-1]):
        if raised.of(team) / raised.total > RAISED_LIMIT:
            return _(
                "{team} raised {count} of the {total} disputes: ask {other} what it has not said."
            ).format(team=team.label, count=raised.of(team), total=raised.total, other=other.label)
    return None


def settled_verdict(settled: Settled) -> str | None:
    decided = settled.towards_a_team
    if decided < MIN_SETTLED:
        return None
    for kind, team in (
        (Settlement.TOWARDS_SALES, Team.SALES),
        (Settlement.TOWARDS_MARKETING, Team.MARKETING),
    ):
        if settled.of(kind) / decided > SETTLED_LIMIT:
            return _(
                "{count} of the {total} disputes settled towards a team were settled towards "
                "{team}: is the moderator still neutral?"
            ).format(count=settled.of(kind), total=decided, team=team.label)
    return None


def verdicts_for(
    floor: FloorTime, limit: float, raised: Raised, settled: Settled
) -> tuple[str, ...]:
    found = (floor_verdict(floor, limit), raised_verdict(raised), settled_verdict(settled))
    return tuple(verdict for verdict in found if verdict is not None)


def floor_sentence(floor: FloorTime, lead: str | None = None) -> str:
    """The floor time in one sentence: each team's time and share, and the shared time."""
    lead = lead or _("Floor time")
    if not floor.contested:
        if floor.shared:
            return _("{lead}: {shared}, all of it shared (no team's items).").format(
                lead=lead, shared=span_text(floor.shared)
            )
        return _("{lead}: none recorded.").format(lead=lead)
    sales, marketing = floor.share(Team.SALES) or 0, floor.share(Team.MARKETING) or 0
    return _(
        "{lead}: {sales} {sales_time} ({sales_share}), {marketing} {marketing_time} "
        "({marketing_share}), shared {shared}."
    ).format(
        lead=lead,
        sales=Team.SALES.label,
        sales_time=span_text(floor.sales),
        sales_share=_percent(sales),
        marketing=Team.MARKETING.label,
        marketing_time=span_text(floor.marketing),
        marketing_share=_percent(marketing),
        shared=span_text(floor.shared),
    )


def balance_summary(floor: FloorTime, raised: Raised, settled: Settled) -> str:
    """The numbers in one line, as the window and the minutes print them."""
    time_part = floor_sentence(floor)
    teams = {
        "sales": Team.SALES.label,
        "sales_count": raised.sales,
        "marketing": Team.MARKETING.label,
        "marketing_count": raised.marketing,
        "others": raised.others,
    }
    if raised.others:
        raised_part = _(
            "Disputes raised: {sales} {sales_count}, {marketing} {marketing_count}, "
            "others {others}."
        ).format(**teams)
    else:
        raised_part = _(
            "Disputes raised: {sales} {sales_count}, {marketing} {marketing_count}."
        ).format(**teams)
    kinds = ", ".join(
        f"{kind.label[0].lower()}{kind.label[1:]} {settled.of(kind)}" for kind in Settlement
    )
    if settled.unrecorded:
        settled_part = _("Settled: {kinds}, not recorded {unrecorded}.").format(
            kinds=kinds, unrecorded=settled.unrecorded
        )
    else:
        settled_part = _("Settled: {kinds}.").format(kinds=kinds)
    return " ".join((time_part, raised_part, settled_part))


# --- periods ---------------------------------------------------------------------------------


def quarter_of(day: date) -> tuple[date, date, str]:
    """The calendar quarter holding day: its first and last day and its name, 'Q4 2026'."""
    number = (day.month - 1) // 3
    first = date(day.year, number * 3 + 1, 1)
    following = date(day.year + (number == 3), (number * 3 + 3) % 12 + 1, 1)
    return first, following - timedelta(days=1), f"Q{number + 1} {day.year}"


def last_three_months(day: date) -> tuple[date, date, str]:
    """The three months up to day: from the day after the same date three months before (the
    month's last day where it has no such date)."""
    year, month = (day.year, day.month - 3) if day.month > 3 else (day.year - 1, day.month + 9)
    following = date(year + (month == 12), month % 12 + 1, 1)
    before = min(date(year, month, 1) + timedelta(days=day.day - 1), following - timedelta(days=1))
    first = before + timedelta(days=1)
    return first, day, f"{first.day} {first:%b %Y} – {day.day} {day:%b %Y}"
