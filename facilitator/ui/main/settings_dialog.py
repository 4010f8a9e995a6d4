"""Settings: the app-wide choices that belong to no one window, for now the language.

The language is read once at start (facilitator/ui/language.py), so a new choice is stored and
the user is told it takes effect from the next start: windows already built keep their words.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from facilitator.language import ENVIRONMENT, LANGUAGES, current_language, supported
from facilitator.ui.common import messages
from facilitator.ui.language import SETTING, system_choice


class SettingsDialog(QDialog):
    """Choose the language the windows speak: the system's (stored as empty) or one of ours."""

    def __init__(self, parent: QWidget | None = None, *, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings if settings is not None else QSettings()
        self.language_box = QComboBox(objectName="languageBox")
        self.language_box.setToolTip(
            self.tr("The language of Facilitator's windows and minutes, from its next start")
        )
        system = LANGUAGES.get(system_choice(), LANGUAGES["en"])
        self.language_box.addItem(self.tr("System language ({name})").format(name=system), "")
        for code, name in LANGUAGES.items():
            self.language_box.addItem(name, code)
        stored = supported(str(self._settings.value(SETTING, "") or "")) or ""
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(stored)))
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language_box)
        note = QLabel(self.tr("A new language takes effect when Facilitator next starts."))
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout()
        form.addRow(language_label, self.language_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Keep these settings and close"))
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setToolTip(self.tr("Close without changing the settings"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def chosen(self) -> str:
        """The code the box shows: empty for the system's language."""
        return str(self.language_box.currentData() or "")

    def accept(self) -> None:
        """Store the choice; a language other than the one spoken now is announced for the
        next start (or, while $FACILITATOR_LANGUAGE overrides it, the user is told so)."""
        choice = self.chosen()
        changed = choice != (supported(str(self._settings.value(SETTING, "") or "")) or "")
        self._settings.setValue(SETTING, choice)
        self._settings.sync()
        super().accept()
        spoken = choice or system_choice()
        if not changed or spoken == current_language():
            return
        name = LANGUAGES.get(spoken, spoken)
        if supported(os.environ.get(ENVIRONMENT)):
            text = self.tr(
                "Facilitator will speak {language} once the environment variable "
                "FACILITATOR_LANGUAGE no longer chooses its language."
            ).format(language=name)
        else:
            text = self.tr("Facilitator will speak {language} from its next start.").format(
                language=name
            )
        messages.inform(self.parentWidget(), self.tr("Language"), text)
