"""The minutes' agreements: each one changed at the meeting printed in full with what led to it,
and for a management meeting a table of those in force (name, version, effective date)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from facilitator.language import _
from facilitator.minutes.paragraphs import clip, fixed, text
from facilitator.minutes.sections import Parts, Section
from facilitator.minutes.words import short_date


class AgreementsSection(Section):
    """Printed only when the meeting changed an agreement or is a management meeting with some
    in force: other minutes stay as they were."""

    def parts(self) -> Parts:
        return (self._changed, self._in_force)

    def _changed(self) -> list[Flowable]:
        changed = self.snapshot.agreements.changed
        if not changed:
            return []
        st = self.styles
        story: list[Flowable] = [self._section(_("Agreements changed"), "agreements-changed")]
        for line in changed:
            heading = self._heading(
                _("{name}, version {number}").format(name=line.name, number=line.number)
            )
            meta = _("In force from {day}").format(day=short_date(line.effective_from))
            if line.led_by:
                meta += f" · {line.led_by}"
            meta_paragraph = text(meta, st["DisputeMeta"])
            meta_paragraph.keepWithNext = True
            story += [heading, meta_paragraph, text(line.text, st["Note-decision"])]
        return story

    def _in_force(self) -> list[Flowable]:
        in_force = self.snapshot.agreements.in_force
        if not in_force:
            return []
        st = self.styles
        rows = [
            [
                text(clip(line.name, 120), st["Cell"]),
                fixed(str(line.number), st["CellRight"]),
                fixed(short_date(line.effective_from), st["Cell"]),
            ]
            for line in in_force
        ]
        return [
            self._section(_("Agreements in force"), "agreements-in-force"),
            self._table(
                [_("Agreement"), _("Version"), _("In force from")],
                rows,
                (0.6, 0.14, 0.26),
                right=(1,),
            ),
        ]
