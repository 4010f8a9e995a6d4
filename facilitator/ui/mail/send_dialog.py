"""Send minutes: who gets them, what the message says, then each recipient's outcome.

Sending runs on a worker thread; the dialog stays open until the server has answered, because a
message handed over can't be called back. The outcome shown is what the server said for each
address, so no one reads as sent who was not; it is kept in the sent log, with the version of
the minutes it carried, once the answer is back on this thread (mailing/minutes_versions.py).
"""

from __future__ import annotations

import ssl
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.formats.mail import (
    MailError,
    MailSettings,
    Recipient,
    SendReport,
    attachment_name,
    eml_file_name,
    load_settings,
    minutes_recipients,
    write_eml,
)
from facilitator.mailing.minutes_sending import (
    MinutesMail,
    MinutesPlan,
    plan_minutes,
    prepare_minutes_mail,
    record_minutes_sending,
    send_minutes_mail,
)
from facilitator.record.meetings import MeetingNotFound
from facilitator.storage.database import Database
from facilitator.ui.common.background import BackgroundCall
from facilitator.ui.mail.follow_up_line import FollowUpLine
from facilitator.ui.mail.mail_settings_dialog import MailSettingsDialog
from facilitator.ui.mail.minutes_export import export_folder
from facilitator.ui.mail.minutes_versions_dialog import (
    may_send_again,
    open_versions_dialog,
    version_text,
)
from facilitator.ui.mail.recipient_outcomes import (
    SKIPPED,
    WAITING,
    failure_reason,
    mark_sending,
    mark_waiting,
    nothing_sent,
    outcome_summary,
    plain_label,
    sending_from,
    sending_through,
    show_report,
    shown,
    unreadable_settings,
)

GEOMETRY_KEY = "send_dialog/geometry"
EML_FOLDER_KEY = "send_dialog/emlFolder"
COLUMNS = (
    QT_TRANSLATE_NOOP("SendDialog", "Name"),
    QT_TRANSLATE_NOOP("SendDialog", "Email"),
    QT_TRANSLATE_NOOP("SendDialog", "Attendance"),
    QT_TRANSLATE_NOOP("SendDialog", "Outcome"),
)
NAME, EMAIL, ATTENDANCE, OUTCOME = range(len(COLUMNS))


class SendDialog(QDialog):
    """Send a meeting's minutes to its attendees, or save the same message as an .eml file."""

    sendingDone = Signal()
    """The server has answered (or could not be reached), for the minutes and then the owners'
    follow-ups; the list and the follow-up line show each outcome."""
    emlDone = Signal()
    """Writing the .eml file has finished, well or not; the status line says which."""

    def __init__(
        self,
        db: Database,
        meeting_id: int,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
        mail_path: Path | None = None,
        tls: ssl.SSLContext | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._meeting_id = meeting_id
        self._settings = settings if settings is not None else QSettings()
        self._mail_path = mail_path
        self._tls = tls
        self._mail: MailSettings | None = None
        plan = plan_minutes(db, meeting_id)
        snapshot = plan.snapshot
        self._attachment = attachment_name(snapshot)
        self._eml_name = eml_file_name(snapshot)
        self.setWindowTitle(self.tr("Send minutes: {title}").format(title=snapshot.title))
        self._build(plan.subject, plan.body)
        self._show_plan(plan)
        self._fill_recipients(minutes_recipients(db, meeting_id))
        self._read_mail_settings()
        self.resize(680, 640)  # every recipient column and a line of the message at once
        geometry = self._settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)

    # --- layout ---------------------------------------------------------------------------

    def _build(self, subject: str, body: str) -> None:
        self.recipients = QTableWidget(
            0, len(COLUMNS), objectName="recipientsTable", accessibleName=self.tr("Recipients"),
            accessibleDescription=self.tr("Who receives the mail; untick to leave someone out"),
        )  # fmt: skip
        self.recipients.setHorizontalHeaderLabels([self.tr(column) for column in COLUMNS])
        self.recipients.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recipients.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recipients.verticalHeader().setVisible(False)
        header = self.recipients.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(OUTCOME, QHeaderView.ResizeMode.Stretch)
        self.subject_edit = QLineEdit(
            subject, objectName="subjectEdit", readOnly=True,
            toolTip=self.tr("The subject the mail is sent with"),
        )  # fmt: skip
        self.body_view = QPlainTextEdit(
            body, objectName="bodyView", accessibleName=self.tr("Message"), readOnly=True,
            accessibleDescription=self.tr("The mail as it will be sent"),
        )  # fmt: skip
        self.attachment_label = plain_label("attachmentLabel")
        self.attachment_label.setText(
            self.tr("{file} (the full minutes)").format(file=self._attachment)
        )
        self.version_label = plain_label("versionLabel")

        form = QFormLayout()
        form.addRow(self.tr("Subject:"), self.subject_edit)
        form.addRow(self.tr("Attached:"), self.attachment_label)
        form.addRow(self.tr("Version:"), self.version_label)

        self.mail_notice = plain_label("mailNotice")
        self.status_label = plain_label("statusLabel")
        self.follow_up_line = FollowUpLine(self._db, self._meeting_id)
        self.busy_bar = QProgressBar(objectName="busyBar")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setVisible(False)

        self.send_button = QPushButton(
            self.tr("&Send"), objectName="sendButton", clicked=self.send,
            toolTip=self.tr("Email the minutes to everyone listed with an address (Ctrl+Return)"),
        )  # fmt: skip
        self.eml_button = QPushButton(
            self.tr("Save as .&eml…"), objectName="emlButton", clicked=self.save_eml,
            toolTip=self.tr("Write the same message for your own mail program (Ctrl+S)"),
        )  # fmt: skip
        self.settings_button = QPushButton(
            self.tr("&Mail settings…"), objectName="mailSettingsButton",
            clicked=self.open_mail_settings,
            toolTip=self.tr("The mail server the minutes go out through"),
        )  # fmt: skip
        self.versions_button = QPushButton(
            self.tr("&Versions…"), objectName="versionsButton", clicked=self.open_versions,
            toolTip=self.tr("The versions of these minutes sent, each PDF as it was"),
        )  # fmt: skip
        self.close_button = QPushButton(
            self.tr("Close"), objectName="closeButton", clicked=self.reject,
            toolTip=self.tr("Close this window; nothing more is sent"),
        )  # fmt: skip
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.send)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_eml)

        buttons = QHBoxLayout()
        buttons.addWidget(self.settings_button)
        buttons.addWidget(self.versions_button)
        buttons.addStretch(1)
        buttons.addWidget(self.eml_button)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Recipients (everyone on the meeting's list, and its moderator):"))
        )
        layout.addWidget(self.recipients, 2)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Message:")))
        layout.addWidget(self.body_view, 3)
        layout.addWidget(self.mail_notice)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.follow_up_line)
        layout.addLayout(buttons)

        self._sending = BackgroundCall(self)
        self._sending.succeeded.connect(self._on_sent)
        self._sending.failed.connect(self._on_send_failed)
        self._saving = BackgroundCall(self)
        self._saving.succeeded.connect(self._on_saved)
        self._saving.failed.connect(self._on_save_failed)
        self.follow_up_line.done.connect(self._update_buttons)
        self.follow_up_line.done.connect(self.sendingDone)

    def _show_plan(self, plan: MinutesPlan) -> None:
        """Which version a sending carries, and the message as it will read."""
        self.version_label.setText(version_text(plan))
        self.subject_edit.setText(plan.subject)
        self.body_view.setPlainText(plan.body)
        self._has_versions = plan.sent_before is not None or not plan.new_version
        self.versions_button.setEnabled(self._has_versions)

    def _fill_recipients(self, people: list[Recipient]) -> None:
        self.recipients.setRowCount(len(people))
        for row, person in enumerate(people):
            cells = (
                person.name,
                person.email or "—",
                person.attendance,
                shown(WAITING if person.email else SKIPPED),
            )
            for column, text in enumerate(cells):
                self.recipients.setItem(row, column, QTableWidgetItem(text))
        self._addresses: list[str | None] = [person.email for person in people]

    def outcome_of(self, address: str) -> str:
        """The Outcome column for an address (for the user and for tests)."""
        for row, email in enumerate(self._addresses):
            if email == address:
                item = self.recipients.item(row, OUTCOME)
                return item.text() if item is not None else ""
        raise KeyError(address)

    # --- settings -------------------------------------------------------------------------

    def _read_mail_settings(self) -> None:
        try:
            self._mail = load_settings(self._mail_path)
        except MailError as error:
            self._mail = None
            self.mail_notice.setText(unreadable_settings(error))
        else:
            if self._mail is None:
                self.mail_notice.setText(
                    self.tr(
                        "Mail is not set up yet: open Mail settings… to give the SMTP server. "
                        "Save as .eml works without it."
                    )
                )
            else:
                self.mail_notice.setText(sending_from(self._mail))
        if not any(self._addresses):
            self.mail_notice.setText(
                self.tr(
                    "No one on this meeting's list has an email address: add addresses in the "
                    "roster, or save the message as .eml."
                )
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self._sending.busy or self._saving.busy or self.follow_up_line.busy
        ready = self._mail is not None and any(self._addresses)
        self.send_button.setEnabled(ready and not busy)
        self.eml_button.setEnabled(not busy)
        self.settings_button.setEnabled(not busy)
        self.versions_button.setEnabled(self._has_versions and not busy)
        self.close_button.setEnabled(not busy)
        self.busy_bar.setVisible(busy)
        self.send_button.setDefault(ready)
        self.settings_button.setDefault(not ready)

    def open_mail_settings(self) -> MailSettingsDialog:
        """Open the mail settings (window-modal); the dialog rereads them when they are saved."""
        dialog = MailSettingsDialog(self, settings=self._settings, path=self._mail_path)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._read_mail_settings)
        dialog.open()
        return dialog

    # --- sending --------------------------------------------------------------------------

    def open_versions(self) -> QDialog:
        """The versions of these minutes sent, each PDF to save as it was (window-modal)."""
        return open_versions_dialog(self, self._db, self._meeting_id, self._settings)

    def send(self) -> None:
        """Send once on a worker thread; each recipient's outcome fills the list, and the
        sending goes into the sent log with the version of the minutes it carried."""
        if self._mail is None or not self.send_button.isEnabled():
            return
        plan = plan_minutes(self._db, self._meeting_id)
        self._show_plan(plan)
        if not may_send_again(self, self._db, plan):
            self.status_label.setText(self.tr("Not sent again."))
            return
        mail, db, meeting_id, tls = self._mail, self._db, self._meeting_id, self._tls
        mark_sending(self.recipients, OUTCOME, self._addresses)
        self.status_label.setText(sending_through(mail.host, mail.port))

        def prepare_and_send() -> tuple[MinutesMail, SendReport]:
            prepared = prepare_minutes_mail(db, meeting_id, mail.from_address)
            return prepared, send_minutes_mail(prepared, mail, tls=tls)

        self._sending.start(prepare_and_send)
        self._update_buttons()

    def _on_sent(self, outcome: object) -> None:
        assert isinstance(outcome, tuple)
        prepared, report = outcome
        assert isinstance(prepared, MinutesMail) and isinstance(report, SendReport)
        record_minutes_sending(self._db, prepared, report)
        show_report(self.recipients, OUTCOME, self._addresses, report)
        self.status_label.setText(outcome_summary(report))
        self._show_plan(plan_minutes(self._db, self._meeting_id))
        self._update_buttons()
        if report.accepted and self._mail is not None:  # each owner their items, then done
            self.follow_up_line.start(self._mail, self._tls)
        else:
            self.sendingDone.emit()

    def _on_send_failed(self, error: object) -> None:
        mark_waiting(self.recipients, OUTCOME, self._addresses)
        self.status_label.setText(nothing_sent(error))
        self._update_buttons()
        self.sendingDone.emit()

    # --- .eml -----------------------------------------------------------------------------

    def save_eml(self) -> None:
        """Ask where, then write the message (with the PDF) on a worker thread.

        Without mail settings the draft is from the meeting's moderator (see write_eml).
        """
        if self._sending.busy or self._saving.busy:
            return
        folder = self._settings.value(EML_FOLDER_KEY, "", type=str)
        if not folder or not Path(folder).is_absolute() or not Path(folder).is_dir():
            folder = export_folder(self._settings)
        default = Path(folder) / self._eml_name
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save minutes as .eml"), str(default), self.tr("Email messages (*.eml)")
        )
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_name(f"{path.name}.eml")
        db, meeting_id = self._db, self._meeting_id
        sender = self._mail.from_address if self._mail else ""
        self.status_label.setText(self.tr("Writing {file}…").format(file=path.name))
        self._saving.start(lambda: write_eml(db, meeting_id, path, sender))
        self._update_buttons()

    def _on_saved(self, path: object) -> None:
        assert isinstance(path, Path)
        self._settings.setValue(EML_FOLDER_KEY, str(path.parent))
        self.status_label.setText(
            self.tr("Message saved to {path}; open it in your mail program.").format(path=path)
        )
        self._update_buttons()
        self.emlDone.emit()

    def _on_save_failed(self, error: object) -> None:
        if isinstance(error, MeetingNotFound):
            reason = self.tr("that meeting no longer exists")
        else:
            reason = str(error) if isinstance(error, OSError) else failure_reason(error)
        self.status_label.setText(
            self.tr("The message was not saved: {reason}").format(reason=reason)
        )
        self._update_buttons()
        self.emlDone.emit()

    # --- closing --------------------------------------------------------------------------

    def reject(self) -> None:
        """Close, unless the server or the disk has not answered yet."""
        if self._sending.busy or self._saving.busy or self.follow_up_line.busy:
            if self._sending.busy or self.follow_up_line.busy:
                waiting = self.tr("Still waiting for the mail server; close again once it is done.")
            else:
                waiting = self.tr(
                    "Still waiting for the file to be written; close again once it is done."
                )
            self.status_label.setText(waiting)
            return
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        super().reject()
