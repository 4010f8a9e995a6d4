"""One meeting to prepare: its details, agenda and attendance, and what leaves the app from it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.first_fill import list_people, load_meeting
from facilitator.meeting_views import MeetingNotFound, MeetingView, PersonView
from facilitator.rules.agenda import AgendaPlan, PlanRefused, with_presenters
from facilitator.storage.database import Database
from facilitator.team.conflicts import ChangedElsewhere
from facilitator.ui.mail.follow_up_option import FollowUpOption
from facilitator.ui.planning.meeting_parts.exports import (
    save_agenda_as_template,
    wants_save_first,
    write_calendar_file,
)
from facilitator.ui.planning.meeting_parts.header import (
    Details,
    MeetingHeader,
    confirm_moderator,
    moderator_or_none,
    series_text,
    title_problem,
)
from facilitator.ui.planning.meeting_parts.tabs import MeetingTabs
from facilitator.ui.team.reload_offer import offer_reload
from facilitator.vocabulary import MeetingStatus, Team

if TYPE_CHECKING:  # the record layer loads SQLAlchemy: on the first save, not at start
    from facilitator.record.meetings import MeetingFields

NOT_SAVED = QT_TRANSLATE_NOOP("MeetingEditor", "Not saved: see the agenda's problems.")


class MeetingEditor(QWidget):
    """Where the moderator prepares one meeting: details, agenda and who is invited.

    Nothing is written until Save; a save the core refuses keeps every edit on screen. A meeting
    that has started or ended opens read-only, since its plan is now the record of the run.
    Its parts, in meeting_parts/: the heading and details form (MeetingHeader), the tabs
    (MeetingTabs), the template and calendar file (exports); this class saves and reverts.
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
        self._saved_details: Details | None = None
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
            self.header.show_meeting(view, self._people, series_text(self._db, view))
            self.header.show_minutes(self._db, view)
            self.follow_up.show_series(self._db, view.series_id)
            self.tabs.show_meeting(self._db, view, _presenters(self._people, view.plan()))
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
        return self.tabs.show_item(self._view, item_id, edited=self.has_unsaved_changes())

    def refresh_people(self) -> None:
        """Take in roster changes without losing the edits or the undo history."""
        if self._view is None:
            return
        self._loading = True
        try:
            self._people = list_people(self._db, include_inactive=True)
            self.header.fill_moderators(self._people, self.header.chosen_moderator())
            self.agenda.model.set_people(_presenters(self._people, self.agenda.plan()))
        finally:
            self._loading = False
        # The agenda rechecks its presenters when its model says the plan changed.
        self.agenda.model.planChanged.emit()
        self._update_state()

    def save(self) -> bool:
        """Write the details and the agenda; False, with the reason on screen, if refused. An
        agenda the rules refuse holds back only itself (save_meeting): False, the rest saved."""
        view = self._view
        if view is None or self.is_read_only() or self._saved_details is None:
            return False
        if not self.has_unsaved_changes():
            return True
        details = self._details()
        problem = title_problem(details.title)
        if problem is not None:
            self.header.show_title_problem(problem)
            self.title_edit.setFocus()
            return False
        box, previous = self.moderator_box, self._saved_details.moderator_id
        if not confirm_moderator(box, self._people, previous):
            self._show_note(
                self.tr("{name} stays the moderator; nothing saved.").format(name=box.currentText())
            )
            return False
        from facilitator.record.meetings import MeetingLocked, MeetingRefused, save_meeting

        fields = _fields(details, self._scheduled_at(details))
        try:
            saved = save_meeting(
                self._db, view.id, fields, self.agenda.plan(), expected_version=view.version
            )
        except ChangedElsewhere as changed:
            self._show_refusal(
                [str(changed)], self.tr("Not saved: {reason}").format(reason=changed)
            )
            if offer_reload(self, str(changed)):
                self.revert()
            return False
        except PlanRefused as refused:
            self._show_refusal([problem.message for problem in refused.problems])
            return False
        except (MeetingLocked, MeetingNotFound, MeetingRefused, ValueError) as error:
            self._show_refusal([str(error)], self.tr("Not saved: {reason}").format(reason=error))
            return False
        self._saved_details, self._saved_plan = details, saved.plan
        self._view = load_meeting(self._db, view.id)
        self.header.show_heading(self._view, series_text(self._db, self._view))
        self._note = saved.message
        self._update_state()
        self.saved.emit(view.id)
        return saved.blocked is None

    def save_as_template(self) -> int | None:
        """Keep the agenda on screen for next time under a name; returns the template's id."""
        if self._view is None:
            return None
        saved = save_agenda_as_template(
            self, self._db, self.agenda.plan(), self.title_edit.text().strip()
        )
        if saved is None:
            return None
        template_id, name = saved
        self._note = self.tr("Saved the agenda as the template “{name}”.").format(name=name)
        self._update_state()
        return template_id

    def add_to_calendar(self) -> Path | None:
        """Write the next meeting as an .ics file the moderator's calendar can import."""
        view = self._view
        if view is None:
            return None
        if self.has_unsaved_changes() and not (wants_save_first(self) and self.save()):
            return None
        path = write_calendar_file(self, self._db, view.id)
        if path is None:
            return None
        note = self.tr("Wrote {file}: open it to add the meeting to a calendar.")
        self._note = note.format(file=path.name)
        self._update_state()
        return path

    # Building

    def _init_actions(self) -> None:
        self.save_action = QAction(self.tr("&Save"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setToolTip(self.tr("Save the meeting's details and agenda (Ctrl+S)"))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.revert_action = QAction(self.tr("Re&vert"), self)
        self.revert_action.setToolTip(self.tr("Drop every change since the last save"))
        self.save_template_action = QAction(self.tr("Save agenda as &template…"), self)
        self.save_template_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.save_template_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        tip = self.tr("Keep this agenda as a template for later meetings (Ctrl+Shift+S)")
        self.save_template_action.setToolTip(tip)
        self.calendar_action = QAction(self.tr("Add to &calendar…"), self)
        tip = self.tr("Write the next meeting as an .ics file for a calendar")
        self.calendar_action.setToolTip(tip)
        self.addActions(
            [self.save_action, self.revert_action, self.save_template_action, self.calendar_action]
        )

    def _init_widgets(self) -> None:
        self.header = MeetingHeader()
        self.heading = self.header.heading
        self.subheading = self.header.subheading
        self.locked_label = self.header.locked_label
        self.details = self.header.details
        self.title_edit = self.header.title_edit
        self.title_problem_label = self.header.title_problem_label
        self.when_edit = self.header.when_edit
        self.moderator_box = self.header.moderator_box
        self.moderator_warning_label = self.header.moderator_warning_label
        self.series_label = self.header.series_label
        self.follow_up = FollowUpOption()

        self.tabs = MeetingTabs()
        self.agenda = self.tabs.agenda
        self.attendance = self.tabs.attendance
        self.as_run = self.tabs.as_run
        self.agenda_tab = self.tabs.agenda_tab
        self.attendance_tab = self.tabs.attendance_tab
        self.as_run_tab = self.tabs.as_run_tab

        self.status_label = QLabel(objectName="saveStatus", textFormat=Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        self.template_button = _button(self.save_template_action)
        self.calendar_button = _button(self.calendar_action)
        buttons.addWidget(self.template_button)
        buttons.addWidget(self.calendar_button)
        buttons.addStretch(1)
        buttons.addWidget(self.status_label)
        buttons.addSpacing(8)
        self.revert_button = _button(self.revert_action)
        self.save_button = _button(self.save_action)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.header)
        layout.addWidget(self.follow_up)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.save_action.triggered.connect(self.save)
        self.revert_action.triggered.connect(self.revert)
        self.save_template_action.triggered.connect(self.save_as_template)
        self.calendar_action.triggered.connect(self.add_to_calendar)
        self.header.edited.connect(self._on_edited)
        self.agenda.planChanged.connect(self._on_edited)
        self.agenda.cap_spin.explained.connect(self._show_note)

    # Reacting to edits

    def _details(self) -> Details:
        return self.header.details_now()

    def _scheduled_at(self, details: Details) -> datetime:
        """The stored instant when the date was left alone, so its seconds are kept."""
        if (
            self._view is not None
            and self._saved_details is not None
            and details.when == self._saved_details.when
        ):
            return self._view.scheduled_at
        return self.header.when_chosen()

    def _on_edited(self) -> None:
        self.agenda.set_moderator(moderator_or_none(self.header.chosen_moderator()))
        if self._loading:
            return
        self._note = ""
        self._update_state()

    def _update_state(self) -> None:
        view = self._view
        dirty = self.has_unsaved_changes()
        problem = title_problem(self.title_edit.text()) if view is not None else None
        self.header.show_title_problem(problem)
        self.header.show_moderator_warning(self._people)
        editable = view is not None and not self.is_read_only()
        self.save_action.setEnabled(
            editable and dirty and problem is None and self._anything_saveable()
        )
        self.revert_action.setEnabled(editable and dirty)
        for button in (self.save_button, self.revert_button):
            button.setVisible(not self.is_read_only())  # a run's plan is history: no Save at all
        self.save_template_action.setEnabled(view is not None)
        self.calendar_action.setEnabled(
            view is not None
            and (view.status == MeetingStatus.PLANNED or view.series_id is not None)
        )
        self.status_label.setText(self._status_text(dirty))
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)

    def _anything_saveable(self) -> bool:
        """The agenda as it stands, else the fields and presenters it does not hold back."""
        saved = self._saved_plan
        if saved is None or self.agenda.can_save():
            return True
        changed = self._details() != self._saved_details
        return changed or with_presenters(saved, self.agenda.plan()) != saved

    def _status_text(self, dirty: bool) -> str:
        """The last thing done, else whether there is anything to save and if it can be."""
        if self._note:
            return self._note
        if not dirty:
            return ""
        if self.save_action.isEnabled():
            return self.tr("Unsaved changes")
        return self.tr("Unsaved changes: fix what is shown to save them")

    def _show_refusal(self, messages: list[str], note: str = "") -> None:
        """The core's reasons go where the agenda shows its own, and the edits stay."""
        self.tabs.show_problems(messages)
        self._show_note(note or QCoreApplication.translate("MeetingEditor", NOT_SAVED))

    def _show_note(self, note: str) -> None:
        """The message line: what was done, or refused, or a box's range after typing."""
        self._note = note
        self.status_label.setText(note)


def _fields(details: Details, scheduled_at: datetime) -> MeetingFields:
    from facilitator.record.meetings import MeetingFields

    return MeetingFields(
        details.title.strip(), scheduled_at, moderator_or_none(details.moderator_id)
    )


def _button(action: QAction) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


def _presenters(people: list[PersonView], plan: AgendaPlan) -> list[tuple[int, str, Team]]:
    """Active people, and whoever the plan already names even if they have since left."""
    named = {item.presenter_id for item in plan.items if item.presenter_id is not None}
    return [
        (person.id, person.name, person.team)
        for person in people
        if person.active or person.id in named
    ]
