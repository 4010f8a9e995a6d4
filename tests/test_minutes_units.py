"""The minutes print numbers with their units, and the charts read whole: bars from zero, and no
value label struck out by the dashed target line. Checked on the PDF itself, read back with pypdf.
"""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from facilitator.measures.metrics import create_goal, set_value
from facilitator.minutes import fonts, render_minutes, snapshot_meeting
from facilitator.record.meetings import create_meeting
from facilitator.rules.agenda import AgendaPlan, PlannedItem
from facilitator.storage.database import Database
from facilitator.vocabulary import Direction, GoalUnit, ItemKind, MeetingKind, Period

PLAN = AgendaPlan(MeetingKind.OTHER, 1800, (PlannedItem("Numbers", ItemKind.METRICS, 600),))
DAYS = [date(2026, 9, 3), date(2026, 10, 1), date(2026, 11, 5)]


def _goal(db: Database, name: str, unit: GoalUnit, target: float) -> int:
    return create_goal(
        db,
        name=name,
        team=None,
        unit=unit,
        direction=Direction.HIGHER_IS_BETTER,
        period=Period.MONTH,
        target=target,
        effective_from=date(2026, 1, 1),
    )


@pytest.fixture
def minutes(db: Database) -> bytes:
    """Values just under their targets, where a label over its bar would sit on the line."""
    pipeline = _goal(db, "Pipeline created", GoalUnit.EUR, 500_000)
    revenue = _goal(db, "Revenue booked", GoalUnit.USD, 200_000)
    share = _goal(db, "Leads followed up within 24 hours", GoalUnit.PERCENT, 90)
    last = 0
    for day, (euros, dollars, percent) in zip(
        DAYS,
        [(530_000, 201_000, 91.5), (490_000, 198_000, 89.6), (510_000, 199_000, 85.4)],
        strict=True,
    ):
        when = datetime.combine(day, time(9)).astimezone()
        last = create_meeting(db, PLAN, title=f"Monthly {day:%b}", scheduled_at=when)
        set_value(db, last, pipeline, euros)
        set_value(db, last, revenue, dollars)
        set_value(db, last, share, percent)
    return render_minutes(snapshot_meeting(db, last, today=date(2026, 11, 23)))


def _text(pdf: bytes) -> str:
    raw = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(unicodedata.normalize("NFC", raw).split())


@dataclass(frozen=True)
class Label:
    text: str
    left: float
    right: float
    baseline: float
    size: float


@dataclass(frozen=True)
class Dash:
    left: float
    right: float
    y: float


def _labels_and_dashes(pdf: bytes) -> tuple[list[Label], list[Dash]]:
    """Every piece of text and every horizontal dashed segment, in page coordinates."""
    fonts.register_fonts()
    labels: list[Label] = []
    dashes: list[Dash] = []
    state: dict[str, Any] = {"dashed": False, "at": None}

    def on_operator(op: bytes, args: list[Any], cm: list[float], _tm: list[float]) -> None:
        if op == b"d":
            state["dashed"] = bool(args[0])
        elif op == b"m":
            state["at"] = (cm[4] + float(args[0]), cm[5] + float(args[1]))
        elif op == b"l" and state["dashed"] and state["at"] is not None:
            (x0, y0), x1, y1 = state["at"], cm[4] + float(args[0]), cm[5] + float(args[1])
            if abs(y1 - y0) < 0.01:
                dashes.append(Dash(min(x0, x1), max(x0, x1), y0))

    def on_text(text: str, cm: list[float], tm: list[float], _font: Any, size: float) -> None:
        shown = text.strip()
        if shown:
            left = cm[4] + tm[4]
            width = stringWidth(shown, fonts.BODY_FONT, size)
            labels.append(Label(shown, left, left + width, cm[5] + tm[5], size))

    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_operand_before=on_operator, visitor_text=on_text)
    return labels, dashes


def test_money_prints_with_its_currency_and_shares_with_a_percent_sign(minutes: bytes):
    text = _text(minutes)
    assert "Pipeline created €510,000 €500,000 Met" in text
    assert "Revenue booked $199,000 $200,000 Missed by $1,000" in text
    assert "Leads followed up within 24 hours 85.4 % 90 % Missed by 4.6 points" in text


BAR_VALUES = ["€530k", "€490k", "€510k", "$201k", "$198k", "$199k", "91.5 %", "89.6 %", "85.4 %"]


def test_chart_values_and_axes_carry_the_unit_and_bars_start_at_zero(minutes: bytes):
    labels, _ = _labels_and_dashes(minutes)
    shown = [label.text for label in labels]
    for value in BAR_VALUES:
        assert value in shown
    for axis_foot in ("€0", "$0", "0 %"):
        assert axis_foot in shown


def test_no_value_label_is_struck_out_by_a_target_line(minutes: bytes):
    labels, dashes = _labels_and_dashes(minutes)
    assert len(dashes) >= 9  # three charts, a target segment under each of three bars
    values = [label for label in labels if label.text in BAR_VALUES and label.size < 7]
    assert len(values) == len(BAR_VALUES)
    for label in values:
        # digits and symbols are inked from just under the baseline to about 0.75 of the size
        ink_low, ink_high = label.baseline - 0.5, label.baseline + 0.75 * label.size
        for dash in dashes:
            overlaps = dash.left < label.right and label.left < dash.right
            assert not (overlaps and ink_low <= dash.y <= ink_high), (label, dash)
