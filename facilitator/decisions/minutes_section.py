"""The win/loss rundown in its minutes: won and lost deals tallied by main reason and by
campaign, and the campaign ideas the lost deals left for marketing."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from facilitator.decisions.minutes_lines import WinLossLines
from facilitator.decisions.win_loss import amount_text
from facilitator.language import _, ngettext
from facilitator.minutes.paragraphs import clip, fixed, text
from facilitator.minutes.sections import Parts, Section


class WinLossSection(Section):
    """Printed for a win/loss rundown only (the snapshot's win_loss is None elsewhere)."""

    def parts(self) -> Parts:
        return (self._win_loss,) if self.snapshot.win_loss is not None else ()

    def _win_loss(self) -> list[Flowable]:
        lines = self.snapshot.win_loss
        assert lines is not None
        story = [self._section(_("Win/loss"), "win-loss")]
        if not lines.won + lines.lost:
            return [*story, self._empty(_("No deals were brought to this rundown."))]
        story.append(
            fixed(
                ngettext("{count} deal won ({amount})", "{count} deals won ({amount})", lines.won)
                .format(count=lines.won, amount=amount_text(lines.won_amount))
                + ", "
                + ngettext(
                    "{count} deal lost ({amount}).", "{count} deals lost ({amount}).", lines.lost
                ).format(count=lines.lost, amount=amount_text(lines.lost_amount)),
                self.styles["Body"],
            )
        )
        story += self._reasons(lines)
        story += self._campaigns(lines)
        story += self._ideas(lines)
        return story

    def _reasons(self, lines: WinLossLines) -> list[Flowable]:
        st = self.styles
        rows: list[list[Any]] = [
            [
                fixed(count.outcome.label, st["Cell"]),
                text(clip(count.reason, 120), st["Cell"]),
                fixed(str(count.deals), st["CellRight"]),
                fixed(amount_text(count.amount), st["CellRight"]),
            ]
            for count in lines.reasons
        ]
        return [
            self._heading(_("Main reasons")),
            self._table(
                [_("Outcome"), _("Reason"), _("Deals"), _("Amount")],
                rows,
                [0.14, 0.52, 0.12, 0.22],
                right=(2, 3),
            ),
        ]

    def _campaigns(self, lines: WinLossLines) -> list[Flowable]:
        st = self.styles
        rows: list[list[Any]] = []
        for count in lines.campaigns:
            rate = count.win_rate
            rows.append(
                [
                    text(clip(count.campaign, 120), st["Cell"]),
                    fixed(str(count.won), st["CellRight"]),
                    fixed(str(count.lost), st["CellRight"]),
                    fixed("–" if rate is None else f"{rate:.0f} %", st["CellRight"]),
                    fixed(amount_text(count.won_amount), st["CellRight"]),
                ]
            )
        return [
            self._heading(_("By campaign")),
            self._table(
                [_("Campaign"), _("Won"), _("Lost"), _("Win rate"), _("Won amount")],
                rows,
                [0.42, 0.1, 0.1, 0.14, 0.24],
                right=(1, 2, 3, 4),
            ),
        ]

    def _ideas(self, lines: WinLossLines) -> list[Flowable]:
        st = self.styles
        story: list[Flowable] = [self._heading(_("Campaign ideas from lost deals"))]
        if not lines.ideas:
            return [*story, self._empty(_("No lost deal left a campaign idea."))]
        for idea in lines.ideas:
            came = f"{idea.campaign}, " if idea.campaign else ""
            where = f"{idea.deal} ({came}{idea.reason.lower()})"
            story.append(text(f"{where}: {idea.idea}", st["Change"], bullet="•"))
        return story
