"""The management minutes' neutrality report: each team's floor time, disputes raised and
settlements over the last three months, the same for each meeting held in them, this meeting's
floor time, and the verdicts in words."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from facilitator.language import _, ngettext
from facilitator.minutes.paragraphs import fixed, text
from facilitator.minutes.sections import Parts, Section
from facilitator.minutes.words import long_date, short_date
from facilitator.neutrality.balance import PERIOD_FLOOR_LIMIT, floor_sentence
from facilitator.rules.durations import span_text
from facilitator.vocabulary import Settlement, Team


class NeutralitySection(Section):
    """Printed in the management minutes only (facilitator.neutrality.minutes_lines)."""

    def parts(self) -> Parts:
        return (self._report, self._each_meeting)

    def _report(self) -> list[Flowable]:
        neutrality = self.snapshot.neutrality
        period = neutrality.period
        if period is None:
            return []
        st = self.styles
        held = len(period.meetings)
        span = ngettext(
            "{first} to {last}, {count} meeting held.", "{first} to {last}, {count} meetings held.",
            held,
        ).format(first=long_date(period.first_day), last=long_date(period.last_day), count=held)
        story: list[Flowable] = [
            self._section(_("Neutrality: the last three months"), "neutrality"),
            fixed(span, st["Small"]),
        ]
        if not period.meetings:
            return [*story, self._empty(_("No meeting was held in these three months."))]
        rows = [
            [
                fixed(team.label, st["Cell"]),
                fixed(span_text(seconds), st["CellRight"]),
                fixed(period.floor.share_text(team), st["CellRight"]),
                fixed(str(period.raised.of(team)), st["CellRight"]),
                fixed(str(period.settled.of(towards)), st["CellRight"]),
            ]
            for team, seconds, towards in (
                (Team.SALES, period.floor.sales, Settlement.TOWARDS_SALES),
                (Team.MARKETING, period.floor.marketing, Settlement.TOWARDS_MARKETING),
            )
        ]
        table = self._table(
            [_("Team"), _("Floor time"), _("Share"), _("Disputes raised"), _("Settled its way")],
            rows,
            (0.28, 0.18, 0.14, 0.2, 0.2),
            right=(1, 2, 3, 4),
        )
        story = [KeepTogether([*story, table])]
        settled = period.settled
        counts = {
            "shared": span_text(period.floor.shared),
            "compromise": settled.of(Settlement.COMPROMISE),
            "escalated": settled.of(Settlement.ESCALATED),
            "unrecorded": settled.unrecorded,
        }
        others = (
            _(
                "Shared time {shared}; disputes settled by a compromise {compromise}, "
                "escalated {escalated}, way not recorded {unrecorded}."
            )
            if settled.unrecorded
            else _(
                "Shared time {shared}; disputes settled by a compromise {compromise}, "
                "escalated {escalated}."
            )
        ).format(**counts)
        story.append(fixed(others, st["Small"]))
        if neutrality.this_meeting is not None:
            story.append(
                fixed(
                    floor_sentence(neutrality.this_meeting.floor, _("This meeting's floor time")),
                    st["Small"],
                )
            )
        if period.verdicts:
            story += [fixed(verdict, st["Banner"]) for verdict in period.verdicts]
        else:
            limit = round(PERIOD_FLOOR_LIMIT * 100)
            story.append(
                fixed(
                    _(
                        "Balanced: neither team held over {limit} % of the floor, and neither "
                        "raised nor won most disputes."
                    ).format(limit=limit),
                    st["Body"],
                )
            )
        return story

    def _each_meeting(self) -> list[Flowable]:
        """The period's meetings one a row, oldest first, and any meeting's own verdicts."""
        period = self.snapshot.neutrality.period
        if period is None or not period.meetings:
            return []
        st = self.styles
        meetings = sorted(period.meetings, key=lambda row: (row.day, row.meeting_id))
        rows = [
            [
                fixed(short_date(row.day), st["Cell"]),
                text(row.title, st["Cell"]),  # typed: a font per script
                fixed(span_text(row.floor.sales), st["CellRight"]),
                fixed(span_text(row.floor.marketing), st["CellRight"]),
                fixed(span_text(row.floor.shared), st["CellRight"]),
                fixed(f"{row.raised.sales} / {row.raised.marketing}", st["CellRight"]),
                fixed(row.settled.each_way, st["CellRight"]),
            ]
            for row in meetings
        ]
        table = self._table(
            [
                _("Date"),
                _("Meeting"),
                Team.SALES.label,
                Team.MARKETING.label,
                _("Shared"),
                _("Raised S / M"),
                _("Settled S / M / comp. / esc."),
            ],
            rows,
            (0.15, 0.27, 0.08, 0.12, 0.09, 0.13, 0.16),
            right=(2, 3, 4, 5, 6),
        )
        story: list[Flowable] = [self._heading(_("Each meeting")), table]
        for row in meetings:
            for said in row.verdicts:
                lead = _("{day}, {meeting}:").format(day=short_date(row.day), meeting=row.title)
                story.append(text(f"{lead} {said}", st["Small"]))
        return story
