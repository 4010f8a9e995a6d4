"""The undoable edits of disputes and action items, from the console's capture dialogs and the
history windows alike.

Opening or adding one calls the core and is taken back by removing it; every later change
calls the core and is taken back by putting the record back as it was before (with its
links to meetings), through the core's restore_dispute and restore_action_item.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from facilitator.record.action_items import NOUN as ACTION_ITEM
from facilitator.record.action_items import (
    ActionItemNotFound,
    ActionItemRefused,
    action_item_state,
    add_action_item,
    delete_action_item,
    restore_action_item,
    set_action_status,
)
from facilitator.record.disputes import NOUN as DISPUTE
from facilitator.record.disputes import (
    DisputeNotFound,
    DisputeRefused,
    DisputeState,
    dispute_state,
    open_dispute,
    restore_dispute,
    update_dispute,
)
from facilitator.record.meetings import MeetingNotFound
from facilitator.storage.database import Database
from facilitator.storage.row_snapshot import RowSnapshot
from facilitator.team.conflicts import check_version
from facilitator.ui.common.commands import EditCommand, Tell
from facilitator.vocabulary import ActionStatus, DisputeCategory, Team

Shown = Callable[[int], None]
"""Brings the window up to date after a step, given the record's id."""
Change = Callable[[], None]
"""One or more calls to the core that make the edit."""


@dataclass(frozen=True)
class NewDispute:
    """What the dispute dialog holds for a dispute raised at a meeting."""

    meeting_id: int
    title: str
    category: DisputeCategory
    raised_by_team: Team
    raised_by_id: int | None
    sales_position: str
    marketing_position: str
    note_id: int | None = None
    """The note of that meeting it is made from, if any."""


class _RecordCommand(EditCommand):
    """A window that lists records reloads on its stack's indexChanged; `shown`, when given,
    hears of each step too."""

    def __init__(self, text: str, noun: str, tell: Tell, shown: Shown | None) -> None:
        super().__init__(text, noun, tell)
        self._shown = shown
        self.record_id: int | None = None

    def shown(self) -> None:
        if self.record_id is not None and self._shown is not None:
            self._shown(self.record_id)


class OpenDispute(_RecordCommand):
    """Log a dispute raised at a meeting; undo removes it, redo brings back the same one."""

    refusals = (DisputeRefused, DisputeNotFound, MeetingNotFound)

    def __init__(
        self, db: Database, new: NewDispute, tell: Tell, shown: Shown | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("RecordCommands", "Open dispute “{title}”").format(
                title=new.title.strip()
            ),
            QCoreApplication.translate("RecordCommands", "new dispute"),
            tell,
            shown,
        )
        self._db = db
        self._new = new
        self._saved: DisputeState | None = None

    def apply(self) -> None:
        if self._saved is not None:
            assert self.record_id is not None
            restore_dispute(self._db, self.record_id, self._saved)
            return
        new = self._new
        dispute_id = open_dispute(
            self._db,
            new.meeting_id,
            title=new.title,
            category=new.category,
            raised_by_team=new.raised_by_team,
            raised_by_id=new.raised_by_id,
            note_id=new.note_id,
        )
        try:
            update_dispute(
                self._db,
                dispute_id,
                sales_position=new.sales_position,
                marketing_position=new.marketing_position,
            )
        except (DisputeRefused, DisputeNotFound):
            restore_dispute(self._db, dispute_id, None)  # a refusal leaves no half-made dispute
            raise
        self.record_id = dispute_id
        self._saved = dispute_state(self._db, dispute_id)

    def revert(self) -> None:
        assert self.record_id is not None
        restore_dispute(self._db, self.record_id, None)


class _ChangeRecord(_RecordCommand):
    """Any change to a stored record, in one or more calls to the core: all or nothing (a
    refused step takes back the steps before it), and undo puts the record back as it was.
    A subclass names the core's snapshot and restore functions for its kind of record.

    The record's version is followed from step to step: the first step is refused when the
    record is no longer at `expected_version` (the one the window read), and an undo or redo
    when someone else changed it since the step before (ChangedElsewhere), so neither takes
    back another moderator's change. The change itself names no version: a redo runs it
    again on the version the undo left."""

    record_noun: str
    state: Callable[[Database, int], object]
    restore: Callable[..., None]
    version_of: Callable[[object], int]

    def __init__(
        self,
        db: Database,
        record_id: int,
        text: str,
        noun: str,
        change: Change,
        tell: Tell,
        shown: Shown | None = None,
        *,
        expected_version: int | None = None,
    ) -> None:
        super().__init__(text, noun, tell, shown)
        self._db = db
        self.record_id = record_id
        self._change = change
        self._before: object = None
        self._expected = expected_version

    def _now(self) -> int:
        assert self.record_id is not None
        return self.version_of(self.state(self._db, self.record_id))

    def apply(self) -> None:
        assert self.record_id is not None
        if self._before is None:
            self._before = self.state(self._db, self.record_id)
            check_version(self.record_noun, self.version_of(self._before), self._expected)
        else:
            check_version(self.record_noun, self._now(), self._expected)
        try:
            self._change()
        except self.refusals:
            self.restore(self._db, self.record_id, self._before)
            raise
        self._expected = self._now()

    def revert(self) -> None:
        assert self.record_id is not None and self._before is not None
        self.restore(self._db, self.record_id, self._before, expected_version=self._expected)
        self._expected = self._now()


class ChangeDispute(_ChangeRecord):
    """Any change to a stored dispute (what it says, its status at a meeting); undo puts the
    dispute and its meeting links back as they were."""

    refusals = (DisputeRefused, DisputeNotFound, MeetingNotFound)
    record_noun = DISPUTE
    state = staticmethod(dispute_state)
    restore = staticmethod(restore_dispute)
    version_of = staticmethod(lambda saved: int(saved.dispute.get("version")))


@dataclass(frozen=True)
class NewActionItem:
    """What the action item dialog holds for an item made at a meeting."""

    meeting_id: int
    text: str
    owner_id: int | None
    due_date: date
    today: date
    note_id: int | None = None
    """The note of that meeting it is made from, if any."""


class AddActionItem(_RecordCommand):
    """Record an action item made at a meeting; undo removes it, redo brings back the same one."""

    refusals = (ActionItemRefused, ActionItemNotFound, MeetingNotFound)

    def __init__(
        self, db: Database, new: NewActionItem, tell: Tell, shown: Shown | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("RecordCommands", "Add action item"),
            QCoreApplication.translate("RecordCommands", "new action item"),
            tell,
            shown,
        )
        self._db = db
        self._new = new
        self._saved: RowSnapshot | None = None

    def apply(self) -> None:
        if self._saved is not None:
            assert self.record_id is not None
            restore_action_item(self._db, self.record_id, self._saved)
            return
        new = self._new
        self.record_id = add_action_item(
            self._db,
            new.meeting_id,
            text=new.text,
            owner_id=new.owner_id,
            due_date=new.due_date,
            today=new.today,
            note_id=new.note_id,
        )
        self._saved = action_item_state(self._db, self.record_id)

    def revert(self) -> None:
        assert self.record_id is not None
        restore_action_item(self._db, self.record_id, None)


class ChangeActionItem(_ChangeRecord):
    """Any change to a stored action item (an edit, done, dropped, reopened); undo puts the
    item back exactly as it was."""

    refusals = (ActionItemRefused, ActionItemNotFound, MeetingNotFound)
    record_noun = ACTION_ITEM
    state = staticmethod(action_item_state)
    restore = staticmethod(restore_action_item)
    version_of = staticmethod(lambda saved: int(saved.get("version")))


class DeleteActionItem(_RecordCommand):
    """Delete an item typed by mistake; one whose meeting has ended is history, so the core
    refuses the delete and the item is dropped instead. Undo puts it back as it was."""

    refusals = (ActionItemRefused, ActionItemNotFound)

    def __init__(
        self, db: Database, action_id: int, tell: Tell, shown: Shown | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("RecordCommands", "Delete action item"),
            QCoreApplication.translate("RecordCommands", "delete"),
            tell,
            shown,
        )
        self._db = db
        self.record_id = action_id
        self._before: RowSnapshot | None = None
        self.kept_because = ""
        """Why the item was dropped rather than deleted; '' when it was deleted."""

    def apply(self) -> None:
        assert self.record_id is not None
        if self._before is None:
            self._before = action_item_state(self._db, self.record_id)
        try:
            delete_action_item(self._db, self.record_id)
        except ActionItemRefused as kept:
            set_action_status(self._db, self.record_id, ActionStatus.DROPPED, None)
            self.kept_because = str(kept)
            text = QCoreApplication.translate("RecordCommands", "Drop action item")
            noun = QCoreApplication.translate("RecordCommands", "drop")
            self.setText(f"{text}\n{noun}")

    def revert(self) -> None:
        assert self.record_id is not None and self._before is not None
        restore_action_item(self._db, self.record_id, self._before)
