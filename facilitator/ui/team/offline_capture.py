"""Disputes and action items taken from the console on a team database, the server there or not.

The capture dialogs open from KeptCapture: the people, the meeting's attendance and its
default due date as last read while the server answered (read again at each opening while
it does), so a dialog opened while it is away never waits on the network. Save goes through
the console's Journaling: straight to the server under a uuid while it answers, into the
laptop's journal while it is away (or when the save finds it gone), sent in order when it is
back. A record kept on the laptop is listed in the console's "This meeting" list, greyed and
marked not sent, until the send reloads the list.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, SignalInstance
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QListWidgetItem

from facilitator import timesource
from facilitator.language import _
from facilitator.record.action_items import (
    ActionItemNotFound,
    ActionItemRefused,
    action_item_state,
    default_due_date,
    restore_action_item,
)
from facilitator.record.attendance import AttendanceView, attendance_of
from facilitator.record.disputes import (
    DisputeNotFound,
    DisputeRefused,
    dispute_state,
    restore_dispute,
)
from facilitator.record.meetings import MeetingNotFound
from facilitator.record.people import PersonView, list_people
from facilitator.storage.database import Database
from facilitator.team.offline import KEPT_MESSAGE, Journaling
from facilitator.ui.common.commands import EditCommand, Tell, push_edit
from facilitator.ui.console.this_meeting import ThisMeetingPanel, short_day
from facilitator.ui.history.record_commands import NewActionItem, NewDispute

Read = TypeVar("Read")
KEPT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Marks a line of the "This meeting" list that shows a record kept on the laptop."""


def _tr(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP in this module's context, in the app's language."""
    return QCoreApplication.translate("JournaledRecord", text)


class JournaledRecord(EditCommand):
    """A new dispute or action item made through Journaling: undo removes it from the server,
    or from the journal while it is kept there; redo brings it back."""

    noun: str
    """What Undo and Redo name ("Undo new dispute"), marked for translation."""
    waits: str
    """Why an undo waits while the record is being sent, marked for translation."""
    state: Callable[[Database, int], Any]
    restore: Callable[[Database, int, Any], None]

    def __init__(self, text: str, journaling: Journaling, make: Callable[[], int], tell: Tell):
        super().__init__(text, _tr(self.noun), tell)
        self._journaling = journaling
        self._make = make
        self.record_id: int | None = None
        self._saved: Any = None
        """The record as the server first held it, put back by a redo after an undo."""

    def apply(self) -> None:
        if self.record_id is not None and self._saved is not None:
            self.restore(self._journaling.db, self.record_id, self._saved)
            return
        self.record_id = self._make()  # kept: a new local id each time it is made again

    def revert(self) -> None:
        assert self.record_id is not None
        journaling = self._journaling
        record_id = journaling.sent_id(self.record_id)
        if record_id < 0:
            if not journaling.forget(record_id):
                raise self.refusals[0](_tr(self.waits))
            self.record_id = None
            return
        self.record_id = record_id
        if self._saved is None:
            self._saved = self.state(journaling.db, record_id)
        self.restore(journaling.db, record_id, None)


class JournaledDispute(JournaledRecord):
    refusals = (DisputeRefused, DisputeNotFound, MeetingNotFound)
    noun = QT_TRANSLATE_NOOP("JournaledRecord", "new dispute")
    waits = QT_TRANSLATE_NOOP(
        "JournaledRecord",
        "This dispute is being sent to the server; it can be undone once it is there.",
    )
    state = staticmethod(dispute_state)
    restore = staticmethod(restore_dispute)


class JournaledActionItem(JournaledRecord):
    refusals = (ActionItemRefused, ActionItemNotFound, MeetingNotFound)
    noun = QT_TRANSLATE_NOOP("JournaledRecord", "new action item")
    waits = QT_TRANSLATE_NOOP(
        "JournaledRecord",
        "This action item is being sent to the server; it can be undone once it is there.",
    )
    state = staticmethod(action_item_state)
    restore = staticmethod(restore_action_item)


class KeptCapture:
    """The capture dialogs' source on a team database (a CaptureSource)."""

    def __init__(self, journaling: Journaling) -> None:
        self.journaling = journaling
        self._kept: dict[object, Any] = {}

    def _read(self, key: object, read: Callable[[], Read], default: Read) -> Read:
        """read() while the server answers, kept for when it is away; default if never read."""
        value = self.journaling.attempt(read)
        if value is not None:
            self._kept[key] = value
        return self._kept.get(key, default)

    def read_now(self, meeting_id: int) -> None:
        """Read all a new dispute or action item needs, while the server answers."""
        self.people()
        self.attendance(meeting_id)
        self.due_date(meeting_id)

    def people(self) -> list[PersonView]:
        return self._read("people", lambda: list_people(self.journaling.db), [])

    def attendance(self, meeting_id: int) -> list[AttendanceView]:
        db = self.journaling.db
        return self._read(("attendance", meeting_id), lambda: attendance_of(db, meeting_id), [])

    def due_date(self, meeting_id: int) -> date:
        db = self.journaling.db
        week_on = timesource.today() + timedelta(days=7)
        return self._read(("due", meeting_id), lambda: default_due_date(db, meeting_id), week_on)

    def _note(self, note_id: int | None) -> int | None:
        return None if note_id is None else self.journaling.sent_id(note_id)

    def save_dispute(self, stack: QUndoStack, new: NewDispute, tell: Tell) -> int | None:
        def make() -> int:
            return self.journaling.open_dispute(
                new.meeting_id,
                title=new.title,
                category=new.category,
                raised_by_team=new.raised_by_team,
                raised_by_id=new.raised_by_id,
                note_id=self._note(new.note_id),
                sales_position=new.sales_position,
                marketing_position=new.marketing_position,
            )

        text = QCoreApplication.translate("JournaledRecord", "Open dispute “{title}”").format(
            title=new.title.strip()
        )
        opened = JournaledDispute(text, self.journaling, make, tell)
        return opened.record_id if push_edit(stack, opened) else None

    def save_action_item(self, stack: QUndoStack, new: NewActionItem, tell: Tell) -> int | None:
        def make() -> int:
            return self.journaling.add_action_item(
                new.meeting_id,
                text=new.text,
                owner_id=new.owner_id,
                due_date=new.due_date,
                note_id=self._note(new.note_id),
            )

        text = QCoreApplication.translate("JournaledRecord", "Add action item")
        added = JournaledActionItem(text, self.journaling, make, tell)
        return added.record_id if push_edit(stack, added) else None

    def kept_lines(self, meeting_id: int) -> list[str]:
        """The disputes and action items of the meeting kept on the laptop, as listed."""
        names = {person.id: f"{person.name} ({person.team.label})" for person in self.people()}
        journaling = self.journaling
        lines = []
        for entry in journaling.journal.waiting(journaling.db.location):
            p = entry.payload
            if p.get("meeting_id") != meeting_id:
                continue
            if entry.kind == "dispute":
                line = QCoreApplication.translate("KeptCapture", "Dispute (not sent) · {title}")
                lines.append(line.format(title=p["title"].strip()))
            elif entry.kind == "action_item":
                lines.append(self._kept_action(names, p))
        return lines

    @staticmethod
    def _kept_action(names: dict[int, str], p: dict[str, Any]) -> str:
        """'Action (not sent) · Dana Kim (Sales) · due Fri 4 Dec · Call the leads back'."""
        owner = names.get(p["owner_id"]) or QCoreApplication.translate("KeptCapture", "no owner")
        due = p["due_date"]
        if due:
            when = QCoreApplication.translate("KeptCapture", "due {day}").format(
                day=short_day(date.fromisoformat(due))
            )
        else:
            when = QCoreApplication.translate("KeptCapture", "no due date")
        line = QCoreApplication.translate(
            "KeptCapture", "Action (not sent) · {owner} · {when} · {text}"
        )
        return line.format(owner=owner, when=when, text=p["text"].strip())

    def show_kept(self, panel: ThisMeetingPanel, meeting_id: int) -> None:
        """While the server is away (the panel held as last read), list what is kept after
        what was read: greyed, never opened for editing, until the send reloads the list."""
        records = panel.records
        for row in reversed(range(records.count())):
            if records.item(row).data(KEPT_ROLE):
                records.takeItem(row)
        if not self.journaling.offline:
            return
        for line in self.kept_lines(meeting_id):
            item = QListWidgetItem(line)
            item.setData(KEPT_ROLE, True)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            records.addItem(item)
        if records.count():
            records.setVisible(True)
            panel.empty_label.setVisible(False)


def say_saved(saved: SignalInstance, line: QLabel, done: str, noun: str) -> None:
    """After each save (saved: the new record's id) the line says `done`, or for a record
    kept on the laptop (a negative id) that it goes to the server when it is back."""
    saved.connect(lambda made: line.setText(done if made >= 0 else _(KEPT_MESSAGE).format(noun)))
