"""The top of the meeting editor: the meeting's heading, its lock note, whether its minutes
were sent or amended since, and the form for its title, when it is, who moderates and which
series it belongs to."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from facilitator.first_fill import has_sent_minutes, list_series
from facilitator.meeting_views import (
    MAX_TITLE_LENGTH,
    MeetingView,
    PersonView,
    moderator_question,
    moderator_warning,
)
from facilitator.rules.rhythm import next_date
from facilitator.storage.database import Database
from facilitator.ui.common import messages
from facilitator.ui.common.palette_colours import ERROR, follow_scheme, tint
from facilitator.ui.common.tooltips import plain_tooltip
from facilitator.ui.planning.meeting_detail import format_when
from facilitator.vocabulary import MeetingStatus

NO_MODERATOR = -1
"""The moderator box's value for "nobody chosen yet" (a combo box can't hold None)."""

LOCKED_TEXT = {
    MeetingStatus.ENDED: QT_TRANSLATE_NOOP(
        "MeetingHeader", "This meeting has ended: its plan is history and can't be changed."
    ),
    MeetingStatus.CANCELLED: QT_TRANSLATE_NOOP(
        "MeetingHeader", "This meeting was cancelled: its plan stays as it was."
    ),
    MeetingStatus.RUNNING: QT_TRANSLATE_NOOP(
        "MeetingHeader", "This meeting is running: its plan is no longer edited here."
    ),
}


def title_problem(title: str) -> str | None:
    """Why a title cannot be saved, in one line for the moderator; None when it can."""
    stripped = title.strip()
    if not stripped:
        return QCoreApplication.translate("MeetingHeader", "A meeting needs a title.")
    if len(stripped) > MAX_TITLE_LENGTH:
        return QCoreApplication.translate(
            "MeetingHeader",
            "The title is {length} characters long; keep it to {limit} or fewer.",
        ).format(length=len(stripped), limit=MAX_TITLE_LENGTH)
    return None


def moderator_or_none(chosen: int) -> int | None:
    """The moderator box's value as the core takes it: None for nobody chosen yet."""
    return None if chosen == NO_MODERATOR else chosen


def confirm_moderator(box: QComboBox, people: Sequence[PersonView], previous: int) -> bool:
    """Ask before someone from Sales or Marketing moderates (DESIGN.md: the moderator has no
    stake); No puts `previous` back in the box. True when the choice stands."""
    chosen = box.currentData()
    person = next((p for p in people if p.id == chosen), None)
    if chosen == previous or person is None:
        return True
    question = moderator_question(person.name, person.team)
    if question is None:
        return True
    yes, no = messages.Button.Yes, messages.Button.No
    title = QCoreApplication.translate("MeetingHeader", "A moderator with a stake")
    if messages.ask(box, title, question, yes | no, no) == yes:
        return True
    box.setCurrentIndex(max(box.findData(previous), 0))
    return False


def long_date(moment: datetime) -> str:
    """A day and time as a moderator says it: 'Tuesday 19 March 2024, 16:30' (local time)."""
    local = moment.astimezone()
    pattern = QCoreApplication.translate("MeetingHeader", "dddd d MMMM yyyy")
    day = QLocale().toString(QDate(local.year, local.month, local.day), pattern)
    return f"{day}, {local:%H:%M}"


def series_text(db: Database, view: MeetingView) -> str:
    """The series line: its name, how often, how many meetings, and the next date to plan."""
    series = next((s for s in list_series(db) if s.id == view.series_id), None)
    if view.series_id is None or series is None:
        return QCoreApplication.translate("MeetingHeader", "Not part of a series")
    count = series.meeting_count
    if count == 1:
        text = QCoreApplication.translate("MeetingHeader", "{name} ({frequency}, {count} meeting)")
    else:
        text = QCoreApplication.translate("MeetingHeader", "{name} ({frequency}, {count} meetings)")
    text = text.format(name=series.name, frequency=series.frequency.label.lower(), count=count)
    last = series.last_scheduled_at  # rules.schedule.next_meeting_date, from the list's read
    if last is not None:
        following = next_date(series.frequency, last)
        text += QCoreApplication.translate("MeetingHeader", " · next date to plan: {date}").format(
            date=long_date(following)
        )
    return text


def _to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def _from_qdatetime(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch()).astimezone()


@dataclass(frozen=True)
class Details:
    """The form's values, compared with the saved ones to know whether anything changed."""

    title: str
    when: int
    moderator_id: int


class MeetingHeader(QWidget):
    """The meeting's heading and details form; says `edited` when the moderator changes one."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.minutes_label = QLabel(objectName="minutesState", textFormat=Qt.TextFormat.PlainText)
        self.minutes_label.setWordWrap(True)
        self.minutes_label.hide()

        self.details = QWidget(objectName="meetingDetails")
        self._init_form()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addWidget(self.locked_label)
        layout.addWidget(self.minutes_label)
        layout.addSpacing(4)
        layout.addWidget(self.details)

        self.title_edit.textChanged.connect(self.edited)
        self.when_edit.dateTimeChanged.connect(self.edited)
        self.moderator_box.currentIndexChanged.connect(self.edited)

    def _init_form(self) -> None:
        self.title_edit = QLineEdit(objectName="titleEdit")
        self.title_edit.setAccessibleName(self.tr("Meeting title"))
        self.title_edit.setToolTip(self.tr("The meeting's name, as lists and minutes show it"))
        self.title_problem_label = QLabel(
            objectName="titleProblem", textFormat=Qt.TextFormat.PlainText
        )
        tint(self.title_problem_label, ERROR)
        self.title_problem_label.hide()
        self.when_edit = QDateTimeEdit(objectName="whenEdit")
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("ddd yyyy-MM-dd HH:mm")
        self.when_edit.setToolTip(self.tr("When the meeting starts"))
        self.moderator_box = QComboBox(objectName="moderatorBox")
        self.moderator_box.setAccessibleName(self.tr("Moderator"))
        self.moderator_box.setToolTip(
            self.tr("Who leads the meeting; best someone of neither Sales nor Marketing")
        )
        self.moderator_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.moderator_box.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.moderator_warning_label = QLabel(
            objectName="moderatorWarning", textFormat=Qt.TextFormat.PlainText
        )
        warning_font = QFont(self.font())
        warning_font.setBold(True)
        self.moderator_warning_label.setFont(warning_font)
        tint(self.moderator_warning_label, ERROR)
        self.moderator_warning_label.setWordWrap(True)
        self.moderator_warning_label.hide()
        self.series_label = QLabel(objectName="seriesLabel", textFormat=Qt.TextFormat.PlainText)
        self.series_label.setWordWrap(True)

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
        form.addRow(_label(self.tr("Title"), self.title_edit), self.title_edit)
        form.addRow("", self.title_problem_label)
        form.addRow(_label(self.tr("&When"), self.when_edit), when_row)
        form.addRow(_label(self.tr("Mode&rator"), self.moderator_box), moderator_row)
        form.addRow(self.tr("Series"), self.series_label)
        self._form, self._when_row = form, when_row

    def show_meeting(self, view: MeetingView, people: Sequence[PersonView], series: str) -> None:
        """Fill the heading and the form from the meeting as stored."""
        self.show_heading(view, series)
        self.title_edit.setText(view.title)
        self.when_edit.setDateTime(_to_qdatetime(view.scheduled_at))
        self.fill_moderators(
            people, NO_MODERATOR if view.moderator_id is None else view.moderator_id
        )
        locked = view.status != MeetingStatus.PLANNED
        locked_text = LOCKED_TEXT.get(view.status)
        self.locked_label.setText(self.tr(locked_text) if locked_text else "")
        self.locked_label.setVisible(locked)
        self.details.setEnabled(not locked)
        # A run's title and time are the heading and the line under it: their rows give the
        # height to the As run tab.
        self._form.setRowVisible(self.title_edit, not locked)
        self._form.setRowVisible(self._when_row, not locked)

    def show_minutes(self, db: Database, view: MeetingView) -> None:
        """Whether the minutes were sent, and amended since: the changes in the tooltip.

        The PDF code is loaded only for a meeting whose minutes were sent, and not while the
        ORM loads after a start (db.window_reads lent): the app shows the line once it is in
        (ui/app.py, _orm_loaded).
        """
        self.minutes_label.hide()
        if view.status is not MeetingStatus.ENDED or not has_sent_minutes(db, view.id):
            return
        if db.window_reads is not None:
            return
        from facilitator.mailing.minutes_sending import minutes_state

        state = minutes_state(db, view.id)
        self.minutes_label.setText(state.line)
        self.minutes_label.setVisible(bool(state.line))
        amended = state.amended  # in the app's red; else the theme's text colour
        follow_scheme(
            self.minutes_label,
            lambda: f"color: {ERROR.name() if amended else 'palette(window-text)'}; "
            "font-weight: bold",
        )
        changes = "\n".join(f"• {change}" for change in state.changes)
        self.minutes_label.setToolTip(plain_tooltip(changes))

    def show_heading(self, view: MeetingView, series: str) -> None:
        self.heading.setText(view.title)
        self.subheading.setText(
            f"{view.kind.label} · {view.status.label} · "
            f"{format_when(view.scheduled_at, view.cap_seconds)}"
        )
        self.series_label.setText(series)

    def fill_moderators(self, people: Sequence[PersonView], chosen: int) -> None:
        """Everyone active may moderate; a deactivated moderator stays listed for their meeting."""
        box = self.moderator_box
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("(no moderator yet)"), NO_MODERATOR)
        for person in people:
            if person.active or person.id == chosen:
                name = self.tr("{name} ({team})").format(name=person.name, team=person.team.label)
                box.addItem(name, person.id)
        box.setCurrentIndex(max(box.findData(chosen), 0))
        box.blockSignals(False)

    def chosen_moderator(self) -> int:
        moderator = self.moderator_box.currentData()
        return moderator if isinstance(moderator, int) else NO_MODERATOR

    def details_now(self) -> Details:
        return Details(
            title=self.title_edit.text(),
            when=self.when_edit.dateTime().toSecsSinceEpoch(),
            moderator_id=self.chosen_moderator(),
        )

    def when_chosen(self) -> datetime:
        """The date and time on the form, as an aware instant in the user's zone."""
        return _from_qdatetime(self.when_edit.dateTime())

    def show_title_problem(self, problem: str | None) -> None:
        self.title_problem_label.setText(problem or "")
        self.title_problem_label.setVisible(problem is not None)

    def show_moderator_warning(self, people: Sequence[PersonView]) -> None:
        chosen = self.moderator_box.currentData()
        team = next((p.team for p in people if p.id == chosen), None)
        warning = moderator_warning(team)
        self.moderator_warning_label.setText(warning or "")
        self.moderator_warning_label.setVisible(warning is not None)


def _label(text: str, field: QWidget) -> QLabel:
    """A form label whose underlined letter (Alt+letter) moves to its field.

    Letters are scarce in the main window: the menu bar takes F, E, M, O, T and H, the
    attendance panel P, L, A, I, U and G, the agenda C; the title goes without one.
    """
    label = QLabel(text)
    label.setBuddy(field)
    return label
