"""The language the app speaks: English as written in the code, German or Spanish from the
catalogues in translations/ (compiled at build time into the shipped resources).

The windows translate through Qt (QTranslator, the .ts files pyside6-lupdate makes); the core's
words — the minutes PDF, the vocabulary's labels, the phase words — go through gettext with the
.po files, so neither the core nor the command line needs Qt. One language is chosen per process,
here, and both halves follow it.
"""

from __future__ import annotations

import gettext as _gettext
import os
from contextlib import suppress
from datetime import date
from functools import cache, lru_cache
from pathlib import Path
from typing import TypeGuard

from facilitator.resource_folder import resource_folder

LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch", "es": "Español"}
"""The languages the app ships, by code, each named in itself (as the Settings list shows it)."""

DOMAIN = "facilitator"
ENVIRONMENT = "FACILITATOR_LANGUAGE"
"""Overrides the system's language for one run (tests, a demo in another language)."""

_current = "en"


def supported(code: str | None) -> str | None:
    """The shipped language a locale name means ('de_AT.UTF-8' → 'de'), or None."""
    if not code:
        return None
    base = code.replace("-", "_").split(".")[0].split("_")[0].lower()
    return base if base in LANGUAGES else None


def system_language() -> str:
    """The language the environment asks for, as gettext reads it, English where it asks for
    none of ours."""
    override = supported(os.environ.get(ENVIRONMENT))
    if override:
        return override
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for part in os.environ.get(variable, "").split(":"):
            found = supported(part)
            if found:
                return found
            if part:
                return "en"
    return "en"


def set_language(code: str) -> str:
    """Speak `code` from now on (an unknown code means English); returns the code in use."""
    global _current
    _current = supported(code) or "en"
    _catalogue.cache_clear()
    return _current


def current_language() -> str:
    return _current


def locale_folder():
    """Where the compiled gettext catalogues are: <lang>/LC_MESSAGES/facilitator.mo."""
    return resource_folder() / "locale"


@cache
def _catalogue() -> _gettext.NullTranslations:
    if _current == "en":
        return _gettext.NullTranslations()
    return _gettext.translation(
        DOMAIN, localedir=str(locale_folder()), languages=[_current], fallback=True
    )


def _(message: str) -> str:
    """The message in the current language (the source text where no translation exists)."""
    return _catalogue().gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The singular or plural form for `count`, in the current language's own plural rule."""
    return _catalogue().ngettext(singular, plural, count)


def pgettext(context: str, message: str) -> str:
    """A message whose translation depends on where it stands ('Time' the phase, not the hour)."""
    return _catalogue().pgettext(context, message)


def N_(message: str) -> str:
    """Marks a message for the catalogue where it is defined; `_` translates it where it is
    shown (module constants are made before a language is chosen)."""
    return message


def format_date(day: date, pattern: str) -> str:
    """The day written by a CLDR pattern ('d MMMM y') with the current language's month and day
    names. Babel is imported here, not at start-up: the app starts without reading it."""
    return _formatted_date(day, pattern, _current)


@lru_cache(maxsize=4096)
def _formatted_date(day: date, pattern: str, language: str) -> str:
    """Kept by day, pattern and language: Babel parses the pattern again at every call, and one
    export of the minutes writes a few hundred dates, most of them the same few.

    The patterns the app writes (day, month, year, weekday) are filled in here from Babel's names
    kept on disk (_date_names), as Babel would fill them: loading Babel and a language's data was
    a tenth of a `facilitator minutes` process. Any other pattern is Babel's.
    """
    tokens = _date_tokens(pattern)
    names = _date_names(language) if tokens is not None else None
    if tokens is None or names is None:
        from babel.dates import format_date as babel_format_date

        return babel_format_date(day, format=pattern, locale=language)
    return "".join(
        token if isinstance(token, str) else _date_field(day, *token, names) for token in tokens
    )


_DATE_FIELDS = {"d": 2, "y": 4, "M": 4, "L": 4, "E": 4}
"""The pattern letters filled in without Babel, and the longest run of each."""
_WIDTHS = {3: "abbreviated", 4: "wide"}
DateNames = dict[str, list[str]]


@cache
def _date_tokens(pattern: str) -> tuple[str | tuple[str, int], ...] | None:
    """The pattern as literal text and (letter, run length) fields, read as Babel's
    tokenize_pattern reads it; None for a pattern with a field not in _DATE_FIELDS."""
    tokens: list[str | tuple[str, int]] = []
    text = pattern.replace("''", "\0")
    quoted: list[str] | None = None
    at = 0
    while at < len(text):
        char = text[at]
        if quoted is not None:
            if char == "'":
                tokens.append("".join(quoted))
                quoted = None
            else:
                quoted.append(char)
            at += 1
        elif char == "'":
            quoted = []
            at += 1
        elif char.isascii() and char.isalpha():
            end = at
            while end < len(text) and text[end] == char:
                end += 1
            if end - at > _DATE_FIELDS.get(char, 0):
                return None
            tokens.append((char, end - at))
            at = end
        else:
            tokens.append(char)
            at += 1
    if quoted is not None:
        return None
    return tuple(t.replace("\0", "'") if isinstance(t, str) else t for t in tokens)


def _date_field(day: date, letter: str, count: int, names: DateNames) -> str:
    if letter == "d":
        return f"{day.day:0{count}d}"
    if letter == "y":
        year = f"{day.year:0{count}d}"
        return year[-2:] if count == 2 else year
    if letter == "E":
        return names[f"format {_WIDTHS[max(count, 3)]} days"][day.weekday()]
    if count <= 2:
        return f"{day.month:0{count}d}"
    context = "format" if letter == "M" else "stand-alone"
    return names[f"{context} {_WIDTHS[count]} months"][day.month - 1]


_DATE_NAME_KEYS = {
    f"{context} {width} {kind}": size
    for kind, size, contexts in (
        ("months", 12, ("format", "stand-alone")),
        ("days", 7, ("format",)),
    )
    for context in contexts
    for width in _WIDTHS.values()
}
DATE_NAMES_FORMAT = 1
"""Bumped when what a names file holds changes, so older files are passed over."""


@cache
def _date_names(language: str) -> DateNames | None:
    """A language's month and day names as Babel has them, kept in the user cache folder by the
    Babel data file they came from (its size and time), so a process reads a small file rather
    than Babel's data; None when Babel's data can't be found (Babel formats then)."""
    import json

    from facilitator.paths import app_cache_folder

    data_file = _babel_data_file(language)
    if data_file is None:
        return None
    stat = data_file.stat()
    key = f"{language}-{DATE_NAMES_FORMAT}-{stat.st_size}-{stat.st_mtime_ns}"
    entry = app_cache_folder() / "dates" / f"{key}.json"
    try:
        names = json.loads(entry.read_bytes())
    except (OSError, ValueError):
        names = None
    if _valid_names(names):
        return names
    names = _babel_names(language)
    with suppress(OSError):  # a folder that can't be written: the names are read again next time
        entry.parent.mkdir(parents=True, exist_ok=True)
        from facilitator.safety.safe_write import write_atomically

        write_atomically(entry, json.dumps(names, ensure_ascii=False).encode("utf-8"))
    return names


def _babel_data_file(language: str) -> Path | None:
    from importlib.util import find_spec

    spec = find_spec("babel")
    folders = spec.submodule_search_locations if spec is not None else None
    if not folders:
        return None
    found = Path(next(iter(folders))) / "locale-data" / f"{language}.dat"
    return found if found.is_file() else None


def _valid_names(names: object) -> TypeGuard[DateNames]:
    return (
        isinstance(names, dict)
        and names.keys() == _DATE_NAME_KEYS.keys()
        and all(
            isinstance(names[key], list)
            and len(names[key]) == size
            and all(isinstance(name, str) for name in names[key])
            for key, size in _DATE_NAME_KEYS.items()
        )
    )


def _babel_names(language: str) -> DateNames:
    from babel import Locale

    locale = Locale.parse(language)
    names: DateNames = {}
    for key in _DATE_NAME_KEYS:
        context, width, kind = key.split()
        table = (locale.months if kind == "months" else locale.days)[context][width]
        first = 1 if kind == "months" else 0
        names[key] = [table[number] for number in range(first, first + _DATE_NAME_KEYS[key])]
    return names


_SEPARATORS = {"de": str.maketrans(",.", ".,"), "es": str.maketrans(",.", ".,")}
"""Grouping and decimal marks, where the language writes them the other way round."""


def localized_number(text: str) -> str:
    """A number formatted the English way ('1,234.5') with the current language's marks
    ('1.234,5'); everything else in the text is left as it is."""
    table = _SEPARATORS.get(_current)
    return text.translate(table) if table else text
