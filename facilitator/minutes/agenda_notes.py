"""The agenda as run, against its plan and the cap, and the notes taken under each item."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import (
    Flowable,
    Paragraph,
)

from facilitator.language import _
from facilitator.minutes.page import (
    Outlined,
)
from facilitator.minutes.paragraphs import InFull, fixed, text
from facilitator.minutes.sections import Parts, Section
from facilitator.minutes.snapshot import (
    AgendaLine,
    NoteLine,
)
from facilitator.minutes.words import (
    signed,
    team_name,
    time_of_day,
)
from facilitator.rules.agenda import format_duration
from facilitator.vocabulary import (
    MeetingStatus,
)


class AgendaAndNotes(Section):
    """The agenda as run, against its plan and the cap, and the notes taken under each item."""

    def parts(self) -> Parts:
        return (self._agenda, self._notes)

    def _agenda(self) -> list[Flowable]:
        s, st = self.snapshot, self.styles
        story = [self._section(_("Agenda"), "agenda")]
        if not s.agenda:
            return [*story, self._empty(_("The meeting had no agenda."))]
        in_full = InFull(st, "I")
        rows = [self._agenda_row(line, in_full) for line in s.agenda]
        reached = [line for line in s.agenda if line.actual_seconds is not None]
        actual_total = sum(line.actual_seconds or 0 for line in reached) if reached else None
        planned_reached = sum(line.planned_seconds for line in reached)
        rows.append(
            [
                "",
                fixed(_("Total"), st["CellBold"]),
                "",
                "",
                fixed(format_duration(s.planned_seconds), st["CellRight"]),
                fixed(
                    format_duration(actual_total) if actual_total is not None else "—",
                    st["CellRight"],
                ),
                self._difference(None if actual_total is None else actual_total - planned_reached),
            ]
        )
        story.append(
            self._table(
                ["#", _("Item"), _("Presenter"), _("Start"), _("Planned"), _("Actual"), "+/−"],
                rows,
                [0.04, 0.40, 0.20, 0.08, 0.10, 0.09, 0.09],
                right=(4, 5, 6),
                total_row=True,
            )
        )
        story.append(fixed(self._cap_sentence(), st["Small"]))
        story += in_full.flowables()
        return story

    def _agenda_row(self, line: AgendaLine, in_full: InFull) -> list[Any]:
        st = self.styles
        if line.presenter:
            presenter: list[Flowable] = [
                text(line.presenter, st["Cell"]),
                fixed(team_name(line.presenter_team), st["CellMuted"]),
            ]
        elif line.presenter_team:
            presenter = [fixed(line.presenter_team.label, st["Cell"])]
        else:
            presenter = [fixed("—", st["CellMuted"])]
        actual = (
            fixed(format_duration(line.actual_seconds), st["CellRight"])
            if line.actual_seconds is not None
            else fixed(self._not_run(line), st["CellMuted"])
        )
        return [
            fixed(str(line.number), st["Cell"]),
            in_full.cell(line.title, st["Cell"]),
            presenter,
            fixed(time_of_day(line.actual_start) if line.actual_start else "—", st["Cell"]),
            fixed(format_duration(line.planned_seconds), st["CellRight"]),
            actual,
            self._difference(line.overrun_seconds),
        ]

    def _not_run(self, line: AgendaLine) -> str:
        """An item of an ended meeting that never started was skipped; otherwise it is to come."""
        if self.snapshot.status is MeetingStatus.ENDED and not line.reached:
            return _("skipped")
        return "—"

    def _difference(self, seconds: int | None) -> Paragraph:
        st = self.styles
        if seconds is None:
            return fixed("—", st["CellRight"])
        return fixed(signed(seconds), st["CellOver" if seconds > 0 else "CellUnder"])

    def _cap_sentence(self) -> str:
        s = self.snapshot
        cap = format_duration(s.cap_seconds)
        planned = format_duration(s.planned_seconds)
        duration = s.duration_seconds
        if duration is None:
            return _("Planned {planned} within a cap of {cap}.").format(planned=planned, cap=cap)
        if duration > s.cap_seconds:
            over = format_duration(duration - s.cap_seconds)
            return _(
                "Planned {planned} within a cap of {cap}; the meeting ran {over} over."
            ).format(planned=planned, cap=cap, over=over)
        return _(
            "Planned {planned} within a cap of {cap}; the meeting ended {spare} inside the cap. "
            "+ means an item ran over."
        ).format(planned=planned, cap=cap, spare=format_duration(s.cap_seconds - duration))

    def _notes(self) -> list[Flowable]:
        s, st = self.snapshot, self.styles
        story = [self._section(_("Notes by item"), "notes")]
        if not s.notes:
            return [*story, self._empty(_("No notes were taken."))]
        agenda = {line.number: line for line in s.agenda}
        for index, group in enumerate(s.notes, start=1):
            title = f"{group.number}. {group.title}" if group.number else _("Other notes")
            heading = text(title, st["Item"])
            story.append(Outlined(heading, title, f"notes-{index}", 1))
            line = agenda.get(group.number) if group.number else None
            meta = self._item_meta(line) if line else ""
            if meta:
                meta_paragraph = text(meta, st["ItemMeta"])
                meta_paragraph.keepWithNext = True
                story.append(meta_paragraph)
            story += [self._note(note) for note in group.notes]
        return story

    def _item_meta(self, line: AgendaLine) -> str:
        parts = []
        if line.presenter:
            parts.append(f"{line.presenter} ({team_name(line.presenter_team)})")
        elif line.presenter_team:
            parts.append(line.presenter_team.label)
        if line.actual_seconds is not None:
            ran, planned = line.actual_seconds, line.planned_seconds
            parts.append(
                _("ran {actual} of {planned}").format(
                    actual=format_duration(ran), planned=format_duration(planned)
                )
            )
        return " · ".join(parts)

    def _note(self, note: NoteLine) -> Flowable:
        st = self.styles
        if note.parked:
            return text(note.text, st["Note"], bullet=_("PARKED"))
        return text(note.text, st[f"Note-{note.kind.value}"], bullet=note.kind.label.upper())
