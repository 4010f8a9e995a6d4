"""The New meeting dialog: a template, a title, a time, a moderator and a series, then create."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QSettings, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator import timesource
from facilitator.record.next_meeting import NewMeeting, create_next_meeting
from facilitator.record.people import PersonView, list_people, moderator_warning
from facilitator.record.templates import MeetingTemplate
from facilitator.record.user_templates import TemplateChoice, list_templates, load_template
from facilitator.rules.agenda import PlanRefused
from facilitator.rules.clock import format_seconds
from facilitator.rules.schedule import (
    SeriesRefused,
    SeriesView,
    create_series,
    list_series,
    next_meeting_date,
    next_suggested_start,
)
from facilitator.storage.database import Database
from facilitator.ui.common.palette_colours import ERROR, tint
from facilitator.ui.common.tooltips import plain_tooltip
from facilitator.ui.planning.carry_over_dialog import CarryOverDialog
from facilitator.ui.planning.meeting_parts.header import (
    NO_MODERATOR,
    confirm_moderator,
    title_problem,
)

DEFAULT_TEMPLATE_KEY = "builtin:weekly"
LAST_MODERATOR_KEY = "newMeeting/moderator"
NEW_SERIES = -1
NO_SERIES = 0


def _local_now() -> datetime:
    return timesource.now().astimezone()


def series_text(series: SeriesView) -> str:
    count = series.meeting_count
    if count == 1:
        text = QCoreApplication.translate(
            "NewMeetingDialog", "{name} ({frequency}, {count} meeting)"
        )
    else:
        text = QCoreApplication.translate(
            "NewMeetingDialog", "{name} ({frequency}, {count} meetings)"
        )
    return text.format(name=series.name, frequency=series.frequency.label.lower(), count=count)


def _series_of_kind(db: Database, choice: TemplateChoice) -> list[SeriesView]:
    """Series of the template's kind, the one met most recently first."""
    found = [s for s in list_series(db) if s.kind == choice.kind]
    return sorted(
        found,
        key=lambda s: s.last_scheduled_at.timestamp() if s.last_scheduled_at else 0.0,
        reverse=True,
    )


def _agenda_preview() -> QTreeWidget:
    """The chosen template's items, to read only: the dialog fills it."""

    preview = QTreeWidget(objectName="agendaPreview")
    preview.setAccessibleName(QCoreApplication.translate("NewMeetingDialog", "Agenda preview"))
    preview.setAccessibleDescription(
        QCoreApplication.translate(
            "NewMeetingDialog", "The items the chosen template gives the new meeting"
        )
    )
    preview.setHeaderLabels(
        [
            QCoreApplication.translate("NewMeetingDialog", "Item"),
            QCoreApplication.translate("NewMeetingDialog", "Presenter"),
            QCoreApplication.translate("NewMeetingDialog", "Planned"),
        ]
    )
    preview.setRootIsDecorated(False)
    preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    preview.setMinimumHeight(150)
    preview.setMinimumWidth(520)
    header = preview.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
    return preview


class NewMeetingDialog(QDialog):
    """Creates a planned meeting from any template, in a series if wanted; the window shows it."""

    meeting_created = Signal(int)

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
        now: Callable[[], datetime] = _local_now,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._settings = settings if settings is not None else QSettings()
        self._now = now
        self._choices = {choice.key: choice for choice in list_templates(db)}
        self._template: MeetingTemplate | None = None
        self._people = list_people(db)
        self._auto_title = ""
        self._neutral_moderator = NO_MODERATOR
        self.created_meeting_id: int | None = None
        self.carry_over_dialog: CarryOverDialog | None = None
        self.setWindowTitle(self.tr("New meeting"))
        self._init_widgets()
        self._connect_signals()
        self._fill_templates()
        self._fill_moderators()
        self._on_template_changed()
        self._title_edit.setFocus()
        self._title_edit.selectAll()

    @property
    def template_key(self) -> str:
        return str(self._template_box.currentData())

    @property
    def template(self) -> MeetingTemplate:
        assert self._template is not None
        return self._template

    @property
    def template_box(self) -> QComboBox:
        return self._template_box

    @property
    def moderator_box(self) -> QComboBox:
        return self._moderator_box

    @property
    def series_box(self) -> QComboBox:
        return self._series_box

    @property
    def when_edit(self) -> QDateTimeEdit:
        return self._when_edit

    @property
    def ok_button(self) -> QPushButton:
        return self._buttons.button(QDialogButtonBox.StandardButton.Ok)

    @property
    def problem_label(self) -> QLabel:
        return self._problem

    def scheduled_at(self) -> datetime:
        return datetime.fromtimestamp(self._when_edit.dateTime().toSecsSinceEpoch()).astimezone()

    def accept(self) -> None:
        title = self._title_edit.text().strip()
        if title_problem(title) is not None:
            return
        if not confirm_moderator(self._moderator_box, self._people, self._neutral_moderator):
            self._show_problem(
                self.tr("Not created yet: the moderator is back to {name}.").format(
                    name=self._moderator_box.currentText()
                )
            )
            return
        moderator = self._moderator_box.currentData()
        moderator_id = moderator if isinstance(moderator, int) and moderator > 0 else None
        try:
            series_id = self._chosen_series()
            created = create_next_meeting(
                self._db,
                self.template.plan,
                title=title,
                scheduled_at=self.scheduled_at(),
                moderator_id=moderator_id,
                series_id=series_id,
            )
        except (PlanRefused, SeriesRefused, ValueError) as error:
            self._show_problem(str(error))
            return
        self.created_meeting_id = created.meeting_id
        self._settings.setValue(LAST_MODERATOR_KEY, moderator_id or NO_MODERATOR)
        if created.carry_over.offered:
            self._offer(created)
            return
        self._finish_created()

    def _offer(self, created: NewMeeting) -> None:
        """The series offers last meeting's unreached items and parked notes for the agenda."""
        dialog = CarryOverDialog(self._db, created, self)
        dialog.finished.connect(self._finish_created)
        self.carry_over_dialog = dialog
        dialog.open()

    def _finish_created(self) -> None:
        assert self.created_meeting_id is not None
        self.carry_over_dialog = None
        self.meeting_created.emit(self.created_meeting_id)
        super().accept()

    def _init_widgets(self) -> None:
        self._template_box = QComboBox(objectName="templateBox")
        self._template_box.setToolTip(self.tr("The agenda and cap the new meeting starts from"))

        self._title_edit = QLineEdit(objectName="titleEdit")
        self._title_edit.setMinimumWidth(380)
        self._title_edit.setToolTip(
            self.tr("The meeting's name; it follows the template and date until you type one")
        )
        self._problem = QLabel(objectName="titleProblem", textFormat=Qt.TextFormat.PlainText)
        tint(self._problem, ERROR)
        self._problem.setWordWrap(True)
        self._problem.hide()

        self._series_box = QComboBox(objectName="seriesBox")
        self._series_box.setToolTip(
            self.tr("A series carries unfinished items over and knows the next date")
        )
        self._when_edit = QDateTimeEdit(objectName="whenEdit")
        self._when_edit.setToolTip(self.tr("When the meeting starts"))
        self._when_edit.setCalendarPopup(True)
        self._when_edit.setDisplayFormat("ddd yyyy-MM-dd HH:mm")

        self._moderator_box = QComboBox(objectName="moderatorBox")
        self._moderator_box.setToolTip(
            self.tr("Who leads the meeting; best someone of neither Sales nor Marketing")
        )
        self._moderator_warning = QLabel(
            objectName="moderatorWarning", textFormat=Qt.TextFormat.PlainText
        )
        tint(self._moderator_warning, ERROR)
        self._moderator_warning.setWordWrap(True)
        self._moderator_warning.hide()
        moderator_row = QHBoxLayout()
        moderator_row.addWidget(self._moderator_box)
        moderator_row.addWidget(self._moderator_warning, 1)

        self._cap = QLabel(objectName="capLabel")
        self._preview = _agenda_preview()

        form = QFormLayout()
        form.addRow(self.tr("&Template"), self._template_box)
        form.addRow(self.tr("T&itle"), self._title_edit)
        form.addRow("", self._problem)
        form.addRow(self.tr("&Series"), self._series_box)
        form.addRow(self.tr("&When"), self._when_edit)
        form.addRow(self.tr("&Moderator"), moderator_row)
        form.addRow(self.tr("Cap"), self._cap)
        for field in (self._template_box, self._title_edit, self._series_box, self._when_edit):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)
        moderator_label = form.labelForField(moderator_row)
        if isinstance(moderator_label, QLabel):
            moderator_label.setBuddy(self._moderator_box)

        preview_heading = QLabel(self.tr("Agenda"))
        bold = QFont(self.font())
        bold.setBold(True)
        preview_heading.setFont(bold)

        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button.setText(self.tr("Create meeting"))
        self.ok_button.setToolTip(self.tr("Create the meeting and open it"))
        cancel = self._buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setToolTip(self.tr("Close without creating a meeting"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(preview_heading)
        layout.addWidget(self._preview, 1)
        layout.addWidget(self._buttons)

    def _connect_signals(self) -> None:
        self._template_box.currentIndexChanged.connect(self._on_template_changed)
        self._series_box.currentIndexChanged.connect(self._on_series_changed)
        self._moderator_box.currentIndexChanged.connect(self._on_moderator_changed)
        self._title_edit.textChanged.connect(self._on_title_changed)
        self._when_edit.dateTimeChanged.connect(self._on_when_changed)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)

    def _fill_templates(self) -> None:
        """Built-in templates first, then the moderator's own, a line between them."""
        box = self._template_box
        box.blockSignals(True)
        builtins = [c for c in self._choices.values() if c.builtin]
        own = [c for c in self._choices.values() if not c.builtin]
        for choice in builtins:
            box.addItem(choice.name, choice.key)
        if own:
            box.insertSeparator(box.count())
            for choice in own:
                box.addItem(choice.name, choice.key)
        box.setCurrentIndex(max(box.findData(DEFAULT_TEMPLATE_KEY), 0))
        box.blockSignals(False)

    def _fill_moderators(self) -> None:
        """Everyone active on the roster; the last moderator chosen here comes first to hand."""
        box = self._moderator_box
        box.addItem(self.tr("(no moderator yet)"), NO_MODERATOR)
        for person in self._people:
            name = self.tr("{name} ({team})").format(name=person.name, team=person.team.label)
            box.addItem(name, person.id)
        last = self._settings.value(LAST_MODERATOR_KEY, NO_MODERATOR, type=int)
        box.setCurrentIndex(max(box.findData(last), 0))
        self._on_moderator_changed()

    def _on_template_changed(self) -> None:
        choice = self._choices[self.template_key]
        template = load_template(self._db, choice.key)
        self._template = template
        box = self._series_box
        box.blockSignals(True)
        box.clear()
        for series in _series_of_kind(self._db, choice):
            box.addItem(series_text(series), series.id)
        frequency = template.frequency.label.lower()
        box.addItem(self.tr("New {frequency} series").format(frequency=frequency), NEW_SERIES)
        box.addItem(self.tr("No series"), NO_SERIES)
        box.setCurrentIndex(0)
        box.blockSignals(False)
        self._on_series_changed()
        plan = template.plan
        self._cap.setText(
            self.tr("{minutes} minutes (agenda {agenda})").format(
                minutes=plan.cap_seconds // 60, agenda=format_seconds(plan.total_seconds)
            )
        )
        self._preview.clear()
        for item in plan.items:
            presenter = item.presenter_team.label if item.presenter_team else self.tr("Moderator")
            row = QTreeWidgetItem([item.title, presenter, format_seconds(item.planned_seconds)])
            row.setToolTip(0, plain_tooltip(item.title))
            row.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._preview.addTopLevelItem(row)

    def _on_series_changed(self) -> None:
        """A series knows its next date; otherwise the template's usual start (weekly: 16:30)."""
        now = self._now()
        series_id = self._series_box.currentData()
        start = None
        if isinstance(series_id, int) and series_id > 0:
            start = next_meeting_date(self._db, series_id, not_before=now)
        if start is None:
            start = next_suggested_start(self.template, now)
        self._when_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(start.timestamp())))
        self._suggest_title()

    def _on_moderator_changed(self) -> None:
        chosen = self._moderator_box.currentData()
        person: PersonView | None = next((p for p in self._people if p.id == chosen), None)
        warning = moderator_warning(person.team if person else None)
        if warning is None:
            self._neutral_moderator = chosen if isinstance(chosen, int) else NO_MODERATOR
        self._moderator_warning.setText(warning or "")
        self._moderator_warning.setVisible(warning is not None)

    def _chosen_series(self) -> int | None:
        """The series the meeting joins; a new one is created only now, at Create meeting."""
        series_id = self._series_box.currentData()
        if series_id == NEW_SERIES:
            template = self.template
            return create_series(
                self._db,
                template.name,
                template.plan.kind,
                template.frequency,
                template_key=self.template_key,
            )
        if isinstance(series_id, int) and series_id > 0:
            return series_id
        return None

    def _on_when_changed(self) -> None:
        self._suggest_title()

    def _suggest_title(self) -> None:
        """Follow template and date in the title until the moderator types one of their own."""
        current = self._title_edit.text()
        if current and current != self._auto_title:
            return
        day = self.scheduled_at()
        self._auto_title = f"{self.template.name} {day:%Y-%m-%d}"
        self._title_edit.setText(self._auto_title)

    def _on_title_changed(self, text: str) -> None:
        self._show_problem(title_problem(text))

    def _show_problem(self, problem: str | None) -> None:
        self._problem.setText(problem or "")
        self._problem.setVisible(problem is not None)
        self.ok_button.setEnabled(title_problem(self._title_edit.text()) is None)
