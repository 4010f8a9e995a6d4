"""The shipped fonts, offered to Qt as fallbacks, so a name in Chinese, Korean, Arabic or
Hebrew, or an emoji, shows as typed in every window even on a system without such fonts."""

from __future__ import annotations

from facilitator.paths import FONT_DIR

FALLBACK_FILES = (
    "DroidSansFallbackFull.ttf",
    "NanumSquareR.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansHebrew-Regular.ttf",
    "Symbola.ttf",
)
"""Scripts the usual desktop font lacks; Latin, Greek and Cyrillic are left to the system."""
SYSTEM_SCRIPTS_END = 0x0530
"""Below this code point lie Latin, Greek and Cyrillic: text of those needs no fallback font."""

_registered: list[str] | None = None


def needs_fallback(text: str) -> bool:
    """Whether text may show a script only the fallback fonts have (see FALLBACK_FILES)."""
    return any(ord(char) >= SYSTEM_SCRIPTS_END for char in text)


def register_fallback_fonts() -> list[str]:
    """Adds the shipped fallback fonts to the application's font database; their families.

    Qt's font matching then finds a glyph in them when the system's fonts have none. A file
    Qt can't read is skipped: the windows still work, with boxes for that script. Reading the
    files takes a few milliseconds, so the app does it once, after its first paint unless that
    frame shows such text (needs_fallback); later calls return the families registered then.
    """
    from PySide6.QtGui import QFontDatabase

    global _registered
    if _registered is not None:
        return list(_registered)
    families: list[str] = []
    for name in FALLBACK_FILES:
        font_id = QFontDatabase.addApplicationFont(str(FONT_DIR / name))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    _registered = families
    return list(families)
