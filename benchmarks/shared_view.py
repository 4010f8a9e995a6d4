"""The shared view's two figures (issue #19 point 2), in Debian's headless chromium.

latency: a console on the real clock shares on 127.0.0.1; the view is open in chromium, where
a MutationObserver notes the wall time each new item title is drawn. The moderator's key
(Alt+Right, then Alt+Left, alternately) is pressed with QTest; the figure is from just before
the press to the drawing, on the same machine's wall clock. Target: 100 ms.

drift: the page's own offset estimator and display (view.js's ServerClock and display, run in
the page) fed 30 minutes of simulated pushes: the browser's clock set off the app's by an
offset and running fast by a rate, each push two seconds apart and delayed 0-400 ms at
random, now and then one stalled three seconds. Every simulated 100 ms the time left the page
would show is compared with the app's; the figure is the largest gap in the last minute and
over the whole run. Target: 0.5 s after 30 minutes.

Run: `QT_QPA_PLATFORM=offscreen python3 -m benchmarks.shared_view` (prints one JSON line).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

from facilitator.record.meetings import create_meeting
from facilitator.record.templates import builtin_template
from facilitator.storage.database import open_database

OBSERVE = """
window.__drawn = [];
new MutationObserver(() => window.__drawn.push(performance.timeOrigin + performance.now()))
  .observe(document.getElementById('item'), {childList: true, characterData: true, subtree: true});
"""
SIMULATE = """
const [offset, rate, minutes, seed] = arguments;
const V = window.facilitatorView;
let state = seed;
const random = () => {  // mulberry32: exact in 32-bit integers
  state = (state + 0x6D2B79F5) | 0;
  let x = Math.imul(state ^ (state >>> 15), 1 | state);
  x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
  return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
};
const clock = new V.ServerClock(10);
const planned = minutes * 60 + 600;
const push = {status: 'running', at: 0, item_remaining: planned, meeting_remaining: planned,
              clock_text: '', phase: 'normal', phase_text: '', warn_at: 60, time_seconds: 5};
const local = (t) => offset + t * (1 + rate);
let worst = 0, worstLastMinute = 0, nextPush = 0, queue = [];
for (let step = 0; step <= minutes * 600; step++) {
  const t = step / 10;
  if (t >= nextPush) {
    const stall = random() < 0.02 ? 3 : 0;
    queue.push({arrives: t + stall + random() * 0.4, sent: t});
    nextPush += 2;
  }
  for (const p of queue.filter((p) => p.arrives <= t)) clock.sample(p.sent, local(p.arrives));
  queue = queue.filter((p) => p.arrives > t);
  if (clock.samples.length === 0) continue;
  const shown = V.display(push, clock.now(local(t)));
  const gap = Math.abs(shown.remaining - (planned - t));
  worst = Math.max(worst, gap);
  if (t >= (minutes - 1) * 60) worstLastMinute = Math.max(worstLastMinute, gap);
}
return [worst, worstLastMinute];
"""


def browser() -> webdriver.Chrome:
    options = Options()
    options.binary_location = shutil.which("chromium") or "chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)


def wait_for(condition, seconds: float = 5.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        if time.monotonic() > deadline:
            raise TimeoutError("the page did not follow")


def latency(presses: int) -> list[float]:
    from facilitator.ui.console.console import ConsoleWindow

    db = open_database(Path(tempfile.mkdtemp()) / "share.sqlite")
    plan = builtin_template("weekly").plan
    meeting_id = create_meeting(db, plan, title="Share check", scheduled_at=datetime.now(UTC))
    console = ConsoleWindow(db, meeting_id)
    console.show()
    console.activateWindow()
    wait_for(console.isActiveWindow)
    console.toggle_action.trigger()
    server = console.sharing.start("127.0.0.1")
    assert server is not None
    driver = browser()
    try:
        driver.get(server.view_url)
        wait_for(lambda: driver.execute_script("return !!(window.facilitatorView || {}).state"))
        driver.execute_script(OBSERVE)
        found = []
        for n in range(presses):
            drawn = len(driver.execute_script("return window.__drawn"))
            key = Qt.Key.Key_Right if n % 2 == 0 else Qt.Key.Key_Left
            pressed = time.time() * 1000
            QTest.keyClick(console, key, Qt.KeyboardModifier.AltModifier)
            wait_for(lambda d=drawn: len(driver.execute_script("return window.__drawn")) > d)
            found.append(driver.execute_script("return window.__drawn")[drawn] - pressed)
        return found
    finally:
        driver.quit()
        console.close()
        db.close()


def drift(offset: float, rate: float, minutes: int) -> tuple[float, float]:
    """Largest gap over the run and in its last minute, in seconds."""
    from facilitator.sharing.server import pages_folder

    driver = browser()
    try:
        driver.get((pages_folder() / "view.html").as_uri())
        worst, last = driver.execute_script(SIMULATE, offset, rate, minutes, 12345)
        return float(worst), float(last)
    finally:
        driver.quit()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presses", type=int, default=20)
    parser.add_argument("--offset", type=float, default=-86_400.0, help="browser minus app, s")
    parser.add_argument("--rate", type=float, default=200e-6, help="browser runs fast by this")
    parser.add_argument("--minutes", type=int, default=30)
    arguments = parser.parse_args()
    app = QApplication(sys.argv[:1])
    delays = latency(arguments.presses)
    worst, last = drift(arguments.offset, arguments.rate, arguments.minutes)
    print(json.dumps({
        "latency_ms_median": round(statistics.median(delays), 1),
        "latency_ms_max": round(max(delays), 1),
        "presses": len(delays),
        "drift_s_max": round(worst, 3),
        "drift_s_last_minute": round(last, 3),
        "offset_s": arguments.offset,
        "rate": arguments.rate,
        "minutes": arguments.minutes,
    }))
    app.quit()


if __name__ == "__main__":
    main()
