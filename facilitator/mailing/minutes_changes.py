"""What the minutes were made from, and what changed between two sendings of them.

The record is kept as JSON with each version sent (see minutes_versions): notes, action items
and disputes by their row, so an edit reads as an edit and not as one removed and one added;
attendance by name; the figures by goal; the informed by name; the other parts printed
(agreements, win/loss, funnel, neutrality, baseline) whole. Only what the minutes print goes
in, as they print it: an action item closed after the meeting still prints as open, so it
changes nothing.
"""

from __future__ import annotations

import dataclasses
import math
from datetime import date
from enum import Enum
from os.path import commonprefix
from typing import Any

from facilitator.language import N_, _, localized_number
from facilitator.minutes import MinutesSnapshot
from facilitator.minutes.words import day_month_year
from facilitator.vocabulary import (
    ActionStatus,
    AttendanceStatus,
    DisputeStatus,
    NoteKind,
)

QUOTE_LENGTH = 90
"""How much of a note's or an item's text a line of the changes quotes."""
EDIT_CONTEXT = 30
"""How much of the text before an edit its quote keeps, when the edit is far into the text."""


def minutes_record(snapshot: MinutesSnapshot) -> dict[str, Any]:
    """What the minutes were made from, as JSON an amendment is compared with: each note,
    action item and dispute by its row, attendance by name, the figures by goal."""
    actions = (
        *snapshot.actions_new,
        *snapshot.actions_carried,
        *snapshot.actions_closed,
        *snapshot.actions_overdue_elsewhere,
    )
    return {
        "title": snapshot.title,
        "notes": {
            str(note.id): {"kind": note.kind.value, "text": note.text, "item": group.title}
            for group in snapshot.notes
            for note in group.notes
        },
        "actions": {
            str(action.id): {
                "text": action.text,
                "owner": action.owner,
                "due": action.due.isoformat() if action.due else None,
                "status": action.status.value,
            }
            for action in actions
        },
        "disputes": {
            str(dispute.id): {
                "title": dispute.title,
                "sales": dispute.sales_position,
                "marketing": dispute.marketing_position,
                "status": dispute.status_after.value,
                "resolution": dispute.resolution,
            }
            for dispute in snapshot.disputes
        },
        "attendance": {person.name: person.status.value for person in snapshot.attendees},
        "figures": {metric.goal: metric.value for metric in snapshot.metrics},
        "distribution": list(snapshot.distribution),
        "sections": {name: _plain(getattr(snapshot, name)) for name in SECTIONS},
    }


SECTIONS = {
    "agreements": N_("Agreements changed as the minutes print them"),
    "win_loss": N_("Deals won and lost changed"),
    "funnel": N_("Funnel figures changed"),
    "neutrality": N_("Neutrality figures changed"),
    "baseline": N_("Alignment baseline changed"),
}
"""The other parts the minutes print, each compared as a whole: a correction there (an
agreement's text fixed, a deal's reason, an imported month) amends the minutes too."""


def _plain(value: Any) -> Any:
    """A snapshot part as JSON: dataclasses as objects of their fields (the only objects, so a
    field can be told from data), mappings as pairs, days and times as ISO text."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return [[_plain(key), _plain(item)] for key, item in value.items()]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)  # NaN is not equal to itself: as text it compares as unchanged
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def _alike(old: Any, new: Any) -> bool:
    """Equal, except that a dataclass field one side lacks is left out: a version kept before
    the app printed (and so recorded) more of a part is not amended by the upgrade alone."""
    if isinstance(old, dict) and isinstance(new, dict):
        return all(_alike(old[key], new[key]) for key in old.keys() & new.keys())
    if isinstance(old, list) and isinstance(new, list):
        return len(old) == len(new) and all(map(_alike, old, new))
    return old == new


def same_minutes(old: dict[str, Any], new: dict[str, Any]) -> bool:
    """Whether two records print the same minutes: what changes_between calls no change. A
    part a version was kept without (recorded since) is not compared."""
    common = old.keys() & new.keys()
    return all(
        _alike(old[key], new[key]) if key == "sections" else old[key] == new[key]
        for key in common
    )


def _quote(text: str | None) -> str:
    line = " ".join((text or "").split())
    return line if len(line) <= QUOTE_LENGTH else line[: QUOTE_LENGTH - 1] + "…"


def _edited(old: str | None, new: str | None) -> tuple[str, str]:
    """The new and the old text quoted, both from a few words before where they first differ
    when that is past what a quote shows: a long note corrected near its end reads as its
    correction, not as its same opening twice."""
    old_line, new_line = " ".join((old or "").split()), " ".join((new or "").split())
    same = len(commonprefix([old_line, new_line]))
    start = 0
    if same > QUOTE_LENGTH - EDIT_CONTEXT:
        start = new_line.rfind(" ", 0, same - EDIT_CONTEXT) + 1

    def quoted(line: str) -> str:
        return ("…" if start else "") + _quote(line[start:])

    return quoted(new_line), quoted(old_line)


def _day(iso: str | None) -> str:
    if not iso:
        return _("no due date")
    return _("due {day}").format(day=day_month_year(date.fromisoformat(iso)))


def _note_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    for key, note in new.items():
        kind = NoteKind(note["kind"]).label
        before = old.get(key)
        if before is None:
            lines.append(_("{kind} added: {text}").format(kind=kind, text=_quote(note["text"])))
        elif before["text"] != note["text"]:
            now, was = _edited(before["text"], note["text"])
            lines.append(_("{kind} edited: {now} (was: {was})").format(kind=kind, now=now, was=was))
        elif before["kind"] != note["kind"]:
            # {new_lower} for languages that write the kind in lower case there, {new} as is.
            line = _("{old} now a {new_lower}: {text}").format(
                old=NoteKind(before["kind"]).label,
                new=kind,
                new_lower=kind.lower(),
                text=_quote(note["text"]),
            )
            lines.append(line)
        elif before["item"] != note["item"]:
            item = _quote(note["item"] or _("no item"))
            line = _("{kind} moved to {item}: {text}").format(
                kind=kind, item=item, text=_quote(note["text"])
            )
            lines.append(line)
    lines += [
        _("{kind} removed: {text}").format(
            kind=NoteKind(note["kind"]).label, text=_quote(note["text"])
        )
        for key, note in old.items()
        if key not in new
    ]
    return lines


def _action_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    for key, item in new.items():
        owner = item["owner"] or _("nobody yet")
        before = old.get(key)
        if before is None:
            line = _("Action item added: {text} ({owner}, {due})").format(
                text=_quote(item["text"]), owner=owner, due=_day(item["due"])
            )
            lines.append(line)
            continue
        if before["status"] != item["status"]:
            status = ActionStatus(item["status"]).label
            line = _("Action item {status_lower}: {text}").format(
                status=status, status_lower=status.lower(), text=_quote(item["text"])
            )
            lines.append(line)
        text, what = _quote(item["text"]), []
        if before["text"] != item["text"]:
            text, was = _edited(before["text"], item["text"])
            what.append(_("was: {was}").format(was=was))
        if before["owner"] != item["owner"]:
            what.append(
                _("owner {old} → {new}").format(old=before["owner"] or _("nobody"), new=owner)
            )
        if before["due"] != item["due"]:
            what.append(f"{_day(before['due'])} → {_day(item['due'])}")
        if what:
            line = _("Action item changed: {text} ({what})").format(text=text, what="; ".join(what))
            lines.append(line)
    lines += [
        _("Action item removed: {text}").format(text=_quote(item["text"]))
        for key, item in old.items()
        if key not in new
    ]
    return lines


def _dispute_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    for key, dispute in new.items():
        title = _quote(dispute["title"])
        before = old.get(key)
        if before is None:
            lines.append(_("Dispute added: {title}").format(title=title))
            continue
        if before["status"] != dispute["status"]:
            status = DisputeStatus(dispute["status"]).label
            line = _("Dispute {status_lower}: {title}").format(
                status=status, status_lower=status.lower(), title=title
            )
            lines.append(line)
        fields = (
            ("title", _("title")),
            ("sales", _("Sales' position")),
            ("marketing", _("Marketing's position")),
            ("resolution", _("resolution")),
        )
        what = [name for field, name in fields if before[field] != dispute[field]]
        if what:
            line = _("Dispute changed: {title} ({what})").format(title=title, what=", ".join(what))
            lines.append(line)
    lines += [
        _("Dispute removed: {title}").format(title=_quote(dispute["title"]))
        for key, dispute in old.items()
        if key not in new
    ]
    return lines


def _attendance_changes(old: dict[str, str], new: dict[str, str]) -> list[str]:
    lines: list[str] = []
    for name, status in new.items():
        label = AttendanceStatus(status).label.lower()
        if name not in old:
            lines.append(
                _("Attendee added: {name} ({status})").format(name=_quote(name), status=label)
            )
        elif old[name] != status:
            was = AttendanceStatus(old[name]).label.lower()
            line = _("Attendance changed: {name}, {was} → {now}").format(
                name=_quote(name), was=was, now=label
            )
            lines.append(line)
    lines += [
        _("Attendee removed: {name}").format(name=_quote(name)) for name in old if name not in new
    ]
    return lines


def _figure_changes(old: dict[str, float], new: dict[str, float]) -> list[str]:
    lines = [
        _("Figure changed: {goal}, {old} → {new}").format(
            goal=_quote(goal),
            old=localized_number(f"{old[goal]:g}"),
            new=localized_number(f"{value:g}"),
        )
        if goal in old
        else _("Figure added: {goal}, {value}").format(
            goal=_quote(goal), value=localized_number(f"{value:g}")
        )
        for goal, value in new.items()
        if old.get(goal) != value
    ]
    lines += [
        _("Figure removed: {goal}").format(goal=_quote(goal)) for goal in old if goal not in new
    ]
    return lines


def _distribution_changes(old: list[str] | None, new: list[str]) -> list[str]:
    if old is None:
        return []
    lines = [
        _("Informed added: {name}").format(name=_quote(name)) for name in new if name not in old
    ]
    lines += [
        _("Informed removed: {name}").format(name=_quote(name)) for name in old if name not in new
    ]
    return lines


def _section_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    return [
        _(SECTIONS[name])
        for name in SECTIONS
        if name in old and name in new and not _alike(old[name], new[name])
    ]


def changes_between(old: dict[str, Any], new: dict[str, Any]) -> tuple[str, ...]:
    """What changed from one record to the next, one short line each, most telling first."""
    lines: list[str] = []
    if old.get("title") != new.get("title"):
        now, was = _edited(old.get("title"), new.get("title"))
        lines.append(_("Title changed: {now} (was: {was})").format(now=now, was=was))
    lines += _note_changes(old.get("notes", {}), new.get("notes", {}))
    lines += _action_changes(old.get("actions", {}), new.get("actions", {}))
    lines += _dispute_changes(old.get("disputes", {}), new.get("disputes", {}))
    lines += _attendance_changes(old.get("attendance", {}), new.get("attendance", {}))
    lines += _figure_changes(old.get("figures", {}), new.get("figures", {}))
    lines += _distribution_changes(old.get("distribution"), new.get("distribution", []))
    lines += _section_changes(old.get("sections", {}), new.get("sections", {}))
    return tuple(lines)
