"""The built-in meeting templates of DESIGN.md section 2, read from resources/templates."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import time
from functools import cache

from facilitator.resource_folder import resource_folder
from facilitator.rules.agenda import AgendaPlan, PlannedItem
from facilitator.vocabulary import Frequency, ItemKind, MeetingKind, Team


@dataclass(frozen=True)
class MeetingTemplate:
    key: str
    name: str
    frequency: Frequency
    start_time: time
    description: str
    plan: AgendaPlan


def template_from_dict(data: dict) -> MeetingTemplate:
    items = tuple(
        PlannedItem(
            title=item["title"],
            kind=ItemKind(item["kind"]),
            planned_seconds=int(round(float(item["minutes"]) * 60)),
            presenter_team=Team(item["presenter_team"]) if item.get("presenter_team") else None,
            description=item.get("description", ""),
        )
        for item in data["items"]
    )
    return MeetingTemplate(
        key=data["key"],
        name=data["name"],
        frequency=Frequency(data["frequency"]),
        start_time=time.fromisoformat(data["start_time"]),
        description=data.get("description", ""),
        plan=AgendaPlan(
            kind=MeetingKind(data["kind"]),
            cap_seconds=int(data["cap_minutes"]) * 60,
            items=items,
        ),
    )


BUILTIN_ORDER = ("weekly", "management", "campaign", "win_loss")


@cache
def builtin_templates() -> tuple[MeetingTemplate, ...]:
    """The four templates every install has, in the order DESIGN.md lists them."""
    folder = resource_folder() / "templates"
    loaded = []
    for key in BUILTIN_ORDER:
        text = (folder / f"{key}.json").read_text(encoding="utf-8")
        loaded.append(template_from_dict(json.loads(text)))
    return tuple(loaded)


def builtin_template(key: str) -> MeetingTemplate:
    for template in builtin_templates():
        if template.key == key:
            return template
    raise KeyError(key)
