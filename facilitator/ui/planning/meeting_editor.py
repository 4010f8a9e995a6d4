"""One meeting to prepare: its details, agenda and attendance, and what leaves the app from it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, QItemSelectionModel, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.record.meetings import (
    MAX_TITLE_LENGTH,
    MeetingLocked,
    MeetingNotFound,
    MeetingView,
    load_meeting,
    replace_agenda,
    update_meeting,
)
from facilitator.record.people import PersonView, list_people, moderator_warning
from facilitator.record.user_templates import TemplateRefused, save_plan_as_template
from facilitator.rules.agenda import AgendaPlan, PlanRefused
from facilitator.rules.schedule import list_series, next_meeting_date
from facilitator.safety.safe_write import WriteFailed
from facilitator.storage.database import Database
from facilitator.ui.common import messages
from facilitator.ui.planning.agenda_editor import AgendaEditor
from facilitator.ui.planning.attendance_panel import AttendancePanel
from facilitator.ui.planning.meeting_detail import OVER_COLOUR, AsRunView, format_when
from facilitator.vocabulary import MeetingStatus, Team

NO_MODERATOR = -1
"""The moderator box's value for "nobody chosen yet" (a combo box can't hold None)."""

LOCKED_TEXT = {
    MeetingStatus.ENDED: "This meeting has ended: its plan is history and can't be changed.",
    MeetingStatus.CANCELLED: "This meeting was cancelled: its plan stays as it was.",
    MeetingStatus.RUNNING: "This meeting is running: its plan is no longer edited here.",
}
_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def title_problem(title: str) -> str | None:
    """Why a title cannot be saved, in one line for the moderator; None when it can."""
    stripped = title.strip()
    if not stripped:
        return "A meeting needs a title."
    if len(stripped) > MAX_TITLE_LENGTH:
        return (
            f"The title is {len(stripped)} characters long; keep it to {MAX_TITLE_LENGTH} or fewer."
        )
    return None


def long_date(moment: datetime) -> str:
    """A day and time as a moderator says it: 'Tuesday 19 March 2024, 16:30' (local time)."""
    local = moment.astimezone()
    return f"{local:%A} {local.day} {local:%B %Y}, {local:%H:%M}"


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


def _to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def _from_qdatetime(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch()).astimezone()


@dataclass(frozen=True)
class _Details:
    """The form's values, compared with the saved ones to know whether anything changed."""

    title: str
    when: int
    moderator_id: int


class MeetingEditor(QWidget):
    """Where the moderator prepares one meeting: details, agenda and who is invited.

    Nothing is written until Save; a save the core refuses keeps every edit on screen. A meeting
    that has started or ended opens read-only, since its plan is now the record of the run.
    """

    dirtyChanged = Signal(bool)
    saved = Signal(int)
    """The meeting was written to the database (its id), so lists showing it can refresh."""

    def __init__(
        self, db: Database, meeting_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._view: MeetingView | None = None
        self._people: list[PersonView] = []
        self._saved_details: _Details | None = None
        self._saved_plan: AgendaPlan | None = None
        self._dirty = False
        self._loading = False
        self._note = ""
        self._init_actions()
        self._init_widgets()
        self._connect_signals()
        if meeting_id is not None:
            self.set_meeting(meeting_id)
        else:
            self._update_state()

    # Public interface

    @property
    def meeting_id(self) -> int | None:
        return self._view.id if self._view is not None else None

    @property
    def meeting(self) -> MeetingView | None:
        """The meeting as last read from or written to the database."""
        return self._view

    def is_read_only(self) -> bool:
        return self._view is not None and self._view.status != MeetingStatus.PLANNED

    def has_unsaved_changes(self) -> bool:
        if self._view is None or self._saved_details is None:
            return False
        return self._details() != self._saved_details or self.agenda.plan() != self._saved_plan

    def set_meeting(self, meeting_id: int) -> None:
        """Show a meeting as stored; unsaved edits of the one before are dropped (ask first)."""
        view = load_meeting(self._db, meeting_id)
        self._loading = True
        try:
            self._view = view
            self._people = list_people(self._db, include_inactive=True)
            self._show_heading(view)
            self.title_edit.setText(view.title)
            self.when_edit.setDateTime(_to_qdatetime(view.scheduled_at))
            self._fill_moderators(self._moderator_of(view))
            self.series_label.setText(self._series_text(view))
            self.agenda.set_plan(view.plan(), self._presenters(view.plan()))
            self.attendance.set_meeting(self._db, view.id)
            self.as_run.show_meeting(view)
            self.as_run.show_notes(self._db, view)
            self._show_lock(view)
            self._saved_details = self._details()
            self._saved_plan = self.agenda.plan()
        finally:
            self._loading = False
        self._note = ""
        self._update_state()

    def revert(self) -> None:
        """Back to the meeting as saved: every edit since the last save is dropped."""
        if self._view is not None:
            self.set_meeting(self._view.id)

    def show_item(self, item_id: int) -> bool:
        """Select one agenda item of the meeting on show, in the as-run table once the meeting
        has started, else in the agenda; a search result opens there. False: not on show."""
        if self._view is None:
            return False
        found = [item for item in self._view.items if item.id == item_id]
        if not found:
            return False
        row = self._view.items.index(found[0])
        if self.tabs.isTabVisible(self.as_run_tab):
            self.tabs.setCurrentIndex(self.as_run_tab)
            table = self.as_run.agenda_table
        else:
            self.tabs.setCurrentIndex(self.agenda_tab)
            table = self.agenda.view
            if self.has_unsaved_changes():
                titles = [item.title for item in self.agenda.plan().items]
                if found[0].title not in titles:
                    return False
                row = titles.index(found[0].title)
        current = table.currentIndex()
        index = table.model().index(row, current.column() if current.isValid() else 0)
        table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        table.scrollTo(index)
        table.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def refresh_people(self) -> None:
        """Take in roster changes without losing the edits or the undo history."""
        if self._view is None:
            return
        self._loading = True
        try:
            self._people = list_people(self._db, include_inactive=True)
            current = self.moderator_box.currentData()
            self._fill_moderators(current if isinstance(current, int) else NO_MODERATOR)
            self.agenda.model.set_people(self._presenters(self.agenda.plan()))
        finally:
            self._loading = False
        # The agenda rechecks its presenters when its model says the plan changed.
        self.agenda.model.planChanged.emit()
        self._update_state()

    def save(self) -> bool:
        """Write the details and the agenda; False, with the reason on screen, if refused."""
        view = self._view
        if view is None or self.is_read_only():
            return False
        if not self.has_unsaved_changes():
            return True
        details = self._details()
        problem = title_problem(details.title)
        if problem is not None:
            self._show_title_problem(problem)
            self.title_edit.setFocus()
            return False
        plan = self.agenda.plan()
        try:
            if plan != self._saved_plan:
                replace_agenda(self._db, view.id, plan)
                self._saved_plan = plan
            if details != self._saved_details:
                update_meeting(
                    self._db,
                    view.id,
                    title=details.title.strip(),
                    scheduled_at=self._scheduled_at(details),
                    moderator_id=None
                    if details.moderator_id == NO_MODERATOR
                    else details.moderator_id,
                )
        except PlanRefused as refused:
            self._show_refusal([problem.message for problem in refused.problems])
            return False
        except (MeetingLocked, MeetingNotFound, ValueError) as error:
            self._show_refusal([str(error)])
            return False
        self._saved_details = details
        self._view = load_meeting(self._db, view.id)
        self._show_heading(self._view)
        self.series_label.setText(self._series_text(self._view))
        self._note = "Saved."
        self._update_state()
        self.saved.emit(view.id)
        return True

    def save_as_template(self) -> int | None:
        """Keep the agenda on screen for next time under a name; returns the template's id."""
        if self._view is None:
            return None
        name, ok = QInputDialog.getText(
            self,
            "Save agenda as template",
            "Name of the new template (presenters' names are left out, their teams kept):",
            QLineEdit.EchoMode.Normal,
            self.title_edit.text().strip(),
        )
        if not ok:
            return None
        try:
            template_id = save_plan_as_template(self._db, name, self.agenda.plan())
        except (TemplateRefused, PlanRefused) as error:
            messages.warn(self, "Template not saved", str(error))
            return None
        self._note = f"Saved the agenda as the template “{name.strip()}”."
        self._update_state()
        return template_id

    def add_to_calendar(self) -> Path | None:
        """Write the next meeting as an .ics file the moderator's calendar can import."""
        from facilitator.formats.calendar_file import NoNextMeeting, next_meeting_ics, write_ics

        view = self._view
        if view is None:
            return None
        if self.has_unsaved_changes() and not self._save_before_calendar():
            return None
        try:
            data = next_meeting_ics(self._db, view.id)
        except NoNextMeeting as error:
            messages.inform(self, "No next meeting", str(error))
            return None
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            "Add to calendar",
            str(Path(folder) / calendar_file_name(data)),
            "Calendar files (*.ics)",
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
                self,
                "Calendar file not written",
                f"The calendar file could not be written, so nothing was saved.\n\n{error}",
            )
            return None
        self._note = f"Wrote {path.name}: open it to add the meeting to a calendar."
        self._update_state()
        return path

    # Building

    def _init_actions(self) -> None:
        self.save_action = QAction("&Save", self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setToolTip("Save the meeting's details and agenda (Ctrl+S)")
        self.save_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.revert_action = QAction("Re&vert", self)
        self.revert_action.setToolTip("Drop every change since the last save")
        self.save_template_action = QAction("Save agenda as &template…", self)
        self.save_template_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.save_template_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.calendar_action = QAction("Add to &calendar…", self)
        self.calendar_action.setToolTip("Write the next meeting as an .ics file for a calendar")
        for action in (
            self.save_action,
            self.revert_action,
            self.save_template_action,
            self.calendar_action,
        ):
            self.addAction(action)

    def _init_widgets(self) -> None:
        self.heading = QLabel(objectName="meetingTitle", textFormat=Qt.TextFormat.PlainText)
        heading_font = QFont(self.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.5)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subheading = QLabel(objectName="meetingWhen", textFormat=Qt.TextFormat.PlainText)

        self.locked_label = QLabel(objectName="lockedNote", textFormat=Qt.TextFormat.PlainText)
        self.locked_label.setWordWrap(True)
        self.locked_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.locked_label.setMargin(8)
        self.locked_label.hide()

        self.title_edit = QLineEdit(objectName="titleEdit")
        self.title_edit.setAccessibleName("Meeting title")
        self.title_problem_label = QLabel(
            objectName="titleProblem", textFormat=Qt.TextFormat.PlainText
        )
        self.title_problem_label.setStyleSheet(f"color: {OVER_COLOUR.name()};")
        self.title_problem_label.hide()
        self.when_edit = QDateTimeEdit(objectName="whenEdit")
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("ddd yyyy-MM-dd HH:mm")
        self.moderator_box = QComboBox(objectName="moderatorBox")
        self.moderator_box.setAccessibleName("Moderator")
        self.moderator_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.moderator_box.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.moderator_warning_label = QLabel(
            objectName="moderatorWarning", textFormat=Qt.TextFormat.PlainText
        )
        warning_font = QFont(self.font())
        warning_font.setBold(True)
        self.moderator_warning_label.setFont(warning_font)
        self.moderator_warning_label.setStyleSheet(f"color: {OVER_COLOUR.name()};")
        self.moderator_warning_label.setWordWrap(True)
        self.moderator_warning_label.hide()
        self.series_label = QLabel(objectName="seriesLabel", textFormat=Qt.TextFormat.PlainText)
        self.series_label.setWordWrap(True)

        self.details = QWidget(objectName="meetingDetails")
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        when_row = QHBoxLayout()
        when_row.addWidget(self.when_edit)
        when_row.addStretch(1)
        moderator_row = QHBoxLayout()
        moderator_row.addWidget(self.moderator_box)
        moderator_row.addWidget(self.moderator_warning_label, 10)
        moderator_row.addStretch(1)
        form.addRow(self._label("Title", self.title_edit), self.title_edit)
        form.addRow("", self.title_problem_label)
        form.addRow(self._label("&When", self.when_edit), when_row)
        form.addRow(self._label("Mode&rator", self.moderator_box), moderator_row)
        form.addRow("Series", self.series_label)

        self.agenda = AgendaEditor()
        self.attendance = AttendancePanel()
        self.as_run = AsRunView()
        self.tabs = QTabWidget(objectName="meetingTabs")
        self.tabs.setDocumentMode(True)
        self.agenda_tab = self.tabs.addTab(self.agenda, "Agen&da")
        self.attendance_tab = self.tabs.addTab(self.attendance, "Atte&ndance")
        self.as_run_tab = self.tabs.addTab(self.as_run, "A&s run")

        self.status_label = QLabel(objectName="saveStatus", textFormat=Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        self.template_button = self._button(self.save_template_action)
        self.calendar_button = self._button(self.calendar_action)
        buttons.addWidget(self.template_button)
        buttons.addWidget(self.calendar_button)
        buttons.addStretch(1)
        buttons.addWidget(self.status_label)
        buttons.addSpacing(8)
        self.revert_button = self._button(self.revert_action)
        self.save_button = self._button(self.save_action)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addWidget(self.locked_label)
        layout.addSpacing(4)
        layout.addWidget(self.details)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

    def _label(self, text: str, field: QWidget) -> QLabel:
        """A form label whose underlined letter (Alt+letter) moves to its field.

        Letters are scarce in the main window: the menu bar takes F, E, M, O, T and H, the
        attendance panel P, L, A, I, U and G, the agenda C; the title goes without one.
        """
        label = QLabel(text)
        label.setBuddy(field)
        return label

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def _connect_signals(self) -> None:
        self.save_action.triggered.connect(self.save)
        self.revert_action.triggered.connect(self.revert)
        self.save_template_action.triggered.connect(self.save_as_template)
        self.calendar_action.triggered.connect(self.add_to_calendar)
        self.title_edit.textChanged.connect(self._on_edited)
        self.when_edit.dateTimeChanged.connect(self._on_edited)
        self.moderator_box.currentIndexChanged.connect(self._on_edited)
        self.agenda.planChanged.connect(self._on_edited)

    # Showing a meeting

    def _show_heading(self, view: MeetingView) -> None:
        self.heading.setText(view.title)
        self.subheading.setText(
            f"{view.kind.label} · {view.status.label} · "
            f"{format_when(view.scheduled_at, view.cap_seconds)}"
        )

    def _show_lock(self, view: MeetingView) -> None:
        locked = view.status != MeetingStatus.PLANNED
        self.locked_label.setText(LOCKED_TEXT.get(view.status, ""))
        self.locked_label.setVisible(locked)
        self.details.setEnabled(not locked)
        self.agenda.setEnabled(not locked)
        ran = view.status in (MeetingStatus.RUNNING, MeetingStatus.ENDED)
        self.tabs.setTabVisible(self.as_run_tab, ran)
        self.tabs.setCurrentIndex(self.as_run_tab if ran else self.agenda_tab)

    def _moderator_of(self, view: MeetingView) -> int:
        return NO_MODERATOR if view.moderator_id is None else view.moderator_id

    def _fill_moderators(self, chosen: int) -> None:
        """Everyone active may moderate; a deactivated moderator stays listed for their meeting."""
        box = self.moderator_box
        box.blockSignals(True)
        box.clear()
        box.addItem("(no moderator yet)", NO_MODERATOR)
        for person in self._people:
            if person.active or person.id == chosen:
                box.addItem(f"{person.name} ({person.team.label})", person.id)
        box.setCurrentIndex(max(box.findData(chosen), 0))
        box.blockSignals(False)

    def _presenters(self, plan: AgendaPlan) -> list[tuple[int, str, Team]]:
        """Active people, and whoever the plan already names even if they have since left."""
        named = {item.presenter_id for item in plan.items if item.presenter_id is not None}
        return [
            (person.id, person.name, person.team)
            for person in self._people
            if person.active or person.id in named
        ]

    def _series_text(self, view: MeetingView) -> str:
        if view.series_id is None:
            return "Not part of a series"
        series = next((s for s in list_series(self._db) if s.id == view.series_id), None)
        if series is None:
            return "Not part of a series"
        count = series.meeting_count
        text = (
            f"{series.name} ({series.frequency.label.lower()}, {count} meeting{'s' * (count != 1)})"
        )
        following = next_meeting_date(self._db, series.id)
        if following is not None:
            text += f" · next date to plan: {long_date(following)}"
        return text

    # Reacting to edits

    def _details(self) -> _Details:
        moderator = self.moderator_box.currentData()
        return _Details(
            title=self.title_edit.text(),
            when=self.when_edit.dateTime().toSecsSinceEpoch(),
            moderator_id=moderator if isinstance(moderator, int) else NO_MODERATOR,
        )

    def _scheduled_at(self, details: _Details) -> datetime:
        """The stored instant when the date was left alone, so its seconds are kept."""
        if (
            self._view is not None
            and self._saved_details is not None
            and details.when == self._saved_details.when
        ):
            return self._view.scheduled_at
        return _from_qdatetime(self.when_edit.dateTime())

    def _on_edited(self) -> None:
        if self._loading:
            return
        self._note = ""
        self._update_state()

    def _update_state(self) -> None:
        view = self._view
        dirty = self.has_unsaved_changes()
        problem = title_problem(self.title_edit.text()) if view is not None else None
        self._show_title_problem(problem)
        self._show_moderator_warning()
        editable = view is not None and not self.is_read_only()
        self.save_action.setEnabled(
            editable and dirty and problem is None and self.agenda.can_save()
        )
        self.revert_action.setEnabled(editable and dirty)
        self.save_template_action.setEnabled(view is not None)
        self.calendar_action.setEnabled(
            view is not None
            and (view.status == MeetingStatus.PLANNED or view.series_id is not None)
        )
        self.status_label.setText(self._status_text(dirty))
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)

    def _status_text(self, dirty: bool) -> str:
        """The last thing done, else whether there is anything to save and if it can be."""
        if self._note:
            return self._note
        if not dirty:
            return ""
        if self.save_action.isEnabled():
            return "Unsaved changes"
        return "Unsaved changes: fix what is shown to save them"

    def _show_title_problem(self, problem: str | None) -> None:
        self.title_problem_label.setText(problem or "")
        self.title_problem_label.setVisible(problem is not None)

    def _show_moderator_warning(self) -> None:
        chosen = self.moderator_box.currentData()
        team = next((p.team for p in self._people if p.id == chosen), None)
        warning = moderator_warning(team)
        self.moderator_warning_label.setText(warning or "")
        self.moderator_warning_label.setVisible(warning is not None)

    def _show_refusal(self, messages: list[str]) -> None:
        """The core's reasons go where the agenda shows its own, and the edits stay."""
        problems = self.agenda.problems_label
        problems.setText("\n".join(f"• {message}" for message in messages))
        problems.setVisible(True)
        self.tabs.setCurrentIndex(self.agenda_tab)
        self._note = "Not saved: see the agenda's problems."
        self.status_label.setText(self._note)

    def _save_before_calendar(self) -> bool:
        answer = messages.ask(
            self,
            "Save the changes first?",
            "The calendar file is made from the saved meeting. Save your changes first?",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        return answer == QMessageBox.StandardButton.Save and self.save()
