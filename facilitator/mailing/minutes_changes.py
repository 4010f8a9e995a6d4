"""What the minutes were made from, and what changed between two sendings of them.

The record is kept as JSON with each version sent (see minutes_versions): notes, action items
and disputes by their row, so an edit reads as an edit and not as one removed and one added;
attendance by name; the figures by goal. Only what the minutes print goes in, as they print
it: an action item closed after the meeting still prints as open, so it changes nothing.
"""

from __future__ import annotations

from datetime import date
from os.path import commonprefix
from typing import Any

from facilitator.minutes import MinutesSnapshot
from facilitator.vocabulary import (
    MONTH_NAMES,
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
    }


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
        return "no due date"
    day = date.fromisoformat(iso)
    return f"due {day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def _note_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    for key, note in new.items():
        kind = NoteKind(note["kind"]).label
        before = old.get(key)
        if before is None:
            lines.append(f"{kind} added: {_quote(note['text'])}")
        elif before["text"] != note["text"]:
            now, was = _edited(before["text"], note["text"])
            lines.append(f"{kind} edited: {now} (was: {was})")
        elif before["kind"] != note["kind"]:
            lines.append(
                f"{NoteKind(before['kind']).label} now a {kind.lower()}: {_quote(note['text'])}"
            )
        elif before["item"] != note["item"]:
            lines.append(
                f"{kind} moved to {_quote(note['item'] or 'no item')}: {_quote(note['text'])}"
            )
    lines += [
        f"{NoteKind(note['kind']).label} removed: {_quote(note['text'])}"
        for key, note in old.items()
        if key not in new
    ]
    return lines


def _action_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    for key, item in new.items():
        owner = item["owner"] or "nobody yet"
        before = old.get(key)
        if before is None:
            due = _day(item["due"])
            lines.append(f"Action item added: {_quote(item['text'])} ({owner}, {due})")
            continue
        if before["status"] != item["status"]:
            status = ActionStatus(item["status"]).label.lower()
            lines.append(f"Action item {status}: {_quote(item['text'])}")
        text, what = _quote(item["text"]), []
        if before["text"] != item["text"]:
            text, was = _edited(before["text"], item["text"])
            what.append(f"was: {was}")
        if before["owner"] != item["owner"]:
            what.append(f"owner {before['owner'] or 'nobody'} → {owner}")
        if before["due"] != item["due"]:
            what.append(f"{_day(before['due'])} → {_day(item['due'])}")
        if what:
            lines.append(f"Action item changed: {text} ({'; '.join(what)})")
    lines += [
        f"Action item removed: {_quote(item['text'])}"
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
            lines.append(f"Dispute added: {title}")
            continue
        if before["status"] != dispute["status"]:
            status = DisputeStatus(dispute["status"]).label.lower()
            lines.append(f"Dispute {status}: {title}")
        fields = (
            ("title", "title"),
            ("sales", "Sales' position"),
            ("marketing", "Marketing's position"),
            ("resolution", "resolution"),
        )
        what = [name for field, name in fields if before[field] != dispute[field]]
        if what:
            lines.append(f"Dispute changed: {title} ({', '.join(what)})")
    lines += [
        f"Dispute removed: {_quote(dispute['title'])}"
        for key, dispute in old.items()
        if key not in new
    ]
    return lines


def _attendance_changes(old: dict[str, str], new: dict[str, str]) -> list[str]:
    lines: list[str] = []
    for name, status in new.items():
        label = AttendanceStatus(status).label.lower()
        if name not in old:
            lines.append(f"Attendee added: {_quote(name)} ({label})")
        elif old[name] != status:
            was = AttendanceStatus(old[name]).label.lower()
            lines.append(f"Attendance changed: {_quote(name)}, {was} → {label}")
    lines += [f"Attendee removed: {_quote(name)}" for name in old if name not in new]
    return lines


def _figure_changes(old: dict[str, float], new: dict[str, float]) -> list[str]:
    lines = [
        f"Figure changed: {_quote(goal)}, {old[goal]:g} → {value:g}"
        if goal in old
        else f"Figure added: {_quote(goal)}, {value:g}"
        for goal, value in new.items()
        if old.get(goal) != value
    ]
    lines += [f"Figure removed: {_quote(goal)}" for goal in old if goal not in new]
    return lines


def changes_between(old: dict[str, Any], new: dict[str, Any]) -> tuple[str, ...]:
    """What changed from one record to the next, one short line each, most telling first."""
    lines: list[str] = []
    if old.get("title") != new.get("title"):
        now, was = _edited(old.get("title"), new.get("title"))
        lines.append(f"Title changed: {now} (was: {was})")
    lines += _note_changes(old.get("notes", {}), new.get("notes", {}))
    lines += _action_changes(old.get("actions", {}), new.get("actions", {}))
    lines += _dispute_changes(old.get("disputes", {}), new.get("disputes", {}))
    lines += _attendance_changes(old.get("attendance", {}), new.get("attendance", {}))
    lines += _figure_changes(old.get("figures", {}), new.get("figures", {}))
    return tuple(lines)
