"""Settings: the language is chosen by keyboard or mouse, stored on Save, left alone on Cancel,
and a new one is announced for the next start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox

from facilitator.language import ENVIRONMENT
from facilitator.ui.common import messages
from facilitator.ui.language import SETTING
from facilitator.ui.main.settings_dialog import SettingsDialog
from facilitator.ui.main_window import MainWindow


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    notices: list[tuple[str, str]] = []
    monkeypatch.setattr(
        messages, "inform", lambda _parent, title, text: notices.append((title, text))
    )
    monkeypatch.delenv(ENVIRONMENT, raising=False)
    return notices


def _items(box: QComboBox) -> list[str]:
    return [box.itemText(index) for index in range(box.count())]


def test_the_system_language_comes_first_then_each_language_in_itself(
    show, settings: QSettings
) -> None:
    dialog = show(SettingsDialog(settings=settings))
    items = _items(dialog.language_box)
    assert items[0].startswith("System language (")
    assert items[1:] == ["English", "Deutsch", "Español"]
    assert dialog.chosen() == ""


def test_choose_deutsch_by_keyboard_and_save(
    qtbot, show, settings: QSettings, told: list[tuple[str, str]]
) -> None:
    dialog = show(SettingsDialog(settings=settings), active=True)
    qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert dialog.language_box.hasFocus()
    qtbot.keyClick(dialog.language_box, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.language_box, Qt.Key.Key_Down)
    assert dialog.language_box.currentText() == "Deutsch"
    qtbot.keyClick(dialog, Qt.Key.Key_Return)

    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert settings.value(SETTING) == "de"
    assert told == [("Language", "Facilitator will speak Deutsch from its next start.")]


def test_choose_deutsch_by_mouse_and_save(
    qtbot, show, settings: QSettings, told: list[tuple[str, str]]
) -> None:
    dialog = show(SettingsDialog(settings=settings))
    dialog.language_box.setCurrentIndex(dialog.language_box.findText("Deutsch"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert QSettings(settings.fileName(), QSettings.Format.IniFormat).value(SETTING) == "de"
    assert len(told) == 1


def test_cancel_leaves_the_setting_alone(
    qtbot, show, settings: QSettings, told: list[tuple[str, str]]
) -> None:
    settings.setValue(SETTING, "es")
    dialog = show(SettingsDialog(settings=settings), active=True)
    assert dialog.language_box.currentText() == "Español"
    dialog.language_box.setCurrentIndex(dialog.language_box.findText("Deutsch"))
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert settings.value(SETTING) == "es"

    again = show(SettingsDialog(settings=settings), active=True)
    again.language_box.setCurrentIndex(again.language_box.findText("Deutsch"))
    qtbot.keyClick(again, Qt.Key.Key_Escape)
    assert settings.value(SETTING) == "es"
    assert told == []


def test_saving_the_language_already_spoken_says_nothing(
    qtbot, show, settings: QSettings, told: list[tuple[str, str]]
) -> None:
    settings.setValue(SETTING, "de")
    dialog = show(SettingsDialog(settings=settings))
    dialog.language_box.setCurrentIndex(dialog.language_box.findText("English"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert settings.value(SETTING) == "en"
    assert told == []  # the tests speak English: nothing changes for the user


def test_an_environment_override_is_named(
    qtbot, show, settings: QSettings, told: list[tuple[str, str]], monkeypatch
) -> None:
    monkeypatch.setenv(ENVIRONMENT, "en")
    dialog = show(SettingsDialog(settings=settings))
    dialog.language_box.setCurrentIndex(dialog.language_box.findText("Español"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert settings.value(SETTING) == "es"
    assert "FACILITATOR_LANGUAGE" in told[0][1]


def test_ctrl_comma_opens_settings_from_the_main_window(
    qtbot, show, demo, settings: QSettings
) -> None:
    window = show(MainWindow(demo, settings=settings), active=True)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(SettingsDialog) is not None)
    dialog = window.findChild(SettingsDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    dialog.reject()
