"""The disputes the meeting raised, discussed or settled, and its action items by group."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import (
    Flowable,
)

from facilitator.language import _, ngettext
from facilitator.minutes.paragraphs import InFull, clip, fixed, text
from facilitator.minutes.sections import Parts, Section
from facilitator.minutes.snapshot import (
    ActionLine,
    DisputeLine,
)
from facilitator.minutes.words import (
    age,
    days,
    short_date,
    team_name,
)
from facilitator.vocabulary import (
    ActionStatus,
    DisputeRole,
)


class DisputesAndActions(Section):
    """The disputes the meeting raised, discussed or settled, and its action items by group."""

    def parts(self) -> Parts:
        return (self._disputes, self._actions)

    def _disputes(self) -> list[Flowable]:
        s = self.snapshot
        story = [self._section(_("Disputes"), "disputes")]
        if not s.disputes:
            return [*story, self._empty(
                _("No disputes came up at this meeting, and none were open.")
            )]
        for role, heading in (
            (DisputeRole.RAISED, _("Raised at this meeting")),
            (DisputeRole.DISCUSSED, _("Discussed again")),
            (DisputeRole.SETTLED, _("Settled")),
            (None, _("Still open, not discussed at this meeting")),
        ):
            disputes = s.disputes_with(role)
            if not disputes:
                continue
            story.append(self._heading(heading))
            for dispute in disputes:
                story += self._dispute(dispute)
        return story

    def _dispute(self, dispute: DisputeLine) -> list[Flowable]:
        st = self.styles
        status = dispute.status_after
        title = text(dispute.title, st[f"DisputeTitle-{status.value}"], bullet=status.label.upper())
        raiser = dispute.raised_by or _("someone")
        team = dispute.raised_by_team.label
        raised = (
            _("raised by {name} ({team}) on {day}").format(
                name=raiser, team=team, day=short_date(dispute.raised_on)
            )
            if dispute.raised_on
            else _("raised by {name} ({team})").format(name=raiser, team=team)
        )
        if dispute.days_open:
            raised += _(", open {age}").format(age=age(dispute.days_open))
        meta = [dispute.category.label, raised]
        if dispute.times_discussed > 1:
            meta.append(
                ngettext(
                    "on the agenda {count} time",
                    "on the agenda {count} times",
                    dispute.times_discussed,
                ).format(count=dispute.times_discussed)
            )
        meta_paragraph = text(" · ".join(meta), st["DisputeMeta"])
        title.keepWithNext = True
        meta_paragraph.keepWithNext = True
        story: list[Flowable] = [title, meta_paragraph]
        for label, position in (
            (_("SALES"), dispute.sales_position),
            (_("MARKETING"), dispute.marketing_position),
        ):
            if position.strip():
                story.append(text(position, st["Position"], bullet=label))
            else:
                story.append(fixed(_("No position recorded."), st["Empty"], bullet=label))
        if dispute.resolution.strip():
            story.append(text(dispute.resolution, st["Note-decision"], bullet=_("RESOLUTION")))
        return story

    def _actions(self) -> list[Flowable]:
        s, st = self.snapshot, self.styles
        story = [self._section(_("Action items"), "actions")]
        groups = (
            (_("New at this meeting"), s.actions_new, "N"),
            (_("Carried over from earlier meetings"), s.actions_carried, "C"),
            (_("Closed at this meeting"), s.actions_closed, "D"),
            (
                _("Also overdue, from meetings outside this series")
                if s.series
                else _("Also overdue, from earlier meetings"),
                s.actions_overdue_elsewhere,
                "O",
            ),
        )
        if not any(items for _heading, items, _prefix in groups):
            return [*story, self._empty(_("No action items were open, made or closed."))]
        for heading, items, prefix in groups:
            if not items:
                continue
            story.append(self._heading(heading))
            in_full = InFull(st, prefix)
            rows = [self._action_row(item, in_full, carried=prefix in "CO") for item in items]
            overdue_rows = [index for index, item in enumerate(items) if item.overdue]
            story.append(
                self._table(
                    [_("Action"), _("Owner"), _("Due"), _("Status")],
                    rows,
                    [0.47, 0.23, 0.14, 0.16],
                    shaded_rows=overdue_rows,
                )
            )
            story += in_full.flowables()
        return story

    def _action_row(self, item: ActionLine, in_full: InFull, *, carried: bool) -> list[Any]:
        st = self.styles
        what = in_full.cell(item.text, st["Cell"])
        if carried and item.made_on:
            what.append(fixed(
                    _("since {day}").format(day=short_date(item.made_on)), st["CellMuted"]
                ))
        owner: list[Flowable] = (
            [text(clip(item.owner, 120), st["Cell"]), fixed(team_name(item.team), st["CellMuted"])]
            if item.owner
            else [fixed(_("nobody yet"), st["CellMuted"])]
        )
        due = short_date(item.due) if item.due else "—"
        if item.overdue and item.due:
            late = (self.snapshot.meeting_date - item.due).days
            status: list[Flowable] = [
                fixed(_("OVERDUE"), st["CellOverdue"]),
                fixed(_("by {days}").format(days=days(late)), st["CellMuted"]),
            ]
        else:
            status = [
                fixed(
                    item.status.label, st["CellMet" if item.status is ActionStatus.DONE else "Cell"]
                )
            ]
        return [what, owner, fixed(due, st["Cell"]), status]
