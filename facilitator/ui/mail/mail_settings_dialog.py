"""Mail settings: the SMTP server the minutes go out through, and its password in the keyring.

The settings file never holds the password; the password field stores into the system keyring on
OK, is never filled back in, and the dialog only says whether one is stored.
"""

from __future__ import annotations

import ssl
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.formats.mail import (
    DEFAULT_PORTS,
    DEFAULT_REMINDER_DAYS,
    MAX_REMINDER_DAYS,
    MailError,
    MailSettings,
    check_connection,
    forget_password,
    keyring_password,
    load_settings,
    save_settings,
    store_password,
)
from facilitator.safety.safe_write import WriteFailed
from facilitator.storage.database import Database
from facilitator.ui.common.background import BackgroundCall
from facilitator.ui.common.palette_colours import ERROR, tint

GEOMETRY_KEY = "mail_settings_dialog/geometry"
SECURITY_LABELS = {
    "starttls": "STARTTLS",
    "ssl": "SSL/TLS",
    "none": QT_TRANSLATE_NOOP("MailSettingsDialog", "None (unencrypted)"),
}


def _plain_label(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text, objectName=name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def settings_problem(host: str, user: str, sender: str, password: str) -> str:
    """Why these fields can't be saved, in one sentence; empty when they can."""
    if not host:
        return QCoreApplication.translate(
            "MailSettingsDialog", "Give the SMTP server's host name, such as smtp.example.com."
        )
    if any(char.isspace() for char in host):
        return QCoreApplication.translate(
            "MailSettingsDialog", "The host name can't contain spaces."
        )
    if sender and (sender.count("@") != 1 or any(char.isspace() for char in sender)):
        return QCoreApplication.translate(
            "MailSettingsDialog", "The sender address should look like name@example.com."
        )
    if not sender and "@" not in user:
        return QCoreApplication.translate(
            "MailSettingsDialog", "Give a sender address (the From of the minutes)."
        )
    if password and not user:
        return QCoreApplication.translate(
            "MailSettingsDialog", "A password needs a user name to be stored under."
        )
    return ""


class MailSettingsDialog(QDialog):
    """Edit the SMTP settings; OK saves them and stores a newly typed password in the keyring."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
        path: Path | None = None,
        tls: ssl.SSLContext | None = None,
        db: Database | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mail settings"))
        self._settings = settings if settings is not None else QSettings()
        self._path = path
        self._tls = tls
        self._db = db
        self._build()
        self._load()
        self.resize(480, self.sizeHint().height())  # room for the placeholders to be read
        geometry = self._settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)

    # --- the form -------------------------------------------------------------------------

    def _build(self) -> None:
        self.host_edit = QLineEdit(
            objectName="hostEdit",
            toolTip=self.tr("The name of the mail (SMTP) server the minutes go out through"),
        )
        self.host_edit.setPlaceholderText("smtp.example.com")
        self.security_combo = QComboBox(
            objectName="securityCombo",
            toolTip=self.tr("How the connection to the mail server is encrypted"),
        )
        for value, label in SECURITY_LABELS.items():
            self.security_combo.addItem(self.tr(label), value)
        self.port_spin = QSpinBox(
            objectName="portSpin", toolTip=self.tr("The port the mail server listens on")
        )
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PORTS["starttls"])
        self.user_edit = QLineEdit(
            objectName="userEdit", toolTip=self.tr("The login the mail server knows you by")
        )
        self.sender_edit = QLineEdit(
            objectName="senderEdit",
            toolTip=self.tr("The address the mails come from, as their readers see it"),
        )
        self.sender_edit.setPlaceholderText(self.tr("moderator@example.com (the user when empty)"))
        self.password_edit = QLineEdit(
            objectName="passwordEdit",
            toolTip=self.tr(
                "The password for this user, kept in the system keyring, not in a file"
            ),
        )
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_state = _plain_label(name="passwordState")
        self.password_state.setWordWrap(False)  # a wrapped line here overlapped the field above
        self.forget_button = QPushButton(
            self.tr("&Forget password"), objectName="forgetPasswordButton"
        )
        self.forget_button.setToolTip(
            self.tr("Remove this user's SMTP password from the system keyring")
        )
        self.forget_button.clicked.connect(self._forget)
        self.reminder_spin = QSpinBox(objectName="reminderDaysSpin")
        self.reminder_spin.setRange(0, MAX_REMINDER_DAYS)
        self.reminder_spin.setValue(DEFAULT_REMINDER_DAYS)
        self.reminder_spin.setPrefix(self.tr("items due within "))
        self.reminder_spin.setSuffix(self.tr(" days"))
        self.reminder_spin.setToolTip(
            self.tr(
                "facilitator remind mails each owner their overdue action items and those due "
                "within this many days (0: overdue only)"
            )
        )

        form = QFormLayout()
        form.addRow(self.tr("&Host:"), self.host_edit)
        form.addRow(self.tr("&Security:"), self.security_combo)
        form.addRow(self.tr("P&ort:"), self.port_spin)
        form.addRow(self.tr("&User:"), self.user_edit)
        form.addRow(self.tr("S&ender:"), self.sender_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        password_row = QHBoxLayout()
        password_row.addWidget(self.password_state, 1)
        password_row.addWidget(self.forget_button)
        form.addRow("", password_row)
        reminder_row = QHBoxLayout()
        reminder_row.addWidget(self.reminder_spin, 1)
        self.sent_reminders_button = QPushButton(
            self.tr("Sent reminders…"),
            objectName="sentRemindersButton",
            toolTip=self.tr("Which reminders went out to which owners, and which were refused"),
        )
        self.sent_reminders_button.clicked.connect(self.show_sent_reminders)
        self.sent_reminders_button.setVisible(self._db is not None)
        reminder_row.addWidget(self.sent_reminders_button)
        form.addRow(self.tr("&Reminders:"), reminder_row)
        form.labelForField(reminder_row).setBuddy(self.reminder_spin)

        self.error_label = _plain_label(name="errorLabel")
        tint(self.error_label, ERROR)
        self.error_label.setVisible(False)

        self.check_button = QPushButton(self.tr("&Check connection"), objectName="checkButton")
        self.check_button.setToolTip(
            self.tr(
                "Connect, secure and log in with these settings, without sending anything (Ctrl+T)"
            )
        )
        self.check_button.clicked.connect(self.check)
        QShortcut(QKeySequence("Ctrl+T"), self, activated=self.check)
        self.busy_bar = QProgressBar(objectName="busyBar")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setVisible(False)
        self.check_result = _plain_label(name="checkResult")
        self.check_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addWidget(self.busy_bar, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setToolTip(
            self.tr("Save these settings, and a newly typed password in the keyring")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            self.tr("Close without saving anything")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(check_row)
        layout.addWidget(self.check_result)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self._call = BackgroundCall(self)
        self._call.succeeded.connect(self._on_checked)
        self._call.failed.connect(self._on_check_failed)
        self._last_security = "starttls"
        self.security_combo.currentIndexChanged.connect(self._on_security_changed)
        self.user_edit.textChanged.connect(self._show_password_state)
        for edit in (self.host_edit, self.user_edit, self.sender_edit, self.password_edit):
            edit.textEdited.connect(self._clear_error)

    def _load(self) -> None:
        try:
            saved = load_settings(self._path)
        except MailError as error:
            self._show_error(
                self.tr("The saved settings could not be read: {error}").format(error=error)
            )
            saved = None
        if saved is not None:
            self.host_edit.setText(saved.host)
            self.security_combo.setCurrentIndex(self.security_combo.findData(saved.security))
            self.port_spin.setValue(saved.port)
            self.user_edit.setText(saved.user)
            self.sender_edit.setText(saved.sender)
            self.reminder_spin.setValue(saved.reminder_days)
        self._last_security = self.security
        self._show_password_state()

    @property
    def security(self) -> str:
        return str(self.security_combo.currentData())

    def _on_security_changed(self) -> None:
        """The port follows the security while it is still the previous choice's default."""
        if self.port_spin.value() == DEFAULT_PORTS[self._last_security]:
            self.port_spin.setValue(DEFAULT_PORTS[self.security])
        self._last_security = self.security

    def _stored_password(self) -> str | None:
        user = self.user_edit.text().strip()
        if not user:
            return None
        try:
            return keyring_password(user)
        except MailError as error:
            self._show_error(str(error))
            return None

    def _show_password_state(self) -> None:
        stored = self._stored_password() is not None
        if stored:
            self.password_state.setText(self.tr("A password is stored in the system keyring."))
            self.password_edit.setPlaceholderText(self.tr("unchanged; type to replace it"))
        else:
            self.password_state.setText(self.tr("No password is stored for this user."))
            self.password_edit.setPlaceholderText(self.tr("stored in the system keyring on OK"))
        self.forget_button.setEnabled(stored)

    def show_sent_reminders(self) -> QDialog | None:
        """The log of the daily reminders (facilitator remind), which no meeting's log shows:
        each is about one owner's items from any meeting. Not modal."""
        if self._db is None:
            return None
        from facilitator.ui.mail.sent_log_view import SentLogDialog

        dialog = SentLogDialog(self._db, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _forget(self) -> None:
        try:
            forget_password(self.user_edit.text().strip())
        except MailError as error:
            self._show_error(str(error))
            return
        self._show_password_state()

    # --- checking and saving --------------------------------------------------------------

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _clear_error(self) -> None:
        self._show_error("")

    def mail_settings(self) -> MailSettings | None:
        """The settings as typed, or None after showing why they can't be used."""
        host = self.host_edit.text().strip()
        user = self.user_edit.text().strip()
        sender = self.sender_edit.text().strip()
        problem = settings_problem(host, user, sender, self.password_edit.text())
        if problem:
            self._show_error(problem)
            return None
        try:
            return MailSettings(
                host=host,
                port=self.port_spin.value(),
                security=self.security,
                user=user,
                sender=sender,
                reminder_days=self.reminder_spin.value(),
            )
        except MailError as error:
            self._show_error(str(error))
            return None

    def check(self) -> None:
        """Try the typed settings (and typed or stored password) on a worker thread."""
        settings = self.mail_settings()
        if settings is None or self._call.busy:
            return
        password = self.password_edit.text() or self._stored_password()
        if settings.user and not password:
            self._show_error(self.tr("Type the password for this user to check the login."))
            return
        tls = self._tls
        self._set_busy(True)
        self.check_result.setText(
            self.tr("Connecting to {host}:{port}…").format(host=settings.host, port=settings.port)
        )
        self._call.start(lambda: check_connection(settings, password, tls=tls))

    def _set_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.check_button.setEnabled(not busy)
        self.buttons.setEnabled(not busy)

    def _on_checked(self, answer: object) -> None:
        self._set_busy(False)
        self.check_result.setText(str(answer))

    def _on_check_failed(self, error: object) -> None:
        self._set_busy(False)
        reason = str(error) if isinstance(error, MailError) else f"{type(error).__name__}: {error}"
        self.check_result.setText(self.tr("The check failed: {reason}").format(reason=reason))

    def accept(self) -> None:
        """Save the settings and any typed password; on a refusal the dialog stays open."""
        if self._call.busy:
            return
        settings = self.mail_settings()
        if settings is None:
            return
        password = self.password_edit.text()
        try:
            if password:
                store_password(settings.user, password)
            save_settings(settings, self._path)
        except (MailError, WriteFailed, OSError) as error:
            self._show_error(self.tr("The settings were not saved: {error}").format(error=error))
            return
        self.password_edit.clear()
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        super().accept()

    def reject(self) -> None:
        """Cancel, unless a check is still talking to the server."""
        if self._call.busy:
            return
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        super().reject()
