"""Issue #20's usable target: on a plain SQLite file the window fills itself through sqlite3
and is usable before SQLAlchemy loads; the ORM then loads in the background, and the app reads
and writes through it as before."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fresh_python import run_python
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox

from facilitator import timesource
from facilitator.record.demo import load_demo
from facilitator.storage.database import open_database
from facilitator.ui.app import run
from facilitator.ui.common import messages
from facilitator.ui.main_window import MainWindow

AT_USABLE = """
import sys
import facilitator.ui.app as app

real = app._report_usable


def looked(window, *rest):
    if window.attached and window.editor.meeting_id is not None:
        loaded = sorted(
            name for name in ("sqlalchemy", "facilitator.storage.models") if name in sys.modules
        )
        print("SHOWN", window.meeting_table.model().rowCount(), window.editor.meeting_id,
              ",".join(loaded) or "-", flush=True)
    real(window, *rest)


app._report_usable = looked
from facilitator.cli import main

sys.exit(main(["--db", sys.argv[1]]))
"""


pytestmark = pytest.mark.usefixtures("app_settings_folder")


def _timed_start(
    code: str, path: Path, home: Path, **run: Any
) -> subprocess.CompletedProcess[str]:
    """code (which starts the app on sys.argv[1]) in a fresh interpreter, as the benchmarks time
    a start: PAINTED, USABLE and LOADED on stdout (FACILITATOR_EXIT_AFTER_PAINT)."""
    extra = {"FACILITATOR_EXIT_AFTER_PAINT": "1"}
    return run_python("-c", code, str(path), home=home, extra=extra, **run)


@pytest.fixture
def demo_path(db_path: Path) -> Path:
    setup = open_database(db_path)
    load_demo(setup)
    setup.close()
    return db_path


def test_a_demo_history_is_usable_before_sqlalchemy_is_imported(
    tmp_path: Path, demo_path: Path
) -> None:
    lines = _timed_start(AT_USABLE, demo_path, tmp_path).stdout.splitlines()
    assert [line.split()[0] for line in lines] == ["PAINTED", "SHOWN", "USABLE", "LOADED"]
    _, rows, meeting, loaded = lines[1].split()
    assert int(rows) > 0 and int(meeting) > 0
    assert loaded == "-"


def _window(path: Path) -> MainWindow:
    """The window run() opened on path: another test's window may still be open."""
    return next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, MainWindow) and w.attached and w.isVisible() and w.db.path == path
    )


@pytest.fixture
def start(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> Callable[[Path, Callable[[MainWindow], None]], None]:
    """run() on a path as a user starts the app, the demo declined; look gets its window where
    the event loop would run, and the start must end with 0."""

    def started(path: Path, look: Callable[[MainWindow], None]) -> None:
        def event_loop(*_args: object) -> int:
            window = _window(path)
            qtbot.addWidget(window)
            look(window)
            return 0

        monkeypatch.setattr(messages, "ask", lambda *_args: QMessageBox.StandardButton.No)
        monkeypatch.setattr(QApplication, "exec", event_loop)
        assert run(path, is_default=False, argv=[]) == 0

    return started


def test_the_orm_loads_after_the_window_fills_and_takes_over_reads_and_writes(
    qtbot, start, demo_path: Path
) -> None:
    seen: dict[str, object] = {}

    def look(window: MainWindow) -> None:
        db = window.db
        seen["lent"] = db.window_reads is not None
        seen["rows"] = window.meeting_table.model().rowCount()
        seen["meeting"] = window.editor.meeting_id
        qtbot.waitUntil(lambda: db.window_reads is None, timeout=30000)
        seen["following"] = window.change_follower is not None
        from facilitator.record.meetings import list_meetings

        seen["stored"] = len(list_meetings(db))

    start(demo_path, look)

    assert seen["lent"] is True
    assert seen["rows"] == seen["stored"] and seen["meeting"] is not None
    assert seen["following"] is True


def test_a_new_file_fills_through_the_orm_as_before(start, tmp_path: Path) -> None:
    """Nothing to lend: the file is made, so its engine is made (and its schema) at once."""
    seen: dict[str, object] = {}

    def look(window: MainWindow) -> None:
        seen["lent"] = window.db.window_reads is not None
        seen["following"] = window.change_follower is not None

    start(tmp_path / "new.sqlite", look)

    assert seen == {"lent": False, "following": True}


def test_every_demo_meeting_shows_through_the_lent_reads_alone(qtbot, demo_path: Path) -> None:
    """A database opened without its engine makes one at its first read through the ORM: the
    window lent the sqlite3 reads shows the list and each meeting (upcoming, ended, in a series
    or not) without it."""
    from facilitator.storage.window_reads import WindowReads

    db = open_database(demo_path)
    assert not db.engine_made
    db.window_reads = WindowReads(demo_path)
    window = MainWindow(db, settings=QSettings())
    qtbot.addWidget(window)
    window.show()
    table = window.meeting_table
    shown = []
    for row in range(table.model().rowCount()):
        table.selectRow(row)
        qtbot.waitUntil(lambda: window.editor.meeting_id == window.current_meeting_id)
        shown.append(window.editor.meeting_id)
    assert len(set(shown)) == table.model().rowCount() > 5
    assert not db.engine_made
    db.window_reads.close()
    db.window_reads = None
    window.close()
    db.close()


def test_a_change_made_elsewhere_before_the_orm_is_in_is_shown_once_it_is(
    qtbot, start, demo_path: Path
) -> None:
    """The change watch starts with the ORM; what another app wrote between the fill and then
    is caught up with at once, not at the next change."""
    from facilitator.record.meetings import load_meeting, update_meeting

    seen: dict[str, object] = {}

    def look(window: MainWindow) -> None:
        db = window.db
        shown = window.editor.meeting_id
        assert shown is not None and db.window_reads is not None
        elsewhere = open_database(demo_path)
        view = load_meeting(elsewhere, shown)
        update_meeting(
            elsewhere,
            shown,
            title="Renamed elsewhere",
            scheduled_at=view.scheduled_at,
            moderator_id=view.moderator_id,
        )
        elsewhere.close()
        qtbot.waitUntil(lambda: db.window_reads is None, timeout=30000)
        seen["title"] = window.editor.findChild(QLineEdit, "titleEdit").text()

    start(demo_path, look)

    assert seen["title"] == "Renamed elsewhere"


@pytest.fixture
def sent_path(demo_path: Path) -> Path:
    """The demo with nothing ahead and the minutes of the meeting the window opens on sent
    (default_meeting: running, else next, else latest)."""
    from facilitator.formats.mail import RecipientResult, SendReport
    from facilitator.mailing.minutes_sending import prepare_minutes_mail, record_minutes_sending
    from facilitator.meeting_views import MeetingStatus
    from facilitator.record.meetings import list_meetings
    from facilitator.storage.models import Meeting
    from facilitator.ui.main.browser import default_meeting

    db = open_database(demo_path)
    summaries = list_meetings(db)
    with db.write() as session:
        for summary in summaries:
            if summary.status is MeetingStatus.PLANNED:
                session.delete(session.get(Meeting, summary.id))
    opened = default_meeting(list_meetings(db), timesource.now())
    assert opened.status is MeetingStatus.ENDED
    mail = prepare_minutes_mail(db, opened.id, "facilitator@example.com")
    reached = SendReport((RecipientResult(mail.recipients[0], True),))
    assert record_minutes_sending(db, mail, reached) == 1
    db.close()
    return demo_path


def test_a_meeting_whose_minutes_were_sent_is_usable_before_sqlalchemy_is_imported(
    tmp_path: Path, sent_path: Path
) -> None:
    """The line saying the minutes were sent needs the minutes' code and the ORM: it waits for
    them, the window does not."""
    lines = _timed_start(AT_USABLE, sent_path, tmp_path).stdout.splitlines()
    assert [line.split()[0] for line in lines] == ["PAINTED", "SHOWN", "USABLE", "LOADED"]
    assert lines[1].split()[3] == "-"


def test_the_minutes_line_shows_once_the_orm_is_in(
    qtbot, start, sent_path: Path
) -> None:
    seen: dict[str, object] = {}

    def look(window: MainWindow) -> None:
        db = window.db
        line = window.editor.findChild(QLabel, "minutesState")
        seen["lent"] = db.window_reads is not None
        seen["engine before"] = db.engine_made
        seen["line before"] = line.isVisibleTo(window)
        qtbot.waitUntil(lambda: db.window_reads is None, timeout=30000)
        seen["line after"] = line.isVisibleTo(window)
        seen["text"] = line.text()

    start(sent_path, look)

    assert seen["lent"] is True and seen["engine before"] is False
    assert seen["line before"] is False and seen["line after"] is True
    assert str(seen["text"]).startswith("Minutes sent: version 1 went out on ")


BROKEN_ORM = """
import sys
import facilitator.storage.database as database


def broken():
    raise ImportError("the models could not be loaded")


database.load_orm = broken
from facilitator.cli import main

sys.exit(main(["--db", sys.argv[1]]))
"""


def test_a_failed_background_load_ends_a_timed_start_at_once(
    tmp_path: Path, demo_path: Path
) -> None:
    """The benchmarks' timed start (FACILITATOR_EXIT_AFTER_PAINT) waits for the ORM: when its
    loading fails, the start ends with the error, not at the benchmark's two-minute limit."""
    result = _timed_start(BROKEN_ORM, demo_path, tmp_path, timeout=60, check=False)
    assert result.returncode == 1
    assert [line.split()[0] for line in result.stdout.splitlines()] == ["PAINTED", "USABLE"]
    assert "ImportError: the models could not be loaded" in result.stderr
