"""At start the app says what happened to a damaged database; idle backups run on a timer."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from facilitator import timesource
from facilitator.backups import backup_folder, make_backup
from facilitator.meetings import count_meetings, create_meeting
from facilitator.notes import add_note
from facilitator.storage.database import Database, open_database
from facilitator.storage.vocabulary import NoteKind
from facilitator.templates import builtin_template
from facilitator.ui import app as app_module
from facilitator.ui.idle_backups import IdleBackupTimer


def _meeting(db: Database) -> int:
    return create_meeting(
        db, builtin_template("weekly").plan, title="Weekly", scheduled_at=timesource.now()
    )


def test_a_damaged_database_is_restored_and_the_user_told_the_backup_date(
    qapp, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(db_path)
    _meeting(db)
    make_backup(db_path, timesource.now())
    db.close()
    size = db_path.stat().st_size
    with db_path.open("r+b") as handle:
        handle.seek(4096)
        handle.write(b"\x00\x5a" * ((size - 4096) // 2))
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text, *_: shown.append((title, text))
    )
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
    for widget in QApplication.topLevelWidgets():
        widget.close()


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
