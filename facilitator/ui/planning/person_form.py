"""The People dialog's right side: the form for one person, its buttons and its messages."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
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
from facilitator.ui.planning.people_roster import plain_label
from facilitator.vocabulary import Team

ERROR_COLOUR = QColor("#b3261e")


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
        self.name_edit.setPlaceholderText("First and last name")
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText("name@company.com")
        self.team_combo = QComboBox()
        for team in Team:
            self.team_combo.addItem(team.label, team.value)
        self.role_edit = QLineEdit()
        self.role_edit.setPlaceholderText("e.g. Account executive (optional)")

    def _init_messages(self) -> None:
        self.error_label = plain_label()
        self.error_label.setObjectName("peopleError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR.name()};")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setAccessibleName("Why the entry was not saved")
        self.error_label.hide()
        self.notice_label = plain_label()
        self.notice_label.setWordWrap(True)
        self.notice_label.hide()

    def _init_buttons(self) -> None:
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
        self.close_button = QPushButton("Close")
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
            self.form_title.setText("New person")
            self.save_button.setText("&Add to roster")
        else:
            kind = "guest" if person.guest else "person"
            state = "" if person.active else " (inactive)"
            self.form_title.setText(f"Edit {kind}: {person.name}{state}")
            self.save_button.setText("&Save changes")
        self.save_button.setEnabled(dirty)
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
