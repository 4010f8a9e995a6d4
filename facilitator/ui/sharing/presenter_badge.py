"""The shared view's address in a corner of the presenter screen, as text and a QR code, so
anyone in the room can open the clock on a phone."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from facilitator.ui.sharing.qr_image import qr_pixmap

MARGIN = 12


class PresenterBadge(QWidget):
    """A white card (black on white reads on any phase colour) kept in the bottom-right corner."""

    def __init__(self, presenter: QWidget, url: str) -> None:
        super().__init__(presenter)
        self.setObjectName("shareBadge")
        self.setAutoFillBackground(True)
        self.setStyleSheet("#shareBadge { background: #FFFFFF; } QLabel { color: #000000; }")
        self.qr_label = QLabel(objectName="shareBadgeQr")
        self.qr_label.setPixmap(qr_pixmap(url, scale=3))
        self.url_label = QLabel(url, objectName="shareBadgeUrl")
        self.url_label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.qr_label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(QLabel("The clock on your phone:", objectName="shareBadgeCaption"))
        layout.addWidget(self.url_label)
        presenter.installEventFilter(self)
        self._place()
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Resize:
            self._place()
        return super().eventFilter(watched, event)

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        self.adjustSize()
        self.move(parent.width() - self.width() - MARGIN, parent.height() - self.height() - MARGIN)
