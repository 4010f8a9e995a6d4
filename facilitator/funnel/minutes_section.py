"""The funnel in the minutes: a management meeting's scorecard of the month before (stage table,
rates against the month before and the goals, a chart), a campaign check-in's source verdicts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.platypus import Flowable, KeepTogether, Spacer

from facilitator.funnel.minutes_lines import FunnelInMinutes
from facilitator.funnel.periods import period_label, previous_start
from facilitator.funnel.scorecard import QUALITY_STEP, RateLine, SourceLine
from facilitator.funnel.stages import STAGES, step_label
from facilitator.language import N_, _, localized_number, ngettext, pgettext
from facilitator.measures.metric_units import format_short, format_value
from facilitator.minutes import fonts
from facilitator.minutes.paragraphs import clip, fixed, text
from facilitator.minutes.sections import Parts, Section
from facilitator.minutes.style import BAR_MET, BAR_MET_NOW, FRAME_WIDTH, INK, MUTED, RULE, SHADE
from facilitator.vocabulary import GoalUnit

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing

QUALITY_WORDS = {
    "good": N_("Good leads"),
    "poor": N_("Poor leads"),
    "average": N_("Average"),
    "few": N_("Too few"),
}
QUALITY_STYLE = {"good": "CellMet", "poor": "CellMissed", "average": "Cell", "few": "CellMuted"}
CHART_HEIGHT = 130.0


def column_heads() -> tuple[str, ...]:
    """The stages as a narrow column heads them (shorter than their labels where need be)."""
    return (
        pgettext("funnel column", "Leads"),
        pgettext("funnel column", "MQLs"),
        pgettext("funnel column", "SALs"),
        pgettext("funnel column", "SQLs"),
        pgettext("funnel column", "Opps"),
        pgettext("funnel column", "Won"),
    )


def _short_step(rate: RateLine) -> str:
    return step_label(rate.step).replace(_("Opportunity"), _("Opp."))


def _percent(value: float | None) -> str:
    return "—" if value is None else _value(round(value, 1), GoalUnit.PERCENT)


def _value(value: float, unit: GoalUnit) -> str:
    return localized_number(format_value(value, unit))


def _change(rate: RateLine) -> str:
    change = rate.change
    if change is None:
        return "—"
    arrow = "▲" if change > 0.05 else "▼" if change < -0.05 else "="
    gap = round(abs(change), 1)
    points = ngettext("{amount} point", "{amount} points", 1 if gap == 1 else 2)
    return f"{arrow} {points.format(amount=_value(gap, GoalUnit.COUNT))}"


class FunnelSection(Section):
    """Printed for management meetings and campaign check-ins with a funnel imported."""

    def parts(self) -> Parts:
        funnel = self.snapshot.funnel
        if funnel is None:
            return ()
        return (self._scorecard,) if funnel.full else (self._sources,)

    @property
    def _funnel(self) -> FunnelInMinutes:
        funnel = self.snapshot.funnel
        assert funnel is not None
        return funnel

    def _sources(self) -> list[Flowable]:
        """The campaign check-in's first question: which sources bring good and poor leads."""
        card = self._funnel.card
        story = [self._section(_("Lead sources, {period}").format(period=card.label), "funnel")]
        order = {"good": 0, "poor": 1, "average": 2, "few": 3}
        for verdict in sorted(card.verdicts, key=lambda v: order[v.quality]):
            story.append(text(verdict.sentence, self.styles["Body"], bullet="•"))
        return [KeepTogether(story)]  # a few lines: the answer reads as one, not over a page

    def _scorecard(self) -> list[Flowable]:
        funnel, st = self._funnel, self.styles
        card = funnel.card
        story = [self._section(
            _("Funnel scorecard, {period}").format(period=card.label), "funnel"
        )]
        rows = [self._source_row(line, card.verdict_of(line.source)) for line in card.sources]
        rows.append(self._source_row(card.total, None))
        story.append(
            self._table(
                [
                    _("Source"),
                    *column_heads(),
                    _("Revenue"),
                    step_label(QUALITY_STEP),
                    _("Verdict"),
                ],
                rows,
                [0.2, *([0.075] * len(STAGES)), 0.1, 0.1, 0.15],
                right=tuple(range(1, 9)),
                total_row=True,
            )
        )
        story.append(Spacer(1, 8))
        story += [
            text(v.sentence, st["Small"], bullet="•")
            for v in card.verdicts
            if v.quality in ("good", "poor")
        ]
        story.append(Spacer(1, 8))
        before = period_label(card.period, previous_start(card.period, card.start))
        rate_rows = [
            [
                fixed(step_label(rate.step), st["Cell"]),
                fixed(_percent(rate.rate), st["CellRight"]),
                fixed(_percent(rate.previous), st["CellRight"]),
                fixed(_change(rate), st["CellRight"]),
            ]
            for rate in card.rates
        ]
        story.append(
            KeepTogether(
                [
                    self._heading(_("Conversion rates")),
                    self._table(
                        [_("Conversion"), card.label, before, _("Change")],
                        rate_rows,
                        [0.34, 0.22, 0.22, 0.22],
                        right=(1, 2, 3),
                    ),
                ]
            )
        )
        story += self._goals()
        story.append(Spacer(1, 8))
        story.append(
            KeepTogether(
                [
                    fixed(
                        _("Conversion rates, this month and the month before"), st["ChartTitle"]
                    ),
                    rate_chart(card.rates, FRAME_WIDTH),
                    fixed(
                        _("Dark bars: {period}; light bars: {before}.").format(
                            period=card.label, before=before
                        ),
                        st["Small"],
                    ),
                ]
            )
        )
        return story

    def _goals(self) -> list[Flowable]:
        st = self.styles
        goals = self._funnel.card.goals
        if not goals:
            return []
        rows = []
        for goal in goals:
            met = goal.met
            rows.append(
                [
                    text(clip(goal.name, 120), st["Cell"]),
                    fixed(
                        "—"
                        if goal.value is None
                        else _value(round(goal.value, 1), goal.unit),
                        st["CellRight"],
                    ),
                    fixed(
                        "—" if goal.target is None else _value(goal.target, goal.unit),
                        st["CellRight"],
                    ),
                    fixed(
                        {True: _("Met"), False: _("Missed")}.get(met, _("No target")),
                        st[{True: "CellMet", False: "CellMissed"}.get(met, "CellMuted")],
                    ),
                ]
            )
        return [
            KeepTogether(
                [
                    self._heading(_("Goals the funnel measures")),
                    self._table(
                        [_("Goal"), _("Funnel"), _("Target"), _("Result")],
                        rows,
                        [0.46, 0.18, 0.18, 0.18],
                        right=(1, 2),
                    ),
                ]
            )
        ]

    def _source_row(self, line: SourceLine, verdict: Any) -> list[Any]:
        st = self.styles
        counts = line.counts
        bold = verdict is None
        return [
            text(clip(line.source, 80), st["CellBold" if bold else "Cell"]),
            *(
                fixed(localized_number(f"{counts.count(stage):,}"), st["CellRight"])
                for stage in STAGES
            ),
            fixed(
                localized_number(format_short(counts.revenue, self._funnel.unit)), st["CellRight"]
            ),
            fixed(_percent(counts.rate(QUALITY_STEP)), st["CellRight"]),
            fixed(
                _(QUALITY_WORDS[verdict.quality]) if verdict else "",
                st[QUALITY_STYLE[verdict.quality] if verdict else "Cell"],
            ),
        ]


def rate_chart(rates: tuple[RateLine, ...], width: float) -> Drawing:
    """Each conversion rate as two bars, the month before light and this month dark.

    ReportLab's graphics are imported here, on the first chart: most minutes draw none, and
    they were a tenth of the render path's imports."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing, String

    drawing = Drawing(width, CHART_HEIGHT, initialFontName=fonts.BODY_FONT, initialFontSize=6)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 22
    chart.width, chart.height = width - 34, CHART_HEIGHT - 22 - 10
    chart.data = [
        [rate.previous or 0.0 for rate in rates],
        [rate.rate or 0.0 for rate in rates],
    ]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = fonts.BODY_FONT
    chart.valueAxis.labels.fontSize = 6
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.labelTextFormat = "%d %%"
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = SHADE
    chart.categoryAxis.categoryNames = [_short_step(rate) for rate in rates]
    chart.categoryAxis.labels.fontName = fonts.BODY_FONT
    chart.categoryAxis.labels.fontSize = 6
    chart.categoryAxis.labels.fillColor = MUTED
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.tickDown = 0
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = BAR_MET
    chart.bars[1].fillColor = BAR_MET_NOW
    chart.barSpacing = 1
    chart.groupSpacing = 10
    drawing.add(chart)
    slot = chart.width / max(1, len(rates))
    for index, rate in enumerate(rates):
        if rate.rate is None:
            continue
        top = chart.y + rate.rate / 100 * chart.height
        centre = chart.x + index * slot + slot / 2 + slot / 4 - 2.5
        label = String(centre, top + 1.5, f"{rate.rate:.0f}", textAnchor="middle")
        label.fontName, label.fontSize, label.fillColor = fonts.BODY_FONT, 5.5, INK
        drawing.add(label)
    return drawing
