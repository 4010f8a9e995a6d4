"""The PDF minutes of a meeting, laid out with ReportLab platypus from a MinutesSnapshot."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache, partial
from io import BytesIO
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag, ParaParser

from facilitator import __version__
from facilitator.measures.metric_units import format_short, format_value
from facilitator.minutes import fonts
from facilitator.minutes.snapshot import (
    CHART_POINTS,
    ActionLine,
    AgendaLine,
    DisputeLine,
    MetricLine,
    MinutesSnapshot,
    NoteLine,
    goal_met,
    snapshot_meeting,
)
from facilitator.rules.agenda import format_duration
from facilitator.safety.safe_write import write_atomically
from facilitator.storage.database import Database
from facilitator.vocabulary import (
    ActionStatus,
    AttendanceStatus,
    DisputeRole,
    DisputeStatus,
    GoalUnit,
    MeetingStatus,
    NoteKind,
    Team,
)

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 18 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

INK = colors.HexColor("#1D2939")
MUTED = colors.HexColor("#667085")
ACCENT = colors.HexColor("#1F4E79")
RULE = colors.HexColor("#D0D5DD")
SHADE = colors.HexColor("#F2F4F7")
RED = colors.HexColor("#B42318")
RED_SHADE = colors.HexColor("#FEF3F2")
GREEN = colors.HexColor("#067647")
AMBER = colors.HexColor("#B54708")
BLUE = colors.HexColor("#175CD3")
PURPLE = colors.HexColor("#6941C6")
BAR_MET = colors.HexColor("#7BA7CF")
BAR_MET_NOW = colors.HexColor("#1F4E79")
BAR_MISSED = colors.HexColor("#F4A09A")
BAR_MISSED_NOW = colors.HexColor("#B42318")

CELL_CHARACTERS = 400
CELL_LINES = 8
"""A table cell can't break across pages: longer text prints shortened there and whole below."""
SHORTENED_TO = 240
HEADER_TITLE = 90
OUTLINE_TITLE = 120
_TABLE_FONT = ("FONTNAME", (0, 0), (-1, -1), fonts.BODY_FONT)
"""Tables otherwise set Helvetica on the canvas, and the PDF would name a font it never uses."""

KIND_COLOURS = {
    NoteKind.DECISION: GREEN,
    NoteKind.HIGHLIGHT: AMBER,
    NoteKind.QUESTION: BLUE,
    NoteKind.METRIC: PURPLE,
    NoteKind.NOTE: MUTED,
}
STATUS_COLOURS = {
    DisputeStatus.OPEN: AMBER,
    DisputeStatus.IN_REVIEW: BLUE,
    DisputeStatus.RESOLVED: GREEN,
    DisputeStatus.ESCALATED: RED,
}


# --- text ------------------------------------------------------------------------------------


@cache
def _stylesheet() -> StyleSheet1:
    """One named stylesheet, so every paragraph of the minutes takes its look from here.

    Made once per process and never changed, so what is worked out per style is kept too.
    """
    fonts.register_fonts()
    body, bold, italic = fonts.BODY_FONT, fonts.BOLD_FONT, fonts.ITALIC_FONT
    sheet = StyleSheet1()

    def add(name: str, parent: str | None = None, **values: Any) -> None:
        base = sheet[parent] if parent else None
        sheet.add(ParagraphStyle(name=name, parent=base, **values))

    add("Body", fontName=body, fontSize=9.5, leading=13.2, textColor=INK)
    add("Kicker", "Body", fontName=bold, fontSize=8, leading=10, textColor=ACCENT)
    add("Title", "Body", fontName=bold, fontSize=20, leading=24, spaceBefore=2, spaceAfter=2)
    add("Subtitle", "Body", fontSize=11, leading=15, textColor=MUTED, spaceAfter=8)
    add(
        "Field",
        "Body",
        leftIndent=24 * mm,
        bulletIndent=0,
        bulletFontName=bold,
        bulletFontSize=8.5,
        bulletColor=MUTED,
        spaceAfter=2,
    )
    add("FieldWarning", "Field", textColor=RED, fontName=bold)
    add("Attendees", "Field", leftIndent=31 * mm)
    add("Banner", "Body", fontName=bold, textColor=RED)
    add(
        "Section",
        "Body",
        fontName=bold,
        fontSize=13.5,
        leading=17,
        textColor=ACCENT,
        spaceBefore=16,
        spaceAfter=7,
        keepWithNext=1,
    )
    add("Sub", "Body", fontName=bold, fontSize=10, leading=13, spaceBefore=8, spaceAfter=4)
    add("Item", "Body", fontName=bold, fontSize=10.5, leading=14, spaceBefore=9, spaceAfter=1)
    add("ItemMeta", "Body", fontSize=8, leading=11, textColor=MUTED, spaceAfter=4)
    add(
        "Note",
        "Body",
        leftIndent=22 * mm,
        bulletIndent=0,
        bulletFontName=bold,
        bulletFontSize=6.8,
        bulletColor=MUTED,
        spaceAfter=3.5,
    )
    for kind, colour in KIND_COLOURS.items():
        add(f"Note-{kind.value}", "Note", bulletColor=colour)
    add("DisputeTitle", "Note", fontName=bold, fontSize=10, leading=13.5, spaceBefore=6)
    for status, colour in STATUS_COLOURS.items():
        add(f"DisputeTitle-{status.value}", "DisputeTitle", bulletColor=colour)
    add("DisputeMeta", "Note", fontSize=8, leading=11, textColor=MUTED, spaceAfter=3)
    add("Position", "Note", bulletColor=MUTED)
    add("Empty", "Body", fontName=italic, textColor=MUTED)
    add("Small", "Body", fontSize=7.5, leading=10, textColor=MUTED, spaceBefore=3)
    add("Cell", "Body", fontSize=8.5, leading=11)
    add("CellBold", "Cell", fontName=bold)
    add("CellRight", "Cell", alignment=TA_RIGHT)
    add("CellMuted", "Cell", fontSize=7.2, leading=9.5, textColor=MUTED)
    add("CellHead", "Cell", fontName=bold, fontSize=7.8, textColor=colors.white)
    add("CellHeadRight", "CellHead", alignment=TA_RIGHT)
    add("CellOver", "CellRight", fontName=bold, textColor=RED)
    add("CellUnder", "CellRight", textColor=GREEN)
    add("CellOverdue", "Cell", fontName=bold, textColor=RED)
    add("CellMet", "Cell", fontName=bold, textColor=GREEN)
    add("CellMissed", "Cell", fontName=bold, textColor=RED)
    add("GlanceFigure", "Body", fontName=bold, fontSize=15, leading=18, alignment=TA_CENTER)
    add("GlanceFigureRed", "GlanceFigure", textColor=RED)
    add("GlanceLabel", "Body", fontSize=7.3, leading=9.3, textColor=MUTED, alignment=TA_CENTER)
    add("ChartTitle", "Body", fontName=bold, fontSize=8, leading=10)
    add("Header", "Body", fontSize=8, leading=10, textColor=MUTED)
    return sheet


_PLAIN_FRAGS: WeakKeyDictionary[ParagraphStyle, ParaFrag] = WeakKeyDictionary()
"""Per style, the fragment ReportLab's parser makes of a plain word, to copy for plain text."""


def _plain_frags(markup: str, style: ParagraphStyle) -> list[ParaFrag] | None:
    """What ReportLab's parser would make of markup without tags or entities, minus the parsing.

    Most notes and labels are one plain line, and parsing them was a tenth of the layout; None
    for anything else, which goes through the parser as usual.
    """
    if "<" in markup or "&" in markup:
        return None
    cleaned = cleanBlockQuotedText(markup)
    if not cleaned:
        return None
    template = _PLAIN_FRAGS.get(style)
    if template is None:
        _, frags, _ = ParaParser().parse("x", style)
        template = _PLAIN_FRAGS[style] = frags[0]
    return [template.clone(text=cleaned, link=[], us_lines=[])]


class _Paragraph(Paragraph):
    """A Paragraph that skips the parser for plain text and breaks its lines once per width.

    Tables wrap every cell again each time they split at a page end, and the frame asks again
    before drawing; the lines only change with the width, so they are kept for the last one.
    """

    _wrapped: tuple[float, float, Any, list[float]] | None = None

    def __init__(
        self,
        text: str | None,
        style: ParagraphStyle,
        bulletText: str | None = None,  # noqa: N803 (ReportLab's name)
        frags: list[ParaFrag] | None = None,
        *args: Any,
        **kwargs: Any,
    ) -> None:
        if frags is None and text is not None:
            frags = _plain_frags(text, style)
        super().__init__(text, style, bulletText, frags, *args, **kwargs)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        kept = self._wrapped
        if kept is not None and kept[0] == availWidth:
            self.width, self.height, self.blPara, self._wrapWidths = kept
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        if hasattr(self, "blPara"):
            self._wrapped = (availWidth, height, self.blPara, self._wrapWidths)
        return width, height


class _BidiParagraph(Flowable):
    """A paragraph with right-to-left text, laid out in display order once its width is known.

    ReportLab breaks lines itself only for left-to-right text, so lines are broken here in
    reading order, each reordered for display, and handed to an ordinary Paragraph.
    """

    def __init__(self, text: str, style: ParagraphStyle, bullet: str | None = None) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.bullet = bullet
        self._laid_out: tuple[float, Paragraph] | None = None

    def _paragraph(self, width: float) -> Paragraph:
        if self._laid_out is None or self._laid_out[0] != width:
            room = width - self.style.leftIndent - self.style.rightIndent - 0.5
            bold = self.style.fontName == fonts.BOLD_FONT
            lines, right_to_left = fonts.rtl_lines(
                self.text, max(room, 10), self.style.fontSize, bold=bold
            )
            style = self.style
            if right_to_left:
                style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
            paragraph = _Paragraph(fonts.visual_markup(lines), style, bulletText=self.bullet)
            self._laid_out = (width, paragraph)
        return self._laid_out[1]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = self._paragraph(availWidth).wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return self._paragraph(availWidth).split(availWidth, availHeight)

    def draw(self) -> None:
        assert self._laid_out is not None
        self._laid_out[1].drawOn(self.canv, 0, 0)

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)


@dataclass(frozen=True)
class _Lines:
    """A long text's printed lines at one width, shared by the pieces a page split makes."""

    width: float
    lines: list[str]
    style: ParagraphStyle


class _LongText(Flowable):
    """User text too long for one Paragraph, laid out in time linear in its length.

    A Paragraph breaks every line of its text at each wrap, and a split at the page end hands the
    rest to a new Paragraph that breaks it all again: a 1,000,000-character note took minutes.
    Here the lines are broken once (as right-to-left text always was), a split only moves an
    index, and each page draws an ordinary Paragraph of the lines that landed on it.
    """

    def __init__(self, value: str, style: ParagraphStyle, bullet: str | None = None) -> None:
        super().__init__()
        self.value = value
        self.style = style
        self.bullet = bullet
        self._lines: _Lines | None = None
        self._span: tuple[int, int] | None = None
        """Which of the lines this piece holds; None for the whole text."""

    def _laid_out(self, width: float) -> tuple[_Lines, int, int]:
        """The lines and this piece's share; a piece keeps the width its text was split at."""
        laid = self._lines
        if laid is None or (self._span is None and laid.width != width):
            room = width - self.style.leftIndent - self.style.rightIndent - 0.5
            bold = self.style.fontName == fonts.BOLD_FONT
            lines, right_to_left = fonts.rtl_lines(
                self.value, max(room, 10), self.style.fontSize, bold=bold
            )
            if len(lines) > 1 and not lines[-1]:
                lines.pop()  # a Paragraph prints nothing for a last empty line either
            style = self.style
            if right_to_left:
                style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
            laid = self._lines = _Lines(width, lines, style)
        start, stop = self._span or (0, len(laid.lines))
        return laid, start, stop

    def _piece(self, start: int, stop: int) -> _LongText:
        piece = _LongText(self.value, self.style, self.bullet)
        piece._lines, piece._span = self._lines, (start, stop)
        return piece

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        _, start, stop = self._laid_out(availWidth)
        self.width, self.height = availWidth, (stop - start) * self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """As Paragraph.split: the lines that fit, none when only an orphan line would."""
        _, start, stop = self._laid_out(availWidth)
        fit = int(availHeight / self.style.leading)
        if fit == 0 or (fit == 1 and not self.style.allowOrphans):
            return []
        if stop - start <= fit:
            return [self]
        return [self._piece(start, start + fit), self._piece(start + fit, stop)]

    def draw(self) -> None:
        laid, start, stop = self._laid_out(self.width)
        bullet = self.bullet if start == 0 else None
        paragraph = _Paragraph(fonts.visual_markup(laid.lines[start:stop]), laid.style, bullet)
        _, height = paragraph.wrap(self.width, self.height)
        paragraph.drawOn(self.canv, 0, self.height - height)

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)


LONG_TEXT = 10_000
"""Longer user text is printed as a _LongText; ordinary text keeps ReportLab's own layout."""


def text(value: str, style: ParagraphStyle, bullet: str | None = None) -> Flowable:
    """A paragraph of user text: escaped, a font per script run, right-to-left lines reordered."""
    if len(value) > LONG_TEXT:
        return _LongText(value, style, bullet)
    if fonts.has_rtl(value):
        return _BidiParagraph(value, style, bullet)
    return _Paragraph(fonts.markup(value), style, bulletText=bullet)


def _fixed(value: str, style: ParagraphStyle, bullet: str | None = None) -> Paragraph:
    """A paragraph of our own words (labels, dates, counts); escaped all the same."""
    return _Paragraph(escape(value), style, bulletText=bullet)


def _clip(value: str, limit: int) -> str:
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def _fit(value: str, width: float, size: float) -> str:
    """The longest start of value that fits on one line of width, marked … when cut."""
    value = " ".join(value.split())

    def fits(candidate: str) -> bool:
        return fonts.text_width(fonts.printable(candidate), size) <= width

    if fits(value):
        return value
    low, high = 0, len(value)
    while low < high:
        middle = (low + high + 1) // 2
        if fits(value[:middle] + "…"):
            low = middle
        else:
            high = middle - 1
    return value[:low].rstrip() + "…"


def _fits_cell(value: str) -> bool:
    return len(value) <= CELL_CHARACTERS and value.count("\n") < CELL_LINES


def _shortened(value: str) -> str:
    first_lines = "\n".join(value.split("\n")[:3])
    return first_lines[:SHORTENED_TO].rstrip() + "…"


class _InFull:
    """Texts too long for a table cell, printed whole after the table they belong to."""

    def __init__(self, styles: StyleSheet1, prefix: str) -> None:
        self.styles = styles
        self.prefix = prefix
        self.entries: list[tuple[str, str]] = []

    def cell(self, value: str, style: ParagraphStyle) -> list[Flowable]:
        if _fits_cell(value):
            return [text(value, style)]
        ref = f"{self.prefix}{len(self.entries) + 1}"
        self.entries.append((ref, value))
        return [
            text(_shortened(value), style),
            _fixed(f"Continued in full below the table ({ref}).", self.styles["CellMuted"]),
        ]

    def flowables(self) -> list[Flowable]:
        if not self.entries:
            return []
        story: list[Flowable] = [_fixed("In full: text too long for the table", self.styles["Sub"])]
        story += [text(value, self.styles["Note"], bullet=ref) for ref, value in self.entries]
        return story


# --- outline and page furniture --------------------------------------------------------------


class _Outlined(Flowable):
    """A heading that leaves a bookmark and an outline entry where it lands on the page."""

    def __init__(self, inner: Flowable, title: str, key: str, level: int) -> None:
        super().__init__()
        self.inner = inner
        self.title = _clip(title, OUTLINE_TITLE)
        self.key = key
        self.level = level
        self.keepWithNext = True

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = self.inner.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = self.inner.split(availWidth, availHeight)
        if not parts:
            return []
        return [_Outlined(parts[0], self.title, self.key, self.level), *parts[1:]]

    def draw(self) -> None:
        self.inner.drawOn(self.canv, 0, 0)
        self.canv.bookmarkHorizontal(self.key, 0, self.height + 6)
        self.canv.addOutlineEntry(self.title, self.key, level=self.level, closed=self.level > 0)

    def getSpaceBefore(self) -> float:
        return float(self.inner.getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self.inner.getSpaceAfter())


class _NumberedCanvas(Canvas):
    """Holds every page until the end, so each footer can say "Page X of Y".

    Bookmarks are held with their page too: a bookmark made while pages are held back would
    otherwise point at the first page.
    """

    def __init__(
        self, *args: Any, footer: Callable[[Canvas, int, int], None], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._held_pages: list[dict[str, Any]] = []
        self._held_bookmarks: list[tuple[int, str, dict[str, Any]]] = []

    def bookmarkPage(self, key: str, **options: Any) -> None:  # noqa: N802 (ReportLab's name)
        self._held_bookmarks.append((len(self._held_pages), key, options))

    def showPage(self) -> None:  # noqa: N802
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        bookmarks = self._held_bookmarks
        for index, state in enumerate(self._held_pages):
            self.__dict__.update(state)
            for page, key, options in bookmarks:
                if page == index:
                    Canvas.bookmarkPage(self, key, **options)
            self._footer(self, index + 1, total)
            Canvas.showPage(self)
        self.showOutline()
        Canvas.save(self)


# --- numbers and dates -----------------------------------------------------------------------


def _long_date(day: date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def _short_date(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def _clock(moment: datetime) -> str:
    return f"{moment:%H:%M}"


def _signed(seconds: int) -> str:
    return f"+{format_duration(seconds)}" if seconds > 0 else format_duration(seconds)


def _nice_step(top: float) -> float:
    """A round axis step giving at most five gridlines up to top."""
    if top <= 0:
        return 1.0
    rough = top / 5
    magnitude = 10 ** int(f"{rough:e}".split("e")[1])
    for factor in (1, 2, 2.5, 5, 10):
        if rough <= factor * magnitude:
            return float(factor * magnitude)
    return float(10 * magnitude)


def _team(team: Team | None) -> str:
    return team.label if team is not None else "no team"


def _plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


def _age(days: int) -> str:
    """How long a dispute has been open, in the unit a reader would count it in."""
    if days < 14:
        return _plural(days, "day")
    if days < 61:
        return _plural(days // 7, "week")
    return _plural(days // 30, "month")


# --- the document ----------------------------------------------------------------------------


@dataclass
class _Story:
    """Builds the flowables of the minutes, section by section, from one snapshot."""

    snapshot: MinutesSnapshot
    styles: StyleSheet1

    def build(self) -> list[Flowable]:
        story: list[Flowable] = []
        for part in (
            self._title_block,
            self._glance,
            self._attendance,
            self._agenda,
            self._notes,
            self._disputes,
            self._actions,
            self._metrics,
            self._baseline,
            self._next_meeting,
        ):
            story += part()
        return story

    # helpers

    def _section(self, title: str, key: str) -> Flowable:
        return _Outlined(_fixed(title, self.styles["Section"]), title, f"section-{key}", 0)

    def _heading(self, title: str) -> Paragraph:
        """A group's heading, never left alone at the foot of a page."""
        heading = _fixed(title, self.styles["Sub"])
        heading.keepWithNext = True
        return heading

    def _empty(self, sentence: str) -> Paragraph:
        return _fixed(sentence, self.styles["Empty"])

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
            _fixed(label, self.styles["CellHeadRight" if i in right else "CellHead"])
            for i, label in enumerate(header)
        ]
        table = Table(
            [head, *rows],
            colWidths=[fraction * FRAME_WIDTH for fraction in widths],
            repeatRows=1,
            hAlign="LEFT",
        )
        commands: list[tuple[Any, ...]] = [
            _TABLE_FONT,
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
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

    # title and glance

    def _title_block(self) -> list[Flowable]:
        s, st = self.snapshot, self.styles
        kicker = {
            MeetingStatus.ENDED: "MINUTES",
            MeetingStatus.RUNNING: "MINUTES · DRAFT",
            MeetingStatus.PLANNED: "MINUTES · DRAFT",
            MeetingStatus.CANCELLED: "MEETING CANCELLED",
        }[s.status]
        story: list[Flowable] = [_fixed(kicker, st["Kicker"]), text(s.title, st["Title"])]
        story.append(_fixed(self._when(), st["Subtitle"]))
        if s.series:
            story.append(text(s.series, st["Field"], bullet="Series:"))
        if s.location:
            story.append(text(s.location, st["Field"], bullet="Where:"))
        moderator = s.moderator
        if moderator is None:
            story.append(_fixed("Not recorded", st["Field"], bullet="Moderator:"))
        elif moderator.neutral:
            line = f"{moderator.name} ({_team(moderator.team)})"
            story.append(text(line, st["Field"], bullet="Moderator:"))
        else:
            label = _team(moderator.team)
            line = f"{moderator.name} ({label}) — not neutral: belongs to {label}"
            story.append(text(line, st["FieldWarning"], bullet="Moderator:"))
        banner = {
            MeetingStatus.PLANNED: "This meeting has not been held yet: these minutes are a draft.",
            MeetingStatus.RUNNING: "This meeting is still running: these minutes are a draft.",
            MeetingStatus.CANCELLED: "This meeting was cancelled.",
        }.get(s.status)
        if banner:
            box = Table([[_fixed(banner, st["Banner"])]], colWidths=[FRAME_WIDTH])
            box.setStyle(
                TableStyle(
                    [
                        _TABLE_FONT,
                        ("BACKGROUND", (0, 0), (-1, -1), RED_SHADE),
                        ("BOX", (0, 0), (-1, -1), 0.6, RED),
                        ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ]
                )
            )
            story += [Spacer(1, 6), box]
        return story

    def _when(self) -> str:
        s = self.snapshot
        day = _long_date(s.meeting_date)
        if s.started_at and s.ended_at:
            return f"{day} · {_clock(s.started_at)}–{_clock(s.ended_at)}"
        if s.started_at:
            return f"{day} · started {_clock(s.started_at)}"
        return f"{day} · {_clock(s.scheduled_at)} (scheduled)"

    def _glance(self) -> list[Flowable]:
        s, st = self.snapshot, self.styles
        duration = s.duration_seconds
        if duration is None:
            time_figure, time_label = "—", f"not run yet; cap {format_duration(s.cap_seconds)}"
        elif duration > s.cap_seconds:
            over = format_duration(duration - s.cap_seconds)
            time_figure = format_duration(duration)
            time_label = f"over the {format_duration(s.cap_seconds)} cap by {over}"
        else:
            time_figure = format_duration(duration)
            time_label = f"of a {format_duration(s.cap_seconds)} cap"
        late = len(s.attendees_with(AttendanceStatus.LATE))
        present = len(s.attendees_with(AttendanceStatus.PRESENT)) + late
        decisions = len(s.notes_of(NoteKind.DECISION))
        open_disputes = len(s.open_disputes)
        settled = len(s.disputes) - open_disputes
        overdue = len(s.overdue_actions)
        figures = [
            (time_figure, time_label, duration is not None and duration > s.cap_seconds),
            (
                f"{present}/{len(s.attendees)}",
                f"present, {late} late" if late else "present",
                False,
            ),
            (str(decisions), "decision" if decisions == 1 else "decisions", False),
            (
                str(open_disputes),
                ("open dispute" if open_disputes == 1 else "open disputes")
                + (f", {settled} settled" if settled else ""),
                False,
            ),
            (
                str(len(s.actions_new)),
                "new action item" if len(s.actions_new) == 1 else "new action items",
                False,
            ),
            (
                str(overdue),
                "overdue action items" if overdue != 1 else "overdue action item",
                bool(overdue),
            ),
        ]
        cells = [
            [
                _fixed(figure, st["GlanceFigureRed" if alarm else "GlanceFigure"]),
                _fixed(label, st["GlanceLabel"]),
            ]
            for figure, label, alarm in figures
        ]
        strip = Table([cells], colWidths=[FRAME_WIDTH / len(cells)] * len(cells))
        strip.setStyle(
            TableStyle(
                [
                    _TABLE_FONT,
                    ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                    ("LINEAFTER", (0, 0), (-2, -1), 0.6, colors.white),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 7),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ]
            )
        )
        return [Spacer(1, 8), strip]

    # sections

    def _attendance(self) -> list[Flowable]:
        s, st = self.snapshot, self.styles
        story = [self._section("Attendance", "attendance")]
        groups = [
            (AttendanceStatus.PRESENT, "Present"),
            (AttendanceStatus.LATE, "Late"),
            (AttendanceStatus.ABSENT, "Absent"),
            (AttendanceStatus.INVITED, "Not marked"),
        ]
        for status, label in groups:
            people = s.attendees_with(status)
            if not people:
                continue
            names = ", ".join(
                f"{a.name} ({a.team.label}{', guest' if a.guest else ''})" for a in people
            )
            story.append(text(names, st["Attendees"], bullet=f"{label} ({len(people)}):"))
        if len(story) == 1:
            story.append(self._empty("No attendance was recorded."))
        return story

    def _agenda(self) -> list[Flowable]:
        s, st = self.snapshot, self.styles
        story = [self._section("Agenda", "agenda")]
        if not s.agenda:
            return [*story, self._empty("The meeting had no agenda.")]
        in_full = _InFull(st, "I")
        rows = [self._agenda_row(line, in_full) for line in s.agenda]
        reached = [line for line in s.agenda if line.actual_seconds is not None]
        actual_total = sum(line.actual_seconds or 0 for line in reached) if reached else None
        planned_reached = sum(line.planned_seconds for line in reached)
        rows.append(
            [
                "",
                _fixed("Total", st["CellBold"]),
                "",
                "",
                _fixed(format_duration(s.planned_seconds), st["CellRight"]),
                _fixed(
                    format_duration(actual_total) if actual_total is not None else "—",
                    st["CellRight"],
                ),
                self._difference(None if actual_total is None else actual_total - planned_reached),
            ]
        )
        story.append(
            self._table(
                ["#", "Item", "Presenter", "Start", "Planned", "Actual", "+/−"],
                rows,
                [0.04, 0.40, 0.20, 0.08, 0.10, 0.09, 0.09],
                right=(4, 5, 6),
                total_row=True,
            )
        )
        story.append(_fixed(self._cap_sentence(), st["Small"]))
        story += in_full.flowables()
        return story

    def _agenda_row(self, line: AgendaLine, in_full: _InFull) -> list[Any]:
        st = self.styles
        if line.presenter:
            presenter: list[Flowable] = [
                text(line.presenter, st["Cell"]),
                _fixed(_team(line.presenter_team), st["CellMuted"]),
            ]
        elif line.presenter_team:
            presenter = [_fixed(line.presenter_team.label, st["Cell"])]
        else:
            presenter = [_fixed("—", st["CellMuted"])]
        actual = (
            _fixed(format_duration(line.actual_seconds), st["CellRight"])
            if line.actual_seconds is not None
            else _fixed(self._not_run(line), st["CellMuted"])
        )
        return [
            _fixed(str(line.number), st["Cell"]),
            in_full.cell(line.title, st["Cell"]),
            presenter,
            _fixed(_clock(line.actual_start) if line.actual_start else "—", st["Cell"]),
            _fixed(format_duration(line.planned_seconds), st["CellRight"]),
            actual,
            self._difference(line.overrun_seconds),
        ]

    def _not_run(self, line: AgendaLine) -> str:
        """An item of an ended meeting that never started was skipped; otherwise it is to come."""
        if self.snapshot.status is MeetingStatus.ENDED and not line.reached:
            return "skipped"
        return "—"

    def _difference(self, seconds: int | None) -> Paragraph:
        st = self.styles
        if seconds is None:
            return _fixed("—", st["CellRight"])
        return _fixed(_signed(seconds), st["CellOver" if seconds > 0 else "CellUnder"])

    def _cap_sentence(self) -> str:
        s = self.snapshot
        cap = format_duration(s.cap_seconds)
        planned = f"Planned {format_duration(s.planned_seconds)} within a cap of {cap}"
        duration = s.duration_seconds
        if duration is None:
            return planned + "."
        if duration > s.cap_seconds:
            return f"{planned}; the meeting ran {format_duration(duration - s.cap_seconds)} over."
        spare = format_duration(s.cap_seconds - duration)
        return f"{planned}; the meeting ended {spare} inside the cap. + means an item ran over."

    def _notes(self) -> list[Flowable]:
        s, st = self.snapshot, self.styles
        story = [self._section("Notes by item", "notes")]
        if not s.notes:
            return [*story, self._empty("No notes were taken.")]
        agenda = {line.number: line for line in s.agenda}
        for index, group in enumerate(s.notes, start=1):
            title = f"{group.number}. {group.title}" if group.number else "Other notes"
            heading = text(title, st["Item"])
            story.append(_Outlined(heading, title, f"notes-{index}", 1))
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
            parts.append(f"{line.presenter} ({_team(line.presenter_team)})")
        elif line.presenter_team:
            parts.append(line.presenter_team.label)
        if line.actual_seconds is not None:
            ran, planned = line.actual_seconds, line.planned_seconds
            parts.append(f"ran {format_duration(ran)} of {format_duration(planned)}")
        return " · ".join(parts)

    def _note(self, note: NoteLine) -> Flowable:
        st = self.styles
        if note.parked:
            return text(note.text, st["Note"], bullet="PARKED")
        return text(note.text, st[f"Note-{note.kind.value}"], bullet=note.kind.label.upper())

    def _disputes(self) -> list[Flowable]:
        s = self.snapshot
        story = [self._section("Disputes", "disputes")]
        if not s.disputes:
            return [*story, self._empty("No disputes came up at this meeting, and none were open.")]
        for role, heading in (
            (DisputeRole.RAISED, "Raised at this meeting"),
            (DisputeRole.DISCUSSED, "Discussed again"),
            (DisputeRole.SETTLED, "Settled"),
            (None, "Still open, not discussed at this meeting"),
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
        raiser = dispute.raised_by or "someone"
        meta = [f"{dispute.category.label}", f"raised by {raiser} ({dispute.raised_by_team.label})"]
        if dispute.raised_on:
            meta[-1] += f" on {_short_date(dispute.raised_on)}"
        if dispute.days_open:
            meta[-1] += f", open {_age(dispute.days_open)}"
        if dispute.times_discussed > 1:
            meta.append(f"on the agenda {dispute.times_discussed} times")
        meta_paragraph = text(" · ".join(meta), st["DisputeMeta"])
        title.keepWithNext = True
        meta_paragraph.keepWithNext = True
        story: list[Flowable] = [title, meta_paragraph]
        for label, position in (
            ("SALES", dispute.sales_position),
            ("MARKETING", dispute.marketing_position),
        ):
            if position.strip():
                story.append(text(position, st["Position"], bullet=label))
            else:
                story.append(_fixed("No position recorded.", st["Empty"], bullet=label))
        if dispute.resolution.strip():
            story.append(text(dispute.resolution, st["Note-decision"], bullet="RESOLUTION"))
        return story

    def _actions(self) -> list[Flowable]:
        s, st = self.snapshot, self.styles
        story = [self._section("Action items", "actions")]
        groups = (
            ("New at this meeting", s.actions_new, "N"),
            ("Carried over from earlier meetings", s.actions_carried, "C"),
            ("Closed at this meeting", s.actions_closed, "D"),
            (
                "Also overdue, from meetings outside this series"
                if s.series
                else "Also overdue, from earlier meetings",
                s.actions_overdue_elsewhere,
                "O",
            ),
        )
        if not any(items for _, items, _ in groups):
            return [*story, self._empty("No action items were open, made or closed.")]
        for heading, items, prefix in groups:
            if not items:
                continue
            story.append(self._heading(heading))
            in_full = _InFull(st, prefix)
            rows = [self._action_row(item, in_full, carried=prefix in "CO") for item in items]
            overdue_rows = [index for index, item in enumerate(items) if item.overdue]
            story.append(
                self._table(
                    ["Action", "Owner", "Due", "Status"],
                    rows,
                    [0.47, 0.23, 0.14, 0.16],
                    shaded_rows=overdue_rows,
                )
            )
            story += in_full.flowables()
        return story

    def _action_row(self, item: ActionLine, in_full: _InFull, *, carried: bool) -> list[Any]:
        st = self.styles
        what = in_full.cell(item.text, st["Cell"])
        if carried and item.made_on:
            what.append(_fixed(f"since {_short_date(item.made_on)}", st["CellMuted"]))
        owner: list[Flowable] = (
            [text(_clip(item.owner, 120), st["Cell"]), _fixed(_team(item.team), st["CellMuted"])]
            if item.owner
            else [_fixed("nobody yet", st["CellMuted"])]
        )
        due = _short_date(item.due) if item.due else "—"
        if item.overdue and item.due:
            late = (self.snapshot.meeting_date - item.due).days
            status: list[Flowable] = [
                _fixed("OVERDUE", st["CellOverdue"]),
                _fixed(f"by {_plural(late, 'day')}", st["CellMuted"]),
            ]
        else:
            status = [
                _fixed(
                    item.status.label, st["CellMet" if item.status is ActionStatus.DONE else "Cell"]
                )
            ]
        return [what, owner, _fixed(due, st["Cell"]), status]

    def _metrics(self) -> list[Flowable]:
        s, st = self.snapshot, self.styles
        story = [self._section("Metrics", "metrics")]
        if not s.metrics:
            return [*story, self._empty("No metrics were reviewed at this meeting.")]
        rows = []
        for metric in s.metrics:
            met = metric.met
            style = {True: "CellMet", False: "CellMissed"}.get(met, "CellMuted")
            result = (metric.verdict.capitalize(), style)
            rows.append(
                [
                    [text(_clip(metric.goal, 200), st["Cell"])]
                    + ([_fixed(metric.team.label, st["CellMuted"])] if metric.team else []),
                    text(_clip(metric.period_label, 60), st["Cell"]) if metric.period_label else "",
                    _fixed(format_value(metric.value, metric.unit), st["CellRight"]),
                    _fixed(
                        format_value(metric.target, metric.unit)
                        if metric.target is not None
                        else "—",
                        st["CellRight"],
                    ),
                    _fixed(result[0], st[result[1]]),
                ]
            )
        story.append(
            self._table(
                ["Goal", "Period", "Value", "Target", "Result"],
                rows,
                [0.34, 0.16, 0.14, 0.14, 0.22],
                right=(2, 3),
            )
        )
        story.append(Spacer(1, 10))
        caption = _fixed(
            "Each chart shows the value at the last meetings of the series, this meeting "
            "darkest; the dashed line is the target in force that day; red bars missed it.",
            st["Small"],
        )
        story += self._charts(caption)
        return story

    def _charts(self, caption: Flowable) -> list[Flowable]:
        """Small multiples, two to a row, wide enough for each bar's value to stand apart.

        Titles sit in their own row so the charts line up; a page may break between rows,
        and the caption stays with the last one.
        """
        per_row = 2
        width = FRAME_WIDTH / per_row
        metrics = self.snapshot.metrics
        commands: list[tuple[Any, ...]] = [
            _TABLE_FONT,
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 12),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 1), (-1, 1), 10),
        ]
        grids: list[Table] = []
        for start in range(0, len(metrics), per_row):
            chunk = metrics[start : start + per_row]
            titles: list[Any] = [text(_clip(m.goal, 80), self.styles["ChartTitle"]) for m in chunk]
            charts: list[Any] = [_chart(m, width - 12) for m in chunk]
            padding = [""] * (per_row - len(chunk))
            grid = Table([titles + padding, charts + padding], colWidths=[width] * per_row)
            grid.hAlign = "LEFT"
            grid.setStyle(TableStyle(commands))
            grids.append(grid)
        *earlier, last = grids
        return [*(KeepTogether([grid]) for grid in earlier), KeepTogether([last, caption])]

    def _baseline(self) -> list[Flowable]:
        """The alignment assessment, only in the minutes of the meeting where it was taken."""
        section, st = self.snapshot.baseline, self.styles
        if section is None:
            return []
        story = [self._section("Alignment baseline", "baseline")]
        when = f"Taken on {_long_date(section.taken_at.date())}"
        if section.first_taken_at is not None:
            when += f"; compared with the first run, of {_long_date(section.first_taken_at.date())}"
        story.append(_fixed(when + ".", st["Small"]))
        compared = section.first_taken_at is not None
        rows = []
        for answer in section.answers:
            row: list[Any] = [
                text(answer.question, st["Cell"]),
                text(answer.answer, st["Cell"]),
            ]
            if compared:
                row += [text(answer.first or "—", st["Cell"]), _fixed(answer.change, st["Cell"])]
            rows.append(row)
        headers = ["Question", "Answer"] + (["First run", "Change"] if compared else [])
        widths = [0.46, 0.2, 0.2, 0.14] if compared else [0.6, 0.4]
        story.append(self._table(headers, rows, widths))
        return story

    def _next_meeting(self) -> list[Flowable]:
        s, st = self.snapshot, self.styles
        story = [self._section("Next meeting", "next")]
        following = s.next_meeting
        if following is None:
            sentence = (
                "No later meeting of this series is scheduled yet."
                if s.series
                else "This meeting is not part of a series."
            )
            return [*story, self._empty(sentence)]
        when = f"{_long_date(following.scheduled_at.date())}, {_clock(following.scheduled_at)}"
        story.append(_fixed(when, st["Field"], bullet="When:"))
        story.append(text(following.title, st["Field"], bullet="Meeting:"))
        if following.location:
            story.append(text(following.location, st["Field"], bullet="Where:"))
        return story


CHART_HEIGHT = 110.0
CHART_LABEL_SIZE = 6.0
CHART_HEADROOM = 8.0
"""Room above the plot for the value over its tallest bar."""


def _chart(metric: MetricLine, width: float) -> Drawing:
    """Bars of the goal's recent values from zero, the target of each day as a dashed step line.

    Each value sits over its bar, lifted over the target line where that line would strike it
    out, so every label reads whole.
    """
    drawing = Drawing(width, CHART_HEIGHT, initialFontName=fonts.BODY_FONT, initialFontSize=6)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 20
    chart.width, chart.height = width - 34, CHART_HEIGHT - 20 - CHART_HEADROOM
    history = metric.history
    values = [point.value for point in history]
    targets = [point.target for point in history if point.target is not None]
    highest = max([*values, *targets, 0.0])
    top = highest * 1.12
    if metric.unit is GoalUnit.PERCENT and highest <= 100:
        top = min(top, 100.0)
    step = _nice_step(top)
    chart.data = [values]
    chart.valueAxis.valueMin = 0.0
    chart.valueAxis.valueMax = step * max(1, -(-top // step))
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = fonts.BODY_FONT
    chart.valueAxis.labels.fontSize = 6
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.labelTextFormat = partial(format_short, unit=metric.unit)
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = SHADE
    chart.valueAxis.gridStrokeWidth = 0.6
    chart.categoryAxis.categoryNames = [f"{p.on.day}\n{p.on:%b}" for p in history]
    chart.categoryAxis.labels.fontName = fonts.BODY_FONT
    chart.categoryAxis.labels.fontSize = 5.6
    chart.categoryAxis.labels.fillColor = MUTED
    chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.tickDown = 0
    chart.bars.strokeColor = None
    chart.barSpacing = 0
    chart.groupSpacing = 6 * max(1.0, CHART_POINTS / max(1, len(history)))
    for index, point in enumerate(history):
        met = goal_met(point.value, point.target, metric.direction)
        now = index == len(history) - 1
        if met is False:
            colour = BAR_MISSED_NOW if now else BAR_MISSED
        else:
            colour = BAR_MET_NOW if now else BAR_MET
        chart.bars[(0, index)].fillColor = colour
    drawing.add(chart)
    slot = chart.width / max(1, len(history))
    for index, point in enumerate(history):
        x = chart.x + index * slot
        line_y = None if point.target is None else _chart_y(chart, point.target)
        if line_y is not None:
            drawing.add(
                Line(
                    x + 1,
                    line_y,
                    x + slot - 1,
                    line_y,
                    strokeColor=INK,
                    strokeWidth=1,
                    strokeDashArray=[2, 1.2],
                )
            )
        drawing.add(_bar_label(point.value, metric.unit, x + slot / 2, chart, line_y))
    return drawing


def _chart_y(chart: VerticalBarChart, value: float) -> float:
    axis = chart.valueAxis
    return chart.y + (value - axis.valueMin) / (axis.valueMax - axis.valueMin) * chart.height


def _bar_label(
    value: float, unit: GoalUnit, centre: float, chart: VerticalBarChart, line_y: float | None
) -> String:
    """A bar's value over its top, or just over the target line where the line would cross it."""
    size = CHART_LABEL_SIZE
    baseline = _chart_y(chart, value) + 1.5
    # the digits' ink runs from a little under the baseline to about 0.75 of the size over it
    if line_y is not None and baseline - 1.2 <= line_y <= baseline + 0.75 * size + 1.2:
        baseline = line_y + 2.2
    text = format_short(value, unit)
    label = String(centre, baseline, text, textAnchor="middle")
    label.fontName, label.fontSize, label.fillColor = fonts.BODY_FONT, size, INK
    if stringWidth(text, fonts.BODY_FONT, size) > chart.width / max(1, len(chart.data[0])):
        label.fontSize = size * 0.85
    return label


class _MinutesDocument(BaseDocTemplate):
    """A4 with a first page that opens on the title and later pages under a running header."""

    def __init__(self, buffer: BytesIO, snapshot: MinutesSnapshot, styles: StyleSheet1) -> None:
        s = snapshot
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=document_title(s),
            author=s.moderator.name if s.moderator else "Facilitator",
            subject=document_subject(s),
            creator=f"Facilitator {__version__}",
            keywords=["minutes", "smarketing", s.kind.label],
            lang="en",
            initialFontName=fonts.BODY_FONT,
        )
        self.snapshot = snapshot
        self.styles = styles
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates(
            [
                PageTemplate(id="first", frames=[frame], autoNextPageTemplate="later"),
                PageTemplate(id="later", frames=[frame], onPage=self._header),
            ]
        )

    def _header(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        s = self.snapshot
        canvas.saveState()
        top = PAGE_HEIGHT - MARGIN_TOP + 8
        right = f"Minutes · {_short_date(s.meeting_date)}"
        canvas.setFont(fonts.BODY_FONT, 8)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, top, right)
        room = FRAME_WIDTH - canvas.stringWidth(right, fonts.BODY_FONT, 8) - 12
        title = text(_fit(_clip(s.title, HEADER_TITLE), room, 8), self.styles["Header"])
        _, height = title.wrapOn(canvas, room, 40)
        title.drawOn(canvas, MARGIN_X, top - height + 8)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, top - 5, PAGE_WIDTH - MARGIN_X, top - 5)
        canvas.restoreState()


def _footer(prepared_on: date, canvas: Canvas, page: int, total: int) -> None:
    canvas.saveState()
    canvas.setFont(fonts.BODY_FONT, 7.5)
    canvas.setFillColor(MUTED)
    y = MARGIN_BOTTOM - 9 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, y + 10, PAGE_WIDTH - MARGIN_X, y + 10)
    canvas.drawString(MARGIN_X, y, f"Prepared with Facilitator on {_long_date(prepared_on)}")
    canvas.drawRightString(PAGE_WIDTH - MARGIN_X, y, f"Page {page} of {total}")
    canvas.restoreState()


def document_title(snapshot: MinutesSnapshot) -> str:
    return f"Minutes: {snapshot.title}, {_short_date(snapshot.meeting_date)}"


def document_subject(snapshot: MinutesSnapshot) -> str:
    where = snapshot.series or snapshot.kind.label
    return f"{where}: minutes of {_long_date(snapshot.meeting_date)}"


@cache
def _binary_streams() -> None:
    """Write PDF streams as plain binary, process-wide (the minutes are the app's only PDFs).

    ASCII85 only keeps a PDF 7-bit clean, which nothing here needs, at the cost of a pass over
    every stream. Set once rather than around each build, as mail renders on a worker thread.
    """
    rl_config.useA85 = 0


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cycle collection while one document is built; the cycles are freed afterwards.

    Layout makes objects by the hundred thousand, and the collector's passes over them and the
    loaded font tables took a tenth of the time. The build that found it on turns it back on.
    """
    was_collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_collecting:
            gc.enable()


def render_minutes(snapshot: MinutesSnapshot) -> bytes:
    """The minutes as PDF bytes; the same snapshot always gives the same pages."""
    styles = _stylesheet()
    _binary_streams()
    buffer = BytesIO()
    with _collector_paused():
        document = _MinutesDocument(buffer, snapshot, styles)
        story = _Story(snapshot, styles).build()
        document.build(
            story,
            canvasmaker=partial(_NumberedCanvas, footer=partial(_footer, snapshot.prepared_on)),
        )
    return buffer.getvalue()


def write_minutes(db: Database, meeting_id: int, path: Path, *, today: date | None = None) -> Path:
    """Write a meeting's minutes to path all at once: a failure leaves no half-written file.

    Raises MeetingNotFound for an unknown meeting and WriteFailed (one line for the user) when
    the folder can't be written.
    """
    path = Path(path)
    data = render_minutes(snapshot_meeting(db, meeting_id, today=today))
    write_atomically(path, data)
    return path
