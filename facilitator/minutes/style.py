"""The minutes' look: the A4 page, its margins, the colours and the named paragraph styles."""

from __future__ import annotations

from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm

from facilitator.minutes import fonts
from facilitator.vocabulary import (
    DisputeStatus,
    NoteKind,
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
TABLE_FONT = ("FONTNAME", (0, 0), (-1, -1), fonts.BODY_FONT)
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


@cache
def stylesheet() -> StyleSheet1:
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
    add("Change", "Body", leftIndent=4 * mm, bulletIndent=0, bulletColor=MUTED, spaceAfter=2)
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
