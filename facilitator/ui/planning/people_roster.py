"""The People dialog's left side: the roster table with its search, team filter and count."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.record.people import PersonView
from facilitator.vocabulary import Team

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

    def _filter_row(self) -> QHBoxLayout:
        filters = QHBoxLayout()
        search_label = QLabel("&Find:")
        search_label.setBuddy(self.search_edit)
        filters.addWidget(search_label)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.team_filter)
        filters.addWidget(self.show_inactive)
        return filters

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
            return f"{shown} of {total} shown"
        text = f"{total} {'person' if total == 1 else 'people'}"
        return f"{text}, {inactive} inactive" if with_inactive and inactive else text

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
