"""An agenda as plain data: the planned items of a meeting and the cap they must fit in."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from facilitator.language import _
from facilitator.vocabulary import ItemKind, MeetingKind, Team


@dataclass(frozen=True)
class PlannedItem:
    title: str
    kind: ItemKind
    planned_seconds: int
    presenter_team: Team | None = None
    presenter_id: int | None = None
    description: str = ""


@dataclass(frozen=True)
class AgendaPlan:
    kind: MeetingKind
    cap_seconds: int
    items: tuple[PlannedItem, ...] = field(default_factory=tuple)

    @property
    def total_seconds(self) -> int:
        return sum(item.planned_seconds for item in self.items)


MAX_CAP_SECONDS = 3600
WEEKLY_CAP_RANGE = (1800, 2400)
MAX_TITLE_LENGTH = 200
MESSAGE_TITLE_LENGTH = 60
MIN_SHRINK_SUGGESTIONS = 2
MAX_SHRINK_SUGGESTIONS = 3


@dataclass(frozen=True)
class PlanProblem:
    """One reason a plan can't be saved; item_index counts from 0, the message from 1."""

    message: str
    item_index: int | None = None


class PlanRefused(ValueError):
    """A plan broke the cap rules; str() is every message on one line, for the command line."""

    def __init__(self, problems: Sequence[PlanProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__(" ".join(problem.message for problem in self.problems))


def format_duration(seconds: int) -> str:
    """A duration as a moderator reads it on a clock: 12:00, 1:02:03, -0:30."""
    sign = "-" if seconds < 0 else ""
    hours, rest = divmod(abs(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"


def cap_bounds(kind: MeetingKind) -> tuple[int, int]:
    """The lowest and highest cap a meeting of this kind may have, for an editor's spin box."""
    if kind == MeetingKind.WEEKLY:
        return WEEKLY_CAP_RANGE
    return (1, MAX_CAP_SECONDS)


def check_cap(kind: MeetingKind, cap_seconds: int) -> list[PlanProblem]:
    """The cap rules of DESIGN.md section 2: above zero, never over an hour, weekly 30 to 40."""
    if cap_seconds <= 0:
        return [
            PlanProblem(
                _("The cap must be above zero; it is {cap}.").format(
                    cap=format_duration(cap_seconds)
                )
            )
        ]
    if cap_seconds > MAX_CAP_SECONDS:
        return [
            PlanProblem(
                _("No meeting's cap may be over an hour ({most}); this one is {cap}.").format(
                    most=format_duration(MAX_CAP_SECONDS), cap=format_duration(cap_seconds)
                )
            )
        ]
    low, high = WEEKLY_CAP_RANGE
    if kind == MeetingKind.WEEKLY and not low <= cap_seconds <= high:
        return [
            PlanProblem(
                _(
                    "A weekly meeting's cap lies between {low} and {high}; this one is {cap}."
                ).format(
                    low=format_duration(low),
                    high=format_duration(high),
                    cap=format_duration(cap_seconds),
                )
            )
        ]
    return []


def _whole_minutes(seconds: int) -> str:
    """Minutes as a moderator says them in a sentence: '47 min', or '47:30' when not whole."""
    if seconds % 60:
        return format_duration(seconds)
    return _("{minutes} min").format(minutes=seconds // 60)


def cap_range_text(kind: MeetingKind, typed_minutes: int) -> str:
    """Why a cap of typed_minutes is not taken: the range this kind of meeting allows.

    An editor's cap box shows it instead of silently putting its old value back.
    """
    low_seconds, high_seconds = cap_bounds(kind)
    low, high = max(1, -(-low_seconds // 60)), high_seconds // 60
    if kind == MeetingKind.WEEKLY:
        if typed_minutes > high:
            return _("The weekly meeting is capped at {high} min ({low}–{high}).").format(
                low=low, high=high
            )
        return _("The weekly meeting takes at least {low} min ({low}–{high}).").format(
            low=low, high=high
        )
    if typed_minutes > high:
        return _("No meeting is capped over an hour: {high} min at most ({low}–{high}).").format(
            low=low, high=high
        )
    return _("A meeting's cap is at least {low} min ({low}–{high}).").format(low=low, high=high)


def over_cap_text(plan: AgendaPlan) -> str | None:
    """The one thing an over-cap agenda needs, in a sentence; None when it fits its cap."""
    total, cap = plan.total_seconds, plan.cap_seconds
    if cap <= 0 or total <= cap:
        return None
    cap_text = _("{minutes}-min").format(minutes=cap // 60) if cap % 60 == 0 else None
    return _(
        "The agenda is {total}, over the {cap} cap: shorten it by {excess} to save it."
    ).format(
        total=_whole_minutes(total),
        cap=cap_text or format_duration(cap),
        excess=_whole_minutes(total - cap),
    )


def moderator_slot_problems(
    plan: AgendaPlan, moderator_id: int | None, names: Mapping[int, str] | None = None
) -> list[PlanProblem]:
    """The moderator runs the meeting and holds no presenter slot of it (DESIGN.md section 1)."""
    problems = []
    for index, item in enumerate(plan.items):
        if moderator_id is None or item.presenter_id != moderator_id:
            continue
        slot = (
            item.presenter_team.label
            if item.presenter_team
            else _("item {number}").format(number=index + 1)
        )
        problems.append(
            PlanProblem(
                _(
                    "{person} can't be both the moderator and the {slot} presenter: the "
                    "moderator runs the meeting and holds no slot."
                ).format(person=_person(moderator_id, names), slot=slot),
                index,
            )
        )
    return problems


def with_presenters(saved: AgendaPlan, edited: AgendaPlan) -> AgendaPlan:
    """The saved plan with the edited plan's presenters: what may be kept of an edit whose
    times can't be (no cap rule reads a presenter).

    A slot takes its new presenter only where both plans hold the same item in the same place
    (same number of items, same title there), so a presenter never lands on another item.
    """
    if len(saved.items) != len(edited.items):
        return saved
    items = [
        replace(old, presenter_team=new.presenter_team, presenter_id=new.presenter_id)
        if old.title.strip() == new.title.strip()
        else old
        for old, new in zip(saved.items, edited.items, strict=True)
    ]
    return with_items(saved, items)


def _short(title: str) -> str:
    title = " ".join(title.split())
    if len(title) <= MESSAGE_TITLE_LENGTH:
        return title
    return title[: MESSAGE_TITLE_LENGTH - 1].rstrip() + "…"


def _label(index: int, item: PlannedItem) -> str:
    if item.title.strip():
        return _("Item {number} '{title}'").format(number=index + 1, title=_short(item.title))
    return _("Item {number}").format(number=index + 1)


def _person(person_id: int, names: Mapping[int, str] | None) -> str:
    if names and person_id in names:
        return names[person_id]
    return _("Person {id}").format(id=person_id)


def _item_problems(
    index: int,
    item: PlannedItem,
    presenters: Mapping[int, Team] | None,
    names: Mapping[int, str] | None,
) -> list[PlanProblem]:
    problems = []
    if not item.title.strip():
        problems.append(
            PlanProblem(_("Item {number} needs a title.").format(number=index + 1), index)
        )
    elif len(item.title) > MAX_TITLE_LENGTH:
        problems.append(
            PlanProblem(
                _(
                    "{item} has a title of {length} characters; the most is {max_title_length}."
                ).format(
                    item=_label(index, item),
                    length=len(item.title),
                    max_title_length=MAX_TITLE_LENGTH,
                ),
                index,
            )
        )
    if item.planned_seconds <= 0:
        problems.append(
            PlanProblem(
                _("{item} must last at least one second; it is {planned}.").format(
                    item=_label(index, item), planned=format_duration(item.planned_seconds)
                ),
                index,
            )
        )
    if item.presenter_id is None:
        return problems
    if item.presenter_team is None:
        problems.append(
            PlanProblem(
                _("{item} names a presenter but no presenter team; choose the team first.").format(
                    item=_label(index, item)
                ),
                index,
            )
        )
    elif presenters is not None:
        team = presenters.get(item.presenter_id)
        who = _person(item.presenter_id, names)
        if team is None:
            problems.append(
                PlanProblem(
                    _("{who}, the presenter of item {number}, is not in the roster.").format(
                        who=who, number=index + 1
                    ),
                    index,
                )
            )
        elif team != item.presenter_team:
            problems.append(
                PlanProblem(
                    _(
                        "{who} is in {team} and can't present the {presenter_team} slot of item "
                        "{number}."
                    ).format(
                        who=who,
                        team=team.label,
                        presenter_team=item.presenter_team.label,
                        number=index + 1,
                    ),
                    index,
                )
            )
    return problems


def _duplicate_presenters(plan: AgendaPlan, names: Mapping[int, str] | None) -> list[PlanProblem]:
    first_slot: dict[int, int] = {}
    problems = []
    for index, item in enumerate(plan.items):
        if item.presenter_id is None or item.presenter_team is None:
            continue
        if item.presenter_id in first_slot:
            problems.append(
                PlanProblem(
                    _(
                        "{person} presents both item {first} and item {number}; each presenter "
                        "slot needs its own presenter."
                    ).format(
                        person=_person(item.presenter_id, names),
                        first=first_slot[item.presenter_id] + 1,
                        number=index + 1,
                    ),
                    index,
                )
            )
        else:
            first_slot[item.presenter_id] = index
    return problems


def shrink_candidates(plan: AgendaPlan, excess_seconds: int) -> list[PlannedItem]:
    """The longest items, enough of them to absorb the excess, to suggest where to cut."""
    longest = sorted(
        (item for item in plan.items if item.planned_seconds > 0),
        key=lambda item: item.planned_seconds,
        reverse=True,
    )
    chosen: list[PlannedItem] = []
    covered = 0
    for item in longest[:MAX_SHRINK_SUGGESTIONS]:
        if len(chosen) >= MIN_SHRINK_SUGGESTIONS and covered >= excess_seconds:
            break
        chosen.append(item)
        covered += item.planned_seconds
    return chosen


def _over_cap(plan: AgendaPlan) -> list[PlanProblem]:
    total = plan.total_seconds
    if plan.cap_seconds <= 0 or total <= plan.cap_seconds:
        return []
    excess = total - plan.cap_seconds
    message = _("The agenda runs {total}, {excess} over the {cap} cap.").format(
        total=format_duration(total),
        excess=format_duration(excess),
        cap=format_duration(plan.cap_seconds),
    )
    candidates = shrink_candidates(plan, excess)
    if candidates:
        listed = ", ".join(
            _("{title} ({planned})").format(
                title=_short(item.title) or _("untitled"),
                planned=format_duration(item.planned_seconds),
            )
            for item in candidates
        )
        message += " " + _("Items that could shrink: {items}.").format(items=listed)
    return [PlanProblem(message)]


def check_plan(
    plan: AgendaPlan,
    presenters: Mapping[int, Team] | None = None,
    *,
    names: Mapping[int, str] | None = None,
    moderator_id: int | None = None,
) -> list[PlanProblem]:
    """Every reason the plan can't be saved, in reading order; empty when it may be saved.

    presenters maps a person's id to their team, so a presenter from the wrong team is caught;
    without it only the plan's own shape is checked. names (id to name) make messages personal;
    moderator_id, the meeting's moderator, may hold no presenter slot.
    """
    problems = check_cap(plan.kind, plan.cap_seconds)
    if not plan.items:
        problems.append(PlanProblem(_("The agenda needs at least one item.")))
    for index, item in enumerate(plan.items):
        problems.extend(_item_problems(index, item, presenters, names))
    problems.extend(_duplicate_presenters(plan, names))
    problems.extend(moderator_slot_problems(plan, moderator_id, names))
    problems.extend(_over_cap(plan))
    return problems


def validate_plan(
    plan: AgendaPlan,
    presenters: Mapping[int, Team] | None = None,
    *,
    names: Mapping[int, str] | None = None,
    moderator_id: int | None = None,
) -> None:
    """Raise PlanRefused unless the plan may be saved; the guard every save and import passes."""
    problems = check_plan(plan, presenters, names=names, moderator_id=moderator_id)
    if problems:
        raise PlanRefused(problems)


def with_items(plan: AgendaPlan, items: Iterable[PlannedItem]) -> AgendaPlan:
    return replace(plan, items=tuple(items))


def replace_item(plan: AgendaPlan, index: int, item: PlannedItem) -> AgendaPlan:
    """The plan with one item swapped: how an editor applies a changed row."""
    items = list(plan.items)
    items[index] = item
    return with_items(plan, items)


def insert_item(plan: AgendaPlan, index: int, item: PlannedItem) -> AgendaPlan:
    items = list(plan.items)
    items.insert(index, item)
    return with_items(plan, items)


def remove_item(plan: AgendaPlan, index: int) -> AgendaPlan:
    items = list(plan.items)
    del items[index]
    return with_items(plan, items)


def move_item(plan: AgendaPlan, index: int, new_index: int) -> AgendaPlan:
    """The plan with one item moved so that it ends up at new_index."""
    items = list(plan.items)
    items.insert(new_index, items.pop(index))
    return with_items(plan, items)
