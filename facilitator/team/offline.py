"""A running meeting on a team database never waits on the network: while the server cannot be
reached, the console's writes go to the laptop's journal (storage.journal), and when it is
back they are sent in the order they were made, each exactly once.

Every write goes under a uuid committed with it in applied_writes (with the row it made), the
straight ones too: a write the server saved whose answer was lost is kept in the journal under
the uuid it was tried with, and an entry whose answer was lost (or whose app was killed before
the journal heard) is sent again the same way; either is found there and not written again,
and what names the row it made (by its id on the laptop) gets the row's id from there.
"""

from __future__ import annotations

import threading
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from facilitator import timesource
from facilitator.language import _
from facilitator.record import action_items, disputes, notes
from facilitator.record.meetings import AgendaItemView, load_meeting
from facilitator.record.notes import NoteView, check_note_text
from facilitator.record.run import MeetingRun
from facilitator.rules.clock import ClockError, ClockEvent
from facilitator.storage.database import Database
from facilitator.storage.journal import Entry, Journal
from facilitator.storage.models import AppliedWrite
from facilitator.storage.server import is_connection_lost
from facilitator.storage.write_errors import SaveRefused
from facilitator.vocabulary import DisputeCategory, NoteKind, RunEventKind, Team

OFFLINE_MESSAGE = (
    "The server cannot be reached: notes are kept on this laptop and sent when it is back."
)
KEPT_MESSAGE = "{} kept on this laptop; it goes to the server when it is back."
"""Said when a dispute or an action item is saved while the server is away."""
WAITING_MESSAGE = (
    "This note is kept on this laptop until the server is back; it can be changed once sent."
)
NOUNS = {
    "note": ("note", "notes"),
    "note_text": ("note change", "note changes"),
    "dispute": ("dispute", "disputes"),
    "action_item": ("action item", "action items"),
    "run": ("clock press", "clock presses"),
}
Result = TypeVar("Result")


def is_offline(error: BaseException) -> bool:
    """Whether a write (SaveRefused) or a read failed because the server could not be reached."""
    cause = error.__cause__ if isinstance(error, SaveRefused) else error
    return isinstance(cause, DBAPIError) and is_connection_lost(cause)


def reachable(db: Database) -> bool:
    """Whether the server answers now; for a worker thread, as it may wait connect_timeout."""
    try:
        with db.engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
    except DBAPIError:
        return False
    return True


@dataclass
class Sent:
    """What a send wrote: entries by kind, the ids rows made offline got on the server, and the
    entries the server refused (someone else ended the meeting, removed the item...)."""

    counts: Counter[str] = field(default_factory=Counter)
    made: dict[int, int] = field(default_factory=dict)
    refused: list[str] = field(default_factory=list)
    complete: bool = True
    """Nothing is left to send: False when the server went away again half-way."""

    def include(self, later: Sent) -> None:
        """Add what a later send wrote (sends one after another until nothing waits)."""
        self.counts.update(later.counts)
        self.made.update(later.made)
        self.refused.extend(later.refused)
        self.complete = later.complete

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def summary(self) -> str:
        """'12 notes and 2 clock presses', in the order of NOUNS; 'nothing' for none."""
        parts = [
            f"{self.counts[kind]} {one if self.counts[kind] == 1 else many}"
            for kind, (one, many) in NOUNS.items()
            if self.counts[kind]
        ]
        if not parts:
            return "nothing"
        return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


class _InTransaction(Database):
    """The database as the record functions see it while an entry is sent: their write and
    read are the sending transaction, committed with the entry's applied_writes row."""

    def __init__(self, db: Database, session: Session) -> None:
        super().__init__(db.path, db.engine, db.sessions, db.backup, db.address)
        self._session = session

    @contextmanager
    def write(self) -> Iterator[Session]:
        yield self._session

    @contextmanager
    def read(self) -> Iterator[Session]:
        yield self._session


def _resolved(journal: Journal, local_or_server: int | None) -> int | None:
    """An id named by an entry: a row made offline (negative) is looked up where it was sent."""
    if local_or_server is None or local_or_server >= 0:
        return local_or_server
    made = journal.made_id(local_or_server)
    if made is None:
        raise notes.NoteRefused(_("It names something kept offline that the server refused."))
    return made


def _send_note(db: Database, journal: Journal, p: dict[str, Any]) -> int | None:
    return notes.add_note(
        db, p["meeting_id"], p["item_id"], NoteKind(p["kind"]), p["text"], p["offset_seconds"]
    )


def _send_note_text(db: Database, journal: Journal, p: dict[str, Any]) -> int | None:
    note_id = _resolved(journal, p["note_id"])
    assert note_id is not None
    notes.edit_note(db, note_id, text=p["text"], kind=NoteKind(p["kind"]))
    return None


def _send_dispute(db: Database, journal: Journal, p: dict[str, Any]) -> int | None:
    """The dispute and the sides' positions typed with it, in the sending transaction."""
    dispute_id = disputes.open_dispute(
        db,
        p["meeting_id"],
        title=p["title"],
        category=DisputeCategory(p["category"]),
        raised_by_team=Team(p["raised_by_team"]),
        raised_by_id=p["raised_by_id"],
        note_id=_resolved(journal, p["note_id"]),
    )
    sales, marketing = p.get("sales_position", ""), p.get("marketing_position", "")
    if sales or marketing:
        disputes.update_dispute(
            db, dispute_id, sales_position=sales, marketing_position=marketing
        )
    return dispute_id


def _send_action_item(db: Database, journal: Journal, p: dict[str, Any]) -> int | None:
    due = p["due_date"]
    return action_items.add_action_item(
        db,
        p["meeting_id"],
        text=p["text"],
        owner_id=p["owner_id"],
        team=None if p["team"] is None else Team(p["team"]),
        due_date=None if due is None else date.fromisoformat(due),
        today=date.fromisoformat(p["today"]),
        note_id=_resolved(journal, p["note_id"]),
    )


def _send_run(db: Database, journal: Journal, p: dict[str, Any]) -> int | None:
    """The press on the clock as it was when made: its run_clock reading, wall time and boot."""
    wall = datetime.fromisoformat(p["wall"])
    run = MeetingRun.open(
        db,
        p["meeting_id"],
        time_source=lambda: float(p["now"]),
        wall=lambda: wall,
        boot=lambda: str(p["boot"]),
    )
    event = ClockEvent(RunEventKind(p["kind"]), float(p["at"]), int(p["seconds"]))
    run.record(event, move=bool(p["move"]))
    return None


SENDERS: dict[str, Callable[[Database, Journal, dict[str, Any]], int | None]] = {
    "note": _send_note,
    "note_text": _send_note_text,
    "dispute": _send_dispute,
    "action_item": _send_action_item,
    "run": _send_run,
}
REFUSALS = (ValueError, LookupError, ClockError)
"""What the record functions refuse an entry with: told, and the entry is not sent again."""


def apply_once(
    db: Database,
    journal: Journal,
    key: str,
    kind: str,
    payload: dict[str, Any],
    *,
    new: bool = False,
) -> int | None:
    """The write in one transaction with its applied_writes row (key, the row it made): the
    made row's id. A key found there was applied before, its answer lost: nothing is written
    and the row it made then is given. new: the key was just made, so it is not looked for
    (a round trip less on a note's commit)."""
    for attempt in (1, 2):
        try:
            with db.write() as session:
                applied = None if new else session.get(AppliedWrite, key)
                if applied is not None:
                    return applied.made_id
                made = SENDERS[kind](_InTransaction(db, session), journal, payload)
                session.add(AppliedWrite(uuid=key, applied_at=timesource.now(), made_id=made))
                session.flush()
                return made
        except IntegrityError:
            if attempt == 2:  # another process sent it meanwhile: the second look finds it
                raise
    return None


def _send_entry(db: Database, journal: Journal, entry: Entry) -> int | None:
    return apply_once(db, journal, entry.uuid, entry.kind, entry.payload)


def send_journal(db: Database, journal: Journal) -> Sent:
    """Send db's waiting entries in order; stops (complete False) if the server goes again."""
    sent = Sent()
    for entry in journal.waiting(db.location):
        try:
            made = _send_entry(db, journal, entry)
        except REFUSALS as error:
            one = NOUNS.get(entry.kind, (entry.kind,))[0]
            sent.refused.append(f"A {one} kept offline was refused: {error}")
            journal.mark_sent(entry, None)
            continue
        except (SaveRefused, DBAPIError) as error:
            if not is_offline(error):
                raise
            sent.complete = False
            return sent
        journal.mark_sent(entry, made)
        sent.counts[entry.kind] += 1
        if made is not None:
            sent.made[entry.local_id] = made
    return sent


def send_if_back(
    db: Database, journal: Journal, starting: Callable[[], None] = lambda: None
) -> Sent | None:
    """For a worker thread: send db's journal if the server answers now; None if it does not.
    starting() is called once the server has answered, before the first entry is read."""
    if not reachable(db):
        return None
    starting()
    return send_journal(db, journal)


class Journaling:
    """The console's writes to one team database: straight to the server while it answers,
    to the journal from the first write that finds it gone until the journal is sent.

    While anything waits in the journal, new writes go there too, so the order holds.
    on_offline is called once each time the server is found gone. While `sending` (a worker
    thread sends the journal, from the moment the server answered its probe), a kept note typed
    on or emptied is not changed in place: its entry may be on its way. A probe that finds the
    server still away never holds them up.
    """

    def __init__(self, db: Database, journal: Journal | None = None) -> None:
        self.db = db
        self.journal = journal if journal is not None else Journal()
        self.offline = db.location in self.journal.databases_waiting()
        self.on_offline: Callable[[], None] = lambda: None
        self._read_notes: dict[int, list[NoteView]] = {}
        self._agendas: dict[int, tuple[AgendaItemView, ...]] = {}
        self._sent: dict[int, int] = {}
        self.sending = False
        self._sending_lock = threading.Lock()
        """Held while an entry is changed in place and while the sender starts, so a send
        never begins between the check of `sending` and the change."""

    def start_sending(self) -> None:
        """From the sending thread, once the server answered: kept entries stay as they are."""
        with self._sending_lock:
            self.sending = True

    def went_offline(self) -> None:
        if not self.offline:
            self.offline = True
            self.on_offline()

    def attempt(self, online: Callable[[], Result]) -> Result | None:
        """online() while the server answers; None once it is (or was already) found gone."""
        if self.offline:
            return None
        try:
            return online()
        except (SaveRefused, DBAPIError) as error:
            if not is_offline(error):
                raise
            self.went_offline()
            return None

    def keep(self, kind: str, payload: dict[str, Any], key: str | None = None) -> Entry:
        """Put a write in the journal (committed there before this returns); key: the uuid it
        was tried under on the server, if it was."""
        return self.journal.add(self.db.location, kind, payload, key)

    def write(self, kind: str, payload: dict[str, Any], *, straight: bool = True) -> int | None:
        """The write straight to the server (unless not straight) under a new uuid; kept under
        the same uuid while the server is away or when it is found gone, so a write it saved
        before its answer was lost is not written again. The row made's id (its local id
        while kept), None for a write that makes none."""
        key = str(uuid.uuid4())
        if straight and not self.offline:
            try:
                return apply_once(self.db, self.journal, key, kind, payload, new=True)
            except (SaveRefused, DBAPIError) as error:
                if not is_offline(error):
                    raise
                self.went_offline()
        return self.keep(kind, payload, key).local_id

    def _make(self, kind: str, payload: dict[str, Any], *, straight: bool = True) -> int:
        made = self.write(kind, payload, straight=straight)
        assert made is not None, kind
        return made

    def send(self) -> Sent:
        """Send the journal; the writes go straight to the server again once it is all sent."""
        sent = send_journal(self.db, self.journal)
        self.take_in(sent)
        return sent

    def take_in(self, sent: Sent) -> bool:
        """What a send did (here or in a worker thread): the ids kept notes got, and whether
        nothing waits any more, so writes go straight to the server again."""
        self._sent.update(sent.made)
        if sent.complete and not self.journal.waiting(self.db.location):
            self.offline = False
            self.journal.clear_sent(self.db.location)
        return not self.offline

    # --- the console's writes --------------------------------------------------------------

    def add_note(
        self, meeting_id: int, item_id: int | None, kind: NoteKind, text: str, offset: float
    ) -> int:
        """notes.add_note, or the note kept: its local id (negative) until it is sent."""
        check_note_text(text)
        payload = {
            "meeting_id": meeting_id,
            "item_id": item_id,
            "kind": kind.value,
            "text": text,
            "offset_seconds": offset,
        }
        return self._make("note", payload)

    def edit_note(self, note_id: int, text: str, kind: NoteKind) -> None:
        """notes.edit_note; a note kept offline is sent once, with its last words."""
        check_note_text(text)
        changes = {"text": text, "kind": kind.value}
        if note_id < 0 and self._changed_in_place(lambda: self.journal.amend(note_id, changes)):
            return
        note_id = self.sent_id(note_id)
        self.write("note_text", {"note_id": note_id, **changes}, straight=note_id >= 0)

    def forget(self, local_id: int) -> bool:
        """A note kept offline and emptied before it was sent (or a dispute or action item
        kept and undone) is not sent at all."""
        return local_id < 0 and self._changed_in_place(lambda: self.journal.drop(local_id))

    def _changed_in_place(self, change: Callable[[], bool]) -> bool:
        """change() on a kept entry, unless a send has begun (then False, nothing changed)."""
        with self._sending_lock:
            return not self.sending and change()

    def open_dispute(
        self,
        meeting_id: int,
        *,
        title: str,
        category: DisputeCategory,
        raised_by_team: Team,
        raised_by_id: int | None = None,
        note_id: int | None = None,
        sales_position: str = "",
        marketing_position: str = "",
    ) -> int:
        """disputes.open_dispute with the positions typed with it, or the dispute kept."""
        payload = {
            "meeting_id": meeting_id,
            "title": title,
            "category": category.value,
            "raised_by_team": raised_by_team.value,
            "raised_by_id": raised_by_id,
            "note_id": note_id,
            "sales_position": sales_position,
            "marketing_position": marketing_position,
        }
        return self._make("dispute", payload, straight=note_id is None or note_id >= 0)

    def add_action_item(
        self,
        meeting_id: int,
        *,
        text: str,
        owner_id: int | None = None,
        team: Team | None = None,
        due_date: date | None = None,
        note_id: int | None = None,
    ) -> int:
        payload = {
            "meeting_id": meeting_id,
            "text": text,
            "owner_id": owner_id,
            "team": None if team is None else team.value,
            "due_date": None if due_date is None else due_date.isoformat(),
            "today": timesource.today().isoformat(),
            "note_id": note_id,
        }
        return self._make("action_item", payload, straight=note_id is None or note_id >= 0)

    # --- what the console shows ------------------------------------------------------------

    def sent_id(self, note_id: int) -> int:
        """The server's id of a note kept offline and sent since; any other id as it is."""
        return self._sent.get(note_id, note_id)

    def agenda(self, meeting_id: int) -> tuple[AgendaItemView, ...]:
        """The meeting's agenda, as last read while the server is away."""
        read = self.attempt(lambda: load_meeting(self.db, meeting_id).items)
        if read is not None:
            self._agendas[meeting_id] = read
        return self._agendas.get(meeting_id, ())

    def notes_of(self, meeting_id: int) -> list[NoteView]:
        """The meeting's notes: as last read from the server, with those kept offline after
        them (by their local ids) and the changes kept offline made."""
        read = self.attempt(lambda: notes.notes_of(self.db, meeting_id))
        if read is not None:
            self._read_notes[meeting_id] = read
        shown = {note.id: note for note in self._read_notes.get(meeting_id, [])}
        if not self.offline:
            return list(shown.values())
        for entry in self.journal.waiting(self.db.location):
            p = entry.payload
            if entry.kind == "note" and p["meeting_id"] == meeting_id:
                shown[entry.local_id] = _kept_note(entry)
            elif entry.kind == "note_text" and p["note_id"] in shown:
                note = shown[p["note_id"]]
                shown[note.id] = replace(note, text=p["text"], kind=NoteKind(p["kind"]))
        return sorted(shown.values(), key=lambda note: (note.offset_seconds, note.id < 0))


def _kept_note(entry: Entry) -> NoteView:
    p = entry.payload
    made = datetime.fromisoformat(entry.created_at)
    return NoteView(
        id=entry.local_id,
        meeting_id=p["meeting_id"],
        item_id=p["item_id"],
        kind=NoteKind(p["kind"]),
        text=p["text"],
        offset_seconds=p["offset_seconds"],
        parked=False,
        created_at=made,
        updated_at=made,
    )
