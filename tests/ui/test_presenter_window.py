"""The presenter screen through a weekly meeting's first item, by a fake clock (no sleeps)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication
from pytestqt.qtbot import QtBot

from facilitator.record.meetings import MeetingView, load_meeting
from facilitator.rules.clock import MeetingClock, Phase
from facilitator.storage.database import Database
from facilitator.ui.common.palette_colours import OVERRUN_PULSE, PHASE_COLOURS, contrast_ratio
from facilitator.ui.presenter.presenter_window import WINDOW_TITLE, PresenterWindow


@pytest.fixture
def meeting(db: Database, new_weekly_meeting: Callable[..., int]) -> MeetingView:
    meeting_id = new_weekly_meeting(scheduled_at=datetime(2025, 3, 3, 9, 0, tzinfo=UTC))
    return load_meeting(db, meeting_id)


@pytest.fixture
def clock() -> MeetingClock:
    clock = MeetingClock(planned=[180, 720, 720, 300, 180], cap_seconds=2400)
    return clock.apply(clock.start(0.0))


@pytest.fixture
def window(qtbot: QtBot) -> PresenterWindow:
    w = PresenterWindow()
    qtbot.addWidget(w)
    return w


def test_every_phase_keeps_aaa_contrast() -> None:
    assert set(PHASE_COLOURS) == set(Phase)
    pairs = [*PHASE_COLOURS.values(), *OVERRUN_PULSE]
    for colours in pairs:
        assert contrast_ratio(colours.foreground, colours.background) >= 7.0
    assert contrast_ratio(QColor("white"), QColor("black")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("white"), QColor("white")) == pytest.approx(1.0)


def test_a_running_item_shows_clock_title_next_and_meeting_left(
    window: PresenterWindow, meeting: MeetingView, clock: MeetingClock
) -> None:
    assert window.windowTitle() == WINDOW_TITLE
    window.show_state(meeting, clock.state(0.0))
    assert window.clock_label.text() == "3:00"
    assert window.item_label.text() == "Open action items"
    assert window.phase_label.text() == ""
    assert window.next_label.text().startswith("Next: Marketing update")
    assert window.meeting_label.text() == "Meeting: 40:00 left"
    assert window.background_colour == QColor("#000000")
    assert window.clock_label.textFormat() == Qt.TextFormat.PlainText
    assert window.message_label.textFormat() == Qt.TextFormat.PlainText

    window.show_state(meeting, clock.state(60.0))
    assert window.clock_label.text() == "2:00"
    assert window.progress.value() == 333
    assert window.meeting_label.text() == "Meeting: 39:00 left"


def test_phases_change_word_and_colour(
    window: PresenterWindow, meeting: MeetingView, clock: MeetingClock
) -> None:
    window.show_state(meeting, clock.state(10.0))
    normal = window.background_colour

    window.show_state(meeting, clock.state(130.0))
    assert window.clock_label.text() == "0:50"
    assert window.phase_label.text() == "1 MIN LEFT"
    assert window.phase == Phase.WARNING
    warning = window.background_colour

    window.show_state(meeting, clock.state(181.0))
    assert window.phase_label.text() == "TIME"
    assert not window.is_pulsing
    time_bg = window.background_colour

    window.show_state(meeting, clock.state(225.0))
    assert window.clock_label.text() == "+0:45"
    assert window.phase_label.text() == "OVER +0:45"
    assert window.progress.value() == 1000
    assert window.is_pulsing
    overrun = window.background_colour
    window._toggle_pulse()
    pulsed = window.background_colour

    assert len({c.name() for c in (normal, warning, time_bg)}) == 3
    assert overrun != pulsed
    assert {overrun.name(), pulsed.name()} == {p.background.name() for p in OVERRUN_PULSE}

    later = clock.apply(clock.next_item(230.0))
    window.show_state(meeting, later.state(231.0))
    assert not window.is_pulsing
    assert window.background_colour == normal
    assert window.item_label.text().startswith("Marketing update")
    assert window.presenter_label.text() == "Marketing"
    assert window.next_label.text().startswith("Next: Sales update")


def test_countdown_before_the_start(
    window: PresenterWindow, meeting: MeetingView, db: Database
) -> None:
    window.show_countdown(299.2)
    assert window.phase_label.text() == "Starts in 5:00"
    window.show_countdown(298.5)
    assert window.phase_label.text() == "Starts in 4:59"
    not_started = MeetingClock(planned=[180, 720, 720, 300, 180], cap_seconds=2400)
    window.show_state(meeting, not_started.state(0.0))
    assert window.phase_label.text() == "Starts in 4:59"
    window.show_countdown(-3.0)
    assert window.phase_label.text() == "Starting soon"
    window.show_countdown(None)
    assert window.phase_label.text() == "Starting soon"


def test_message_shown_flashing_and_cleared(window: PresenterWindow, qtbot: QtBot) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.show_message("Please wrap <b>up</b>")
    assert window.message_label.text() == "Please wrap <b>up</b>"
    assert window.message_label.isVisible()
    assert not window.is_flashing
    window.show_message("Two minutes", flash=True)
    assert window.is_flashing
    window.clear_message()
    assert window.message_label.text() == ""
    assert not window.message_label.isVisible()
    assert not window.is_flashing


def test_a_larger_window_gets_larger_digits(window: PresenterWindow, qtbot: QtBot) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.resize(640, 360)
    small = window.clock_pixel_size()
    window.resize(1920, 1080)
    assert window.clock_pixel_size() > small


def test_put_on_screen_and_back(window: PresenterWindow, qtbot: QtBot) -> None:
    screen = QGuiApplication.primaryScreen()
    window.put_on_screen(screen)
    qtbot.waitExposed(window)
    assert window.isFullScreen()
    assert window.target_screen is screen
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isFullScreen()

    window.put_on_screen(screen)
    window._on_screen_removed(screen)
    assert not window.isFullScreen()
    assert window.target_screen is None

    window.put_on_screen(None)
    assert window.isVisible()
    assert not window.isFullScreen()


def test_screenshot(
    window: PresenterWindow, meeting: MeetingView, clock: MeetingClock, qtbot: QtBot
) -> None:
    later = clock.apply(clock.next_item(180.0))
    window.show_state(meeting, later.state(180.0 + 672.0))
    window.show_message("Questions after the update, please")
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    assert window.grab().save("/tmp/presenter.png")
