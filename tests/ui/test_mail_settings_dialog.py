"""The mail settings dialog as the moderator uses it: fill in, check the server, OK."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from facilitator.formats.mail import KEYRING_SERVICE, load_settings, settings_path
from facilitator.ui.mail.mail_settings_dialog import MailSettingsDialog

aiosmtpd = pytest.importorskip("aiosmtpd")
from aiosmtpd.controller import Controller  # noqa: E402
from local_smtp import LoginCheck, MailRecorder, running_smtp  # noqa: E402

USER = "moderator@example.com"
PASSWORD = "dialog-Pa55!"


@pytest.fixture
def dialog(show, settings: QSettings, memory_keyring) -> MailSettingsDialog:
    return show(MailSettingsDialog(settings=settings), active=True)


@pytest.fixture
def smtp_server() -> Iterator[Controller]:
    with running_smtp(MailRecorder(), LoginCheck(USER, PASSWORD)) as controller:
        yield controller


def _press_ok(qtbot, dialog: MailSettingsDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _choose_security(qtbot, dialog: MailSettingsDialog, value: str) -> None:
    combo = dialog.security_combo
    combo.setFocus()
    while combo.currentData() != value:
        before = combo.currentIndex()
        key = Qt.Key.Key_Down if combo.findData(value) > before else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)
        assert combo.currentIndex() != before


def test_the_port_follows_the_security_until_typed(qtbot, dialog):
    assert dialog.port_spin.value() == 587
    _choose_security(qtbot, dialog, "ssl")
    assert dialog.port_spin.value() == 465
    _choose_security(qtbot, dialog, "none")
    assert dialog.port_spin.value() == 25
    _choose_security(qtbot, dialog, "starttls")
    assert dialog.port_spin.value() == 587
    dialog.port_spin.selectAll()
    qtbot.keyClicks(dialog.port_spin, "2525")
    _choose_security(qtbot, dialog, "ssl")
    assert dialog.port_spin.value() == 2525


def test_ok_saves_the_settings_and_puts_the_password_in_the_keyring(
    qtbot, dialog, settings, memory_keyring
):
    qtbot.keyClicks(dialog.host_edit, "smtp.example.com")
    _choose_security(qtbot, dialog, "ssl")
    qtbot.keyClicks(dialog.user_edit, USER)
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        _press_ok(qtbot, dialog)

    saved = load_settings()
    assert saved is not None
    assert (saved.host, saved.port, saved.security, saved.user) == (
        "smtp.example.com",
        465,
        "ssl",
        USER,
    )
    assert PASSWORD not in settings_path().read_text()
    assert memory_keyring.passwords == {(KEYRING_SERVICE, USER): PASSWORD}

    again = MailSettingsDialog(settings=settings)
    qtbot.addWidget(again)
    again.show()
    assert again.host_edit.text() == "smtp.example.com"
    assert again.port_spin.value() == 465
    assert again.password_edit.text() == ""
    assert again.password_state.text() == "A password is stored in the system keyring."
    qtbot.mouseClick(again.forget_button, Qt.MouseButton.LeftButton)
    assert memory_keyring.passwords == {}
    assert again.password_state.text() == "No password is stored for this user."
    assert not again.forget_button.isEnabled()


def test_bad_input_is_explained_inline_and_nothing_is_saved(qtbot, dialog, memory_keyring):
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    _press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert "host name" in dialog.error_label.text()

    qtbot.keyClicks(dialog.host_edit, "smtp.example.com")
    assert not dialog.error_label.isVisible()
    qtbot.keyClicks(dialog.sender_edit, "not an address")
    _press_ok(qtbot, dialog)
    assert "name@example.com" in dialog.error_label.text()

    dialog.sender_edit.clear()
    qtbot.keyClicks(dialog.sender_edit, "me@example.com")
    _press_ok(qtbot, dialog)
    assert "needs a user name" in dialog.error_label.text()
    assert dialog.isVisible()
    assert load_settings() is None
    assert memory_keyring.passwords == {}
    assert dialog.password_edit.text() == PASSWORD


def test_check_connection_reports_the_server_answer(qtbot, dialog, smtp_server):
    qtbot.keyClicks(dialog.host_edit, "127.0.0.1")
    _choose_security(qtbot, dialog, "none")
    dialog.port_spin.selectAll()
    qtbot.keyClicks(dialog.port_spin, str(smtp_server.port))
    qtbot.keyClicks(dialog.user_edit, USER)
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.check_button.isEnabled(), timeout=20000)
    answer = dialog.check_result.text()
    assert answer.startswith(f"Connected to 127.0.0.1:{smtp_server.port} without encryption")
    assert f"logged in as {USER}" in answer
    assert PASSWORD not in answer
    assert load_settings() is None

    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, "wrong")
    qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.check_button.isEnabled(), timeout=20000)
    assert "The check failed" in dialog.check_result.text()
    assert "refused the login" in dialog.check_result.text()
    assert "wrong" not in dialog.check_result.text().replace("refused", "")


def test_the_reminder_window_is_shown_typed_and_saved(qtbot, show, settings, memory_keyring):
    from facilitator.formats.mail import MailSettings, save_settings

    save_settings(MailSettings(host="smtp.example.com", sender="me@example.com", reminder_days=4))
    dialog = show(MailSettingsDialog(settings=settings), active=True)
    assert dialog.reminder_spin.value() == 4
    assert dialog.reminder_spin.text() == "items due within 4 days"
    dialog.reminder_spin.selectAll()
    qtbot.keyClicks(dialog.reminder_spin, "7")
    with qtbot.waitSignal(dialog.accepted):
        _press_ok(qtbot, dialog)

    saved = load_settings()
    assert saved is not None and saved.reminder_days == 7
