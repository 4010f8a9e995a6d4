"""The console's clock against real time: run a meeting for a while and watch the big digits.

The item clock shows the time left rounded up, so the text s is right while the true time
left r satisfies s - 1 < r <= s. A poll every millisecond reads the shown text; the error is
how far r is outside that interval (a late or early change of the digits). Run as a child;
prints one JSON line.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from facilitator.record.meetings import create_meeting
from facilitator.record.templates import builtin_template
from facilitator.storage.database import open_database
from facilitator.timesource import run_clock

START_PHASE = 0.137
"""Seconds between the console opening and the start press, out of step with its timer."""


def _shown_seconds(text: str) -> int | None:
    if text.startswith("+") or ":" not in text:
        return None
    minutes, seconds = text.split(":")
    return int(minutes) * 60 + int(seconds)


def main(seconds: float) -> None:
    app = QApplication(sys.argv[:1])
    db = open_database(Path(tempfile.mkdtemp()) / "clock.sqlite")
    plan = builtin_template("weekly").plan
    meeting_id = create_meeting(db, plan, title="Clock check", scheduled_at=datetime.now(UTC))
    from facilitator.ui.console.console import ConsoleWindow

    console = ConsoleWindow(db, meeting_id)
    console.show()
    pause = QEventLoop()  # a moderator presses start at any moment
    QTimer.singleShot(round(START_PHASE * 1000), pause.quit)
    pause.exec()
    console.toggle_action.trigger()
    state = console.run.state()
    planned = state.item_remaining + state.item_elapsed
    started = run_clock() - state.item_elapsed
    worst = 0.0
    samples = 0

    def poll() -> None:
        nonlocal worst, samples
        now = run_clock()
        shown = _shown_seconds(console.clock_label.text())
        if shown is not None:
            remaining = planned - (now - started)
            error = max(remaining - shown, (shown - 1) - remaining, 0.0)
            worst = max(worst, error)
            samples += 1
        if now - started >= seconds:
            app.quit()

    watch = QTimer()
    watch.setTimerType(Qt.TimerType.PreciseTimer)
    watch.setInterval(1)
    watch.timeout.connect(poll)
    watch.start()
    began = time.monotonic()
    app.exec()
    console.close()
    db.close()
    print(
        json.dumps({"max_error": worst, "samples": samples, "ran": time.monotonic() - began}),
        flush=True,
    )
    os._exit(0)  # the figures are out; Qt's teardown is not what is measured


if __name__ == "__main__":
    main(float(sys.argv[1]))
