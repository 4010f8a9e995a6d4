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

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
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
from facilitator.ui.common.palette_colours import ERROR, SUCCESS
from facilitator.ui.common.tooltips import plain_tooltip
from facilitator.ui.mail.mail_settings_dialog import MailSettingsDialog
from facilitator.ui.mail.minutes_export import export_folder
from facilitator.ui.mail.send_dialog import (
    SKIPPED,
    WAITING,
    _plain_label,
    outcome_summary,
)
from facilitator.vocabulary import MailKind

FOLDER_KEY = "pre_read_dialog/folder"
COLUMNS = ("Name", "Email", "Outcome")
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
        self.setWindowTitle(f"Send agenda: {pre.title}")
        self._build(pre_read_subject(pre), pre_read_text(pre))
        self._addresses = [invitee.email for invitee in pre.invitees]
        self.recipients.setRowCount(len(pre.invitees))
        for row, invitee in enumerate(pre.invitees):
            cells = (invitee.name, invitee.email or "—", WAITING if invitee.email else SKIPPED)
            for column, text in enumerate(cells):
                self.recipients.setItem(row, column, QTableWidgetItem(text))
        self._read_mail_settings()
        self.resize(680, 640)

    def _build(self, subject: str, body: str) -> None:
        self.recipients = QTableWidget(
            0, len(COLUMNS), objectName="recipientsTable", accessibleName="Recipients"
        )
        self.recipients.setAccessibleDescription(
            "Who receives the mail; untick to leave someone out"
        )
        self.recipients.setHorizontalHeaderLabels(COLUMNS)
        self.recipients.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recipients.verticalHeader().setVisible(False)
        header = self.recipients.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(OUTCOME, QHeaderView.ResizeMode.Stretch)
        self.subject_edit = QLineEdit(subject, objectName="subjectEdit")
        self.subject_edit.setReadOnly(True)
        attached = _plain_label("attachmentLabel")
        attached.setText(f"{self._pdf_name} (one page) and invite.ics (calendar invitation)")
        form = QFormLayout()
        form.addRow("Subject:", self.subject_edit)
        form.addRow("Attached:", attached)
        self.body_view = QPlainTextEdit(body, objectName="bodyView", accessibleName="Message")
        self.body_view.setAccessibleDescription("The mail as it will be sent")
        self.body_view.setReadOnly(True)
        self.mail_notice = _plain_label("mailNotice")
        self.status_label = _plain_label("statusLabel")
        self.busy_bar = QProgressBar(objectName="busyBar")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setVisible(False)

        self.settings_button = QPushButton("&Mail settings…", objectName="mailSettingsButton")
        self.settings_button.clicked.connect(self.open_mail_settings)
        self.pdf_button = QPushButton("Save &PDF…", objectName="pdfButton")
        self.pdf_button.setToolTip("The same agenda on one page, for those who print")
        self.pdf_button.clicked.connect(self.save_pdf)
        self.eml_button = QPushButton("Save &draft…", objectName="emlButton")
        self.eml_button.setToolTip("The same mail as an .eml for your own mail program (Ctrl+S)")
        self.eml_button.clicked.connect(self.save_draft)
        self.send_button = QPushButton("&Send", objectName="sendButton")
        self.send_button.setToolTip("Email the agenda to every invitee with an address")
        self.send_button.clicked.connect(self.send)
        self.close_button = QPushButton("Close", objectName="closeButton")
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.send)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_draft)

        buttons = QHBoxLayout()
        buttons.addWidget(self.settings_button)
        buttons.addStretch(1)
        for button in (self.pdf_button, self.eml_button, self.send_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Invitees (everyone on the meeting's list):"))
        layout.addWidget(self.recipients, 2)
        layout.addLayout(form)
        layout.addWidget(QLabel("Message:"))
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
            self.mail_notice.setText(f"The mail settings can't be read: {error}")
        else:
            if self._mail is None:
                self.mail_notice.setText(
                    "Mail is not set up yet: open Mail settings… to give the SMTP server. "
                    "Save draft… works without it."
                )
            else:
                self.mail_notice.setText(
                    f"Sending from {self._mail.from_address} through "
                    f"{self._mail.host}:{self._mail.port}."
                )
        if not any(self._addresses):
            self.mail_notice.setText(
                "No one invited has an email address: add addresses in the roster, or save "
                "the PDF or a draft."
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
        people = "1 person" if count == 1 else f"{count} people"
        when = long_date(earlier.sent_at.astimezone().date())
        return messages.confirm(
            self,
            "Send the agenda again",
            f"The agenda was sent on {when} to {people}. Send it again? Their calendars get "
            "an update of the same meeting, not a second one.",
            default_yes=False,
        )

    def send(self) -> None:
        """Build and send on a worker thread; the outcome is logged back on this one."""
        if self._mail is None or not self.send_button.isEnabled():
            return
        if not self._may_send_again():
            self.status_label.setText("Not sent again.")
            return
        mail, db, meeting_id, tls = self._mail, self._db, self._meeting_id, self._tls
        for row, address in enumerate(self._addresses):
            if address:
                self._set_outcome(row, "sending…", None)
        self.status_label.setText(f"Sending through {mail.host}:{mail.port}…")

        def build_and_send() -> tuple[PreReadMail, SendReport]:
            prepared = PreReadMail(db, meeting_id, mail)
            return prepared, prepared.send(tls=tls)

        self._sending.start(build_and_send)
        self._update_buttons()

    def _set_outcome(self, row: int, text: str, colour: QColor | None) -> None:
        item = QTableWidgetItem(text)
        item.setToolTip(plain_tooltip(text))
        if colour is not None:
            item.setForeground(colour)
        self.recipients.setItem(row, OUTCOME, item)

    def _on_sent(self, outcome: object) -> None:
        assert isinstance(outcome, tuple)
        prepared, report = outcome
        assert isinstance(prepared, PreReadMail) and isinstance(report, SendReport)
        prepared.record(self._db, report)
        results = {result.address: result for result in report.results}
        for row, address in enumerate(self._addresses):
            result = results.get(address) if address else None
            if result is None:
                if address:
                    self._set_outcome(row, WAITING, None)
            elif result.accepted:
                self._set_outcome(row, "sent", SUCCESS.colour())
            else:
                self._set_outcome(row, f"refused: {result.reason}", ERROR.colour())
        self.status_label.setText(outcome_summary(report))
        self._update_buttons()
        self.sendingDone.emit()

    def _on_send_failed(self, error: object) -> None:
        for row, address in enumerate(self._addresses):
            if address:
                self._set_outcome(row, WAITING, None)
        reason = str(error) if isinstance(error, MailError) else f"{type(error).__name__}: {error}"
        self.status_label.setText(f"Nothing was sent: {reason}")
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
        self.status_label.setText(f"Writing {path.name}…")
        self._saving.start(write)
        self._update_buttons()

    def save_pdf(self) -> None:
        """Ask where, then write the one-page PDF on a worker thread."""
        if self._sending.busy or self._saving.busy:
            return
        path = self._ask_path("Save agenda as PDF", self._pdf_name, "PDF documents", ".pdf")
        if path is not None:
            db, meeting_id = self._db, self._meeting_id
            self._save(path, lambda: write_pre_read_pdf(db, meeting_id, path))

    def save_draft(self) -> None:
        """Ask where, then write the mail as a draft .eml on a worker thread."""
        if self._sending.busy or self._saving.busy:
            return
        path = self._ask_path("Save agenda as .eml", self._eml_name, "Email messages", ".eml")
        if path is not None:
            db, meeting_id = self._db, self._meeting_id
            sender = self._mail.from_address if self._mail else ""
            self._save(path, lambda: write_pre_read_eml(db, meeting_id, path, sender))

    def _on_saved(self, path: object) -> None:
        assert isinstance(path, Path)
        self._settings.setValue(FOLDER_KEY, str(path.parent))
        self.status_label.setText(f"Saved to {path}.")
        self._update_buttons()
        self.savingDone.emit()

    def _on_save_failed(self, error: object) -> None:
        reason = str(error) if isinstance(error, OSError | MailError | ValueError) else repr(error)
        self.status_label.setText(f"Nothing was saved: {reason}")
        self._update_buttons()
        self.savingDone.emit()

    def reject(self) -> None:
        """Close, unless the server or the disk has not answered yet."""
        if self._sending.busy or self._saving.busy:
            self.status_label.setText("Still waiting for an answer; close again once it is done.")
            return
        super().reject()
