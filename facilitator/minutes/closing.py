"""The end of the minutes: the alignment baseline where one was taken, and the next meeting."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import (
    Flowable,
)

from facilitator.language import _
from facilitator.minutes.paragraphs import fixed, text
from facilitator.minutes.sections import Parts, Section
from facilitator.minutes.words import (
    long_date,
    time_of_day,
)


class Closing(Section):
    """The end of the minutes: the alignment baseline where one was taken, and the next meeting."""

    def parts(self) -> Parts:
        return (self._baseline, self._next_meeting)

    def _baseline(self) -> list[Flowable]:
        """The alignment assessment, only in the minutes of the meeting where it was taken."""
        section, st = self.snapshot.baseline, self.styles
        if section is None:
            return []
        story = [self._section(_("Alignment baseline"), "baseline")]
        taken = long_date(section.taken_at.date())
        if section.first_taken_at is not None:
            when = _("Taken on {day}; compared with the first run, of {first}.").format(
                day=taken, first=long_date(section.first_taken_at.date())
            )
        else:
            when = _("Taken on {day}.").format(day=taken)
        story.append(fixed(when, st["Small"]))
        compared = section.first_taken_at is not None
        rows = []
        for answer in section.answers:
            row: list[Any] = [
                text(_(answer.question), st["Cell"]),
                text(answer.answer, st["Cell"]),
            ]
            if compared:
                row += [
                    text(answer.first or "—", st["Cell"]),
                    fixed(_change(answer.change), st["Cell"]),
                ]
            rows.append(row)
        headers = [_("Question"), _("Answer")] + ([_("First run"), _("Change")] if compared else [])
        widths = [0.46, 0.2, 0.2, 0.14] if compared else [0.6, 0.4]
        story.append(self._table(headers, rows, widths))
        if section.lead_quality:
            story.append(fixed(section.lead_quality, st["Body"]))
        return story

    def _next_meeting(self) -> list[Flowable]:
        s, st = self.snapshot, self.styles
        story = [self._section(_("Next meeting"), "next")]
        following = s.next_meeting
        if following is None:
            sentence = (
                _("No later meeting of this series is scheduled yet.")
                if s.series
                else _("This meeting is not part of a series.")
            )
            return [*story, self._empty(sentence)]
        when = f"{long_date(following.scheduled_at.date())}, {time_of_day(following.scheduled_at)}"
        story.append(fixed(when, st["Field"], bullet=_("When:")))
        story.append(text(following.title, st["Field"], bullet=_("Meeting:")))
        if following.location:
            story.append(text(following.location, st["Field"], bullet=_("Where:")))
        return story


def _change(direction: str) -> str:
    """The baseline's "better", "worse" or "same" (facilitator.measures.baseline) in words."""
    words = {"better": _("better"), "worse": _("worse"), "same": _("same")}
    return words.get(direction, direction)
