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
from datetime import date
from functools import cache, lru_cache

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
    export of the minutes writes a few hundred dates, most of them the same few."""
    from babel.dates import format_date as babel_format_date

    return babel_format_date(day, format=pattern, locale=language)


_SEPARATORS = {"de": str.maketrans(",.", ".,"), "es": str.maketrans(",.", ".,")}
"""Grouping and decimal marks, where the language writes them the other way round."""


def localized_number(text: str) -> str:
    """A number formatted the English way ('1,234.5') with the current language's marks
    ('1.234,5'); everything else in the text is left as it is."""
    table = _SEPARATORS.get(_current)
    return text.translate(table) if table else text
