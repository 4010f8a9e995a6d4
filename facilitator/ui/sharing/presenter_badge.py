"""The shared view's address in a corner of the presenter screen, as text and a QR code, so
anyone in the room can open the clock on a phone."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from facilitator.ui.sharing.qr_image import qr_pixmap

MARGIN = 12
CAPTION_PIXELS = 13


class PresenterBadge(QWidget):
    """A white card (black on white reads on any phase colour) kept in the top-right corner,
    clear of the digits and of the meeting's time left; the address breaks after /v/."""

    def __init__(self, presenter: QWidget, url: str) -> None:
        super().__init__(presenter)
        self.setObjectName("shareBadge")
        self.setAutoFillBackground(True)
        palette = self.palette()  # its own, not the phase colours the presenter screen sets
        palette.setColor(QPalette.ColorRole.Window, QColor("#FFFFFF"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#000000"))
        self.setPalette(palette)
        font = QFont(self.font())
        font.setPixelSize(CAPTION_PIXELS)
        self.qr_label = QLabel(objectName="shareBadgeQr")
        self.qr_label.setPixmap(qr_pixmap(url, scale=3))
        caption = QLabel(self.tr("The clock on your phone:"), objectName="shareBadgeCaption")
        self.url_label = QLabel(url.replace("/v/", "/v/\n", 1), objectName="shareBadgeUrl")
        self.url_label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(4)
        layout.addWidget(self.qr_label, 0, Qt.AlignmentFlag.AlignHCenter)
        for label in (caption, self.url_label):
            label.setFont(font)
            layout.addWidget(label)
        presenter.installEventFilter(self)
        self.show()
        self.raise_()
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Resize:
            self._place()
        return super().eventFilter(watched, event)

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        self.adjustSize()
        self.move(parent.width() - self.width() - MARGIN, MARGIN)
