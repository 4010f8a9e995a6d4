"""The console reads in a room: refusals look refused, notes and carried entries show whole,
the presenter window stands beside the console, and it all fits a 1366×768 laptop."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QStyle, QWidget
from sqlalchemy.orm import Session

from facilitator.record.action_items import add_action_item
from facilitator.record.disputes import open_dispute
from facilitator.record.meetings import load_meeting
from facilitator.record.next_meeting import create_next_meeting
from facilitator.record.notes import add_note
from facilitator.record.templates import builtin_template
from facilitator.rules.schedule import create_series
from facilitator.storage.database import Database
from facilitator.storage.models import Meeting
from facilitator.storage.write_errors import SaveRefused
from facilitator.ui.common.tooltips import plain_tooltip
from facilitator.ui.common.window_geometry import RememberedGeometry, fitted
from facilitator.ui.console.console import FIRST_SIZE, GEOMETRY_KEY, ConsoleWindow
from facilitator.ui.console.status_line import REFUSED_PREFIX, StatusLine
from facilitator.ui.notes.note_detail import HINT
from facilitator.ui.notes.notes_model import NotesTableModel
from facilitator.ui.notes.notes_panel import NotesPanel
from facilitator.ui.presenter.presenter_placement import beside
from facilitator.vocabulary import (
    DisputeCategory,
    Frequency,
    MeetingKind,
    MeetingStatus,
    NoteKind,
    Team,
)

FULL = "The disk is full, so this change was not saved."
LAPTOP = QSize(1366, 768)
LONG_NOTE = (
    "Sales follows up every MQL within 24 hours starting Monday; Marketing tags webinar leads "
    "by product line so the follow-up names the product, and both teams look at the SLA "
    "dashboard together on Friday to see which leads waited longer than a day and why, before "
    "anyone changes the scoring rules or the routing of the inbound leads from the DACH region."
)
LONG_ACTION = (
    "Write an import checklist for event leads: in the CRM within 48 hours, with the campaign, "
    "the owner and the consent named, and a reminder for every lead still unassigned"
)
MONDAY = datetime(2026, 11, 30, 16, 30, tzinfo=UTC)


@contextmanager
def full_disk(db: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every write of the database is refused while inside, as a full disk would."""
    real = db.write

    @contextmanager
    def refused() -> Iterator[Session]:
        raise SaveRefused(FULL)
        yield  # pragma: no cover (a generator, as db.write is)

    monkeypatch.setattr(db, "write", refused)
    try:
        yield
    finally:
        monkeypatch.setattr(db, "write", real)


def reddest(label: QLabel) -> int:
    """How much redder than green the reddest drawn pixel of a label is (0 for grey text)."""
    image = label.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    return max(
        image.pixelColor(x, y).red() - image.pixelColor(x, y).green()
        for x in range(image.width())
        for y in range(image.height())
    )


# --- the status line ----------------------------------------------------------------------


def test_a_refusal_says_refused_in_another_colour_than_news(qtbot, show) -> None:
    line = show(StatusLine())
    line.resize(600, 40)

    line.say("Item extended by 1 min.")
    assert line.text() == "Item extended by 1 min."
    assert not line.refused
    assert line.accessibleDescription() == ""
    news = reddest(line)

    line.refuse("The meeting has not started yet.")
    assert line.text() == "Refused: The meeting has not started yet."
    assert line.refused
    assert "Refus" in line.accessibleDescription()
    assert reddest(line) > news + 60

    line.setText("Minutes saved.")  # older callers: news again
    assert line.text() == "Minutes saved."
    assert not line.refused
    assert reddest(line) == news


def test_user_text_in_the_status_line_is_never_markup(show) -> None:
    line = show(StatusLine())
    line.refuse("<b>Q4</b> review")
    assert line.textFormat() == Qt.TextFormat.PlainText
    assert line.text() == f"{REFUSED_PREFIX}<b>Q4</b> review"


def test_a_refused_start_is_said_as_refused_in_the_console(
    qtbot, db: Database, meeting_id: int, open_console: Callable[[int], Any], monkeypatch
) -> None:
    console = open_console(meeting_id)
    with full_disk(db, monkeypatch):
        qtbot.mouseClick(console.toggle_button, Qt.MouseButton.LeftButton)
    assert not console.run.state().started
    assert console.status_line.text() == f"Refused: {FULL}"
    assert console.status_line.refused

    qtbot.mouseClick(console.toggle_button, Qt.MouseButton.LeftButton)
    assert console.run.state().running
    assert not console.status_line.refused


# --- the presenter window beside the console ----------------------------------------------
# (On real displays: tests/ui/test_multiscreen.py, the "away" and "beside" probes.)

SCREEN = QRect(0, 0, 2560, 1080)
PRESENTER = QSize(1024, 576)


def test_the_presenter_stands_right_of_the_console_when_it_fits_there() -> None:
    console = QRect(0, 0, 1366, 768)
    place = beside(console, PRESENTER, SCREEN)
    assert not place.intersects(console)
    assert SCREEN.contains(place)
    assert place.size() == PRESENTER
    assert place.left() == console.right() + 1


def test_the_presenter_stands_left_of_a_console_on_the_right() -> None:
    console = QRect(1194, 100, 1366, 768)
    place = beside(console, PRESENTER, SCREEN)
    assert not place.intersects(console)
    assert SCREEN.contains(place)
    assert place.right() == console.left() - 1
    assert place.top() == console.top()


def test_a_roomy_side_too_narrow_for_the_whole_window_takes_a_narrower_one() -> None:
    screen = QRect(0, 0, 1920, 1080)
    console = QRect(0, 0, 1366, 768)
    place = beside(console, PRESENTER, screen)
    assert not place.intersects(console)
    assert screen.contains(place)
    assert place.width() == 1920 - 1366


def test_with_no_room_beside_it_overlaps_on_the_side_with_more_room() -> None:
    laptop = QRect(0, 0, 1366, 768)
    console = QRect(100, 0, 1200, 768)
    place = beside(console, PRESENTER, laptop)
    assert laptop.contains(place)
    assert place.left() == 0  # 100 px free on the left, 66 on the right
    assert place.size() == PRESENTER


# --- the console's size and place ---------------------------------------------------------


@pytest.mark.parametrize(
    ("screen", "expected"),
    [
        (QRect(0, 0, 1366, 740), QSize(1350, 700)),  # a laptop: all of it, the frame kept
        (QRect(0, 0, 1920, 1040), QSize(1600, 960)),  # full HD: the preferred size
    ],
)
def test_the_first_size_fits_the_screen_s_free_area(screen: QRect, expected: QSize) -> None:
    place = fitted(QSize(1600, 960), screen)
    assert place.size() == expected
    assert screen.contains(place)
    assert place.center() == screen.center()


def test_the_console_opens_within_the_screen_and_then_where_it_was_left(
    qtbot, db: Database, meeting_id: int, settings, fake_clock, show
) -> None:
    first = show(ConsoleWindow(db, meeting_id, time_source=fake_clock, settings=settings))
    area = first.screen().availableGeometry()
    assert area.contains(first.frameGeometry().topLeft())
    assert first.height() <= area.height()
    least = first.minimumSizeHint().width()  # the test screen is narrower than any laptop
    assert first.width() == max(fitted(FIRST_SIZE, area).width(), least)
    first.setGeometry(QRect(0, 40, least + 10, 720))
    qtbot.waitUntil(lambda: first.height() == 720)
    place = first.geometry()
    first.close()

    again = show(ConsoleWindow(db, meeting_id, time_source=fake_clock, settings=settings))
    assert again.height() == place.height() == 720  # not the first size: the one it was left at
    assert settings.contains(GEOMETRY_KEY)


def test_a_window_comes_back_at_the_place_and_size_it_was_closed_at(qtbot, settings) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    RememberedGeometry(window, settings, "test/geometry", QSize(400, 300))
    window.show()
    qtbot.waitExposed(window)
    place = QRect(50, 60, 420, 310)
    window.setGeometry(place)
    qtbot.waitUntil(lambda: window.geometry() == place)
    window.close()

    again = QWidget()
    qtbot.addWidget(again)
    RememberedGeometry(again, settings, "test/geometry", QSize(400, 300))
    assert again.geometry() == place


# --- notes and carried entries shown whole at 1366×768 ------------------------------------


def file_note(qtbot, console: ConsoleWindow, text: str) -> None:
    console.note_input.setFocus()
    qtbot.keyClicks(console.note_input, text)
    qtbot.keyClick(console.note_input, Qt.Key.Key_Return)


@pytest.fixture
def laptop_console(
    qtbot, meeting_id: int, open_console: Callable[[int], Any]
) -> ConsoleWindow:
    console = open_console(meeting_id)
    console.resize(LAPTOP)
    qtbot.waitUntil(lambda: console.size() == LAPTOP)
    return console


def test_at_1366x768_the_note_text_takes_most_of_the_notes_list(
    qtbot, laptop_console: ConsoleWindow
) -> None:
    file_note(qtbot, laptop_console, "! Sales follows up every MQL within 24 hours")
    file_note(qtbot, laptop_console, LONG_NOTE)
    view = laptop_console.notes_list
    assert view.model().rowCount() == 2
    text_width = view.columnWidth(NotesTableModel.TEXT)
    assert text_width > 0.55 * view.viewport().width()
    assert view.horizontalScrollBar().maximum() == 0  # nothing beside the text off to the right


def test_the_whole_note_shows_on_hover_and_in_the_detail_line(
    qtbot, laptop_console: ConsoleWindow
) -> None:
    view = laptop_console.notes_list
    detail = view.detail
    assert detail.text() == ""
    assert detail.label.text() == HINT and not detail.label.isEnabled()  # a hint, not a note
    file_note(qtbot, laptop_console, LONG_NOTE)
    assert detail.text() == LONG_NOTE  # the note just filed is the current one
    assert detail.label.textFormat() == Qt.TextFormat.PlainText
    assert detail.label.wordWrap()
    file_note(qtbot, laptop_console, "? Can Marketing tag <b>webinar</b> leads?")
    assert detail.text() == "? Can Marketing tag <b>webinar</b> leads?".removeprefix("? ")

    long_row = view.model().index(0, NotesTableModel.TEXT)
    assert long_row.data(Qt.ItemDataRole.ToolTipRole) == plain_tooltip(LONG_NOTE)
    left = Qt.MouseButton.LeftButton
    qtbot.mouseClick(view.viewport(), left, pos=view.visualRect(long_row).center())
    assert detail.text() == LONG_NOTE
    assert detail.isVisible()
    assert detail.label.height() >= detail.label.heightForWidth(detail.viewport().width())


@pytest.fixture
def carried(db: Database) -> int:
    """A second meeting of a series with six long action items and two disputes carried in."""
    series = create_series(db, "Weekly", MeetingKind.WEEKLY, Frequency.WEEKLY)
    plan = builtin_template("weekly").plan
    first = create_next_meeting(
        db, plan, title="Weekly 1", scheduled_at=MONDAY, series_id=series
    ).meeting_id
    for number in range(6):
        add_action_item(db, first, text=f"{number + 1}. {LONG_ACTION}", due_date=date(2026, 12, 1))
    for title in ("MQL threshold", "Recycled leads come back without a reason code"):
        category, team = DisputeCategory.MQL_DEFINITION, Team.SALES
        open_dispute(db, first, title=title, category=category, raised_by_team=team)
    with db.write() as session:
        meeting = session.get(Meeting, first)
        assert meeting is not None
        meeting.status = MeetingStatus.ENDED
    return create_next_meeting(
        db, plan, title="Weekly 2", scheduled_at=MONDAY + timedelta(weeks=1), series_id=series
    ).meeting_id


def test_at_1366x768_every_carried_entry_shows_whole(
    qtbot, carried: int, open_console: Callable[[int], Any]
) -> None:
    console = open_console(carried)
    console.resize(LAPTOP)
    qtbot.waitUntil(lambda: console.size() == LAPTOP)
    review = console.review_panel
    for view in (review.actions_list, review.disputes_list):
        assert view.horizontalScrollBar().maximum() == 0
        indicator = view.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
        shown = view.viewport().rect()
        seen = 0
        for row in range(view.count()):
            rect = view.visualItemRect(view.item(row))
            text_room = QRect(0, 0, rect.width() - indicator - 16, 100_000)
            wrapped = view.fontMetrics().boundingRect(
                text_room, Qt.TextFlag.TextWordWrap, view.item(row).text()
            )
            assert rect.height() >= wrapped.height(), view.item(row).text()
            if rect.intersects(shown):
                assert shown.contains(rect), (row, rect, shown)  # never cut at the edge
                seen += 1
        assert seen >= 1
    actions = review.actions_list
    assert actions.visualItemRect(actions.item(0)).height() > actions.fontMetrics().height() * 1.5


def test_after_the_end_the_item_chooser_leaves_the_note_field_its_width(
    qtbot, show, db: Database, meeting_id: int
) -> None:
    panel = show(NotesPanel(db, meeting_id))  # no place: notes added after the end
    panel.resize(640, 400)
    assert panel.item_box.isVisible()
    assert any(len(panel.item_box.itemText(i)) > 40 for i in range(panel.item_box.count()))
    qtbot.waitUntil(lambda: panel.note_input.width() > panel.item_box.width())


def test_a_refused_tick_is_said_as_refused_in_the_console(
    qtbot, db: Database, carried: int, open_console: Callable[[int], Any], monkeypatch
) -> None:
    console = open_console(carried)
    actions = console.review_panel.actions_list
    row = actions.visualItemRect(actions.item(0))
    indicator = actions.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
    box = QPoint(row.left() + indicator // 2 + 4, row.center().y())
    with full_disk(db, monkeypatch):
        qtbot.mouseClick(actions.viewport(), Qt.MouseButton.LeftButton, pos=box)
    assert console.status_line.text() == f"Refused: {FULL}"
    assert console.status_line.refused
    assert actions.item(0).checkState() == Qt.CheckState.Unchecked


def test_the_whole_console_fits_a_1366x768_laptop(
    qtbot, carried: int, open_console: Callable[[int], Any]
) -> None:
    console = open_console(carried)
    file_note(qtbot, console, LONG_NOTE)
    least = console.minimumSizeHint()
    assert least.width() <= LAPTOP.width()
    assert least.height() <= 700  # 768 less a panel and a title bar
    console.resize(LAPTOP)
    qtbot.waitUntil(lambda: console.size() == LAPTOP)
    window = console.rect()
    for widget in console.centralWidget().findChildren(QWidget):
        if not widget.isVisibleTo(console) or widget.width() == 0:
            continue
        place = QRect(widget.mapTo(console, QPoint(0, 0)), widget.size())
        assert window.contains(place), (widget.objectName() or type(widget).__name__, place)
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            assert widget.height() >= widget.heightForWidth(widget.width()), widget.text()
    clock = console.clock_label
    assert clock.height() >= clock.sizeHint().height()  # the clock is never squeezed
    shortcuts = console.shortcuts_label
    assert shortcuts.height() > shortcuts.fontMetrics().height()  # it wraps, whole


def test_the_notes_list_never_shows_a_row_cut_at_its_bottom_edge(
    qtbot, db: Database, meeting_id: int, open_console: Callable[[int], Any]
) -> None:
    item = load_meeting(db, meeting_id).items[0].id
    for number in range(40):
        add_note(db, meeting_id, item, NoteKind.NOTE, f"Note {number + 1}", number * 10.0)
    console = open_console(meeting_id)
    view = console.notes_list
    for height in (LAPTOP.height(), LAPTOP.height() - 13, LAPTOP.height() - 29):
        console.resize(LAPTOP.width(), height)
        qtbot.waitUntil(lambda h=height: console.height() == h)
        shown = view.viewport().rect()
        rows = [view.visualRect(view.model().index(row, 0)) for row in range(40)]
        seen = [rect for rect in rows if rect.intersects(shown)]
        assert len(seen) >= 2
        assert all(shown.contains(rect) for rect in seen), (height, shown, seen[-1])
    view.scrollToBottom()
    assert view.visualRect(view.model().index(39, 0)).bottom() <= view.viewport().rect().bottom()
