"""The font cache (issue #20) makes minutes sooner, never different: a warm cache gives the same
bytes, and a changed, removed or damaged entry or an unwritable folder falls back to parsing."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFError, TTFontFace
from sqlalchemy import select

from facilitator.fontcache import font_cache
from facilitator.paths import FONT_DIR
from facilitator.record.demo import load_demo
from facilitator.storage.database import Database
from facilitator.storage.models import Meeting, Note
from facilitator.vocabulary import MeetingStatus

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS_NOTE = "Plan 计划 مرحبا שלום 한국어 launch 🚀 café"
DROPPED = ("_ttf_data", "_pdfScale", "glyphToChar", "_pos")


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    return home


@pytest.fixture
def font_copy(tmp_path: Path) -> Path:
    """A shipped font under a path of its own, so the test may change or remove it."""
    path = tmp_path / "fonts" / "Body.ttf"
    path.parent.mkdir()
    shutil.copyfile(FONT_DIR / "DejaVuSans.ttf", path)
    return path


def _kept(face: TTFontFace) -> dict[str, object]:
    """The face's state; a warm face's glyph metrics and offsets are arrays, read as lists."""
    kept = {key: value for key, value in face.__dict__.items() if key not in DROPPED}
    kept["hmetrics"] = [tuple(pair) for pair in face.hmetrics]
    kept["glyphPos"] = list(face.glyphPos)
    return kept


def _entries(cache_home: Path) -> list[Path]:
    return sorted((cache_home / "Facilitator" / "fonts").glob("*"))


def test_a_warm_font_is_the_parsed_font(cache_home: Path, font_copy: Path):
    parsed = TTFontFace(str(font_copy))
    cold = font_cache.load_font("Body", font_copy)
    assert sorted(entry.suffix for entry in _entries(cache_home)) == [".coverage", ".face"]
    warm = font_cache.load_font("Body", font_copy)
    for font in (cold, warm):
        assert _kept(font.face) == _kept(parsed)
        assert font.face._pdfScale(1234) == parsed._pdfScale(1234)
        assert font.face.makeSubset([0x41, 0xE9, 0x20AC]) == parsed.makeSubset([0x41, 0xE9, 0x20AC])
        assert font.stringWidth("Weekly café €5", 9.5) == pytest.approx(
            sum(parsed.getCharWidth(ord(c)) for c in "Weekly café €5") * 9.5 / 1000
        )
    assert font_cache.coverage(font_copy) == frozenset(
        code for code, glyph in parsed.charToGlyph.items() if glyph
    )


def test_a_changed_font_file_is_read_again(cache_home: Path, font_copy: Path):
    cyrillic = 0x0416
    assert cyrillic in font_cache.coverage(font_copy)
    shutil.copyfile(FONT_DIR / "NotoSansHebrew-Regular.ttf", font_copy)
    assert cyrillic not in font_cache.coverage(font_copy)
    assert cyrillic not in font_cache.load_font("Body", font_copy).face.charToGlyph


def test_a_changed_file_under_the_same_size_and_time_gets_its_own_metrics(
    cache_home: Path, font_copy: Path
):
    font_cache.load_font("Body", font_copy)
    stat = font_copy.stat()
    data = bytearray(font_copy.read_bytes())
    data[-1] ^= 0xFF  # the last glyph's outline: the same size, other bytes
    font_copy.write_bytes(bytes(data))
    os.utime(font_copy, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    reloaded = font_cache.load_font("Body", font_copy)
    assert reloaded.face._ttf_data == bytes(data)
    assert len([e for e in _entries(cache_home) if e.suffix == ".face"]) == 2


def test_a_removed_font_file_is_not_answered_from_the_cache(cache_home: Path, font_copy: Path):
    font_cache.coverage(font_copy)
    font_copy.unlink()
    with pytest.raises((TTFError, OSError)):
        font_cache.coverage(font_copy)
    with pytest.raises((TTFError, OSError)):
        font_cache.load_font("Body", font_copy)


@pytest.mark.parametrize(
    "damage",
    [
        lambda blob: blob[: len(blob) // 2],
        lambda blob: blob[:40] + bytes([blob[40] ^ 0x55]) + blob[41:],
        lambda blob: b"",
        lambda blob: __import__("hashlib").sha256(b"not a pickle").digest() + b"not a pickle",
    ],
    ids=["truncated", "a flipped byte", "empty", "checksummed garbage"],
)
def test_a_damaged_entry_is_ignored_and_made_again(cache_home: Path, font_copy: Path, damage):
    parsed = TTFontFace(str(font_copy))
    font_cache.load_font("Body", font_copy)
    for entry in _entries(cache_home):
        entry.write_bytes(damage(entry.read_bytes()))
    assert font_cache.coverage(font_copy) == frozenset(
        code for code, glyph in parsed.charToGlyph.items() if glyph
    )
    assert _kept(font_cache.load_font("Body", font_copy).face) == _kept(parsed)
    assert _kept(font_cache.load_font("Body", font_copy).face) == _kept(parsed)


def test_an_unwritable_cache_folder_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, font_copy: Path
):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would go")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    parsed = TTFontFace(str(font_copy))
    assert _kept(font_cache.load_font("Body", font_copy).face) == _kept(parsed)
    assert 0x41 in font_cache.coverage(font_copy)
    assert blocker.read_text() == "a file where the cache folder would go"


def _minutes(db_target: str, meeting_id: int, output: Path, cache_home: Path) -> bytes:
    subprocess.run(
        [sys.executable, "-m", "facilitator", "--db", db_target, "minutes", "-o", str(output),
         str(meeting_id)],
        check=True, cwd=ROOT, capture_output=True, timeout=120,
        env={**os.environ, "XDG_CACHE_HOME": str(cache_home), "RL_invariant": "1",
             "PYTHONPATH": str(ROOT)},
    )
    return output.read_bytes()


def test_minutes_are_the_same_bytes_with_a_cold_and_a_warm_cache(
    db: Database, db_target: str, tmp_path: Path, cache_home: Path
):
    load_demo(db, seed=7)
    with db.write() as session:
        meeting = session.scalars(
            select(Meeting).where(Meeting.status == MeetingStatus.ENDED).limit(1)
        ).one()
        session.add(Note(meeting=meeting, item=meeting.items[0], text=SCRIPTS_NOTE))
        meeting_id = meeting.id
    cold = _minutes(db_target, meeting_id, tmp_path / "cold.pdf", cache_home)
    made = _entries(cache_home)
    assert {entry.suffix for entry in made} == {".coverage", ".face"}
    warm = _minutes(db_target, meeting_id, tmp_path / "warm.pdf", cache_home)
    assert _entries(cache_home) == made
    assert warm == cold


def test_a_loaded_font_splits_text_into_subsets_as_reportlab_does(
    cache_home: Path, font_copy: Path
):
    """The quick way for text whose characters have codes gives ReportLab's runs and codes,
    past the first subset, for a no-break space and for a character the font lacks."""
    from reportlab.pdfbase.ttfonts import TTFont

    ours, theirs = font_cache.load_font("Body", font_copy), TTFont("Body", str(font_copy))
    texts = ["Plan a launch", "Plan\xa0a launch", "café ß", "Plan café", "\u0e01 Thai", "", "a"]
    texts += ["".join(map(chr, range(0x400, 0x4FF))), "Plan Ѐ café \xa0", "Ѐ", "a\u0e01"]
    our_doc, their_doc = object.__new__(type("Doc", (), {})), object.__new__(type("Doc", (), {}))
    for text in texts * 2:
        assert ours.splitString(text, our_doc) == theirs.splitString(text, their_doc), text
    assert ours.state[our_doc].subsets == theirs.state[their_doc].subsets


def test_a_loaded_font_measures_as_reportlab_does(
    cache_home: Path, font_copy: Path, monkeypatch: pytest.MonkeyPatch
):
    """Widths kept per word are the widths measured, and the store starts afresh when full."""
    from reportlab.pdfbase.ttfonts import TTFont

    monkeypatch.setattr(font_cache, "_WIDTHS_KEPT", 3)
    ours, theirs = font_cache.load_font("Body", font_copy), TTFont("Body", str(font_copy))
    words = ["Plan", "café", "Plan", "\u0e01", b"bytes", "Plan", "launch 🚀", "Plan"]
    for size in (9.5, 8, 9.5):
        for word in words:
            assert ours.stringWidth(word, size) == theirs.stringWidth(word, size), word
            assert len(ours._widths) <= 3
