"""The presenter screen on several displays.

A QApplication's platform, and so its set of screens, is fixed for the life of a process, so the
several-display checks run tests/ui/multiscreen_probe.py in a subprocess on Qt's offscreen
platform with a JSON file of named screens (QT_QPA_PLATFORM="offscreen:configfile=...").
The offscreen platform cannot unplug a screen at runtime from Python, so the unplugging is
simulated by emitting QGuiApplication.screenRemoved with a real, connected second screen: it
covers everything the window does in answer, not Qt's own teardown of the screen object.
The single-display rules run here, in-process, through pytest-qt.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QRect, QSettings
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from facilitator.ui.presenter.presenter_placement import GEOMETRY_KEY, SCREEN_KEY, screen_for
from facilitator.ui.presenter.presenter_window import PresenterWindow

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("multiscreen_probe.py")
SCREENS = [
    {"name": "Laptop", "x": 0, "y": 0, "width": 1280, "height": 800, "logicalDpi": 96},
    {"name": "Projector", "x": 1280, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96},
    {"name": "TV", "x": 3200, "y": 100, "width": 1024, "height": 768, "logicalDpi": 96},
]


ONE_WIDE = [{"name": "Wide", "x": 0, "y": 0, "width": 2560, "height": 1080, "logicalDpi": 96}]


def run_probe(
    scenario: str, tmp_path: Path, screens: list[dict[str, object]] | None = None
) -> list[str]:
    """Run one scenario on offscreen displays (three unless given); returns the checks it
    passed."""
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": screens or SCREENS}), encoding="utf-8")
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    env["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(ROOT), str(ROOT / "tests"), env.get("PYTHONPATH")])
    )
    done = subprocess.run(
        [sys.executable, str(PROBE), scenario, str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, f"{scenario} failed:\n{done.stdout}\n{done.stderr}"
    lines = done.stdout.splitlines()
    assert lines[-1] == "done", done.stdout
    return [line.removeprefix("ok: ") for line in lines if line.startswith("ok: ")]


def test_the_menu_lists_every_display_and_puts_the_presenter_full_screen_on_it(
    tmp_path: Path,
) -> None:
    assert run_probe("menu", tmp_path) == [
        "the presenter menu lists every display by name",
        "full screen on the projector, covering exactly its geometry",
        "the clock keeps running on the projector",
        "moved full screen to the TV; the clock kept running",
        "back to a window to share in a call; the clock kept running",
    ]


def test_unplugging_its_display_brings_the_presenter_back_as_a_window(tmp_path: Path) -> None:
    assert run_probe("removal", tmp_path) == [
        "unplugging another display leaves the presenter where it is",
        "its display unplugged, the presenter comes back as a window on the main display",
        "the clock kept running through the unplugging",
        "it can go full screen again afterwards",
    ]


def test_a_saved_place_is_used_only_on_a_connected_display(tmp_path: Path) -> None:
    assert run_probe("restore", tmp_path) == [
        "a saved place on a connected display is used",
        "closing saves the place and the display's name; the next window opens there",
        "a saved place on no connected display is not used: it opens on the primary",
    ]


def test_on_wayland_the_screen_is_given_before_the_window_is_shown(tmp_path: Path) -> None:
    assert run_probe("wayland", tmp_path) == [
        "on Wayland the window is hidden and given its new screen before it is shown again",
    ]


def test_a_presenter_window_opens_on_another_display_when_there_is_one(tmp_path: Path) -> None:
    assert run_probe("away", tmp_path) == [
        "with another display, the presenter window opens on the largest other one",
    ]


def test_on_one_display_with_room_the_presenter_window_opens_beside_the_console(
    tmp_path: Path,
) -> None:
    assert run_probe("beside", tmp_path, ONE_WIDE) == [
        "on one display with room, the presenter window opens beside the console",
    ]


def test_screen_for_needs_an_overlap(qapp: QGuiApplication) -> None:
    primary = QGuiApplication.primaryScreen()
    assert primary is not None
    area = primary.geometry()
    screens = [primary]
    assert screen_for(QRect(area.topLeft(), area.size() / 2), screens) is primary
    assert screen_for(QRect(area.right() - 10, area.top(), 400, 300), screens) is primary
    assert screen_for(QRect(area.right() + 1, area.top(), 400, 300), screens) is None
    assert screen_for(QRect(-5000, -5000, 400, 300), screens, primary.name()) is None
    assert screen_for(QRect(), screens) is None


def test_a_place_saved_off_every_display_opens_on_the_primary(
    qtbot: QtBot, settings: QSettings
) -> None:
    settings.setValue(GEOMETRY_KEY, QRect(20000, 20000, 500, 300))
    settings.setValue(SCREEN_KEY, "HDMI-2")
    window = PresenterWindow(settings=settings)
    qtbot.addWidget(window)
    window.put_on_screen(None)
    qtbot.waitExposed(window)
    primary = QGuiApplication.primaryScreen()
    assert primary is not None
    assert window.screen() is primary
    assert primary.availableGeometry().contains(window.geometry())


def test_a_place_on_the_display_comes_back_and_full_screen_does_not_overwrite_it(
    qtbot: QtBot, settings: QSettings
) -> None:
    primary = QGuiApplication.primaryScreen()
    assert primary is not None
    area = primary.availableGeometry()
    place = QRect(area.left() + 40, area.top() + 30, area.width() // 2, area.height() // 2)
    settings.setValue(GEOMETRY_KEY, place)
    window = PresenterWindow(settings=settings)
    qtbot.addWidget(window)
    window.put_on_screen(None)
    qtbot.waitExposed(window)
    assert window.geometry() == place
    window.put_on_screen(primary)
    qtbot.waitUntil(window.isFullScreen)
    window.close()
    assert settings.value(GEOMETRY_KEY) == place
    assert settings.value(SCREEN_KEY) == primary.name()
