"""How a metric's number reads: with its unit, and for money with its currency.

The one place numbers get their units: the metrics grid, the goals dialog, the trends
window, the minutes and the demo's notes all print through it, so a pipeline reads
"€510,000" and a share "85.4 %" wherever it shows. Editors get the bare number to change.
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.vocabulary import GoalUnit


@dataclass(frozen=True)
class Currency:
    code: str
    symbol: str
    name: str
    """The plural a label reads: "euros"."""

    def amount(self, number: str) -> str:
        """A one-character symbol sits on the number ("€510,000"); a code keeps a space."""
        return f"{self.symbol}{number}" if len(self.symbol) == 1 else f"{self.symbol} {number}"


CURRENCIES: dict[GoalUnit, Currency] = {
    GoalUnit.EUR: Currency("EUR", "€", "euros"),
    GoalUnit.USD: Currency("USD", "$", "US dollars"),
    GoalUnit.GBP: Currency("GBP", "£", "pounds sterling"),
    GoalUnit.CHF: Currency("CHF", "CHF", "Swiss francs"),
}

UNIT_LABELS: dict[GoalUnit, str] = {
    GoalUnit.COUNT: "Count",
    GoalUnit.PERCENT: "Percent",
    **{
        unit: f"Money in {money.name} ({money.symbol})"
        for unit, money in CURRENCIES.items()
    },
    GoalUnit.HOURS: "Hours",
}
"""Every unit as a goal's form offers it, in the order it offers them."""

COMPACT_FROM = 10_000
"""Below this a chart label prints the whole number; from it on, "12k", "1.5M"."""

_SCALES = ((1_000_000_000, "bn"), (1_000_000, "M"), (1_000, "k"))


def currency_of(unit: GoalUnit) -> Currency | None:
    """The currency a money unit counts in; None for every other unit."""
    return CURRENCIES.get(unit)


def _trimmed(value: float, decimals: int) -> str:
    """Grouped thousands, at most this many decimals, none when they are all zero."""
    text = f"{value:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _number(value: float, unit: GoalUnit) -> str:
    """The bare number at the precision its unit is read at: cents for money, tenths else."""
    if float(value).is_integer():
        return f"{value:,.0f}"
    if unit in CURRENCIES:
        return f"{value:,.2f}"
    return f"{value:,.1f}"


def _with_unit(number: str, unit: GoalUnit) -> str:
    money = currency_of(unit)
    if money is not None:
        return money.amount(number)
    if unit is GoalUnit.PERCENT:
        return f"{number} %"
    if unit is GoalUnit.HOURS:
        return f"{number} h"
    return number


def format_value(value: float, unit: GoalUnit) -> str:
    """A metric in full, the way a manager reads it in a table: "€510,000", "85.4 %"."""
    return _with_unit(_number(value, unit), unit)


def format_short(value: float, unit: GoalUnit) -> str:
    """A metric short enough for a chart's bar or axis: "€510k", "85.4 %", "1.2M"."""
    if unit in (GoalUnit.PERCENT, GoalUnit.HOURS) or abs(value) < COMPACT_FROM:
        return _with_unit(_trimmed(value, 1), unit)
    for divisor, suffix in _SCALES:
        # 999,960 reads "1M", not "1,000k"
        if abs(value) >= divisor * 0.9995:
            scaled = value / divisor
            return _with_unit(_trimmed(scaled, 1 if abs(scaled) < 100 else 0) + suffix, unit)
    return _with_unit(_trimmed(value, 1), unit)


def format_gap(amount: float, unit: GoalUnit) -> str:
    """How far a value is from its target: points for a percentage, the unit's own else."""
    if unit is GoalUnit.PERCENT:
        return f"{_number(amount, unit)} {'point' if amount == 1 else 'points'}"
    return format_value(amount, unit)


def edit_text(value: float) -> str:
    """A stored number as an editor shows it to change: no grouping, no exponent, no unit."""
    return f"{value:f}".rstrip("0").rstrip(".")


def without_unit(text: str, unit: GoalUnit) -> str:
    """What someone typed, less the unit they may have typed with it ("€510,000", "85 %")."""
    cleaned = text.strip()
    money = currency_of(unit)
    marks = (
        (money.symbol, money.code, money.code.lower())
        if money is not None
        else {GoalUnit.PERCENT: ("%",), GoalUnit.HOURS: ("h",)}.get(unit, ())
    )
    for mark in marks:
        if cleaned.startswith(mark):
            return cleaned[len(mark) :].strip()
        if cleaned.endswith(mark):
            return cleaned[: -len(mark)].strip()
    return cleaned
