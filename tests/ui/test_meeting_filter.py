"""The meeting list's filters as the moderator uses them: by kind, status and date, counted,
cleared, and remembered the next time the window opens."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel

from facilitator import timesource
from facilitator.record.meetings import create_meeting
from facilitator.record.templates import builtin_template
from facilitator.storage.database import Database
from facilitator.storage.models import Meeting
from facilitator.ui.main_window import MainWindow
from facilitator.ui.planning.meeting_filter import Period, months_before, period_range
from facilitator.ui.planning.meeting_list_model import MeetingListModel
from facilitator.vocabulary import MeetingStatus

pytestmark = pytest.mark.usefixtures("app_settings_folder")


def _meeting(db: Database, template: str, title: str, days: int, status: MeetingStatus) -> int:
    meeting_id = create_meeting(
        db,
        builtin_template(template).plan,
        title=title,
        scheduled_at=timesource.now().replace(microsecond=0) + timedelta(days=days),
    )
    if status is not MeetingStatus.PLANNED:
        with db.write() as session:
            meeting = session.get(Meeting, meeting_id)
            assert meeting is not None
            meeting.status = status
    return meeting_id


@pytest.fixture
def meetings(db: Database) -> None:
    _meeting(db, "weekly", "Weekly next", 5, MeetingStatus.PLANNED)
    _meeting(db, "weekly", "Weekly last month", -40, MeetingStatus.ENDED)
    _meeting(db, "weekly", "Weekly last year", -200, MeetingStatus.ENDED)
    _meeting(db, "management", "Management review", -20, MeetingStatus.ENDED)
    _meeting(db, "campaign", "Campaign check-in", -10, MeetingStatus.CANCELLED)


@pytest.fixture
def open_window(
    show, db: Database, meetings: None, settings: QSettings
) -> Callable[[], MainWindow]:
    """The main window over the meetings, ready for the keyboard."""
    return lambda: show(MainWindow(db, settings=settings), active=True)


def choose(qtbot, box: QComboBox, text: str) -> None:
    """Pick an entry with the keyboard, as from the box's own list: Home, then Down."""
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Home)
    for _ in range(box.count()):
        if box.currentText() == text:
            return
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentText() == text


def enter_date(qtbot, edit: QDateEdit, day: date) -> None:
    """Step the year, month and day sections with the arrow keys, as a keyboard user does.

    Each section is reached from Home: a stepped section may be left selected (as on X11),
    and Right would then first leave the selection instead of moving the cursor.
    """
    edit.setFocus()
    for moves, part in ((0, "year"), (5, "month"), (8, "day")):
        qtbot.keyClick(edit, Qt.Key.Key_Home)
        for _ in range(moves):
            qtbot.keyClick(edit, Qt.Key.Key_Right)
        steps = getattr(day, part) - getattr(edit.date().toPython(), part)
        key = Qt.Key.Key_Up if steps > 0 else Qt.Key.Key_Down
        for _ in range(abs(steps)):
            qtbot.keyClick(edit, key)
    assert edit.date().toPython() == day


def titles(window: MainWindow) -> list[str]:
    model = window.meeting_table.model()
    return sorted(
        model.index(row, MeetingListModel.TITLE).data() for row in range(model.rowCount())
    )


def count(window: MainWindow) -> str:
    label = window.findChild(QLabel, "meetingCount")
    assert label is not None
    return label.text()


def test_kind_and_status_narrow_the_list_and_clear_brings_it_back(
    qtbot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    bar = window.filter_bar
    assert count(window) == "5 meetings"
    assert not bar.clear_button.isEnabled()

    choose(qtbot, bar.kind_box, "Weekly smarketing")
    assert titles(window) == ["Weekly last month", "Weekly last year", "Weekly next"]
    assert count(window) == "3 of 5 meetings"

    choose(qtbot, bar.status_box, "Ended")
    assert titles(window) == ["Weekly last month", "Weekly last year"]
    assert count(window) == "2 of 5 meetings"

    choose(qtbot, bar.kind_box, "Win/loss rundown")
    assert titles(window) == []
    assert count(window) == "0 of 5 meetings"

    assert bar.clear_button.isEnabled()
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert len(titles(window)) == 5
    assert count(window) == "5 meetings"
    assert bar.kind_box.currentText() == "All kinds"
    assert bar.status_box.currentText() == "Any status"
    assert not bar.clear_button.isEnabled()


def test_a_date_preset_keeps_the_meetings_of_that_window(
    qtbot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    bar = window.filter_bar
    choose(qtbot, bar.period_box, "Last 3 months")
    assert titles(window) == ["Campaign check-in", "Management review", "Weekly last month"]
    choose(qtbot, bar.period_box, "Upcoming")
    assert titles(window) == ["Weekly next"]
    assert not bar.from_edit.isVisibleTo(bar)


def test_a_custom_range_typed_in_and_a_backwards_one_explained(
    qtbot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    bar = window.filter_bar
    choose(qtbot, bar.period_box, "From… to…")
    assert bar.from_edit.isVisible()
    today = timesource.today()
    start = today - timedelta(days=50)
    end = today - timedelta(days=15)

    enter_date(qtbot, bar.from_edit, start)
    enter_date(qtbot, bar.to_edit, end)
    assert titles(window) == ["Management review", "Weekly last month"]

    enter_date(qtbot, bar.to_edit, date(start.year - 1, 6, 15))
    assert bar.problem_label.isVisible()
    assert "first day is after the last day" in bar.problem_label.text()
    assert len(titles(window)) == 5
    assert bar.from_edit.date().toPython() == start

    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert not bar.problem_label.isVisible()
    assert bar.period_box.currentText() == "Any date"


def test_filters_are_remembered_by_the_next_window(
    qtbot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    choose(qtbot, window.filter_bar.kind_box, "Weekly smarketing")
    choose(qtbot, window.filter_bar.status_box, "Ended")
    choose(qtbot, window.filter_bar.period_box, "Last 3 months")
    assert titles(window) == ["Weekly last month"]
    window.close()

    again = open_window()
    bar = again.filter_bar
    assert bar.kind_box.currentText() == "Weekly smarketing"
    assert bar.status_box.currentText() == "Ended"
    assert bar.period_box.currentText() == "Last 3 months"
    assert titles(again) == ["Weekly last month"]
    assert count(again) == "1 of 5 meetings"
    assert again.editor.meeting is not None
    assert again.editor.meeting.title == "Weekly last month"


def test_periods_count_back_from_today() -> None:
    today = date(2026, 5, 31)
    assert months_before(today, 3) == date(2026, 2, 28)
    assert months_before(date(2026, 1, 15), 12) == date(2025, 1, 15)
    assert period_range(Period.LAST_3_MONTHS, today) == (date(2026, 2, 28), today)
    assert period_range(Period.LAST_30_DAYS, today) == (date(2026, 5, 1), today)
    assert period_range(Period.UPCOMING, today) == (today, None)
    assert period_range(Period.ANY, today) == (None, None)
    custom = period_range(Period.CUSTOM, today, date(2026, 1, 1), date(2026, 3, 1))
    assert custom == (date(2026, 1, 1), date(2026, 3, 1))
