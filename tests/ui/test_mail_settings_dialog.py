"""The mail settings dialog as the moderator uses it: fill in, check the server, OK."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from facilitator.mail import KEYRING_SERVICE, load_settings, settings_path
from facilitator.ui.mail_settings_dialog import MailSettingsDialog

aiosmtpd = pytest.importorskip("aiosmtpd")
from aiosmtpd.controller import Controller  # noqa: E402
from aiosmtpd.smtp import AuthResult  # noqa: E402

USER = "moderator@example.com"
PASSWORD = "dialog-Pa55!"


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in this test only."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def dialog(qtbot, settings, memory_keyring) -> MailSettingsDialog:
    shown = MailSettingsDialog(settings=settings)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    return shown


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Accept:
    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        return "250 OK"


def _authenticate(server, session, envelope, mechanism, auth_data) -> AuthResult:
    ok = auth_data.login.decode() == USER and auth_data.password.decode() == PASSWORD
    return AuthResult(success=ok, handled=False)


@pytest.fixture
def smtp_server() -> Iterator[Controller]:
    controller = Controller(
        Accept(),
        hostname="127.0.0.1",
        port=_free_port(),
        authenticator=_authenticate,
        auth_require_tls=False,
    )
    controller.start()
    yield controller
    controller.stop()


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
