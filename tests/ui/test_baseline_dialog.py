"""Running the alignment baseline from the keyboard, first and again, with the comparison."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QSettings, Qt

from facilitator.measures.baseline import list_baselines, save_baseline
from facilitator.storage.database import Database
from facilitator.ui.metrics.baseline_dialog import BaselineDialog

FIRST = {
    "meeting_frequency": "monthly, often skipped",
    "constructive": 2,
    "communication_outside_meetings": "rarely",
    "leaders_relationship": "strained",
    "teams_about_each_other": "'bad leads' and 'no follow-up'",
    "followed_up_share": 55,
    "conversion_share": 15,
}


@pytest.fixture
def open_dialog(show, db: Database, settings: QSettings) -> Callable[[int | None], BaselineDialog]:
    """Opens the baseline dialog, for a meeting or for none."""
    return lambda meeting_id: show(BaselineDialog(db, meeting_id=meeting_id, settings=settings))


def _set_spin(qtbot, spin, value: int) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))


def test_the_first_run_is_answered_by_keyboard_and_saved_with_its_meeting(
    qtbot, db, open_dialog, meeting_id
):
    dialog = open_dialog(meeting_id)
    assert dialog.findChild(type(dialog.message), "baselineIntro").text().startswith("The first")
    frequency = dialog.inputs["meeting_frequency"]
    frequency.setFocus()
    qtbot.keyClick(frequency, Qt.Key.Key_Down)
    qtbot.keyClick(frequency, Qt.Key.Key_Down)
    _set_spin(qtbot, dialog.inputs["constructive"], 3)
    _set_spin(qtbot, dialog.inputs["followed_up_share"], 62)
    _set_spin(qtbot, dialog.inputs["conversion_share"], 18)
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.inputs["conversion_share"], Qt.Key.Key_Return)
    [run] = list_baselines(db)
    assert run.meeting_id == meeting_id
    assert run.answers == {
        "meeting_frequency": "monthly",
        "constructive": 3,
        "communication_outside_meetings": "daily",
        "leaders_relationship": "working well",
        "teams_about_each_other": "they credit each other",
        "followed_up_share": 62,
        "conversion_share": 18,
    }
    assert dialog.comparison.text().startswith("This is the first run")
    assert not dialog.save_button.isEnabled()


def test_a_repeat_run_shows_the_previous_answers_and_the_change_since_the_first(
    qtbot, db, open_dialog
):
    save_baseline(db, FIRST, taken_at=datetime(2026, 3, 5, 9, tzinfo=UTC))
    dialog = open_dialog(None)
    assert dialog.previous_labels["constructive"].text() == "2 of 5"
    assert dialog.previous_labels["leaders_relationship"].text() == "strained"
    assert dialog.inputs["leaders_relationship"].currentText() == "strained"
    _set_spin(qtbot, dialog.inputs["constructive"], 4)
    _set_spin(qtbot, dialog.inputs["conversion_share"], 12)
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(list_baselines(db)) == 2
    assert dialog.comparison.text().splitlines() == [
        "Since the first run (05 Mar 2026):",
        "How constructive are those meetings? (1 = not at all, 5 = fully) 2 of 5 → 4 of 5 (better)",
        "Share of followed-up leads that convert (%) 15 % → 12 % (worse)",
    ]
