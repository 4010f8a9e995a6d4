"""What the minutes are called: the mail's subject and the file names, each naming the date once.

A title often carries the meeting's day already (the New meeting dialog suggests
"Weekly smarketing meeting 2026-12-10"), and the subject and file name add the day themselves;
so the day is taken out of the title first, or it would read twice.
"""

from __future__ import annotations

import re
from datetime import date

from facilitator.language import _
from facilitator.vocabulary import MONTH_NAMES

FALLBACK_TITLE = "Meeting"
MAX_TITLE_BYTES = 180
"""The longest title part of a file name, in UTF-8 bytes: most file systems allow 255 bytes."""

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SEPARATORS = "-\N{EN DASH}\N{EM DASH}:,;|/\N{MIDDLE DOT}\N{BULLET}"
_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')


def _day_pattern(day: date) -> str:
    """A regular expression for the ways a title is likely to write this one day."""
    d, m, y = rf"0?{day.day}", rf"0?{day.month}", str(day.year)
    month = MONTH_NAMES[day.month - 1]
    month_name = rf"(?:{month}|{month[:3]}\.?)"
    weekday = _WEEKDAYS[day.weekday()]
    ordinal = rf"{d}(?:st|nd|rd|th)?"
    forms = (
        rf"{y}[-/.]{m}[-/.]{d}",
        rf"{d}[./]{m}[./]{y}",
        rf"{m}/{d}/{y}",
        rf"(?:(?:{weekday}|{weekday[:3]}),?\s+)?{ordinal}\s+{month_name},?\s+{y}",
        rf"(?:(?:{weekday}|{weekday[:3]}),?\s+)?{month_name}\s+{ordinal},?\s+{y}",
    )
    return r"(?<!\w)(?:" + "|".join(forms) + r")(?!\w)"


def title_without_day(title: str, day: date) -> str:
    """The title with the meeting's own day taken out, with the brackets or dashes around it.

    Another date in the title (a deadline, a quarter) stays: only this day would read twice.
    """
    pattern = _day_pattern(day)
    text = re.sub(rf"[(\[]\s*{pattern}\s*[)\]]", " ", title, flags=re.IGNORECASE)
    text = re.sub(pattern, " ", text, flags=re.IGNORECASE)
    if text == title:
        return " ".join(title.split()) or FALLBACK_TITLE
    seps = re.escape(_SEPARATORS)
    text = re.sub(rf"\s([{seps}])(?:\s+[{seps}])+(?=\s)", r" \1", f" {text} ")
    text = " ".join(text.split()).strip(_SEPARATORS + " ")
    return text or FALLBACK_TITLE


def minutes_subject(title: str, day: date) -> str:
    """'Minutes — <title> — <YYYY-MM-DD>'."""
    return _("Minutes — {title} — {day}").format(
        title=title_without_day(title, day), day=f"{day:%Y-%m-%d}"
    )


def amended_minutes_subject(title: str, day: date) -> str:
    """'Minutes (amended) — <title> — <YYYY-MM-DD>': an amended version's subject."""
    return _("Minutes (amended) — {title} — {day}").format(
        title=title_without_day(title, day), day=f"{day:%Y-%m-%d}"
    )


def _clip_bytes(text: str, limit: int) -> str:
    encoded = text.encode("utf-8")
    if len(encoded) <= limit:
        return text
    return encoded[:limit].decode("utf-8", "ignore").rstrip()


def minutes_file_name(title: str, day: date, suffix: str = ".pdf") -> str:
    """'<YYYY-MM-DD> <title> minutes.pdf': the day first so files sort by it, safe on every
    file system (no \\ / : * ? " < > |, no control characters, not too long)."""
    name = _UNSAFE_IN_FILE_NAMES.sub("-", title_without_day(title, day))
    name = " ".join(name.split()).strip(" .-")
    name = _clip_bytes(name, MAX_TITLE_BYTES).strip(" .-") or FALLBACK_TITLE
    return f"{day:%Y-%m-%d} {name} minutes{suffix}"
