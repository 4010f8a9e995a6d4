"""Creating a meeting the moderator plans by hand, with what its series carries into it.

Carried action items and disputes are not copied (see facilitator.record.carry_over): they are the
original rows, shown under the new meeting's review items as soon as it exists. So creating
the meeting is all it takes for them to come back; this module hands the new-meeting flow
what came back and what is offered for the agenda, so the moderator sees both at once.
The previous meeting's invitees are invited to the new one (unmarked): a series meets with
the same people unless the moderator takes someone off.
Demo loading and import write their meetings directly and are not affected.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from facilitator.language import _, ngettext
from facilitator.record.attendance import invite_previous_invitees
from facilitator.record.carry_over import CarryOver, carry_over_into
from facilitator.record.meetings import create_meeting
from facilitator.rules.agenda import AgendaPlan
from facilitator.storage.database import Database
from facilitator.vocabulary import ActionStatus


@dataclass(frozen=True)
class NewMeeting:
    """A meeting just created and what its series brought back into it."""

    meeting_id: int
    carry_over: CarryOver
    invited: tuple[str, ...] = ()
    """The names invited because the series' previous meeting invited them."""

    @property
    def carried_anything(self) -> bool:
        over = self.carry_over
        return bool(over.action_items or over.disputes or over.offered)


def create_next_meeting(
    db: Database,
    plan: AgendaPlan,
    *,
    title: str,
    scheduled_at: datetime,
    moderator_id: int | None = None,
    series_id: int | None = None,
) -> NewMeeting:
    """Create a planned meeting, inviting the series' last invitees, and report its carry-over;
    errors as for create_meeting."""
    meeting_id = create_meeting(
        db,
        plan,
        title=title,
        scheduled_at=scheduled_at,
        moderator_id=moderator_id,
        series_id=series_id,
    )
    invited = tuple(invite_previous_invitees(db, meeting_id))
    return NewMeeting(
        meeting_id=meeting_id, carry_over=carry_over_into(db, meeting_id), invited=invited
    )


def carry_summary(carry_over: CarryOver) -> str:
    """One line for the moderator: what came back at this meeting."""
    actions = sum(1 for item in carry_over.action_items if item.status is ActionStatus.OPEN)
    disputes = sum(1 for dispute in carry_over.disputes if dispute.is_open)
    if not actions and not disputes:
        return _("Nothing open was carried over.")
    parts = []
    if actions:
        parts.append(
            ngettext("{count} open action item", "{count} open action items", actions).format(
                count=actions
            )
        )
    if disputes:
        parts.append(
            ngettext("{count} open dispute", "{count} open disputes", disputes).format(
                count=disputes
            )
        )
    listed = (
        parts[0]
        if len(parts) == 1
        else _("{first} and {last}").format(first=parts[0], last=parts[1])
    )
    return _("Carried over to its review items: {items}.").format(items=listed)
