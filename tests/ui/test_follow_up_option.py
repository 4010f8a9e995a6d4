"""The series' owners' follow-up checkbox in the meeting editor (#17 point 3), used as a
moderator would: shown only for a meeting of a series, a click stores the setting for the
whole series, Ctrl+Z on the box takes it back, Ctrl+Shift+Z does it again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt

from facilitator.mailing.follow_up_setting import owner_follow_up
from facilitator.rules.schedule import create_series
from facilitator.storage.database import Database
from facilitator.ui.planning.meeting_editor import MeetingEditor
from facilitator.vocabulary import Frequency, MeetingKind

CTRL = Qt.KeyboardModifier.ControlModifier


def _editor(show, db: Database, meeting_id: int) -> MeetingEditor:
    editor = MeetingEditor(db, meeting_id)
    editor.resize(1000, 700)
    return show(editor, active=True)


def test_a_click_turns_the_series_follow_up_off_and_undo_brings_it_back(
    qtbot, show, db: Database, new_weekly_meeting: Callable[..., int]
) -> None:
    series = create_series(db, "Weekly smarketing", MeetingKind.WEEKLY, Frequency.WEEKLY)
    editor = _editor(show, db, new_weekly_meeting(series_id=series))
    box = editor.follow_up.checkbox
    assert box.isVisible() and box.isChecked()

    with qtbot.waitSignal(editor.follow_up.changed, timeout=1000) as changed:
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert changed.args == [False]
    assert not owner_follow_up(db, series)

    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)
    assert box.isChecked()
    assert owner_follow_up(db, series)
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert not box.isChecked()
    assert not owner_follow_up(db, series)


def test_a_meeting_outside_any_series_shows_no_option(
    show, db: Database, new_weekly_meeting: Callable[..., int]
) -> None:
    editor = _editor(show, db, new_weekly_meeting())
    assert not editor.follow_up.isVisible()
