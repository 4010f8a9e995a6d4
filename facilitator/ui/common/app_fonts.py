"""The shipped fonts, offered to Qt as fallbacks, so a name in Chinese, Korean, Arabic or
Hebrew, or an emoji, shows as typed in every window even on a system without such fonts."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from facilitator.paths import FONT_DIR

FALLBACK_FILES = (
    "DroidSansFallbackFull.ttf",
    "NanumSquareR.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansHebrew-Regular.ttf",
    "Symbola.ttf",
)
"""Scripts the usual desktop font lacks; Latin, Greek and Cyrillic are left to the system."""


def register_fallback_fonts() -> list[str]:
    """Adds the shipped fallback fonts to the application's font database; their families.

    Qt's font matching then finds a glyph in them when the system's fonts have none. A file
    Qt can't read is skipped: the windows still work, with boxes for that script.
    """
    families: list[str] = []
    for name in FALLBACK_FILES:
        font_id = QFontDatabase.addApplicationFont(str(FONT_DIR / name))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families
