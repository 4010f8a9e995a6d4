"""The People dialog's two halves: the roster table with its filters, and the form for one person.

RosterTable lists everyone the filters let through and says which person the user picked;
PersonForm holds one person's fields, the buttons that act on them and the dialog's messages.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.record.people import (
    MAX_NAME_LENGTH,
    MAX_ROLE_LENGTH,
    PersonInput,
    PersonView,
    validate_person,
)
from facilitator.ui.common.palette_colours import ERROR, tint
from facilitator.vocabulary import Team

COLUMNS = (
    QT_TRANSLATE_NOOP("RosterTable", "Name"),
    QT_TRANSLATE_NOOP("RosterTable", "Email"),
    QT_TRANSLATE_NOOP("RosterTable", "Team"),
    QT_TRANSLATE_NOOP("RosterTable", "Role"),
    QT_TRANSLATE_NOOP("RosterTable", "Status"),
)
NAME, EMAIL, TEAM, ROLE, STATUS = range(len(COLUMNS))
ID_ROLE = Qt.ItemDataRole.UserRole


def status_text(person: PersonView) -> str:
    """One word for the Status column; a guest is named as one so nobody mistakes them."""
    if person.guest and person.active:
        return QCoreApplication.translate("RosterTable", "Guest")
    if person.guest:
        return QCoreApplication.translate("RosterTable", "Guest, inactive")
    if person.active:
        return QCoreApplication.translate("RosterTable", "Active")
    return QCoreApplication.translate("RosterTable", "Inactive")


def matches(person: PersonView, text: str) -> bool:
    """The search box finds part of a name or an email, whatever the case."""
    wanted = text.strip().casefold()
    if not wanted:
        return True
    return wanted in person.name.casefold() or wanted in (person.email or "").casefold()


def plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class RosterTable(QWidget):
    """Everyone on the roster the filters let through; the chosen row is the person edited.

    The table says which person the user picked (`picked`); which row is selected is set by
    the dialog (`select`), so a refusal to leave unsaved changes can keep the old row.
    """

    picked = Signal(int)
    filtersChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people: dict[int, PersonView] = {}
        self._selected: int | None = None
        self._init_filters()
        self._init_table()
        left = QVBoxLayout(self)
        left.setContentsMargins(0, 0, 0, 0)
        left.addLayout(self._filter_row())
        left.addWidget(self.table, 1)
        left.addWidget(self.count_label)
        self.search_edit.textChanged.connect(self._refilter)
        self.team_filter.currentIndexChanged.connect(self._refilter)
        self.show_inactive.toggled.connect(self._refilter)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)

    def _init_filters(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search name or email (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search the roster by name or email"))
        self.search_edit.setToolTip(self.tr("Lists only people whose name or email holds this"))
        self.team_filter = QComboBox()
        self.team_filter.addItem(self.tr("All teams"), None)
        for team in Team:
            self.team_filter.addItem(team.label, team.value)
        self.team_filter.setAccessibleName(self.tr("Show one team"))
        self.team_filter.setToolTip(self.tr("Lists only the people of this team"))
        self.show_inactive = QCheckBox(self.tr("Show &inactive"))
        self.show_inactive.setToolTip(self.tr("Also list people who were deactivated"))

    def _filter_row(self) -> QHBoxLayout:
        filters = QHBoxLayout()
        search_label = QLabel(self.tr("&Find:"))
        search_label.setBuddy(self.search_edit)
        filters.addWidget(search_label)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.team_filter)
        filters.addWidget(self.show_inactive)
        return filters

    def _init_table(self) -> None:
        table = QTableWidget(0, len(COLUMNS))
        table.setHorizontalHeaderLabels([self.tr(column) for column in COLUMNS])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setSortingEnabled(True)
        table.verticalHeader().hide()
        table.setAccessibleName(self.tr("Roster"))
        table.setAccessibleDescription(
            self.tr("Choosing a person shows them in the form to edit; Delete deletes them")
        )
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EMAIL, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        header.setSortIndicator(NAME, Qt.SortOrder.AscendingOrder)
        table.setMinimumWidth(380)
        self.delete_key_action = QAction(self.tr("Delete"), table)
        self.delete_key_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_key_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        table.addAction(self.delete_key_action)
        self.table = table
        self.count_label = plain_label()
        self._inactive_font = QFont(table.font())
        self._inactive_font.setItalic(True)

    # Showing

    def person(self, person_id: int) -> PersonView | None:
        return self._people.get(person_id)

    def set_people(self, people: list[PersonView], selected: int | None) -> None:
        """Show a fresh roster, with the person edited (if any) selected."""
        self._people = {person.id: person for person in people}
        self._selected = selected
        self.fill()

    def chosen_team(self) -> Team | None:
        team = self.team_filter.currentData()
        return Team(team) if team is not None else None

    def visible(self, person: PersonView) -> bool:
        team = self.team_filter.currentData()
        return (
            (person.active or self.show_inactive.isChecked())
            and (team is None or person.team == team)
            and matches(person, self.search_edit.text())
        )

    def fill(self) -> None:
        table = self.table
        shown = [person for person in self._people.values() if self.visible(person)]
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
        self.select(self._selected)
        self.count_label.setText(self._count_text(len(shown)))

    def _refilter(self) -> None:
        self.fill()
        self.filtersChanged.emit()

    def _count_text(self, shown: int) -> str:
        inactive = sum(1 for person in self._people.values() if not person.active)
        with_inactive = self.show_inactive.isChecked()
        total = len(self._people) if with_inactive else len(self._people) - inactive
        if shown != total:
            return self.tr("{shown} of {total} shown").format(shown=shown, total=total)
        if with_inactive and inactive:
            text = self.tr("{total} person, {inactive} inactive")
            if total != 1:
                text = self.tr("{total} people, {inactive} inactive")
            return text.format(total=total, inactive=inactive)
        text = self.tr("{total} person") if total == 1 else self.tr("{total} people")
        return text.format(total=total)

    def row_of(self, person_id: int) -> int | None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, NAME)
            if item is not None and item.data(ID_ROLE) == person_id:
                return row
        return None

    def select(self, person_id: int | None) -> None:
        """Show which person the form edits, without telling the dialog it was picked."""
        self._selected = person_id
        table = self.table
        table.blockSignals(True)
        table.selectionModel().blockSignals(True)
        row = self.row_of(person_id) if person_id is not None else None
        if row is None:
            table.clearSelection()
            table.setCurrentItem(None)
        else:
            table.selectRow(row)
            table.scrollToItem(table.item(row, NAME))
        table.selectionModel().blockSignals(False)
        table.blockSignals(False)
        table.viewport().update()

    def reveal(self, person_id: int) -> None:
        """Clear filters that would hide this person, so the moderator sees the result."""
        person = self._people[person_id]
        if self.visible(person):
            return
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
        self.fill()

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _on_selection_changed(self) -> None:
        items = self.table.selectedItems()
        person_id = items[0].data(ID_ROLE) if items else None
        if person_id is not None and person_id != self._selected:
            self.picked.emit(person_id)




def _normalised(person: PersonInput) -> PersonInput:
    return PersonInput(
        person.name.strip(), (person.email or "").strip(), person.team, person.role.strip()
    )


class PersonForm(QWidget):
    """Name, email, team and role of the person edited (`person`), or of a new one (None).

    What was typed stays until it is saved or reverted on purpose; `changed` tells of typing.
    """

    changed = Signal()

    def __init__(
        self, undo_button: QToolButton, redo_button: QToolButton, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.person: PersonView | None = None
        self.undo_button = undo_button
        self.redo_button = redo_button
        self._init_fields()
        self._init_messages()
        self._init_buttons()
        self._lay_out()
        for edit in (self.name_edit, self.email_edit, self.role_edit):
            edit.textChanged.connect(self.changed)
        self.team_combo.currentIndexChanged.connect(self.changed)
        self.setMinimumWidth(300)

    def _init_fields(self) -> None:
        self.form_title = plain_label()
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.form_title.setFont(bold)
        self.form_title.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("First and last name"))
        self.name_edit.setToolTip(self.tr("The name minutes and lists show"))
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText(self.tr("name@company.com"))
        self.email_edit.setToolTip(self.tr("Where the minutes are sent; may stay empty"))
        self.team_combo = QComboBox()
        for team in Team:
            self.team_combo.addItem(team.label, team.value)
        self.team_combo.setToolTip(self.tr("The team the person works in"))
        self.role_edit = QLineEdit()
        self.role_edit.setPlaceholderText(self.tr("e.g. Account executive (optional)"))
        self.role_edit.setToolTip(self.tr("The person's job, shown beside the name"))

    def _init_messages(self) -> None:
        self.error_label = plain_label()
        self.error_label.setObjectName("peopleError")
        self.error_label.setWordWrap(True)
        tint(self.error_label, ERROR)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setAccessibleName(self.tr("Why the entry was not saved"))
        self.error_label.hide()
        self.notice_label = plain_label()
        self.notice_label.setWordWrap(True)
        self.notice_label.hide()

    def _init_buttons(self) -> None:
        self.new_button = QPushButton(self.tr("New person"))
        self.new_button.setToolTip(self.tr("Empty the form for someone new (Ctrl+N)"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the form (Ctrl+S or Enter)"))
        self.revert_button = QPushButton(self.tr("Re&vert"))
        self.revert_button.setToolTip(self.tr("Throw away the changes in the form"))
        self.active_button = QPushButton(self.tr("&Deactivate"))
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.delete_button.setToolTip(
            self.tr(
                "Only for an entry made by mistake (Delete): anyone a meeting's record names "
                "can only be deactivated"
            )
        )
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close the People window (Esc)"))
        # Enter always means Save: a button taking focus must not become the default instead.
        for button in (
            self.new_button,
            self.save_button,
            self.revert_button,
            self.active_button,
            self.delete_button,
            self.close_button,
        ):
            button.setAutoDefault(False)
        self.save_button.setDefault(True)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for text, field in (
            (self.tr("&Name"), self.name_edit),
            (self.tr("&Email"), self.email_edit),
            (self.tr("&Team"), self.team_combo),
            (self.tr("&Role"), self.role_edit),
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
        record_row.addStretch(1)
        record_row.addWidget(self.undo_button)
        record_row.addWidget(self.redo_button)
        close_row = QHBoxLayout()
        close_row.addStretch(1)
        close_row.addWidget(self.close_button)
        right = QVBoxLayout(self)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.form_title)
        right.addLayout(form)
        right.addLayout(save_row)
        right.addWidget(self.error_label)
        right.addWidget(self.notice_label)
        right.addSpacing(12)
        right.addLayout(record_row)
        right.addStretch(1)
        right.addLayout(close_row)

    # What the form holds

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
        return _normalised(self.form_input()) != self._baseline()

    def _baseline(self) -> PersonInput:
        """The form as loaded: a new person's chosen team alone is not a change worth keeping."""
        person = self.person
        if person is None:
            return _normalised(PersonInput("", "", self.form_input().team, ""))
        return _normalised(PersonInput(person.name, person.email, person.team, person.role))

    def load(self, person: PersonView | None, team: Team) -> None:
        """Show a stored person, or an empty form for a new one in `team`."""
        self.person = person
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
        self.show_error("")
        self.update_buttons()

    def update_buttons(self) -> None:
        person = self.person
        dirty = self.is_dirty()
        if person is None:
            self.form_title.setText(self.tr("New person"))
            self.save_button.setText(self.tr("&Add to roster"))
        else:
            self.form_title.setText(self._title_of(person))
            self.save_button.setText(self.tr("&Save changes"))
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.active_button.setEnabled(person is not None)
        inactive = person is not None and not person.active
        self.active_button.setText(self.tr("Re&activate") if inactive else self.tr("&Deactivate"))
        self.active_button.setToolTip(
            self.tr("Bring them back to the lists for new meetings")
            if inactive
            else self.tr("Take them off the lists for new meetings; past minutes keep their name")
        )
        # A guest came to a meeting, so its record names them: they can only be deactivated.
        self.delete_button.setEnabled(person is not None and not person.guest)

    def _title_of(self, person: PersonView) -> str:
        if person.guest and person.active:
            text = self.tr("Edit guest: {name}")
        elif person.guest:
            text = self.tr("Edit guest: {name} (inactive)")
        elif person.active:
            text = self.tr("Edit person: {name}")
        else:
            text = self.tr("Edit person: {name} (inactive)")
        return text.format(name=person.name)

    def field_in_trouble(self, person: PersonInput) -> QLineEdit:
        """The field the first problem is about; a refusal found only on storing is the email's."""
        name = person.name.strip()
        if not name or len(name) > MAX_NAME_LENGTH:
            return self.name_edit
        guest = self.person is not None and self.person.guest
        email_alone = PersonInput("x", person.email, person.team, "")
        if validate_person(email_alone, guest=guest):
            return self.email_edit
        if len(person.role.strip()) > MAX_ROLE_LENGTH:
            return self.role_edit
        return self.email_edit

    # Messages

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        if message:
            self.notice_label.hide()

    def show_notice(self, message: str) -> None:
        self.notice_label.setText(message)
        self.notice_label.setVisible(bool(message))
        if message:
            self.error_label.hide()
