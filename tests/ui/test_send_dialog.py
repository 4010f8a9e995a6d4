"""Send minutes from the app: recipients, preview, sending to a real SMTP server, .eml."""

from __future__ import annotations

import email
import email.policy
import socket
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from facilitator.attendance import attendee_emails
from facilitator.demo import load_demo
from facilitator.mail import KEYRING_SERVICE, MailSettings, save_settings
from facilitator.meetings import create_meeting, list_meetings
from facilitator.storage.database import Database
from facilitator.storage.models import Attendance, Person
from facilitator.storage.vocabulary import AttendanceStatus, MeetingStatus, Team
from facilitator.templates import builtin_template
from facilitator.ui.console import ConsoleWindow
from facilitator.ui.mail_settings_dialog import MailSettingsDialog
from facilitator.ui.main_window import MainWindow
from facilitator.ui.send_dialog import SKIPPED, SendDialog

aiosmtpd = pytest.importorskip("aiosmtpd")
from aiosmtpd.controller import Controller  # noqa: E402
from aiosmtpd.smtp import AuthResult  # noqa: E402

MEETING = 1
USER = "moderator@example.com"
PASSWORD = "send-Pa55!"
NO_MAIL = "Nadia Nomail"


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
    backend.set_password(KEYRING_SERVICE, USER, PASSWORD)
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Recorder:
    def __init__(self) -> None:
        self.refuse: str | None = None
        self.delivered: list[tuple[list[str], bytes]] = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if address == self.refuse:
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        self.delivered.append((list(envelope.rcpt_tos), envelope.content))
        return "250 Message accepted"


def _authenticate(server, session, envelope, mechanism, auth_data) -> AuthResult:
    ok = auth_data.login.decode() == USER and auth_data.password.decode() == PASSWORD
    return AuthResult(success=ok, handled=False)


@pytest.fixture
def smtp() -> Iterator[tuple[Recorder, Controller]]:
    handler = Recorder()
    controller = Controller(
        handler,
        hostname="127.0.0.1",
        port=_free_port(),
        authenticator=_authenticate,
        auth_require_tls=False,
    )
    controller.start()
    yield handler, controller
    controller.stop()


@pytest.fixture
def demo(db: Database) -> Database:
    """The demo's first (ended) meeting, with one absent attendee who has no email."""
    load_demo(db)
    with db.write() as session:
        person = Person(name=NO_MAIL, email=None, team=Team.SALES)
        session.add(person)
        session.flush()
        session.add(
            Attendance(meeting_id=MEETING, person_id=person.id, status=AttendanceStatus.ABSENT)
        )
    return db


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


def _configure(controller: Controller, user: str = USER) -> None:
    save_settings(
        MailSettings(
            host="127.0.0.1", port=controller.port, security="none", user=user, sender=USER
        )
    )


def _open(qtbot, db: Database, qsettings: QSettings) -> SendDialog:
    dialog = SendDialog(db, MEETING, settings=qsettings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _column(dialog: SendDialog, column: int) -> list[str]:
    table = dialog.recipients
    return [table.item(row, column).text() for row in range(table.rowCount())]


def test_the_dialog_shows_recipients_subject_and_summary(qtbot, demo, qsettings, memory_keyring):
    dialog = _open(qtbot, demo, qsettings)
    names = _column(dialog, 0)
    assert NO_MAIL in names and "Amara Nwosu" in names
    row = names.index(NO_MAIL)
    assert _column(dialog, 3)[row] == SKIPPED
    assert _column(dialog, 2)[row] == AttendanceStatus.ABSENT.label
    assert set(attendee_emails(demo, MEETING)) <= set(_column(dialog, 1))
    assert dialog.subject_edit.text().startswith("Minutes: Weekly smarketing meeting")
    body = dialog.body_view.toPlainText()
    assert "Decisions:" in body and "Action items:" in body
    assert dialog.body_view.isReadOnly()


def test_without_mail_settings_it_offers_them_and_then_sends(
    qtbot, demo, qsettings, memory_keyring, smtp
):
    handler, controller = smtp
    dialog = _open(qtbot, demo, qsettings)
    assert not dialog.send_button.isEnabled()
    assert "not set up" in dialog.mail_notice.text()
    assert dialog.settings_button.isDefault()

    qtbot.mouseClick(dialog.settings_button, Qt.MouseButton.LeftButton)
    settings_dialog = dialog.findChild(MailSettingsDialog)
    assert settings_dialog is not None and settings_dialog.isVisible()
    qtbot.keyClicks(settings_dialog.host_edit, "127.0.0.1")
    combo = settings_dialog.security_combo
    while combo.currentData() != "none":
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    settings_dialog.port_spin.selectAll()
    qtbot.keyClicks(settings_dialog.port_spin, str(controller.port))
    qtbot.keyClicks(settings_dialog.user_edit, USER)
    ok = settings_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.send_button.isEnabled())
    assert f"127.0.0.1:{controller.port}" in dialog.mail_notice.text()

    with qtbot.waitSignal(dialog.sendingDone, timeout=30000):
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    wanted = attendee_emails(demo, MEETING)
    for address in wanted:
        assert dialog.outcome_of(address) == "sent"
    assert dialog.status_label.text() == f"Sent to all {len(wanted)} recipients."
    ((rcpt_tos, content),) = handler.delivered
    assert rcpt_tos == wanted
    assert PASSWORD.encode() not in content


def test_a_refused_recipient_shows_the_server_reason(qtbot, demo, qsettings, memory_keyring, smtp):
    handler, controller = smtp
    wanted = attendee_emails(demo, MEETING)
    handler.refuse = wanted[2]
    _configure(controller)
    dialog = _open(qtbot, demo, qsettings)
    with qtbot.waitSignal(dialog.sendingDone, timeout=30000):
        qtbot.keyClick(dialog.recipients, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.outcome_of(wanted[2]) == "refused: 550 5.1.1 mailbox unavailable"
    assert all(dialog.outcome_of(address) == "sent" for address in wanted if address != wanted[2])
    assert dialog.status_label.text() == (
        f"Sent to {len(wanted) - 1} of {len(wanted)} recipients; 1 refused (see the list)."
    )
    row = _column(dialog, 0).index(NO_MAIL)
    assert _column(dialog, 3)[row] == SKIPPED
    assert handler.delivered[0][0] == [a for a in wanted if a != wanted[2]]


def test_a_wrong_password_marks_every_recipient_refused_with_the_reason(
    qtbot, demo, qsettings, memory_keyring, smtp
):
    handler, controller = smtp
    memory_keyring.set_password(KEYRING_SERVICE, USER, "stale")
    _configure(controller)
    dialog = _open(qtbot, demo, qsettings)
    with qtbot.waitSignal(dialog.sendingDone, timeout=30000):
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    for address in attendee_emails(demo, MEETING):
        outcome = dialog.outcome_of(address)
        assert outcome.startswith("refused: the mail server 127.0.0.1:")
        assert "refused the login" in outcome and "stale" not in outcome
    assert dialog.status_label.text().startswith("Nothing was sent")
    assert handler.delivered == []


def test_a_missing_password_sends_nothing_and_says_why(qtbot, demo, qsettings, smtp):
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        _, controller = smtp
        _configure(controller)
        dialog = _open(qtbot, demo, qsettings)
        with qtbot.waitSignal(dialog.sendingDone, timeout=30000):
            qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    finally:
        keyring.set_keyring(previous)
    assert "no password" in dialog.status_label.text()
    assert dialog.status_label.text().startswith("Nothing was sent")
    assert all(
        dialog.outcome_of(address) == "not sent yet" for address in attendee_emails(demo, MEETING)
    )


def test_save_as_eml_writes_a_parseable_message(
    qtbot, demo, qsettings, memory_keyring, tmp_path, monkeypatch
):
    target = tmp_path / "out" / "minutes"
    target.parent.mkdir()
    offered: list[str] = []

    def get_save_file_name(_parent, _caption, default, _filter="", *args, **kwargs):
        offered.append(default)
        return str(target), "Email messages (*.eml)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    dialog = _open(qtbot, demo, qsettings)
    with qtbot.waitSignal(dialog.emlDone, timeout=30000):
        qtbot.mouseClick(dialog.eml_button, Qt.MouseButton.LeftButton)
    assert offered[0].endswith(" minutes.eml")
    written = target.with_name("minutes.eml")
    assert dialog.status_label.text().startswith(f"Message saved to {written}")
    message = email.message_from_bytes(written.read_bytes(), policy=email.policy.default)
    assert message["Subject"] == dialog.subject_edit.text()
    assert [a.addr_spec for a in message["To"].addresses] == attendee_emails(demo, MEETING)
    assert message.get_body(("plain",)).get_content() == dialog.body_view.toPlainText()
    (pdf,) = list(message.iter_attachments())
    assert pdf.get_content().startswith(b"%PDF")


def test_file_menu_sends_an_ended_meeting_and_explains_otherwise(
    qtbot, demo, qsettings, memory_keyring
):
    window = MainWindow(demo, settings=qsettings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    planned = next(m.id for m in list_meetings(demo) if m.status is MeetingStatus.PLANNED)
    assert window.select_meeting(planned)
    window.send_minutes_action.trigger()
    assert window.findChild(SendDialog) is None
    assert "once the meeting has ended" in window.statusBar().currentMessage()

    assert window.select_meeting(MEETING)
    assert window.send_minutes_action.shortcut().toString() == "Ctrl+Shift+M"
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.meeting_table, Qt.Key.Key_M, modifiers)
    dialog = window.findChild(SendDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.subject_edit.text().startswith("Minutes: Weekly smarketing meeting")
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(SendDialog) is None)

    window.mail_settings_action.trigger()
    settings_dialog = window.findChild(MailSettingsDialog)
    assert settings_dialog is not None and settings_dialog.isVisible()
    settings_dialog.reject()


def test_console_offers_send_once_the_meeting_has_ended(
    qtbot, db: Database, qsettings, monkeypatch: pytest.MonkeyPatch
):
    meeting_id = create_meeting(
        db,
        builtin_template("weekly").plan,
        title="Weekly: smarketing/sync",
        scheduled_at=datetime(2026, 11, 23, 9, 0, tzinfo=UTC),
    )
    now = [1000.0]
    console = ConsoleWindow(db, meeting_id, time_source=lambda: now[0], settings=qsettings)
    qtbot.addWidget(console)
    console.show()
    qtbot.waitExposed(console)
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow)
    assert not console.send_button.isVisible()
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    qtbot.keyClick(console, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    now[0] += 30
    qtbot.keyClick(console, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert console.send_button.isVisible() and console.send_button.isEnabled()
    qtbot.mouseClick(console.send_button, Qt.MouseButton.LeftButton)
    dialog = console.findChild(SendDialog)
    assert dialog is not None and dialog.isVisible()
    assert "No one on this meeting's list has an email address" in dialog.mail_notice.text()
    assert not dialog.send_button.isEnabled()
    assert dialog.eml_button.isEnabled()
    dialog.reject()
    console.close()
