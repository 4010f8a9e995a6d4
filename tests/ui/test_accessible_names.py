"""Every interactive control a screen reader reaches has a name and a description (issue #21
point 4): in each top-level window of the app, no button, edit, box, view, slider or tab bar
whose QAccessible interface gives an empty Name or Description.

The name is what Qt's accessibility bridge tells the screen reader: a button's text, a buddy
label's text, or setAccessibleName; the description comes from the tooltip, the What's This or
setAccessibleDescription. The windows are the ones test_small_screens builds.

Every control has a name and a description, in every window.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)
from test_small_screens import WINDOWS, _place

from facilitator.storage.database import Database

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QScrollBar,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QAbstractSlider,
    QTabBar,
)



def _reachable(widget: QWidget) -> bool:
    """A control a user can reach: shown, and not a part Qt draws inside another control."""
    if not widget.isVisibleTo(widget.window()) or widget.objectName().startswith("qt_"):
        return False
    if isinstance(widget, (QHeaderView, QScrollBar)):
        return False
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return False
        parent = parent.parentWidget()
    return True


def _lacking(window: QWidget, text: QAccessible.Text) -> list[str]:
    missing = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not _reachable(widget):
            continue
        face = QAccessible.queryAccessibleInterface(widget)
        if face is None or not face.text(text).strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return sorted(missing)


@pytest.mark.parametrize("name", WINDOWS)
def test_every_control_has_a_name(
    name: str, show, demo: Database, settings: QSettings, tmp_path: Path
) -> None:
    window = show(WINDOWS[name](_place(demo, settings, tmp_path)))
    assert _lacking(window, QAccessible.Text.Name) == []


@pytest.mark.parametrize("name", WINDOWS)
def test_every_control_has_a_description(
    name: str, show, demo: Database, settings: QSettings, tmp_path: Path
) -> None:
    window = show(WINDOWS[name](_place(demo, settings, tmp_path)))
    assert _lacking(window, QAccessible.Text.Description) == []
