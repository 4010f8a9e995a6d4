"""The app's icon: every window of a started app shows the shipped Facilitator icon."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator.resource_folder import resource_folder
from facilitator.ui.app import APP_ICON, run
from facilitator.ui.common import messages
from facilitator.ui.main_window import MainWindow


@pytest.fixture
def started_windows(
    qapp, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[list[MainWindow]]:
    """Start the app as a user does, up to where they would start clicking, with no icon yet."""
    QApplication.setWindowIcon(QIcon())
    monkeypatch.setattr(QApplication, "exec", lambda *_args: 0)
    monkeypatch.setattr(messages, "ask", lambda *_args: QMessageBox.StandardButton.No)
    assert run(db_path, is_default=True, argv=[]) == 0
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    yield windows
    for window in windows:
        window.close()
        window.deleteLater()


def test_the_icon_is_a_shipped_file() -> None:
    icon = resource_folder() / APP_ICON
    assert icon.is_file()
    assert "<svg" in icon.read_text(encoding="utf-8")


def test_a_started_app_shows_the_facilitator_icon(started_windows: list[MainWindow]) -> None:
    assert started_windows
    for window in started_windows:
        image = window.windowIcon().pixmap(64, 64).toImage()
        assert not image.isNull()
        scale = image.width() / 64
        face = image.pixelColor(int(22 * scale), int(42 * scale))
        frame = image.pixelColor(int(6 * scale), int(32 * scale))
        assert face == QColor("#ffffff")
        assert frame == QColor("#1f5f8b")
