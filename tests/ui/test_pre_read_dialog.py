"""Meeting ▸ Send agenda…: invitees, the text, sending to a real SMTP server, the sent log, a
second sending asked first, Save PDF… and Save draft… (both engines)."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog
from test_pre_read import planned_week

from facilitator.formats.mail import MailSettings, save_settings
from facilitator.mailing.pre_read import pre_read, pre_read_text
from facilitator.mailing.sent_log import sent_mails
from facilitator.storage.database import Database
from facilitator.ui.common import messages
from facilitator.ui.mail.pre_read_dialog import PreReadDialog
from facilitator.ui.main_window import MainWindow
from facilitator.vocabulary import MailKind

aiosmtpd = pytest.importorskip("aiosmtpd")
from aiosmtpd.controller import Controller  # noqa: E402
from local_smtp import MailRecorder, running_smtp  # noqa: E402

INVITEES = ["dana@example.com", "max@example.com"]


@pytest.fixture
def built(db: Database) -> dict[str, int]:
    return planned_week(db)


@pytest.fixture
def smtp() -> Iterator[tuple[MailRecorder, Controller]]:
    handler = MailRecorder()
    with running_smtp(handler) as controller:
        save_settings(
            MailSettings(host="127.0.0.1", port=controller.port, security="none", sender="m@x.org")
        )
        yield handler, controller


@pytest.fixture
def open_dialog(show, db: Database, built, settings: QSettings) -> Callable[[], PreReadDialog]:
    return lambda: show(PreReadDialog(db, built["meeting"], settings=settings), active=True)


def _column(dialog: PreReadDialog, column: int) -> list[str]:
    table = dialog.recipients
    return [table.item(row, column).text() for row in range(table.rowCount())]


def _send(qtbot, dialog: PreReadDialog) -> None:
    with qtbot.waitSignal(dialog.sendingDone, timeout=30000):
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)


def test_it_shows_the_invitees_and_the_text_and_sends(qtbot, db, built, open_dialog, smtp):
    handler, _ = smtp
    dialog = open_dialog()
    assert _column(dialog, 0) == ["Dana Kim", "Max Ode"]
    assert _column(dialog, 1) == INVITEES
    assert dialog.subject_edit.text() == "Agenda: Weekly 1 — 2026-12-07"
    assert dialog.body_view.toPlainText() == pre_read_text(pre_read(db, built["meeting"]))
    assert dialog.send_button.isEnabled() and dialog.send_button.isDefault()

    _send(qtbot, dialog)
    assert [dialog.outcome_of(a) for a in INVITEES] == ["sent", "sent"]
    assert dialog.status_label.text() == "Sent to all 2 recipients."
    (delivered,) = handler.delivered
    assert sorted(delivered.rcpt_tos) == INVITEES
    message = email.message_from_bytes(delivered.content, policy=email.policy.default)
    kinds = sorted(part.get_content_type() for part in message.iter_attachments())
    assert kinds == ["application/pdf", "text/calendar"]
    (logged,) = sent_mails(db, meeting_id=built["meeting"], kind=MailKind.PRE_READ)
    assert sorted(logged.accepted) == INVITEES


def test_a_refused_invitee_is_shown_and_logged(qtbot, db, built, open_dialog, smtp):
    handler, _ = smtp
    handler.refuse = "max@example.com"
    dialog = open_dialog()
    _send(qtbot, dialog)
    assert dialog.outcome_of("dana@example.com") == "sent"
    assert dialog.outcome_of("max@example.com").startswith("refused: 550")
    assert "1 refused" in dialog.status_label.text()
    (logged,) = sent_mails(db, meeting_id=built["meeting"], kind=MailKind.PRE_READ)
    assert [r.address for r in logged.refused] == ["max@example.com"]


def test_sending_again_asks_first(qtbot, monkeypatch, db, built, open_dialog, smtp):
    handler, _ = smtp
    dialog = open_dialog()
    _send(qtbot, dialog)
    asked: list[str] = []

    def answer(yes: bool):
        def confirm(_parent, _title, text, **_options) -> bool:
            asked.append(text)
            return yes

        return confirm

    monkeypatch.setattr(messages, "confirm", answer(False))
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.status_label.text() == "Not sent again."
    assert len(handler.delivered) == 1
    assert asked[0].startswith("The agenda was sent on Monday 23 November 2026 to 2 people.")
    assert "update of the same meeting" in asked[0]

    monkeypatch.setattr(messages, "confirm", answer(True))
    _send(qtbot, dialog)
    assert len(handler.delivered) == 2
    assert len(sent_mails(db, meeting_id=built["meeting"], kind=MailKind.PRE_READ)) == 2


def _answer_save_as(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    offered: list[str] = []

    def get_save_file_name(_parent, _caption, default, _filter="", *args, **kwargs):
        offered.append(default)
        return str(target), _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    return offered


def test_save_pdf_and_draft_without_mail_settings(qtbot, monkeypatch, tmp_path, open_dialog):
    dialog = open_dialog()
    assert not dialog.send_button.isEnabled()
    assert "not set up" in dialog.mail_notice.text()

    offered = _answer_save_as(monkeypatch, tmp_path / "agenda")
    with qtbot.waitSignal(dialog.savingDone, timeout=30000):
        qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    assert offered[0].endswith("2026-12-07 Weekly 1 agenda.pdf")
    assert len(PdfReader(tmp_path / "agenda.pdf").pages) == 1
    assert dialog.status_label.text() == f"Saved to {tmp_path / 'agenda.pdf'}."

    _answer_save_as(monkeypatch, tmp_path / "draft.eml")
    with qtbot.waitSignal(dialog.savingDone, timeout=30000):
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    message = email.message_from_bytes(
        (tmp_path / "draft.eml").read_bytes(), policy=email.policy.default
    )
    assert message["X-Unsent"] == "1"
    assert len(list(message.iter_attachments())) == 2


def test_the_meeting_menu_offers_it_for_a_planned_meeting_only(qtbot, show, db, built, settings):
    window = show(MainWindow(db, settings=settings), active=True)
    action = window.menus.send_agenda_action
    meeting_menu = window.menuBar().actions()[2].menu()
    assert action in meeting_menu.actions()

    assert window.select_meeting(built["first"])
    meeting_menu.aboutToShow.emit()
    assert not action.isEnabled()
    assert window.windows.send_agenda(built["first"]) is None  # the way a stale shortcut would
    assert window.findChild(PreReadDialog) is None
    assert "select a planned one" in window.statusBar().currentMessage()

    assert window.select_meeting(built["meeting"])
    meeting_menu.aboutToShow.emit()
    assert action.isEnabled()
    action.trigger()
    dialog = window.findChild(PreReadDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Send agenda: Weekly 1"
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(PreReadDialog) is None)
    window.close()
