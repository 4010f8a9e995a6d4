"""The undoable edits of who is who: the roster's (add, edit, deactivate or reactivate, and
delete a person) and a meeting's list (invite, mark, uninvite, add a guest).

Each redo() calls the core (add_person, mark, …) and each undo() the core's inverse; the
People dialog learns of every step through `shown`, with the person to show and a notice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from facilitator.meeting_views import (
    AttendanceRefused,
    MeetingNotFound,
    PersonNotFound,
    PersonRefused,
    PersonView,
)
from facilitator.ui.common.commands import EditCommand, Tell
from facilitator.vocabulary import AttendanceStatus

if TYPE_CHECKING:  # the record layer loads SQLAlchemy: on the first edit, not at start
    from facilitator.record.people import PersonInput
    from facilitator.storage.database import Database
    from facilitator.storage.row_snapshot import RowSnapshot

Shown = Callable[[int | None, str, bool], None]
"""Brings the dialog up to date: the person to show (None: none), the notice to give, and
whether to clear filters that would hide the person."""


def input_of(person: PersonView) -> PersonInput:
    """What the form would hold for a stored person."""
    from facilitator.record.people import PersonInput

    return PersonInput(person.name, person.email, person.team, person.role)


class PersonCommand(EditCommand):
    """A roster edit; after each step the dialog shows `person_id` with the step's notice."""

    refusals = (PersonRefused, PersonNotFound)
    reveals = True

    def __init__(self, db: Database, text: str, noun: str, tell: Tell, shown: Shown) -> None:
        super().__init__(text, noun, tell)
        self._db = db
        self._shown = shown
        self.person_id: int | None = None
        self._notice = ""

    def shown(self) -> None:
        self._shown(self.person_id, self._notice, self.reveals)


class AddPerson(PersonCommand):
    """Add someone; undo takes them off the roster while nothing names them yet."""

    def __init__(self, db: Database, person: PersonInput, tell: Tell, shown: Shown) -> None:
        name = person.name.strip()
        super().__init__(
            db,
            QCoreApplication.translate("PeopleCommands", "Add {name}").format(name=name),
            QCoreApplication.translate("PeopleCommands", "add person"),
            tell,
            shown,
        )
        self._person = person
        self._name = name
        self._saved: RowSnapshot | None = None

    def apply(self) -> None:
        from facilitator.record.people import add_person, person_state, restore_person

        if self._saved is None:
            self.person_id = add_person(self._db, self._person)
            self._saved = person_state(self._db, self.person_id)
        else:
            restore_person(self._db, self._saved)
        self._notice = QCoreApplication.translate(
            "PeopleCommands", "Added {name} to the roster."
        ).format(name=self._name)

    def revert(self) -> None:
        from facilitator.record.people import delete_person

        assert self.person_id is not None
        delete_person(self._db, self.person_id)
        self._notice = QCoreApplication.translate(
            "PeopleCommands", "Took {name} off the roster again."
        ).format(name=self._name)


class EditPerson(PersonCommand):
    """Store the form's changes to someone; undo stores what they were."""

    def __init__(
        self, db: Database, before: PersonView, after: PersonInput, tell: Tell, shown: Shown
    ) -> None:
        super().__init__(
            db,
            QCoreApplication.translate("PeopleCommands", "Edit {name}").format(name=before.name),
            QCoreApplication.translate("PeopleCommands", "edit person"),
            tell,
            shown,
        )
        self.person_id = before.id
        self._before = input_of(before)
        self._after = after

    def apply(self) -> None:
        from facilitator.record.people import edit_person

        assert self.person_id is not None
        edit_person(self._db, self.person_id, self._after)
        self._notice = QCoreApplication.translate("PeopleCommands", "Saved {name}.").format(
            name=self._after.name.strip()
        )

    def revert(self) -> None:
        from facilitator.record.people import edit_person

        assert self.person_id is not None
        edit_person(self._db, self.person_id, self._before)
        self._notice = QCoreApplication.translate(
            "PeopleCommands", "{name} is as before."
        ).format(name=self._before.name)


class SetActive(PersonCommand):
    """Deactivate (past minutes keep the name) or reactivate someone; undo does the other."""

    reveals = False

    def __init__(
        self, db: Database, person: PersonView, tell: Tell, shown: Shown, *, hint: str = ""
    ) -> None:
        if person.active:
            text = QCoreApplication.translate("PeopleCommands", "Deactivate {name}")
            noun = QCoreApplication.translate("PeopleCommands", "deactivate")
        else:
            text = QCoreApplication.translate("PeopleCommands", "Reactivate {name}")
            noun = QCoreApplication.translate("PeopleCommands", "reactivate")
        super().__init__(db, text.format(name=person.name), noun, tell, shown)
        self.person_id = person.id
        self._name = person.name
        self._active = not person.active
        self._hint = hint

    def apply(self) -> None:
        self._set(self._active)

    def revert(self) -> None:
        self._set(not self._active)

    def _set(self, active: bool) -> None:
        from facilitator.record.people import deactivate_person, reactivate_person

        assert self.person_id is not None
        if active:
            reactivate_person(self._db, self.person_id)
            self._notice = QCoreApplication.translate(
                "PeopleCommands", "Reactivated {name}."
            ).format(name=self._name)
        else:
            deactivate_person(self._db, self.person_id)
            self._notice = QCoreApplication.translate(
                "PeopleCommands", "Deactivated {name}: not offered for new meetings."
            ).format(name=self._name) + self._hint


class DeletePerson(PersonCommand):
    """Delete an entry made by mistake; undo puts the very entry back under its old id."""

    def __init__(self, db: Database, person: PersonView, tell: Tell, shown: Shown) -> None:
        super().__init__(
            db,
            QCoreApplication.translate("PeopleCommands", "Delete {name}").format(name=person.name),
            QCoreApplication.translate("PeopleCommands", "delete person"),
            tell,
            shown,
        )
        self._person = person
        self._saved: RowSnapshot | None = None

    def apply(self) -> None:
        from facilitator.record.people import delete_person, person_state

        if self._saved is None:
            self._saved = person_state(self._db, self._person.id)
        delete_person(self._db, self._person.id)
        self.person_id = None
        self._notice = QCoreApplication.translate("PeopleCommands", "Deleted {name}.").format(
            name=self._person.name
        )

    def revert(self) -> None:
        from facilitator.record.people import restore_person

        assert self._saved is not None
        restore_person(self._db, self._saved)
        self.person_id = self._person.id
        self._notice = QCoreApplication.translate(
            "PeopleCommands", "{name} is back on the roster."
        ).format(name=self._person.name)


class ChangeAttendance(EditCommand):
    """Invite, mark or uninvite people at a meeting; undo puts each one's mark back as it was.

    A change of several people is all or nothing: a refused step takes back the others.
    """

    refusals = (AttendanceRefused, MeetingNotFound, PersonNotFound)

    def __init__(
        self,
        db: Database,
        meeting_id: int,
        person_ids: Sequence[int],
        text: str,
        noun: str,
        change: Callable[[], object],
        tell: Tell,
    ) -> None:
        super().__init__(text, noun, tell)
        self._db = db
        self._meeting_id = meeting_id
        self._person_ids = list(person_ids)
        self._change = change
        self._before: dict[int, AttendanceStatus | None] | None = None

    def apply(self) -> None:
        from facilitator.record.attendance import restore_attendance, statuses_of

        if self._before is None:
            self._before = statuses_of(self._db, self._meeting_id, self._person_ids)
        try:
            self._change()
        except self.refusals:
            restore_attendance(self._db, self._meeting_id, self._before)
            raise

    def revert(self) -> None:
        from facilitator.record.attendance import restore_attendance

        assert self._before is not None
        restore_attendance(self._db, self._meeting_id, self._before)


class AddGuest(EditCommand):
    """Someone who came unannounced, on the roster as a guest and present at once; undo takes
    them off both while nothing else names them, redo brings back the same guest."""

    refusals = (PersonRefused, PersonNotFound, MeetingNotFound)

    def __init__(
        self, db: Database, meeting_id: int, guest: PersonInput, tell: Tell
    ) -> None:
        super().__init__(
            QCoreApplication.translate("PeopleCommands", "Add guest {name}").format(
                name=guest.name.strip()
            ),
            QCoreApplication.translate("PeopleCommands", "add guest"),
            tell,
        )
        self._db = db
        self._meeting_id = meeting_id
        self._guest = guest
        self.guest_id: int | None = None
        self._saved: RowSnapshot | None = None

    def apply(self) -> None:
        from facilitator.record.people import add_guest, person_state, restore_guest

        if self._saved is not None:
            restore_guest(self._db, self._meeting_id, self._saved, AttendanceStatus.PRESENT)
            return
        guest = self._guest
        self.guest_id = add_guest(
            self._db, self._meeting_id, guest.name, guest.team, email=guest.email, role=guest.role
        )
        self._saved = person_state(self._db, self.guest_id)

    def revert(self) -> None:
        from facilitator.record.people import withdraw_guest

        assert self.guest_id is not None
        withdraw_guest(self._db, self._meeting_id, self.guest_id)
