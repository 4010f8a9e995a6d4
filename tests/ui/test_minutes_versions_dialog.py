"""Amended minutes in the app (#17 point 6): Send minutes asks before sending unchanged minutes
again, sends amended ones as the next version, the meeting says when its minutes were amended
since sent, and Minutes versions saves an earlier version's PDF as it was sent."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from facilitator.formats.mail import MailSettings, save_settings
from facilitator.mailing.minutes_sending import send_versioned_minutes
from facilitator.mailing.minutes_versions import minutes_versions, version_pdf
from facilitator.mailing.sent_log import sent_mails
from facilitator.record.notes import edit_note, notes_of
from facilitator.storage.database import Database
from facilitator.ui.common import messages
from facilitator.ui.mail.minutes_versions_dialog import MinutesVersionsDialog
from facilitator.ui.mail.send_dialog import SendDialog
from facilitator.ui.planning.meeting_editor import MeetingEditor

pytest.importorskip("aiosmtpd")
from aiosmtpd.controller import Controller  # noqa: E402
from local_smtp import MailRecorder, running_smtp  # noqa: E402

MEETING = 1
SENDER = "moderator@example.com"


@pytest.fixture
def smtp() -> Iterator[tuple[MailRecorder, Controller]]:
    handler = MailRecorder()
    with running_smtp(handler) as controller:
        save_settings(
            MailSettings(host="127.0.0.1", port=controller.port, security="none", sender=SENDER)
        )
        yield handler, controller


class Questions(list[str]):
    """Every question asked through messages.ask, answered with `reply`."""

    reply = QMessageBox.StandardButton.No

    def ask(self, _parent, _title, text, _buttons, _default) -> QMessageBox.StandardButton:
        self.append(text)
        return self.reply


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Questions:
    asked = Questions()
    monkeypatch.setattr(messages, "ask", asked.ask)
    return asked


@pytest.fixture
def open_send(show, settings: QSettings) -> Callable[[Database], SendDialog]:
    return lambda db: show(SendDialog(db, MEETING, settings=settings), active=True)


def _minutes_delivered(handler: MailRecorder) -> list[email.message.EmailMessage]:
    parsed = [
        email.message_from_bytes(d.content, policy=email.policy.default)
        for d in handler.delivered
    ]
    return [m for m in parsed if m["Subject"].startswith("Minutes")]


def _send(qtbot, dialog: SendDialog) -> None:
    with qtbot.waitSignal(dialog.sendingDone, timeout=30000):
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)


def test_sending_unchanged_minutes_again_asks_first(qtbot, demo, smtp, open_send, questions):
    handler, controller = smtp
    settings = MailSettings(host="127.0.0.1", port=controller.port, security="none", sender=SENDER)
    first = send_versioned_minutes(demo, MEETING, settings)
    dialog = open_send(demo)
    assert dialog.version_label.text().startswith("1, sent before")

    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    (question,) = questions
    people = len(first.report.accepted)
    assert question == (
        f"The minutes were sent on Monday 23 November 2026 to {people} people, and nothing "
        "in them changed since. Send them again?"
    )
    assert dialog.status_label.text() == "Not sent again."
    assert len(_minutes_delivered(handler)) == 1

    questions.reply = QMessageBox.StandardButton.Yes
    _send(qtbot, dialog)
    assert len(questions) == 2
    again = _minutes_delivered(handler)[1]
    (pdf,) = list(again.iter_attachments())
    assert pdf.get_content() == version_pdf(demo, MEETING, 1)
    assert [v.number for v in minutes_versions(demo, MEETING)] == [1]
    assert [m.minutes_version for m in sent_mails(demo, meeting_id=MEETING)][:2] == [1, 1]


def test_amended_minutes_go_out_as_version_2_without_asking(
    qtbot, demo, smtp, open_send, questions
):
    handler, controller = smtp
    settings = MailSettings(host="127.0.0.1", port=controller.port, security="none", sender=SENDER)
    send_versioned_minutes(demo, MEETING, settings)
    note = notes_of(demo, MEETING)[0]
    edit_note(demo, note.id, text="Corrected: the MQL threshold is 65 points ✅")

    dialog = open_send(demo)
    assert dialog.subject_edit.text().startswith("Minutes (amended) \N{EM DASH} ")
    assert dialog.version_label.text() == "2 (amended: 1 change)"
    assert "Corrected: the MQL threshold is 65 points ✅" in dialog.body_view.toPlainText()
    _send(qtbot, dialog)

    assert questions == []
    assert dialog.status_label.text().startswith("Sent to all ")
    amended = _minutes_delivered(handler)[1]
    assert amended["Subject"].startswith("Minutes (amended)")
    assert [v.number for v in minutes_versions(demo, MEETING)] == [1, 2]
    assert dialog.version_label.text().startswith("2, sent before")


def test_the_meeting_says_its_minutes_were_amended_since_sent(qtbot, demo, smtp):
    _handler, controller = smtp
    settings = MailSettings(host="127.0.0.1", port=controller.port, security="none", sender=SENDER)
    editor = MeetingEditor(demo)
    qtbot.addWidget(editor)
    editor.set_meeting(MEETING)
    assert editor.header.minutes_label.isHidden()

    send_versioned_minutes(demo, MEETING, settings)
    editor.set_meeting(MEETING)
    assert editor.header.minutes_label.text().startswith("Minutes sent: version 1 went out")

    note = notes_of(demo, MEETING)[0]
    edit_note(demo, note.id, text="A correction after the meeting")
    editor.revert()
    label = editor.header.minutes_label
    assert not label.isHidden()
    assert label.text().startswith("Minutes amended since sent: version 1")
    assert "A correction after the meeting" in label.toolTip()


def test_the_versions_dialog_saves_an_earlier_version_as_it_was_sent(
    qtbot, demo, smtp, open_send, monkeypatch, tmp_path: Path
):
    _handler, controller = smtp
    settings = MailSettings(host="127.0.0.1", port=controller.port, security="none", sender=SENDER)
    send_versioned_minutes(demo, MEETING, settings)
    edit_note(demo, notes_of(demo, MEETING)[0].id, text="Second thoughts")
    send_versioned_minutes(demo, MEETING, settings)
    offered: list[str] = []

    def choose(_parent, _caption, default, _filter):
        offered.append(Path(default).name)
        return str(tmp_path / "first"), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    send = open_send(demo)
    qtbot.mouseClick(send.versions_button, Qt.MouseButton.LeftButton)
    dialog = send.findChild(MinutesVersionsDialog)
    assert dialog is not None and dialog.isVisible()
    table = dialog.table
    assert table.rowCount() == 2
    assert table.item(0, 0).text() == "1" and table.item(1, 0).text() == "2 (amended)"
    assert dialog.selected_version() == 2

    table.selectRow(0)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert offered and offered[0].endswith(" minutes v1.pdf")
    written = tmp_path / "first.pdf"
    assert written.read_bytes() == version_pdf(demo, MEETING, 1)
    assert dialog.status_label.text() == f"Version 1 saved to {written}"
