"""Paragraphs of the minutes: user text escaped and laid out by script, our own words, cells."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from weakref import WeakKeyDictionary

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.platypus import (
    Flowable,
    Paragraph,
)
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag, ParaParser

from facilitator.language import _
from facilitator.minutes import fonts
from facilitator.minutes.style import (
    CELL_CHARACTERS,
    CELL_LINES,
    SHORTENED_TO,
)

_PLAIN_FRAGS: WeakKeyDictionary[ParagraphStyle, ParaFrag] = WeakKeyDictionary()
"""Per style, the fragment ReportLab's parser makes of a plain word, to copy for plain text."""


def _plain_frags(markup: str, style: ParagraphStyle) -> list[ParaFrag] | None:
    """What ReportLab's parser would make of markup without tags or entities, minus the parsing.

    Most notes and labels are one plain line, and parsing them was a tenth of the layout; None
    for anything else, which goes through the parser as usual.
    """
    if "<" in markup or "&" in markup:
        return None
    cleaned = _cleaned(markup) if len(markup) <= _KEPT_CLEAN else cleanBlockQuotedText(markup)
    if not cleaned:
        return None
    template = _PLAIN_FRAGS.get(style)
    if template is None:
        _, frags, _ = ParaParser().parse("x", style)
        template = _PLAIN_FRAGS[style] = frags[0]
    frag = ParaFrag.__new__(ParaFrag)  # clone() less its keyword-argument round trip
    frag.__dict__.update(template.__dict__, text=cleaned, link=[], us_lines=[])
    return [frag]


_KEPT_CLEAN = 200
"""Texts up to this long have their clean form kept; longer ones are seldom printed twice."""


@lru_cache(maxsize=4096)
def _cleaned(markup: str) -> str:
    """ReportLab's whitespace clean-up of a short plain text, kept: its regular expressions cost
    as much as the rest of making the paragraph, and labels, names and dates recur."""
    return str(cleanBlockQuotedText(markup))


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


@lru_cache(maxsize=4096)
def _short_markup(value: str) -> str | None:
    """The markup of a short text, None when it has right-to-left characters; kept, as names,
    labels and dates recur, and normalising, splitting by font and escaping each was most of
    making its paragraph."""
    return None if fonts.has_rtl(value) else fonts.markup(value)


def text(value: str, style: ParagraphStyle, bullet: str | None = None) -> Flowable:
    """A paragraph of user text: escaped, a font per script run, right-to-left lines reordered."""
    if len(value) > LONG_TEXT:
        return _LongText(value, style, bullet)
    marked = _short_markup(value) if len(value) <= _KEPT_CLEAN else None
    if marked is None:
        if fonts.has_rtl(value):
            return _BidiParagraph(value, style, bullet)
        marked = fonts.markup(value)
    return _Paragraph(marked, style, bulletText=bullet)


def fixed(value: str, style: ParagraphStyle, bullet: str | None = None) -> Paragraph:
    """A paragraph of our own words (labels, dates, counts); escaped all the same."""
    return _Paragraph(fonts.escape(value), style, bulletText=bullet)


def clip(value: str, limit: int) -> str:
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def fit(value: str, width: float, size: float) -> str:
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


class InFull:
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
            fixed(
                _("Continued in full below the table ({ref}).").format(ref=ref),
                self.styles["CellMuted"],
            ),
        ]

    def flowables(self) -> list[Flowable]:
        if not self.entries:
            return []
        story: list[Flowable] = [fixed(
            _("In full: text too long for the table"), self.styles["Sub"]
        )]
        story += [text(value, self.styles["Note"], bullet=ref) for ref, value in self.entries]
        return story
