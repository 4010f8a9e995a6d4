"""Export a meeting's minutes as PDF: one flow shared by the main window and the console."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from facilitator.meetings import MeetingNotFound, load_meeting
from facilitator.minutes import write_minutes
from facilitator.safe_write import WriteFailed
from facilitator.storage.database import Database

EXPORT_FOLDER_KEY = "export/folder"
_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def minutes_file_name(title: str, day: object) -> str:
    """'<title> <YYYY-MM-DD> minutes.pdf', safe on every file system."""
    name = _UNSAFE_IN_FILE_NAMES.sub("-", title).strip(" .-") or "Meeting"
    return f"{name} {day:%Y-%m-%d} minutes.pdf"


def export_folder(settings: QSettings) -> str:
    """The folder of the last export, else the user's Documents folder."""
    folder = settings.value(EXPORT_FOLDER_KEY, "", type=str)
    if folder and Path(folder).is_dir():
        return folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents or str(Path.home())


def export_minutes(
    parent: QWidget, db: Database, meeting_id: int, settings: QSettings
) -> Path | None:
    """Ask where to save a meeting's minutes and write the PDF; None when nothing was written."""
    try:
        meeting = load_meeting(db, meeting_id)
    except MeetingNotFound:
        QMessageBox.warning(parent, "Minutes not written", "That meeting no longer exists.")
        return None
    default = Path(export_folder(settings)) / minutes_file_name(
        meeting.title, meeting.scheduled_at.astimezone()
    )
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, "Export minutes", str(default), "PDF files (*.pdf)"
    )
    if not chosen:
        return None
    path = Path(chosen)
    if not path.suffix:
        path = path.with_name(f"{path.name}.pdf")
    try:
        write_minutes(db, meeting_id, path)
    except WriteFailed as error:
        QMessageBox.warning(
            parent,
            "Minutes not written",
            f"The minutes could not be written, so nothing was saved.\n\n{error}",
        )
        return None
    except MeetingNotFound:
        QMessageBox.warning(parent, "Minutes not written", "That meeting no longer exists.")
        return None
    settings.setValue(EXPORT_FOLDER_KEY, str(path.parent))
    return path
