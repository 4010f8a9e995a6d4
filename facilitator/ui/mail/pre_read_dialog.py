"""Send agenda: a planned meeting's pre-read to its invitees, with the PDF and an invitation.

It shows who gets it and the text as it will read; Save PDF… and Save draft… write the same
content for printing or for the user's own mail program. Sending runs on a worker thread, as
Send minutes does (ui/mail/send_dialog.py, whose parts it shares); the outcome per invitee is
shown and kept in the sent log once the answer is back on this thread. A second sending asks
first: the invitees' calendars get an update of the same event, not a second one.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, Signal
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

from facilitator.formats.mail import MailError, MailSettings, SendReport, load_settings
from facilitator.mailing.pre_read import pre_read, pre_read_subject, pre_read_text
from facilitator.mailing.pre_read_mail import (
    PreReadMail,
    eml_file_name,
    pdf_file_name,
    write_pre_read_eml,
    write_pre_read_pdf,
)
from facilitator.mailing.sent_log import already_sent
from facilitator.minutes.words import long_date
from facilitator.storage.database import Database
from facilitator.ui.common import messages
from facilitator.ui.common.background import BackgroundCall
from facilitator.ui.mail.mail_settings_dialog import MailSettingsDialog
from facilitator.ui.mail.minutes_export import export_folder
from facilitator.ui.mail.recipient_outcomes import (
    SKIPPED,
    WAITING,
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
from facilitator.vocabulary import MailKind

FOLDER_KEY = "pre_read_dialog/folder"
COLUMNS = (
    QT_TRANSLATE_NOOP("PreReadDialog", "Name"),
    QT_TRANSLATE_NOOP("PreReadDialog", "Email"),
    QT_TRANSLATE_NOOP("PreReadDialog", "Outcome"),
)
NAME, EMAIL, OUTCOME = range(len(COLUMNS))


class PreReadDialog(QDialog):
    """Send a planned meeting's agenda and pre-read, or save it as a PDF or a draft."""

    sendingDone = Signal()
    """The server has answered (or could not be reached); the list shows each outcome."""
    savingDone = Signal()
    """A PDF or draft has been written, or failed to be; the status line says which."""

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
        pre = pre_read(db, meeting_id)
        self._pdf_name, self._eml_name = pdf_file_name(pre), eml_file_name(pre)
        self.setWindowTitle(self.tr("Send agenda: {title}").format(title=pre.title))
        self._build(pre_read_subject(pre), pre_read_text(pre))
        self._addresses = [invitee.email for invitee in pre.invitees]
        self.recipients.setRowCount(len(pre.invitees))
        for row, invitee in enumerate(pre.invitees):
            outcome = shown(WAITING if invitee.email else SKIPPED)
            cells = (invitee.name, invitee.email or "—", outcome)
            for column, text in enumerate(cells):
                self.recipients.setItem(row, column, QTableWidgetItem(text))
        self._read_mail_settings()
        self.resize(680, 640)

    def _build(self, subject: str, body: str) -> None:
        self.recipients = QTableWidget(
            0, len(COLUMNS), objectName="recipientsTable", accessibleName=self.tr("Recipients")
        )
        self.recipients.setAccessibleDescription(
            self.tr("Who receives the mail; untick to leave someone out")
        )
        self.recipients.setHorizontalHeaderLabels([self.tr(column) for column in COLUMNS])
        self.recipients.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recipients.verticalHeader().setVisible(False)
        header = self.recipients.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(OUTCOME, QHeaderView.ResizeMode.Stretch)
        self.subject_edit = QLineEdit(subject, objectName="subjectEdit")
        self.subject_edit.setReadOnly(True)
        self.subject_edit.setToolTip(self.tr("The subject the mail is sent with"))
        attached = plain_label("attachmentLabel")
        attached.setText(
            self.tr("{file} (one page) and invite.ics (calendar invitation)").format(
                file=self._pdf_name
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("Subject:"), self.subject_edit)
        form.addRow(self.tr("Attached:"), attached)
        self.body_view = QPlainTextEdit(
            body, objectName="bodyView", accessibleName=self.tr("Message")
        )
        self.body_view.setAccessibleDescription(self.tr("The mail as it will be sent"))
        self.body_view.setReadOnly(True)
        self.mail_notice = plain_label("mailNotice")
        self.status_label = plain_label("statusLabel")
        self.busy_bar = QProgressBar(objectName="busyBar")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setVisible(False)

        self.settings_button = QPushButton(
            self.tr("&Mail settings…"), objectName="mailSettingsButton"
        )
        self.settings_button.setToolTip(self.tr("The mail server the agenda goes out through"))
        self.settings_button.clicked.connect(self.open_mail_settings)
        self.pdf_button = QPushButton(self.tr("Save &PDF…"), objectName="pdfButton")
        self.pdf_button.setToolTip(self.tr("The same agenda on one page, for those who print"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.eml_button = QPushButton(self.tr("Save &draft…"), objectName="emlButton")
        self.eml_button.setToolTip(
            self.tr("The same mail as an .eml for your own mail program (Ctrl+S)")
        )
        self.eml_button.clicked.connect(self.save_draft)
        self.send_button = QPushButton(self.tr("&Send"), objectName="sendButton")
        self.send_button.setToolTip(
            self.tr("Email the agenda to every invitee with an address (Ctrl+Return)")
        )
        self.send_button.clicked.connect(self.send)
        self.close_button = QPushButton(self.tr("Close"), objectName="closeButton")
        self.close_button.setToolTip(self.tr("Close this window; nothing more is sent"))
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.send)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_draft)

        buttons = QHBoxLayout()
        buttons.addWidget(self.settings_button)
        buttons.addStretch(1)
        for button in (self.pdf_button, self.eml_button, self.send_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Invitees (everyone on the meeting's list):")))
        layout.addWidget(self.recipients, 2)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Message:")))
        layout.addWidget(self.body_view, 3)
        layout.addWidget(self.mail_notice)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)

        self._sending = BackgroundCall(self)
        self._sending.succeeded.connect(self._on_sent)
        self._sending.failed.connect(self._on_send_failed)
        self._saving = BackgroundCall(self)
        self._saving.succeeded.connect(self._on_saved)
        self._saving.failed.connect(self._on_save_failed)

    def outcome_of(self, address: str) -> str:
        """The Outcome column for an address (for the user and for tests)."""
        row = self._addresses.index(address)
        item = self.recipients.item(row, OUTCOME)
        return item.text() if item is not None else ""

    # --- settings ---------------------------------------------------------------------------

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
                        "Save draft… works without it."
                    )
                )
            else:
                self.mail_notice.setText(sending_from(self._mail))
        if not any(self._addresses):
            self.mail_notice.setText(
                self.tr(
                    "No one invited has an email address: add addresses in the roster, or save "
                    "the PDF or a draft."
                )
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self._sending.busy or self._saving.busy
        ready = self._mail is not None and any(self._addresses)
        self.send_button.setEnabled(ready and not busy)
        for button in (self.pdf_button, self.eml_button, self.settings_button, self.close_button):
            button.setEnabled(not busy)
        self.busy_bar.setVisible(busy)
        self.send_button.setDefault(ready)
        self.settings_button.setDefault(not ready)

    def open_mail_settings(self) -> MailSettingsDialog:
        """Open the mail settings (window-modal); they are reread when saved."""
        dialog = MailSettingsDialog(self, settings=self._settings, path=self._mail_path)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._read_mail_settings)
        dialog.open()
        return dialog

    # --- sending ----------------------------------------------------------------------------

    def _may_send_again(self) -> bool:
        earlier = already_sent(self._db, self._meeting_id, MailKind.PRE_READ)
        if earlier is None:
            return True
        count = len(earlier.accepted)
        when = long_date(earlier.sent_at.astimezone().date())
        if count == 1:
            question = self.tr(
                "The agenda was sent on {when} to 1 person. Send it again? Their calendars get "
                "an update of the same meeting, not a second one."
            )
        else:
            question = self.tr(
                "The agenda was sent on {when} to {count} people. Send it again? Their "
                "calendars get an update of the same meeting, not a second one."
            )
        return messages.confirm(
            self,
            self.tr("Send the agenda again"),
            question.format(when=when, count=count),
            default_yes=False,
        )

    def send(self) -> None:
        """Build and send on a worker thread; the outcome is logged back on this one."""
        if self._mail is None or not self.send_button.isEnabled():
            return
        if not self._may_send_again():
            self.status_label.setText(self.tr("Not sent again."))
            return
        mail, db, meeting_id, tls = self._mail, self._db, self._meeting_id, self._tls
        mark_sending(self.recipients, OUTCOME, self._addresses)
        self.status_label.setText(sending_through(mail.host, mail.port))

        def build_and_send() -> tuple[PreReadMail, SendReport]:
            prepared = PreReadMail(db, meeting_id, mail)
            return prepared, prepared.send(tls=tls)

        self._sending.start(build_and_send)
        self._update_buttons()

    def _on_sent(self, outcome: object) -> None:
        assert isinstance(outcome, tuple)
        prepared, report = outcome
        assert isinstance(prepared, PreReadMail) and isinstance(report, SendReport)
        prepared.record(self._db, report)
        show_report(self.recipients, OUTCOME, self._addresses, report)
        self.status_label.setText(outcome_summary(report))
        self._update_buttons()
        self.sendingDone.emit()

    def _on_send_failed(self, error: object) -> None:
        mark_waiting(self.recipients, OUTCOME, self._addresses)
        self.status_label.setText(nothing_sent(error))
        self._update_buttons()
        self.sendingDone.emit()

    # --- saving -----------------------------------------------------------------------------

    def _ask_path(self, title: str, name: str, kind: str, suffix: str) -> Path | None:
        folder = self._settings.value(FOLDER_KEY, "", type=str)
        if not folder or not Path(folder).is_absolute() or not Path(folder).is_dir():
            folder = export_folder(self._settings)
        chosen, _filter = QFileDialog.getSaveFileName(
            self, title, str(Path(folder) / name), f"{kind} (*{suffix})"
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix else path.with_name(f"{path.name}{suffix}")

    def _save(self, path: Path, write: Callable[[], Path]) -> None:
        self.status_label.setText(self.tr("Writing {file}…").format(file=path.name))
        self._saving.start(write)
        self._update_buttons()

    def save_pdf(self) -> None:
        """Ask where, then write the one-page PDF on a worker thread."""
        if self._sending.busy or self._saving.busy:
            return
        path = self._ask_path(
            self.tr("Save agenda as PDF"), self._pdf_name, self.tr("PDF documents"), ".pdf"
        )
        if path is not None:
            db, meeting_id = self._db, self._meeting_id
            self._save(path, lambda: write_pre_read_pdf(db, meeting_id, path))

    def save_draft(self) -> None:
        """Ask where, then write the mail as a draft .eml on a worker thread."""
        if self._sending.busy or self._saving.busy:
            return
        path = self._ask_path(
            self.tr("Save agenda as .eml"), self._eml_name, self.tr("Email messages"), ".eml"
        )
        if path is not None:
            db, meeting_id = self._db, self._meeting_id
            sender = self._mail.from_address if self._mail else ""
            self._save(path, lambda: write_pre_read_eml(db, meeting_id, path, sender))

    def _on_saved(self, path: object) -> None:
        assert isinstance(path, Path)
        self._settings.setValue(FOLDER_KEY, str(path.parent))
        self.status_label.setText(self.tr("Saved to {path}.").format(path=path))
        self._update_buttons()
        self.savingDone.emit()

    def _on_save_failed(self, error: object) -> None:
        reason = str(error) if isinstance(error, OSError | MailError | ValueError) else repr(error)
        self.status_label.setText(self.tr("Nothing was saved: {reason}").format(reason=reason))
        self._update_buttons()
        self.savingDone.emit()

    def reject(self) -> None:
        """Close, unless the server or the disk has not answered yet."""
        if self._sending.busy or self._saving.busy:
            self.status_label.setText(
                self.tr("Still waiting for an answer; close again once it is done.")
            )
            return
        super().reject()
