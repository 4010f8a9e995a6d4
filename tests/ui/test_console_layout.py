"""The console reads in a room: refusals look refused, notes and carried entries show whole,
the presenter window stands beside the console, and it all fits a 1366×768 laptop."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel
from sqlalchemy.orm import Session

from facilitator.storage.database import Database
from facilitator.storage.write_errors import SaveRefused
from facilitator.ui.common.window_geometry import fitted
from facilitator.ui.console.console import ConsoleWindow
from facilitator.ui.console.status_line import REFUSED_PREFIX, StatusLine
from facilitator.ui.presenter.presenter_placement import beside

FULL = "The disk is full, so this change was not saved."


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
    assert first.screen().availableGeometry().contains(first.frameGeometry())
    place = QRect(30, 40, 760, 600)
    first.setGeometry(place)
    qtbot.waitUntil(lambda: first.geometry() == place)
    first.close()

    again = show(ConsoleWindow(db, meeting_id, time_source=fake_clock, settings=settings))
    assert again.geometry() == place
