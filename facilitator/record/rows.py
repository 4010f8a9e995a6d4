"""Agenda rows and the plain PlannedItem the rules and editors work on, each way by one function.

A meeting's and a template's items are stored as rows (AgendaItem, TemplateItem) and read as
MeetingView items; whichever they come from, an AgendaPlan is made here, and rows are made
back from it here, so a field added to PlannedItem has one place on each side to go.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from facilitator.rules.agenda import AgendaPlan, PlannedItem

if TYPE_CHECKING:
    from facilitator.meeting_views import AgendaItemView, MeetingView
    from facilitator.storage.models import AgendaItem, Meeting, Template, TemplateItem


def planned_item(row: AgendaItem | TemplateItem | AgendaItemView) -> PlannedItem:
    """One stored slot as the rules see it; a template's slot names a team, never a person."""
    return PlannedItem(
        title=row.title,
        kind=row.kind,
        planned_seconds=row.planned_seconds,
        presenter_team=row.presenter_team,
        presenter_id=getattr(row, "presenter_id", None),  # a TemplateItem has none
        description=row.description,
    )


def agenda_plan(owner: Meeting | Template | MeetingView) -> AgendaPlan:
    """The plan of a stored meeting or template, or of a meeting as read: kind, cap, items."""
    return AgendaPlan(
        kind=owner.kind,
        cap_seconds=owner.cap_seconds,
        items=tuple(planned_item(item) for item in owner.items),
    )


def _columns(position: int, item: PlannedItem) -> dict[str, Any]:
    return {
        "position": position,
        "title": item.title,
        "kind": item.kind,
        "planned_seconds": item.planned_seconds,
        "presenter_team": item.presenter_team,
        "description": item.description,
    }


def agenda_rows(plan: AgendaPlan) -> list[AgendaItem]:
    """A meeting's item rows for a plan, in its order; the caller sets their meeting."""
    from facilitator.storage.models import AgendaItem

    return [
        AgendaItem(**_columns(position, item), presenter_id=item.presenter_id)
        for position, item in enumerate(plan.items)
    ]


def template_rows(plan: AgendaPlan) -> list[TemplateItem]:
    """A template's item rows for a plan: titles without the spaces around them, no person."""
    from facilitator.storage.models import TemplateItem

    return [
        TemplateItem(**{**_columns(position, item), "title": item.title.strip()})
        for position, item in enumerate(plan.items)
    ]
