"""Dates written without loading Babel (issue #20 point 2): the app's patterns are filled in from
Babel's month and day names kept in the user cache folder, and read exactly as Babel writes
them; any other pattern, and a damaged names file, still give Babel's own text."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from babel.dates import format_date as babel_format_date

from facilitator import language

PATTERNS = (
    "EEEE d MMMM y",
    "d MMMM y",
    "d MMM y",
    "EEEE, d. MMMM y",
    "d. MMMM y",
    "dd.MM.y",
    "EEEE, d 'de' MMMM 'de' y",
    "d 'de' MMMM 'de' y",
    "LLLL y",
    "LLL",
    "EEEE",
    "EEE",
    "yy",
    "'it''s' d '' M",
    "MMMMM y",
    "G y",
)
"""The app's patterns in every language, and others that exercise quotes, widths and fields
left to Babel."""


@pytest.fixture(autouse=True)
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    language._date_names.cache_clear()
    language._formatted_date.cache_clear()
    yield tmp_path
    language._date_names.cache_clear()
    language._formatted_date.cache_clear()


def _days() -> list[date]:
    return [date(2027, 1, 1) + timedelta(days=n) for n in range(0, 366, 3)]


@pytest.mark.parametrize("code", sorted(language.LANGUAGES))
def test_every_pattern_reads_as_babel_writes_it(code: str):
    for pattern in PATTERNS:
        for day in _days():
            expected = babel_format_date(day, format=pattern, locale=code)
            assert language._formatted_date(day, pattern, code) == expected, (pattern, day)


def test_the_names_are_read_from_the_cache_folder_once_written(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
):
    assert language._formatted_date(date(2026, 12, 4), "EEEE d MMMM y", "de") == (
        "Freitag 4 Dezember 2026"
    )
    [kept] = (cache_home / "Facilitator" / "dates").glob("de-*.json")
    language._date_names.cache_clear()
    language._formatted_date.cache_clear()

    def no_babel(code: str) -> language.DateNames:
        raise AssertionError("Babel's data was read again")

    monkeypatch.setattr(language, "_babel_names", no_babel)
    assert language._formatted_date(date(2026, 3, 2), "d MMM y", "de") == "2 März 2026"
    assert kept.exists()


def test_a_damaged_names_file_is_made_again(cache_home: Path):
    language._formatted_date(date(2026, 12, 4), "d MMMM y", "es")
    [kept] = (cache_home / "Facilitator" / "dates").glob("es-*.json")
    kept.write_text('{"format wide months": ["enero"]}', encoding="utf-8")
    language._date_names.cache_clear()
    language._formatted_date.cache_clear()

    assert language._formatted_date(date(2026, 12, 4), "d 'de' MMMM 'de' y", "es") == (
        "4 de diciembre de 2026"
    )
    assert "diciembre" in kept.read_text(encoding="utf-8")
