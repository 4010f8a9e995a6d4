"""PDF minutes: what an attendee finds in the file, in any script, however long the meeting."""

from __future__ import annotations

import dataclasses
import io
import re
import string
import unicodedata
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from sqlalchemy import select

from facilitator.measures.metric_units import format_value
from facilitator.minutes import (
    MinutesSnapshot,
    fonts,
    render_minutes,
    snapshot_meeting,
    write_minutes,
)
from facilitator.minutes.page import document_title
from facilitator.minutes.snapshot import ActionLine, ItemNotes, NoteLine, PersonLine
from facilitator.minutes.style import MARGIN_BOTTOM, MARGIN_TOP, PAGE_HEIGHT
from facilitator.record.demo import load_demo
from facilitator.record.meetings import MeetingNotFound
from facilitator.rules.agenda import format_duration
from facilitator.safety.safe_write import WriteFailed
from facilitator.storage.database import Database, open_database
from facilitator.storage.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    Dispute,
    DisputeMeeting,
    GoalTarget,
    Meeting,
    MetricValue,
    Note,
    Person,
    Series,
    SLAGoal,
)
from facilitator.vocabulary import (
    ActionStatus,
    AttendanceStatus,
    Direction,
    DisputeCategory,
    DisputeRole,
    DisputeStatus,
    Frequency,
    GoalUnit,
    ItemKind,
    MeetingKind,
    MeetingStatus,
    NoteKind,
    Period,
    Team,
)

TODAY = date(2026, 3, 16)
SECTIONS = [
    "Attendance",
    "Agenda",
    "Notes by item",
    "Disputes",
    "Action items",
    "Metrics",
    "Next meeting",
]


# --- helpers ---------------------------------------------------------------------------------


def body_text(pdf: bytes) -> str:
    """The text pypdf extracts from the page bodies, without running headers and footers."""
    pieces: list[str] = []

    def collect(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
        if text and MARGIN_BOTTOM - 2 < y < PAGE_HEIGHT - MARGIN_TOP + 2:
            pieces.append(text)

    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=collect)
        pieces.append("\n")
    return "".join(pieces)


def flat(text: str) -> str:
    """NFC with every run of whitespace as one space: wrapped lines compare with typed text."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def squashed(text: str) -> str:
    """NFC without any whitespace: for text that may wrap inside a word (CJK, long words)."""
    return "".join(unicodedata.normalize("NFC", text).split())


def font_names(pdf: bytes) -> set[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return {
        str(font.get_object()["/BaseFont"]).split("+")[-1]
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }


def with_notes(snapshot: MinutesSnapshot, *texts: str, kind: NoteKind = NoteKind.NOTE) -> bytes:
    """The demo minutes with one agenda item's notes replaced by these, rendered."""
    notes = tuple(NoteLine(kind, value, float(i), False) for i, value in enumerate(texts))
    return render_minutes(dataclasses.replace(snapshot, notes=(ItemNotes(1, "Scripts", notes),)))


# --- fixtures --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = open_database(tmp_path_factory.mktemp("minutes") / "demo.sqlite")
    load_demo(db, today=TODAY, seed=7)
    yield db
    db.close()


def _weekly_ids(db: Database) -> list[int]:
    with db.read() as session:
        return list(
            session.scalars(
                select(Meeting.id)
                .where(Meeting.kind == MeetingKind.WEEKLY, Meeting.status == MeetingStatus.ENDED)
                .order_by(Meeting.scheduled_at)
            )
        )


@pytest.fixture(scope="module")
def latest(demo: Database) -> MinutesSnapshot:
    return snapshot_meeting(demo, _weekly_ids(demo)[-1], today=TODAY)


@pytest.fixture(scope="module")
def latest_pdf(latest: MinutesSnapshot) -> bytes:
    return render_minutes(latest)


@pytest.fixture(scope="module")
def small(latest: MinutesSnapshot) -> MinutesSnapshot:
    """The latest weekly meeting without tables or charts, so a rendering takes little time."""
    return dataclasses.replace(
        latest, disputes=(), actions_new=(), actions_carried=(), actions_closed=(), metrics=()
    )


# --- the demo's latest weekly meeting ---------------------------------------------------------


def test_minutes_carry_metadata_and_page_numbers(latest: MinutesSnapshot, latest_pdf: bytes):
    reader = PdfReader(io.BytesIO(latest_pdf))
    pages = len(reader.pages)

    assert pages > 0
    assert reader.metadata.title == document_title(latest)
    assert latest.title in reader.metadata.title
    assert reader.metadata.author == "Sofia Marchetti"
    assert "12 March 2026" in reader.metadata.subject
    for number, page in enumerate(reader.pages, start=1):
        assert f"Page {number} of {pages}" in page.extract_text()


def test_every_section_has_a_bookmark_on_its_own_page(latest_pdf: bytes):
    reader = PdfReader(io.BytesIO(latest_pdf))
    top = [entry for entry in reader.outline if not isinstance(entry, list)]
    assert [entry.title for entry in top] == SECTIONS
    pages = [reader.get_destination_page_number(entry) for entry in top]
    assert pages == sorted(pages)
    assert pages[-1] == len(reader.pages) - 1
    for entry, page in zip(top, pages, strict=True):
        assert entry.title in reader.pages[page].extract_text()
    items = next(entry for entry in reader.outline if isinstance(entry, list))
    assert [item.title for item in items][0] == "1. Open action items"


def test_everything_said_prints_as_typed(latest: MinutesSnapshot, latest_pdf: bytes):
    text = flat(body_text(latest_pdf))
    typed = [note.text for group in latest.notes for note in group.notes]
    for dispute in latest.disputes:
        typed += [dispute.title, dispute.sales_position, dispute.marketing_position]
        typed += [dispute.resolution] if dispute.resolution else []
    actions = (*latest.actions_new, *latest.actions_carried, *latest.actions_closed)
    typed += [action.text for action in actions]
    typed += [line.title for line in latest.agenda]
    typed += [attendee.name for attendee in latest.attendees]

    assert len(typed) > 30
    for value in typed:
        assert flat(value) in text, value


def test_attendees_agenda_and_overruns_show(latest: MinutesSnapshot, latest_pdf: bytes):
    text = flat(body_text(latest_pdf))

    assert "Moderator: Sofia Marchetti (Customer service)" in text
    assert f"Present ({len(latest.attendees)}):" in text
    assert "Mei Chen 陈美 (Marketing)" in text
    overruns = [line for line in latest.agenda if (line.overrun_seconds or 0) > 0]
    assert overruns
    for line in overruns:
        assert f"+{format_duration(line.overrun_seconds or 0)}" in text
    assert "Thursday 19 March 2026, 16:30" in text


def test_overdue_action_items_are_marked_in_words(latest: MinutesSnapshot, latest_pdf: bytes):
    assert [a for a in latest.actions_carried if a.overdue]
    # with those overdue from another series (the campaign check-in's), listed after them
    assert body_text(latest_pdf).count("OVERDUE") == len(latest.overdue_actions)


def test_metrics_show_against_their_targets(latest: MinutesSnapshot, latest_pdf: bytes):
    text = flat(body_text(latest_pdf))
    assert len(latest.metrics) == 3
    for metric in latest.metrics:
        assert metric.target is not None
        row = [metric.goal, metric.team.label if metric.team else "", metric.smart]
        row.append(metric.period_label)  # the smart line: "by 31 Dec 2026 — objective"
        row += [format_value(metric.value, metric.unit), format_value(metric.target, metric.unit)]
        row.append("Met" if metric.met else "Missed")
        assert flat(" ".join(row)) in text
        assert len(metric.history) > 1
        assert metric.history[-1].value == metric.value


def test_no_text_falls_back_to_an_unembedded_font(latest_pdf: bytes):
    assert font_names(latest_pdf) <= {
        "DejaVuSans",
        "DejaVuSans-Bold",
        "DejaVuSans-Oblique",
        "DroidSansFallback",
    }


def test_the_demo_sample_renders_in_docs_exist():
    docs = Path(__file__).resolve().parent.parent / "docs"
    assert (docs / "minutes-sample.pdf").exists()
    assert sorted(docs.glob("minutes-sample-page-*.png"))


# --- what the meeting knew at the time --------------------------------------------------------


def _three_weeks(db: Database) -> list[int]:
    """A weekly series: two meetings held a week apart and a third one planned.

    At the first, a dispute is raised and two action items are made; at the second the dispute
    is settled, one action item is closed and the other, now overdue, carries over. The MQL goal
    rises from 400 to 450 between the two.
    """
    first = datetime(2026, 3, 5, 15, 30, tzinfo=UTC)
    week = timedelta(days=7)
    with db.write() as session:
        sofia = Person(name="Sofia Marchetti", team=Team.CUSTOMER_SERVICE)
        hannah = Person(name="Hannah Becker", team=Team.SALES)
        mei = Person(name="Mei Chen", team=Team.MARKETING)
        series = Series(name="Weekly", kind=MeetingKind.WEEKLY, frequency=Frequency.WEEKLY)
        meetings = []
        for n in range(3):
            held = n < 2
            start = first + n * week
            meeting = Meeting(
                series=series,
                kind=MeetingKind.WEEKLY,
                title="Weekly smarketing meeting",
                scheduled_at=start,
                cap_seconds=2400,
                moderator=sofia,
                status=MeetingStatus.ENDED if held else MeetingStatus.PLANNED,
                started_at=start if held else None,
                ended_at=start + timedelta(minutes=38) if held else None,
            )
            meeting.items = [
                AgendaItem(
                    position=0,
                    title="Sales update",
                    kind=ItemKind.PRESENTATION,
                    planned_seconds=600,
                    presenter_team=Team.SALES,
                    presenter=hannah,
                    actual_start=start if held else None,
                    actual_end=start + timedelta(seconds=690) if held else None,
                )
            ]
            meeting.attendance = [
                Attendance(person=hannah, status=AttendanceStatus.PRESENT),
                Attendance(person=mei, status=AttendanceStatus.ABSENT),
            ]
            meetings.append(meeting)
        dispute = Dispute(
            title="What counts as an MQL",
            category=DisputeCategory.MQL_DEFINITION,
            raised_by_team=Team.SALES,
            raised_by=hannah,
            sales_position="A demo request.",
            marketing_position="A score of 40+.",
            status=DisputeStatus.RESOLVED,
            resolution="A demo request, or a score of 60+.",
        )
        dispute.meeting_links = [
            DisputeMeeting(
                meeting=meetings[0], role=DisputeRole.RAISED, status_after=DisputeStatus.OPEN
            ),
            DisputeMeeting(
                meeting=meetings[1], role=DisputeRole.SETTLED, status_after=DisputeStatus.RESOLVED
            ),
        ]
        done = ActionItem(
            text="Draft the MQL definition",
            owner=mei,
            team=Team.MARKETING,
            due_date=date(2026, 3, 10),
            status=ActionStatus.DONE,
            created_meeting=meetings[0],
            closed_meeting=meetings[1],
        )
        late = ActionItem(
            text="Export closed-won deals",
            owner=hannah,
            team=Team.SALES,
            due_date=date(2026, 3, 9),
            created_meeting=meetings[0],
        )
        goal = SLAGoal(
            key="mqls",
            name="MQLs delivered",
            team=Team.MARKETING,
            unit=GoalUnit.COUNT,
            direction=Direction.HIGHER_IS_BETTER,
            period=Period.MONTH,
        )
        goal.targets = [
            GoalTarget(target=400, effective_from=date(2026, 1, 1)),
            GoalTarget(target=450, effective_from=date(2026, 3, 8)),
        ]
        values = [
            MetricValue(meeting=meetings[0], goal=goal, value=420),
            MetricValue(meeting=meetings[1], goal=goal, value=430),
        ]
        session.add_all([*meetings, dispute, done, late, goal, *values])
        session.flush()
        return [m.id for m in meetings]


def test_minutes_show_what_the_meeting_saw_at_the_time(db: Database):
    first, second, third = _three_weeks(db)

    before = snapshot_meeting(db, first, today=TODAY)
    (raised,) = before.disputes
    assert (raised.role, raised.status_after, raised.resolution) == (
        DisputeRole.RAISED,
        DisputeStatus.OPEN,
        "",
    )
    assert [(a.text, a.status) for a in before.actions_new] == [
        ("Draft the MQL definition", ActionStatus.OPEN),
        ("Export closed-won deals", ActionStatus.OPEN),
    ]
    assert before.actions_carried == before.actions_closed == ()
    assert (before.metrics[0].value, before.metrics[0].target, before.metrics[0].met) == (
        420,
        400,
        True,
    )
    assert before.next_meeting is not None
    assert before.next_meeting.scheduled_at.date() == date(2026, 3, 12)

    after = snapshot_meeting(db, second, today=TODAY)
    (settled,) = after.disputes
    assert settled.resolution == "A demo request, or a score of 60+."
    assert settled.times_discussed == 2
    assert [(a.text, a.overdue) for a in after.actions_carried] == [
        ("Export closed-won deals", True)
    ]
    assert [(a.text, a.status) for a in after.actions_closed] == [
        ("Draft the MQL definition", ActionStatus.DONE)
    ]
    mqls = after.metrics[0]
    assert (mqls.value, mqls.target, mqls.met) == (430, 450, False)
    assert [(p.value, p.target) for p in mqls.history] == [(420, 400), (430, 450)]
    assert (after.agenda[0].overrun_seconds, after.duration_seconds) == (90, 38 * 60)

    planned = snapshot_meeting(db, third, today=TODAY)
    assert [a.text for a in planned.actions_carried] == ["Export closed-won deals"]
    assert planned.next_meeting is None
    text = flat(body_text(render_minutes(after)))
    assert (
        "Export closed-won deals since 5 Mar 2026 Hannah Becker Sales 9 Mar 2026 OVERDUE by 3 days"
        in text
    )
    assert "MQLs delivered Marketing 430 450 Missed" in text
    assert "RESOLUTION A demo request, or a score of 60+." in text
    assert "Absent (1): Mei Chen (Marketing)" in text


def test_an_unknown_meeting_is_refused(db: Database):
    with pytest.raises(MeetingNotFound):
        snapshot_meeting(db, 404)


def test_a_moderator_from_either_side_is_flagged(small: MinutesSnapshot):
    neutral = dataclasses.replace(small, moderator=PersonLine("Ana Ruiz", Team.PRODUCT))
    assert "Moderator: Ana Ruiz (Product)" in flat(body_text(render_minutes(neutral)))

    sales = dataclasses.replace(small, moderator=PersonLine("Bo Berg", Team.SALES))
    assert "Moderator: Bo Berg (Sales) — not neutral: belongs to Sales" in flat(
        body_text(render_minutes(sales))
    )


def test_a_planned_meeting_prints_as_a_draft(demo: Database):
    with demo.read() as session:
        planned = session.scalar(
            select(Meeting.id).where(
                Meeting.kind == MeetingKind.WEEKLY, Meeting.status == MeetingStatus.PLANNED
            )
        )
    assert planned is not None
    text = flat(body_text(render_minutes(snapshot_meeting(demo, planned, today=TODAY))))
    assert "MINUTES · DRAFT" in text
    assert "This meeting has not been held yet: these minutes are a draft." in text


# --- any script, printed as typed ------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "Café naïve façade — Ærøskøbing, Łódź, Dvořák, São Paulo, Þórunn, ß",
        "Ελληνικά: Καλημέρα σας, η συνάντηση τελείωσε στην ώρα της.",
        "Кириллица: Съешь же ещё этих мягких французских булок, да выпей чаю.",
        "Українська: ґанок, їжак, єнот.",
        "<b>& </para>",
        "<font face='Courier'>not markup</font> &amp; &lt;b&gt; &nbsp;",
        "Price: €1,200 · 15 % · 3–5 days · “quoted” ‘text’ … ✓ ★ ☺",
    ],
)
def test_latin_greek_cyrillic_and_markup_print_literally(small: MinutesSnapshot, typed: str):
    assert flat(typed) in flat(body_text(with_notes(small, typed)))


@pytest.mark.parametrize(
    ("typed", "font"),
    [
        ("中文：我们需要更多的潜在客户，下周五之前完成。", "DroidSansFallback"),
        ("日本語：会議は明日の午後三時からです。カタカナ、ひらがな。", "DroidSansFallback"),
        ("한국어: 회의는 내일 오후 세 시에 시작합니다.", "NanumSquareR"),
    ],
)
def test_cjk_prints_in_a_cjk_font(small: MinutesSnapshot, typed: str, font: str):
    pdf = with_notes(small, typed)
    assert squashed(typed) in squashed(body_text(pdf))
    assert font in font_names(pdf)


def test_emoji_and_uncovered_characters_print_a_visible_replacement(small: MinutesSnapshot):
    """Emoji print from the shipped Symbola (see test_minutes_emoji.py); Thai, which no shipped
    font covers, prints as �."""
    typed = "Launch 🚀 went well 👍, Thai ก too"
    pdf = with_notes(small, typed)
    text = flat(body_text(pdf))
    assert "Launch 🚀 went well 👍, Thai" in text
    assert f"Thai {fonts.REPLACEMENT} too" in text
    assert fonts.printable("a\u200db\ufe0f") == "ab"


def test_combining_marks_print_composed_but_storage_keeps_what_was_typed(
    db: Database, tmp_path: Path
):
    load_demo(db, today=TODAY, seed=7)
    typed = "Cafe\u0301 with Zoe\u0308 and q\u0301"
    meeting_id = _weekly_ids(db)[-1]
    with db.write() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        session.add(Note(meeting=meeting, item=meeting.items[0], text=typed))

    path = write_minutes(db, meeting_id, tmp_path / "minutes.pdf", today=TODAY)

    text = flat(body_text(path.read_bytes()))
    assert "Café with Zoë and q\u0301" in text
    with db.read() as session:
        stored = session.scalar(select(Note.text).where(Note.text.like("Cafe%")))
    assert stored == typed


def test_right_to_left_lines_are_laid_out_in_display_order():
    """pypdf reorders right-to-left text as it extracts it, so the layout is checked here."""
    hebrew = "הפגישה (מחר) בשעה 10:00 עם צוות Sales"
    assert fonts.display_order(hebrew, 1) == "Sales תווצ םע 10:00 העשב (רחמ) השיגפה"
    assert fonts.rtl_lines(hebrew, 1000, 9.5) == (["Sales תווצ םע 10:00 העשב (רחמ) השיגפה"], True)
    assert fonts.display_order("Mei: שלום, world!", 0) == "Mei: םולש, world!"
    assert fonts.shape("مرحبا") == "ﻣﺮﺣﺒﺎ"
    assert fonts.rtl_lines("مرحبا بكم", 1000, 9.5) == (["ﻢﻜﺑ ﺎﺒﺣﺮﻣ"], True)


def test_hebrew_and_arabic_print_in_their_fonts_with_joined_letters(small: MinutesSnapshot):
    hebrew = "הפגישה (מחר) בשעה 10:00 עם צוות Sales"
    arabic = "الاجتماع غدا في الساعة 10 مع فريق المبيعات"
    pdf = with_notes(small, hebrew, arabic)
    text = body_text(pdf)

    for typed in (hebrew, arabic):
        for word in re.findall(r"\w+", fonts.shape(typed)):
            assert word in text or word[::-1] in text, word
    assert "ﺍﻟﻤﺒﻴﻌﺎﺕ" in text
    assert {"NotoSansHebrew-Regular", "NotoSansArabic-Regular"} <= font_names(pdf)


def test_a_long_right_to_left_note_wraps_top_to_bottom():
    words = [f"מילה{i}" for i in range(60)]
    lines, _ = fonts.rtl_lines(" ".join(words), 200, 9.5)
    assert len(lines) > 3
    assert lines[0].endswith(fonts.display_order("מילה0", 1))
    assert lines[-1].startswith(fonts.display_order("מילה59", 1))


# --- long content ----------------------------------------------------------------------------


def test_a_ten_thousand_character_word_wraps(small: MinutesSnapshot):
    word = "Ω" + "w" * 9998 + "Ω"
    text = body_text(with_notes(small, word))
    assert word in squashed(text)
    wrapped = [line for line in text.splitlines() if "w" in line]
    assert len(wrapped) > 80
    assert max(len(line) for line in wrapped) < 120


def test_a_note_taller_than_a_page_prints_whole(small: MinutesSnapshot):
    tall = "\n".join(
        f"Line {i:03d} of a very long note that fills more than a page." for i in range(160)
    )
    pdf = with_notes(small, tall)
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 4
    assert flat(tall) in flat(body_text(pdf))


def test_a_long_action_item_prints_in_full_below_its_table(small: MinutesSnapshot):
    long_text = "Follow up with every account. " * 200
    action = ActionLine(
        long_text, "Amara Nwosu", Team.MARKETING, None, ActionStatus.OPEN, None, False
    )
    pdf = render_minutes(dataclasses.replace(small, actions_new=(action,)))
    text = flat(body_text(pdf))
    assert flat(long_text) in text
    assert "Continued in full below the table (N1)." in text


def test_two_thousand_notes_render(small: MinutesSnapshot):
    notes = tuple(
        NoteLine(NoteKind.NOTE, f"Note number {i}: the pipeline review went fine.", i, False)
        for i in range(2000)
    )
    groups = (ItemNotes(1, "Everything", notes[:1000]), ItemNotes(2, "More", notes[1000:]))
    pdf = render_minutes(dataclasses.replace(small, notes=groups))
    text = flat(body_text(pdf))
    assert len(PdfReader(io.BytesIO(pdf)).pages) > 20
    for i in (0, 1, 999, 1000, 1999):
        assert f"Note number {i}: the pipeline review went fine." in text
    assert len(re.findall(r"Note number \d+:", text)) == 2000


LATIN_1_LETTERS = "".join(chr(c) for c in range(0xC0, 0x100) if chr(c).isalpha())
SAFE_ALPHABET = st.one_of(
    st.sampled_from(string.ascii_letters + string.digits + " .,;:!?-()&<>/'\"%€"),
    st.sampled_from(LATIN_1_LETTERS),
    st.characters(min_codepoint=0x391, max_codepoint=0x3C9, exclude_characters="\u03a2"),
    st.characters(min_codepoint=0x410, max_codepoint=0x44F),
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5),
)
"""Latin-1 letters, Greek, Cyrillic, CJK, spaces and punctuation: the shipped fonts cover all."""


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(typed=st.text(SAFE_ALPHABET, min_size=1, max_size=300).filter(lambda t: t.strip()))
def test_any_note_in_these_scripts_prints_as_typed(small: MinutesSnapshot, typed: str):
    assert squashed(typed) in squashed(body_text(with_notes(small, typed)))


# --- writing the file ------------------------------------------------------------------------


def test_write_minutes_writes_a_pdf_and_nothing_else(demo: Database, tmp_path: Path):
    path = write_minutes(demo, _weekly_ids(demo)[-1], tmp_path / "minutes.pdf", today=TODAY)
    assert path == tmp_path / "minutes.pdf"
    assert path.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["minutes.pdf"]


def test_an_unwritable_folder_gives_one_line_and_leaves_nothing(demo: Database, tmp_path: Path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a regular file")

    with pytest.raises(WriteFailed) as raised:
        write_minutes(demo, _weekly_ids(demo)[-1], blocker / "minutes.pdf", today=TODAY)

    message = str(raised.value)
    assert "\n" not in message
    assert "not-a-folder" in message
    assert [p.name for p in tmp_path.iterdir()] == ["not-a-folder"]
    assert blocker.read_text() == "a regular file"
