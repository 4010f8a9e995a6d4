"""Emoji in notes print as glyphs from the shipped Symbola font, and copy out of the PDF intact."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from facilitator.minutes import fonts, write_minutes
from facilitator.record.demo import load_demo
from facilitator.storage.database import Database
from facilitator.storage.models import Meeting, Note
from facilitator.vocabulary import MeetingStatus, NoteKind

EMOJI_NOTE = "Launch 🚀 went well 👍, the team ❤ it 😀🏆"
THAI = "ก"


def _text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    text = "\n".join(page.extract_text() for page in pages)
    return " ".join(unicodedata.normalize("NFC", text).split())


def _fonts(pdf: bytes) -> set[str]:
    return {
        str(font.get_object()["/BaseFont"]).split("+")[-1]
        for page in PdfReader(io.BytesIO(pdf)).pages
        for font in page["/Resources"]["/Font"].values()
    }


@pytest.fixture
def minutes_with(db: Database, tmp_path: Path):
    """Render an ended demo meeting whose first agenda item carries the given note."""
    load_demo(db, seed=7)
    with db.read() as session:
        meeting_id = session.scalars(
            select(Meeting.id).where(Meeting.status == MeetingStatus.ENDED).limit(1)
        ).one()

    def render(typed: str, kind: NoteKind = NoteKind.NOTE) -> bytes:
        with db.write() as session:
            meeting = session.get(Meeting, meeting_id)
            assert meeting is not None
            session.add(Note(meeting=meeting, item=meeting.items[0], text=typed, kind=kind))
        return write_minutes(db, meeting_id, tmp_path / "minutes.pdf").read_bytes()

    return render


def test_emoji_print_as_glyphs_and_extract_unchanged(minutes_with):
    pdf = minutes_with(EMOJI_NOTE)
    assert EMOJI_NOTE in _text(pdf)
    assert fonts.REPLACEMENT not in _text(pdf)
    assert "Symbola" in _fonts(pdf)


def test_emoji_in_a_bold_decision_keep_their_glyphs(minutes_with):
    pdf = minutes_with("Ship it 🚢 on Friday", kind=NoteKind.DECISION)
    assert "Ship it 🚢 on Friday" in _text(pdf)
    assert "Symbola" in _fonts(pdf)


def test_a_character_no_font_has_still_shows_a_visible_replacement(minutes_with):
    pdf = minutes_with(f"Thai {THAI} and 🚀")
    assert f"Thai {fonts.REPLACEMENT} and 🚀" in _text(pdf)


def test_the_symbol_face_is_chosen_only_where_the_others_lack_the_character():
    assert fonts.face_for("🚀") is fonts.SYMBOLS
    assert fonts.face_for("A") is fonts.SANS
    assert fonts.face_for(THAI) is None
    assert fonts.printable("🚀\ufe0f👍\u200d") == "🚀👍"


def test_the_shipped_symbol_font_is_small_and_licensed():
    font = fonts.FONT_DIR / fonts.SYMBOLS.regular
    assert font.stat().st_size < 3_000_000
    assert "free for any use" in (fonts.FONT_DIR / "LICENSE-Symbola.txt").read_text()
