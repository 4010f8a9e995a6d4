"""Notes up to the length limit print whole, in order, laid out once (issue #13, point 5).

How long the minutes take is measured in benchmarks/, never asserted here.
"""

from __future__ import annotations

import io
import random
import unicodedata
from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from facilitator.minutes import fonts, render_minutes
from facilitator.minutes.paragraphs import LONG_TEXT, text
from facilitator.minutes.snapshot import ItemNotes, MinutesSnapshot, NoteLine
from facilitator.minutes.style import (
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    PAGE_HEIGHT,
    stylesheet,
)
from facilitator.vocabulary import MeetingKind, MeetingStatus, NoteKind

WORDS = ("pipeline", "review", "lead", "quality", "SLA", "follow-up", "webinar", "MQL", "Müller")


def _snapshot(*notes: str) -> MinutesSnapshot:
    """A held meeting with nothing but these notes, loose under no agenda item."""
    at = datetime(2026, 11, 23, 11, 0, tzinfo=UTC)
    lines = tuple(NoteLine(NoteKind.NOTE, note, float(i), False) for i, note in enumerate(notes))
    return MinutesSnapshot(
        meeting_id=1,
        title="Quarterly review",
        kind=MeetingKind.WEEKLY,
        status=MeetingStatus.ENDED,
        series=None,
        scheduled_at=at,
        started_at=at,
        ended_at=at,
        cap_seconds=3600,
        location="",
        moderator=None,
        attendees=(),
        agenda=(),
        notes=(ItemNotes(None, None, lines),),
        disputes=(),
        actions_new=(),
        actions_carried=(),
        actions_closed=(),
        metrics=(),
        next_meeting=None,
        prepared_on=date(2026, 11, 23),
    )


def _words(length: int, seed: int) -> str:
    rng = random.Random(seed)
    words: list[str] = []
    size = 0
    while size < length:
        words.append(rng.choice(WORDS) + (f" {size}" if rng.random() < 0.1 else ""))
        size += len(words[-1]) + 1
    return " ".join(words)[:length].strip()


def _printed(pdf: bytes) -> tuple[str, int]:
    """The text pypdf finds in the page bodies (no running header or footer), and the pages."""
    pieces: list[str] = []

    def collect(found: str, cm: list[float], tm: list[float], *_: object) -> None:
        y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
        if found and MARGIN_BOTTOM - 2 < y < PAGE_HEIGHT - MARGIN_TOP + 2:
            pieces.append(found)

    pages = PdfReader(io.BytesIO(pdf)).pages
    for page in pages:
        page.extract_text(visitor_text=collect)
        pieces.append("\n")
    return "".join(pieces), len(pages)


def _squashed(value: str) -> str:
    return "".join(unicodedata.normalize("NFC", value).split())


def test_a_200000_character_note_prints_whole_and_in_order():
    note = _words(200_000, seed=1)
    printed, pages = _printed(render_minutes(_snapshot("Opening note.", note, "Closing note.")))
    flat = " ".join(printed.split())
    assert " ".join(note.split()) in flat
    assert flat.index("Opening note.") < flat.index(note[:40]) < flat.index("Closing note.")
    assert pages > 40


def test_a_word_of_200000_letters_without_spaces_wraps_whole():
    word = "Ω" + "".join(random.Random(2).choice("abcdefgh") for _ in range(199_998)) + "Ω"
    printed, _ = _printed(render_minutes(_snapshot(word)))
    assert word in _squashed(printed)
    wrapped = [line for line in printed.splitlines() if line and set(line) <= set("abcdefghΩ")]
    assert len(wrapped) > 1000
    assert max(len(line) for line in wrapped) < 120


def test_long_cjk_and_right_to_left_notes_print_in_their_fonts():
    rng = random.Random(3)
    chinese = "".join(rng.choice("我们需要更多的潜在客户下周五之前完成，。") for _ in range(60_000))
    words = ["הפגישה", "מחר", "צוות", "Sales", "(10:00)"]
    hebrew = " ".join(rng.choice(words) for _ in range(9_000))
    pdf = render_minutes(_snapshot(chinese, hebrew))
    printed, _ = _printed(pdf)
    assert _squashed(chinese) in _squashed(printed)
    for word in ("הפגישה", "מחר", "צוות", "Sales"):
        assert word in printed or word[::-1] in printed
    fonts_used = {
        str(font.get_object()["/BaseFont"]).split("+")[-1]
        for page in PdfReader(io.BytesIO(pdf)).pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert {"DroidSansFallback", "NotoSansHebrew-Regular"} <= fonts_used


@pytest.mark.parametrize("note", [_words(30_000, seed=4), "中文，" * 10_000, "w" * 30_000])
def test_a_long_note_splits_into_pages_of_the_lines_it_was_broken_into_once(note: str):
    """Past LONG_TEXT the lines are broken here; a page split hands on the lines that are left,
    and ReportLab draws a page of them as they are, without breaking any again."""
    style = stylesheet()["Note"]
    long_flowable = text(note, style, bullet="NOTE")
    page = 700.0
    pieces = []
    rest = long_flowable
    _, total = rest.wrap(FRAME_WIDTH, page)
    while True:
        _, height = rest.wrap(FRAME_WIDTH, page)
        if height <= page:
            pieces.append(rest)
            break
        head, rest = rest.split(FRAME_WIDTH, page)
        assert head.wrap(FRAME_WIDTH, page)[1] <= page
        pieces.append(head)
    assert sum(piece.wrap(FRAME_WIDTH, page)[1] for piece in pieces) == pytest.approx(total)
    assert len(pieces) > 5
    room = FRAME_WIDTH - style.leftIndent - style.rightIndent - 0.5
    lines, _ = fonts.rtl_lines(note, room, style.fontSize)
    assert total == pytest.approx(len(lines) * style.leading)
    assert "".join(lines).replace(" ", "") == note.replace(" ", "")
    page_of_lines = Paragraph(fonts.visual_markup(lines[:60]), style, bulletText="NOTE")
    page_of_lines.wrap(FRAME_WIDTH, page)
    assert len(page_of_lines.blPara.lines) == 60
    assert len(note) > LONG_TEXT


WORD = st.text(st.sampled_from("abcdefghijWM中文，éשל\u0301"), min_size=1, max_size=25)


@settings(max_examples=200, deadline=None)
@given(words=st.lists(WORD, min_size=1, max_size=40), width=st.sampled_from([30.0, 80.0, 200.0]))
def test_lines_are_greedy_fit_and_lose_nothing(words: list[str], width: float):
    """Each line fits (or is one letter), and the next word, or the next letter of a word cut
    for being wider than a line, would not."""
    paragraph = " ".join(words)
    lines = fonts._break(paragraph, width, 9.5, False)
    assert "".join(lines).replace(" ", "") == paragraph.replace(" ", "")
    for line in lines:
        assert fonts.text_width(line, 9.5) <= width or len(fonts._clusters(line)) == 1
    starts = {}
    letters = 0
    for number, word in enumerate(words):
        for offset in range(len(word)):
            starts[letters + offset] = (number, offset)
        letters += len(word)
    letters = 0
    for line, following in zip(lines, lines[1:], strict=False):
        letters += len(line.replace(" ", ""))
        number, offset = starts[letters]
        if offset == 0:
            assert fonts.text_width(f"{line} {words[number]}", 9.5) > width
        else:
            assert fonts.text_width(line + fonts._clusters(following)[0], 9.5) > width
