"""File ▸ Open team database…: where the team's PostgreSQL database is, tried before anything
is kept.

The dialog connects on a worker thread (libpq waits up to five seconds for a server that does
not answer) and says in itself, in one line, why a connection failed, keeping what was typed.
Only a connection that worked stores its password (in the system keyring, never the settings
file) and remembers the fields for next time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
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

from facilitator.ui.common.background import BackgroundCall
from facilitator.ui.common.palette_colours import ERROR, tint

if TYPE_CHECKING:
    from facilitator.storage.database import Database

SETTINGS_GROUP = "teamDatabase"
FIELDS = ("host", "port", "database", "user", "sslmode", "sslrootcert")
GEOMETRY_KEY = f"{SETTINGS_GROUP}/geometry"
DEFAULT_PORT = 5432
SSL_MODES = {
    "prefer": QT_TRANSLATE_NOOP(
        "TeamDatabaseDialog", "prefer (encrypted when the server offers it)"
    ),
    "require": QT_TRANSLATE_NOOP("TeamDatabaseDialog", "require (always encrypted)"),
    "verify-ca": QT_TRANSLATE_NOOP(
        "TeamDatabaseDialog", "verify-ca (encrypted, certificate checked)"
    ),
    "verify-full": QT_TRANSLATE_NOOP(
        "TeamDatabaseDialog", "verify-full (encrypted, certificate and host name checked)"
    ),
}
"""libpq's sslmode values (kept as they are in every language) and what each means."""
CHECKED_MODES = ("verify-ca", "verify-full")


def _plain_label(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text, objectName=name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _connect(address: str, password: str | None) -> Database:
    """Runs on the worker thread: the storage layer loads here, not when the menu opens."""
    from facilitator.storage.team_database import open_team_database

    return open_team_database(address, password=password)


def _holds_password(text: str) -> bool:
    try:
        return urlsplit(text.strip()).password is not None
    except ValueError:
        return False


class TeamDatabaseDialog(QDialog):
    """Host, port, database, user, password and SSL for a team database; Connect opens it.

    `opened` fires with the open Database; the dialog then closes. A refusal stays in the
    dialog (errorLabel) and changes nothing: no setting, no keyring entry.
    """

    opened = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, settings: QSettings) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open team database"))
        self._settings = settings
        self.database: Database | None = None
        self._build()
        self._load()
        self.resize(560, self.sizeHint().height())
        geometry = settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)

    def _build(self) -> None:
        self.host_edit = QLineEdit(objectName="hostEdit")
        self.host_edit.setPlaceholderText(self.tr("db.example.com (empty: this computer's socket)"))
        self.host_edit.setToolTip(
            self.tr(
                "The name or address of the PostgreSQL server; a postgresql://user@host/dbname "
                "address pasted here fills in every field"
            )
        )
        self.port_spin = QSpinBox(
            objectName="portSpin", toolTip=self.tr("The port the database server listens on")
        )
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.database_edit = QLineEdit(objectName="databaseEdit")
        self.database_edit.setPlaceholderText("facilitator")
        self.database_edit.setToolTip(self.tr("The name of the team's database on the server"))
        self.user_edit = QLineEdit(objectName="userEdit")
        self.user_edit.setPlaceholderText(self.tr("your login on the server"))
        self.user_edit.setToolTip(self.tr("The user name you log in to the server with"))
        self.password_edit = QLineEdit(objectName="passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("optional: kept in the system keyring"))
        self.password_edit.setToolTip(
            self.tr(
                "Stored in the system keyring once the connection works. Leave it empty to "
                "use the one already stored, or ~/.pgpass."
            )
        )
        self.ssl_combo = QComboBox(
            objectName="sslCombo",
            toolTip=self.tr("Whether the connection to the server is encrypted"),
        )
        for mode, label in SSL_MODES.items():
            self.ssl_combo.addItem(self.tr(label), mode)
        self.ca_edit = QLineEdit(objectName="caEdit")
        self.ca_edit.setPlaceholderText(
            self.tr("the CA certificate that signed the server's (.pem, .crt)")
        )
        self.ca_edit.setToolTip(
            self.tr("The certificate file the server's is checked against (verify-ca, verify-full)")
        )
        self.ca_button = QPushButton(self.tr("Choos&e…"), objectName="caButton")
        self.ca_button.setToolTip(self.tr("Pick the certificate file that vouches for the server"))
        self.ca_button.clicked.connect(self._choose_ca_file)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(self.ca_button)

        form = QFormLayout()
        form.addRow(self.tr("&Host:"), self.host_edit)
        form.addRow(self.tr("P&ort:"), self.port_spin)
        form.addRow(self.tr("&Database:"), self.database_edit)
        form.addRow(self.tr("&User:"), self.user_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow(self.tr("&SSL mode:"), self.ssl_combo)
        ca_label = QLabel(self.tr("C&A file:"))
        ca_label.setBuddy(self.ca_edit)  # a row of two widgets gets no buddy by itself
        form.addRow(ca_label, ca_row)

        self.error_label = _plain_label(name="errorLabel")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        tint(self.error_label, ERROR)
        self.error_label.setVisible(False)
        self.busy_bar = QProgressBar(objectName="busyBar")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setVisible(False)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            self.tr("Close without connecting; nothing is kept")
        )
        self.connect_button = self.buttons.addButton(
            self.tr("&Connect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.connect_button.setObjectName("connectButton")
        self.connect_button.setToolTip(self.tr("Try these settings against the server"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        explanation = self.tr(
            "A team database is one Facilitator history on a PostgreSQL server, shared by the "
            "organisation's moderators. An empty database is made ready on first connection."
        )
        layout.addWidget(_plain_label(explanation, "explanation"))
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy_bar)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.connect_button.setDefault(True)  # Enter connects: the dialog holds it by now
        order = (
            self.host_edit,
            self.port_spin,
            self.database_edit,
            self.user_edit,
            self.password_edit,
            self.ssl_combo,
            self.ca_edit,
            self.ca_button,
            self.connect_button,
        )
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self._call = BackgroundCall(self)
        self._call.succeeded.connect(self._on_opened)
        self._call.failed.connect(self._on_refused)
        self.ssl_combo.currentIndexChanged.connect(self._enable_ca_file)
        for edit in (self.host_edit, self.database_edit, self.user_edit, self.ca_edit):
            edit.textEdited.connect(self._clear_error)
        self.host_edit.editingFinished.connect(self._take_address)
        self.ssl_combo.activated.connect(lambda _index: self._options.pop("sslmode", None))
        self._options: dict[str, str] = {}
        """libpq options of a pasted address that have no field (connect_timeout, service…)."""

    def _load(self) -> None:
        """The fields of the last connection that worked."""
        value = self._settings.value
        self.host_edit.setText(str(value(f"{SETTINGS_GROUP}/host", "")))
        self.port_spin.setValue(int(value(f"{SETTINGS_GROUP}/port", DEFAULT_PORT)))
        self.database_edit.setText(str(value(f"{SETTINGS_GROUP}/database", "")))
        self.user_edit.setText(str(value(f"{SETTINGS_GROUP}/user", "")))
        mode = self.ssl_combo.findData(value(f"{SETTINGS_GROUP}/sslmode", "prefer"))
        self.ssl_combo.setCurrentIndex(max(mode, 0))
        self.ca_edit.setText(str(value(f"{SETTINGS_GROUP}/sslrootcert", "")))
        self._enable_ca_file()
        first_empty = next(
            (edit for edit in (self.host_edit, self.database_edit) if not edit.text()), None
        )
        (first_empty or self.password_edit).setFocus()

    @property
    def ssl_mode(self) -> str:
        return str(self.ssl_combo.currentData())

    def fields(self) -> dict[str, str | int]:
        """What is typed, as the settings keep it (never the password)."""
        checked = self.ssl_mode in CHECKED_MODES
        return {
            "host": self.host_edit.text().strip(),
            "port": self.port_spin.value(),
            "database": self.database_edit.text().strip(),
            "user": self.user_edit.text().strip(),
            "sslmode": self.ssl_mode,
            "sslrootcert": self.ca_edit.text().strip() if checked else "",
        }

    def address(self) -> str:
        """The typed address as --db takes it: postgresql://user@host:port/database?sslmode=…"""
        from facilitator.storage.server import compose_address

        fields = {name: str(value) for name, value in self.fields().items()}
        mode = fields["sslmode"]
        return compose_address(
            fields["host"],
            self.port_spin.value(),
            fields["database"],
            fields["user"],
            {
                "sslmode": mode if mode != "prefer" else "",
                "sslrootcert": fields["sslrootcert"],
                **self._options,
            },
        )

    def _take_address(self) -> None:
        """An address as --db takes it, pasted into Host, spread over the fields: the same
        address opens here as on the command line, its refusal said in the dialog."""
        from facilitator.paths import is_server_address
        from facilitator.storage.server import AddressRefused, ServerAddress

        text = self.host_edit.text()
        if not is_server_address(text):
            return
        try:
            url = ServerAddress.parse(text).url
        except AddressRefused as refused:
            self._show_error(str(refused))
            if _holds_password(text):  # refused, and not left on a screen others may see
                self.host_edit.clear()
            return
        options = {name: str(value) for name, value in url.query.items()}
        self.host_edit.setText(url.host or "")
        self.port_spin.setValue(url.port or DEFAULT_PORT)
        self.database_edit.setText(url.database or "")
        self.user_edit.setText(url.username or "")
        mode = self.ssl_combo.findData(options.get("sslmode", "prefer"))
        if mode >= 0:  # disable and allow have no entry: they stay an option of the address
            options.pop("sslmode", None)
            self.ssl_combo.setCurrentIndex(mode)
        self.ca_edit.setText(options.pop("sslrootcert", ""))
        self._options = options

    def _enable_ca_file(self) -> None:
        checked = self.ssl_mode in CHECKED_MODES
        self.ca_edit.setEnabled(checked)
        self.ca_button.setEnabled(checked)

    def _choose_ca_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The CA certificate"),
            self.ca_edit.text(),
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        if chosen:
            self.ca_edit.setText(chosen)
            self._clear_error()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _clear_error(self) -> None:
        self._show_error("")

    def _set_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.buttons.setEnabled(not busy)
        for field in (self.host_edit, self.port_spin, self.database_edit, self.user_edit):
            field.setEnabled(not busy)
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            QApplication.restoreOverrideCursor()

    def accept(self) -> None:
        """Connect (Enter or Connect); the dialog closes only once the database is open."""
        if self._call.busy:
            return
        from facilitator.paths import is_server_address

        self._take_address()
        if is_server_address(self.host_edit.text()):  # refused: its reason is on show
            self.host_edit.setFocus()
            return
        if not self.database_edit.text().strip() and "service" not in self._options:
            self._show_error(self.tr("Name the database on the server, such as facilitator."))
            self.database_edit.setFocus()
            return
        address = self.address()
        password = self.password_edit.text() or None
        self._clear_error()
        self._set_busy(True)
        self._call.start(lambda: _connect(address, password))

    def _on_refused(self, error: object) -> None:
        from facilitator.storage.database import DatabaseRefused

        self._set_busy(False)
        if isinstance(error, DatabaseRefused):
            self._show_error(str(error))
        else:  # the server took the login but not what followed (an extension it lacks)
            said = " ".join(str(getattr(error, "orig", error)).split())
            self._show_error(
                self.tr("{address}: the server refused the database ({error}).").format(
                    address=self.address(), error=said
                )
            )
        self.host_edit.setFocus()

    def _on_opened(self, database: object) -> None:
        from facilitator.storage.database import Database
        from facilitator.storage.server import store_password

        self._set_busy(False)
        assert isinstance(database, Database) and database.address is not None
        password = self.password_edit.text()
        if password:
            try:
                store_password(database.address, password)
            except Exception as error:  # no keyring backend, or it refused: nothing kept
                database.close()
                self._show_error(
                    self.tr(
                        "Connected, but the system keyring did not take the password ({error}). "
                        "Put it in ~/.pgpass and leave the password empty."
                    ).format(error=error)
                )
                return
        for name, value in self.fields().items():
            self._settings.setValue(f"{SETTINGS_GROUP}/{name}", value)
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._settings.sync()
        self.password_edit.clear()
        self.database = database
        super().accept()
        self.opened.emit(database)

    def reject(self) -> None:
        """Cancel (Esc), unless a connection is still being tried."""
        if self._call.busy:
            return
        super().reject()
