"""A readable text layer for characters beyond U+FFFF (emoji) in ReportLab's PDF fonts.

ReportLab writes each font subset's ToUnicode map with four hex digits per character, so U+1F680
becomes "<1F680>", which PDF readers can't decode: copying or searching the minutes would lose
every emoji. The PDF rule is UTF-16BE, a surrogate pair for such characters; install() puts a map
writer that follows it in ReportLab's place, once, before any minutes are drawn.
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import ttfonts

_original = ttfonts.makeToUnicodeCMap


@cache
def _utf16_hex(code: int) -> str:
    """Kept per character: every export maps the same few hundred again."""
    return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()


def to_unicode_cmap(fontname: str, subset: list[object]) -> str:
    """ReportLab's ToUnicode CMap for one subset, with UTF-16 targets; other entries as before."""
    if not all(isinstance(code, int) and 0 <= code <= 0x10FFFF for code in subset):
        return _original(fontname, subset)
    codes: list[int] = [code for code in subset if isinstance(code, int)]
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(codes) - 1:02X}>",
        "endcodespacerange",
        f"{len(codes)} beginbfchar",
        *(f"<{index:02X}> <{_utf16_hex(code)}>" for index, code in enumerate(codes)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


@cache
def install() -> None:
    """Make ReportLab write UTF-16 ToUnicode maps (idempotent)."""
    ttfonts.makeToUnicodeCMap = to_unicode_cmap
