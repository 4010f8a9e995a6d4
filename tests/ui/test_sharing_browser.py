"""The shared view in a real browser: Debian's chromium, headless, driven by selenium through
chromium-driver, on 127.0.0.1. The console runs on a clock that follows real time (the page
counts on with the browser's own clock) and that the test can move ahead, so the run passes
through its phases without waiting; the page's digits and phase word are compared with the
app's clock at each step: running, warning, a pause, an extension and an overrun. Skipped,
saying why, where chromium or its driver is not installed (CI installs both)."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from facilitator.rules.clock import Phase, Thresholds, countdown_text, phase_word
from facilitator.sharing.chime_rule import chime_due
from facilitator.sharing.view_state import countdown_phrase
from facilitator.ui.common.palette_colours import contrast_ratio
from facilitator.ui.presenter.presenter_window import OVERRUN_PULSE, PHASE_COLOURS

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None or DRIVER is None,
    reason="the browser test needs Debian's chromium and chromium-driver (apt install "
    "chromium chromium-driver; .ci/run installs them)",
)
ROOT = Path(__file__).resolve().parents[2]
SHOTS = os.environ.get("FACILITATOR_SAVE_SHOTS")
"""Set to save the screenshots into docs/ (the README shows them); else into the test's folder."""
SIZES = {"phone": (390, 844), "tv": (1920, 1080)}
WAIT = 10_000


class FollowingClock:
    """The run clock: real time, plus a shift the test adds to skip ahead."""

    def __init__(self) -> None:
        self.shift = 0.0

    def __call__(self) -> float:
        return time.monotonic() + self.shift


@pytest.fixture
def browser() -> Iterator[Any]:
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=390,844", "--hide-scrollbars", "--force-device-scale-factor=1",
    ):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    yield driver
    driver.quit()


@pytest.fixture
def shared(
    db, settings, show, meeting_id: int, qtbot: QtBot
) -> Iterator[tuple[Any, FollowingClock]]:
    from facilitator.ui.console.console import ConsoleWindow

    clock = FollowingClock()
    console = show(ConsoleWindow(db, meeting_id, time_source=clock, settings=settings), active=True)
    console.sharing.start("127.0.0.1")
    yield console, clock
    console.close()


def seconds_of(text: str) -> int:
    """'4:59' → 299, '+0:30' → -30 (over), as the digits read."""
    over = text.startswith("+")
    minutes, seconds = text.lstrip("+").split(":")
    value = int(minutes) * 60 + int(seconds)
    return -value if over else value


def page(driver: Any, part: str) -> str:
    return driver.execute_script(f"return document.getElementById('{part}').textContent")


def agrees(driver: Any, console: Any) -> bool:
    """The page's digits and word are the app's now, give or take one second of the poll."""
    state = console.run.state()
    shown_clock, shown_word = page(driver, "clock"), page(driver, "phase")
    if not state.started:
        expected = (state.item_clock_text, countdown_phrase(console.seconds_to_start()))
        return (shown_clock, shown_word) == expected
    thresholds = console.run.thresholds
    planned = state.item_planned_seconds
    candidates = set()
    for slack in (-1.0, -0.5, 0.0, 0.5, 1.0):
        remaining = state.item_remaining + slack if state.running else state.item_remaining
        phase = thresholds.phase(planned, remaining)
        word = phase_word(phase, remaining)
        if state.paused:
            word = f"{word} · PAUSED" if word else "PAUSED"
        candidates.add((countdown_text(remaining), word))
    return (shown_clock, shown_word) in candidates


def colours(driver: Any) -> tuple[str, str]:
    """The page's text and background colours now, as '#rrggbb'."""
    found = driver.execute_script(
        "const s = getComputedStyle(document.body); return [s.color, s.backgroundColor]"
    )
    names = []
    for rgb in found:
        red, green, blue = (int(part) for part in rgb[rgb.index("(") + 1 : -1].split(",")[:3])
        names.append(QColor(red, green, blue).name())
    return names[0], names[1]


def phase_colours(phase: Phase) -> tuple[str, str]:
    """The presenter screen's pair for a phase (its tests hold each at 7:1 or more)."""
    pair = PHASE_COLOURS[phase]
    return pair.foreground.name(), pair.background.name()


def move_to(console: Any, clock: FollowingClock, left: float) -> None:
    """Skip ahead so the current item has `left` seconds to go (real time never goes back)."""
    ahead = console.run.state().item_remaining - left
    assert ahead > 0
    clock.shift += ahead
    console.refresh()


def shoot(driver: Any, name: str, tmp_path: Path) -> Path:
    folder = ROOT / "docs" if SHOTS else tmp_path
    for size, (width, height) in SIZES.items():
        driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": size == "phone"},
        )
        path = folder / f"shared-view-{name}-{size}-{width}x{height}.png"
        driver.save_screenshot(str(path))
        assert path.stat().st_size > 0
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    return folder


def test_the_page_follows_the_apps_clock_through_a_pause_an_extension_and_an_overrun(
    shared, browser, qtbot: QtBot, tmp_path: Path
) -> None:
    console, clock = shared
    browser.get(console.sharing.server.view_url)
    first = console.run.meeting.items[0].title
    qtbot.waitUntil(lambda: page(browser, "item") == first, timeout=WAIT)
    qtbot.waitUntil(lambda: agrees(browser, console), timeout=WAIT)  # not started yet

    qtbot.keyClick(console, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: console.run.state().running and agrees(browser, console), timeout=WAIT)
    assert colours(browser) == phase_colours(Phase.NORMAL)
    move_to(console, clock, 150)
    console.show_presenter(None)
    console.presenter_link.send("Questions after this item, please")
    console.activateWindow()  # the keys are the console's again
    qtbot.waitUntil(console.isActiveWindow)
    qtbot.waitUntil(lambda: page(browser, "message").startswith("Questions"), timeout=WAIT)
    qtbot.waitUntil(lambda: agrees(browser, console), timeout=WAIT)
    shoot(browser, "running", tmp_path)

    move_to(console, clock, 45)
    qtbot.waitUntil(lambda: page(browser, "phase") == "1 MIN LEFT", timeout=WAIT)
    assert agrees(browser, console)
    assert colours(browser) == phase_colours(Phase.WARNING)

    qtbot.keyClick(console, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)  # pause
    qtbot.waitUntil(lambda: page(browser, "phase") == "1 MIN LEFT · PAUSED", timeout=WAIT)
    paused_at = page(browser, "clock")
    clock.shift += 20  # the pause lasts; the page's digits stay
    console.refresh()
    qtbot.waitUntil(lambda: agrees(browser, console), timeout=WAIT)
    assert page(browser, "clock") == paused_at == console.clock_label.text()

    qtbot.keyClick(console, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)  # resume
    qtbot.keyClick(console, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)  # +1 min
    qtbot.waitUntil(lambda: seconds_of(page(browser, "clock")) > 60, timeout=WAIT)
    qtbot.waitUntil(lambda: agrees(browser, console), timeout=WAIT)

    move_to(console, clock, -30)
    qtbot.waitUntil(lambda: page(browser, "phase").startswith("OVER +0:3"), timeout=WAIT)
    qtbot.waitUntil(lambda: agrees(browser, console), timeout=WAIT)
    pulse = [(pair.foreground.name(), pair.background.name()) for pair in OVERRUN_PULSE]
    assert colours(browser) in pulse
    assert page(browser, "clock").startswith("+0:3")
    shoot(browser, "overrun", tmp_path)


@pytest.fixture
def german(speak) -> None:
    """The core speaks German from before the console opens (the fixtures' order)."""
    speak("de")


def test_the_page_counts_on_in_the_apps_language(
    german, shared, browser, qtbot: QtBot
) -> None:
    """The words the page writes itself (phase, next item, meeting time, the sound button)
    are the presenter screen's in the moderator's language, not the page's English; the
    remote's buttons and answers too."""
    console, clock = shared
    browser.get(console.sharing.server.view_url)
    qtbot.waitUntil(lambda: page(browser, "sound") == "Tippen, um den Ton einzuschalten")
    assert browser.execute_script("return document.documentElement.lang") == "de"
    qtbot.keyClick(console, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    move_to(console, clock, 50)
    qtbot.waitUntil(lambda: page(browser, "phase") == "NOCH 1 MIN.", timeout=WAIT)
    assert page(browser, "next").startswith("Als Nächstes: ")
    assert page(browser, "meeting").startswith("Besprechung: noch ")
    move_to(console, clock, -30)
    qtbot.waitUntil(lambda: page(browser, "phase").startswith("ÜBERZOGEN +0:3"), timeout=WAIT)
    browser.get(console.sharing.server.remote_url)
    next_button = "button[data-action='next']"
    qtbot.waitUntil(lambda: browser.find_element("css selector", next_button).text == "Nächster ▶")
    assert browser.execute_script("return document.documentElement.lang") == "de"
    browser.find_element("css selector", next_button).click()
    qtbot.waitUntil(lambda: page(browser, "remote-status") == "Gesendet.", timeout=WAIT)


MESSAGE_COLOURS = """
const rgb = (text) => text.match(/[\\d.]+/g).map(Number);
const message = getComputedStyle(document.getElementById('message'));
const back = rgb(message.backgroundColor);
const behind = back.length > 3 && back[3] === 0 ? getComputedStyle(document.body).backgroundColor
                                                : message.backgroundColor;
return [rgb(message.color).slice(0, 3), rgb(behind).slice(0, 3), message.filter];
"""


@pytest.mark.parametrize("left", [150, 30, -30])
def test_a_flashing_message_keeps_its_contrast(
    shared, browser, qtbot: QtBot, left: float
) -> None:
    """As on the presenter screen, flashing swaps the message's text and background colours,
    so both halves of the flash keep 7:1 in every phase (normal, warning, overrun)."""
    console, clock = shared
    browser.get(console.sharing.server.view_url)
    qtbot.keyClick(console, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    move_to(console, clock, left)
    link = console.presenter_link
    link.flash_box.setChecked(True)
    link.send("Wrap up")
    console.refresh()
    qtbot.waitUntil(lambda: page(browser, "message") == "Wrap up", timeout=WAIT)
    seen = set()
    deadline = time.monotonic() + 2.5
    while time.monotonic() < deadline:
        text, back, filtered = browser.execute_script(MESSAGE_COLOURS)
        assert filtered == "none"  # a filter's colours are not the ones measured here
        seen.add((QColor(*text).name(), QColor(*back).name()))
        qtbot.wait(50)
    assert len({text for text, _ in seen}) >= 2, seen  # it does flash
    for text, back in seen:
        assert contrast_ratio(QColor(text), QColor(back)) >= 7.0, (text, back)


@pytest.mark.parametrize(("offset", "rate"), [(-86_400.0, 200e-6), (3_600.0, -200e-6), (0.0, 0.0)])
def test_the_page_keeps_to_the_apps_clock_for_30_minutes(
    browser, offset: float, rate: float
) -> None:
    """view.js's own offset estimate and display, fed 30 simulated minutes of pushes every
    2 s, each late by up to 0.4 s and now and then stalled 3 s, with the browser's clock a day
    or an hour off the app's and running 200 ppm fast or slow (benchmarks/shared_view.py's
    drift): the time left shown stays within 0.5 s of the app's, at the start and at the end."""
    from benchmarks.shared_view import SIMULATE
    from facilitator.sharing.server import pages_folder

    browser.get((pages_folder() / "view.html").as_uri())
    worst, last_minute = browser.execute_script(SIMULATE, offset, rate, 30, 12345)
    assert worst <= 0.5 and last_minute <= 0.5, (worst, last_minute)


def test_the_page_repeats_the_apps_rules(shared, browser, qtbot: QtBot) -> None:
    """view.js's phases, words, digits and chime moments against clock.py's, value by value."""
    console, _ = shared
    browser.get(console.sharing.server.view_url)
    qtbot.waitUntil(lambda: browser.execute_script("return !!window.facilitatorView"))
    thresholds = Thresholds(warn_seconds=60, warn_fraction=0.2, time_seconds=5)
    cases = [
        -3700.5, -61.0, -60.2, -5.01, -5.0, -4.99, -0.5, -0.0, 0.0, 0.01, 0.5, 1.0, 59.5, 60.0,
        60.01, 61.0, 119.9, 120.0, 299.99, 300.0, 3599.5, 6000.0,
    ]
    for planned in (300, 600, 1800):
        warn_at = thresholds.warn_at(planned)
        for remaining in cases:
            phase = thresholds.phase(planned, remaining)
            got = browser.execute_script(
                "const R = window.facilitatorView.Rules;"
                "const p = R.phase(arguments[0], arguments[1], arguments[2]);"
                "return [p, R.phaseWord(p, arguments[0]), R.countdownText(arguments[0])];",
                remaining, warn_at, thresholds.time_seconds,
            )
            expected = [phase.value, phase_word(phase, remaining), countdown_text(remaining)]
            assert got == expected, (planned, remaining)
    for before, after in [(61, 60), (60.5, 59.5), (60, 59), (1, 0), (0.5, -0.5), (0, -1), (30, 29)]:
        got = browser.execute_script(
            "return window.facilitatorView.Rules.chimeDue(arguments[0], arguments[1])",
            before, after,
        )
        assert got == chime_due(before, after), (before, after)


def test_the_page_chimes_after_a_tap(shared, browser, qtbot: QtBot) -> None:
    console, clock = shared
    browser.get(console.sharing.server.view_url)
    browser.find_element("id", "sound").click()
    assert not browser.find_element("id", "sound").is_displayed()
    qtbot.keyClick(console, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    move_to(console, clock, 62)
    qtbot.waitUntil(lambda: page(browser, "phase") == "1 MIN LEFT", timeout=WAIT)
    qtbot.waitUntil(
        lambda: browser.execute_script("return window.facilitatorView.chimes || 0") == 1,
        timeout=WAIT,
    )


def test_the_remote_page_presses_the_consoles_controls(shared, browser, qtbot: QtBot) -> None:
    console, _ = shared
    qtbot.keyClick(console, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    browser.get(console.sharing.server.remote_url)
    qtbot.waitUntil(lambda: page(browser, "item") == console.run.meeting.items[0].title)
    browser.find_element("css selector", "button[data-action='next']").click()
    qtbot.waitUntil(lambda: console.run.state().current_index == 1, timeout=WAIT)
    second = console.run.meeting.items[1].title
    qtbot.waitUntil(lambda: page(browser, "item") == second, timeout=WAIT)
    qtbot.waitUntil(lambda: len(browser.find_elements("css selector", "#presets button")) == 3)
    browser.find_elements("css selector", "#presets button")[1].click()
    qtbot.waitUntil(lambda: "Wrap up" in console.status_text(), timeout=WAIT)
    assert page(browser, "remote-status") == "Sent."
