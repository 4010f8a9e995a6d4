"""What every section of the minutes shares: its heading, an empty sentence, a table."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import StyleSheet1
from reportlab.platypus import (
    Flowable,
    Paragraph,
    Table,
    TableStyle,
)
from reportlab.platypus.tables import CellStyle

from facilitator.minutes.page import (
    Outlined,
)
from facilitator.minutes.paragraphs import fixed
from facilitator.minutes.snapshot import (
    MinutesSnapshot,
)
from facilitator.minutes.style import (
    ACCENT,
    FRAME_WIDTH,
    INK,
    RED_SHADE,
    RULE,
    SHADE,
    TABLE_FONT,
)

Parts = tuple[Callable[[], list[Flowable]], ...]
"""The builders of a part's sections, in the order they print."""


class WholeTable(Table):
    """A Table that lays out its rows once per width while it fits whole.

    The frame measures a table kept with its heading at unlimited height, then again in the room
    left on the page; where all of it fits, the second layout is the first, and laying out
    every cell again took a tenth of an export. A layout of part of the rows (a page end) is
    never reused, so a split works from a fresh one as before.
    """

    _whole: tuple[float, float] | None = None
    """The width and height of the layout in place, when it holds every row."""

    def _calc(self, availWidth: float, availHeight: float) -> None:
        whole = self._whole
        if whole is not None and whole[0] == availWidth and whole[1] <= availHeight:
            return
        super()._calc(availWidth, availHeight)
        every_row = getattr(self, "_hmax", None) == self._nrows
        self._whole = (availWidth, self._height) if every_row else None


def _cell_style() -> CellStyle:
    """What TABLE_FONT, top alignment and the paddings make of every cell, as one style all the
    cells of a table share: ReportLab made a style per cell and set each of the five commands
    on each cell in turn. Nothing sets a style on part of these tables."""
    cell = CellStyle("cell")
    cell.fontname = TABLE_FONT[3]
    cell.valign = "TOP"
    cell.topPadding, cell.bottomPadding = 3.5, 4
    cell.leftPadding = cell.rightPadding = 5
    return cell


@dataclass
class Section:
    """One part of the minutes, built from the snapshot with the headings and tables all share."""

    snapshot: MinutesSnapshot
    styles: StyleSheet1

    def parts(self) -> Parts:
        raise NotImplementedError

    def flowables(self) -> list[Flowable]:
        story: list[Flowable] = []
        for part in self.parts():
            story += part()
        return story

    def _section(self, title: str, key: str) -> Flowable:
        return Outlined(fixed(title, self.styles["Section"]), title, f"section-{key}", 0)

    def _heading(self, title: str) -> Paragraph:
        """A group's heading, never left alone at the foot of a page."""
        heading = fixed(title, self.styles["Sub"])
        heading.keepWithNext = True
        return heading

    def _empty(self, sentence: str) -> Paragraph:
        return fixed(sentence, self.styles["Empty"])

    def _table(
        self,
        header: Sequence[str],
        rows: list[list[Any]],
        widths: Sequence[float],
        *,
        right: Sequence[int] = (),
        shaded_rows: Sequence[int] = (),
        total_row: bool = False,
    ) -> Table:
        """A table whose header repeats on every page, widths given as fractions of the frame."""
        head = [
            fixed(label, self.styles["CellHeadRight" if i in right else "CellHead"])
            for i, label in enumerate(header)
        ]
        cell = _cell_style()
        table = WholeTable(
            [head, *rows],
            colWidths=[fraction * FRAME_WIDTH for fraction in widths],
            repeatRows=1,
            hAlign="LEFT",
            cellStyles=[[cell] * len(head) for _ in range(len(rows) + 1)],
        )
        commands: list[tuple[Any, ...]] = [
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ]
        for row in range(1, len(rows) + 1):
            if row % 2 == 0:
                commands.append(("BACKGROUND", (0, row), (-1, row), SHADE))
        for row in shaded_rows:
            commands.append(("BACKGROUND", (0, row + 1), (-1, row + 1), RED_SHADE))
        if total_row:
            commands += [
                ("BACKGROUND", (0, -1), (-1, -1), colors.white),
                ("LINEABOVE", (0, -1), (-1, -1), 0.9, INK),
            ]
        table.setStyle(TableStyle(commands))
        return table
