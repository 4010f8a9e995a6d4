"""The ORM loaded in the background after a start: a write made meanwhile waits for it through
Python's import locks and is stored, and the loading reports in the window's thread."""

from __future__ import annotations

import sys
from pathlib import Path

from fresh_python import run_python

from facilitator.record.demo import load_demo
from facilitator.storage.database import open_database
from facilitator.ui.orm_loading import OrmLoading

WRITE_WHILE_LOADING = """
import sys
from PySide6.QtWidgets import QApplication

app = QApplication([])
from facilitator.storage.database import open_database

db = open_database(sys.argv[1])
print("BEFORE", "sqlalchemy" in sys.modules, flush=True)
from facilitator.ui.orm_loading import OrmLoading

loading = OrmLoading()
loading.start()
from facilitator.record.notes import add_note, notes_of
from facilitator.vocabulary import NoteKind

meeting = int(sys.argv[2])
before = len(notes_of(db, meeting))
add_note(db, meeting, None, NoteKind.NOTE, "typed while the ORM loaded", 1.0)
print("NOTES", before, len(notes_of(db, meeting)), flush=True)
loading.wait()
db.close()
"""


def test_a_write_made_while_the_orm_loads_waits_for_it_and_is_stored(
    tmp_path: Path, db_path: Path
) -> None:
    setup = open_database(db_path)
    load_demo(setup)
    from facilitator.record.meetings import list_meetings

    meeting = list_meetings(setup)[0].id
    setup.close()
    result = run_python("-c", WRITE_WHILE_LOADING, str(db_path), str(meeting), home=tmp_path)
    lines = result.stdout.split("\n")
    assert lines[0] == "BEFORE False"
    _, before, after = lines[1].split()
    assert int(after) == int(before) + 1


def test_loaded_is_emitted_in_the_window_thread_once_the_thread_is_done(qtbot) -> None:
    loading = OrmLoading()
    with qtbot.waitSignal(loading.loaded, timeout=30000):
        loading.start()
    loading.wait()
    assert "facilitator.storage.models" in sys.modules
