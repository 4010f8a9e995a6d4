"""At start the app says what happened to a damaged database; idle backups run on a timer."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox
from test_recovery import damage_notes_pages

from facilitator import timesource
from facilitator.record.meetings import count_meetings, create_meeting
from facilitator.record.notes import add_note, notes_of
from facilitator.record.templates import builtin_template
from facilitator.safety.backups import backup_folder, make_backup
from facilitator.storage.database import Database, open_database
from facilitator.ui import app as app_module
from facilitator.ui.common import messages
from facilitator.ui.idle_backups import IdleBackupTimer
from facilitator.ui.main_window import MainWindow
from facilitator.vocabulary import NoteKind


def _meeting(db: Database) -> int:
    return create_meeting(
        db, builtin_template("weekly").plan, title="Weekly", scheduled_at=timesource.now()
    )


@pytest.fixture
def app_windows(qapp) -> Iterator[None]:
    """Every window the app leaves open is closed when the test ends."""
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch, app_windows: None) -> list[tuple[str, str]]:
    """The title and text of each warning the app gives, collected instead of shown."""
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(
        messages, "warn", lambda _parent, title, text, *_: said.append((title, text))
    )
    return said


def test_a_damaged_database_is_restored_and_the_user_told_the_backup_date(
    qapp, db_path: Path, monkeypatch: pytest.MonkeyPatch, shown: list[tuple[str, str]]
) -> None:
    db = open_database(db_path)
    _meeting(db)
    make_backup(db_path, timesource.now())
    db.close()
    size = db_path.stat().st_size
    with db_path.open("r+b") as handle:
        handle.seek(4096)
        handle.write(b"\x00\x5a" * ((size - 4096) // 2))
    monkeypatch.setattr(QApplication, "exec", lambda *_args: 0)

    assert app_module.run(db_path, is_default=False) == 0

    assert [title for title, _ in shown] == ["The database was damaged"]
    assert timesource.today().isoformat() in shown[0][1]
    assert list(db_path.parent.glob("facilitator-damaged-*.sqlite"))
    restored = open_database(db_path)
    try:
        assert count_meetings(restored) == 1
    finally:
        restored.close()


def test_the_idle_timer_backs_up_changed_data(qtbot, db: Database, db_path: Path) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    meeting = _meeting(db)
    add_note(db, meeting, None, NoteKind.NOTE, "worth keeping", 0.0)
    timer = IdleBackupTimer(window, db, poll_ms=10, idle_seconds=0.0)
    try:
        qtbot.waitUntil(lambda: any(backup_folder(db_path).glob("*-daily-*.sqlite")))
    finally:
        timer.close()
    assert window.statusBar().currentMessage() == ""


def _plan_with_notes(db: Database, count: int, label: str) -> int:
    meeting = _meeting(db)
    for number in range(count):
        add_note(db, meeting, None, NoteKind.NOTE, f"{label} {number} " + "pipeline " * 40, 0.0)
    return meeting


def test_damage_in_the_notes_table_is_found_at_start_and_the_own_backup_restored(
    qapp, tmp_path: Path, wall, monkeypatch: pytest.MonkeyPatch, shown: list[tuple[str, str]]
) -> None:
    team = tmp_path / "team.sqlite"
    db = open_database(team)
    meeting = _plan_with_notes(db, 60, "backed up")
    own = make_backup(team, wall.now)
    db.close()
    wall.advance(days=1)
    other = open_database(tmp_path / "team-old.sqlite")
    _plan_with_notes(other, 70, "another database")
    make_backup(other.path, wall.now)
    other.close()
    damage_notes_pages(team)
    monkeypatch.setattr(QApplication, "exec", lambda *_args: 0)

    assert app_module.run(team, is_default=False) == 0

    assert [title for title, _ in shown] == ["The database was damaged"]
    assert own.name in shown[0][1]
    assert (timesource.today() - timedelta(days=1)).isoformat() in shown[0][1]
    restored = open_database(team)
    try:
        assert len(notes_of(restored, meeting)) == 60
    finally:
        restored.close()


@pytest.mark.qt_no_exception_capture
def test_damage_met_by_a_later_query_offers_the_newest_own_backup(
    qapp, db_path: Path, wall, monkeypatch: pytest.MonkeyPatch, shown: list[tuple[str, str]]
) -> None:
    db = open_database(db_path)
    meeting = _plan_with_notes(db, 60, "backed up")
    own = make_backup(db_path, wall.now)
    db.close()
    real_exec = QApplication.exec
    runs: list[int] = []

    def damage_then_read(app: QApplication) -> int:
        runs.append(1)
        if len(runs) > 1:
            return 0
        window = next(
            w
            for w in app.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible() and w.attached and w.db.path == db_path
        )  # another test's window may still be open
        window.db.engine.dispose()
        damage_notes_pages(db_path)
        QTimer.singleShot(0, lambda: notes_of(window.db, meeting))
        QTimer.singleShot(20_000, app.quit)  # a guard: the damage must end the loop first
        return real_exec()

    asked: list[str] = []

    def answer_yes(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(messages, "ask", answer_yes)
    monkeypatch.setattr(QApplication, "exec", damage_then_read)

    assert app_module.run(db_path, is_default=False) == 0

    assert len(runs) == 2, "the app started again on the restored database"
    assert len(asked) == 1 and own.name in asked[0] and "damaged" in asked[0]
    assert [title for title, _ in shown] == ["The database was damaged"]
    assert own.name in shown[0][1]
    restored = open_database(db_path)
    try:
        assert len(notes_of(restored, meeting)) == 60
    finally:
        restored.close()


def _status_line_when_running(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the main window's status line says once the app runs (its event loop starts)."""
    said: list[str] = []

    def exec_(*_args: object) -> int:
        said.extend(
            widget.statusBar().currentMessage()
            for widget in QApplication.topLevelWidgets()
            if isinstance(widget, QMainWindow) and widget.isVisible()
        )
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    return said


def test_the_first_start_says_where_it_created_the_database(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, app_windows: None
) -> None:
    db_path = tmp_path / "new folder" / "team.sqlite"
    said = _status_line_when_running(monkeypatch)

    assert app_module.run(db_path, is_default=False) == 0

    assert said == [f"Created a new database at {db_path}"]
    assert db_path.exists()


def test_opening_an_existing_database_says_nothing_about_creating(
    qapp, db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch, app_windows: None
) -> None:
    db.close()
    said = _status_line_when_running(monkeypatch)

    assert app_module.run(db_path, is_default=False) == 0

    assert not any(text.startswith("Created") for text in said)
