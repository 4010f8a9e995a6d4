"""The New meeting dialog: pick a template, name the meeting, set its time, and create it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.meetings import create_meeting
from facilitator.storage.database import Database
from facilitator.templates import MeetingTemplate, builtin_templates
from facilitator.ui.meeting_detail import OVER_COLOUR, format_clock

MAX_TITLE_LENGTH = 200
DEFAULT_TEMPLATE_KEY = "weekly"


def next_start(template: MeetingTemplate, now: datetime) -> datetime:
    """Today at the template's start time if that is still ahead, else the same time tomorrow."""
    today = now.replace(
        hour=template.start_time.hour,
        minute=template.start_time.minute,
        second=0,
        microsecond=0,
    )
    return today if today > now else today + timedelta(days=1)


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


class NewMeetingDialog(QDialog):
    """Creates a planned meeting from a built-in template; the window then shows it."""

    meeting_created = Signal(int)

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._now = now
        self._templates = builtin_templates()
        self._auto_title = ""
        self.created_meeting_id: int | None = None
        self.setWindowTitle("New meeting")
        self._init_widgets()
        self._connect_signals()
        default = next(
            (i for i, t in enumerate(self._templates) if t.key == DEFAULT_TEMPLATE_KEY), 0
        )
        self._template_box.setCurrentIndex(default)
        self._on_template_changed(default)
        self._title_edit.setFocus()
        self._title_edit.selectAll()

    @property
    def template(self) -> MeetingTemplate:
        return self._templates[self._template_box.currentIndex()]

    @property
    def ok_button(self) -> QPushButton:
        return self._buttons.button(QDialogButtonBox.StandardButton.Ok)

    @property
    def problem_label(self) -> QLabel:
        return self._problem

    def accept(self) -> None:
        title = self._title_edit.text().strip()
        if title_problem(title) is not None:
            return
        when = self._when_edit.dateTime().toPython().astimezone()
        self.created_meeting_id = create_meeting(
            self._db, self.template.plan, title=title, scheduled_at=when
        )
        self.meeting_created.emit(self.created_meeting_id)
        super().accept()

    def _init_widgets(self) -> None:
        self._template_box = QComboBox(objectName="templateBox")
        for template in self._templates:
            self._template_box.addItem(template.name, template.key)

        self._title_edit = QLineEdit(objectName="titleEdit")
        self._title_edit.setMinimumWidth(380)
        self._problem = QLabel(objectName="titleProblem")
        self._problem.setStyleSheet(f"color: {OVER_COLOUR.name()};")
        self._problem.setWordWrap(True)
        self._problem.hide()

        self._when_edit = QDateTimeEdit(objectName="whenEdit")
        self._when_edit.setCalendarPopup(True)
        self._when_edit.setDisplayFormat("yyyy-MM-dd HH:mm")

        self._cap = QLabel(objectName="capLabel")
        self._preview = QTreeWidget(objectName="agendaPreview")
        self._preview.setHeaderLabels(["Item", "Presenter", "Planned"])
        self._preview.setRootIsDecorated(False)
        self._preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self._preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._preview.setMinimumHeight(150)
        self._preview.setMinimumWidth(520)
        preview_header = self._preview.header()
        preview_header.setStretchLastSection(False)
        preview_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        preview_header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        preview_header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

        form = QFormLayout()
        form.addRow("&Template", self._template_box)
        form.addRow("T&itle", self._title_edit)
        form.addRow("", self._problem)
        form.addRow("&When", self._when_edit)
        form.addRow("Cap", self._cap)

        preview_heading = QLabel("Agenda")
        bold = QFont(self.font())
        bold.setBold(True)
        preview_heading.setFont(bold)

        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button.setText("Create meeting")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(preview_heading)
        layout.addWidget(self._preview, 1)
        layout.addWidget(self._buttons)

    def _connect_signals(self) -> None:
        self._template_box.currentIndexChanged.connect(self._on_template_changed)
        self._title_edit.textChanged.connect(self._on_title_changed)
        self._when_edit.dateTimeChanged.connect(self._on_when_changed)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)

    def _on_template_changed(self, index: int) -> None:
        template = self._templates[index]
        self._when_edit.setDateTime(QDateTime(next_start(template, self._now())))
        self._suggest_title()
        plan = template.plan
        self._cap.setText(
            f"{plan.cap_seconds // 60} minutes (agenda {format_clock(plan.total_seconds)})"
        )
        self._preview.clear()
        for item in plan.items:
            presenter = item.presenter_team.label if item.presenter_team else "Moderator"
            row = QTreeWidgetItem([item.title, presenter, format_clock(item.planned_seconds)])
            row.setToolTip(0, item.title)
            row.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._preview.addTopLevelItem(row)

    def _on_when_changed(self) -> None:
        self._suggest_title()

    def _suggest_title(self) -> None:
        """Follow template and date in the title until the moderator types one of their own."""
        current = self._title_edit.text()
        if current and current != self._auto_title:
            return
        day = self._when_edit.dateTime().toPython()
        self._auto_title = f"{self.template.name} {day:%Y-%m-%d}"
        self._title_edit.setText(self._auto_title)

    def _on_title_changed(self, text: str) -> None:
        problem = title_problem(text)
        self._problem.setText(problem or "")
        self._problem.setVisible(problem is not None)
        self.ok_button.setEnabled(problem is None)
