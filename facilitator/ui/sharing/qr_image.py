"""A QR code as a picture Qt shows: segno draws it, a QLabel holds it."""

from __future__ import annotations

import io

import segno
from PySide6.QtGui import QPixmap


def qr_pixmap(text: str, *, scale: int = 4) -> QPixmap:
    """The code of `text`, black on white with the quiet zone readers need."""
    code = segno.make(text, error="m")
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=scale, border=4, dark="#000000", light="#FFFFFF")
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap
