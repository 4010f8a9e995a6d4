"""One meeting as a versioned JSON document, to move it between databases or keep it outside one.

The format is described in docs/exchange.md and docs/exchange.schema.json. A document names
people, agenda items and goals by values local to the document, never by database ids, so
exporting, importing into an empty database and exporting again gives the same document.
Meetings, disputes and action items carry their uuid, the identity they keep in every
database, so an import finds what is already there instead of copying it.
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import delete, or_, select, update
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from facilitator import timesource
from facilitator.language import N_, _
from facilitator.record.meetings import MeetingNotFound
from facilitator.record.notes import NoteRefused, check_note_text
from facilitator.rules import agenda
from facilitator.rules.clock import ClockError, ClockEvent, MeetingClock, UnreplayableEvent
from facilitator.safety.safe_write import file_kind
from facilitator.storage.database import Database
from facilitator.storage.models import (
    ActionItem,
    AgendaItem,
    AlignmentBaseline,
    Attendance,
    Dispute,
    DisputeMeeting,
    GoalTarget,
    Meeting,
    MetricValue,
    Note,
    Person,
    RunEvent,
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
    RunEventKind,
    Team,
)

FORMAT = "facilitator.meeting"
FORMAT_VERSION = 2
UUIDS_SINCE = 2
"""The first format version whose meetings, disputes and action items carry a uuid."""
MAX_WHOLE = 2**31 - 1
MAX_IMPORT_BYTES = 16 * 1024 * 1024
"""The largest file import reads (docs/exchange.md): room for several notes at the app's own
length limit, and small enough to import within the minute another copy of the app waits for
a write; a larger file is refused before a byte of it is parsed."""
MAX_DIGITS = 30
"""No field holds a number with more digits; longer ones are refused before Python reads them."""
FIRST_YEAR = 1970
LAST_YEAR = 2200
"""Dates and instants lie within these years (UTC), so every time zone can show them."""


class ExchangeError(ValueError):
    """A document that cannot be read or imported; str() is one line to show the user as is."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.splitlines()))


class _Bad(Exception):
    """A value that does not fit; its text completes a sentence that starts with the field name."""


def _quote(text: str) -> str:
    """A value from the document, short and escaped, so a message stays one readable line."""
    return repr(text if len(text) <= 40 else text[:40] + "…")


@dataclass(frozen=True)
class _Kind:
    """One kind of JSON value: how it is checked on the way in and written on the way out."""

    load: Callable[[object], Any]
    dump: Callable[[Any], object]


def _as_is(value: Any) -> Any:
    return value


def _load_text(value: object) -> str:
    if not isinstance(value, str):
        raise _Bad(_("must be a string"))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise _Bad(_("must be valid Unicode text (it holds a lone surrogate)")) from None
    return value


def _load_bool(value: object) -> bool:
    if not isinstance(value, bool):
        raise _Bad(_("must be true or false"))
    return value


def _whole(low: int, high: int, refusal: str) -> _Kind:
    def load(value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < low:
            raise _Bad(_(refusal))
        if value > high:
            raise _Bad(_("must be at most {high}").format(high=high))
        return value

    return _Kind(load, _as_is)


def _load_number(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _Bad(_("must be a number"))
    try:
        number = float(value)
    except OverflowError:
        raise _Bad(_("must be a finite number")) from None
    if not math.isfinite(number):
        raise _Bad(_("must be a finite number"))
    return number


def _check_year(year: int) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise _Bad(
            _("must lie between the years {first_year} and {last_year}, not in {year}").format(
                first_year=FIRST_YEAR, last_year=LAST_YEAR, year=year
            )
        )


def _load_instant(value: object) -> datetime:
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value)
            if parsed.utcoffset() is not None:
                instant = parsed.astimezone(UTC)
                _check_year(instant.year)
                return instant
        except (ValueError, OverflowError):
            pass
    raise _Bad(
        _("must be an ISO 8601 date and time with a UTC offset, like 2026-03-02T16:00:00+00:00")
    )


def _dump_instant(value: datetime) -> str:
    return value.astimezone(UTC).isoformat()


def _load_date(value: object) -> date:
    if isinstance(value, str):
        try:
            day = date.fromisoformat(value)
        except ValueError:
            pass
        else:
            _check_year(day.year)
            return day
    raise _Bad(_("must be a date like 2026-03-02"))


def _load_answers(value: object) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _Bad(_("must be an object"))
    try:
        text = json.dumps(value, ensure_ascii=False, allow_nan=False)
        text.encode("utf-8")
    except (TypeError, ValueError, RecursionError):
        raise _Bad(
            _("must hold only text, finite numbers, true, false, null, lists and objects")
        ) from None
    copy: dict[str, Any] = json.loads(text)
    return copy


_UUID_FORM = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _load_uuid(value: object) -> str:
    if not isinstance(value, str) or not _UUID_FORM.fullmatch(value):
        raise _Bad(
            _(
                "must be a UUID in lowercase hex with hyphens, like "
                "6f1c0b6e-3a8d-4f5e-9b1a-2d7c4e8f9a01"
            )
        )
    return value


def _load_ref(value: object) -> str:
    if not isinstance(value, str) or not value:
        raise _Bad(_("must be a non-empty string"))
    return value


def _enum(kind: type[StrEnum]) -> _Kind:
    choices = ", ".join(member.value for member in kind)

    def load(value: object) -> StrEnum:
        if isinstance(value, str):
            try:
                return kind(value)
            except ValueError:
                pass
        raise _Bad(_("must be one of: {choices}").format(choices=choices))

    return _Kind(load, lambda member: member.value)


def _optional(kind: _Kind) -> _Kind:
    return _Kind(
        lambda value: None if value is None else kind.load(value),
        lambda value: None if value is None else kind.dump(value),
    )


_TEXT = _Kind(_load_text, _as_is)
_BOOL = _Kind(_load_bool, _as_is)
_NUMBER = _Kind(_load_number, _as_is)
_INSTANT = _Kind(_load_instant, _dump_instant)
_DATE = _Kind(_load_date, lambda value: value.isoformat())
_REF = _Kind(_load_ref, _as_is)
_UUID = _Kind(_load_uuid, _as_is)
_POSITION = _whole(0, MAX_WHOLE, N_("must be a whole number, 0 or more"))
_POSITIVE = _whole(1, MAX_WHOLE, N_("must be a positive whole number"))
_SIGNED = _whole(-MAX_WHOLE, MAX_WHOLE, N_("must be a whole number"))
_CAP = _whole(1, agenda.MAX_CAP_SECONDS, N_("must be a positive whole number"))

# Column values written as they are, in the order they appear in a document.
_PERSON: dict[str, _Kind] = {
    "name": _TEXT,
    "email": _optional(_TEXT),
    "team": _enum(Team),
    "role": _TEXT,
    "active": _BOOL,
    "guest": _BOOL,
}
_MEETING: dict[str, _Kind] = {
    "title": _TEXT,
    "kind": _enum(MeetingKind),
    "status": _enum(MeetingStatus),
    "scheduled_at": _INSTANT,
    "cap_seconds": _CAP,
    "location": _TEXT,
    "started_at": _optional(_INSTANT),
    "ended_at": _optional(_INSTANT),
    "created_at": _INSTANT,
}
_SERIES: dict[str, _Kind] = {
    "name": _TEXT,
    "kind": _enum(MeetingKind),
    "frequency": _enum(Frequency),
}
_ITEM: dict[str, _Kind] = {
    "position": _POSITION,
    "title": _TEXT,
    "kind": _enum(ItemKind),
    "planned_seconds": _POSITIVE,
    "presenter_team": _optional(_enum(Team)),
    "description": _TEXT,
    "actual_start": _optional(_INSTANT),
    "actual_end": _optional(_INSTANT),
}
_RUN_EVENT: dict[str, _Kind] = {
    "seq": _POSITION,
    "kind": _enum(RunEventKind),
    "at": _INSTANT,
    "monotonic": _NUMBER,
    "seconds": _SIGNED,
}
_NOTE: dict[str, _Kind] = {
    "kind": _enum(NoteKind),
    "text": _TEXT,
    "offset_seconds": _NUMBER,
    "parked": _BOOL,
    "created_at": _INSTANT,
    "updated_at": _INSTANT,
}
_DISPUTE: dict[str, _Kind] = {
    "title": _TEXT,
    "category": _enum(DisputeCategory),
    "raised_by_team": _enum(Team),
    "sales_position": _TEXT,
    "marketing_position": _TEXT,
    "status": _enum(DisputeStatus),
    "resolution": _TEXT,
    "created_at": _INSTANT,
    "resolved_at": _optional(_INSTANT),
}
_ACTION: dict[str, _Kind] = {
    "text": _TEXT,
    "team": _optional(_enum(Team)),
    "due_date": _optional(_DATE),
    "status": _enum(ActionStatus),
    "created_at": _INSTANT,
    "closed_at": _optional(_INSTANT),
}
_GOAL: dict[str, _Kind] = {
    "key": _TEXT,
    "name": _TEXT,
    "team": _optional(_enum(Team)),
    "unit": _enum(GoalUnit),
    "direction": _enum(Direction),
    "period": _enum(Period),
    "active": _BOOL,
}
_TARGET: dict[str, _Kind] = {"target": _NUMBER, "effective_from": _DATE}
_METRIC: dict[str, _Kind] = {"value": _NUMBER, "period_label": _TEXT, "entered_at": _INSTANT}
_BASELINE: dict[str, _Kind] = {
    "taken_at": _INSTANT,
    "answers": _Kind(_load_answers, _as_is),
}


def _dump(row: object, fields: Mapping[str, _Kind]) -> dict[str, Any]:
    return {key: kind.dump(getattr(row, key)) for key, kind in fields.items()}


# Export


def _person_order(person: Person) -> tuple[str, str, str, str, bool, bool, int]:
    """Content first, so two databases list the same people alike; the id only breaks ties."""
    return (
        person.name,
        person.email or "",
        person.team.value,
        person.role,
        person.active,
        person.guest,
        person.id,
    )


def _links_of(meeting: Meeting) -> list[DisputeMeeting]:
    return sorted(meeting.dispute_links, key=lambda link: link.dispute_id)


def _actions_of(session: Session, meeting_id: int) -> Sequence[ActionItem]:
    """The action items a meeting created or closed: the ones its document holds."""
    return session.scalars(
        select(ActionItem)
        .where(
            or_(
                ActionItem.created_meeting_id == meeting_id,
                ActionItem.closed_meeting_id == meeting_id,
            )
        )
        .order_by(ActionItem.id)
    ).all()


def _people_of(
    meeting: Meeting, links: Sequence[DisputeMeeting], actions: Sequence[ActionItem]
) -> list[Person]:
    """Everyone a meeting's document names, in the order that gives them refs p1, p2, …"""
    involved: Iterable[Person | None] = [
        meeting.moderator,
        *(item.presenter for item in meeting.items),
        *(entry.person for entry in meeting.attendance),
        *(link.dispute.raised_by for link in links),
        *(action.owner for action in actions),
    ]
    return sorted(
        {person.id: person for person in involved if person is not None}.values(),
        key=_person_order,
    )


def _refs(people: Sequence[Person]) -> dict[int, str]:
    """Each person's ref in a document, by id: p1, p2, … in the order given."""
    return {person.id: f"p{index + 1}" for index, person in enumerate(people)}


def export_meeting(db: Database, meeting_id: int) -> dict[str, Any]:
    """The document of one meeting, with everything that belongs to it and nothing else."""
    with db.read() as session:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise MeetingNotFound(meeting_id)
        links = _links_of(meeting)
        actions = _actions_of(session, meeting_id)
        baselines = session.scalars(
            select(AlignmentBaseline)
            .where(AlignmentBaseline.meeting_id == meeting_id)
            .order_by(AlignmentBaseline.taken_at, AlignmentBaseline.id)
        ).all()
        metrics = sorted(meeting.metric_values, key=lambda value: value.goal.key)
        people = _people_of(meeting, links, actions)
        order = {person.id: index for index, person in enumerate(people)}
        refs = _refs(people)

        def ref(person: Person | None) -> str | None:
            return None if person is None else refs[person.id]

        series = meeting.series
        return {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "exported_at": _dump_instant(timesource.now()),
            "meeting": {
                "uuid": meeting.uuid,
                **_dump(meeting, _MEETING),
                "series": None if series is None else _dump(series, _SERIES),
                "moderator": ref(meeting.moderator),
            },
            "people": [{"ref": refs[person.id], **_dump(person, _PERSON)} for person in people],
            "agenda": [
                {**_dump(item, _ITEM), "presenter": ref(item.presenter)} for item in meeting.items
            ],
            "attendance": [
                {"person": refs[entry.person_id], "status": entry.status.value}
                for entry in sorted(meeting.attendance, key=lambda entry: order[entry.person_id])
            ],
            "run_events": [_dump(event, _RUN_EVENT) for event in meeting.run_events],
            "notes": [
                {
                    "item_position": None if note.item is None else note.item.position,
                    **_dump(note, _NOTE),
                }
                for note in meeting.notes
            ],
            "disputes": [
                {
                    "uuid": link.dispute.uuid,
                    **_dump(link.dispute, _DISPUTE),
                    "raised_by": ref(link.dispute.raised_by),
                    "meeting_role": link.role.value,
                    "status_after_meeting": link.status_after.value,
                }
                for link in links
            ],
            "action_items": [
                {
                    "uuid": action.uuid,
                    **_dump(action, _ACTION),
                    "owner": ref(action.owner),
                    "created_in_meeting": action.created_meeting_id == meeting_id,
                    "closed_in_meeting": action.closed_meeting_id == meeting_id,
                }
                for action in actions
            ],
            "metrics": [
                {
                    "goal": {
                        **_dump(value.goal, _GOAL),
                        "targets": [_dump(target, _TARGET) for target in value.goal.targets],
                    },
                    **_dump(value, _METRIC),
                }
                for value in metrics
            ],
            "baselines": [_dump(baseline, _BASELINE) for baseline in baselines],
        }


def dumps(doc: dict[str, Any]) -> str:
    """The document as JSON text (write it as UTF-8): indented, keys as written, final newline."""
    try:
        return json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    except ValueError as error:
        raise ExchangeError(
            _("the meeting cannot be written as JSON ({error})").format(error=error)
        ) from error


# Reading


class _Object:
    """A JSON object being read, named for messages ("agenda item 3"), refusing unknown keys."""

    def __init__(self, value: object, where: str) -> None:
        if not isinstance(value, dict):
            raise ExchangeError(_("{where} must be an object").format(where=where))
        self.value: dict[str, Any] = value
        self.where = where
        self.seen: set[str] = set()

    def error(self, text: str) -> ExchangeError:
        return ExchangeError(f"{self.where}: {text}" if self.where else text)

    def raw(self, key: str) -> Any:
        self.seen.add(key)
        if key not in self.value:
            raise self.error(_("{key} is missing").format(key=key))
        return self.value[key]

    def get(self, key: str, kind: _Kind) -> Any:
        value = self.raw(key)
        try:
            return kind.load(value)
        except _Bad as bad:
            raise self.error(f"{key} {bad}") from None

    def fields(self, fields: Mapping[str, _Kind]) -> dict[str, Any]:
        return {key: self.get(key, kind) for key, kind in fields.items()}

    def child(self, key: str) -> _Object:
        return _Object(self.raw(key), f"{self.where} {key}".strip())

    def entries(self, key: str, noun: str) -> list[_Object]:
        value = self.raw(key)
        if not isinstance(value, list):
            raise self.error(_("{key} must be a list").format(key=key))
        prefix = f"{self.where} " if self.where else ""
        return [_Object(entry, f"{prefix}{noun} {n}") for n, entry in enumerate(value, 1)]

    def finish(self) -> None:
        unknown = sorted(set(self.value) - self.seen)
        if unknown:
            raise self.error(_("unknown field {field}").format(field=_quote(unknown[0])))


@dataclass(frozen=True)
class _Item:
    values: dict[str, Any]
    presenter: str | None


@dataclass(frozen=True)
class _Note:
    values: dict[str, Any]
    item_position: int | None


@dataclass(frozen=True)
class _Dispute:
    uuid: str | None
    """None in a document older than uuids: the dispute gets a fresh one."""
    values: dict[str, Any]
    raised_by: str | None
    link: dict[str, Any]


@dataclass(frozen=True)
class _Action:
    uuid: str | None
    """None in a document older than uuids: the action item gets a fresh one."""
    values: dict[str, Any]
    owner: str | None
    created_here: bool
    closed_here: bool


@dataclass(frozen=True)
class _Metric:
    values: dict[str, Any]
    goal: dict[str, Any]
    targets: list[dict[str, Any]]


@dataclass(frozen=True)
class _Document:
    """A checked document: column values ready for the models, people still named by ref."""

    uuid: str | None
    """The meeting's; None in a document older than uuids, so the meeting gets a fresh one."""
    meeting: dict[str, Any]
    series: dict[str, Any] | None
    moderator: str | None
    people: dict[str, dict[str, Any]]
    agenda: list[_Item]
    attendance: list[tuple[str, AttendanceStatus]]
    run_events: list[dict[str, Any]]
    notes: list[_Note]
    disputes: list[_Dispute]
    actions: list[_Action]
    metrics: list[_Metric]
    baselines: list[dict[str, Any]]

    def used_refs(self, linked_disputes: set[str], linked_actions: set[str]) -> set[str]:
        """The people the import writes a reference to; a dispute or action item the database
        already holds keeps its own raiser or owner."""
        refs = {
            self.moderator,
            *(item.presenter for item in self.agenda),
            *(person for person, _ in self.attendance),
            *(d.raised_by for d in self.disputes if d.uuid not in linked_disputes),
            *(a.owner for a in self.actions if a.uuid not in linked_actions),
        }
        return {ref for ref in refs if ref is not None}


def _check_header(doc: object) -> tuple[_Object, int]:
    """Format and version first, so a wrong or newer file is named as such, not as malformed."""
    if not isinstance(doc, dict):
        raise ExchangeError(_("is not a Facilitator meeting export (not a JSON object)"))
    if "format" not in doc:
        raise ExchangeError(_("is not a Facilitator meeting export (it has no format field)"))
    if doc["format"] != FORMAT:
        shown = _quote(doc["format"]) if isinstance(doc["format"], str) else "not a string"
        raise ExchangeError(
            _("is not a Facilitator meeting export (format is {shown})").format(shown=shown)
        )
    top = _Object(doc, "")
    version = top.get("version", _POSITIVE)
    if version > FORMAT_VERSION:
        raise ExchangeError(
            _(
                "was written by a newer Facilitator (format version {version}); this one "
                "reads up to version {format_version}, so install the newer Facilitator "
                "to import it"
            ).format(version=version, format_version=FORMAT_VERSION)
        )
    top.get("format", _TEXT)
    top.get("exported_at", _INSTANT)
    return top, version


def _uuid_kind(version: int) -> _Kind | None:
    """How a uuid field is read in a document of this version; None where it has none."""
    return _UUID if version >= UUIDS_SINCE else None


def _read_uuid(entry: _Object, kind: _Kind | None, seen: set[str]) -> str | None:
    if kind is None:
        return None
    uuid = entry.get("uuid", kind)
    if uuid in seen:
        raise entry.error(_("uuid {uuid} is used twice").format(uuid=_quote(uuid)))
    seen.add(uuid)
    return str(uuid)


def _person_ref(people: Mapping[str, object], optional: bool) -> _Kind:
    def load(value: object) -> str | None:
        if value is None and optional:
            return None
        ref = _load_ref(value)
        if ref not in people:
            raise _Bad(_("refers to {ref}, who is not in people").format(ref=_quote(ref)))
        return ref

    return _Kind(load, _as_is)


def _read_people(top: _Object) -> dict[str, dict[str, Any]]:
    people: dict[str, dict[str, Any]] = {}
    emails: set[str] = set()
    for entry in top.entries("people", "person"):
        ref = entry.get("ref", _REF)
        if ref in people:
            raise entry.error(_("ref {ref} is used twice").format(ref=_quote(ref)))
        values = entry.fields(_PERSON)
        email = values["email"]
        if email is not None:
            if email in emails:
                raise entry.error(
                    _("email {email} is given to two people").format(email=_quote(email))
                )
            emails.add(email)
        entry.finish()
        people[ref] = values
    return people


def _read_agenda(top: _Object, person: _Kind) -> list[_Item]:
    items: list[_Item] = []
    positions: set[int] = set()
    for entry in top.entries("agenda", "agenda item"):
        values = entry.fields(_ITEM)
        if values["position"] in positions:
            raise entry.error(
                _("position {position} is used twice").format(position=values["position"])
            )
        positions.add(values["position"])
        items.append(_Item(values, entry.get("presenter", person)))
        entry.finish()
    return items


def _read_attendance(top: _Object, person: _Kind) -> list[tuple[str, AttendanceStatus]]:
    attendance: dict[str, AttendanceStatus] = {}
    for entry in top.entries("attendance", "attendance"):
        ref = entry.get("person", person)
        if ref in attendance:
            raise entry.error(_("person {ref} is listed twice").format(ref=_quote(ref)))
        attendance[ref] = entry.get("status", _enum(AttendanceStatus))
        entry.finish()
    return list(attendance.items())


def _read_run_events(top: _Object) -> list[dict[str, Any]]:
    events: dict[int, dict[str, Any]] = {}
    for entry in top.entries("run_events", "run event"):
        values = entry.fields(_RUN_EVENT)
        if values["seq"] in events:
            raise entry.error(_("seq {seq} is used twice").format(seq=values["seq"]))
        events[values["seq"]] = values
        entry.finish()
    return list(events.values())


def _read_notes(top: _Object, positions: set[int]) -> list[_Note]:
    notes: list[_Note] = []
    for entry in top.entries("notes", "note"):
        position = entry.get("item_position", _optional(_POSITION))
        if position is not None and position not in positions:
            raise entry.error(
                _("item_position {position} is not an agenda item's position").format(
                    position=position
                )
            )
        values = entry.fields(_NOTE)
        try:
            check_note_text(values["text"])
        except NoteRefused as refusal:
            raise entry.error(str(refusal)) from None
        notes.append(_Note(values, position))
        entry.finish()
    return notes


def _read_disputes(top: _Object, person: _Kind, uuid_kind: _Kind | None) -> list[_Dispute]:
    disputes: list[_Dispute] = []
    uuids: set[str] = set()
    for entry in top.entries("disputes", "dispute"):
        uuid = _read_uuid(entry, uuid_kind, uuids)
        values = entry.fields(_DISPUTE)
        raised_by = entry.get("raised_by", person)
        link = {
            "role": entry.get("meeting_role", _enum(DisputeRole)),
            "status_after": entry.get("status_after_meeting", _enum(DisputeStatus)),
        }
        disputes.append(_Dispute(uuid, values, raised_by, link))
        entry.finish()
    return disputes


def _read_actions(top: _Object, person: _Kind, uuid_kind: _Kind | None) -> list[_Action]:
    actions: list[_Action] = []
    uuids: set[str] = set()
    for entry in top.entries("action_items", "action item"):
        uuid = _read_uuid(entry, uuid_kind, uuids)
        values = entry.fields(_ACTION)
        owner = entry.get("owner", person)
        created = entry.get("created_in_meeting", _BOOL)
        closed = entry.get("closed_in_meeting", _BOOL)
        if not (created or closed):
            raise entry.error(_("created_in_meeting or closed_in_meeting must be true"))
        actions.append(_Action(uuid, values, owner, created, closed))
        entry.finish()
    return actions


def _read_metrics(top: _Object) -> list[_Metric]:
    metrics: dict[str, _Metric] = {}
    for entry in top.entries("metrics", "metric"):
        goal_entry = entry.child("goal")
        goal = goal_entry.fields(_GOAL)
        if goal["key"] in metrics:
            raise goal_entry.error(_("key {key} has a value twice").format(key=_quote(goal["key"])))
        targets: dict[date, dict[str, Any]] = {}
        for target_entry in goal_entry.entries("targets", "target"):
            target = target_entry.fields(_TARGET)
            if target["effective_from"] in targets:
                raise target_entry.error(_("effective_from is the same as another target's"))
            targets[target["effective_from"]] = target
            target_entry.finish()
        goal_entry.finish()
        metrics[goal["key"]] = _Metric(entry.fields(_METRIC), goal, list(targets.values()))
        entry.finish()
    return list(metrics.values())


def _read_baselines(top: _Object) -> list[dict[str, Any]]:
    baselines: list[dict[str, Any]] = []
    for entry in top.entries("baselines", "baseline"):
        baselines.append(entry.fields(_BASELINE))
        entry.finish()
    return baselines


def _check_plan(document: _Document) -> None:
    """The rules for saving a plan also guard an import, so a file cannot sneak past them.

    People get stand-in ids for the check; teams are not compared, since someone who has
    changed team since still presented that slot back then.
    """
    stand_in = {ref: number for number, ref in enumerate(document.people, 1)}
    items = sorted(document.agenda, key=lambda item: item.values["position"])
    plan = agenda.AgendaPlan(
        kind=document.meeting["kind"],
        cap_seconds=document.meeting["cap_seconds"],
        items=tuple(
            agenda.PlannedItem(
                title=item.values["title"],
                kind=item.values["kind"],
                planned_seconds=item.values["planned_seconds"],
                presenter_team=item.values["presenter_team"],
                presenter_id=None if item.presenter is None else stand_in[item.presenter],
                description=item.values["description"],
            )
            for item in items
        ),
    )
    names = {stand_in[ref]: values["name"] for ref, values in document.people.items()}
    problems = agenda.check_plan(plan, names=names)
    if problems:
        raise ExchangeError(problems[0].message)


def _check_run(document: _Document) -> None:
    """The clock replays the run events the way the app will when the meeting is opened; an
    event that could not have happened is named by its place in the document and its seq."""
    if not document.run_events:
        return
    items = sorted(document.agenda, key=lambda item: item.values["position"])
    numbered = sorted(enumerate(document.run_events, 1), key=lambda pair: pair[1]["seq"])
    try:
        MeetingClock(
            [item.values["planned_seconds"] for item in items],
            document.meeting["cap_seconds"],
            [ClockEvent(e["kind"], e["monotonic"], e["seconds"]) for _, e in numbered],
        )
    except UnreplayableEvent as error:
        place, event = numbered[error.number - 1]
        raise ExchangeError(
            _(
                "run event {place} (seq {seq}, {kind}) cannot be replayed by the clock: {reason}"
            ).format(place=place, seq=event["seq"], kind=event["kind"].value, reason=error.reason)
        ) from None
    except ClockError as error:
        raise ExchangeError(
            _("run_events cannot be replayed by the clock: {error}").format(error=error)
        ) from None


def _read(doc: object) -> _Document:
    """Check the whole document, so that nothing is written unless all of it can be."""
    top, version = _check_header(doc)
    uuid_kind = _uuid_kind(version)
    people = _read_people(top)
    person = _person_ref(people, optional=True)
    meeting_entry = top.child("meeting")
    uuid = _read_uuid(meeting_entry, uuid_kind, set())
    meeting = meeting_entry.fields(_MEETING)
    series_value = meeting_entry.raw("series")
    series = None
    if series_value is not None:
        series_entry = meeting_entry.child("series")
        series = series_entry.fields(_SERIES)
        series_entry.finish()
    moderator = meeting_entry.get("moderator", person)
    meeting_entry.finish()
    items = _read_agenda(top, person)
    document = _Document(
        uuid=uuid,
        meeting=meeting,
        series=series,
        moderator=moderator,
        people=people,
        agenda=items,
        attendance=_read_attendance(top, _person_ref(people, optional=False)),
        run_events=_read_run_events(top),
        notes=_read_notes(top, {item.values["position"] for item in items}),
        disputes=_read_disputes(top, person, uuid_kind),
        actions=_read_actions(top, person, uuid_kind),
        metrics=_read_metrics(top),
        baselines=_read_baselines(top),
    )
    top.finish()
    _check_plan(document)
    _check_run(document)
    return document


def _located(source: str | None, error: ExchangeError) -> ExchangeError:
    return ExchangeError(f"{source}: {error}") if source else error


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _Bad(_("the key {key} appears twice in one object").format(key=_quote(key)))
        result[key] = value
    return result


def _refuse_constant(name: str) -> float:
    raise _Bad(_("{name} is not a JSON number").format(name=name))


class _TooLong(Exception):
    """A number too long for any field; its text completes a sentence about the file."""


def _parse_int(text: str) -> int:
    digits = len(text.lstrip("-"))
    if digits > MAX_DIGITS:
        raise _TooLong(
            _("holds a number of {digits:,} digits; no field takes more than {max_digits}").format(
                digits=digits, max_digits=MAX_DIGITS
            )
        )
    return int(text)


def _read_bounded(path: Path) -> bytes:
    """The file's bytes, read only when it is a regular file within MAX_IMPORT_BYTES.

    It is opened without blocking, so a named pipe is refused at once, and read with a
    bound, so /dev/zero or a file that grows while it is read cannot fill the memory.
    """
    limit = (
        f"{MAX_IMPORT_BYTES // 2**20} MiB"
        if MAX_IMPORT_BYTES % 2**20 == 0
        else f"{MAX_IMPORT_BYTES:,} bytes"
    )
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise ExchangeError(
                _("{path}: is {kind}, not a file to import").format(
                    path=path, kind=file_kind(status.st_mode)
                )
            )
        if status.st_size > MAX_IMPORT_BYTES:
            raise ExchangeError(
                _("{path}: is {size:,} bytes, more than an import file may hold ({limit})").format(
                    path=path, size=status.st_size, limit=limit
                )
            )
        with os.fdopen(os.dup(descriptor), "rb") as stream:
            data = stream.read(MAX_IMPORT_BYTES + 1)
    finally:
        os.close(descriptor)
    if len(data) > MAX_IMPORT_BYTES:
        raise ExchangeError(
            _("{path}: holds more than an import file may ({limit})").format(path=path, limit=limit)
        )
    return data


def read_document(path: Path) -> dict[str, Any]:
    """Load and fully check an exchange file; any problem is an ExchangeError naming the file."""
    try:
        raw = _read_bounded(path)
    except OSError as error:
        raise ExchangeError(
            _("{path}: cannot be read ({reason})").format(path=path, reason=error.strerror or error)
        ) from error
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ExchangeError(
            _("{path}: is not UTF-8 text (bad byte at offset {start})").format(
                path=path, start=error.start
            )
        ) from error
    try:
        doc = json.loads(
            text,
            object_pairs_hook=_no_duplicate_keys,
            parse_constant=_refuse_constant,
            parse_int=_parse_int,
        )
    except json.JSONDecodeError as error:
        raise ExchangeError(
            _("{path}: is not valid JSON ({msg} at line {lineno}, column {colno})").format(
                path=path, msg=error.msg, lineno=error.lineno, colno=error.colno
            )
        ) from error
    except _Bad as bad:
        raise ExchangeError(
            _("{path}: is not valid JSON ({bad})").format(path=path, bad=bad)
        ) from bad
    except _TooLong as too_long:
        raise ExchangeError(f"{path}: {too_long}") from too_long
    except RecursionError as error:
        raise ExchangeError(
            _("{path}: is not valid JSON (nested too deeply)").format(path=path)
        ) from error
    try:
        _read(doc)
    except ExchangeError as error:
        raise _located(str(path), error) from None
    result: dict[str, Any] = doc
    return result


# Import


class Outcome(StrEnum):
    """What an import did with the document's meeting."""

    ADDED = "added"
    ALREADY_PRESENT = "already present"
    REPLACED = "replaced"


@dataclass(frozen=True)
class Imported:
    meeting_id: int
    """The meeting the document stands for in the database: added, replaced or found there."""
    outcome: Outcome


def _match_people(
    session: Session, wanted: dict[str, dict[str, Any]], known: Mapping[str, Person]
) -> dict[str, Person]:
    """Reuse the person with the same email, else one known by what the database holds (see
    _known_people); everyone else is added, in document order."""
    emails = [values["email"] for values in wanted.values() if values["email"] is not None]
    existing = {
        person.email: person
        for person in session.scalars(select(Person).where(Person.email.in_(emails)))
    }
    people: dict[str, Person] = {}
    for ref, values in wanted.items():
        email = values["email"]
        person = existing.get(email) if email is not None else known.get(ref)
        if person is None:
            person = Person(**values)
            session.add(person)
        people[ref] = person
    return people


def _known_people(
    session: Session,
    doc: _Document,
    found: Meeting | None,
    disputes: Mapping[str, Dispute],
    actions: Mapping[str, ActionItem],
) -> dict[str, Person]:
    """The document's people without an email whom the database already holds, by ref.

    They cannot be matched by email. A person is taken to be the one in the database when the
    document gives them, with the very same fields, as the raiser of a dispute or the owner of
    an action item the database already holds, or, on a replace, under the same ref as the
    replaced meeting's own export does. So moving the meetings of a series one by one, or
    replacing a meeting with its own export, adds nobody twice.
    """
    pairs: list[tuple[str | None, Person | None]] = []
    if found is not None:
        named = _people_of(found, _links_of(found), _actions_of(session, found.id))
        refs = _refs(named)
        pairs += [(refs[person.id], person) for person in named]
    pairs += [(d.raised_by, disputes[d.uuid].raised_by) for d in doc.disputes if d.uuid in disputes]
    pairs += [(a.owner, actions[a.uuid].owner) for a in doc.actions if a.uuid in actions]
    known: dict[str, Person] = {}
    for ref, person in pairs:
        if ref is None or person is None or ref in known or person in known.values():
            continue
        values = doc.people.get(ref)
        if person.email is None and values == {key: getattr(person, key) for key in _PERSON}:
            known[ref] = person
    return known


def _clear(session: Session, meeting: Meeting) -> None:
    """Empty a meeting of everything its document holds, before filling it from another.

    The row itself stays, with its id and uuid, so whatever else refers to the meeting still
    does. Action items it created or closed are unlinked, not deleted; the document links
    again the ones it holds.
    """
    parts: tuple[list[Any], ...] = (
        meeting.notes,
        meeting.items,
        meeting.attendance,
        meeting.run_events,
        meeting.dispute_links,
        meeting.metric_values,
    )
    for rows in parts:
        rows.clear()
    session.execute(delete(AlignmentBaseline).where(AlignmentBaseline.meeting_id == meeting.id))
    for column in (ActionItem.created_meeting_id, ActionItem.closed_meeting_id):
        session.execute(update(ActionItem).where(column == meeting.id).values({column: None}))
    session.flush()
    session.expire_all()


def _present_disputes(session: Session, uuids: Iterable[str | None]) -> dict[str, Dispute]:
    wanted = [uuid for uuid in uuids if uuid is not None]
    rows = session.scalars(select(Dispute).where(Dispute.uuid.in_(wanted))) if wanted else []
    return {row.uuid: row for row in rows}


def _present_actions(session: Session, uuids: Iterable[str | None]) -> dict[str, ActionItem]:
    wanted = [uuid for uuid in uuids if uuid is not None]
    rows = session.scalars(select(ActionItem).where(ActionItem.uuid.in_(wanted))) if wanted else []
    return {row.uuid: row for row in rows}


def _identity(uuid: str | None) -> dict[str, str]:
    """The uuid a new row takes from the document; without one, the model's default gives it."""
    return {} if uuid is None else {"uuid": uuid}


def _match_series(session: Session, values: dict[str, Any]) -> Series:
    series = session.scalars(
        select(Series)
        .where(
            Series.name == values["name"],
            Series.kind == values["kind"],
            Series.frequency == values["frequency"],
        )
        .order_by(Series.id)
        .limit(1)
    ).first()
    if series is None:
        series = Series(**values)
        session.add(series)
    return series


def _match_goal(session: Session, metric: _Metric) -> SLAGoal:
    """Reuse the goal with the same key and give it the targets it lacks; its own ones win."""
    goal = session.scalars(select(SLAGoal).where(SLAGoal.key == metric.goal["key"])).first()
    if goal is None:
        goal = SLAGoal(**metric.goal)
        session.add(goal)
    have = {target.effective_from for target in goal.targets}
    for values in metric.targets:
        if values["effective_from"] not in have:
            target = GoalTarget(goal=goal, **values)
            session.add(target)
    return goal


def _write(session: Session, doc: _Document, replace: bool) -> Imported:
    found = None
    if doc.uuid is not None:
        found = session.scalars(select(Meeting).where(Meeting.uuid == doc.uuid)).first()
    if found is not None and not replace:
        return Imported(found.id, Outcome.ALREADY_PRESENT)
    disputes = _present_disputes(session, (dispute.uuid for dispute in doc.disputes))
    actions = _present_actions(session, (action.uuid for action in doc.actions))
    known = _known_people(session, doc, found, disputes, actions)
    if found is not None:
        _clear(session, found)
    used = doc.used_refs(set(disputes), set(actions))
    people = _match_people(
        session, {ref: values for ref, values in doc.people.items() if ref in used}, known
    )

    def person(ref: str | None) -> Person | None:
        return None if ref is None else people[ref]

    if found is None:
        meeting = Meeting(**doc.meeting, **_identity(doc.uuid))
        session.add(meeting)
    else:
        meeting = found
        for key, value in doc.meeting.items():
            setattr(meeting, key, value)
    meeting.series = None if doc.series is None else _match_series(session, doc.series)
    meeting.moderator = person(doc.moderator)
    items: dict[int, AgendaItem] = {}
    for item in doc.agenda:
        row = AgendaItem(meeting=meeting, presenter=person(item.presenter), **item.values)
        session.add(row)
        items[row.position] = row
    for ref, status in doc.attendance:
        session.add(Attendance(meeting=meeting, person=people[ref], status=status))
    for values in doc.run_events:
        session.add(RunEvent(meeting=meeting, **values))
    for note in doc.notes:
        item = None if note.item_position is None else items[note.item_position]
        session.add(Note(meeting=meeting, item=item, **note.values))
    for dispute in doc.disputes:
        known = None if dispute.uuid is None else disputes.get(dispute.uuid)
        if known is None:
            known = Dispute(
                raised_by=person(dispute.raised_by), **dispute.values, **_identity(dispute.uuid)
            )
            session.add(known)
        session.add(DisputeMeeting(dispute=known, meeting=meeting, **dispute.link))
    for action in doc.actions:
        present = None if action.uuid is None else actions.get(action.uuid)
        if present is None:
            session.add(
                ActionItem(
                    owner=person(action.owner),
                    created_meeting=meeting if action.created_here else None,
                    closed_meeting=meeting if action.closed_here else None,
                    **action.values,
                    **_identity(action.uuid),
                )
            )
            continue
        if action.created_here and present.created_meeting_id is None:
            present.created_meeting = meeting
        if action.closed_here and present.closed_meeting_id is None:
            present.closed_meeting = meeting
    for metric in doc.metrics:
        goal = _match_goal(session, metric)
        session.add(MetricValue(meeting=meeting, goal=goal, **metric.values))
    session.flush()
    for values in doc.baselines:
        session.add(AlignmentBaseline(meeting_id=meeting.id, **values))
    session.flush()
    return Imported(meeting.id, Outcome.ADDED if found is None else Outcome.REPLACED)


def import_document(
    db: Database, doc: dict[str, Any], *, source: str | None = None, replace: bool = False
) -> Imported:
    """Bring the document's meeting into the database, all in one transaction.

    A meeting the database already holds (the same uuid) is left as it is, or, with replace,
    emptied and filled from the document, keeping its id. Otherwise the meeting is added.
    People with an email already in the database, goals with a known key and an identical
    series are reused; disputes and action items already there (the same uuid) are linked to
    the meeting, not copied, and keep their own fields. A document older than uuids gets
    fresh ones, so it is always added. source (the file name) starts every error message.
    """
    try:
        checked = _read(doc)
    except ExchangeError as error:
        raise _located(source, error) from None
    try:
        with db.write() as session:
            return _write(session, checked, replace)
    except (IntegrityError, DataError) as error:
        # DataError: PostgreSQL's refusal of a value over its column's length or type
        reason = str(error.orig).splitlines()[0] if error.orig else "constraint failed"
        raise _located(
            source, ExchangeError(_("the database refused it ({reason})").format(reason=reason))
        ) from error


def import_meeting(
    db: Database, doc: dict[str, Any], *, source: str | None = None, replace: bool = False
) -> int:
    """import_document, for a caller that needs only the meeting's id in the database."""
    return import_document(db, doc, source=source, replace=replace).meeting_id
