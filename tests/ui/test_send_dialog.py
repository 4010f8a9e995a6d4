"""Send minutes from the app: recipients, preview, sending to a real SMTP server, .eml."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest
from fake_keyring import MemoryKeyring
from platformdirs import user_documents_path
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from facilitator.formats.mail import KEYRING_SERVICE, MailSettings, save_settings
from facilitator.record.attendance import attendee_emails
from facilitator.record.meetings import list_meetings, load_meeting
from facilitator.record.people import get_person
from facilitator.storage.database import Database
from facilitator.storage.models import Attendance, Person
from facilitator.ui.mail.mail_settings_dialog import MailSettingsDialog
from facilitator.ui.mail.send_dialog import SKIPPED, SendDialog
from facilitator.ui.main_window import MainWindow
from facilitator.vocabulary import AttendanceStatus, MeetingStatus, Team

aiosmtpd = pytest.importorskip("aiosmtpd")
from aiosmtpd.controller import Controller  # noqa: E402
from local_smtp import LoginCheck, MailRecorder, running_smtp  # noqa: E402

MEETING = 1
USER = "moderator@example.com"
PASSWORD = "send-Pa55!"
NO_MAIL = "Nadia Nomail"


@pytest.fixture
def memory_keyring(memory_keyring: MemoryKeyring) -> MemoryKeyring:
    """The test keyring, holding the moderator's SMTP password."""
    memory_keyring.set_password(KEYRING_SERVICE, USER, PASSWORD)
    return memory_keyring


@pytest.fixture
def smtp() -> Iterator[tuple[MailRecorder, Controller]]:
    handler = MailRecorder()
    with running_smtp(handler, LoginCheck(USER, PASSWORD)) as controller:
        yield handler, controller


@pytest.fixture
def demo(demo: Database) -> Database:
    """The demo's first (ended) meeting, with one absent attendee who has no email."""
    with demo.write() as session:
        person = Person(name=NO_MAIL, email=None, team=Team.SALES)
        session.add(person)
        session.flush()
        session.add(
            Attendance(meeting_id=MEETING, person_id=person.id, status=AttendanceStatus.ABSENT)
        )
    return demo


def _configure(controller: Controller, user: str = USER) -> None:
    save_settings(
        MailSettings(
            host="127.0.0.1", port=controller.port, security="none", user=user, sender=USER
        )
    )


@pytest.fixture
def open_dialog(show, settings: QSettings) -> Callable[[Database], SendDialog]:
    """Opens the send dialog on the demo's first meeting, ready for the keyboard."""
    return lambda db: show(SendDialog(db, MEETING, settings=settings), active=True)


def _column(dialog: SendDialog, column: int) -> list[str]:
    table = dialog.recipients
    return [table.item(row, column).text() for row in range(table.rowCount())]


def test_the_dialog_shows_recipients_subject_and_summary(qtbot, demo, open_dialog, memory_keyring):
    dialog = open_dialog(demo)
    names = _column(dialog, 0)
    assert NO_MAIL in names and "Amara Nwosu" in names
    row = names.index(NO_MAIL)
    assert _column(dialog, 3)[row] == SKIPPED
    assert _column(dialog, 2)[row] == AttendanceStatus.ABSENT.label
    assert set(attendee_emails(demo, MEETING)) <= set(_column(dialog, 1))
    assert dialog.subject_edit.text() == (
        f"Minutes \N{EM DASH} Weekly smarketing meeting \N{EM DASH} {_day(demo)}"
    )
    body = dialog.body_view.toPlainText()
    assert "Decisions:" in body and "Open disputes:" in body and "Action items:" in body
    assert dialog.body_view.isReadOnly()


def test_without_mail_settings_it_offers_them_and_then_sends(
    qtbot, demo, open_dialog, memory_keyring, smtp
):
    handler, controller = smtp
    dialog = open_dialog(demo)
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
    ((_, rcpt_tos, content, _),) = handler.delivered
    assert rcpt_tos == wanted
    assert PASSWORD.encode() not in content


def test_a_refused_recipient_shows_the_server_reason(
    qtbot, demo, open_dialog, memory_keyring, smtp
):
    handler, controller = smtp
    wanted = attendee_emails(demo, MEETING)
    handler.refuse = wanted[2]
    _configure(controller)
    dialog = open_dialog(demo)
    with qtbot.waitSignal(dialog.sendingDone, timeout=30000):
        qtbot.keyClick(dialog.recipients, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.outcome_of(wanted[2]) == "refused: 550 no such user"
    assert all(dialog.outcome_of(address) == "sent" for address in wanted if address != wanted[2])
    assert dialog.status_label.text() == (
        f"Sent to {len(wanted) - 1} of {len(wanted)} recipients; 1 refused (see the list)."
    )
    row = _column(dialog, 0).index(NO_MAIL)
    assert _column(dialog, 3)[row] == SKIPPED
    assert handler.delivered[0].rcpt_tos == [a for a in wanted if a != wanted[2]]


def test_a_wrong_password_marks_every_recipient_refused_with_the_reason(
    qtbot, demo, open_dialog, memory_keyring, smtp
):
    handler, controller = smtp
    memory_keyring.set_password(KEYRING_SERVICE, USER, "stale")
    _configure(controller)
    dialog = open_dialog(demo)
    with qtbot.waitSignal(dialog.sendingDone, timeout=30000):
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    for address in attendee_emails(demo, MEETING):
        outcome = dialog.outcome_of(address)
        assert outcome.startswith("refused: the mail server 127.0.0.1:")
        assert "refused the login" in outcome and "stale" not in outcome
    assert dialog.status_label.text().startswith("Nothing was sent")
    assert handler.delivered == []


def test_a_missing_password_sends_nothing_and_says_why(
    qtbot, demo, open_dialog, memory_keyring, smtp
):
    memory_keyring.delete_password(KEYRING_SERVICE, USER)
    _, controller = smtp
    _configure(controller)
    dialog = open_dialog(demo)
    with qtbot.waitSignal(dialog.sendingDone, timeout=30000):
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert "no password" in dialog.status_label.text()
    assert dialog.status_label.text().startswith("Nothing was sent")
    assert all(
        dialog.outcome_of(address) == "not sent yet" for address in attendee_emails(demo, MEETING)
    )


def _day(db: Database) -> str:
    return load_meeting(db, MEETING).scheduled_at.astimezone().date().isoformat()


def _answer_save_as(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    """getSaveFileName answers target; returns the default paths it was offered."""
    offered: list[str] = []

    def get_save_file_name(_parent, _caption, default, _filter="", *args, **kwargs):
        offered.append(default)
        return str(target), "Email messages (*.eml)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    return offered


@pytest.fixture
def documents(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The user's documents folder, made; the app started from another folder."""
    folder = user_documents_path()
    folder.mkdir(parents=True, exist_ok=True)
    elsewhere = tmp_path / "started here"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    return folder


def _read(path: Path) -> EmailMessage:
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def test_save_as_eml_writes_a_draft_from_the_moderator(
    qtbot, demo, open_dialog, memory_keyring, tmp_path, monkeypatch, documents, settings, wall
):
    target = tmp_path / "out" / "minutes"
    target.parent.mkdir()
    offered = _answer_save_as(monkeypatch, target)
    dialog = open_dialog(demo)
    assert "not set up" in dialog.mail_notice.text()
    with qtbot.waitSignal(dialog.emlDone, timeout=30000):
        qtbot.mouseClick(dialog.eml_button, Qt.MouseButton.LeftButton)
    assert offered == [str(documents / f"{_day(demo)} Weekly smarketing meeting minutes.eml")]
    written = target.with_name("minutes.eml")
    assert dialog.status_label.text().startswith(f"Message saved to {written}")
    message = _read(written)
    assert message["X-Unsent"] == "1"
    moderator = get_person(demo, load_meeting(demo, MEETING).moderator_id)
    (sender,) = message["From"].addresses
    assert (sender.display_name, sender.addr_spec) == (moderator.name, moderator.email)
    assert message["Subject"] == dialog.subject_edit.text()
    assert message["Date"].datetime == wall.now
    assert [a.addr_spec for a in message["To"].addresses] == attendee_emails(demo, MEETING)
    assert message.get_body(("plain",)).get_content() == dialog.body_view.toPlainText()
    (pdf,) = list(message.iter_attachments())
    assert pdf.get_content_type() == "application/pdf"
    assert pdf.get_filename() == f"{_day(demo)} Weekly smarketing meeting minutes.pdf"
    assert pdf.get_content().startswith(b"%PDF")

    again = _answer_save_as(monkeypatch, target)
    with qtbot.waitSignal(dialog.emlDone, timeout=30000):
        qtbot.keyClick(dialog.recipients, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert Path(again[0]).parent == target.parent


def test_with_mail_settings_the_draft_is_from_the_configured_sender(
    qtbot, demo, open_dialog, memory_keyring, tmp_path, monkeypatch, documents
):
    save_settings(MailSettings(host="smtp.example.com", user=USER, sender="minutes@example.com"))
    target = tmp_path / "draft.eml"
    _answer_save_as(monkeypatch, target)
    dialog = open_dialog(demo)
    assert "Sending from minutes@example.com" in dialog.mail_notice.text()
    with qtbot.waitSignal(dialog.emlDone, timeout=30000):
        qtbot.mouseClick(dialog.eml_button, Qt.MouseButton.LeftButton)
    message = _read(target)
    assert message["From"] == "minutes@example.com"
    assert message["X-Unsent"] == "1"


def test_file_menu_sends_an_ended_meeting_and_explains_otherwise(
    qtbot, show, demo, settings, memory_keyring
):
    window = show(MainWindow(demo, settings=settings), active=True)
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
    assert dialog.subject_edit.text().startswith("Minutes \N{EM DASH} Weekly smarketing meeting")
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(SendDialog) is None)

    window.mail_settings_action.trigger()
    settings_dialog = window.findChild(MailSettingsDialog)
    assert settings_dialog is not None and settings_dialog.isVisible()
    settings_dialog.reject()


def test_console_offers_send_once_the_meeting_has_ended(
    qtbot, new_weekly_meeting, open_console, end_meeting
):
    meeting_id = new_weekly_meeting(
        "Weekly: smarketing/sync", datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    )
    console = open_console(meeting_id)
    assert not console.send_button.isVisible()
    end_meeting(console)
    assert console.send_button.isVisible() and console.send_button.isEnabled()
    qtbot.mouseClick(console.send_button, Qt.MouseButton.LeftButton)
    dialog = console.findChild(SendDialog)
    assert dialog is not None and dialog.isVisible()
    assert "No one on this meeting's list has an email address" in dialog.mail_notice.text()
    assert not dialog.send_button.isEnabled()
    assert dialog.eml_button.isEnabled()
    dialog.reject()
    console.close()
