"""The pre-read: what a planned meeting will bring, read once, for the agenda mail and its PDF.

Invitees read it the day before: the agenda with who presents and when each item starts, the
disputes that come back (each side's position and how long they have been open), the action
items carried in or overdue by the meeting's day, and how the last meeting's SLA figures stood.
The disputes and action items are those the console will show (record/carry_over.py), so the
mail promises nothing the meeting does not bring.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from facilitator.agreements.minutes_lines import AgreementLine
from facilitator.agreements.register import agreements_in_force
from facilitator.language import _, format_date, localized_number
from facilitator.measures.metric_units import format_value
from facilitator.measures.metrics import goal_met, meeting_day, target_on, verdict
from facilitator.minutes.names import title_without_day
from facilitator.minutes.words import age
from facilitator.record.action_items import ActionItemView, is_overdue, list_action_items
from facilitator.record.attendance import attendance_of
from facilitator.record.carry_over import carry_over_into
from facilitator.record.meetings import MeetingNotFound
from facilitator.rules.agenda import format_duration
from facilitator.rules.carried_rule import held_before
from facilitator.storage.database import Database
from facilitator.storage.models import AgendaItem, Meeting, MetricValue, SLAGoal
from facilitator.vocabulary import ActionStatus, DisputeCategory, MeetingKind, MeetingStatus, Team


class NotPlanned(ValueError):
    """The agenda goes out before a meeting: one that started or ended has none to send."""


@dataclass(frozen=True)
class AgendaEntry:
    number: int
    title: str
    starts_at: datetime
    """Planned: the meeting's start plus the items before it."""
    planned_seconds: int
    presenter: str | None
    presenter_team: Team | None
    description: str = ""
    """What the item brings besides its title: a parked note in full, or a decision's review
    with its owner and its goal's values since the decision."""


@dataclass(frozen=True)
class ComingDispute:
    title: str
    category: DisputeCategory
    sales_position: str
    marketing_position: str
    age_days: int
    """From the day it was logged to the meeting's day."""


@dataclass(frozen=True)
class ComingAction:
    text: str
    owner: str | None
    due: date | None
    overdue: bool
    """Past its due date on the meeting's day."""
    carried: bool
    """Comes back from an earlier meeting of the series (else: overdue from elsewhere)."""


@dataclass(frozen=True)
class Verdict:
    goal: str
    value: str
    target: str
    verdict: str
    met: bool | None


@dataclass(frozen=True)
class Invitee:
    name: str
    email: str | None


@dataclass(frozen=True)
class PreRead:
    """A planned meeting's pre-read; times are aware, in the local zone."""

    meeting_id: int
    title: str
    scheduled_at: datetime
    cap_seconds: int
    location: str
    moderator: str | None
    moderator_email: str | None
    invitees: tuple[Invitee, ...]
    agenda: tuple[AgendaEntry, ...]
    disputes: tuple[ComingDispute, ...]
    actions: tuple[ComingAction, ...]
    verdicts_from: tuple[str, date] | None
    """The title and day of the meeting the verdicts were recorded at; None without one."""
    verdicts: tuple[Verdict, ...]
    agreements: tuple[AgreementLine, ...] = ()
    """The agreements in force on the day of a management meeting (issue #18); else none."""

    @property
    def day(self) -> date:
        return self.scheduled_at.date()

    @property
    def short_title(self) -> str:
        """The title without the meeting's day in it, as the subject names the day itself."""
        return title_without_day(self.title, self.day)

    @property
    def ends_at(self) -> datetime:
        return self.scheduled_at + timedelta(seconds=self.cap_seconds)

    @property
    def addresses(self) -> tuple[str, ...]:
        """Each invitee's address once, however it is capitalised."""
        seen: dict[str, str] = {}
        for invitee in self.invitees:
            if invitee.email:
                seen.setdefault(invitee.email.casefold(), invitee.email)
        return tuple(seen.values())

    @property
    def overdue_count(self) -> int:
        return sum(1 for action in self.actions if action.overdue)


def _agenda(meeting: Meeting, start: datetime) -> tuple[AgendaEntry, ...]:
    entries = []
    at = start
    for number, item in enumerate(meeting.items, start=1):
        entries.append(
            AgendaEntry(
                number=number,
                title=item.title,
                starts_at=at,
                planned_seconds=item.planned_seconds,
                presenter=item.presenter.name if item.presenter else None,
                presenter_team=item.presenter_team,
                description=item.description,
            )
        )
        at += timedelta(seconds=item.planned_seconds)
    return tuple(entries)


def _last_with_figures(session: Session, meeting: Meeting) -> Meeting | None:
    """The latest ended meeting before this one, of its series (or, outside one, of its kind),
    that recorded SLA figures: a meeting that skipped them has no verdicts to repeat."""
    same = (
        Meeting.series_id == meeting.series_id
        if meeting.series_id is not None
        else Meeting.kind == meeting.kind
    )
    return session.scalars(
        select(Meeting)
        .where(
            same,
            Meeting.status == MeetingStatus.ENDED,
            held_before(meeting),
            Meeting.metric_values.any(),
        )
        .options(
            selectinload(Meeting.metric_values)
            .selectinload(MetricValue.goal)
            .selectinload(SLAGoal.targets)
        )
        .order_by(Meeting.scheduled_at.desc(), Meeting.id.desc())
        .limit(1)
    ).first()


def _verdicts(last: Meeting) -> tuple[Verdict, ...]:
    day = meeting_day(last)
    lines = []
    for value in sorted(last.metric_values, key=lambda v: (v.goal.name.casefold(), v.goal_id)):
        goal = value.goal
        target = target_on(goal.targets, day)
        said = verdict(value.value, target, goal.direction, goal.unit)
        lines.append(
            Verdict(
                goal=goal.name,
                value=localized_number(format_value(value.value, goal.unit)),
                target=(
                    localized_number(format_value(target, goal.unit))
                    if target is not None
                    else _("none")
                ),
                verdict=said,
                met=None if target is None else goal_met(value.value, target, goal.direction),
            )
        )
    return tuple(lines)


def _actions(
    carried: tuple[ActionItemView, ...], everyone: list[ActionItemView], day: date
) -> list[ComingAction]:
    """The carried items still open, then those open elsewhere and overdue on the meeting's
    day (OVERDUE is judged on that day, as the console will show it); each group by due date."""
    carried_ids = {item.id for item in carried}
    lines = [
        ComingAction(
            item.text,
            item.owner_name,
            item.due_date,
            is_overdue(item.status, item.due_date, day),
            True,
        )
        for item in carried
        if item.status is ActionStatus.OPEN
    ]
    lines += [
        ComingAction(item.text, item.owner_name, item.due_date, True, False)
        for item in everyone
        if item.overdue and item.id not in carried_ids
    ]
    return lines


def pre_read(db: Database, meeting_id: int) -> PreRead:
    """The pre-read of a planned meeting; NotPlanned for one that started, ended or was
    cancelled, MeetingNotFound for none."""
    with db.read() as session:
        meeting = session.scalar(
            select(Meeting)
            .where(Meeting.id == meeting_id)
            .options(
                selectinload(Meeting.items).selectinload(AgendaItem.presenter),
                selectinload(Meeting.moderator),
            )
        )
        if meeting is None:
            raise MeetingNotFound(meeting_id)
        if meeting.status is not MeetingStatus.PLANNED:
            raise NotPlanned(
                _(
                    "meeting {id} is {status}: the agenda is sent before a meeting starts"
                ).format(id=meeting_id, status=meeting.status.label.lower())
            )
        start = meeting.scheduled_at.astimezone()
        day = meeting_day(meeting)
        last = _last_with_figures(session, meeting)
        header = dict(
            title=meeting.title,
            cap_seconds=meeting.cap_seconds,
            location=meeting.location,
            moderator=meeting.moderator.name if meeting.moderator else None,
            moderator_email=meeting.moderator.email if meeting.moderator else None,
            agenda=_agenda(meeting, start),
            verdicts_from=(last.title, meeting_day(last)) if last is not None else None,
            verdicts=_verdicts(last) if last is not None else (),
            agreements=agreements_in_force(session, day)
            if meeting.kind is MeetingKind.MANAGEMENT
            else (),
        )
    carry = carry_over_into(db, meeting_id)
    disputes = tuple(
        ComingDispute(
            title=dispute.title,
            category=dispute.category,
            sales_position=dispute.sales_position,
            marketing_position=dispute.marketing_position,
            age_days=max(0, (day - dispute.created_at.astimezone().date()).days),
        )
        for dispute in carry.disputes
        if dispute.is_open
    )
    everyone = list_action_items(db, status=ActionStatus.OPEN, today=day)
    invitees = tuple(Invitee(view.name, view.email) for view in attendance_of(db, meeting_id))
    return PreRead(
        meeting_id=meeting_id,
        scheduled_at=start,
        invitees=invitees,
        disputes=disputes,
        actions=tuple(_actions(carry.action_items, everyone, day)),
        **header,
    )


# --- the text ------------------------------------------------------------------------------------


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _dispute_lines(dispute: ComingDispute) -> list[str]:
    nothing = _("no position yet")
    return [
        "- "
        + _("{title} ({category}; open {age})").format(
            title=_one_line(dispute.title),
            category=dispute.category.label,
            age=age(dispute.age_days),
        ),
        "    "
        + _("Sales: {position}").format(position=_one_line(dispute.sales_position) or nothing),
        "    "
        + _("Marketing: {position}").format(
            position=_one_line(dispute.marketing_position) or nothing
        ),
    ]


def _action_line(action: ComingAction) -> str:
    owner = _one_line(action.owner) if action.owner else _("nobody yet")
    due = _("due {day}").format(day=action.due.isoformat()) if action.due else _("no due date")
    late = ", " + _("OVERDUE") if action.overdue else ""
    line = _("{text} (owner: {owner}; {due})").format(
        text=_one_line(action.text), owner=owner, due=due + late
    )
    return f"- {line}"


def _agenda_line(entry: AgendaEntry) -> str:
    who = ""
    if entry.presenter:
        who = f" \N{EM DASH} {_one_line(entry.presenter)}"
    elif entry.presenter_team is not None:
        who = f" \N{EM DASH} {entry.presenter_team.label}"
    line = (
        f"{entry.starts_at:%H:%M}  {entry.number}. {_one_line(entry.title)} "
        f"({format_duration(entry.planned_seconds)}){who}"
    )
    said = [_one_line(text) for text in entry.description.splitlines() if text.strip()]
    return "\n".join([line, *(f"       {text}" for text in said)])


def pre_read_text(pre: PreRead) -> str:
    """The plain-text body, also the calendar event's description. Every action item's line
    carries its owner, due date and OVERDUE, so a line quoted alone still says who and by when."""
    hours = f"{pre.scheduled_at:%H:%M}\N{EN DASH}{pre.ends_at:%H:%M}"
    when = f"{format_date(pre.day, 'EEEE')} {pre.day.isoformat()}, {hours}"
    lines = [_("Agenda of {title}, {when}.").format(title=_one_line(pre.short_title), when=when)]
    if pre.location:
        lines.append(_("Where: {place}").format(place=_one_line(pre.location)))
    if pre.moderator:
        lines.append(_("Moderator: {name}").format(name=_one_line(pre.moderator)))
    lines += ["", _("Agenda ({cap}):").format(cap=format_duration(pre.cap_seconds))]
    lines += [_agenda_line(entry) for entry in pre.agenda] or ["- " + _("no items yet")]
    lines += ["", _("Disputes that come back:")]
    for dispute in pre.disputes:
        lines += _dispute_lines(dispute)
    if not pre.disputes:
        lines.append("- " + _("none"))
    lines += ["", _("Action items carried over or overdue:")]
    lines += [_action_line(action) for action in pre.actions] or ["- " + _("none")]
    lines.append("")
    if pre.verdicts_from is None:
        lines.append(_("SLA verdicts: no earlier meeting recorded figures."))
    else:
        title, day = pre.verdicts_from
        lines.append(
            _("SLA verdicts at {title}, {day}:").format(
                title=_one_line(title_without_day(title, day)), day=day.isoformat()
            )
        )
        lines += [
            "- "
            + _("{goal}: {value} (target {target}) — {verdict}").format(
                goal=_one_line(v.goal), value=v.value, target=v.target, verdict=v.verdict
            )
            for v in pre.verdicts
        ]
    if pre.agreements:
        lines += ["", _("Agreements in force:")]
        lines += [
            "- "
            + _("{name}: version {number}, in force from {day}").format(
                name=_one_line(a.name), number=a.number, day=f"{a.effective_from:%Y-%m-%d}"
            )
            for a in pre.agreements
        ]
    return "\n".join(lines) + "\n"


def pre_read_subject(pre: PreRead) -> str:
    """'Agenda: <title> — <YYYY-MM-DD>'."""
    return _("Agenda: {title} — {day}").format(
        title=_one_line(pre.short_title), day=pre.day.isoformat()
    )
