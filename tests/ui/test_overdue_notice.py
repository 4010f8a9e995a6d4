"""At start the main window says how many action items are overdue; a click opens the Action
items window on them. Nothing is said when none is (today is fixed by the `wall` fixture)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from facilitator.record.action_items import add_action_item, set_action_status
from facilitator.storage.database import Database
from facilitator.ui.common.palette_colours import ERROR
from facilitator.ui.main_window import MainWindow
from facilitator.vocabulary import ActionStatus, Team

ROOT = Path(__file__).resolve().parents[2]
MADE = date(2026, 11, 1)


@pytest.fixture
def meeting(new_weekly_meeting) -> int:
    return new_weekly_meeting()


def _item(db: Database, meeting: int, text: str, due: date, owner: int | None = None) -> int:
    return add_action_item(db, meeting, text=text, owner_id=owner, due_date=due, today=MADE)


def _main(show, db: Database, settings) -> MainWindow:
    return show(MainWindow(db, settings=settings))


def test_the_overdue_count_is_said_and_a_click_shows_them(
    qtbot, show, db, settings, meeting, add_people
):
    people = add_people(ana=("Ana Sales", Team.SALES))
    _item(db, meeting, "Call the webinar leads", date(2026, 11, 20), people["ana"])
    _item(db, meeting, "Send the <b>deck</b>", date(2026, 11, 22))
    _item(db, meeting, "Fix the UTM tags", date(2026, 11, 30))
    closed = _item(db, meeting, "Closed late one", date(2026, 11, 10))
    set_action_status(db, closed, ActionStatus.DONE)

    main = _main(show, db, settings)
    notice = main.overdue_notice
    assert notice.isVisible()
    assert notice.text() == "2 action items are overdue \N{EM DASH} show them"

    with qtbot.waitSignal(notice.opened) as opened:
        qtbot.mouseClick(notice, Qt.MouseButton.LeftButton)

    window = opened.args[0]
    assert window is main.action_items_window
    qtbot.waitUntil(window.isVisible)
    assert window.status_filter.currentText() == "Overdue"
    texts = [window.table.item(row, 0).text() for row in range(window.table.rowCount())]
    assert sorted(texts) == ["Call the webinar leads", "Send the <b>deck</b>"]
    assert window.count_label.text() == "2 action items, 2 overdue"
    assert not notice.isVisible()


def test_one_overdue_item_is_said_in_the_singular(show, db, settings, meeting):
    _item(db, meeting, "Call the webinar leads", date(2026, 11, 20))

    assert _main(show, db, settings).overdue_notice.text() == (
        "1 action item is overdue \N{EM DASH} show it"
    )


def test_nothing_is_said_when_none_is_overdue(show, db, settings, meeting):
    _item(db, meeting, "Fix the UTM tags", date(2026, 11, 30))

    notice = _main(show, db, settings).overdue_notice
    assert not notice.isVisible()
    assert notice.text() == ""


def test_the_notice_is_drawn_in_the_windows_overdue_red_without_loading_it_at_start():
    code = (
        "import sys, facilitator.ui.history.overdue_notice as notice\n"
        "print(notice.ERROR.light, 'facilitator.ui.history.action_items_view' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == [ERROR.light, "False"]
