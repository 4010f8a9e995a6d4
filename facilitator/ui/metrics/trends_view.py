"""Trends: each goal's values over the last meetings against its target, misses in red.

Drawn with QPainter (QtCharts is not part of PySide6-Essentials); the numbers and verdicts
come from facilitator.measures.metrics, the same place the minutes read them from.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QByteArray,
    QLocale,
    QPointF,
    QRectF,
    QSettings,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.decisions.smart_goals import smart_line
from facilitator.measures.metric_units import format_short, format_value
from facilitator.measures.metrics import TREND_POINTS, Trend, trends
from facilitator.neutrality.lead_quality import read_trends
from facilitator.storage.database import Database
from facilitator.ui.common.palette_colours import (
    GRID,
    MET_BAR,
    MISSED,
    MISSED_BAR,
    MUTED,
    TARGET_LINE,
    tint,
)

GEOMETRY_KEY = "trends/geometry"
LAST_KEY = "trends/last"


def _day(on: date) -> str:
    """A bar's day as "10 Apr", the month in the language spoken."""
    return QLocale().toString(on, "dd MMM")


def _plain(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text, objectName=name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class TrendChart(QWidget):
    """Bars of one goal's values, oldest left; a dashed step for the target of each day.

    A miss is red and its value carries a ✗, so it reads without colour too.
    """

    def __init__(self, trend: Trend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trend = trend
        self.setMinimumSize(QSize(240, 150))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        missed = self.tr("{day}: {value} (missed)")
        kept = self.tr("{day}: {value}")
        values = ", ".join(
            (missed if p.met is False else kept).format(
                day=_day(p.on), value=format_value(p.value, trend.goal.unit)
            )
            for p in trend.points
        )
        self.setAccessibleName(self.tr("{goal} trend").format(goal=trend.goal.name))
        self.setAccessibleDescription(values or self.tr("no values yet"))
        self.setToolTip(values or self.tr("No values yet"))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(320, 160)

    def bar_colours(self) -> list[QColor]:
        """The colour of each bar: red where the value missed the target of its day."""
        missed, met = MISSED_BAR.colour(), MET_BAR.colour()
        return [missed if p.met is False else met for p in self.trend.points]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
        painter.setFont(font)
        points = self.trend.points
        area = QRectF(self.rect()).adjusted(8, 14, -8, -22)
        if not points:
            painter.setPen(MUTED.colour())
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No values yet"))
            painter.end()
            return
        heights = [p.value for p in points] + [p.target for p in points if p.target is not None]
        top = max([*heights, 0.0]) * 1.15 or 1.0
        painter.setPen(QPen(GRID.colour(), 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        slot = area.width() / len(points)
        labels: list[tuple[QRectF, str]] = []
        for index, (point, colour) in enumerate(zip(points, self.bar_colours(), strict=True)):
            left = area.left() + index * slot
            bar_height = point.value / top * area.height()
            bar = QRectF(left + slot * 0.18, area.bottom() - bar_height, slot * 0.64, bar_height)
            painter.fillRect(bar, colour)
            text = self._value_text(painter, point.value, point.met is False, slot)
            labels.append((QRectF(left, bar.top() - 14, slot, 13), text))
            painter.setPen(MUTED.colour())
            day_box = QRectF(left, area.bottom() + 3, slot, 16)
            painter.drawText(day_box, Qt.AlignmentFlag.AlignCenter, _day(point.on))
            if point.target is not None:
                y = area.bottom() - point.target / top * area.height()
                pen = QPen(TARGET_LINE.colour(), 1.5, Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.drawLine(QPointF(left + 2, y), QPointF(left + slot - 2, y))
        self._draw_values(painter, labels)
        painter.end()

    def _value_text(self, painter: QPainter, value: float, missed: bool, slot: float) -> str:
        """The value in full ("€510,000") when it fits its bar's slot, else short ("€510k")."""
        mark = "✗ " if missed else ""
        unit = self.trend.goal.unit
        full = mark + format_value(value, unit)
        if painter.fontMetrics().horizontalAdvance(full) + 4 <= slot:
            return full
        return mark + format_short(value, unit)

    def _draw_values(self, painter: QPainter, labels: list[tuple[QRectF, str]]) -> None:
        """Values last, each on a patch of background, so a target line never strikes one out."""
        centre = Qt.AlignmentFlag.AlignCenter
        background = self.palette().window()
        painter.setPen(TARGET_LINE.colour())
        for box, text in labels:
            used = painter.boundingRect(box, centre, text).adjusted(-2, 0, 2, 0)
            painter.fillRect(used, background)
            painter.drawText(box, centre, text)


class TrendsView(QWidget):
    """A chart and a one-line verdict per goal, over the last N meetings (N remembered)."""

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._settings = settings if settings is not None else QSettings()
        self.charts: list[TrendChart] = []
        self.verdicts: list[QLabel] = []
        self.last_spin = QSpinBox(
            objectName="trendMeetings",
            toolTip=self.tr("How many recent meetings the trends cover"),
        )
        self.last_spin.setRange(2, 24)
        self.last_spin.setValue(int(self._settings.value(LAST_KEY, TREND_POINTS) or TREND_POINTS))
        self.last_spin.setSuffix(self.tr(" meetings"))
        self.last_spin.valueChanged.connect(self._on_last_changed)
        label = QLabel(self.tr("&Show the last:"))
        label.setBuddy(self.last_spin)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.last_spin)
        top.addStretch(1)
        self._body = QWidget()
        self._grid = QGridLayout(self._body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._body)
        self.lead_quality = _plain(name="leadQuality")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.lead_quality)
        layout.addWidget(scroll, 1)
        self.reload()

    def _on_last_changed(self, value: int) -> None:
        self._settings.setValue(LAST_KEY, value)
        self.reload()

    def reload(self) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.charts, self.verdicts = [], []
        found = trends(self._db, last=self.last_spin.value())
        reading = read_trends(found)
        self.lead_quality.setVisible(reading is not None)
        self.lead_quality.setText(reading.text if reading is not None else "")
        tint(self.lead_quality, MISSED if reading is not None and reading.signal else None)
        if not found:
            self._grid.addWidget(
                _plain(self.tr("No goals yet: add them under Metrics › Goals…")), 0, 0
            )
            return
        for row, trend in enumerate(found):
            smart = smart_line(trend.goal.deadline, trend.goal.objective)
            name = f"{trend.goal.name}\n{smart}" if smart else trend.goal.name
            title = _plain(name, "trendTitle")
            bold = QFont(title.font())
            bold.setBold(True)
            title.setFont(bold)
            chart = TrendChart(trend)
            verdict = _plain(self.verdict_line(trend), "trendVerdict")
            verdict.setContentsMargins(0, 0, 0, 16)  # a gap before the next goal's title
            self._grid.addWidget(title, row * 3, 0)
            self._grid.addWidget(chart, row * 3 + 1, 0)
            self._grid.addWidget(verdict, row * 3 + 2, 0)
            self.charts.append(chart)
            self.verdicts.append(verdict)
        self._grid.setRowStretch(len(found) * 3, 1)

    def verdict_line(self, trend: Trend) -> str:
        """Latest verdict, and how many of the shown meetings missed."""
        if not trend.points:
            return self.tr("No value yet.")
        shown = len(trend.points)
        if trend.misses:
            tally = self.tr("{misses} of the last %n missed", "", shown).format(misses=trend.misses)
        else:
            tally = self.tr("none of the last %n missed", "", shown)
        return self.tr("Latest: {verdict} · {tally}.").format(verdict=trend.verdict, tally=tally)


class TrendsDialog(QDialog):
    def __init__(
        self, db: Database, parent: QWidget | None = None, *, settings: QSettings | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trends"))
        self._settings = settings if settings is not None else QSettings()
        self.view = TrendsView(db, self, settings=self._settings)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.StandardButton.Close).setToolTip(self.tr("Close the trends"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(close)
        self.resize(600, 680)  # fits a 1280×720 screen with its title bar
        geometry = self._settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)

    def done(self, result: int) -> None:
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)
