"""Minutes versions: every version of a meeting's minutes that was sent, each PDF to save again
exactly as it was attached, so an amendment never loses what the first readers received; and
what Send minutes says and asks about the version it is to send."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.mailing.minutes_sending import MinutesPlan
from facilitator.mailing.minutes_versions import (
    VersionNotFound,
    minutes_versions,
    write_version,
)
from facilitator.mailing.sent_log import already_sent
from facilitator.minutes.names import minutes_file_name
from facilitator.minutes.words import long_date
from facilitator.record.meetings import load_meeting
from facilitator.safety.safe_write import WriteFailed
from facilitator.storage.database import Database
from facilitator.ui.common import messages
from facilitator.ui.mail.minutes_export import EXPORT_FOLDER_KEY, export_folder
from facilitator.vocabulary import MailKind

COLUMNS = (
    QT_TRANSLATE_NOOP("MinutesVersionsDialog", "Version"),
    QT_TRANSLATE_NOOP("MinutesVersionsDialog", "Sent on"),
    QT_TRANSLATE_NOOP("MinutesVersionsDialog", "Reached"),
)


class MinutesVersionsDialog(QDialog):
    """The versions sent, first to last, with Save PDF… for the one selected."""

    def __init__(
        self,
        db: Database,
        meeting_id: int,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._meeting_id = meeting_id
        self._settings = settings if settings is not None else QSettings()
        meeting = load_meeting(db, meeting_id)
        self._title = meeting.title
        self._day = meeting.scheduled_at.astimezone().date()
        self.setWindowTitle(self.tr("Minutes versions: {title}").format(title=meeting.title))

        self.table = QTableWidget(
            0, len(COLUMNS), objectName="versionsTable", accessibleName=self.tr("Minutes versions")
        )
        self.table.setAccessibleDescription(
            self.tr("Each version of the minutes sent or exported, newest first")
        )
        self.table.setHorizontalHeaderLabels([self.tr(column) for column in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.save_pdf)
        self.status_label = QLabel(objectName="statusLabel", textFormat=Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)

        self.save_button = QPushButton(self.tr("&Save PDF…"), objectName="savePdfButton")
        self.save_button.setToolTip(
            self.tr("Write the selected version's PDF exactly as it was sent")
        )
        self.save_button.clicked.connect(self.save_pdf)
        close_button = QPushButton(self.tr("Close"), objectName="closeButton")
        close_button.setToolTip(self.tr("Close this list of versions"))
        close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close_button)

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Each version of these minutes that reached someone, as it was sent:")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self._numbers: list[int] = []
        self._fill()
        self.resize(480, 320)

    def _fill(self) -> None:
        versions = minutes_versions(self._db, self._meeting_id)
        self._numbers = [version.number for version in versions]
        self.table.setRowCount(len(versions))
        for row, version in enumerate(versions):
            number = str(version.number)
            if version.number > 1:
                number = self.tr("{number} (amended)").format(number=version.number)
            made = version.made_at.astimezone()
            count = version.recipients
            if count == 1:
                people = self.tr("1 recipient")
            else:
                people = self.tr("{count} recipients").format(count=count)
            cells = (number, made.strftime("%Y-%m-%d %H:%M"), people)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if versions:
            self.table.selectRow(len(versions) - 1)
        else:
            self.status_label.setText(self.tr("These minutes have not been sent yet."))
        self.save_button.setEnabled(bool(versions))

    def selected_version(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self._numbers[rows[0].row()] if rows else None

    def save_pdf(self) -> Path | None:
        """Ask where, then write the selected version's stored PDF (all at once)."""
        number = self.selected_version()
        if number is None:
            return None
        name = minutes_file_name(self._title, self._day, suffix=f" v{number}.pdf")
        default = Path(export_folder(self._settings)) / name
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save minutes version {number}").format(number=number),
            str(default),
            self.tr("PDF files (*.pdf)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if not path.suffix:
            path = path.with_name(f"{path.name}.pdf")
        try:
            write_version(self._db, self._meeting_id, number, path)
        except (WriteFailed, VersionNotFound) as error:
            messages.warn(
                self, self.tr("Minutes not written"), self.tr("Nothing was saved.") + f"\n\n{error}"
            )
            return None
        self._settings.setValue(EXPORT_FOLDER_KEY, str(path.parent))
        self.status_label.setText(
            self.tr("Version {number} saved to {path}").format(number=number, path=path)
        )
        return path


def version_text(plan: MinutesPlan) -> str:
    """Which version a sending carries, for the send dialog's Version line."""
    version = plan.version
    if not plan.new_version:
        return QCoreApplication.translate(
            "MinutesVersionsDialog", "{number}, sent before; nothing in the minutes changed since"
        ).format(number=version.number)
    if version.amended:
        if len(version.changes) == 1:
            return QCoreApplication.translate(
                "MinutesVersionsDialog", "{number} (amended: 1 change)"
            ).format(number=version.number)
        return QCoreApplication.translate(
            "MinutesVersionsDialog", "{number} (amended: {count} changes)"
        ).format(number=version.number, count=len(version.changes))
    return QCoreApplication.translate("MinutesVersionsDialog", "1 (the first sending)")


def may_send_again(parent: QWidget, db: Database, plan: MinutesPlan) -> bool:
    """Minutes that reached people and were not amended since: ask before sending them again
    (No by default: a mail sent can't be called back)."""
    earlier = already_sent(db, plan.snapshot.meeting_id, MailKind.MINUTES)
    if plan.new_version or earlier is None:
        return True
    count = len(earlier.accepted)
    when = long_date(earlier.sent_at.astimezone().date())
    if count == 1:
        question = QCoreApplication.translate(
            "MinutesVersionsDialog",
            "The minutes were sent on {when} to 1 person, and nothing in them changed since. "
            "Send them again?",
        )
    else:
        question = QCoreApplication.translate(
            "MinutesVersionsDialog",
            "The minutes were sent on {when} to {count} people, and nothing in them changed "
            "since. Send them again?",
        )
    return messages.confirm(
        parent,
        QCoreApplication.translate("MinutesVersionsDialog", "Send the minutes again"),
        question.format(when=when, count=count),
        default_yes=False,
    )


def open_versions_dialog(
    parent: QWidget, db: Database, meeting_id: int, settings: QSettings
) -> MinutesVersionsDialog:
    """Open Minutes versions over parent (window-modal), deleted when closed."""
    dialog = MinutesVersionsDialog(db, meeting_id, parent, settings=settings)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
