"""The core's refusals in German and Spanish (issue #21 point 2): the windows show them as the
core words them, so an agenda over its cap, a due date in the past, an empty text or a clock
press out of turn read in the app's language, and English reads exactly as before.

The .po files are compiled into a folder of the test's own, as `translations.py compile` does
into resources/, so the test needs no build step before it.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from facilitator.record.action_items import ActionItemRefused, add_action_item
from facilitator.rules.agenda import AgendaPlan, PlannedItem, PlanRefused, validate_plan
from facilitator.rules.clock import ClockError, MeetingClock
from facilitator.rules.schedule import Frequency, SeriesRefused, create_series
from facilitator.storage.database import Database
from facilitator.vocabulary import ItemKind, MeetingKind

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 12, 4)

_spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts" / "translations.py")
translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(translations)


def _refusal(error: type[Exception], action: Callable[[], object]) -> str:
    with pytest.raises(error) as refused:
        action()
    return str(refused.value)


def over_cap() -> str:
    """A weekly agenda of 45 minutes against its 40-minute cap."""
    items = (
        PlannedItem("Pipeline review", ItemKind.REVIEW, 1500),
        PlannedItem("Campaign plan", ItemKind.DISCUSSION, 1200),
    )
    plan = AgendaPlan(MeetingKind.WEEKLY, 2400, items)
    return _refusal(PlanRefused, lambda: validate_plan(plan))


def due_in_the_past(db: Database) -> str:
    return _refusal(
        ActionItemRefused,
        lambda: add_action_item(
            db, 1, text="Send the offer", due_date=date(2026, 11, 1), today=TODAY
        ),
    )


def empty_action(db: Database) -> str:
    return _refusal(ActionItemRefused, lambda: add_action_item(db, 1, text="  ", today=TODAY))


def unnamed_series(db: Database) -> str:
    return _refusal(
        SeriesRefused, lambda: create_series(db, " ", MeetingKind.WEEKLY, Frequency.WEEKLY)
    )


def pause_before_start() -> str:
    return _refusal(ClockError, lambda: MeetingClock([600], 1800).pause(10.0))


def every_refusal(db: Database) -> list[str]:
    return [
        over_cap(),
        due_in_the_past(db),
        empty_action(db),
        unnamed_series(db),
        pause_before_start(),
    ]


ENGLISH = [
    "The agenda runs 45:00, 5:00 over the 40:00 cap. "
    "Items that could shrink: Pipeline review (25:00), Campaign plan (20:00).",
    "The due date 2026-11-01 is in the past.",
    "An action item needs some text.",
    "A series needs a name.",
    "The meeting has not started yet.",
]


def test_english_reads_as_before(db: Database, speak):
    speak("en")
    assert every_refusal(db) == ENGLISH


def test_the_refusals_read_german(db: Database, speak):
    speak("de")
    assert every_refusal(db) == [
        "Die Tagesordnung dauert 45:00, 5:00 über dem Zeitlimit von 40:00. "
        "Punkte, die sich kürzen ließen: Pipeline review (25:00), Campaign plan (20:00).",
        "Das Fälligkeitsdatum 2026-11-01 liegt in der Vergangenheit.",
        "Eine Aufgabe braucht einen Text.",
        "Eine Serie braucht einen Namen.",
        "Die Besprechung hat noch nicht begonnen.",
    ]


def test_the_refusals_read_spanish(db: Database, speak):
    speak("es")
    assert every_refusal(db) == [
        "El orden del día dura 45:00, 5:00 por encima del límite de 40:00. "
        "Puntos que podrían acortarse: Pipeline review (25:00), Campaign plan (20:00).",
        "La fecha de vencimiento 2026-11-01 ya pasó.",
        "Una tarea necesita un texto.",
        "Una serie necesita un nombre.",
        "La reunión aún no ha empezado.",
    ]


def test_every_message_of_the_messages_catalogues_is_translated():
    assert translations.missing(["messages"]) == {"messages_de.po": [], "messages_es.po": []}
