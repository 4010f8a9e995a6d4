"""The metrics reviewed: a table of values against targets and a small chart per goal."""

from __future__ import annotations

from functools import partial
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)

from facilitator.language import _, format_date, localized_number, ngettext
from facilitator.measures.metric_units import format_short, format_value
from facilitator.minutes import fonts
from facilitator.minutes.paragraphs import clip, fixed, text
from facilitator.minutes.sections import Parts, Section
from facilitator.minutes.snapshot import (
    CHART_POINTS,
    MetricLine,
    goal_met,
)
from facilitator.minutes.style import (
    BAR_MET,
    BAR_MET_NOW,
    BAR_MISSED,
    BAR_MISSED_NOW,
    FRAME_WIDTH,
    INK,
    MUTED,
    RULE,
    SHADE,
    TABLE_FONT,
)
from facilitator.vocabulary import (
    GoalUnit,
)


class MetricsAndCharts(Section):
    """The metrics reviewed: a table of values against targets and a small chart per goal."""

    def parts(self) -> Parts:
        return (self._metrics,)

    def _metrics(self) -> list[Flowable]:
        s, st = self.snapshot, self.styles
        story = [self._section(_("Metrics"), "metrics")]
        if not s.metrics:
            return [*story, self._empty(_("No metrics were reviewed at this meeting."))]
        rows = []
        for metric in s.metrics:
            met = metric.met
            style = {True: "CellMet", False: "CellMissed"}.get(met, "CellMuted")
            result = (_verdict(metric), style)
            rows.append(
                [
                    [text(clip(metric.goal, 200), st["Cell"])]
                    + ([fixed(metric.team.label, st["CellMuted"])] if metric.team else [])
                    + ([text(clip(metric.smart, 200), st["CellMuted"])] if metric.smart else []),
                    text(clip(metric.period_label, 60), st["Cell"]) if metric.period_label else "",
                    fixed(_value(metric.value, metric.unit), st["CellRight"]),
                    fixed(
                        _value(metric.target, metric.unit)
                        if metric.target is not None
                        else "—",
                        st["CellRight"],
                    ),
                    fixed(result[0], st[result[1]]),
                ]
            )
        story.append(
            self._table(
                [_("Goal"), _("Period"), _("Value"), _("Target"), _("Result")],
                rows,
                [0.34, 0.16, 0.14, 0.14, 0.22],
                right=(2, 3),
            )
        )
        story.append(Spacer(1, 10))
        caption = fixed(
            _(
                "Each chart shows the value at the last meetings of the series, this meeting "
                "darkest; the dashed line is the target in force that day; red bars missed it."
            ),
            st["Small"],
        )
        story += self._charts(caption)
        return story

    def _charts(self, caption: Flowable) -> list[Flowable]:
        """Small multiples, two to a row, wide enough for each bar's value to stand apart.

        Titles sit in their own row so the charts line up; a page may break between rows,
        and the caption stays with the last one.
        """
        per_row = 2
        width = FRAME_WIDTH / per_row
        metrics = self.snapshot.metrics
        commands: list[tuple[Any, ...]] = [
            TABLE_FONT,
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 12),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 1), (-1, 1), 10),
        ]
        grids: list[Table] = []
        for start in range(0, len(metrics), per_row):
            chunk = metrics[start : start + per_row]
            titles: list[Any] = [text(clip(m.goal, 80), self.styles["ChartTitle"]) for m in chunk]
            charts: list[Any] = [chart(m, width - 12) for m in chunk]
            padding = [""] * (per_row - len(chunk))
            grid = Table([titles + padding, charts + padding], colWidths=[width] * per_row)
            grid.hAlign = "LEFT"
            grid.setStyle(TableStyle(commands))
            grids.append(grid)
        *earlier, last = grids
        return [*(KeepTogether([grid]) for grid in earlier), KeepTogether([last, caption])]


def _value(value: float, unit: GoalUnit) -> str:
    return localized_number(format_value(value, unit))


def _short(value: float, unit: GoalUnit) -> str:
    return localized_number(format_short(value, unit))


def _verdict(metric: MetricLine) -> str:
    """The goal's result as its cell reads it: "Met", "Missed by 3.5 points", "No target"."""
    met = metric.met
    if met is None or metric.target is None:
        return _("No target")
    if met:
        return _("Met")
    gap = abs(metric.value - metric.target)
    if metric.unit is GoalUnit.PERCENT:
        points = ngettext("{amount} point", "{amount} points", 1 if gap == 1 else 2)
        amount = points.format(amount=_value(gap, GoalUnit.COUNT))
    else:
        amount = _value(gap, metric.unit)
    return _("Missed by {amount}").format(amount=amount)


def _nice_step(top: float) -> float:
    """A round axis step giving at most five gridlines up to top."""
    if top <= 0:
        return 1.0
    rough = top / 5
    magnitude = 10 ** int(f"{rough:e}".split("e")[1])
    for factor in (1, 2, 2.5, 5, 10):
        if rough <= factor * magnitude:
            return float(factor * magnitude)
    return float(10 * magnitude)


CHART_HEIGHT = 110.0
CHART_LABEL_SIZE = 6.0
CHART_HEADROOM = 8.0
"""Room above the plot for the value over its tallest bar."""


def chart(metric: MetricLine, width: float) -> Drawing:
    """Bars of the goal's recent values from zero, the target of each day as a dashed step line.

    Each value sits over its bar, lifted over the target line where that line would strike it
    out, so every label reads whole.
    """
    drawing = Drawing(width, CHART_HEIGHT, initialFontName=fonts.BODY_FONT, initialFontSize=6)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 20
    chart.width, chart.height = width - 34, CHART_HEIGHT - 20 - CHART_HEADROOM
    history = metric.history
    values = [point.value for point in history]
    targets = [point.target for point in history if point.target is not None]
    highest = max([*values, *targets, 0.0])
    top = highest * 1.12
    if metric.unit is GoalUnit.PERCENT and highest <= 100:
        top = min(top, 100.0)
    step = _nice_step(top)
    chart.data = [values]
    chart.valueAxis.valueMin = 0.0
    chart.valueAxis.valueMax = step * max(1, -(-top // step))
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = fonts.BODY_FONT
    chart.valueAxis.labels.fontSize = 6
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.labelTextFormat = partial(_short, unit=metric.unit)
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = SHADE
    chart.valueAxis.gridStrokeWidth = 0.6
    chart.categoryAxis.categoryNames = [f"{p.on.day}\n{format_date(p.on, 'LLL')}" for p in history]
    chart.categoryAxis.labels.fontName = fonts.BODY_FONT
    chart.categoryAxis.labels.fontSize = 5.6
    chart.categoryAxis.labels.fillColor = MUTED
    chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.tickDown = 0
    chart.bars.strokeColor = None
    chart.barSpacing = 0
    chart.groupSpacing = 6 * max(1.0, CHART_POINTS / max(1, len(history)))
    for index, point in enumerate(history):
        met = goal_met(point.value, point.target, metric.direction)
        now = index == len(history) - 1
        if met is False:
            colour = BAR_MISSED_NOW if now else BAR_MISSED
        else:
            colour = BAR_MET_NOW if now else BAR_MET
        chart.bars[(0, index)].fillColor = colour
    drawing.add(chart)
    slot = chart.width / max(1, len(history))
    for index, point in enumerate(history):
        x = chart.x + index * slot
        line_y = None if point.target is None else _chart_y(chart, point.target)
        if line_y is not None:
            drawing.add(
                Line(
                    x + 1,
                    line_y,
                    x + slot - 1,
                    line_y,
                    strokeColor=INK,
                    strokeWidth=1,
                    strokeDashArray=[2, 1.2],
                )
            )
        drawing.add(_bar_label(point.value, metric.unit, x + slot / 2, chart, line_y))
    return drawing


def _chart_y(chart: VerticalBarChart, value: float) -> float:
    axis = chart.valueAxis
    return chart.y + (value - axis.valueMin) / (axis.valueMax - axis.valueMin) * chart.height


def _bar_label(
    value: float, unit: GoalUnit, centre: float, chart: VerticalBarChart, line_y: float | None
) -> String:
    """A bar's value over its top, or just over the target line where the line would cross it."""
    size = CHART_LABEL_SIZE
    baseline = _chart_y(chart, value) + 1.5
    # the digits' ink runs from a little under the baseline to about 0.75 of the size over it
    if line_y is not None and baseline - 1.2 <= line_y <= baseline + 0.75 * size + 1.2:
        baseline = line_y + 2.2
    text = _short(value, unit)
    label = String(centre, baseline, text, textAnchor="middle")
    label.fontName, label.fontSize, label.fillColor = fonts.BODY_FONT, size, INK
    if stringWidth(text, fonts.BODY_FONT, size) > chart.width / max(1, len(chart.data[0])):
        label.fontSize = size * 0.85
    return label
