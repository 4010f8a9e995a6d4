"""What the main window shows of a meeting, its people and its notes: plain, frozen views.

The record layer reads them through SQLAlchemy; at a start on a plain SQLite file the window's
first fill reads the same views with the standard sqlite3 module alone
(facilitator/storage/window_reads.py), so this module, like everything the first fill
imports, never imports SQLAlchemy or the models (issue #20: a window usable before the ORM
has loaded). The refusals the window catches and the note line's markers live here too, so
the window names them without loading the record layer.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from facilitator.language import N_, _
from facilitator.record.rows import agenda_plan
from facilitator.rules.agenda import AgendaPlan
from facilitator.vocabulary import (
    AttendanceStatus,
    Frequency,
    ItemKind,
    MeetingKind,
    MeetingStatus,
    NoteKind,
    Team,
)

MAX_TITLE_LENGTH = 200
MAX_NOTE_LENGTH = 1_000_000


@dataclass(frozen=True)
class MeetingSummary:
    """One line of the meeting list."""

    id: int
    scheduled_at: datetime
    title: str
    kind: MeetingKind
    status: MeetingStatus


@dataclass(frozen=True)
class AgendaItemView:
    id: int
    position: int
    title: str
    kind: ItemKind
    planned_seconds: int
    presenter_team: Team | None
    presenter_id: int | None
    presenter_name: str | None
    description: str
    actual_start: datetime | None
    actual_end: datetime | None


@dataclass(frozen=True)
class MeetingView:
    id: int
    title: str
    kind: MeetingKind
    status: MeetingStatus
    scheduled_at: datetime
    cap_seconds: int
    moderator_id: int | None
    moderator_name: str | None
    moderator_team: Team | None
    series_id: int | None
    items: tuple[AgendaItemView, ...]
    version: int = field(default=0, compare=False)
    """The row's version counter as read: a save made from this view names it."""

    @property
    def planned_seconds(self) -> int:
        return sum(item.planned_seconds for item in self.items)

    def plan(self) -> AgendaPlan:
        return agenda_plan(self)


class MeetingNotFound(LookupError):
    def __init__(self, meeting_id: int) -> None:
        super().__init__(_("there is no meeting {id}").format(id=meeting_id))
        self.meeting_id = meeting_id

    def __str__(self) -> str:
        return str(self.args[0])


MARKERS: dict[str, NoteKind] = {
    "!": NoteKind.DECISION,
    "*": NoteKind.HIGHLIGHT,
    "?": NoteKind.QUESTION,
    "#": NoteKind.METRIC,
}
ESCAPE = "\\"


def parse_note_input(text: str) -> tuple[NoteKind, str]:
    """The kind a leading marker asks for, and the text without the marker and one space."""
    first = text[:1]
    if first in MARKERS:
        rest = text[1:]
        return MARKERS[first], rest[1:] if rest.startswith(" ") else rest
    if first == ESCAPE and text[1:2] in MARKERS:
        return NoteKind.NOTE, text[1:]
    return NoteKind.NOTE, text


class NoteRefused(ValueError):
    """A note that can't be stored; the message is one line for the moderator."""


class NoteNotFound(LookupError):
    def __init__(self, note_id: int) -> None:
        super().__init__(_("There is no note {id}.").format(id=note_id))
        self.note_id = note_id


@dataclass(frozen=True)
class NoteView:
    """A stored note; also what delete_note hands back so the console can undo the delete."""

    id: int
    meeting_id: int
    item_id: int | None
    kind: NoteKind
    text: str
    offset_seconds: float
    parked: bool
    created_at: datetime
    updated_at: datetime
    dispute_ids: tuple[int, ...] = ()
    """The disputes made from it, when delete_note hands it back: its undo links them again."""
    action_ids: tuple[int, ...] = ()
    """The action items made from it, likewise."""
    version: int = field(default=0, compare=False)
    """The row's version counter as read, which an edit made from this view names (not part of
    what the record says, so left out of comparisons)."""


@dataclass(frozen=True)
class PersonView:
    id: int
    name: str
    email: str | None
    team: Team
    role: str
    active: bool
    guest: bool


class PersonNotFound(LookupError):
    def __init__(self, person_id: int) -> None:
        super().__init__(_("There is no person {id}.").format(id=person_id))
        self.person_id = person_id


def moderator_warning(team: Team | None) -> str | None:
    """The plain word DESIGN.md asks for when the moderator has a stake in either side."""
    if team is None or not team.has_stake:
        return None
    return _("The moderator is in {team}: not neutral between Sales and Marketing.").format(
        team=team.label
    )


NEUTRAL_MODERATOR = N_(
    "The moderator is meant to be neutral: someone with no stake in either team."
)
"""Why a moderator from Sales or Marketing is questioned, as DESIGN.md section 1 words it."""


def moderator_question(name: str, team: Team) -> str | None:
    """What to ask before someone with a stake moderates; None when they have none."""
    if not team.has_stake:
        return None
    return _("{name} is in {team}. {neutral} Make {name} the moderator anyway?").format(
        name=name, team=team.label, neutral=_(NEUTRAL_MODERATOR)
    )


class PersonRefused(ValueError):
    """A roster change that breaks a rule; the message is one line for the user."""


class AttendanceRefused(ValueError):
    """An attendance change that makes no sense; the message is one line for the user."""


class InformedRefused(ValueError):
    """An informed recipient that cannot be kept; the message is one line for the user."""


@dataclass(frozen=True)
class AttendanceView:
    person_id: int
    name: str
    team: Team
    guest: bool
    status: AttendanceStatus
    email: str | None = None


@dataclass(frozen=True)
class AttendanceCounts:
    """How the roll call stands: what the moderator reads at a glance while marking."""

    present: int = 0
    late: int = 0
    absent: int = 0
    unmarked: int = 0

    def text(self) -> str:
        return _("{present} present · {late} late · {absent} absent · {unmarked} unmarked").format(
            present=self.present, late=self.late, absent=self.absent, unmarked=self.unmarked
        )


def count_marks(views: Iterable[AttendanceView]) -> AttendanceCounts:
    """Count the list's marks; someone invited and not marked yet counts as unmarked."""
    statuses = [view.status for view in views]
    return AttendanceCounts(
        present=statuses.count(AttendanceStatus.PRESENT),
        late=statuses.count(AttendanceStatus.LATE),
        absent=statuses.count(AttendanceStatus.ABSENT),
        unmarked=statuses.count(AttendanceStatus.INVITED),
    )


@dataclass(frozen=True)
class InformedView:
    """One informed recipient as the panel lists it and the minutes name it."""

    id: int
    meeting_id: int | None
    series_id: int | None
    person_id: int | None
    address: str | None
    """The bare address; None for a roster person (their email is in `email`)."""
    name: str
    email: str | None
    """Where the minutes go: the bare address, or the person's email (None: they have none)."""
    role: str = ""

    @property
    def for_series(self) -> bool:
        return self.series_id is not None

    @property
    def label(self) -> str:
        """How the distribution line names them: "Ana (Sales manager)", "List (a@b.org)"."""
        if self.person_id is not None:
            return f"{self.name} ({self.role})" if self.role else self.name
        if self.name:
            return f"{self.name} ({self.address})"
        return self.address or ""

    def same_recipient(self, other: InformedView) -> bool:
        if self.person_id is not None and self.person_id == other.person_id:
            return True
        return bool(self.email and other.email and self.email.casefold() == other.email.casefold())


@dataclass(frozen=True)
class SeriesView:
    id: int
    name: str
    kind: MeetingKind
    frequency: Frequency
    template_id: int | None
    meeting_count: int
    last_scheduled_at: datetime | None
