"""Export a meeting's minutes as PDF: one flow shared by the main window and the console."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from facilitator.minutes import write_minutes
from facilitator.minutes.names import minutes_file_name
from facilitator.paths import documents_folder
from facilitator.record.meetings import MeetingNotFound, load_meeting
from facilitator.safety.safe_write import WriteFailed
from facilitator.snapshot_cache.minutes_cache import MinutesCache
from facilitator.storage.database import Database
from facilitator.ui.common import messages

EXPORT_FOLDER_KEY = "export/folder"


def export_folder(settings: QSettings) -> str:
    """The folder of the last export while it still exists, else the user's documents folder."""
    folder = settings.value(EXPORT_FOLDER_KEY, "", type=str)
    if folder and Path(folder).is_absolute() and Path(folder).is_dir():
        return folder
    return str(documents_folder())


def _write(db: Database, meeting_id: int, path: Path) -> None:
    """Write the minutes; a local file's snapshot is kept too, so `facilitator minutes` of the
    same unchanged meeting later renders it without reading the database."""
    if db.path is None:
        write_minutes(db, meeting_id, path)
        return
    cache = MinutesCache(db.path, meeting_id)
    write_minutes(db, meeting_id, path, today=cache.today, keep=cache.keep)


def export_minutes(
    parent: QWidget, db: Database, meeting_id: int, settings: QSettings
) -> Path | None:
    """Ask where to save a meeting's minutes and write the PDF; None when nothing was written."""
    not_written = QCoreApplication.translate("MinutesExport", "Minutes not written")
    gone = QCoreApplication.translate("MinutesExport", "That meeting no longer exists.")
    try:
        meeting = load_meeting(db, meeting_id)
    except MeetingNotFound:
        messages.warn(parent, not_written, gone)
        return None
    default = Path(export_folder(settings)) / minutes_file_name(
        meeting.title, meeting.scheduled_at.astimezone().date()
    )
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("MinutesExport", "Export minutes"),
        str(default),
        QCoreApplication.translate("MinutesExport", "PDF files (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if not path.suffix:
        path = path.with_name(f"{path.name}.pdf")
    try:
        _write(db, meeting_id, path)
    except WriteFailed as error:
        messages.warn(
            parent,
            not_written,
            QCoreApplication.translate(
                "MinutesExport", "The minutes could not be written, so nothing was saved."
            )
            + f"\n\n{error}",
        )
        return None
    except MeetingNotFound:
        messages.warn(parent, not_written, gone)
        return None
    settings.setValue(EXPORT_FOLDER_KEY, str(path.parent))
    return path
