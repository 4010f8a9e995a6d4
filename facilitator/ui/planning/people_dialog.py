"""The People dialog: the roster to search, and a form to add, edit, deactivate or delete.

The roster (RosterTable) and the form (PersonForm) in people_parts are its two
halves; every change to the roster is a command (people_commands) on the dialog's one undo
stack, shown as Undo and Redo buttons, since the dialog has no menu bar.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDialog, QHBoxLayout, QWidget

from facilitator.record.people import PersonInput, PersonView, list_people
from facilitator.storage.database import Database
from facilitator.ui.common.commands import push_edit
from facilitator.ui.common.undo_buttons import undo_buttons
from facilitator.ui.planning.people_commands import (
    AddPerson,
    DeletePerson,
    EditPerson,
    PersonCommand,
    SetActive,
)
from facilitator.ui.planning.people_parts import (
    COLUMNS,
    EMAIL,
    NAME,
    ROLE,
    STATUS,
    TEAM,
    PersonForm,
    RosterTable,
    matches,
    status_text,
)
from facilitator.vocabulary import Team

__all__ = [
    "COLUMNS",
    "EMAIL",
    "GEOMETRY_KEY",
    "NAME",
    "ROLE",
    "STATUS",
    "TEAM",
    "PeopleDialog",
    "matches",
    "status_text",
]

ORGANISATION = "Facilitator"
APP_NAME = "Facilitator"
GEOMETRY_KEY = "people_dialog/geometry"


class PeopleDialog(QDialog):
    """Where the moderator keeps the roster that meetings invite, present and moderate from.

    The form edits the person picked in the table, or a new one after Ctrl+N. What was typed
    stays in the form until it is saved or reverted on purpose: a refusal only explains.
    """

    peopleChanged = Signal()

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._settings = settings if settings is not None else QSettings(ORGANISATION, APP_NAME)
        self._new_team = Team.SALES
        self._close_warned = False
        self.setWindowTitle(self.tr("People"))
        self.undo_stack = QUndoStack(self)
        self.undo_button, self.redo_button = undo_buttons(self.undo_stack, self)
        self._pushing = False
        self.roster = RosterTable()
        self.form = PersonForm(self.undo_button, self.redo_button)
        self._init_actions()
        self._expose_parts()
        layout = QHBoxLayout(self)
        layout.addWidget(self.roster, 3)
        layout.addWidget(self.form, 2)
        self._set_tab_order()
        self._connect_signals()
        self._restore_geometry()
        self.refresh()
        self._start_new()

    def _expose_parts(self) -> None:
        """The halves' widgets by the names the dialog always gave them."""
        roster, form = self.roster, self.form
        self.search_edit, self.team_filter = roster.search_edit, roster.team_filter
        self.show_inactive, self.table = roster.show_inactive, roster.table
        self.count_label, self.delete_key_action = roster.count_label, roster.delete_key_action
        self.form_title, self.error_label, self.notice_label = (
            form.form_title,
            form.error_label,
            form.notice_label,
        )
        self.name_edit, self.email_edit = form.name_edit, form.email_edit
        self.team_combo, self.role_edit = form.team_combo, form.role_edit
        self.new_button, self.save_button = form.new_button, form.save_button
        self.revert_button, self.active_button = form.revert_button, form.active_button
        self.delete_button, self.close_button = form.delete_button, form.close_button

    # Public interface

    @property
    def editing(self) -> PersonView | None:
        """The stored person the form edits; None while it holds a new person."""
        return self.form.person

    def refresh(self) -> None:
        """Reread the roster; the form and what it holds are left alone."""
        people = list_people(self._db, include_inactive=True)
        editing = self.form.person
        if editing is not None:
            self.form.person = next((p for p in people if p.id == editing.id), None)
        self.roster.set_people(people, self.form.person.id if self.form.person else None)

    def form_input(self) -> PersonInput:
        """What the form holds, exactly as typed."""
        return self.form.form_input()

    def is_dirty(self) -> bool:
        """Whether the form holds something not yet saved."""
        return self.form.is_dirty()

    def new_person(self) -> bool:
        """Empty the form for a new person; refused (with a word why) while changes are unsaved."""
        if self.is_dirty():
            self._refuse_leaving()
            return False
        self._start_new()
        self.form.show_notice("")
        return True

    def save(self) -> bool:
        """Add the new person or store the edit; a refusal keeps every typed character."""
        person = self.form.form_input()
        editing = self.form.person
        command: PersonCommand = (
            AddPerson(self._db, person, self._refused, self._after)
            if editing is None
            else EditPerson(self._db, editing, person, self._refused, self._after)
        )
        if not self._push(command):
            self.form.field_in_trouble(person).setFocus()
            return False
        self._new_team = person.team
        return True

    def revert(self) -> None:
        """Throw away the unsaved changes: the form shows what is stored again."""
        editing = self.form.person
        self.form.load(editing, editing.team if editing else self._new_team)
        self._update_buttons()
        self.form.show_notice("")

    def toggle_active(self) -> None:
        """Deactivate keeps the name in past minutes; reactivate brings someone back to lists."""
        person = self.form.person
        if person is None:
            return
        if self.is_dirty():
            self._refuse_leaving()
            return
        hidden = self.tr(" Tick “Show inactive” to see them.")
        if self.show_inactive.isChecked():
            hidden = ""
        self._push(SetActive(self._db, person, self._refused, self._after, hint=hidden))

    def delete(self) -> None:
        """Delete an entry made by mistake; the core refuses anyone a meeting's record names."""
        person = self.form.person
        if person is None:
            return
        command = DeletePerson(self._db, person, self._refused, self._after)
        if not self._push(command) and person.active:
            self.active_button.setFocus()

    def reject(self) -> None:
        """Esc or Close with unsaved changes warns once; a second time closes without saving."""
        if self.is_dirty() and not self._close_warned:
            self._close_warned = True
            self.form.show_error(
                self.tr(
                    "The form has unsaved changes. Save them (Ctrl+S), "
                    "or close again to throw them away."
                )
            )
            return
        super().reject()

    def done(self, result: int) -> None:
        """Every way out (Close, Esc, the window's X) passes here: remember where it was."""
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)

    # Building

    def _init_actions(self) -> None:
        self.new_action = self._action(
            self.tr("New person"), QKeySequence("Ctrl+N"), self.new_person
        )
        self.save_action = self._action(self.tr("Save"), QKeySequence("Ctrl+S"), self.save)
        self.find_action = self._action(
            self.tr("Find"), QKeySequence(QKeySequence.StandardKey.Find), self.roster.focus_search
        )

    def _action(self, text: str, key: QKeySequence, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(key)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _set_tab_order(self) -> None:
        order = (
            self.search_edit,
            self.team_filter,
            self.show_inactive,
            self.table,
            self.name_edit,
            self.email_edit,
            self.team_combo,
            self.role_edit,
            self.save_button,
        )
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _connect_signals(self) -> None:
        self.roster.picked.connect(self._on_picked)
        self.table.activated.connect(lambda _index: self.name_edit.setFocus())
        self.form.changed.connect(self._on_form_changed)
        self.new_button.clicked.connect(self.new_person)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.active_button.clicked.connect(self.toggle_active)
        self.delete_button.clicked.connect(self.delete)
        self.delete_key_action.triggered.connect(self._delete_from_table)
        self.close_button.clicked.connect(self.reject)

    def _restore_geometry(self) -> None:
        saved = self._settings.value(GEOMETRY_KEY)
        if isinstance(saved, QByteArray) and not saved.isEmpty():
            self.restoreGeometry(saved)
        else:
            self.resize(960, 520)

    # Behaviour

    def _push(self, command: PersonCommand) -> bool:
        """Do an edit of the form's person: whatever it leaves is what the form shows."""
        self._pushing = True
        try:
            return push_edit(self.undo_stack, command)
        finally:
            self._pushing = False

    def _refused(self, message: str) -> None:
        self.form.show_error(message)

    def _after(self, person_id: int | None, notice: str, reveal: bool) -> None:
        """A command went through (done, undone or redone): show its person and its notice.

        An undo or redo leaves a form with unsaved typing alone; `reveal` clears the filters
        that would hide the person shown.
        """
        typed = self.is_dirty()
        self.refresh()
        if self._pushing or not typed:
            person = self.roster.person(person_id) if person_id is not None else None
            if person is not None and reveal:
                self.roster.reveal(person.id)
            if person is not None and self.roster.visible(person):
                self._edit(person)
            else:
                self._start_new()
        self._update_buttons()
        self.form.show_notice(notice)
        self.peopleChanged.emit()

    def _delete_from_table(self) -> None:
        if self.delete_button.isEnabled():
            self.delete()

    def _on_picked(self, person_id: int) -> None:
        current = self.form.person.id if self.form.person else None
        if person_id == current:
            return
        if self.is_dirty():
            self._refuse_leaving()
            # Put the selection back once the view has finished its own click handling.
            QTimer.singleShot(0, self, lambda: self.roster.select(current))
            return
        person = self.roster.person(person_id)
        if person is not None:
            self._edit(person)
        self.form.show_notice("")

    def _start_new(self) -> None:
        """A blank form; the team filter, else the last team saved, is the likeliest team."""
        team = self.roster.chosen_team()
        self.form.load(None, team if team is not None else self._new_team)
        self.roster.select(None)
        self._update_buttons()
        self.name_edit.setFocus()

    def _edit(self, person: PersonView) -> None:
        self.form.load(person, person.team)
        self.roster.select(person.id)
        self._update_buttons()

    def _on_form_changed(self) -> None:
        self._close_warned = False
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.form.update_buttons()
        self.save_action.setEnabled(self.is_dirty())

    def _refuse_leaving(self) -> None:
        if self.form.person is None:
            self.form.show_error(self.tr("Save (Ctrl+S) or revert the new person first."))
            return
        self.form.show_error(
            self.tr("Save (Ctrl+S) or revert your changes to {name} first.").format(
                name=self.form.person.name
            )
        )
