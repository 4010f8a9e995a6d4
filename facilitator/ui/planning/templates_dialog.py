"""The Templates dialog: the built-in agendas to copy, and the moderator's own to edit or delete."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from facilitator.record.templates import MeetingTemplate
from facilitator.record.user_templates import (
    TemplateChoice,
    TemplateRefused,
    delete_template,
    duplicate_template,
    list_templates,
    load_template,
    save_plan_as_template,
    update_template,
    user_key,
)
from facilitator.rules.agenda import AgendaPlan, PlanRefused
from facilitator.storage.database import Database
from facilitator.ui.common import messages
from facilitator.ui.common.palette_colours import ERROR, tint
from facilitator.ui.common.tooltips import plain_tooltip
from facilitator.ui.planning.agenda_editor import AgendaEditor
from facilitator.ui.planning.agenda_model import Column

KEY_ROLE = Qt.ItemDataRole.UserRole
BUILTIN_NOTE = QT_TRANSLATE_NOOP(
    "TemplatesDialog", "Built-in templates can't be changed; duplicate one to make your own."
)


def list_text(choice: TemplateChoice) -> str:
    if not choice.builtin:
        return choice.name
    return QCoreApplication.translate("TemplatesDialog", "{name} (built-in)").format(
        name=choice.name
    )


def copy_name(name: str, taken: set[str]) -> str:
    """'<name> (copy)', numbered when that is taken too, since template names are unique."""
    taken = {other.casefold() for other in taken}
    candidate = QCoreApplication.translate("TemplatesDialog", "{name} (copy)").format(name=name)
    number = 2
    while candidate.casefold() in taken:
        numbered = QCoreApplication.translate("TemplatesDialog", "{name} (copy {number})")
        candidate = numbered.format(name=name, number=number)
        number += 1
    return candidate


class TemplateForm(QWidget):
    """The chosen template: its heading, the built-in note, its name and its agenda."""

    def __init__(self) -> None:
        super().__init__()
        self.heading = QLabel(objectName="templateHeading", textFormat=Qt.TextFormat.PlainText)
        heading_font = QFont(self.font())
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.3)
        self.heading.setFont(heading_font)
        self.note_label = QLabel(
            QCoreApplication.translate("TemplatesDialog", BUILTIN_NOTE),
            objectName="builtinNote",
            textFormat=Qt.TextFormat.PlainText,
        )
        self.note_label.setWordWrap(True)
        note_font = QFont(self.font())
        note_font.setItalic(True)
        self.note_label.setFont(note_font)
        self.name_edit = QLineEdit(objectName="templateName")
        self.name_edit.setAccessibleName(self.tr("Template name"))
        self.name_edit.setToolTip(self.tr("The name the New meeting dialog offers it under"))
        name_label = QLabel(self.tr("&Name"))
        name_label.setBuddy(self.name_edit)
        form = QFormLayout()
        form.addRow(name_label, self.name_edit)
        self.editor = AgendaEditor()
        # A template names a team for each presenter slot, never a person.
        self.editor.view.setColumnHidden(Column.PRESENTER, True)
        self.problem_label = QLabel(
            objectName="templateProblem", textFormat=Qt.TextFormat.PlainText
        )
        self.problem_label.setWordWrap(True)
        tint(self.problem_label, ERROR)
        self.problem_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.note_label)
        layout.addLayout(form)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.problem_label)


class TemplatesDialog(QDialog):
    """Lists every template; built-in ones are read-only and duplicated to be changed.

    The agenda is edited in the same editor as a meeting's, with its undo history; nothing is
    written until Save, and leaving a changed template asks first.
    """

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._choices: list[TemplateChoice] = []
        self._template: MeetingTemplate | None = None
        self._key: str | None = None
        self._saved: tuple[str, AgendaPlan] | None = None
        self._loading = False
        self.setWindowTitle(self.tr("Templates"))
        self._init_widgets()
        self._connect_signals()
        self._reload()

    # Public interface

    @property
    def current_key(self) -> str | None:
        """Its list key, e.g. builtin:weekly or user:12 (a built-in's own key has no prefix)."""
        return self._key

    def template_keys(self) -> list[str]:
        return [choice.key for choice in self._choices]

    def select_template(self, key: str) -> bool:
        """Show a template in the editor; False if it is not listed or the move was cancelled."""
        for row in range(self.template_list.count()):
            if self.template_list.item(row).data(KEY_ROLE) == key:
                self.template_list.setCurrentRow(row)
                return self.current_key == key
        return False

    def is_builtin(self) -> bool:
        return self._key is not None and self._key.startswith("builtin:")

    def has_unsaved_changes(self) -> bool:
        if self._saved is None or self.is_builtin():
            return False
        return (self.name_edit.text(), self.editor.plan()) != self._saved

    def save(self) -> bool:
        """Write the name and agenda over the user template; False, with the reason shown."""
        key = self._key
        if key is None or self.is_builtin():
            return False
        name, plan = self.name_edit.text(), self.editor.plan()
        try:
            update_template(self._db, key, name, plan)
        except (TemplateRefused, PlanRefused) as error:
            self._show_refusal(str(error))
            return False
        self._reload(select=key)
        self.status_label.setText(self.tr("Saved “{name}”.").format(name=name.strip()))
        return True

    def duplicate(self) -> str | None:
        """Copy the template on show, agenda as shown, under a new name; returns the copy's key."""
        template, key = self._template, self._key
        if template is None or key is None:
            return None
        name, ok = QInputDialog.getText(
            self,
            self.tr("Duplicate template"),
            self.tr("Name of the copy:"),
            QLineEdit.EchoMode.Normal,
            copy_name(template.name, {choice.name for choice in self._choices}),
        )
        if not ok:
            return None
        try:
            if self.has_unsaved_changes():
                new_id = save_plan_as_template(
                    self._db,
                    name,
                    self.editor.plan(),
                    description=template.description,
                    frequency=template.frequency,
                    start_time=template.start_time,
                )
            else:
                new_id = duplicate_template(self._db, key, name)
        except (TemplateRefused, PlanRefused) as error:
            messages.warn(self, self.tr("Template not copied"), str(error))
            return None
        copy_key = user_key(new_id)
        self._saved = None
        self._reload(select=copy_key)
        self.status_label.setText(
            self.tr("Copied to “{name}”: change it and save.").format(name=name.strip())
        )
        self.name_edit.setFocus()
        self.name_edit.selectAll()
        return copy_key

    def delete(self) -> bool:
        """Delete the user template on show after the moderator confirms."""
        template, key = self._template, self._key
        if template is None or key is None or self.is_builtin():
            return False
        if not messages.confirm(
            self,
            self.tr("Delete template?"),
            self.tr(
                "Delete the template “{name}”? Meetings made from it keep their agenda."
            ).format(name=template.name),
            default_yes=False,
        ):
            return False
        row = self.template_list.currentRow()
        delete_template(self._db, key)
        self._saved = None
        self._template = None
        self._key = None
        self._reload(row=row)
        self.status_label.setText(self.tr("Deleted “{name}”.").format(name=template.name))
        return True

    def done(self, result: int) -> None:
        if not self._may_leave():
            return
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_leave():
            event.ignore()
            return
        super().closeEvent(event)

    # Building

    def _init_widgets(self) -> None:
        self.template_list = QListWidget(objectName="templateList")
        self.template_list.setAccessibleName(self.tr("Templates"))
        self.template_list.setAccessibleDescription(
            self.tr("Choosing a template shows its name and agenda beside the list")
        )
        self.template_list.setMinimumWidth(240)

        right = TemplateForm()
        self.heading, self.note_label = right.heading, right.note_label
        self.name_edit, self.editor = right.name_edit, right.editor
        self.problem_label = right.problem_label

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.template_list)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 700])

        self.save_action = QAction(self.tr("&Save"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.addAction(self.save_action)
        self.duplicate_button = QPushButton(self.tr("D&uplicate…"), objectName="duplicateButton")
        self.duplicate_button.setToolTip(
            self.tr("Copy this template, agenda as shown, under a new name")
        )
        self.delete_button = QPushButton(self.tr("&Delete…"), objectName="deleteButton")
        self.delete_button.setToolTip(
            self.tr("Delete this template of your own; meetings made from it keep their agenda")
        )
        self.save_button = QPushButton(self.tr("&Save"), objectName="saveButton")
        self.save_button.setToolTip(self.tr("Save the template (Ctrl+S)"))
        self.status_label = QLabel(objectName="templateStatus", textFormat=Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        # Enter belongs to the agenda's cells; no button may catch it and act behind them.
        for button in (self.duplicate_button, self.delete_button, self.save_button):
            button.setAutoDefault(False)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        close.setToolTip(self.tr("Close the Templates window; unsaved changes are asked about"))
        row = QHBoxLayout()
        row.addWidget(self.duplicate_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(self.status_label)
        row.addSpacing(8)
        row.addWidget(self.save_button)
        row.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(row)
        self.resize(1040, 560)

    def _connect_signals(self) -> None:
        self.template_list.currentRowChanged.connect(self._on_row_changed)
        self.name_edit.textChanged.connect(self._on_edited)
        self.editor.planChanged.connect(self._on_edited)
        self.editor.cap_spin.explained.connect(self.status_label.setText)
        self.save_action.triggered.connect(self._on_save_key)
        self.save_button.clicked.connect(self.save)
        self.duplicate_button.clicked.connect(self.duplicate)
        self.delete_button.clicked.connect(self.delete)
        self.buttons.rejected.connect(self.reject)

    # Behaviour

    def _reload(self, *, select: str | None = None, row: int = 0) -> None:
        """Reread the list (a new name may sort elsewhere) and show select, else row's entry."""
        self._choices = list_templates(self._db)
        keys = self.template_keys()
        if select in keys:
            row = keys.index(select)
        row = max(0, min(row, len(keys) - 1))
        self._loading = True
        try:
            self.template_list.clear()
            for choice in self._choices:
                item = QListWidgetItem(list_text(choice))
                item.setData(KEY_ROLE, choice.key)
                item.setToolTip(plain_tooltip(choice.description or choice.name))
                self.template_list.addItem(item)
            self.template_list.setCurrentRow(row)
        finally:
            self._loading = False
        self._show(keys[row])

    def _on_row_changed(self, row: int) -> None:
        if self._loading or row < 0:
            return
        key = self.template_list.item(row).data(KEY_ROLE)
        if key == self.current_key:
            return
        if self._may_leave():
            self._reload(select=key)
            return
        self._loading = True
        try:
            self.template_list.setCurrentRow(self.template_keys().index(self.current_key))
        finally:
            self._loading = False

    def _show(self, key: str) -> None:
        template = load_template(self._db, key)
        self._loading = True
        try:
            self._template = template
            self._key = key
            builtin = self.is_builtin()
            self.heading.setText(template.name)
            self.name_edit.setText(template.name)
            self.name_edit.setReadOnly(builtin)
            self.note_label.setVisible(builtin)
            self.editor.set_plan(template.plan)
            self.editor.setEnabled(not builtin)
            self.delete_button.setEnabled(not builtin)
            self._saved = (self.name_edit.text(), self.editor.plan())
        finally:
            self._loading = False
        self.problem_label.hide()
        self.status_label.clear()
        self._update_state()

    def _on_edited(self) -> None:
        if self._loading:
            return
        self.problem_label.hide()
        self.status_label.setText(self.tr("Unsaved changes") if self.has_unsaved_changes() else "")
        self._update_state()

    def _update_state(self) -> None:
        can_save = (
            not self.is_builtin()
            and self.has_unsaved_changes()
            and bool(self.name_edit.text().strip())
            and self.editor.can_save()
        )
        self.save_button.setEnabled(can_save)
        self.save_action.setEnabled(can_save)

    def _on_save_key(self) -> None:
        if self.save_button.isEnabled():
            self.save()

    def _show_refusal(self, message: str) -> None:
        self.problem_label.setText(message)
        self.problem_label.show()
        self.status_label.setText(self.tr("Not saved"))

    def _may_leave(self) -> bool:
        """Ask Save/Discard/Cancel before edits to a template would be dropped."""
        if not self.has_unsaved_changes():
            return True
        if self._template is not None:
            question = self.tr("Save your changes to the template “{name}”?")
            question = question.format(name=self._template.name)
        else:
            question = self.tr("Save your changes to this template?")
        answer = messages.ask(
            self,
            self.tr("Unsaved changes"),
            question,
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self._saved = None
            return True
        return False
