"""The series' owners' follow-up option in the meeting editor: shown for a series' meeting
(ended ones too), a click sets it for the series, Ctrl+Z and Ctrl+Shift+Z take it back and
again; hidden for a meeting outside any series."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from meeting_builders import Series
from PySide6.QtCore import Qt

from facilitator.mailing.follow_up_setting import owner_follow_up
from facilitator.storage.database import Database
from facilitator.storage.models import Meeting
from facilitator.ui.planning.meeting_editor import MeetingEditor
from facilitator.vocabulary import MeetingStatus

ROOT = Path(__file__).resolve().parents[2]
CTRL = Qt.KeyboardModifier.ControlModifier


def _editor(show, db: Database, meeting_id: int) -> MeetingEditor:
    editor = MeetingEditor(db, meeting_id)
    editor.resize(1000, 700)
    return show(editor, active=True)


def _end(db: Database, meeting_id: int) -> None:
    with db.write() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        meeting.status = MeetingStatus.ENDED


def test_a_click_turns_the_series_option_off_and_undo_back_on(qtbot, show, db):
    series = Series(db)
    meeting_id = series.meeting(0)
    _end(db, meeting_id)
    editor = _editor(show, db, meeting_id)
    box = editor.follow_up.checkbox

    assert editor.follow_up.isVisible() and box.isEnabled()
    assert box.text() == (
        "Mail each owner their action items with the minutes (every meeting of this series)"
    )
    assert box.isChecked()
    with qtbot.waitSignal(editor.follow_up.changed):
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert not box.isChecked()
    assert owner_follow_up(db, series.id) is False

    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)
    assert owner_follow_up(db, series.id) is True
    assert box.isChecked()
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert owner_follow_up(db, series.id) is False
    assert not box.isChecked()

    later = series.meeting(1)
    editor.set_meeting(later)
    assert not editor.follow_up.checkbox.isChecked()
    assert editor.follow_up.undo_stack.canUndo()  # the same series' option: still undoable


def test_a_meeting_outside_a_series_has_no_option(show, db, new_weekly_meeting):
    editor = _editor(show, db, new_weekly_meeting())

    assert not editor.follow_up.isVisible()


def test_the_meeting_editor_shows_the_option_without_loading_the_mail_and_pdf_code():
    code = (
        "import sys, facilitator.ui.planning.meeting_editor\n"
        "print([m for m in ('reportlab', 'facilitator.formats.mail') if m in sys.modules])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
