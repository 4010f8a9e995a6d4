"""The console tells a screen reader each phase change of the running item (issue #21 point 4):
'1 minute left', 'Time', 'Over', each once, as a QAccessibleAnnouncementEvent from the phase word.

PySide6 has no QAccessible update handler to install, so the test records what is handed to
QAccessible.updateAccessibility, the one door every accessibility event goes through.
"""

from __future__ import annotations

import pytest
from fake_time import FakeClock
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent


@pytest.fixture
def heard(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    passed_on = QAccessible.updateAccessibility

    def record(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            said.append(event.message())
        passed_on(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    return said


def test_each_phase_change_is_announced_once(
    qtbot, open_console, new_weekly_meeting, fake_clock: FakeClock, heard: list[str]
) -> None:
    console = open_console(new_weekly_meeting())
    qtbot.keyClick(console, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    planned = console.run.state().item_planned_seconds
    assert heard == []
    fake_clock.now += planned - 50
    console.refresh()
    console.refresh()
    assert heard == ["1 minute left"]
    fake_clock.now += 50
    console.refresh()
    fake_clock.now += 1
    console.refresh()
    assert heard == ["1 minute left", "Time"]
    fake_clock.now += 120
    console.refresh()
    console.refresh()
    assert heard == ["1 minute left", "Time", "Over"]


def test_the_phase_word_is_the_labels_accessible_name(
    qtbot, open_console, new_weekly_meeting, fake_clock: FakeClock
) -> None:
    console = open_console(new_weekly_meeting())
    qtbot.keyClick(console, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    label = QAccessible.queryAccessibleInterface(console.phase_label)
    fake_clock.now += console.run.state().item_planned_seconds + 5
    console.refresh()
    assert label.text(QAccessible.Text.Name).startswith("OVER")
