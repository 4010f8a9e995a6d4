"""The real app, killed mid-meeting with SIGKILL, resumes with the clock where it should be.

A child process runs the moderator's console (offscreen Qt), starts the meeting through the
console's own start action, moves to the next item and then sits in the Qt event loop. It is
killed without warning; this process reopens the meeting and checks the resumed clock.
"""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from facilitator import timesource
from facilitator.record.meetings import create_meeting
from facilitator.record.run import MeetingRun, running_meetings
from facilitator.record.templates import builtin_template
from facilitator.storage.database import Database
from facilitator.timesource import run_clock
from facilitator.vocabulary import MeetingStatus

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

KILL_AFTER = 1.5
"""Seconds after the start press at which the child is killed; the only real wait."""
READY_TIMEOUT = 30.0

CONSOLE_APP = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication
    from facilitator.storage.database import open_database
    from facilitator.timesource import run_clock
    from facilitator.ui.console.console import ConsoleWindow

    db = open_database(sys.argv[1])
    app = QApplication(sys.argv[:1])
    console = ConsoleWindow(db, int(sys.argv[2]))
    console.show()
    app.processEvents()
    before = run_clock()
    console.toggle_action.trigger()
    console.next_action.trigger()
    state = console.run.state()
    print("READY", before, state.status, state.current_index, flush=True)
    sys.exit(app.exec())
    """
)


def _read_line(child: subprocess.Popen[str], timeout: float) -> str:
    """One line of the child's output, or fail instead of hanging if it never comes."""
    assert child.stdout is not None
    ready, _, _ = select.select([child.stdout], [], [], timeout)
    if not ready:
        pytest.fail(f"The console process printed nothing in {timeout:.0f} s.")
    return child.stdout.readline()


def test_a_killed_console_resumes_with_its_clock(qtbot, db: Database, db_path: Path) -> None:
    meeting_id = create_meeting(
        db,
        builtin_template("weekly").plan,
        title="Weekly smarketing",
        scheduled_at=timesource.now(),
    )
    child = subprocess.Popen(
        [sys.executable, "-c", CONSOLE_APP, str(db_path), str(meeting_id)],
        stdout=subprocess.PIPE,
        text=True,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": str(Path(__file__).parents[1]),
        },
    )
    try:
        line = _read_line(child, READY_TIMEOUT)
        word, before, status, index = line.split()
        assert (word, status, index) == ("READY", "running", "1"), line
        started = float(before)
        time.sleep(max(0.0, started + KILL_AFTER - run_clock()))
        assert child.poll() is None, "the console exited on its own before the kill"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL

    state = MeetingRun.open(db, meeting_id).state()
    real = run_clock() - started
    assert state.running
    assert state.current_index == 1
    assert real - 0.5 <= state.meeting_elapsed <= real + 1.0
    assert [summary.id for summary in running_meetings(db)] == [meeting_id]
    with db.read() as session:
        assert session.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"

    from facilitator.ui.console.console import ConsoleWindow

    console = ConsoleWindow(db, meeting_id)
    qtbot.addWidget(console)
    resumed = console.run.state()
    assert resumed.running
    assert resumed.current_index == 1
    second = console.run.meeting.items[1].title
    assert console.item_title.text() == f"2/{resumed.item_count}  {second}"
    assert console.run.meeting.status == MeetingStatus.RUNNING
