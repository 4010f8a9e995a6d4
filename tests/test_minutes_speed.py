"""The shortcuts that make the minutes fast (issue #8) print exactly what the long way did."""

from __future__ import annotations

import gc
import io
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from facilitator.minutes import fonts, render_minutes, snapshot_meeting
from facilitator.minutes.paragraphs import text
from facilitator.minutes.snapshot import ItemNotes, NoteLine
from facilitator.storage.database import Database
from facilitator.storage.models import AgendaItem, Meeting, Note
from facilitator.vocabulary import ItemKind, MeetingKind, MeetingStatus, NoteKind

PLAIN = st.lists(
    st.sampled_from(list("abcXYZ019 .,;:!?-'\"()/\t\n\r") + ["  ", "\xa0", "é", "ß"]),
    max_size=60,
).map("".join)
MARKED = st.lists(
    st.sampled_from(list("ab <>&;/") + ["&amp;", "<b>", "中", "é"]), max_size=30
).map("".join)


def _style() -> ParagraphStyle:
    fonts.register_fonts()
    return ParagraphStyle("Probe", fontName=fonts.BODY_FONT, fontSize=9.5, leading=13)


def _layout(paragraph: Paragraph, width: float) -> tuple[float, list[list[str]]]:
    """A paragraph's height at a width and the words of each of its lines."""
    _, height = paragraph.wrap(width, 10_000)
    lines = paragraph.blPara.lines
    if paragraph.blPara.kind == 0:
        words = [list(line[1]) for line in lines]
    else:
        words = [[str(getattr(w, "text", w)) for w in line.words] for line in lines]
    return height, words


def _frags(paragraph: Paragraph) -> list[tuple[object, ...]]:
    return [(f.text, f.fontName, f.fontSize, f.textColor, f.rise) for f in paragraph.frags]


@settings(max_examples=150, deadline=None)
@given(value=st.one_of(PLAIN, MARKED))
def test_a_paragraph_reads_and_breaks_as_reportlabs_parser_makes_it(value: str):
    style = _style()
    quick = text(value, style)
    parsed = Paragraph(fonts.markup(value), style)
    assert _frags(quick) == _frags(parsed)
    for width in (60.0, 420.0):
        assert _layout(quick, width) == _layout(parsed, width)


def test_a_paragraph_wrapped_again_at_another_width_is_laid_out_afresh():
    style = _style()
    words = "quarterly pipeline review with the regional sales leads " * 12
    paragraph = text(words, style)
    wide = paragraph.wrap(420, 10_000)
    narrow = paragraph.wrap(90, 10_000)
    assert narrow == Paragraph(words, style).wrap(90, 10_000)
    assert narrow[1] > wide[1]
    assert paragraph.wrap(420, 10_000) == wide
    top, rest = paragraph.split(420, 3 * style.leading)
    assert top.wrap(420, 10_000)[1] == 3 * style.leading
    assert rest.wrap(420, 10_000)[1] == wide[1] - 3 * style.leading


@given(value=st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_prints_as_the_character_by_character_rule_says(value: str):
    expected = []
    for char in value.replace("\r\n", "\n").replace("\r", "\n"):
        if char == "\t":
            expected.append(" ")
        elif char == "\n" or char.isprintable():
            expected.append(char)
        else:
            expected.append(fonts.REPLACEMENT)
    printed = fonts.printable(value)
    assert printed == "".join(expected)
    for line in printed.split("\n"):
        assert list(fonts.runs(line)) == ([(fonts.SANS, line)] if line else [])
    assert not fonts.has_rtl(value)


def test_scripts_other_than_latin_still_get_their_own_runs_and_direction():
    faces = [face for face, _ in fonts.runs("plan 中文, ok")]
    assert faces == [fonts.SANS, fonts.CJK, fonts.SANS]
    assert fonts.has_rtl("see שלום")
    assert fonts.printable("a\u200bb\x07") == f"ab{fonts.REPLACEMENT}"


def _meeting(db: Database) -> int:
    """A held meeting with two items and notes typed out of order, some between items."""
    start = datetime(2026, 3, 5, 15, 30, tzinfo=UTC)
    with db.write() as session:
        meeting = Meeting(
            kind=MeetingKind.WEEKLY,
            title="Weekly smarketing meeting",
            scheduled_at=start,
            cap_seconds=2400,
            status=MeetingStatus.ENDED,
            started_at=start,
            ended_at=start + timedelta(minutes=30),
        )
        first = AgendaItem(
            position=0, title="Sales update", kind=ItemKind.PRESENTATION, planned_seconds=600
        )
        second = AgendaItem(
            position=1, title="Campaigns", kind=ItemKind.DISCUSSION, planned_seconds=600
        )
        meeting.items = [first, second]
        session.add(meeting)
        session.flush()
        for item, offset, words in (
            (second, 40.0, "second item, later"),
            (first, 30.0, "first item, tie typed first"),
            (None, 5.0, "between items"),
            (second, 10.0, "second item, earlier"),
            (first, 30.0, "first item, tie typed second"),
            (first, 2.0, "first item, earliest"),
        ):
            note = Note(meeting=meeting, item=item, kind=NoteKind.NOTE, text=words)
            note.offset_seconds = offset
            session.add(note)
        session.flush()
        return meeting.id


def test_notes_group_by_item_in_the_order_they_were_typed(db: Database):
    snapshot = snapshot_meeting(db, _meeting(db))
    assert [(group.number, [n.text for n in group.notes]) for group in snapshot.notes] == [
        (
            1,
            [
                "first item, earliest",
                "first item, tie typed first",
                "first item, tie typed second",
            ],
        ),
        (2, ["second item, earlier", "second item, later"]),
        (None, ["between items"]),
    ]


def test_rendering_turns_the_collector_back_on_even_when_it_fails(db: Database):
    snapshot = snapshot_meeting(db, _meeting(db))
    pdf = render_minutes(snapshot)
    assert gc.isenabled()
    assert b"/ASCII85Decode" not in pdf
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 1
    broken = NoteLine(NoteKind.NOTE, None, 0.0, False)  # type: ignore[arg-type]
    with pytest.raises((AttributeError, TypeError)):
        render_minutes(replace(snapshot, notes=(ItemNotes(1, "Sales update", (broken,)),)))
    assert gc.isenabled()
