"""Start-up time: process launch to the first paint of a main window and to the moment it is
usable (the meeting list and the selected meeting filled, input taken), and the child's peak RSS.

A bare PySide6 window is usable when it paints; the app prints both moments when
FACILITATOR_EXIT_AFTER_PAINT=1 (facilitator/ui/app.py), and a third where the ORM loads in the
background after usable: when it is in. `alternating` starts the bare window
and the app in turn, so a machine that gets busier during the runs weighs on both alike.
"""

from __future__ import annotations

import compileall
import os
import select
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAINT_TIMEOUT = 120.0

BARE_WINDOW = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    class FirstPaint(QObject):
        painted = False

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not self.painted:
                self.painted = True
                QTimer.singleShot(0, self.report)
            return False

        def report(self):
            print(f"PAINTED {time.monotonic()}", flush=True)
            QApplication.instance().quit()

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1100, 700)
    first_paint = FirstPaint(window)
    window.installEventFilter(first_paint)
    window.show()
    app.exec()
    """
)


def compile_bytecode() -> None:
    """Write the app's .pyc files as `pip install .` does. The benchmarks start the app from
    the source tree; where PYTHONDONTWRITEBYTECODE is set (as on the development machine) every
    start would otherwise compile each of its modules again (about 0.15 s), which no installed
    copy does."""
    compileall.compile_dir(ROOT / "facilitator", quiet=1)


@dataclass(frozen=True)
class Start:
    seconds: float
    """Launch to the first paint."""
    peak_rss_mb: float
    usable: float
    """Launch to usable: the list and the selected meeting filled, input taken."""
    loaded: float | None = None
    """Launch to the ORM loaded in the background after usable, the start's last work done
    (a write made before waits for it); None where nothing loads after usable."""


def _environment() -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "PYTHONPATH": str(ROOT),
        "FACILITATOR_EXIT_AFTER_PAINT": "1",
    }


def time_start(command: list[str], env: dict[str, str] | None = None) -> Start:
    """Launch command, read its 'PAINTED <monotonic>', 'USABLE <monotonic>' and 'LOADED
    <monotonic>' lines until it ends (a child that prints no USABLE is usable when it paints);
    the times from launch to them."""
    launched = time.monotonic()
    child = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env or _environment(),
        cwd=ROOT,
    )
    assert child.stdout is not None
    moments: dict[str, float] = {}
    deadline = launched + PAINT_TIMEOUT
    while time.monotonic() < deadline:
        ready, _, _ = select.select([child.stdout], [], [], deadline - time.monotonic())
        if not ready:
            break
        line = child.stdout.readline()
        if not line:
            break
        word, _, stamp = line.partition(" ")
        if word in ("PAINTED", "USABLE", "LOADED"):
            moments[word] = float(stamp)
    if time.monotonic() >= deadline:
        child.kill()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if "PAINTED" not in moments:
        raise RuntimeError(f"{command[-1]}: no first paint (exit {child.returncode})")
    painted = moments["PAINTED"]
    usable = moments.get("USABLE", painted)
    loaded = moments["LOADED"] - launched if "LOADED" in moments else None
    return Start(painted - launched, usage.ru_maxrss / 1024, usable - launched, loaded)


def bare_start() -> Start:
    return time_start([sys.executable, "-c", BARE_WINDOW])


def app_start(db_path: Path) -> Start:
    return time_start([sys.executable, "-m", "facilitator", "--db", str(db_path)])


def alternating(runs: int, *starts: Callable[[], Start]) -> list[list[Start]]:
    """Each start run `runs` times, in turn (A B C A B C …): one list of runs per start."""
    measured: list[list[Start]] = [[] for _ in starts]
    for _ in range(runs):
        for index, start in enumerate(starts):
            measured[index].append(start())
    return measured
