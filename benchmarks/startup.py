"""Start-up time: process launch to the first paint of a main window, and the child's peak RSS."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import textwrap
import time
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


@dataclass(frozen=True)
class Start:
    seconds: float
    peak_rss_mb: float


def _environment() -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "PYTHONPATH": str(ROOT),
        "FACILITATOR_EXIT_AFTER_PAINT": "1",
    }


def time_start(command: list[str], env: dict[str, str] | None = None) -> Start:
    """Launch command, wait for its 'PAINTED <monotonic>' line; the time from launch to it."""
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
    painted = None
    deadline = launched + PAINT_TIMEOUT
    while painted is None and time.monotonic() < deadline:
        ready, _, _ = select.select([child.stdout], [], [], deadline - time.monotonic())
        if not ready:
            break
        line = child.stdout.readline()
        if not line:
            break
        if line.startswith("PAINTED "):
            painted = float(line.split()[1])
    if painted is None:
        child.kill()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if painted is None:
        raise RuntimeError(f"{command[-1]}: no first paint (exit {child.returncode})")
    return Start(painted - launched, usage.ru_maxrss / 1024)


def bare_start() -> Start:
    return time_start([sys.executable, "-c", BARE_WINDOW])


def app_start(db_path: Path) -> Start:
    return time_start([sys.executable, "-m", "facilitator", "--db", str(db_path)])
