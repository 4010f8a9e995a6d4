"""Every colour the app sets itself, each with its light and dark variant, and the switch
between them when the system's colour scheme changes while the app runs.

The theme's own colours (window, text, selection) come from the platform and change with it;
only what the app paints on top of them is kept here, so one test can check every pair's
contrast in both schemes: text at least 4.5:1 (WCAG AA) on the theme's backgrounds, text on
the presenter screen and the console's clock at least 7:1 (AAA), and the trend chart's bars
at least 3:1 (WCAG's non-text contrast). A colour never says anything alone: a word does too.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QTableWidget,
    QTreeWidget,
    QTreeWidgetItemIterator,
    QWidget,
)
from shiboken6 import isValid

from facilitator.rules.clock import Phase
from facilitator.vocabulary import Team

_SCHEME_COLOURS: list[SchemeColour] = []
"""Every SchemeColour made, so a scheme change can find their variants in list items."""

LIGHT_BACKGROUNDS = ("#ffffff", "#efefef", "#f0f0f0")
"""The light themes' window and field backgrounds (Fusion, Windows, macOS, GNOME)."""
DARK_BACKGROUNDS = ("#1e1e1e", "#202020", "#2b2b2b", "#2d2d2d", "#353535")
"""The dark themes' window and field backgrounds (Fusion, Windows 11, macOS, Breeze)."""


@dataclass(frozen=True)
class SchemeColour:
    """One colour the app sets, as it is in the light scheme and in the dark one."""

    light: str
    dark: str

    def __post_init__(self) -> None:
        _SCHEME_COLOURS.append(self)

    def colour(self) -> QColor:
        """The variant for the scheme in force now."""
        return QColor(self.dark if dark_scheme() else self.light)

    def name(self) -> str:
        """The variant for the scheme in force now, as '#rrggbb' for a style sheet."""
        return self.colour().name()


@dataclass(frozen=True)
class PhaseColours:
    """Text on background for one phase; the pair must keep a contrast of at least 7:1."""

    foreground: QColor
    background: QColor


@dataclass(frozen=True)
class SchemePair:
    """Text on a background of the app's own, in the light scheme and in the dark one."""

    light: tuple[str, str]
    dark: tuple[str, str]

    def pair(self) -> PhaseColours:
        text, back = self.dark if dark_scheme() else self.light
        return PhaseColours(QColor(text), QColor(back))


# --- text on the theme's own background (at least 4.5:1) -----------------------------------

ERROR = SchemeColour("#b3261e", "#ff8a80")
"""A refusal, a problem with what was typed, an overdue item, a plan over its cap."""
CAUTION = SchemeColour("#7a0000", "#ffab91")
"""A warning that stays on screen: the moderator's team, a note that could not be kept."""
SUCCESS = SchemeColour("#1b5e20", "#81c784")
"""Sent, accepted, a goal met."""
MISSED = SchemeColour("#b00020", "#ff9e80")
"""A measure that missed its goal."""
MUTED = SchemeColour("#606060", "#b0b0b0")
"""The trend chart's labels."""
TARGET_LINE = SchemeColour("#202020", "#e0e0e0")
"""The trend chart's goal line."""

# --- the trend chart's graphics (at least 3:1) ----------------------------------------------

MET_BAR = SchemeColour("#4f7fb0", "#7fa8d8")
MISSED_BAR = SchemeColour("#c62828", "#ef7a7a")
GRID = SchemeColour("#d8d8d8", "#4a4a4a")
"""The chart's grid lines; decoration, held to no contrast."""
OVER_CAP_BAR = SchemeColour("#c62828", "#ef7a7a")
"""The agenda's total bar when the plan is over its cap (the total says it in words)."""

# --- text on a background of the app's own (at least 7:1) ----------------------------------

CLOCK_PHASES: dict[Phase, SchemePair] = {
    Phase.NORMAL: SchemePair(("#111111", "#ffffff"), ("#f5f5f5", "#1e1e1e")),
    Phase.WARNING: SchemePair(("#000000", "#ffd54f"), ("#000000", "#ffc107")),
    Phase.TIME: SchemePair(("#ffffff", "#8b0000"), ("#ffffff", "#8b0000")),
    Phase.OVERRUN: SchemePair(("#ffffff", "#8b0000"), ("#ffffff", "#8b0000")),
}
"""The console's clock panel per phase."""
REMINDER = SchemePair(("#000000", "#ffd54f"), ("#000000", "#ffc107"))
"""The console's start reminder: amber with black text, the words saying it too."""

WHITE = QColor("#FFFFFF")
BLACK = QColor("#000000")
DARK_RED = QColor("#8B0000")

PHASE_COLOURS: dict[Phase, PhaseColours] = {
    Phase.NORMAL: PhaseColours(WHITE, BLACK),
    Phase.WARNING: PhaseColours(BLACK, QColor("#FFB000")),
    Phase.TIME: PhaseColours(WHITE, DARK_RED),
    Phase.OVERRUN: PhaseColours(WHITE, DARK_RED),
}
"""The presenter screen per phase, the same in both schemes: it is dark already, and a
projector shows it, not the moderator's desktop."""

OVERRUN_PULSE: tuple[PhaseColours, PhaseColours] = (
    PhaseColours(WHITE, QColor("#5C0000")),
    PhaseColours(WHITE, QColor("#A80000")),
)
"""Overrun alternates between these two reds; both keep white text above 7:1."""

TEAM_COLOURS: dict[Team, QColor] = {
    Team.SALES: QColor("#1E88E5"),
    Team.MARKETING: QColor("#D81B60"),
    Team.CUSTOMER_SERVICE: QColor("#43A047"),
    Team.PRODUCT: QColor("#8E24AA"),
    Team.LEADERSHIP: QColor("#F4511E"),
    Team.OTHER: QColor("#9E9E9E"),
}
"""The presenter screen's team bar; decoration only, the team is always named in words."""


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour, 0 (black) to 1 (white)."""
    return (
        0.2126 * _linear(colour.redF())
        + 0.7152 * _linear(colour.greenF())
        + 0.0722 * _linear(colour.blueF())
    )


def contrast_ratio(fg: QColor, bg: QColor) -> float:
    """WCAG contrast ratio between two colours, 1 to 21; AAA text needs at least 7."""
    a, b = relative_luminance(fg), relative_luminance(bg)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


# --- following the system's scheme ---------------------------------------------------------


class _SchemeWatch(QObject):
    """Follows QStyleHints.colorSchemeChanged: remembers the scheme it names, sets every
    registered widget's style sheet anew and repaints the widgets that paint their own."""

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        self.scheme = app.styleHints().colorScheme()
        self.styles: weakref.WeakKeyDictionary[QWidget, Callable[[], str]] = (
            weakref.WeakKeyDictionary()
        )
        app.styleHints().colorSchemeChanged.connect(self.follow)

    def follow(self, scheme: Qt.ColorScheme) -> None:
        self.scheme = scheme
        for widget, style in list(self.styles.items()):
            if isValid(widget):
                widget.setStyleSheet(style())
        _recolour_items(dark=scheme == Qt.ColorScheme.Dark)
        for widget in QApplication.allWidgets():  # those that paint a colour of their own
            widget.update()


def _recolour_items(*, dark: bool) -> None:
    """The lists' and tables' items that hold one variant of a SchemeColour take the other:
    a list filled before the change keeps its rows and their order."""
    swap = {
        QColor(c.light if dark else c.dark).rgb(): QColor(c.dark if dark else c.light)
        for c in reversed(_SCHEME_COLOURS)
    }
    for widget in QApplication.allWidgets():
        if isinstance(widget, QListWidget):
            cells = [(widget.item(row), None) for row in range(widget.count())]
        elif isinstance(widget, QTableWidget):
            cells = [
                (widget.item(row, column), None)
                for row in range(widget.rowCount())
                for column in range(widget.columnCount())
            ]
        elif isinstance(widget, QTreeWidget):
            found = QTreeWidgetItemIterator(widget)
            cells = []
            while found.value() is not None:
                item = found.value()
                cells += [(item, column) for column in range(widget.columnCount())]
                found += 1
        else:
            continue
        for item, column in cells:
            if item is None:
                continue
            brush = item.foreground() if column is None else item.foreground(column)
            new = swap.get(brush.color().rgb()) if brush.style() != Qt.BrushStyle.NoBrush else None
            if new is None:
                continue
            if column is None:
                item.setForeground(new)
            else:
                item.setForeground(column, new)


_watch: _SchemeWatch | None = None


def scheme_watch() -> _SchemeWatch:
    """The one watch of the running application, made on first use."""
    global _watch
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication), "a Qt application must exist first"
    if _watch is None or not isValid(_watch) or _watch.parent() is not app:
        _watch = _SchemeWatch(app)
    return _watch


def dark_scheme() -> bool:
    """Whether the dark variants are in force: the system says so, or, where it says nothing
    (Qt.ColorScheme.Unknown: an older desktop, a theme of the user's own), the palette's
    window is dark."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    scheme = scheme_watch().scheme
    if scheme != Qt.ColorScheme.Unknown:
        return scheme == Qt.ColorScheme.Dark
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def follow_scheme(widget: QWidget, style: Callable[[], str] | None) -> None:
    """Set the widget's style sheet from style() now, and again whenever the scheme changes;
    None clears it and stops following."""
    watch = scheme_watch()
    if style is None:
        watch.styles.pop(widget, None)
        widget.setStyleSheet("")
        return
    watch.styles[widget] = style
    widget.setStyleSheet(style())


def tint(widget: QWidget, colour: SchemeColour | None, *, bold: bool = False) -> None:
    """The widget's text in colour, in the scheme in force now and after any change; None
    gives it back the theme's own text colour."""
    if colour is None:
        follow_scheme(widget, None)
        return
    weight = " font-weight: bold;" if bold else ""
    follow_scheme(widget, lambda: f"color: {colour.name()};{weight}")
