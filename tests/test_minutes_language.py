"""The minutes in German and Spanish (issue #21 point 2): no fixed English word is left on the
first page, dates are the language's own, English reads as before, and the core's catalogues
translate every message they hold.

The catalogues are compiled here into a folder of the test's own, as the build does into
resources/, so the test needs no build step before it.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import io
import re
from collections.abc import Iterator
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
from babel.messages.pofile import read_po
from pypdf import PdfReader
from sqlalchemy import select

from facilitator import language
from facilitator.mailing.follow_up import follow_up_subject
from facilitator.minutes import MinutesSnapshot, render_minutes, snapshot_meeting
from facilitator.minutes.names import amended_minutes_subject, minutes_subject
from facilitator.record.demo import load_demo
from facilitator.storage.database import Database, open_database
from facilitator.storage.models import Meeting
from facilitator.vocabulary import MeetingKind, MeetingStatus, NoteKind, Team

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 12, 4)

_spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts" / "translations.py")
translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(translations)


@pytest.fixture(scope="module")
def weekly(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MinutesSnapshot]:
    """The demo's latest weekly meeting, held on Thursday 3 December 2026."""
    db = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    load_demo(db, today=TODAY, seed=7)
    yield _latest_weekly(db)
    db.close()


def _latest_weekly(db: Database) -> MinutesSnapshot:
    with db.read() as session:
        meeting_id = session.scalars(
            select(Meeting.id)
            .where(Meeting.kind == MeetingKind.WEEKLY, Meeting.status == MeetingStatus.ENDED)
            .order_by(Meeting.scheduled_at.desc())
        ).first()
    return snapshot_meeting(db, meeting_id, today=TODAY)


def first_page(pdf: bytes) -> str:
    return " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())


def _typed_text(value: Any) -> list[str]:
    """Every text people typed that the snapshot holds (titles, notes, names), not our words."""
    if isinstance(value, Enum):
        return []
    if isinstance(value, str):
        return [value]
    if dataclasses.is_dataclass(value):
        return [t for f in dataclasses.fields(value) for t in _typed_text(getattr(value, f.name))]
    if isinstance(value, (list, tuple, set)):
        return [t for item in value for t in _typed_text(item)]
    return []


def _pieces(message: str) -> list[str]:
    """The fixed words of a message between its placeholders."""
    pieces = re.split(r"\{\w+\}", message)
    return [" ".join(p.split()).strip(" ,.;:·()—") for p in pieces if len(p.strip(" ,.;:·()—")) > 2]


def _found(words: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text) is not None


def english_words(code: str, english_page: str, typed: list[str]) -> set[str]:
    """The catalogue's English words the language writes otherwise that the English first page
    prints and no typed text holds: each must be gone from the translated page."""
    with translations.po_path(code).open("rb") as file:
        catalog = read_po(file, locale=code)
    words = set()
    for message in catalog:
        if not message.id or message.context:
            continue
        sources = message.id if isinstance(message.id, tuple) else (message.id,)
        targets = message.string if isinstance(message.string, tuple) else (message.string,)
        if set(sources) & set(targets):
            continue
        for source in sources:
            for piece in _pieces(source):
                if _found(piece, english_page) and not any(piece in t for t in typed):
                    words.add(piece)
    return words


@pytest.fixture(scope="module")
def english_page(weekly: MinutesSnapshot) -> str:
    language.set_language("en")
    return first_page(render_minutes(weekly))


def test_english_reads_as_before(weekly: MinutesSnapshot, english_page: str):
    assert "MINUTES Weekly smarketing meeting" in english_page
    assert "Thursday 3 December 2026 · " in english_page
    assert "Attendance" in english_page
    assert "Prepared with Facilitator on Friday 4 December 2026" in english_page
    assert re.search(r"Page 1 of \d", english_page)
    assert Team.SALES.label == "Sales"
    assert NoteKind.DECISION.label == "Decision"


def test_the_first_page_of_german_minutes_holds_no_english_word(
    weekly: MinutesSnapshot, english_page: str, speak
):
    words = english_words("de", english_page, _typed_text(weekly))
    assert {"Attendance", "Agenda", "Page", "Prepared with Facilitator on", "Moderator"} <= words
    speak("de")
    page = first_page(render_minutes(weekly))
    assert [word for word in sorted(words) if _found(word, page)] == []
    assert "Donnerstag, 3. Dezember 2026" in page
    assert "Erstellt mit Facilitator am Freitag, 4. Dezember 2026" in page
    assert re.search(r"Seite 1 von \d", page)
    assert "PROTOKOLL" in page and "Anwesenheit" in page and "Tagesordnung" in page


def test_the_first_page_of_spanish_minutes_holds_no_english_word(
    weekly: MinutesSnapshot, english_page: str, speak
):
    words = english_words("es", english_page, _typed_text(weekly))
    assert {"Attendance", "Agenda", "Page"} <= words
    speak("es")
    page = first_page(render_minutes(weekly))
    assert [word for word in sorted(words) if _found(word, page)] == []
    assert "jueves, 3 de diciembre de 2026" in page
    assert re.search(r"Página 1 de \d", page)


def test_the_vocabulary_labels_follow_the_language(speak):
    speak("de")
    assert (Team.SALES.label, MeetingStatus.CANCELLED.label) == ("Vertrieb", "Abgesagt")
    speak("es")
    assert (Team.SALES.label, MeetingStatus.CANCELLED.label) == ("Ventas", "Cancelada")
    speak("en")
    assert (Team.SALES.label, MeetingStatus.CANCELLED.label) == ("Sales", "Cancelled")


def test_every_message_of_the_core_catalogues_is_translated():
    assert translations.missing(["core"]) == {"core_de.po": [], "core_es.po": []}


def test_the_mails_subjects_follow_the_language(speak):
    day = date(2026, 12, 10)
    speak("de")
    assert minutes_subject("Weekly", day) == "Protokoll — Weekly — 2026-12-10"
    assert amended_minutes_subject("Weekly", day).startswith("Protokoll (geändert) — ")
    assert follow_up_subject("Weekly", day) == "Ihre Aufgaben aus Weekly — 2026-12-10"
    speak("es")
    assert minutes_subject("Weekly", day) == "Acta — Weekly — 2026-12-10"
    speak("en")
    assert minutes_subject("Weekly", day) == "Minutes — Weekly — 2026-12-10"
    assert amended_minutes_subject("Weekly", day) == "Minutes (amended) — Weekly — 2026-12-10"
