"""An agenda as plain data: the planned items of a meeting and the cap they must fit in."""

from __future__ import annotations

from dataclasses import dataclass, field

from facilitator.storage.vocabulary import ItemKind, MeetingKind, Team


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
