"""Every colour the app sets itself reads in both schemes, and follows a scheme change live.

Qt's offscreen and plain xcb platforms cannot change the system's colour scheme
(QStyleHints.setColorScheme does nothing there), so the tests send the change the way a
desktop does: through QStyleHints.colorSchemeChanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from facilitator.rules.clock import Phase
from facilitator.ui.common import palette_colours
from facilitator.ui.common.palette_colours import (
    CLOCK_PHASES,
    DARK_BACKGROUNDS,
    ERROR,
    GRID,
    LIGHT_BACKGROUNDS,
    MET_BAR,
    MISSED_BAR,
    OVER_CAP_BAR,
    OVERRUN_PULSE,
    PHASE_COLOURS,
    SUCCESS,
    SchemeColour,
    SchemePair,
    contrast_ratio,
    dark_scheme,
    tint,
)

UI = Path(__file__).resolve().parents[2] / "facilitator" / "ui"
GRAPHICS = {"MET_BAR", "MISSED_BAR", "OVER_CAP_BAR"}
"""Bars, not text: WCAG asks 3:1 of them."""
DECORATION = {"GRID"}
"""Held to no contrast."""
HEX = re.compile(r"""["'][^"'\n]*#[0-9a-fA-F]{6}\b""")
"""A '#rrggbb' inside a string: a colour of the app's own, which belongs in palette_colours."""
SCHEME_FREE = {"sharing/qr_image.py", "sharing/presenter_badge.py"}
"""A QR code and the badge around it stay black on white in either scheme, for the camera."""


def _named(kind: type) -> dict[str, object]:
    return {
        name: value
        for name, value in vars(palette_colours).items()
        if isinstance(value, kind) and name.isupper()
    }


def _worst(text: str, backgrounds: tuple[str, ...]) -> float:
    return min(contrast_ratio(QColor(text), QColor(back)) for back in backgrounds)


@pytest.fixture
def scheme(qapp) -> Iterator[Callable[[Qt.ColorScheme], None]]:
    """Sends a colour scheme change as the desktop would; back to light at the end."""
    hints = QGuiApplication.styleHints()

    def switch(to: Qt.ColorScheme) -> None:
        hints.colorSchemeChanged.emit(to)

    yield switch
    switch(Qt.ColorScheme.Light)


def test_every_text_colour_reads_on_the_themes_backgrounds_in_both_schemes():
    colours = _named(SchemeColour)
    assert {"ERROR", "CAUTION", "SUCCESS", "MISSED"} <= set(colours)
    for name, colour in colours.items():
        assert isinstance(colour, SchemeColour)
        if name in DECORATION:
            continue
        least = 3.0 if name in GRAPHICS else 4.5
        assert _worst(colour.light, LIGHT_BACKGROUNDS) >= least, name
        assert _worst(colour.dark, DARK_BACKGROUNDS) >= least, name
    assert {*GRAPHICS, *DECORATION} <= set(colours)


def test_the_clock_and_the_presenter_screen_keep_seven_to_one_in_both_schemes():
    pairs = _named(SchemePair)
    assert set(CLOCK_PHASES) == set(Phase) and "REMINDER" in pairs
    for pair in [*CLOCK_PHASES.values(), *pairs.values()]:
        assert isinstance(pair, SchemePair)
        for text, back in (pair.light, pair.dark):
            assert contrast_ratio(QColor(text), QColor(back)) >= 7.0, (text, back)
    for colours in [*PHASE_COLOURS.values(), *OVERRUN_PULSE]:
        assert contrast_ratio(colours.foreground, colours.background) >= 7.0


def test_the_dark_variants_differ_where_the_theme_turns_dark():
    for colour in (ERROR, MET_BAR, MISSED_BAR, OVER_CAP_BAR):
        assert QColor(colour.dark).lightness() > QColor(colour.light).lightness()
    assert QColor(GRID.dark).lightness() < QColor(GRID.light).lightness()
    normal = CLOCK_PHASES[Phase.NORMAL]
    assert QColor(normal.dark[1]).lightness() < 64 < QColor(normal.light[1]).lightness()


def test_no_colour_is_written_into_the_ui_outside_palette_colours():
    found = [
        f"{path.relative_to(UI)}:{number}"
        for path in UI.rglob("*.py")
        if path.name != "palette_colours.py" and str(path.relative_to(UI)) not in SCHEME_FREE
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if HEX.search(line)
    ]
    assert found == []


def test_a_tinted_label_takes_the_dark_variant_when_the_scheme_changes(
    qtbot: QtBot, scheme: Callable[[Qt.ColorScheme], None]
):
    label = QLabel("Refused: the title is empty")
    qtbot.addWidget(label)
    tint(label, ERROR)
    assert ERROR.light in label.styleSheet() and not dark_scheme()

    scheme(Qt.ColorScheme.Dark)
    assert dark_scheme()
    assert ERROR.dark in label.styleSheet()

    tint(label, None)
    scheme(Qt.ColorScheme.Light)
    assert label.styleSheet() == ""


def test_list_and_tree_rows_filled_before_the_change_take_the_other_variant(
    qtbot: QtBot, scheme: Callable[[Qt.ColorScheme], None]
):
    rows = QListWidget()
    qtbot.addWidget(rows)
    overdue, plain = QListWidgetItem("Rebuild lead scoring · OVERDUE"), QListWidgetItem("Open")
    rows.addItem(overdue)
    rows.addItem(plain)
    overdue.setForeground(ERROR.colour())
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    tree.setColumnCount(2)
    mail = QTreeWidgetItem(["ana@example.com", "accepted"])
    tree.addTopLevelItem(mail)
    mail.setForeground(1, SUCCESS.colour())

    scheme(Qt.ColorScheme.Dark)
    assert overdue.foreground().color() == QColor(ERROR.dark)
    assert mail.foreground(1).color() == QColor(SUCCESS.dark)
    assert plain.foreground().style() == Qt.BrushStyle.NoBrush  # the theme's own text colour

    scheme(Qt.ColorScheme.Light)
    assert overdue.foreground().color() == QColor(ERROR.light)
    assert mail.foreground(1).color() == QColor(SUCCESS.light)


def _panel_colour(panel: QWidget) -> str:
    return panel.grab().toImage().pixelColor(4, 4).name()


def test_the_consoles_clock_turns_dark_live_with_the_system(
    open_console: Callable[..., QWidget],
    meeting_id: int,
    qtbot: QtBot,
    scheme: Callable[[Qt.ColorScheme], None],
):
    console = open_console(meeting_id)
    qtbot.keyClick(console, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    panel = console.findChild(QWidget, "clockPanel")
    assert panel is not None
    light, dark = CLOCK_PHASES[Phase.NORMAL].light[1], CLOCK_PHASES[Phase.NORMAL].dark[1]
    qtbot.waitUntil(lambda: _panel_colour(panel) == light)

    scheme(Qt.ColorScheme.Dark)
    qtbot.waitUntil(lambda: _panel_colour(panel) == dark)

    scheme(Qt.ColorScheme.Light)
    qtbot.waitUntil(lambda: _panel_colour(panel) == light)
