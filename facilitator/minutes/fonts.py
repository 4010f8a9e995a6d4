"""The fonts the minutes print with: which font draws each run of text, and right-to-left lines.

ReportLab has no font fallback: a character missing from the paragraph's font prints as a blank
box or nothing. So every run of user text is given, character by character, the first shipped
font that has it, and a character that no shipped font has becomes a visible REPLACEMENT mark.
Hebrew and Arabic are laid out here too: Arabic letters are joined with arabic-reshaper, lines are
broken in reading order and then put in display order with python-bidi, one line at a time.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from bidi import get_base_level, get_display
from bidi.mirror import MIRRORED
from reportlab.pdfbase import pdfmetrics

from facilitator.fontcache.font_cache import coverage, load_font
from facilitator.minutes import tounicode
from facilitator.paths import FONT_DIR

if TYPE_CHECKING:
    from arabic_reshaper import ArabicReshaper

REPLACEMENT = "\ufffd"
"""Printed for a character that no shipped font has, such as Thai or the newest emoji."""


@dataclass(frozen=True)
class Face:
    """One shipped typeface; a missing style falls back to the regular file."""

    family: str
    regular: str
    bold: str | None = None
    italic: str | None = None

    @property
    def bold_name(self) -> str:
        return f"{self.family}-Bold" if self.bold else self.family

    @property
    def italic_name(self) -> str:
        return f"{self.family}-Italic" if self.italic else self.family


SANS = Face("MinutesSans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")
ARABIC = Face("MinutesArabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf")
HEBREW = Face("MinutesHebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf")
CJK = Face("MinutesCJK", "DroidSansFallbackFull.ttf")
HANGUL = Face("MinutesHangul", "NanumSquareR.ttf", "NanumSquareB.ttf")
SYMBOLS = Face("MinutesSymbols", "Symbola.ttf")
"""Monochrome emoji and symbols (Unicode 9): the last resort before REPLACEMENT."""
FACES: tuple[Face, ...] = (SANS, ARABIC, HEBREW, CJK, HANGUL, SYMBOLS)

BODY_FONT = SANS.family
BOLD_FONT = SANS.bold_name
ITALIC_FONT = SANS.italic_name

_ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF))
_ARABIC_RANGES += ((0xFE70, 0xFEFF),)
_HEBREW_RANGES = ((0x0590, 0x05FF), (0xFB1D, 0xFB4F))
_HANGUL_RANGES = ((0x1100, 0x11FF), (0x3130, 0x318F), (0xA960, 0xA97F), (0xAC00, 0xD7FF))
_DROPPED_CATEGORIES = ("Cf",)
_VARIATION_SELECTORS = ((0xFE00, 0xFE0F), (0xE0100, 0xE01EF))

def _within(code: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(low <= code <= high for low, high in ranges)


@cache
def register_fonts() -> None:
    """Register the body face; the others are read on first use, as most minutes need none."""
    tounicode.install()
    _register(SANS)


@cache
def _register(face: Face) -> None:
    """Register one shipped face once per process, as a family, so <b> and <i> work in it."""
    pdfmetrics.registerFont(load_font(face.family, FONT_DIR / face.regular))
    if face.bold:
        pdfmetrics.registerFont(load_font(face.bold_name, FONT_DIR / face.bold))
    if face.italic:
        pdfmetrics.registerFont(load_font(face.italic_name, FONT_DIR / face.italic))
    pdfmetrics.registerFontFamily(
        face.family,
        normal=face.family,
        bold=face.bold_name,
        italic=face.italic_name,
        boldItalic=face.bold_name,
    )


@cache
def _coverage(family: str) -> frozenset[int]:
    """The characters every style of a face can draw (a glyph other than .notdef).

    Read from the font cache without loading the face: a face is loaded (registered) only when
    face_for gives a character of the document to it.
    """
    face = next(f for f in FACES if f.family == family)
    files = {face.regular, face.bold or face.regular, face.italic or face.regular}
    return frozenset.intersection(*(coverage(FONT_DIR / file) for file in files))


def covers(family: str, char: str) -> bool:
    return ord(char) in _coverage(family)


def _preference(char: str) -> tuple[Face, ...]:
    """Which faces to try for a character, the script's own face first."""
    code = ord(char)
    if _within(code, _ARABIC_RANGES):
        return (ARABIC, SANS)
    if _within(code, _HEBREW_RANGES):
        return (HEBREW, SANS)
    if _within(code, _HANGUL_RANGES):
        return (HANGUL, CJK)
    return FACES


@cache
def face_for(char: str) -> Face | None:
    """The best shipped face for a character on its own, or None when none has it."""
    for face in (*_preference(char), *FACES):
        if covers(face.family, char):
            register_fonts()
            _register(face)
            return face
    return None


def _dropped(char: str) -> bool:
    """Invisible format characters (joiners, direction marks, variation selectors)."""
    code = ord(char)
    return unicodedata.category(char) in _DROPPED_CATEGORIES or _within(code, _VARIATION_SELECTORS)


def printable(text: str) -> str:
    """The text as it will print: NFC, plain line ends, tabs as spaces, uncovered -> REPLACEMENT.

    Storage keeps what was typed; only the printed copy is normalised, so combining marks that
    have a precomposed form print as one glyph with the mark in place.
    """
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    if text.isascii() and text.isprintable():
        return text
    return "".join(map(_printed, text))


@cache
def _printed(char: str) -> str:
    """How one character prints, worked out once per process: notes repeat the same letters."""
    if char == "\n":
        return char
    if char == "\t":
        return " "
    if _dropped(char):
        return ""
    if unicodedata.category(char) == "Cc" or not _printable_alone(char):
        return _fallback(char)
    return char


def _printable_alone(char: str) -> bool:
    """A shipped face has the character (emoji beyond U+FFFF too: see tounicode)."""
    return face_for(char) is not None


def _fallback(char: str) -> str:
    """A compatibility character no face has prints as its plain form (an Arabic presentation
    form as its letter, a mathematical bold A as A); anything else as REPLACEMENT."""
    decomposed = unicodedata.normalize("NFKC", char)
    if decomposed != char and all(_printable_alone(c) for c in decomposed):
        return decomposed
    return REPLACEMENT


def runs(line: str) -> Iterator[tuple[Face, str]]:
    """Split one printable line into runs that each one face draws.

    Letters go to their script's face; spaces, digits and punctuation stay in the face of the run
    they sit in when it has them, so a Chinese sentence is not cut at every comma.
    """
    if line.isascii() and _ascii_is_sans():
        if line:
            yield SANS, line
        return
    current: Face | None = None
    chunk: list[str] = []
    for char in line:
        best, letter = _char_face(char)
        if current is not None and not letter and covers(current.family, char):
            best = current
        if current is not None and best is not current and chunk:
            yield current, "".join(chunk)
            chunk = []
        current = best
        chunk.append(char)
    if current is not None and chunk:
        yield current, "".join(chunk)


@cache
def _char_face(char: str) -> tuple[Face, bool]:
    """A character's own face and whether it is a letter, looked up once per character."""
    return face_for(char) or SANS, unicodedata.category(char)[0] == "L"


@cache
def _ascii_is_sans() -> bool:
    """Every printable ASCII character is drawn by the body face, so ASCII lines are one run."""
    return all(_char_face(chr(code))[0] is SANS for code in range(0x20, 0x7F))


def escape(text: str) -> str:
    """&, < and > as entities, as xml.sax.saxutils does (whose import pulls in urllib and ssl)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _markup_line(line: str) -> str:
    parts = []
    for face, text in runs(line):
        escaped = escape(text)
        if face is SANS:
            parts.append(escaped)
        else:
            parts.append(f'<font face="{face.family}">{escaped}</font>')
    return "".join(parts)


def markup(text: str) -> str:
    """User text as safe ReportLab paragraph markup: escaped, one font per run, lines as <br/>."""
    return "<br/>".join(_markup_line(line) for line in printable(text).split("\n"))


def visual_markup(lines: list[str]) -> str:
    """Markup for lines already in display order (see rtl_lines)."""
    return "<br/>".join(_markup_line(line) for line in lines)


def has_rtl(text: str) -> bool:
    """Whether any character reads right to left, so the line needs bidi layout."""
    if text.isascii():
        return False
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in set(text))


def _is_arabic(text: str) -> bool:
    """Each distinct character is looked at once: a long note repeats the same few hundred."""
    return any(_within(ord(char), _ARABIC_RANGES) for char in set(text))


def shape(text: str) -> str:
    """Arabic letters in their joined forms, still in reading order."""
    return _reshaper().reshape(text) if _is_arabic(text) else text


@cache
def _reshaper() -> ArabicReshaper:
    """Made for the first Arabic text: most minutes have none, and arabic-reshaper with its
    configuration parser was 6 ms of the render path's imports."""
    from arabic_reshaper import ArabicReshaper

    return ArabicReshaper(
        configuration={
            "delete_harakat": False,
            "delete_tatweel": False,
            "support_ligatures": True,
        }
    )


@cache
def _char_width(char: str, face: Face, bold: bool, size: float) -> float:
    name = face.bold_name if bold else face.family
    return pdfmetrics.stringWidth(char, name, size)


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """Printed width of a printable line, each run in its own face."""
    return sum(_char_width(char, face, bold, size) for face, chunk in runs(text) for char in chunk)


def _clusters(word: str) -> list[str]:
    """A word cut into characters that keep their combining marks."""
    clusters: list[str] = []
    for char in word:
        if clusters and unicodedata.category(char).startswith("M"):
            clusters[-1] += char
        else:
            clusters.append(char)
    return clusters


def _advance(
    face: Face | None, width: float, text: str, size: float, bold: bool
) -> tuple[Face | None, float]:
    """text_width carried on past a line's end: the face runs() would be in after text, and the
    width so far with text's characters added one by one, in the order text_width adds them."""
    for char in text:
        own, letter = _char_face(char)
        if face is not None and not letter and covers(face.family, char):
            own = face
        face = own
        width += _char_width(char, own, bold, size)
    return face, width


def _break(paragraph: str, width: float, size: float, bold: bool) -> list[str]:
    """Greedy line breaking in reading order; a word wider than a line is cut between letters.

    The line's width is carried along rather than measured again for every word, so a paragraph
    of a million characters breaks in time linear in its length, into the same lines.
    """
    lines: list[str] = []
    line, face, full, inked = "", None, 0.0, 0.0
    for token in re.split(r"( +)", paragraph):
        if not token:
            continue
        spaces = token.startswith(" ")
        after, wide = _advance(face, full, token, size, bold)
        if (inked if spaces else wide) <= width:
            line, face, full, inked = line + token, after, wide, inked if spaces else wide
            continue
        if spaces:
            lines.append(line.rstrip(" "))
            line, face, full, inked = "", None, 0.0, 0.0
            continue
        if line.strip():
            lines.append(line.rstrip(" "))
            line, face, full, inked = "", None, 0.0, 0.0
        for cluster in _clusters(token):
            after, wide = _advance(face, full, cluster, size, bold)
            if line and wide > width:
                lines.append(line)
                after, wide = _advance(None, 0.0, cluster, size, bold)
                line = ""
            line, face, full, inked = line + cluster, after, wide, wide
    if line.strip() or not lines:
        lines.append(line.rstrip(" "))
    return lines


_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")


def _levels(line: str, base: int) -> list[int] | None:
    """The embedding level of each character, from python-bidi's own resolution.

    python-bidi reorders but does not mirror brackets, and hands its levels out only in its
    debug report; they are one per UTF-8 byte. None when the report can't be read.
    """
    report = str(get_display(line, base_dir="R" if base else "L", debug=True))
    _, found, rest = report.partition("levels:")
    if not found:
        return None
    per_byte = [int(level) for level in _LEVEL.findall(rest.partition("paragraphs:")[0])]
    if len(per_byte) != len(line.encode("utf-8")):
        return None
    levels: list[int] = []
    offset = 0
    for char in line:
        levels.append(per_byte[offset])
        offset += len(char.encode("utf-8"))
    for index in range(len(line) - 1, -1, -1):
        if not line[index].isspace():
            break
        levels[index] = base
    return levels


def _reorder(line: str, levels: list[int]) -> str:
    """Rules L2 and L4 of the bidi algorithm: reverse runs by level, mirror brackets in RTL runs."""
    chars = [MIRRORED.get(c, c) if level % 2 else c for c, level in zip(line, levels, strict=True)]
    odd = [level for level in levels if level % 2]
    if not odd:
        return "".join(chars)
    order = list(range(len(chars)))
    for level in range(max(levels), min(odd) - 1, -1):
        start = 0
        while start < len(order):
            if levels[order[start]] < level:
                start += 1
                continue
            end = start
            while end < len(order) and levels[order[end]] >= level:
                end += 1
            order[start:end] = order[start:end][::-1]
            start = end
    return "".join(chars[index] for index in order)


def display_order(line: str, base: int) -> str:
    """One line in the order it is drawn, left to right; base is 1 for a right-to-left line.

    A combining mark in a right-to-left run ends up before its letter, which is where the shipped
    Hebrew and Arabic fonts expect it: their marks have no advance and reach rightwards.
    """
    levels = _levels(line, base)
    if levels is None:
        return str(get_display(line, base_dir="R" if base else "L"))
    return _reorder(line, levels)


def rtl_lines(
    text: str, width: float, size: float, *, bold: bool = False
) -> tuple[list[str], bool]:
    """Display-order lines of text that mixes directions, and whether it reads right to left.

    Each source line keeps its own base direction (from its first strong character); lines are
    broken before reordering, so a long Hebrew or Arabic note wraps top to bottom correctly.
    """
    out: list[str] = []
    right_to_left = False
    for number, source in enumerate(printable(text).split("\n")):
        shaped = shape(source)
        base = get_base_level(shaped) if shaped.strip() else 0
        if number == 0:
            right_to_left = base == 1
        for line in _break(shaped, width, size, bold):
            out.append(display_order(line, base) if base or has_rtl(line) else line)
    return out, right_to_left
