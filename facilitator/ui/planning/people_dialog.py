"""The People dialog: the roster to search, and a form to add, edit, deactivate or delete."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.record.people import (
    MAX_NAME_LENGTH,
    MAX_ROLE_LENGTH,
    PersonInput,
    PersonRefused,
    PersonView,
    add_person,
    deactivate_person,
    delete_person,
    edit_person,
    list_people,
    reactivate_person,
    validate_person,
)
from facilitator.storage.database import Database
from facilitator.vocabulary import Team

ERROR_COLOUR = QColor("#b3261e")
ORGANISATION = "Facilitator"
APP_NAME = "Facilitator"
GEOMETRY_KEY = "people_dialog/geometry"
COLUMNS = ("Name", "Email", "Team", "Role", "Status")
NAME, EMAIL, TEAM, ROLE, STATUS = range(len(COLUMNS))
ID_ROLE = Qt.ItemDataRole.UserRole


def status_text(person: PersonView) -> str:
    """One word for the Status column; a guest is named as one so nobody mistakes them."""
    if person.guest:
        return "Guest" if person.active else "Guest, inactive"
    return "Active" if person.active else "Inactive"


def matches(person: PersonView, text: str) -> bool:
    """The search box finds part of a name or an email, whatever the case."""
    wanted = text.strip().casefold()
    if not wanted:
        return True
    return wanted in person.name.casefold() or wanted in (person.email or "").casefold()


def _plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


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
        self._people: dict[int, PersonView] = {}
        self._editing: PersonView | None = None
        self._new_team = Team.SALES
        self._deleted: PersonView | None = None
        self._close_warned = False
        self.setWindowTitle("People")
        self._init_actions()
        self._init_filters()
        self._init_table()
        self._init_form()
        self._add_widgets()
        self._connect_signals()
        self._restore_geometry()
        self.refresh()
        self._start_new()

    # Public interface

    @property
    def editing(self) -> PersonView | None:
        """The stored person the form edits; None while it holds a new person."""
        return self._editing

    def refresh(self) -> None:
        """Reread the roster; the form and what it holds are left alone."""
        people = list_people(self._db, include_inactive=True)
        self._people = {person.id: person for person in people}
        if self._editing is not None:
            self._editing = self._people.get(self._editing.id)
        self._fill_table()

    def form_input(self) -> PersonInput:
        """What the form holds, exactly as typed."""
        team = self.team_combo.currentData()
        return PersonInput(
            name=self.name_edit.text(),
            email=self.email_edit.text(),
            team=Team(team) if team is not None else Team.OTHER,
            role=self.role_edit.text(),
        )

    def is_dirty(self) -> bool:
        """Whether the form holds something not yet saved."""
        return self._normalised(self.form_input()) != self._baseline()

    def new_person(self) -> bool:
        """Empty the form for a new person; refused (with a word why) while changes are unsaved."""
        if self.is_dirty():
            self._refuse_leaving()
            return False
        self._start_new()
        self._show_notice("")
        return True

    def save(self) -> bool:
        """Add the new person or store the edit; a refusal keeps every typed character."""
        person = self.form_input()
        try:
            if self._editing is None:
                person_id = add_person(self._db, person)
                done = f"Added {person.name.strip()} to the roster."
            else:
                person_id = self._editing.id
                edit_person(self._db, person_id, person)
                done = f"Saved {person.name.strip()}."
        except PersonRefused as refusal:
            self._show_error(str(refusal))
            field = self._field_in_trouble(person)
            field.setFocus()
            return False
        self._new_team = person.team
        self.refresh()
        self._reveal(person_id)
        self._edit(self._people[person_id])
        self._show_notice(done)
        self.peopleChanged.emit()
        return True

    def revert(self) -> None:
        """Throw away the unsaved changes: the form shows what is stored again."""
        if self._editing is None:
            self._load_form(None, self._new_team)
        else:
            self._load_form(self._editing, self._editing.team)
        self._show_notice("")

    def toggle_active(self) -> None:
        """Deactivate keeps the name in past minutes; reactivate brings someone back to lists."""
        person = self._editing
        if person is None:
            return
        if self.is_dirty():
            self._refuse_leaving()
            return
        if person.active:
            deactivate_person(self._db, person.id)
            hidden = "" if self.show_inactive.isChecked() else " Tick “Show inactive” to see them."
            message = f"Deactivated {person.name}: not offered for new meetings.{hidden}"
        else:
            reactivate_person(self._db, person.id)
            message = f"Reactivated {person.name}."
        self.refresh()
        if self._editing is not None and self._row_of(self._editing.id) is None:
            self._start_new()
        else:
            self._load_form(self._editing, self._editing.team if self._editing else self._new_team)
            self._update_buttons()
        self._show_notice(message)
        self.peopleChanged.emit()

    def delete(self) -> None:
        """Delete an entry made by mistake; the core refuses anyone a meeting's record names."""
        person = self._editing
        if person is None:
            return
        try:
            delete_person(self._db, person.id)
        except PersonRefused as refusal:
            self._show_error(str(refusal))
            if person.active:
                self.active_button.setFocus()
            return
        self._deleted = person
        self._editing = None
        self.refresh()
        self._start_new()
        self._show_notice(f"Deleted {person.name}.", undo=True)
        self.peopleChanged.emit()

    def _delete_from_table(self) -> None:
        if self.delete_button.isEnabled():
            self.delete()

    def undo_delete(self) -> None:
        """Put the last deleted person back; nothing referred to them, so a new entry does."""
        person = self._deleted
        if person is None:
            return
        try:
            person_id = add_person(
                self._db, PersonInput(person.name, person.email, person.team, person.role)
            )
            if not person.active:
                deactivate_person(self._db, person_id)
        except PersonRefused as refusal:
            self._show_error(str(refusal))
            return
        self._deleted = None
        self.refresh()
        self._reveal(person_id)
        self._edit(self._people[person_id])
        self._show_notice(f"{person.name} is back on the roster.")
        self.peopleChanged.emit()

    def reject(self) -> None:
        """Esc or Close with unsaved changes warns once; a second time closes without saving."""
        if self.is_dirty() and not self._close_warned:
            self._close_warned = True
            self._show_error(
                "The form has unsaved changes. Save them (Ctrl+S), "
                "or close again to throw them away."
            )
            return
        super().reject()

    def done(self, result: int) -> None:
        """Every way out (Close, Esc, the window's X) passes here: remember where it was."""
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)

    # Building

    def _init_actions(self) -> None:
        self.new_action = self._action("New person", QKeySequence("Ctrl+N"), self.new_person)
        self.save_action = self._action("Save", QKeySequence("Ctrl+S"), self.save)
        self.find_action = self._action(
            "Find", QKeySequence(QKeySequence.StandardKey.Find), self._focus_search
        )

    def _action(self, text: str, key: QKeySequence, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(key)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _init_filters(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText("Search name or email (Ctrl+F)")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName("Search the roster by name or email")
        self.team_filter = QComboBox()
        self.team_filter.addItem("All teams", None)
        for team in Team:
            self.team_filter.addItem(team.label, team.value)
        self.team_filter.setAccessibleName("Show one team")
        self.show_inactive = QCheckBox("Show &inactive")
        self.show_inactive.setToolTip("Also list people who were deactivated")

    def _init_table(self) -> None:
        table = QTableWidget(0, len(COLUMNS))
        table.setHorizontalHeaderLabels(list(COLUMNS))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setSortingEnabled(True)
        table.verticalHeader().hide()
        table.setAccessibleName("Roster")
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EMAIL, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        header.setSortIndicator(NAME, Qt.SortOrder.AscendingOrder)
        table.setMinimumWidth(380)
        self.delete_key_action = QAction("Delete", table)
        self.delete_key_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_key_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        table.addAction(self.delete_key_action)
        self.table = table
        self.count_label = _plain_label()
        self._inactive_font = QFont(table.font())
        self._inactive_font.setItalic(True)

    def _init_form(self) -> None:
        self.form_title = _plain_label()
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.form_title.setFont(bold)
        self.form_title.setWordWrap(True)

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText("First and last name")
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText("name@company.com")
        self.team_combo = QComboBox()
        for team in Team:
            self.team_combo.addItem(team.label, team.value)
        self.role_edit = QLineEdit()
        self.role_edit.setPlaceholderText("e.g. Account executive (optional)")

        self.error_label = _plain_label()
        self.error_label.setObjectName("peopleError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR.name()};")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setAccessibleName("Why the entry was not saved")
        self.error_label.hide()
        self.notice_label = _plain_label()
        self.notice_label.setWordWrap(True)
        self.notice_label.hide()

        self.new_button = QPushButton("New person")
        self.new_button.setToolTip("Empty the form for someone new (Ctrl+N)")
        self.save_button = QPushButton("&Save")
        self.save_button.setToolTip("Save the form (Ctrl+S or Enter)")
        self.revert_button = QPushButton("Re&vert")
        self.revert_button.setToolTip("Throw away the changes in the form")
        self.active_button = QPushButton("&Deactivate")
        self.delete_button = QPushButton("De&lete")
        self.delete_button.setToolTip(
            "Only for an entry made by mistake (Delete): anyone a meeting's record names can "
            "only be deactivated"
        )
        self.undo_button = QPushButton("&Undo delete")
        self.undo_button.hide()
        self.close_button = QPushButton("Close")
        # Enter always means Save: a button taking focus must not become the default instead.
        for button in (
            self.new_button,
            self.save_button,
            self.revert_button,
            self.active_button,
            self.delete_button,
            self.undo_button,
            self.close_button,
        ):
            button.setAutoDefault(False)
        self.save_button.setDefault(True)

    def _add_widgets(self) -> None:
        filters = QHBoxLayout()
        search_label = QLabel("&Find:")
        search_label.setBuddy(self.search_edit)
        filters.addWidget(search_label)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.team_filter)
        filters.addWidget(self.show_inactive)

        left = QVBoxLayout()
        left.addLayout(filters)
        left.addWidget(self.table, 1)
        left.addWidget(self.count_label)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for text, field in (
            ("&Name", self.name_edit),
            ("&Email", self.email_edit),
            ("&Team", self.team_combo),
            ("&Role", self.role_edit),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)

        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.revert_button)
        save_row.addStretch(1)
        save_row.addWidget(self.new_button)

        record_row = QHBoxLayout()
        record_row.addWidget(self.active_button)
        record_row.addWidget(self.delete_button)
        record_row.addWidget(self.undo_button)
        record_row.addStretch(1)

        close_row = QHBoxLayout()
        close_row.addStretch(1)
        close_row.addWidget(self.close_button)

        right = QVBoxLayout()
        right.addWidget(self.form_title)
        right.addLayout(form)
        right.addLayout(save_row)
        right.addWidget(self.error_label)
        right.addWidget(self.notice_label)
        right.addSpacing(12)
        right.addLayout(record_row)
        right.addStretch(1)
        right.addLayout(close_row)
        form_box = QWidget()
        form_box.setLayout(right)
        form_box.setMinimumWidth(300)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(form_box, 2)

        QWidget.setTabOrder(self.search_edit, self.team_filter)
        QWidget.setTabOrder(self.team_filter, self.show_inactive)
        QWidget.setTabOrder(self.show_inactive, self.table)
        QWidget.setTabOrder(self.table, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.email_edit)
        QWidget.setTabOrder(self.email_edit, self.team_combo)
        QWidget.setTabOrder(self.team_combo, self.role_edit)
        QWidget.setTabOrder(self.role_edit, self.save_button)

    def _connect_signals(self) -> None:
        self.search_edit.textChanged.connect(self._fill_table)
        self.team_filter.currentIndexChanged.connect(self._fill_table)
        self.show_inactive.toggled.connect(self._fill_table)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.table.activated.connect(lambda _index: self.name_edit.setFocus())
        for edit in (self.name_edit, self.email_edit, self.role_edit):
            edit.textChanged.connect(self._on_form_changed)
        self.team_combo.currentIndexChanged.connect(self._on_form_changed)
        self.new_button.clicked.connect(self.new_person)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.active_button.clicked.connect(self.toggle_active)
        self.delete_button.clicked.connect(self.delete)
        self.delete_key_action.triggered.connect(self._delete_from_table)
        self.undo_button.clicked.connect(self.undo_delete)
        self.close_button.clicked.connect(self.reject)

    def _restore_geometry(self) -> None:
        saved = self._settings.value(GEOMETRY_KEY)
        if isinstance(saved, QByteArray) and not saved.isEmpty():
            self.restoreGeometry(saved)
        else:
            self.resize(960, 520)

    # Behaviour

    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _visible(self, person: PersonView) -> bool:
        team = self.team_filter.currentData()
        return (
            (person.active or self.show_inactive.isChecked())
            and (team is None or person.team == team)
            and matches(person, self.search_edit.text())
        )

    def _fill_table(self) -> None:
        table = self.table
        shown = [person for person in self._people.values() if self._visible(person)]
        table.blockSignals(True)
        table.setSortingEnabled(False)
        table.clearContents()
        table.setRowCount(len(shown))
        for row, person in enumerate(shown):
            cells = (
                person.name,
                person.email or "",
                person.team.label,
                person.role,
                status_text(person),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, person.id)
                if not person.active:
                    item.setFont(self._inactive_font)
                table.setItem(row, column, item)
        table.setSortingEnabled(True)
        table.blockSignals(False)
        self._select_row_of(self._editing.id if self._editing else None)
        self.count_label.setText(self._count_text(len(shown)))

    def _count_text(self, shown: int) -> str:
        inactive = sum(1 for person in self._people.values() if not person.active)
        with_inactive = self.show_inactive.isChecked()
        total = len(self._people) if with_inactive else len(self._people) - inactive
        if shown != total:
            return f"{shown} of {total} shown"
        text = f"{total} {'person' if total == 1 else 'people'}"
        return f"{text}, {inactive} inactive" if with_inactive and inactive else text

    def _row_of(self, person_id: int) -> int | None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, NAME)
            if item is not None and item.data(ID_ROLE) == person_id:
                return row
        return None

    def _select_row_of(self, person_id: int | None) -> None:
        """Show which person the form edits, without the table telling the form about it."""
        self.table.blockSignals(True)
        self.table.selectionModel().blockSignals(True)
        row = self._row_of(person_id) if person_id is not None else None
        if row is None:
            self.table.clearSelection()
            self.table.setCurrentItem(None)
        else:
            self.table.selectRow(row)
            self.table.scrollToItem(self.table.item(row, NAME))
        self.table.selectionModel().blockSignals(False)
        self.table.blockSignals(False)
        self.table.viewport().update()

    def _reveal(self, person_id: int) -> None:
        """Clear filters that would hide a person just saved, so the moderator sees the result."""
        person = self._people[person_id]
        if not self._visible(person):
            self.search_edit.blockSignals(True)
            self.search_edit.clear()
            self.search_edit.blockSignals(False)
            if self.team_filter.currentData() not in (None, person.team.value):
                self.team_filter.blockSignals(True)
                self.team_filter.setCurrentIndex(0)
                self.team_filter.blockSignals(False)
            if not person.active:
                self.show_inactive.blockSignals(True)
                self.show_inactive.setChecked(True)
                self.show_inactive.blockSignals(False)
            self._fill_table()

    def _on_selection_changed(self) -> None:
        items = self.table.selectedItems()
        person_id = items[0].data(ID_ROLE) if items else None
        current = self._editing.id if self._editing else None
        if person_id is None or person_id == current:
            return
        if self.is_dirty():
            self._refuse_leaving()
            # Put the selection back once the view has finished its own click handling.
            QTimer.singleShot(0, self, lambda: self._select_row_of(current))
            return
        self._edit(self._people[person_id])
        self._show_notice("")

    def _start_new(self) -> None:
        """A blank form; the team filter, else the last team saved, is the likeliest team."""
        self._editing = None
        team = self.team_filter.currentData()
        self._load_form(None, Team(team) if team is not None else self._new_team)
        self._select_row_of(None)
        self.name_edit.setFocus()

    def _edit(self, person: PersonView) -> None:
        self._editing = person
        self._load_form(person, person.team)
        self._select_row_of(person.id)

    def _load_form(self, person: PersonView | None, team: Team) -> None:
        for edit, text in (
            (self.name_edit, person.name if person else ""),
            (self.email_edit, (person.email or "") if person else ""),
            (self.role_edit, person.role if person else ""),
        ):
            edit.blockSignals(True)
            edit.setText(text)
            edit.blockSignals(False)
        self.team_combo.blockSignals(True)
        self.team_combo.setCurrentIndex(max(self.team_combo.findData(team.value), 0))
        self.team_combo.blockSignals(False)
        self._show_error("")
        self._update_buttons()

    def _baseline(self) -> PersonInput:
        """The form as loaded: a new person's chosen team alone is not a change worth keeping."""
        person = self._editing
        if person is None:
            return self._normalised(PersonInput("", "", self.form_input().team, ""))
        return self._normalised(PersonInput(person.name, person.email, person.team, person.role))

    @staticmethod
    def _normalised(person: PersonInput) -> PersonInput:
        return PersonInput(
            person.name.strip(), (person.email or "").strip(), person.team, person.role.strip()
        )

    def _on_form_changed(self) -> None:
        self._close_warned = False
        self._update_buttons()

    def _update_buttons(self) -> None:
        person = self._editing
        dirty = self.is_dirty()
        if person is None:
            self.form_title.setText("New person")
            self.save_button.setText("&Add to roster")
        else:
            kind = "guest" if person.guest else "person"
            state = "" if person.active else " (inactive)"
            self.form_title.setText(f"Edit {kind}: {person.name}{state}")
            self.save_button.setText("&Save changes")
        self.save_button.setEnabled(dirty)
        self.save_action.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.active_button.setEnabled(person is not None)
        self.active_button.setText("Re&activate" if person and not person.active else "&Deactivate")
        self.active_button.setToolTip(
            "Bring them back to the lists for new meetings"
            if person and not person.active
            else "Take them off the lists for new meetings; past minutes keep their name"
        )
        # A guest came to a meeting, so its record names them: they can only be deactivated.
        self.delete_button.setEnabled(person is not None and not person.guest)

    def _refuse_leaving(self) -> None:
        name = self._editing.name if self._editing else "the new person"
        self._show_error(f"Save (Ctrl+S) or revert your changes to {name} first.")

    def _field_in_trouble(self, person: PersonInput) -> QLineEdit:
        """The field the first problem is about; a refusal found only on storing is the email's."""
        name = person.name.strip()
        if not name or len(name) > MAX_NAME_LENGTH:
            return self.name_edit
        guest = self._editing is not None and self._editing.guest
        email_alone = PersonInput("x", person.email, person.team, "")
        if validate_person(email_alone, guest=guest):
            return self.email_edit
        if len(person.role.strip()) > MAX_ROLE_LENGTH:
            return self.role_edit
        return self.email_edit

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        if message:
            self.notice_label.hide()
            self.undo_button.hide()

    def _show_notice(self, message: str, *, undo: bool = False) -> None:
        self.notice_label.setText(message)
        self.notice_label.setVisible(bool(message))
        self.undo_button.setVisible(undo)
        if not undo:
            self._deleted = None
        if message:
            self.error_label.hide()
