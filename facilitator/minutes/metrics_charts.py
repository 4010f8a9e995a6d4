"""The metrics reviewed: a table of values against targets and a small chart per goal."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
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


@dataclass(frozen=True)
class _Label:
    """A piece of chart text: its lines, left end, first baseline, size and colour."""

    lines: tuple[str, ...]
    x: float
    y: float
    size: float
    colour: Color


@dataclass(frozen=True)
class _Plot:
    """Where the chart's pieces go, in its own coordinates, in the order they are drawn."""

    grid: tuple[float, ...]
    bars: tuple[tuple[float, float, float, Color], ...]
    labels: tuple[_Label, ...]
    targets: tuple[tuple[float, float, float], ...]
    values: tuple[_Label, ...]


class TrendChart(Flowable):
    """A goal's recent values as bars from zero, the target of each day as a dashed step line.

    Drawn straight on the canvas with the geometry of ReportLab's VerticalBarChart (bars
    barWidth 10 to a group spacing, gridlines, a tick and label per step, category labels
    centred under the bars): the chart widgets took a fifth of an export to expand and draw.
    """

    def __init__(self, metric: MetricLine, width: float) -> None:
        super().__init__()
        self.width, self.height = width, CHART_HEIGHT
        self.plot = _plot(metric, width)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c, plot = self.canv, self.plot
        right = PLOT_X + self.width - 34
        c.saveState()
        c.setLineWidth(0.6)
        c.setStrokeColor(SHADE)
        for y in plot.grid:
            c.line(PLOT_X, y, right, y)
        for x, bar_width, height, colour in plot.bars:
            c.setFillColor(colour)
            c.rect(x, PLOT_Y, bar_width, height, stroke=0, fill=1)
        c.setLineWidth(1)
        c.setStrokeColor(RULE)
        c.line(PLOT_X, PLOT_Y, right, PLOT_Y)
        c.line(PLOT_X, PLOT_Y, PLOT_X, PLOT_Y + CHART_HEIGHT - PLOT_Y - CHART_HEADROOM)
        for y in plot.grid:
            c.line(PLOT_X, y, PLOT_X - TICK, y)
        _draw_labels(c, plot.labels)
        c.setStrokeColor(INK)
        c.setDash([2, 1.2])
        for left, end, y in plot.targets:
            c.line(left, y, end, y)
        _draw_labels(c, plot.values)
        c.restoreState()


def _draw_labels(c: Canvas, labels: tuple[_Label, ...]) -> None:
    """Each line its own text object, as ReportLab's charts draw them: readers of the text
    (copy and paste, search) take the pieces of one text object for one run of words."""
    for label in labels:
        c.setFont(fonts.BODY_FONT, label.size)
        c.setFillColor(label.colour)
        for index, line in enumerate(label.lines):
            c.drawString(label.x, label.y - index * label.size * 1.2, line)


PLOT_X = 30.0
PLOT_Y = 20.0
TICK = 5.0
"""The value axis' ticks reach this far left of it; its labels end there."""
CATEGORY_SIZE = 5.6
AXIS_SIZE = 6.0
GROUP_BAR_WIDTH = 10.0
"""A bar's width against its group spacing, as ReportLab's VerticalBarChart sizes them."""


def chart(metric: MetricLine, width: float) -> TrendChart:
    """Bars of the goal's recent values from zero, the target of each day as a dashed step line.

    Each value sits over its bar, lifted over the target line where that line would strike it
    out, so every label reads whole.
    """
    return TrendChart(metric, width)


def _plot(metric: MetricLine, width: float) -> _Plot:
    history = metric.history
    plot_width = width - 34
    plot_height = CHART_HEIGHT - PLOT_Y - CHART_HEADROOM
    values = [point.value for point in history]
    targets = [point.target for point in history if point.target is not None]
    highest = max([*values, *targets, 0.0])
    top = highest * 1.12
    if metric.unit is GoalUnit.PERCENT and highest <= 100:
        top = min(top, 100.0)
    step = _nice_step(top)
    value_max = step * max(1, -(-top // step))

    def y_of(value: float) -> float:
        return PLOT_Y + value / value_max * plot_height

    ticks = _ticks(value_max, step)
    grid = tuple(y_of(tick) for tick in ticks)
    count = max(1, len(history))
    slot = plot_width / count
    spacing = 6 * max(1.0, CHART_POINTS / count)
    scale = slot / (spacing + GROUP_BAR_WIDTH)
    bars = []
    labels = []
    for index, point in enumerate(history):
        met = goal_met(point.value, point.target, metric.direction)
        now = index == len(history) - 1
        if met is False:
            colour = BAR_MISSED_NOW if now else BAR_MISSED
        else:
            colour = BAR_MET_NOW if now else BAR_MET
        left = PLOT_X + index * slot
        height = y_of(point.value) - PLOT_Y
        bars.append((left + spacing / 2 * scale, GROUP_BAR_WIDTH * scale, height, colour))
        lines = (str(point.on.day), format_date(point.on, "LLL"))
        box = max(stringWidth(line, fonts.BODY_FONT, CATEGORY_SIZE) for line in lines)
        centre = left + slot / 2
        labels.append(_Label(lines, centre - box / 2, PLOT_Y - 2 - CATEGORY_SIZE,
                             CATEGORY_SIZE, MUTED))
    for tick, y in zip(ticks, grid, strict=True):
        shown = _short(tick, metric.unit)
        box = stringWidth(shown, fonts.BODY_FONT, AXIS_SIZE)
        labels.append(_Label((shown,), PLOT_X - TICK - box, y + AXIS_SIZE * 0.6 - AXIS_SIZE,
                             AXIS_SIZE, MUTED))
    dashes = []
    tops = []
    for index, point in enumerate(history):
        x = PLOT_X + index * slot
        line_y = None if point.target is None else y_of(point.target)
        if line_y is not None:
            dashes.append((x + 1, x + slot - 1, line_y))
        tops.append(_bar_label(point.value, metric.unit, x + slot / 2, y_of, slot, line_y))
    return _Plot(grid, tuple(bars), tuple(labels), tuple(dashes), tuple(tops))


def _ticks(value_max: float, step: float) -> list[float]:
    """The axis' steps from zero as ReportLab counts them, a top lost to rounding left off."""
    last = int(value_max / step)
    if last * step > value_max + 1e-8 * step:
        last -= 1
    return [index * step for index in range(last + 1)]


def _bar_label(
    value: float,
    unit: GoalUnit,
    centre: float,
    y_of: Callable[[float], float],
    slot: float,
    line_y: float | None,
) -> _Label:
    """A bar's value over its top, or just over the target line where the line would cross it."""
    size = CHART_LABEL_SIZE
    baseline = y_of(value) + 1.5
    # the digits' ink runs from a little under the baseline to about 0.75 of the size over it
    if line_y is not None and baseline - 1.2 <= line_y <= baseline + 0.75 * size + 1.2:
        baseline = line_y + 2.2
    text = _short(value, unit)
    if stringWidth(text, fonts.BODY_FONT, size) > slot:
        size *= 0.85
    left = centre - stringWidth(text, fonts.BODY_FONT, size) / 2
    return _Label((text,), left, baseline, size, INK)
