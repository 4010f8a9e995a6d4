"""Numbers with their units: the one formatter the grid, trends, minutes and demo print with."""

from __future__ import annotations

import pytest

from facilitator.measures.metric_units import (
    UNIT_LABELS,
    currency_of,
    edit_text,
    format_gap,
    format_short,
    format_value,
)
from facilitator.measures.metrics import MetricRefused, parse_value, verdict
from facilitator.vocabulary import Direction, GoalUnit


@pytest.mark.parametrize(
    ("value", "unit", "shown"),
    [
        (510_000, GoalUnit.EUR, "€510,000"),
        (1_234.5, GoalUnit.EUR, "€1,234.50"),
        (0, GoalUnit.EUR, "€0"),
        (98_000, GoalUnit.USD, "$98,000"),
        (75_000, GoalUnit.GBP, "£75,000"),
        (12_000, GoalUnit.CHF, "CHF 12,000"),
        (85.4, GoalUnit.PERCENT, "85.4 %"),
        (90, GoalUnit.PERCENT, "90 %"),
        (24.25, GoalUnit.PERCENT, "24.2 %"),
        (36.5, GoalUnit.HOURS, "36.5 h"),
        (1_234, GoalUnit.COUNT, "1,234"),
    ],
)
def test_a_value_prints_with_its_unit_and_currency(value: float, unit: GoalUnit, shown: str):
    assert format_value(value, unit) == shown


@pytest.mark.parametrize(
    ("value", "unit", "shown"),
    [
        (510_000, GoalUnit.EUR, "€510k"),
        (1_500_000, GoalUnit.EUR, "€1.5M"),
        (999_960, GoalUnit.USD, "$1M"),
        (8_500, GoalUnit.EUR, "€8,500"),
        (12_000, GoalUnit.CHF, "CHF 12k"),
        (12_500, GoalUnit.COUNT, "12.5k"),
        (427, GoalUnit.COUNT, "427"),
        (93.7, GoalUnit.PERCENT, "93.7 %"),
        (100, GoalUnit.PERCENT, "100 %"),
        (2.5, GoalUnit.HOURS, "2.5 h"),
    ],
)
def test_a_chart_label_is_short_and_keeps_its_unit(value: float, unit: GoalUnit, shown: str):
    assert format_short(value, unit) == shown


def test_a_miss_is_told_in_points_for_a_share_and_in_money_for_an_amount():
    assert format_gap(3.5, GoalUnit.PERCENT) == "3.5 points"
    assert format_gap(1, GoalUnit.PERCENT) == "1 point"
    assert format_gap(20_000, GoalUnit.GBP) == "£20,000"
    higher = Direction.HIGHER_IS_BETTER
    assert verdict(490_000, 500_000, higher, GoalUnit.EUR) == "missed by €10,000"
    assert verdict(510_000, 500_000, higher, GoalUnit.EUR) == "met"


@pytest.mark.parametrize(
    ("typed", "unit", "stored"),
    [
        ("€510,000", GoalUnit.EUR, 510_000),
        ("€ 510,000", GoalUnit.EUR, 510_000),
        ("510000 EUR", GoalUnit.EUR, 510_000),
        ("$98,000.50", GoalUnit.USD, 98_000.5),
        ("CHF 12,000", GoalUnit.CHF, 12_000),
        ("chf 12000", GoalUnit.CHF, 12_000),
        ("85.4 %", GoalUnit.PERCENT, 85.4),
        ("85,4%", GoalUnit.PERCENT, 85.4),
        ("36.5 h", GoalUnit.HOURS, 36.5),
        ("1,234", GoalUnit.COUNT, 1_234),
    ],
)
def test_a_value_typed_as_it_prints_is_read_back(typed: str, unit: GoalUnit, stored: float):
    assert parse_value(typed, unit) == stored


def test_a_unit_of_another_goal_is_not_read_as_this_ones():
    with pytest.raises(MetricRefused, match="is not a number"):
        parse_value("$510,000", GoalUnit.EUR)
    with pytest.raises(MetricRefused, match="is not a number"):
        parse_value("85 %", GoalUnit.COUNT)


@pytest.mark.parametrize(
    ("value", "raw"),
    [(510_000, "510000"), (1_234_567.0, "1234567"), (85.4, "85.4"), (0.5, "0.5"), (0, "0")],
)
def test_an_editor_gets_the_bare_number_without_grouping_or_exponent(value: float, raw: str):
    assert edit_text(value) == raw


def test_every_money_unit_has_its_currency_and_a_label_naming_it():
    money = (GoalUnit.EUR, GoalUnit.USD, GoalUnit.GBP, GoalUnit.CHF)
    codes = [c.code for c in map(currency_of, money) if c is not None]
    assert codes == ["EUR", "USD", "GBP", "CHF"]
    assert currency_of(GoalUnit.PERCENT) is None
    assert set(UNIT_LABELS) == set(GoalUnit)
    assert UNIT_LABELS[GoalUnit.EUR] == "Money in euros (€)"
    assert GoalUnit.EUR.value == "currency"  # the stored name of euro goals from before
