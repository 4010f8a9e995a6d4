"""Templates the moderator saves, edits, duplicates and deletes, listed after the built-in ones.

A template is named by a key: "builtin:weekly" for one shipped in resources/ (never changed,
only duplicated) and "user:12" for one stored in the database.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import time
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from facilitator.language import _
from facilitator.record.meetings import MeetingNotFound
from facilitator.record.rows import agenda_plan, template_rows
from facilitator.record.templates import MeetingTemplate, builtin_template, builtin_templates
from facilitator.rules.agenda import AgendaPlan, validate_plan
from facilitator.storage.database import Database
from facilitator.storage.models import Meeting, Template
from facilitator.vocabulary import Frequency, MeetingKind

BUILTIN = "builtin"
USER = "user"
MAX_TEMPLATE_NAME_LENGTH = 200
OTHER_KIND_DEFAULTS = (Frequency.MONTHLY, time(10, 0))


@dataclass(frozen=True)
class TemplateChoice:
    """One entry of New meeting's template list."""

    key: str
    name: str
    kind: MeetingKind
    cap_seconds: int
    item_count: int
    builtin: bool
    description: str = ""


class TemplateRefused(ValueError):
    """A template change that breaks a rule; the message is one line for the user."""


class TemplateNotFound(LookupError):
    def __init__(self, key: str | int) -> None:
        super().__init__(_("There is no template '{key}'.").format(key=key))
        self.key = key


def builtin_key(key: str) -> str:
    return f"{BUILTIN}:{key}"


def user_key(template_id: int) -> str:
    return f"{USER}:{template_id}"


def parse_template_key(key: str) -> tuple[Literal["builtin", "user"], str]:
    """Split a key into where the template lives and its name there; refuses a malformed key."""
    source, _, ident = key.partition(":")
    if source == BUILTIN:
        try:
            builtin_template(ident)
        except KeyError:
            raise TemplateNotFound(key) from None
        return BUILTIN, ident
    if source == USER and ident.isdigit():
        return USER, ident
    raise TemplateNotFound(key)


def _user_id(template: int | str, refusal: str) -> int:
    if isinstance(template, int):
        return template
    source, ident = parse_template_key(template)
    if source == BUILTIN:
        raise TemplateRefused(refusal)
    return int(ident)


def kind_defaults(kind: MeetingKind) -> tuple[Frequency, time]:
    """The rhythm and start time a new user template starts with: the built-in one's of its kind."""
    for template in builtin_templates():
        if template.plan.kind == kind:
            return template.frequency, template.start_time
    return OTHER_KIND_DEFAULTS


def _get(session: Session, template_id: int) -> Template:
    template = session.get(Template, template_id)
    if template is None or template.builtin:
        raise TemplateNotFound(user_key(template_id))
    return template


def _check_name(session: Session, name: str, *, except_id: int | None) -> str:
    name = name.strip()
    if not name:
        raise TemplateRefused(_("A template needs a name."))
    if len(name) > MAX_TEMPLATE_NAME_LENGTH:
        raise TemplateRefused(
            _(
                "The template name is {length} characters; the most is {max_template_name_length}."
            ).format(length=len(name), max_template_name_length=MAX_TEMPLATE_NAME_LENGTH)
        )
    wanted = name.casefold()
    taken = [t.name for t in builtin_templates()] + [
        other
        for template_id, other in session.execute(
            select(Template.id, Template.name).where(Template.builtin.is_(False))
        )
        if template_id != except_id
    ]
    if any(other.casefold() == wanted for other in taken):
        raise TemplateRefused(_("There is already a template named '{name}'.").format(name=name))
    return name


def _for_template(plan: AgendaPlan) -> AgendaPlan:
    """A template names teams for its presenter slots, never people."""
    return replace(plan, items=tuple(replace(item, presenter_id=None) for item in plan.items))


def _fill(template: Template, plan: AgendaPlan) -> None:
    template.kind = plan.kind
    template.cap_seconds = plan.cap_seconds
    template.items = template_rows(plan)


def save_plan_as_template(
    db: Database,
    name: str,
    plan: AgendaPlan,
    *,
    description: str = "",
    frequency: Frequency | None = None,
    start_time: time | None = None,
) -> int:
    """Store a plan under a new name; refused, like any save, if it breaks the cap rules."""
    plan = _for_template(plan)
    validate_plan(plan)
    default_frequency, default_start = kind_defaults(plan.kind)
    with db.write() as session:
        template = Template(
            name=_check_name(session, name, except_id=None),
            builtin=False,
            description=description.strip(),
            frequency=frequency or default_frequency,
            start_time=start_time or default_start,
        )
        _fill(template, plan)
        session.add(template)
        session.flush()
        return template.id


def _meeting_plan(db: Database, meeting_id: int) -> AgendaPlan:
    with db.read() as session:
        meeting = session.scalar(
            select(Meeting).where(Meeting.id == meeting_id).options(selectinload(Meeting.items))
        )
        if meeting is None:
            raise MeetingNotFound(meeting_id)
        return agenda_plan(meeting)


def save_as_template(db: Database, meeting_id: int, name: str) -> int:
    """Keep a meeting's agenda for next time; presenters' names are left behind, teams kept."""
    return save_plan_as_template(db, name, _meeting_plan(db, meeting_id))


def _choice(template: Template) -> TemplateChoice:
    return TemplateChoice(
        key=user_key(template.id),
        name=template.name,
        kind=template.kind,
        cap_seconds=template.cap_seconds,
        item_count=len(template.items),
        builtin=False,
        description=template.description,
    )


def list_templates(db: Database) -> list[TemplateChoice]:
    """The built-in templates in DESIGN.md's order, then the user's own by name."""
    choices = [
        TemplateChoice(
            key=builtin_key(t.key),
            name=t.name,
            kind=t.plan.kind,
            cap_seconds=t.plan.cap_seconds,
            item_count=len(t.plan.items),
            builtin=True,
            description=t.description,
        )
        for t in builtin_templates()
    ]
    with db.read() as session:
        stored = session.scalars(
            select(Template)
            .where(Template.builtin.is_(False))
            .options(selectinload(Template.items))
        ).all()
        users = [_choice(template) for template in stored]
    users.sort(key=lambda choice: (choice.name.casefold(), choice.key))
    return choices + users


def load_template(db: Database, key: str) -> MeetingTemplate:
    source, ident = parse_template_key(key)
    if source == BUILTIN:
        return builtin_template(ident)
    with db.read() as session:
        template = _get(session, int(ident))
        default_frequency, default_start = kind_defaults(template.kind)
        return MeetingTemplate(
            key=key,
            name=template.name,
            frequency=template.frequency or default_frequency,
            start_time=template.start_time or default_start,
            description=template.description,
            plan=agenda_plan(template),
        )


def update_template(
    db: Database,
    template: int | str,
    name: str,
    plan: AgendaPlan,
    *,
    description: str | None = None,
) -> None:
    """Replace a user template's name and plan; built-in ones are refused, never changed."""
    template_id = _user_id(template, "Built-in templates can't be changed; duplicate it first.")
    plan = _for_template(plan)
    validate_plan(plan)
    with db.write() as session:
        row = _get(session, template_id)
        row.name = _check_name(session, name, except_id=template_id)
        if description is not None:
            row.description = description.strip()
        row.items.clear()
        session.flush()
        _fill(row, plan)


def duplicate_template(db: Database, key: str, new_name: str) -> int:
    """Copy any template under a new name; this is how a built-in one becomes editable."""
    source = load_template(db, key)
    return save_plan_as_template(
        db,
        new_name,
        source.plan,
        description=source.description,
        frequency=source.frequency,
        start_time=source.start_time,
    )


def delete_template(db: Database, template: int | str) -> None:
    """Delete a user template; series made from it keep their meetings and lose only the link."""
    template_id = _user_id(template, "Built-in templates can't be deleted.")
    with db.write() as session:
        session.delete(_get(session, template_id))
