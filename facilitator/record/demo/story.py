"""The demo's story, read from resources/demo: the people, who moderates and presents, what each
meeting said, the disputes, the action items and the moderator's assessments."""

from __future__ import annotations

import textwrap
import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any

from facilitator.resource_folder import resource_folder
from facilitator.vocabulary import ActionStatus, DisputeCategory, DisputeStatus, NoteKind, Team

ScriptedNote = tuple[int, NoteKind, str, bool]
"""A note as the story tells it: its agenda item, kind and text, and whether it was parked."""

PARKED = "parked"
"""The kind notes.toml gives a parked note: a note the meeting chose to take up later."""


@dataclass(frozen=True)
class PersonSpec:
    key: str
    name: str
    mailbox: str
    team: Team
    role: str
    active: bool = True
    last_weekly: int | None = None
    """For someone who left: the last weekly meeting they were invited to, counted from 0."""


@dataclass(frozen=True)
class SeriesSpec:
    name: str
    location: str


@dataclass(frozen=True)
class DisputeSpec:
    title: str
    category: DisputeCategory
    raised_by: str
    sales_position: str
    marketing_position: str
    history: tuple[tuple[str, DisputeStatus], ...]
    resolution: str = ""


@dataclass(frozen=True)
class ActionSpec:
    made_at: str
    owner: str
    text: str
    due_days: int
    status: ActionStatus = ActionStatus.OPEN
    closed_at: str | None = None


@dataclass(frozen=True)
class Story:
    """Everything resources/demo tells; meetings are named W0-W9 (weekly, oldest first) and
    M-3 to M-1 (management, counted back from the latest)."""

    domain: str
    people: tuple[PersonSpec, ...]
    moderator: str
    stand_in_moderator: str
    moderator_away: str
    weekly: SeriesSpec
    management: SeriesSpec
    marketing_presenters: tuple[str, ...]
    sales_presenters: tuple[str, ...]
    next_presenters: dict[Team, str]
    managers: tuple[str, ...]
    notes: dict[str, list[ScriptedNote]]
    disputes: tuple[DisputeSpec, ...]
    actions: tuple[ActionSpec, ...]
    raised_mql_target: float
    baselines: dict[str, dict[str, object]]
    first_conversion_estimate: float


def _read(name: str) -> dict[str, Any]:
    return tomllib.loads((resource_folder() / "demo" / name).read_text(encoding="utf-8"))


def _parse_notes(block: str) -> list[ScriptedNote]:
    """Read a notes block: a line opens with item and kind, indented lines continue it."""
    notes: list[ScriptedNote] = []
    for line in textwrap.dedent(block).strip().splitlines():
        if line[:1].isdigit():
            item, kind, text = line.split(maxsplit=2)
            parked = kind == PARKED
            notes.append((int(item), NoteKind.NOTE if parked else NoteKind(kind), text, parked))
        else:
            item, note_kind, text, parked = notes[-1]
            notes[-1] = (item, note_kind, f"{text} {line.strip()}", parked)
    return notes


@cache
def story() -> Story:
    cast, meetings, measures = _read("people.toml"), _read("meetings.toml"), _read("measures.toml")
    weekly, management = meetings["weekly"], meetings["management"]
    return Story(
        domain=cast["domain"],
        people=tuple(
            PersonSpec(
                key=person["key"],
                name=person["name"],
                mailbox=person["mailbox"],
                team=Team(person["team"]),
                role=person["role"],
                active=person.get("active", True),
                last_weekly=person.get("last_weekly"),
            )
            for person in cast["person"]
        ),
        moderator=meetings["moderator"],
        stand_in_moderator=meetings["stand_in_moderator"],
        moderator_away=meetings["moderator_away"],
        weekly=SeriesSpec(weekly["name"], weekly["location"]),
        management=SeriesSpec(management["name"], management["location"]),
        marketing_presenters=tuple(weekly["marketing_presenters"]),
        sales_presenters=tuple(weekly["sales_presenters"]),
        next_presenters={
            Team.MARKETING: weekly["next_marketing_presenter"],
            Team.SALES: weekly["next_sales_presenter"],
        },
        managers=tuple(management["managers"]),
        notes={ref: _parse_notes(block) for ref, block in _read("notes.toml").items()},
        disputes=tuple(
            DisputeSpec(
                title=dispute["title"],
                category=DisputeCategory(dispute["category"]),
                raised_by=dispute["raised_by"],
                sales_position=dispute["sales_position"],
                marketing_position=dispute["marketing_position"],
                history=tuple((ref, DisputeStatus(status)) for ref, status in dispute["history"]),
                resolution=dispute.get("resolution", ""),
            )
            for dispute in _read("disputes.toml")["dispute"]
        ),
        actions=tuple(
            ActionSpec(
                made_at=action["made_at"],
                owner=action["owner"],
                text=action["text"],
                due_days=action["due_days"],
                status=ActionStatus(action.get("status", ActionStatus.OPEN.value)),
                closed_at=action.get("closed_at"),
            )
            for action in _read("action_items.toml")["action_item"]
        ),
        raised_mql_target=measures["raised_mql_target"],
        baselines=measures["baselines"],
        first_conversion_estimate=measures["first_conversion_estimate"],
    )

