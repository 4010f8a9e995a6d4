"""What leaves the app from one meeting: its agenda as a template for next time, and the next
meeting as a calendar file."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from facilitator.rules.agenda import AgendaPlan, PlanRefused
from facilitator.safety.safe_write import WriteFailed
from facilitator.storage.database import Database
from facilitator.ui.common import messages

_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def calendar_file_name(ics: bytes) -> str:
    """'<title> <date>.ics' for the event a calendar file holds, safe on every file system."""
    from icalendar import Calendar  # loaded on first use: it adds a tenth of a second to start

    summary, day = "Meeting", None
    for event in Calendar.from_ical(ics).walk("VEVENT"):
        summary = str(event.get("summary", summary))
        start = event.decoded("dtstart")
        day = start.astimezone().date() if isinstance(start, datetime) else start
        break
    name = _UNSAFE_IN_FILE_NAMES.sub("-", summary).strip(" .-") or "Meeting"
    if isinstance(day, date):
        name = f"{name} {day:%Y-%m-%d}"
    return f"{name}.ics"


def save_agenda_as_template(
    parent: QWidget, db: Database, plan: AgendaPlan, suggested: str
) -> tuple[int, str] | None:
    """Ask for a name and keep the plan as a template: its id and name, None if not saved."""
    from facilitator.record.user_templates import TemplateRefused, save_plan_as_template

    name, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("MeetingEditor", "Save agenda as template"),
        QCoreApplication.translate(
            "MeetingEditor",
            "Name of the new template (presenters' names are left out, their teams kept):",
        ),
        QLineEdit.EchoMode.Normal,
        suggested,
    )
    if not ok:
        return None
    try:
        template_id = save_plan_as_template(db, name, plan)
    except (TemplateRefused, PlanRefused) as error:
        messages.warn(
            parent, QCoreApplication.translate("MeetingEditor", "Template not saved"), str(error)
        )
        return None
    return template_id, name.strip()


def wants_save_first(parent: QWidget) -> bool:
    """Whether the moderator saves the edits first: the calendar file is made from the saved
    meeting."""
    answer = messages.ask(
        parent,
        QCoreApplication.translate("MeetingEditor", "Save the changes first?"),
        QCoreApplication.translate(
            "MeetingEditor",
            "The calendar file is made from the saved meeting. Save your changes first?",
        ),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    return answer == QMessageBox.StandardButton.Save


def write_calendar_file(parent: QWidget, db: Database, meeting_id: int) -> Path | None:
    """Write the saved meeting's next occurrence where the moderator chooses; None if not."""
    from facilitator.formats.calendar_file import NoNextMeeting, next_meeting_ics, write_ics

    try:
        data = next_meeting_ics(db, meeting_id)
    except NoNextMeeting as error:
        messages.inform(
            parent, QCoreApplication.translate("MeetingEditor", "No next meeting"), str(error)
        )
        return None
    folder = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    ) or str(Path.home())
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("MeetingEditor", "Add to calendar"),
        str(Path(folder) / calendar_file_name(data)),
        QCoreApplication.translate("MeetingEditor", "Calendar files (*.ics)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if not path.suffix:
        path = path.with_name(f"{path.name}.ics")
    try:
        write_ics(path, data)
    except WriteFailed as error:
        messages.warn(
            parent,
            QCoreApplication.translate("MeetingEditor", "Calendar file not written"),
            QCoreApplication.translate(
                "MeetingEditor",
                "The calendar file could not be written, so nothing was saved.\n\n{error}",
            ).format(error=error),
        )
        return None
    return path
