"""The shipped fonts back the windows up: text in scripts a bare system lacks still shows."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QRawFont

from facilitator.ui.common.app_fonts import register_fallback_fonts


def test_the_shipped_fonts_cover_cjk_arabic_hebrew_and_emoji(qapp) -> None:
    families = register_fallback_fonts()
    assert {"Droid Sans Fallback", "Noto Sans Arabic", "Noto Sans Hebrew", "Symbola"} <= set(
        families
    )
    assert "Droid Sans Fallback" in QFontDatabase.families(
        QFontDatabase.WritingSystem.SimplifiedChinese
    )
    for family, text in [
        ("Droid Sans Fallback", "王芳"),
        ("Noto Sans Arabic", "مرحبا"),
        ("Noto Sans Hebrew", "שלום"),
        ("Symbola", "🎉"),
    ]:
        raw = QRawFont.fromFont(QFont(family))
        assert raw.familyName() == family
        assert all(raw.supportsCharacter(ord(char)) for char in text), family
